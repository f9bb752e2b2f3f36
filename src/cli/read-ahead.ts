/**
 * The bin's start of a PDF's reading (engine/pdf-read-ahead.ts, issue 21): named one PDF, the run reads it in a
 * second thread while this one loads the rest of the command line. Any doubt (no such file, a larger file than a
 * run reads, several PDFs) and nothing starts: the reader then reads the PDF itself, as always. Loaded before the
 * command line, so it imports little.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { positionals } from './heap.js';
import { readPdfAhead } from '../engine/pdf-read-ahead.js';
import { DEFAULT_MAX_BYTES } from '../parser/budget.js';

/** Starts reading the one PDF the arguments name; false when it did not. REPORTLINT_READ_AHEAD=0 turns it off. */
export function startPdfReadAhead(
  argv: readonly string[],
  cwd: string = process.cwd(),
  start: (file: string) => boolean = readPdfAhead,
): boolean {
  if (process.env['REPORTLINT_READ_AHEAD'] === '0') return false;
  const pdfs = positionals(argv).filter((arg) => /\.pdf$/i.test(arg));
  if (pdfs.length !== 1) return false;
  const file = resolve(cwd, pdfs[0] as string);
  try {
    const stat = statSync(file);
    if (!stat.isFile() || stat.size > DEFAULT_MAX_BYTES) return false;
  } catch {
    return false;
  }
  return start(file);
}
