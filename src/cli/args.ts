/**
 * The command line's options as data, and what is done with the parsed values: no yargs here, so a run
 * whose arguments are plain (quick-args.ts) never loads it; options.ts builds the yargs grammar (help,
 * errors, anything unusual) from the same table. Flag names follow CONVENTIONS §3.2.
 */
import type { Locale } from '../rules/types.js';
import { LocalizedError, msg } from '../i18n/messages.js';

export interface CliArgs {
  command: 'lint' | 'extract';
  files: string[];
  config?: string;
  configLookup: boolean;
  rule: string[];
  plugin: string[];
  /** The format written to stdout (or to --output-file). */
  format?: string;
  /** Further outputs, each `-f name:file` (markdownlint-cli2's output formatters): one lint run, several reports. */
  extraOutputs: Array<{ format: string; file: string }>;
  outputFile?: string;
  quiet: boolean;
  maxWarnings: number;
  color?: boolean;
  lang?: string;
  printConfig?: string;
  explain?: string;
  init: boolean;
  ignorePath?: string;
  ignorePattern: string[];
  ignore: boolean;
  stdin: boolean;
  stdinFilename?: string;
  errorOnUnmatchedPattern: boolean;
  inlineConfig: boolean;
  reportUnusedDisableDirectives: boolean;
  encoding?: string;
  debug: boolean;
  cache: boolean;
  cacheLocation?: string;
  cacheStrategy?: string;
  concurrency?: string;
  previous?: string;
  suppressAll: boolean;
  suppressRule: string[];
  pruneSuppressions: boolean;
  suppressionsLocation?: string;
  /** Bytes (from --max-file-size in MB); 0: no limit. */
  maxFileSize?: number;
}

/** One option: what yargs is told (less its description), and the English description. */
export interface OptionSpec {
  alias?: string;
  type: 'string' | 'boolean' | 'number';
  requiresArg?: boolean;
  default?: boolean | number;
  choices?: readonly string[];
  en: string;
}

export const OPTIONS = {
  config: { alias: 'c', type: 'string', requiresArg: true, en: 'use this config file for every report (no lookup)' },
  'config-lookup': {
    type: 'boolean',
    default: true,
    en: 'look for .reportlintrc.json upwards from each file (--no-config-lookup)',
  },
  rule: { type: 'string', requiresArg: true, en: "set one rule, repeatable: --rule 'statistical-period: warn'" },
  plugin: { type: 'string', requiresArg: true, en: 'load a plugin (package name or path), repeatable' },
  format: {
    alias: 'f',
    type: 'string',
    requiresArg: true,
    en: 'stylish | compact | json | sarif | github | gitlab | eslint-compact | junit | csv | summary-html | a module path; repeatable with a file for the others: -f sarif:report.sarif; for extract: json | text',
  },
  'output-file': { alias: 'o', type: 'string', requiresArg: true, en: 'write the findings to this file instead of stdout' },
  quiet: { type: 'boolean', default: false, en: 'report errors only' },
  'max-warnings': { type: 'number', default: -1, requiresArg: true, en: 'exit 1 when there are more warnings than this' },
  color: { type: 'boolean', en: 'force colours on or off (--no-color); NO_COLOR and FORCE_COLOR are honoured' },
  lang: { type: 'string', requiresArg: true, en: 'message language: zh | en (also REPORTLINT_LANG)' },
  'print-config': {
    type: 'string',
    requiresArg: true,
    en: 'print the configuration that applies to this file, and where it came from',
  },
  explain: { type: 'string', requiresArg: true, en: 'print the documentation of a rule (requirement, basis, examples)' },
  init: { type: 'boolean', default: false, en: 'write a commented .reportlintrc.json here' },
  'ignore-path': { type: 'string', requiresArg: true, en: 'ignore file in gitignore syntax (default .reportlintignore)' },
  'ignore-pattern': { type: 'string', requiresArg: true, en: 'ignore files matching this pattern, repeatable' },
  ignore: { type: 'boolean', default: true, en: 'use the ignore file and patterns (--no-ignore)' },
  stdin: { type: 'boolean', default: false, en: 'read the report from stdin (same as -)' },
  'stdin-filename': {
    type: 'string',
    requiresArg: true,
    en: 'name of the stdin report in output; its extension picks the reader',
  },
  'error-on-unmatched-pattern': {
    type: 'boolean',
    default: true,
    en: 'exit 2 when a pattern matches no file (--no-error-on-unmatched-pattern)',
  },
  'inline-config': { type: 'boolean', default: true, en: 'honour reportlint-disable comments (--no-inline-config)' },
  'report-unused-disable-directives': {
    type: 'boolean',
    default: false,
    en: 'report reportlint-disable comments that suppress nothing, as errors',
  },
  encoding: {
    type: 'string',
    requiresArg: true,
    choices: ['auto', 'utf8', 'utf-8', 'gb18030', 'gbk', 'big5'],
    en: 'text encoding of the reports',
  },
  previous: {
    type: 'string',
    requiresArg: true,
    en: "last year's report: check this year's carried-over row against its carried-forward row",
  },
  debug: { type: 'boolean', default: false, en: 'print stack traces of internal failures' },
  cache: { type: 'boolean', default: false, en: 'only re-check reports that changed since the last run' },
  'cache-location': { type: 'string', requiresArg: true, en: 'cache file or folder (default .reportlintcache)' },
  'cache-strategy': {
    type: 'string',
    requiresArg: true,
    choices: ['content', 'metadata'],
    en: 'how a changed report is detected: content (default) | metadata (size and mtime)',
  },
  concurrency: { type: 'string', requiresArg: true, en: 'threads for many reports: a number | auto | off (default off)' },
  'suppress-all': {
    type: 'boolean',
    default: false,
    en: 'record every finding of this run in the suppressions file (accepted on review: not reported again)',
  },
  'suppress-rule': {
    type: 'string',
    requiresArg: true,
    en: "record this run's findings of one rule in the suppressions file, repeatable",
  },
  'prune-suppressions': { type: 'boolean', default: false, en: 'remove suppressions that no longer occur' },
  'suppressions-location': {
    type: 'string',
    requiresArg: true,
    en: 'the suppressions file (default reportlint-suppressions.json)',
  },
  'max-file-size': {
    type: 'string',
    requiresArg: true,
    en: 'reading limit per report in MB (default 20); the limits on decompressed size, pages and the rest scale with it; 0: none',
  },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** Normalises yargs' output: repeatable flags become arrays; repeating a single-value flag is a usage error. */
export function toCliArgs(raw: Record<string, unknown>): CliArgs {
  const many = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
  const one = <T>(name: string, v: unknown): T | undefined => {
    if (Array.isArray(v)) throw new UsageError(msg('onlyOnce', { name }));
    return v as T | undefined;
  };
  const maxWarnings = one<number>('max-warnings', raw['max-warnings']);
  if (typeof maxWarnings !== 'number' || !Number.isInteger(maxWarnings) || maxWarnings < -1) {
    throw new UsageError(msg('maxWarningsExpected'));
  }
  const command = (raw._ as unknown[] | undefined)?.[0] === 'extract' ? 'extract' : 'lint';
  const opt = <T>(name: string): T | undefined => one<T>(name, raw[name]);
  // -f may repeat when every format but one names its file: `-f stylish -f sarif:report.sarif`.
  const outputs = many(raw.format).map(splitFormat);
  const toStdout = outputs.filter((o) => o.file === undefined);
  if (toStdout.length > 1) throw new UsageError(msg('onlyOnce', { name: 'format' }));
  const args: CliArgs = {
    command,
    files: many(raw.files),
    extraOutputs: outputs.flatMap((o) => (o.file === undefined ? [] : [{ format: o.format, file: o.file }])),
    configLookup: opt<boolean>('config-lookup') ?? true,
    rule: many(raw.rule),
    plugin: many(raw.plugin),
    quiet: opt<boolean>('quiet') ?? false,
    maxWarnings,
    init: opt<boolean>('init') ?? false,
    ignorePattern: many(raw['ignore-pattern']),
    ignore: opt<boolean>('ignore') ?? true,
    stdin: opt<boolean>('stdin') ?? false,
    errorOnUnmatchedPattern: opt<boolean>('error-on-unmatched-pattern') ?? true,
    inlineConfig: opt<boolean>('inline-config') ?? true,
    reportUnusedDisableDirectives: opt<boolean>('report-unused-disable-directives') ?? false,
    debug: opt<boolean>('debug') ?? false,
    cache: opt<boolean>('cache') ?? false,
    suppressAll: opt<boolean>('suppress-all') ?? false,
    suppressRule: many(raw['suppress-rule']),
    pruneSuppressions: opt<boolean>('prune-suppressions') ?? false,
  };
  const optional = {
    config: opt<string>('config'),
    format: toStdout[0]?.format,
    outputFile: opt<string>('output-file'),
    color: opt<boolean>('color'),
    lang: opt<string>('lang'),
    printConfig: opt<string>('print-config'),
    explain: opt<string>('explain'),
    ignorePath: opt<string>('ignore-path'),
    stdinFilename: opt<string>('stdin-filename'),
    encoding: opt<string>('encoding'),
    previous: opt<string>('previous'),
    cacheLocation: opt<string>('cache-location'),
    cacheStrategy: opt<string>('cache-strategy'),
    concurrency: opt<string>('concurrency'),
    suppressionsLocation: opt<string>('suppressions-location'),
  };
  for (const [key, value] of Object.entries(optional))
    if (value !== undefined) (args as unknown as Record<string, unknown>)[key] = value;
  const maxFileSize = opt<string>('max-file-size');
  if (maxFileSize !== undefined) {
    const mb = Number(maxFileSize);
    if (maxFileSize.trim() === '' || !Number.isFinite(mb) || mb < 0)
      throw new UsageError(msg('maxFileSizeExpected', { value: maxFileSize }));
    args.maxFileSize = Math.round(mb * 1024 * 1024);
  }
  return args;
}

/**
 * `name:file` → a format and the file it writes. The name is a built-in (letters, digits, dashes) or a
 * formatter module ending in .js/.mjs/.cjs, so a Windows path (`C:\\fmt.js`) is not split at its drive colon.
 */
function splitFormat(value: string): { format: string; file?: string } {
  const m = /^([A-Za-z][\w-]+|.+?\.[cm]?js):(.+)$/.exec(value);
  return m && m[1] && m[2] ? { format: m[1], file: m[2] } : { format: value };
}

/** A mistake in how reportlint was called: one line on stderr, exit 2. */
export class UsageError extends LocalizedError {}

/** `--lang` is needed before parsing (yargs' own messages follow it), so it is read from argv first. */
export function preScanLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  return explicitLang(argv, env) ?? 'zh';
}

/** The language asked for with --lang or REPORTLINT_LANG; undefined when neither is given (a config may say). */
export function explicitLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale | undefined {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  value ||= env.REPORTLINT_LANG;
  if (!value) return undefined;
  return value.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
