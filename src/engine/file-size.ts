/**
 * The file-size limit of the file layer: a report larger than the limit is not read at all and becomes
 * one fatal message, so a stray multi-gigabyte file cannot exhaust memory. Node-only (used by files.ts).
 */
import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { budgetFor, spend } from '../parser/budget.js';
import { countMessages } from './lint.js';
import type { Locale } from '../rules/types.js';
import { say } from '../i18n/messages.js';
import type { LintResult } from './types.js';

/** Real reports are well under 1 MB as text and a few MB as .docx/.pdf. */
export const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

/** The fatal result for a file over the limit, or undefined (also when the file cannot be stat'ed: reading reports that). */
export async function oversizeResult(file: string, limit: number | undefined, lang: Locale = 'zh'): Promise<LintResult | undefined> {
  const max = limit ?? DEFAULT_MAX_FILE_SIZE;
  if (!(max > 0) || max === Infinity) return undefined;
  let size: number;
  try {
    // Synchronous: a stat is microseconds, while the promise form queues behind file reads in libuv's pool
    // (profiled: 0.5 s per 1,000 reports).
    size = statSync(file).size;
  } catch {
    return undefined;
  }
  return size > max ? tooLargeResult(file, size, max, lang) : undefined;
}

/**
 * Reads a whole file unless it is over the limit, which is a BudgetError before any byte is read (for the
 * paths that read one named file: extract and --previous). Errors of reading are left to the caller.
 */
export async function readWithinLimit(file: string, limit: number | undefined): Promise<Uint8Array> {
  const budget = budgetFor(limit ?? DEFAULT_MAX_FILE_SIZE);
  const size = (await stat(file)).size;
  spend(budget, 'bytes', size);
  return readFile(file);
}

function tooLargeResult(filePath: string, size: number, limit: number, lang: Locale = 'zh'): LintResult {
  const data = { size: (size / MB).toFixed(1), limit: megabytes(limit) };
  const message = say('fileTooLarge', lang, data);
  return countMessages(filePath, [{ ruleId: null, severity: 2, fatal: true, messageId: 'fileTooLarge', message, data, line: 1, column: 1 }]);
}

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}
