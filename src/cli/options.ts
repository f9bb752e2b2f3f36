/**
 * The command-line grammar (yargs, strict, no option taking several values): flag names follow
 * CONVENTIONS §3.2 so ESLint and markdownlint-cli2 users find what they expect. Repeatable flags
 * (--rule, --ignore-pattern, --plugin) take one value each time.
 */
import yargs, { type Argv } from 'yargs';
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

const text = {
  zh: {
    usage: '$0 [文件、文件夹或 glob…]\n\n检查政府信息公开工作年度报告是否符合《年度报告格式》。',
    lint: '检查报告（默认命令）',
    extract: '输出从报告中读出的数据（JSON），或用 --format text 输出读到的文本（问题的行、列以它为准）',
    files: '文件、文件夹或 glob；- 表示标准输入',
    extractFiles: '报告文件；- 表示标准输入',
  },
  en: {
    usage: '$0 [files, folders or globs…]\n\nLint government information disclosure annual reports against the 2021 format.',
    lint: 'lint reports (the default command)',
    extract: 'print the data read from reports (JSON), or with --format text the text read (what findings\' lines and columns refer to)',
    files: 'files, folders or globs; - reads stdin',
    extractFiles: 'report files; - reads stdin',
  },
} as const;

const ZH_DESCRIPTIONS = {
  'config': '所有报告都使用此配置文件（不再逐级查找）',
  'config-lookup': '从每个文件所在文件夹向上查找 .reportlintrc.json（--no-config-lookup 关闭）',
  rule: "设置一条规则，可重复：--rule 'statistical-period: warn'",
  'plugin': '加载插件（包名或路径），可重复',
  'format': '输出格式：stylish | compact | json | sarif | github | gitlab | eslint-compact | junit | csv | summary-html | 模块路径；可重复，其余格式写入文件：-f sarif:report.sarif；extract 用 json | text',
  'output-file': '把结果写入此文件而不是标准输出',
  'quiet': '只报告错误',
  'max-warnings': '警告数超过此值时退出码为 1',
  'color': '强制开启或关闭颜色（--no-color）；遵循 NO_COLOR、FORCE_COLOR',
  'lang': '消息语言：zh | en（也可用环境变量 REPORTLINT_LANG）',
  'print-config': '显示适用于该文件的配置及其来源',
  explain: '显示某条规则的说明（要求、依据、示例）',
  'init': '在当前文件夹写入带注释的 .reportlintrc.json',
  'ignore-path': '忽略文件（gitignore 语法，默认 .reportlintignore）',
  'ignore-pattern': '忽略匹配此模式的文件，可重复',
  'ignore': '使用忽略文件和忽略模式（--no-ignore 关闭）',
  'stdin': '从标准输入读取报告（同 -）',
  'stdin-filename': '标准输入报告在输出中的名称；其扩展名决定读取方式',
  'error-on-unmatched-pattern': '模式未匹配任何文件时退出码为 2（--no-error-on-unmatched-pattern 关闭）',
  'inline-config': '遵循 reportlint-disable 注释（--no-inline-config 关闭）',
  'report-unused-disable-directives': '把没有屏蔽任何问题的 reportlint-disable 注释报告为错误',
  'encoding': '报告的文字编码',
  'debug': '内部错误时输出调用栈',
  previous: '上一年度的报告：核对本年“上年结转”与其“结转下年度继续办理”',
  'cache': '只检查自上次运行以来有变化的报告',
  'cache-location': '缓存文件或文件夹（默认 .reportlintcache）',
  'cache-strategy': '判断报告是否变化的方式：content（内容，默认）| metadata（大小和修改时间）',
  'concurrency': '检查大量报告时使用的线程数：数字 | auto | off（默认 off）',
  'suppress-all': '把本次的全部问题记入屏蔽记录文件（审核后接受的问题，重新运行后不再报告）',
  'suppress-rule': '把本次某条规则的问题记入屏蔽记录文件，可重复',
  'prune-suppressions': '从屏蔽记录文件中删除本次已不再出现的记录',
  'suppressions-location': '屏蔽记录文件（默认 reportlint-suppressions.json）',
  'max-file-size': '每份报告的读取上限（MB，默认 20；解压大小、页数等上限随之按比例调整；0 表示不限）',
} as const;

export function buildParser(locale: Locale, version: string): Argv {
  const t = text[locale];
  const d = (name: keyof typeof ZH_DESCRIPTIONS, en: string): string => (locale === 'en' ? en : ZH_DESCRIPTIONS[name]);
  return yargs()
    .scriptName('reportlint')
    .usage(t.usage)
    .locale(locale === 'en' ? 'en' : 'zh_CN')
    .parserConfiguration({ 'duplicate-arguments-array': true, 'greedy-arrays': false })
    .command('$0 [files..]', t.lint, (y) => y.positional('files', { type: 'string', array: true, describe: t.files }))
    .command('extract <files..>', t.extract, (y) => y.positional('files', { type: 'string', array: true, describe: t.extractFiles }))
    .options({
      config: { alias: 'c', type: 'string', requiresArg: true, describe: d('config', 'use this config file for every report (no lookup)') },
      'config-lookup': { type: 'boolean', default: true, describe: d('config-lookup', 'look for .reportlintrc.json upwards from each file (--no-config-lookup)') },
      rule: { type: 'string', requiresArg: true, describe: d('rule', "set one rule, repeatable: --rule 'statistical-period: warn'") },
      plugin: { type: 'string', requiresArg: true, describe: d('plugin', 'load a plugin (package name or path), repeatable') },
      format: { alias: 'f', type: 'string', requiresArg: true, describe: d('format', 'stylish | compact | json | sarif | github | gitlab | eslint-compact | junit | csv | summary-html | a module path; repeatable with a file for the others: -f sarif:report.sarif; for extract: json | text') },
      'output-file': { alias: 'o', type: 'string', requiresArg: true, describe: d('output-file', 'write the findings to this file instead of stdout') },
      quiet: { type: 'boolean', default: false, describe: d('quiet', 'report errors only') },
      'max-warnings': { type: 'number', default: -1, requiresArg: true, describe: d('max-warnings', 'exit 1 when there are more warnings than this') },
      color: { type: 'boolean', describe: d('color', 'force colours on or off (--no-color); NO_COLOR and FORCE_COLOR are honoured') },
      lang: { type: 'string', requiresArg: true, describe: d('lang', 'message language: zh | en (also REPORTLINT_LANG)') },
      'print-config': { type: 'string', requiresArg: true, describe: d('print-config', 'print the configuration that applies to this file, and where it came from') },
      explain: { type: 'string', requiresArg: true, describe: d('explain', 'print the documentation of a rule (requirement, basis, examples)') },
      init: { type: 'boolean', default: false, describe: d('init', 'write a commented .reportlintrc.json here') },
      'ignore-path': { type: 'string', requiresArg: true, describe: d('ignore-path', 'ignore file in gitignore syntax (default .reportlintignore)') },
      'ignore-pattern': { type: 'string', requiresArg: true, describe: d('ignore-pattern', 'ignore files matching this pattern, repeatable') },
      ignore: { type: 'boolean', default: true, describe: d('ignore', 'use the ignore file and patterns (--no-ignore)') },
      stdin: { type: 'boolean', default: false, describe: d('stdin', 'read the report from stdin (same as -)') },
      'stdin-filename': { type: 'string', requiresArg: true, describe: d('stdin-filename', 'name of the stdin report in output; its extension picks the reader') },
      'error-on-unmatched-pattern': { type: 'boolean', default: true, describe: d('error-on-unmatched-pattern', 'exit 2 when a pattern matches no file (--no-error-on-unmatched-pattern)') },
      'inline-config': { type: 'boolean', default: true, describe: d('inline-config', 'honour reportlint-disable comments (--no-inline-config)') },
      'report-unused-disable-directives': { type: 'boolean', default: false, describe: d('report-unused-disable-directives', 'report reportlint-disable comments that suppress nothing, as errors') },
      encoding: { type: 'string', requiresArg: true, choices: ['auto', 'utf8', 'utf-8', 'gb18030', 'gbk', 'big5'], describe: d('encoding', 'text encoding of the reports') },
      previous: { type: 'string', requiresArg: true, describe: d('previous', "last year's report: check this year's carried-over row against its carried-forward row") },
      debug: { type: 'boolean', default: false, describe: d('debug', 'print stack traces of internal failures') },
      cache: { type: 'boolean', default: false, describe: d('cache', 'only re-check reports that changed since the last run') },
      'cache-location': { type: 'string', requiresArg: true, describe: d('cache-location', 'cache file or folder (default .reportlintcache)') },
      'cache-strategy': { type: 'string', requiresArg: true, choices: ['content', 'metadata'], describe: d('cache-strategy', 'how a changed report is detected: content (default) | metadata (size and mtime)') },
      concurrency: { type: 'string', requiresArg: true, describe: d('concurrency', 'threads for many reports: a number | auto | off (default off)') },
      'suppress-all': { type: 'boolean', default: false, describe: d('suppress-all', 'record every finding of this run in the suppressions file (accepted on review: not reported again)') },
      'suppress-rule': { type: 'string', requiresArg: true, describe: d('suppress-rule', "record this run's findings of one rule in the suppressions file, repeatable") },
      'prune-suppressions': { type: 'boolean', default: false, describe: d('prune-suppressions', 'remove suppressions that no longer occur') },
      'suppressions-location': { type: 'string', requiresArg: true, describe: d('suppressions-location', 'the suppressions file (default reportlint-suppressions.json)') },
      'max-file-size': { type: 'string', requiresArg: true, describe: d('max-file-size', 'reading limit per report in MB (default 20); the limits on decompressed size, pages and the rest scale with it; 0: none') },
    })
    .example('$0 examples/', locale === 'en' ? 'lint every report in a folder' : '检查文件夹中的所有报告')
    .example('$0 -f compact "reports/**/*.md"', locale === 'en' ? 'one line per finding, for editors' : '每个问题一行，供编辑器使用')
    .example('$0 - --stdin-filename 2023.md < 2023.md', locale === 'en' ? 'lint stdin' : '检查标准输入')
    .example("$0 --rule 'numeric-cells: off' report.txt", locale === 'en' ? 'switch a rule off for one run' : '本次运行关闭某条规则')
    .example('$0 -f sarif -o reportlint.sarif .', locale === 'en' ? 'SARIF for code scanning' : '输出 SARIF 供代码扫描使用')
    .example('$0 extract report.md', locale === 'en' ? 'print the tables as JSON' : '以 JSON 输出表格数据')
    .example('$0 extract --format text report.pdf', locale === 'en' ? 'print the text read from a PDF' : '输出从 PDF 中读出的文本')
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
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (args as unknown as Record<string, unknown>)[key] = value;
  const maxFileSize = opt<string>('max-file-size');
  if (maxFileSize !== undefined) {
    const mb = Number(maxFileSize);
    if (maxFileSize.trim() === '' || !Number.isFinite(mb) || mb < 0) throw new UsageError(msg('maxFileSizeExpected', { value: maxFileSize }));
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
