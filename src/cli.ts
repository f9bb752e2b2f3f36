/**
 * The command line, a thin layer over the library: parse argv (yargs), load config and lint files
 * (src/index.ts), format, write, and turn the outcome into an exit code: 0 clean, 1 errors (or too many
 * warnings), 2 usage, configuration or internal failure. Every stream and the environment are injected.
 */
import { readFileSync } from 'node:fs';
import { appendFile, mkdir, readFile, writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, ConfigLoader, describeConfig, parseRuleFlag, CONFIG_FILE_NAME } from './config.js';
import { lintFiles, NoFilesFoundError, type LintFilesOptions } from './files.js';
import { getFormatter, formatters, githubSummary, MACHINE_FORMATS, type Formatter } from './formatters/index.js';
import { buildParser, preScanLang, toCliArgs, UsageError, type CliArgs } from './cli-options.js';
import { colorLevel, makeChalk } from './cli-color.js';
import { initConfigText } from './cli-init.js';
import { explainRule } from './cli-explain.js';
import { parseReport } from './parser/index.js';
import type { EncodingName } from './parser/decode.js';
import { extractReport } from './extract.js';
import { parseConcurrency } from './parallel.js';
import type { Locale, RuleMeta } from './rules/types.js';
import type { LintResult } from './types.js';

export type ExitCode = 0 | 1 | 2;

export interface CliIO {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export const VERSION: string = readVersion();

const say = {
  zh: {
    tooManyWarnings: (n: number, max: number) => `reportlint 发现 ${n} 个警告，超过 --max-warnings ${max}。`,
    initExists: `${CONFIG_FILE_NAME} 已存在，未覆盖。`,
    initWrote: `已写入 ${CONFIG_FILE_NAME}。`,
    unknownFormat: (name: string) => `未知的输出格式 "${name}"；可用：${Object.keys(formatters).join('、')}`,
    seeHelp: '运行 reportlint --help 查看用法。',
  },
  en: {
    tooManyWarnings: (n: number, max: number) => `reportlint found ${n} warnings, more than --max-warnings ${max}.`,
    initExists: `${CONFIG_FILE_NAME} already exists; not overwritten.`,
    initWrote: `Wrote ${CONFIG_FILE_NAME}.`,
    unknownFormat: (name: string) => `unknown format "${name}"; available: ${Object.keys(formatters).join(', ')}`,
    seeHelp: 'Run reportlint --help for usage.',
  },
} as const;

export async function main(io: CliIO): Promise<ExitCode> {
  const locale = preScanLang(io.argv, io.env);
  const err = (line: string): void => void io.stderr.write(`${line}\n`);
  let debug = io.argv.includes('--debug');
  try {
    const parsed = await parse(io.argv, locale);
    if (parsed.kind === 'output') {
      io.stdout.write(`${parsed.text}\n`);
      return 0;
    }
    if (parsed.kind === 'usage') {
      err(`reportlint: ${parsed.message}`);
      err(say[locale].seeHelp);
      return 2;
    }
    const args = parsed.args;
    debug = args.debug;
    if (args.lang !== undefined && !/^(zh|zh-cn|en)$/i.test(args.lang)) throw new UsageError('--lang: expected zh or en');
    if (args.init) return await init(io, locale);
    const loader = new ConfigLoader({
      cwd: io.cwd,
      ...(args.config ? { configFile: args.config } : {}),
      lookup: args.configLookup,
      ruleOverrides: Object.assign({}, ...args.rule.map(parseRuleFlag)) as Record<string, unknown>,
      plugins: args.plugin,
    });
    if (args.explain !== undefined) {
      io.stdout.write(await explainRule(args.explain, loader, path.join(io.cwd, '<cwd>'), locale));
      return 0;
    }
    if (args.printConfig !== undefined) {
      const { config } = await loader.forFile(path.resolve(io.cwd, args.printConfig));
      io.stdout.write(`${JSON.stringify(describeConfig(config), null, 2)}\n`);
      return 0;
    }
    if (args.command === 'extract') return await extract(io, args);
    return await lintCommand(io, args, loader, locale);
  } catch (error) {
    err(`reportlint: ${oneLineError(error, locale)}`);
    if (debug && error instanceof Error && error.stack) err(error.stack);
    return 2;
  }
}

const STDIN_TOKEN = '\u0000stdin';

type Parsed = { kind: 'args'; args: CliArgs } | { kind: 'output'; text: string } | { kind: 'usage'; message: string };

async function parse(argv: readonly string[], locale: Locale): Promise<Parsed> {
  let failure: string | undefined;
  let output = '';
  const raw = await buildParser(locale, VERSION)
    .fail((message, error) => {
      failure = message || error?.message || 'invalid arguments';
    })
    // yargs drops a lone "-" from variadic positionals, so it travels under another name.
    .parseAsync(argv.map((a) => (a === '-' ? STDIN_TOKEN : a)), {}, (error, _argv, out) => {
      if (error) failure ??= error.message;
      output = out;
    });
  if (failure) return { kind: 'usage', message: failure.split('\n')[0] ?? failure };
  if (raw.help || raw.version) return { kind: 'output', text: output.trimEnd() };
  try {
    const args = toCliArgs(raw as Record<string, unknown>);
    args.files = args.files.map((f) => (f === STDIN_TOKEN ? '-' : f));
    return { kind: 'args', args };
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'usage', message: error.message };
    throw error;
  }
}

async function lintCommand(io: CliIO, args: CliArgs, loader: ConfigLoader, flagLocale: Locale): Promise<ExitCode> {
  const formatName = args.format ?? 'stylish';
  const formatter = await loadFormatter(formatName, io.cwd, flagLocale);
  const patterns = args.stdin && !args.files.includes('-') ? [...args.files, '-'] : args.files.length ? args.files : ['.'];
  const explicitLang = args.lang ?? io.env.REPORTLINT_LANG;
  const lang = explicitLang ? preScanLang(['--lang', explicitLang], {}) : undefined;
  const stdin = patterns.includes('-') ? await readAll(io.stdin) : undefined;
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
    onNotice: (message) => void io.stderr.write(`reportlint: ${message}\n`),
    ...cacheAndThreads(args),
  });
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const fatal = results.some((r) => r.messages.some((m) => m.fatal));
  if (args.quiet) results = results.map(errorsOnly);
  // The summary's language: the flag, else the config that applies in the working folder (if it loads).
  const here = lang ? undefined : await loader.forFile(path.join(io.cwd, '<cwd>')).catch(() => undefined);
  const locale = lang ?? here?.config.lang ?? 'zh';
  const toFile = args.outputFile !== undefined;
  const level = toFile || MACHINE_FORMATS.has(formatName) ? 0 : colorLevel(args.color, io.env, io.stdout as { isTTY?: boolean });
  const output = formatter(results, {
    cwd: io.cwd,
    color: level > 0,
    chalk: makeChalk(level),
    locale,
    rulesMeta: loader.knownRules() as ReadonlyMap<string, RuleMeta<unknown, string>>,
    version: VERSION,
  });
  // Inside a GitHub Actions job, -f github also lists every finding in the job summary (annotations are capped).
  const summaryFile = formatName === 'github' ? io.env.GITHUB_STEP_SUMMARY : undefined;
  if (summaryFile) await appendFile(summaryFile, `${githubSummary(results, { cwd: io.cwd, color: false, locale, rulesMeta: new Map() })}\n`);
  if (toFile) {
    const target = path.resolve(io.cwd, args.outputFile as string);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, output);
  } else if (output) {
    io.stdout.write(output);
  }
  if (fatal) return 2;
  if (errors > 0) return 1;
  if (args.maxWarnings >= 0 && warnings > args.maxWarnings) {
    io.stderr.write(`${say[locale].tooManyWarnings(warnings, args.maxWarnings)}\n`);
    return 1;
  }
  return 0;
}

async function extract(io: CliIO, args: CliArgs): Promise<ExitCode> {
  if (args.format !== undefined && args.format !== 'json') throw new UsageError(`extract: --format must be json, got "${args.format}"`);
  const out: Array<{ filePath: string; report: unknown }> = [];
  for (const file of args.files) {
    const bytes = file === '-' ? await readAll(io.stdin) : await readInput(path.resolve(io.cwd, file), file);
    const filePath = file === '-' ? args.stdinFilename : file;
    const parsed = await parseReport(bytes, { ...(filePath ? { filePath } : {}), ...(encodingOf(args.encoding) ? { encoding: encodingOf(args.encoding) } : {}) });
    out.push({ filePath: filePath ?? '<stdin>', report: extractReport(parsed) });
  }
  const value = out.length === 1 ? out[0]?.report : out;
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  return 0;
}

async function init(io: CliIO, locale: Locale): Promise<ExitCode> {
  const target = path.join(io.cwd, CONFIG_FILE_NAME);
  try {
    await access(target);
    io.stderr.write(`reportlint: ${say[locale].initExists}\n`);
    return 2;
  } catch {
    await writeFile(target, initConfigText());
    io.stderr.write(`${say[locale].initWrote}\n`);
    return 0;
  }
}

async function loadFormatter(name: string, cwd: string, locale: Locale): Promise<Formatter> {
  const builtin = getFormatter(name);
  if (builtin) return builtin;
  if (/[\\/]/.test(name) || /\.[cm]?js$/.test(name)) {
    const module = (await import(pathToFileURL(path.resolve(cwd, name)).href)) as { default?: unknown };
    if (typeof module.default !== 'function') throw new UsageError(`${name}: a formatter module must export a default function`);
    return module.default as Formatter;
  }
  throw new UsageError(say[locale].unknownFormat(name));
}

/** --cache, --cache-location, --cache-strategy and --concurrency as lintFiles options (issue 7). */
function cacheAndThreads(args: CliArgs): Partial<LintFilesOptions> {
  return {
    ...(args.cache ? { cache: true } : {}),
    ...(args.cacheLocation ? { cacheLocation: args.cacheLocation } : {}),
    ...(args.cacheStrategy ? { cacheStrategy: args.cacheStrategy as LintFilesOptions['cacheStrategy'] } : {}),
    ...(args.concurrency ? { concurrency: parseConcurrency(args.concurrency) } : {}),
  };
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0 };
}

function encodingOf(value: string | undefined): EncodingName | undefined {
  if (!value || value === 'auto') return undefined;
  if (value === 'utf8' || value === 'utf-8') return 'utf-8';
  return 'gb18030';
}

async function readInput(absolute: string, shown: string): Promise<Uint8Array> {
  try {
    return await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${shown}: ${code === 'ENOENT' ? 'file not found' : `cannot be read (${code ?? 'error'})`}`);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  return Buffer.concat(chunks);
}

function oneLineError(error: unknown, locale: Locale): string {
  if (error instanceof NoFilesFoundError && locale === 'zh') {
    return error.allIgnored ? `与 "${error.pattern}" 匹配的文件都被忽略了（见忽略文件或 --ignore-pattern）` : `没有与 "${error.pattern}" 匹配的文件`;
  }
  if (error instanceof ConfigError || error instanceof NoFilesFoundError || error instanceof UsageError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** What bin/reportlint.js calls: the real process streams and environment. */
export function runFromProcess(): Promise<ExitCode> {
  return main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
  });
}
