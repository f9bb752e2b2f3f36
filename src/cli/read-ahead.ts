/**
 * The bin's start of a PDF's reading (engine/pdf-read-ahead.ts, issue 21): named one PDF, the run reads it in a
 * second thread while this one loads the command line. Called first, before anything else is loaded: the earlier
 * the thread starts, the less the run waits for it. Any doubt (no such file, a file larger than a run reads,
 * several PDFs, a folder or a glob, which make a batch) and nothing starts: the reader then reads the PDF itself, as
 * always. An option's value that names a PDF counts as one: at worst the thread reads a file the run does not (its
 * pages are taken only for the bytes the reader is given). Imports little, for the same reason.
 */
import { statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { readPdfAhead } from '../engine/pdf-read-ahead.js';
import { DEFAULT_MAX_BYTES } from '../parser/budget.js';

/** More arguments than this make a batch (cli/heap.ts, MANY_FILES): not one PDF's run. */
const MAX_ARGUMENTS = 20;

/** Starts reading the one PDF the arguments name; false when it did not. REPORTLINT_READ_AHEAD=0 turns it off. */
export function startPdfReadAhead(
  argv: readonly string[],
  cwd: string = process.cwd(),
  start: (file: string) => boolean = readPdfAhead,
): boolean {
  if (process.env['REPORTLINT_READ_AHEAD'] === '0') return false;
  const named = argv.filter((arg) => !arg.startsWith('-'));
  if (named.length > MAX_ARGUMENTS) return false;
  const pdfs: string[] = [];
  for (const arg of named) {
    const stat = statOf(resolve(cwd, arg));
    if (stat?.isDirectory() || (!stat && /[*?[{]/.test(arg))) return false;
    if (stat?.isFile() && /\.pdf$/i.test(arg)) {
      if (stat.size > DEFAULT_MAX_BYTES) return false;
      pdfs.push(resolve(cwd, arg));
    }
  }
  return pdfs.length === 1 ? start(pdfs[0] as string) : false;
}

function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
