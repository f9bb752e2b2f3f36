/**
 * Reading what the command line names: a report file (a missing or unreadable one is a one-line usage
 * error naming it), standard input, and the --encoding value.
 */
import { readFile } from 'node:fs/promises';
import type { EncodingName } from './parser/decode.js';
import { UsageError } from './cli-options.js';
import { msg } from './cli-messages.js';

export function encodingOf(value: string | undefined): EncodingName | undefined {
  if (!value || value === 'auto') return undefined;
  if (value === 'utf8' || value === 'utf-8') return 'utf-8';
  return 'gb18030';
}

export async function readInput(absolute: string, shown: string): Promise<Uint8Array> {
  try {
    return await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(msg('atFile', { file: shown, detail: code === 'ENOENT' ? msg('fileNotFound') : msg('cannotRead', { code: code ?? 'error' }) }));
  }
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  return Buffer.concat(chunks);
}
