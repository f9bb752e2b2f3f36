/**
 * The file-size limit of the file layer: a report larger than the limit is not read at all and becomes
 * one fatal message, so a stray multi-gigabyte file cannot exhaust memory. Node-only (used by files.ts).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { BudgetError, budgetFor } from '../parser/budget.js';
import { countMessages } from './lint.js';
import type { Locale } from '../rules/types.js';
import { LocalizedError, msg, say } from '../i18n/messages.js';
import type { LintResult } from './types.js';

/** Real reports are well under 1 MB as text and a few MB as .docx/.pdf. */
const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;

/** A Word file by its name: a zip package, whose photos and other media are never read. */
const WORD_PACKAGE = /\.(?:docx|docm|dotx|dotm)$/i;

/**
 * The most a file may hold: the limit, or for a Word file the budget's bound on a package (several times the limit),
 * as what is read of it (its XML parts inflated) has a budget of its own (zip-directory.ts), while a report with
 * photos of 政务公开 activities or scanned seals is often 20–50 MB.
 */
function limitOf(file: string, limit: number | undefined): number {
  const max = limit ?? DEFAULT_MAX_FILE_SIZE;
  return WORD_PACKAGE.test(file) ? budgetFor(max).zip : max;
}

/** A file's bytes, or only its size when that is over the limit (nothing of it read). */
export type SizedRead = { bytes: Uint8Array } | { tooLarge: number };

/**
 * Reads a file in one go unless it is over the limit (0 or Infinity: none): the size comes from the open
 * descriptor (fstat), so there is no separate stat of the path and no second open. Synchronous: a report is
 * read in microseconds, while each promise step queues behind other files' reads in libuv's pool (profiled:
 * 0.5 s per 1,000 reports for a stat alone). Errors of opening or reading are the caller's; a path that is
 * no regular file (a link to /dev/zero, a named pipe) is a LocalizedError before any byte is read, as reading
 * a device never ends and a size from fstat means nothing there.
 */
export function readSized(file: string, limit: number | undefined): SizedRead {
  const max = limitOf(file, limit);
  // Non-blocking, so opening a named pipe no one writes to returns at once (the read never happens); no effect
  // on a regular file. Windows has no such flag, and no such pipes in a folder.
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new LocalizedError(msg('notRegularFile'));
    const size = stats.size;
    if (max > 0 && max !== Infinity && size > max) return { tooLarge: size };
    return { bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

/** The fatal result for a file the limit kept from being read. */
export function oversizeResult(file: string, size: number, limit: number | undefined, lang: Locale = 'zh'): LintResult {
  return tooLargeResult(file, size, limitOf(file, limit), lang);
}

/**
 * Reads a whole file unless it is over the limit, which is a BudgetError before any byte is read (for the
 * paths that read one named file: extract and --previous). Errors of reading are left to the caller.
 */
export async function readWithinLimit(file: string, limit: number | undefined): Promise<Uint8Array> {
  const read = readSized(file, limit);
  if ('bytes' in read) return read.bytes;
  throw new BudgetError(WORD_PACKAGE.test(file) ? 'zip' : 'bytes', read.tooLarge, limitOf(file, limit));
}

function tooLargeResult(filePath: string, size: number, limit: number, lang: Locale = 'zh'): LintResult {
  const data = { size: (size / MB).toFixed(1), limit: megabytes(limit) };
  const message = say('fileTooLarge', lang, data);
  return countMessages(filePath, [
    { ruleId: null, severity: 2, fatal: true, messageId: 'fileTooLarge', message, data, line: 1, column: 1 },
  ]);
}

const MB = 1024 * 1024;

function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}
