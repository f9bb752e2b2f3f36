/**
 * Checks of what library callers pass (lint, lintFiles): a wrong type or value is one typed error naming
 * the option and what it should be, thrown before any work, rather than a TypeError from deep inside or
 * an option silently ignored (`encoding: 'latin1'`, `now: new Date(NaN)`, `concurrency: 1e9`). Browser-safe.
 */

export class InvalidOptionError extends TypeError {
  constructor(
    readonly option: string,
    expected: string,
    actual: unknown,
  ) {
    super(`reportlint: ${option}: expected ${expected}, got ${describe(actual)}`);
    this.name = 'InvalidOptionError';
  }
}

const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'];
const LANGS = ['zh', 'en'];
const FORMATS = ['markdown', 'text', 'html', 'mhtml', 'docx', 'pdf'];
/** More threads than this only costs memory. */
export const MAX_CONCURRENCY = 256;

/** The document given to lint(): text or bytes. */
export function checkInput(input: unknown): void {
  if (typeof input !== 'string' && !(input instanceof Uint8Array))
    throw new InvalidOptionError('input', 'a string or a Uint8Array', input);
}

/** The options lint() and lintFiles() share (and lintFiles' own). */
export function checkOptions(options: unknown): void {
  if (options === undefined) return;
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new InvalidOptionError('options', 'an object', options);
  const o = options as Record<string, unknown>;
  const oneOf = (key: string, values: readonly string[]): void => {
    if (o[key] !== undefined && !values.includes(o[key] as string))
      throw new InvalidOptionError(key, values.map((v) => JSON.stringify(v)).join(' | '), o[key]);
  };
  oneOf('encoding', ENCODINGS);
  oneOf('lang', LANGS);
  oneOf('format', FORMATS);
  if (o.now !== undefined && !(o.now instanceof Date && Number.isFinite(o.now.getTime())))
    throw new InvalidOptionError('now', 'a valid Date', o.now);
  if (o.maxFileSize !== undefined && !(typeof o.maxFileSize === 'number' && o.maxFileSize >= 0 && !Number.isNaN(o.maxFileSize))) {
    throw new InvalidOptionError('maxFileSize', 'a number of bytes ≥ 0 (0 or Infinity: no limit)', o.maxFileSize);
  }
  const c = o.concurrency;
  if (
    c !== undefined &&
    c !== 'auto' &&
    c !== 'off' &&
    !(typeof c === 'number' && Number.isInteger(c) && c >= 1 && c <= MAX_CONCURRENCY)
  ) {
    throw new InvalidOptionError('concurrency', `"auto", "off" or an integer from 1 to ${MAX_CONCURRENCY}`, c);
  }
  if (o.rules !== undefined && !Array.isArray(o.rules))
    throw new InvalidOptionError('rules', 'an array of active rules', o.rules);
  if (o.filePath !== undefined && typeof o.filePath !== 'string')
    throw new InvalidOptionError('filePath', 'a string', o.filePath);
  if (o.cwd !== undefined && typeof o.cwd !== 'string') throw new InvalidOptionError('cwd', 'a string', o.cwd);
}

/** lintFiles' patterns: a list of strings, or one string (one pattern). */
export function checkPatterns(patterns: unknown): readonly string[] {
  if (typeof patterns === 'string') return [patterns];
  if (Array.isArray(patterns) && patterns.every((p) => typeof p === 'string')) return patterns;
  throw new InvalidOptionError('patterns', 'a string or an array of strings', patterns);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : 'Invalid Date';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? (value.constructor?.name ?? 'an object') : typeof value;
}
