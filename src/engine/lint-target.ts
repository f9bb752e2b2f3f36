/**
 * Reading and linting one file of a run (files.ts walks and orders them): the only engine code a lint
 * worker thread (worker.ts) loads besides the parser, the rules and the configuration loader. Node-only.
 */
import { lstatSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { lintParsed, fatalResult, type LintOptions } from './lint.js';
import { parseReport, type ParsedReport } from '../parser/index.js';
import type { ReportRoot } from '../parser/types.js';
import { carrySummary, yearKeyOf, type YearKey } from './year-over-year.js';
import type { YearBook } from './year-book.js';
import { factsOf } from './facts.js';
import { toActiveRules, type ConfigLoader, type ResolvedConfig } from '../config/loader.js';
import { decode, DecodeError, type EncodingName } from '../parser/decode.js';
import type { Locale } from '../rules/types.js';
import type { LintResult } from './types.js';
import type { LintFilesOptions } from './lint-files-options.js';
import { oversizeResult, readSized } from './file-size.js';
import { LocalizedError, msg, say, type Msg } from '../i18n/messages.js';

/**
 * Extensions never skipped as binary when met in a folder (a web archive may hold raw binary parts; an old Word
 * file, an OFD or an archive is a report reportlint cannot read, said as such in its own fatal result).
 */
const BINARY_FORMATS = new Set(['docx', 'pdf', 'mht', 'mhtml', 'doc', 'wps', 'ofd', 'zip', 'rar']);

/**
 * A report's own text extensions: binary bytes under them (a saved page gzip-compressed as wget or curl keep it, a
 * damaged download) are a report not read, one fatal result counted as such, never skipped with only a notice on
 * stderr: that hid three of five report files from the JSON, the CSV and the summary's count (rtQ F7). A binary
 * .txt (a scan's image, a stray data file) is still skipped with its notice.
 */
const REPORT_TEXT_FORMATS = new Set(['md', 'markdown', 'html', 'htm', 'xhtml']);

/**
 * The first pass's result, with what next year's report is compared with (stripped before output): the summary
 * itself as linted (what the cache stores), then only its key while the run goes on (see `slimmed`).
 */
export type CarryingResult = LintResult & {
  carry?: ReportRoot;
  yearKey?: YearKey;
  /** The files of the previous year's reports this result was checked against in the first pass (a YearBook's), in path order. */
  linkedPrevious?: string[];
};

/**
 * What a result keeps until the end of a run: its messages, its organ and year instead of next year's summary
 * (re-read for the few reports that have a next year in the run), its facts only when a format or a roll-up
 * needs them. Holding every summary and every set of facts made the peak memory of a run grow with its
 * number of files (bench/RESULTS.md: 5,000 files 1.74× the peak of 1,000).
 */
export function slimmed(result: CarryingResult, keepFacts: boolean): CarryingResult {
  const { carry, facts, ...plain } = result;
  const yearKey = carry ? yearKeyOf(carry) : result.yearKey;
  return { ...plain, ...(yearKey ? { yearKey } : {}), ...(keepFacts && facts ? { facts } : {}) };
}

/** A file to lint. */
export interface Target {
  file: string;
  /** Named on the command line (not found by walking a folder or a glob). */
  explicit: boolean;
}

/** Reads and lints one file; undefined when a file met while walking is skipped. Also runs in worker threads. */
export async function lintTarget(
  target: Target,
  cwd: string,
  loader: ConfigLoader,
  options: LintFilesOptions,
  notice: (message: string) => void,
  years?: YearBook,
): Promise<LintResult | undefined> {
  // Messages about this file are in the language its findings would use (--lang, else its config, else zh).
  const lang = options.lang ?? (await configLang(loader, target.file));
  let bytes: Uint8Array;
  try {
    // One open, one read: the size limit is checked on the same descriptor (file-size.ts).
    const read = readSized(target.file, options.maxFileSize);
    if ('tooLarge' in read) return oversizeResult(target.file, read.tooLarge, options.maxFileSize, lang);
    bytes = read.bytes;
  } catch (error) {
    // Found, then unreadable (deleted, locked, permissions): a fatal result for that file, never a silent skip.
    return fatalResult(target.file, new LocalizedError(readError(error)), 'unreadable', lang);
  }
  if (!target.explicit && isOwnSummary(target.file, bytes)) {
    notice(say('skippedOwnOutput', lang, { file: relative(cwd, target.file) }));
    return undefined;
  }
  if (!target.explicit && isBinaryText(target.file, bytes, options.encoding)) {
    notice(say('skippedBinary', lang, { file: relative(cwd, target.file) }));
    return undefined;
  }
  const result = await lintOne(bytes, target.file, target.file, loader, options, years);
  // Met while walking a folder, a file that is no report (a README, notes) is skipped, and named in one summary.
  if (!target.explicit && result.notAReport)
    return { ...result, messages: [], errorCount: 0, warningCount: 0, skippedNotAReport: true };
  return result;
}

export async function lintOne(
  content: string | Uint8Array,
  filePath: string,
  configPath: string,
  loader: ConfigLoader,
  options: LintFilesOptions,
  years?: YearBook,
): Promise<CarryingResult> {
  const lintOptions = await lintOptionsFor(filePath, configPath, loader, options);
  // lint() step by step, to keep the few numbers next year's carry-over check needs.
  let parsed: ParsedReport;
  try {
    parsed = await parseReport(content, lintOptions);
  } catch (error) {
    return fatalResult(filePath, error, 'unreadable', lintOptions.lang ?? 'zh');
  }
  // Linked in this first pass to last year's report when this thread linted it already (year-book.ts). Only
  // with built-in rules, which run alike with or without last year; a plugin rule might fail one way only, and
  // whether a result failed decides the run's pairing.
  const yearKey = yearKeyOf(parsed.report);
  const linkable = years && !lintOptions.previous && !lintOptions.rules?.some((r) => r.id.includes('/'));
  // In path order, as the pairing after the walk lists them (files.ts), so a link it confirms reads the same.
  const earlier = (linkable && yearKey ? years.previousOf(yearKey, filePath) : []).sort((a, b) => byPath(a.file, b.file));
  const cwd = path.resolve(options.cwd ?? '.');
  let result: CarryingResult = await lintParsed(
    filePath,
    parsed,
    earlier.length
      ? { ...lintOptions, previous: earlier.map((e) => ({ file: relative(cwd, e.file), report: e.summary })) }
      : lintOptions,
  );
  // A linked run that failed (a rule crashed or ran out of time) is run again unlinked, as without the book:
  // that result, failed or not, is what the pairing after the walk sees.
  if (earlier.length && result.fatalErrorCount > 0) result = await lintParsed(filePath, parsed, lintOptions);
  else if (earlier.length) result.linkedPrevious = earlier.map((e) => e.file);
  // Next year's summary, built once for the year book and the cache, the run's two users of it.
  const recorded = years !== undefined && result.fatalErrorCount === 0 && !result.notAReport;
  const cached = options.cache === true && !options.keepSource;
  const summary = recorded || cached ? carrySummary(parsed.report) : undefined;
  if (recorded && summary) years.record(filePath, summary);
  // The cache stores next year's summary and the facts with the result, so a later run can use them unread;
  // without it, the run needs the report's organ and year, and its facts only when a format or roll-up asks.
  if (cached) {
    if (summary) result.carry = detached(summary);
  } else if (yearKey) result.yearKey = detached(yearKey);
  if (options.cache || options.keepFacts) result.facts = detached(factsOf(parsed.report));
  if (!options.keepSource) delete result.source;
  return result;
}

/** The options a file is linted with: its configuration's rules, language and organ type, and the run's. */
async function lintOptionsFor(
  filePath: string,
  configPath: string,
  loader: ConfigLoader,
  options: LintFilesOptions,
): Promise<LintOptions> {
  const { config, registry } = await loader.forFile(configPath);
  return {
    filePath,
    rules: toActiveRules(config, registry),
    ...((options.lang ?? config.lang) ? { lang: options.lang ?? config.lang } : {}),
    ...(config.organType ? { organType: config.organType } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.format ? { format: options.format } : {}),
    ...(options.docsBase ? { docsBase: options.docsBase } : {}),
    inlineConfig: options.inlineConfig ?? true,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives ?? false,
    knownRuleIds: [...registry.rules.keys()],
    ...(options.previous ? { previous: options.previous } : {}),
    ...(options.subordinates ? { subordinates: options.subordinates } : {}),
    ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {}),
  };
}

/**
 * A report's summary for next year's check, read again (the first pass kept only its key): undefined when the
 * file can no longer be read or parsed, or has no summary.
 */
export async function summaryOf(
  content: string | Uint8Array,
  filePath: string,
  configPath: string,
  loader: ConfigLoader,
  options: LintFilesOptions,
): Promise<ReportRoot | undefined> {
  try {
    // The same options as the first pass, so the summary is the one that pass read.
    const parsed = await parseReport(content, await lintOptionsFor(filePath, configPath, loader, options));
    const summary = carrySummary(parsed.report);
    return summary && detached(summary);
  } catch {
    return undefined;
  }
}

/**
 * A summary page reportlint wrote (-f summary-html -o reports/summary.html) met while walking: its title reads
 * like a report's, so without this the next run would lint it as one.
 */
export function isOwnSummary(file: string, bytes: Uint8Array): boolean {
  if (!/\.html?$/i.test(file)) return false;
  return new TextDecoder().decode(bytes.subarray(0, 1024)).includes('<meta name="generator" content="reportlint');
}

/**
 * .txt files whose bytes are binary are skipped when met while walking (explicit ones become fatal); a report's own
 * text formats (.md, .html) never are.
 */
export function isBinaryText(file: string, bytes: Uint8Array, encoding: EncodingName | undefined): boolean {
  const ext = path.extname(file).slice(1).toLowerCase();
  if (BINARY_FORMATS.has(ext) || REPORT_TEXT_FORMATS.has(ext)) return false;
  try {
    decode(bytes, encoding);
    return false;
  } catch (error) {
    return error instanceof DecodeError && error.code === 'binary';
  }
}

export function readError(error: unknown): Msg {
  if (error instanceof LocalizedError) return error.detail;
  const code = (error as NodeJS.ErrnoException).code;
  const link = code === 'ENOENT' || code === 'ELOOP' ? linkTarget((error as NodeJS.ErrnoException).path) : undefined;
  if (link !== undefined) return msg('brokenLink', { target: link });
  if (code === 'ENOENT') return msg('fileNotFound');
  if (code === 'EACCES' || code === 'EPERM') return msg('permissionDenied');
  if (code === 'EISDIR') return msg('isFolder');
  return msg('raw', { text: code ?? (error instanceof Error ? error.message : String(error)) });
}

/** Where a symbolic link points, when `file` is one (a link pointing nowhere fails as a missing file would). */
function linkTarget(file: string | undefined): string | undefined {
  try {
    return file !== undefined && lstatSync(file).isSymbolicLink() ? readlinkSync(file) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the configuration of any of these files (of those whose configuration loads) passes `test`. */
export async function anyConfig(
  loader: ConfigLoader,
  files: Iterable<string>,
  test: (config: ResolvedConfig) => boolean,
): Promise<boolean> {
  for (const file of files) {
    const loaded = await loader.forFile(file).catch(() => undefined);
    if (loaded && test(loaded.config)) return true;
  }
  return false;
}

/** The `lang` of the config that applies to a file; zh when none says, or when the config cannot be loaded. */
export async function configLang(loader: ConfigLoader | undefined, file: string): Promise<Locale> {
  if (!loader) return 'zh';
  return (await loader.forFile(file).catch(() => undefined))?.config.lang ?? 'zh';
}

/** The order of a run's files (files.ts sorts what it walked so), and of last year's reports in a message. */
export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function relative(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

/**
 * A copy sharing no string with the document: what a result keeps until the end of the run (next year's
 * summary, the facts) is made of pieces cut from the report's text, and V8 can keep a file's whole text
 * alive behind such a slice (measured over 1,000 reports: the heap held through the run grew 21 KB per
 * file before, 14 KB after).
 */
function detached<T>(value: T): T {
  // The clone a worker's result goes through anyway: its strings are new, flat copies.
  return structuredClone(value);
}
