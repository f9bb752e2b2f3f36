/**
 * The command-line grammar (yargs, strict, no option taking several values): flag names follow
 * CONVENTIONS §3.2 so ESLint and markdownlint-cli2 users find what they expect. Repeatable flags
 * (--rule, --ignore-pattern, --plugin) take one value each time.
 */
import yargs, { type Argv } from 'yargs';
import type { Locale } from './rules/types.js';

export interface CliArgs {
  command: 'lint' | 'extract';
  files: string[];
  config?: string;
  configLookup: boolean;
  rule: string[];
  plugin: string[];
  format?: string;
  outputFile?: string;
  quiet: boolean;
  maxWarnings: number;
  color?: boolean;
  lang?: string;
  printConfig?: string;
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
}

const text = {
  zh: {
    usage: '$0 [文件、文件夹或 glob…]\n\n检查政府信息公开工作年度报告是否符合《年度报告格式》。',
    lint: '检查报告（默认命令）',
    extract: '输出从报告中读出的数据（JSON）',
    files: '文件、文件夹或 glob；- 表示标准输入',
  },
  en: {
    usage: '$0 [files, folders or globs…]\n\nLint government information disclosure annual reports against the 2021 format.',
    lint: 'lint reports (the default command)',
    extract: 'print the data read from reports (JSON)',
    files: 'files, folders or globs; - reads stdin',
  },
} as const;

export function buildParser(locale: Locale, version: string): Argv {
  const t = text[locale];
  return yargs()
    .scriptName('reportlint')
    .usage(t.usage)
    .locale(locale === 'en' ? 'en' : 'zh_CN')
    .parserConfiguration({ 'duplicate-arguments-array': true, 'strip-aliased': true, 'greedy-arrays': false })
    .command('$0 [files..]', t.lint, (y) => y.positional('files', { type: 'string', array: true, describe: t.files }))
    .command('extract <files..>', t.extract, (y) => y.positional('files', { type: 'string', array: true, describe: t.files }))
    .options({
      config: { alias: 'c', type: 'string', requiresArg: true, describe: 'use this config file for every report (no lookup)' },
      'config-lookup': { type: 'boolean', default: true, describe: 'look for .reportlintrc.json upwards from each file (--no-config-lookup)' },
      rule: { type: 'string', requiresArg: true, describe: "set one rule, repeatable: --rule 'statistical-period: warn'" },
      plugin: { type: 'string', requiresArg: true, describe: 'load a plugin (package name or path), repeatable' },
      format: { alias: 'f', type: 'string', requiresArg: true, describe: 'stylish | compact | json | sarif | github | eslint-compact | a module path' },
      'output-file': { alias: 'o', type: 'string', requiresArg: true, describe: 'write the findings to this file instead of stdout' },
      quiet: { type: 'boolean', default: false, describe: 'report errors only' },
      'max-warnings': { type: 'number', default: -1, requiresArg: true, describe: 'exit 1 when there are more warnings than this' },
      color: { type: 'boolean', describe: 'force colours on or off (--no-color); NO_COLOR and FORCE_COLOR are honoured' },
      lang: { type: 'string', requiresArg: true, describe: 'message language: zh | en (also REPORTLINT_LANG)' },
      'print-config': { type: 'string', requiresArg: true, describe: 'print the configuration that applies to this file, and where it came from' },
      init: { type: 'boolean', default: false, describe: 'write a commented .reportlintrc.json here' },
      'ignore-path': { type: 'string', requiresArg: true, describe: 'ignore file in gitignore syntax (default .reportlintignore)' },
      'ignore-pattern': { type: 'string', requiresArg: true, describe: 'ignore files matching this pattern, repeatable' },
      ignore: { type: 'boolean', default: true, describe: 'use the ignore file and patterns (--no-ignore)' },
      stdin: { type: 'boolean', default: false, describe: 'read the report from stdin (same as -)' },
      'stdin-filename': { type: 'string', requiresArg: true, describe: 'name of the stdin report in output; its extension picks the reader' },
      'error-on-unmatched-pattern': { type: 'boolean', default: true, describe: 'exit 2 when a pattern matches no file (--no-error-on-unmatched-pattern)' },
      'inline-config': { type: 'boolean', default: true, describe: 'honour reportlint-disable comments (--no-inline-config)' },
      'report-unused-disable-directives': { type: 'boolean', default: false, describe: 'report reportlint-disable comments that suppress nothing, as errors' },
      encoding: { type: 'string', requiresArg: true, choices: ['auto', 'utf8', 'utf-8', 'gb18030', 'gbk'], describe: 'text encoding of the reports' },
      debug: { type: 'boolean', default: false, describe: 'print stack traces of internal failures' },
    })
    .example('$0 examples/', locale === 'en' ? 'lint every report in a folder' : '检查文件夹中的所有报告')
    .example('$0 -f compact "reports/**/*.md"', locale === 'en' ? 'one line per finding, for editors' : '每个问题一行，供编辑器使用')
    .example('$0 - --stdin-filename 2023.md < 2023.md', locale === 'en' ? 'lint stdin' : '检查标准输入')
    .example("$0 --rule 'blank-cell: off' report.txt", locale === 'en' ? 'switch a rule off for one run' : '本次运行关闭某条规则')
    .example('$0 -f sarif -o reportlint.sarif .', locale === 'en' ? 'SARIF for code scanning' : '输出 SARIF 供代码扫描使用')
    .example('$0 extract report.md', locale === 'en' ? 'print the tables as JSON' : '以 JSON 输出表格数据')
    .strict()
    .exitProcess(false)
    .version(version)
    .alias('v', 'version')
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, 120));
}

/** Normalises yargs' output: repeatable flags become arrays; repeating a single-value flag is a usage error. */
export function toCliArgs(raw: Record<string, unknown>): CliArgs {
  const many = (v: unknown): string[] => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
  const one = <T>(name: string, v: unknown): T | undefined => {
    if (Array.isArray(v)) throw new UsageError(`--${name} can be given only once`);
    return v as T | undefined;
  };
  const maxWarnings = one<number>('max-warnings', raw['max-warnings']);
  if (typeof maxWarnings !== 'number' || !Number.isInteger(maxWarnings) || maxWarnings < -1) {
    throw new UsageError('--max-warnings: expected an integer ≥ -1');
  }
  const command = (raw._ as unknown[] | undefined)?.[0] === 'extract' ? 'extract' : 'lint';
  const opt = <T>(name: string): T | undefined => one<T>(name, raw[name]);
  const args: CliArgs = {
    command,
    files: many(raw.files),
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
  };
  const optional = {
    config: opt<string>('config'),
    format: opt<string>('format'),
    outputFile: opt<string>('output-file'),
    color: opt<boolean>('color'),
    lang: opt<string>('lang'),
    printConfig: opt<string>('print-config'),
    ignorePath: opt<string>('ignore-path'),
    stdinFilename: opt<string>('stdin-filename'),
    encoding: opt<string>('encoding'),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (args as unknown as Record<string, unknown>)[key] = value;
  return args;
}

/** A mistake in how reportlint was called: one line on stderr, exit 2. */
export class UsageError extends Error {}

/** `--lang` is needed before parsing (yargs' own messages follow it), so it is read from argv first. */
export function preScanLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Locale {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  value ??= env.REPORTLINT_LANG;
  return value?.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
