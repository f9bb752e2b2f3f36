/**
 * Reading what the command line names: a report file (a missing or unreadable one says why, for a one-line
 * error naming it), standard input, and the --encoding value.
 */
import { readWithinLimit } from '../engine/file-size.js';
import { BudgetError } from '../parser/budget.js';
import type { EncodingName } from '../parser/decode.js';
import { LocalizedError, msg, type Msg } from '../i18n/messages.js';
import { readErrorDetail } from '../messages/unreadable.js';
import { DEFAULT_MAX_BYTES as DEFAULT_MAX_FILE_SIZE } from '../parser/budget.js';

export function encodingOf(value: string | undefined): EncodingName | undefined {
  if (!value || value === 'auto') return undefined;
  if (value === 'utf8' || value === 'utf-8') return 'utf-8';
  if (value === 'big5') return 'big5';
  return 'gb18030';
}

/** A file named on the command line, or why it cannot be read (for that file's line on stderr). */
export async function readInputOrWhy(absolute: string, maxFileSize?: number): Promise<Uint8Array | { why: Msg }> {
  try {
    return await readWithinLimit(absolute, maxFileSize);
  } catch (error) {
    if (error instanceof BudgetError) return { why: readErrorDetail(error) };
    if (error instanceof LocalizedError) return { why: error.detail };
    const code = (error as NodeJS.ErrnoException).code;
    return { why: code === 'ENOENT' ? msg('fileNotFound') : msg('cannotRead', { code: code ?? 'error' }) };
  }
}

/**
 * All of standard input, but no more than one byte past `limit` (the file-size limit): the parser then
 * refuses it as too large, and an endless or huge stream never fills memory.
 */
export async function readAll(stream: NodeJS.ReadableStream, limit = DEFAULT_MAX_FILE_SIZE): Promise<Uint8Array> {
  const max = limit > 0 ? limit + 1 : Infinity;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array);
    chunks.push(bytes.subarray(0, Math.max(0, max - total)));
    total += bytes.byteLength;
    if (total >= max) break;
  }
  return Buffer.concat(chunks);
}
