/**
 * The command line, a thin layer over the library: parse argv (yargs), load config and lint files
 * (src/index.ts), format, write, and turn the outcome into an exit code: 0 clean, 1 errors (or too many
 * warnings), 2 usage, configuration or internal failure. Every stream and the environment are injected.
 */
import { readFileSync } from 'node:fs';
import { writeFile, lstat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigLoader, describeConfig, parseRuleFlag, CONFIG_FILE_NAME } from '../config/loader.js';
import { lintFiles, type LintFilesOptions } from '../engine/files.js';
import { BUILTIN_FORMATS, FACT_FORMATS, MACHINE_FORMATS } from '../formatters/names.js';
import { loadBuiltinFormatter } from '../formatters/load.js';
import type { Formatter, FormatterContext } from '../formatters/types.js';
import { explicitLang, preScanLang, toCliArgs, UsageError, type CliArgs } from './args.js';
import { quickParse } from './quick-args.js';
import { errorText, msg, say, timeLimitExceeded } from '../i18n/messages.js';
import { colorLevel, makeChalk, type ColorLevel } from './color.js';
import { runGuarded } from './process.js';
import { TimeLimitError, withTimeLimit } from '../parser/time-limit.js';
import { suppressFindings } from './suppressions.js';
import { progressLine } from './progress.js';
import { encodingOf, readAll } from './input.js';
import { checkOutputFiles, sarifOutputs, writeOutput, writeOutputFiles, type OutputFile } from './outputs.js';
import { parseConcurrency } from '../engine/parallel.js';
import { MAX_CONCURRENCY } from '../engine/options-check.js';
import type { Locale, RuleMeta } from '../rules/types.js';
import type { LintResult } from '../engine/types.js';

import type { CliIO, ExitCode } from './io.js';
export type { CliIO, ExitCode } from './io.js';

export const VERSION: string = readVersion();

export async function main(io: CliIO): Promise<ExitCode> {
  // Operational messages: --lang or REPORTLINT_LANG, else the `lang` of the working folder's config, else zh.
  const explicit = explicitLang(io.argv, io.env);
  const locale = preScanLang(io.argv, io.env);
  const err = (line: string): void => void io.stderr.write(`${line}\n`);
  let debug = io.argv.includes('--debug');
  let loader: ConfigLoader | undefined;
  let sarifTargets: Array<string | undefined> = [];
  const runLocale = async (): Promise<Locale> => explicit ?? (loader ? await cwdLang(loader, io.cwd) : undefined) ?? 'zh';
  try {
    const parsed = await parse(io.argv, locale);
    if (parsed.kind === 'output') {
      io.stdout.write(`${parsed.text}\n`);
      return 0;
    }
    if (parsed.kind === 'usage') {
      err(`reportlint: ${parsed.message}`);
      err(say('seeHelp', locale));
      return 2;
    }
    const args = parsed.args;
    debug = args.debug;
    // Before sarifTargets is known: a refused run writes no failure SARIF over either output.
    checkOutputFiles(args, io.cwd);
    sarifTargets = sarifOutputs(args);
    if (args.lang !== undefined && !/^(zh|zh-cn|en)$/i.test(args.lang)) throw new UsageError(msg('langExpected'));
    if (args.init) {
      loader = new ConfigLoader({ cwd: io.cwd });
      return await init(io, await runLocale());
    }
    loader = new ConfigLoader({
      cwd: io.cwd,
      ...(args.config ? { configFile: args.config } : {}),
      lookup: args.configLookup,
      ruleOverrides: Object.assign({}, ...args.rule.map(parseRuleFlag)) as Record<string, unknown>,
      plugins: args.plugin,
    });
    if (args.explain !== undefined) {
      const { explainRule } = await import('./explain.js');
      io.stdout.write(await explainRule(args.explain, loader, path.join(io.cwd, '<cwd>'), await runLocale()));
      return 0;
    }
    if (args.printConfig !== undefined) {
      const { config } = await loader.forFile(path.resolve(io.cwd, args.printConfig));
      io.stdout.write(`${JSON.stringify(describeConfig(config), null, 2)}\n`);
      return 0;
    }
    // What only some runs need (explain, extract, init, most formatters) is imported when asked for: a lint run starts faster.
    if (args.command === 'extract') return await (await import('./extract.js')).extract(io, args, await runLocale());
    return await lintCommand(io, args, loader);
  } catch (error) {
    // When the failure is the working folder's config itself, its `lang` is unknown: zh unless --lang/env.
    const reason = errorText(error, await runLocale());
    err(`reportlint: ${reason}`);
    if (debug && error instanceof Error && error.stack) err(error.stack);
    await writeFailureSarif(io, sarifTargets, reason, await runLocale());
    return 2;
  }
}

const STDIN_TOKEN = '\u0000stdin';
/** Marks an operand given after `--`, so yargs keeps it as a file even when it starts with "-". */
const OPERAND = '\u0000file:';

/** `--` ends the options (POSIX): what follows is files, even `-x.md`. yargs alone would drop them and lint `.`. */
function escapeOperands(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  const mark = (a: string): string => (a === '-' ? STDIN_TOKEN : a);
  if (end < 0) return argv.map(mark);
  return [...argv.slice(0, end).map(mark), ...argv.slice(end + 1).map((a) => (a === '-' ? STDIN_TOKEN : OPERAND + a))];
}

type Parsed = { kind: 'args'; args: CliArgs } | { kind: 'output'; text: string } | { kind: 'usage'; message: string };

async function parse(argv: readonly string[], locale: Locale): Promise<Parsed> {
  const escaped = escapeOperands(argv);
  // Plain arguments need not load yargs (quick-args.ts); help, version, mistakes and the rest go through it.
  const quick = await quickParse(escaped);
  const read = quick ? { kind: 'raw' as const, raw: quick } : await parseWithYargs(escaped, locale);
  if (read.kind !== 'raw') return read;
  const raw = read.raw;
  try {
    const args = toCliArgs(raw);
    args.files = args.files.map((f) => (f === STDIN_TOKEN ? '-' : f.startsWith(OPERAND) ? f.slice(OPERAND.length) : f));
    return { kind: 'args', args };
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'usage', message: error.localized(locale) };
    throw error;
  }
}

/** yargs' reading of the arguments: its values, or the text of --help / --version, or a usage message. */
async function parseWithYargs(
  escaped: string[],
  locale: Locale,
): Promise<Exclude<Parsed, { kind: 'args' }> | { kind: 'raw'; raw: Record<string, unknown> }> {
  const { buildParser } = await import('./options.js');
  let failure: string | undefined;
  let output = '';
  const raw = await buildParser(locale, VERSION)
    .fail((message, error) => {
      failure = message || error?.message || 'invalid arguments';
    })
    // yargs drops a lone "-" from variadic positionals, so it travels under another name.
    .parseAsync(escaped, {}, (error, _argv, out) => {
      if (error) failure ??= error.message;
      output = out;
    });
  if (failure) return { kind: 'usage', message: failure.split('\n')[0] ?? failure };
  if (raw.help || raw.version) return { kind: 'output', text: output.trimEnd() };
  return { kind: 'raw', raw };
}

/**
 * What the command line names itself (files, folders, standard input), resolved as results name them, each with
 * the name it was given (what a stderr line shows).
 */
function namedInputs(patterns: readonly string[], cwd: string, stdinFilename: string | undefined): Map<string, string> {
  return new Map(
    patterns.map((p) => {
      const given = p === '-' ? (stdinFilename ?? '<stdin>') : p;
      return [p === '-' && !stdinFilename ? '<stdin>' : path.resolve(cwd, given), given];
    }),
  );
}

/**
 * Exit 2 means the check could not be done. A report met while walking a folder or matching a glob that cannot
 * be read (an old .doc renamed .docx, a scanned PDF, a locked file or subfolder, one over --max-file-size) is
 * that file's fatal finding, an error of the batch (exit 1), as lint's brief has it: the other files were
 * checked. Named on the command line (or read from stdin), it is exit 2, and so is a rule that crashed.
 */
const READ_FAILURES = new Set(['unreadable', 'overBudget', 'fileTooLarge', 'emptyDocument']);
function unreadWhileWalking(m: LintResult['messages'][number], filePath: string, named: ReadonlyMap<string, string>): boolean {
  return m.ruleId === null && READ_FAILURES.has(m.messageId ?? '') && !named.has(filePath);
}

/**
 * The stderr lines of what made the run exit 2 (README "Exit codes": one line that names the file): each report
 * named that could not be read, `<file as given>: <why>`, as `extract` says it; each rule that crashed on a report,
 * `<file>: <its finding>` (the finding names the rule), the file as given or, met in a folder, relative to `cwd`.
 */
function fatalLines(results: readonly LintResult[], named: ReadonlyMap<string, string>, cwd: string): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const given = named.get(r.filePath);
    const m = r.messages.find((x) => x.fatal && x.ruleId === null);
    if (given !== undefined && m) lines.push(`${given}: ${m.message}`);
    const file = given ?? (path.relative(cwd, r.filePath) || r.filePath);
    for (const crash of r.messages.filter((x) => x.fatal && x.ruleId !== null)) lines.push(`${file}: ${crash.message}`);
  }
  return lines;
}

async function lintCommand(io: CliIO, args: CliArgs, loader: ConfigLoader): Promise<ExitCode> {
  const formatName = args.format ?? 'stylish';
  const formatter = await loadFormatter(formatName, io.cwd);
  // Every formatter is loaded before linting, so a bad name fails fast (exit 2) whichever -f it is in.
  const extra = await Promise.all(
    args.extraOutputs.map(async (o) => ({ ...o, formatter: await loadFormatter(o.format, io.cwd) })),
  );
  const patterns = args.stdin && !args.files.includes('-') ? [...args.files, '-'] : args.files.length ? args.files : ['.'];
  const asked = args.lang ?? io.env.REPORTLINT_LANG;
  const lang = asked ? preScanLang(['--lang', asked], {}) : undefined;
  const stdin = patterns.includes('-') ? await readAll(io.stdin, args.maxFileSize) : undefined;
  const progress = progressLine({ stream: io.stderr, env: io.env, locale: lang ?? explicitLang(io.argv, io.env) ?? 'zh' });
  let results = await lintFiles(patterns, {
    cwd: io.cwd,
    configLoader: loader,
    ignore: args.ignore,
    ...(args.ignorePath ? { ignorePath: args.ignorePath } : {}),
    ignorePatterns: args.ignorePattern,
    errorOnUnmatchedPattern: args.errorOnUnmatchedPattern,
    ...(stdin ? { stdin: { content: stdin, ...(args.stdinFilename ? { filePath: args.stdinFilename } : {}) } } : {}),
    ...(lang ? { lang } : {}),
    ...(encodingOf(args.encoding) ? { encoding: encodingOf(args.encoding) } : {}),
    inlineConfig: args.inlineConfig,
    reportUnusedDisableDirectives: args.reportUnusedDisableDirectives,
    ...(args.previous ? { previousFile: args.previous } : {}),
    ...([formatName, ...extra.map((o) => o.format)].some((f) => FACT_FORMATS.has(f)) ? { keepFacts: true } : {}),
    ...(args.maxFileSize !== undefined ? { maxFileSize: args.maxFileSize } : {}),
    onNotice: (message) => {
      progress?.end();
      io.stderr.write(`reportlint: ${message}\n`);
    },
    ...(progress ? { onProgress: progress.update } : {}),
    ...cacheAndThreads(args),
  }).finally(() => progress?.end());
  // The summary's language: the flag, else the config that applies in the working folder (if it loads).
  const locale = lang ?? (await cwdLang(loader, io.cwd)) ?? 'zh';
  results = await suppressFindings(results, args, io.cwd, locale, (line) => void io.stderr.write(`reportlint: ${line}\n`));
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const named = namedInputs(patterns, io.cwd, args.stdinFilename);
  const fatal = results.some((r) => r.messages.some((m) => m.fatal && !unreadWhileWalking(m, r.filePath, named)));
  if (args.quiet) results = results.map(errorsOnly);
  const toFile = args.outputFile !== undefined;
  const level = toFile || MACHINE_FORMATS.has(formatName) ? 0 : colorLevel(args.color, io.env, io.stdout as { isTTY?: boolean });
  const formatNames = [formatName, ...extra.map((o) => o.format)];
  const ruleDocs = formatNames.includes('sarif')
    ? await (await import('./explain.js')).builtinRuleDocs(loader.knownRules().keys())
    : undefined;
  const context = (colorLevel: ColorLevel): FormatterContext => ({
    ...(ruleDocs ? { ruleDocs } : {}),
    cwd: io.cwd,
    color: colorLevel > 0,
    chalk: makeChalk(colorLevel),
    locale,
    rulesMeta: loader.knownRules() as ReadonlyMap<string, RuleMeta<unknown, string>>,
    version: VERSION,
  });
  const output = await runFormatter(formatName, () => formatter(results, context(level)));
  // Inside a GitHub Actions job, -f github also lists every finding in the job summary (annotations are capped).
  const summaryFile = formatNames.includes('github') ? io.env.GITHUB_STEP_SUMMARY : undefined;
  const githubSummary = summaryFile ? (await import('../formatters/github-summary.js')).githubSummary : undefined;
  // Every output is formatted before any is written (a formatter that fails leaves only the failure SARIF),
  // and stdout before the files: a report file that cannot be written does not cost the findings on stdout.
  const files: OutputFile[] = [];
  if (summaryFile && githubSummary) {
    const text = `${githubSummary(results, { cwd: io.cwd, color: false, locale, rulesMeta: new Map() })}\n`;
    files.push({ file: summaryFile, text, append: true });
  }
  for (const o of extra) files.push({ file: o.file, text: await runFormatter(o.format, () => o.formatter(results, context(0))) });
  if (toFile) files.push({ file: args.outputFile as string, text: output });
  else if (output) io.stdout.write(output);
  if (!(await writeOutputFiles(io, files, locale))) return 2;
  if (fatal) {
    for (const line of fatalLines(results, named, io.cwd)) io.stderr.write(`reportlint: ${line}\n`);
    return 2;
  }
  if (errors > 0) return 1;
  if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    io.stderr.write(`${say('tooManyWarnings', locale, { count: warnings, max: args.maxWarnings })}\n`);
    return 1;
  }
  return 0;
}

/** Exit 2 still leaves a SARIF file (with the reason), so a CI upload step does not fail on a missing file. */
async function writeFailureSarif(
  io: CliIO,
  targets: ReadonlyArray<string | undefined>,
  reason: string,
  locale: Locale,
): Promise<void> {
  if (!targets.length) return;
  const { sarifForFailure } = await import('../formatters/sarif.js');
  const text = sarifForFailure(reason, { cwd: io.cwd, color: false, locale, rulesMeta: new Map(), version: VERSION });
  for (const target of targets) {
    if (target === undefined) io.stdout.write(text);
    else await writeOutput(io.cwd, target, text).catch(() => undefined);
  }
}

/** A formatter's output; a custom one that throws, rejects, returns no text or never settles is one line (exit 2). */
async function runFormatter(name: string, run: () => string | Promise<string>): Promise<string> {
  let output: unknown;
  try {
    output = await withTimeLimit(run());
  } catch (error) {
    // A formatter's own error is shown as it is (one line; its stack with --debug); only a timeout needs naming it.
    throw formatterTimedOut(name, error);
  }
  if (typeof output !== 'string')
    throw new UsageError(msg('formatterFailed', { name, reason: `returned ${typeof output}, not text` }));
  return output;
}

async function init(io: CliIO, locale: Locale): Promise<ExitCode> {
  const target = path.join(io.cwd, CONFIG_FILE_NAME);
  // lstat, not access: a symbolic link (even one pointing nowhere) counts as existing, so --init never
  // writes through it to wherever it points; 'wx' makes the write itself refuse anything that appeared since.
  const exists = await lstat(target).then(
    () => true,
    () => false,
  );
  if (!exists) {
    try {
      await writeFile(target, (await import('./init.js')).initConfigText(), { flag: 'wx' });
      io.stderr.write(`${say('initWrote', locale, { file: CONFIG_FILE_NAME })}\n`);
      return 0;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  io.stderr.write(`reportlint: ${say('initExists', locale, { file: CONFIG_FILE_NAME })}\n`);
  return 2;
}

/** A custom formatter that ran out of time (loading or formatting), named in the run's language; any other error as it is. */
function formatterTimedOut(name: string, error: unknown): unknown {
  return error instanceof TimeLimitError
    ? new UsageError(msg('formatterFailed', { name, reason: timeLimitExceeded(error.ms) }))
    : error;
}

/** A module's formatter may be async (and may misbehave: see runFormatter). */
type AnyFormatter = (...args: Parameters<Formatter>) => string | Promise<string>;

async function loadFormatter(name: string, cwd: string): Promise<AnyFormatter> {
  const builtin = await loadBuiltinFormatter(name);
  if (builtin) return builtin;
  if (/[\\/]/.test(name) || /\.[cm]?js$/.test(name)) {
    const module = (await withTimeLimit(import(pathToFileURL(path.resolve(cwd, name)).href)).catch((error: unknown) => {
      throw formatterTimedOut(name, error);
    })) as { default?: unknown };
    if (typeof module.default !== 'function') throw new UsageError(msg('formatterNoDefault', { name }));
    return module.default as AnyFormatter;
  }
  throw new UsageError(msg('unknownFormat', { name, names: [...BUILTIN_FORMATS] }));
}

/** The `lang` of the config that applies in the working folder, if it names one and loads. */
async function cwdLang(loader: ConfigLoader, cwd: string): Promise<Locale | undefined> {
  return (await loader.forFile(path.join(cwd, '<cwd>')).catch(() => undefined))?.config.lang;
}

/** --cache, --cache-location, --cache-strategy and --concurrency as lintFiles options (issue 7). */
function cacheAndThreads(args: CliArgs): Partial<LintFilesOptions> {
  return {
    ...(args.cache ? { cache: true } : {}),
    ...(args.cacheLocation ? { cacheLocation: args.cacheLocation } : {}),
    ...(args.cacheStrategy ? { cacheStrategy: args.cacheStrategy as LintFilesOptions['cacheStrategy'] } : {}),
    ...(args.concurrency ? { concurrency: concurrencyOf(args.concurrency) } : {}),
  };
}

function concurrencyOf(value: string): ReturnType<typeof parseConcurrency> {
  try {
    return parseConcurrency(value);
  } catch {
    throw new UsageError(msg('concurrencyExpected', { value, max: MAX_CONCURRENCY }));
  }
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0 };
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * What bin/reportlint.js calls: the real process streams and environment. Write errors (EPIPE, ENOSPC) and
 * anything uncaught end the process with one line at most (src/cli-process.ts); it exits when done.
 */
export function runFromProcess(): Promise<ExitCode> {
  const argv = process.argv.slice(2);
  return runGuarded(
    () =>
      main({ argv, cwd: process.cwd(), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }),
    { stdout: process.stdout, stderr: process.stderr, lang: () => preScanLang(argv, process.env) },
  );
}
