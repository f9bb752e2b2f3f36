/**
 * The command-line grammar (yargs, strict, no option taking several values): flag names follow
 * CONVENTIONS §3.2 so ESLint and markdownlint-cli2 users find what they expect. Repeatable flags
 * (--rule, --ignore-pattern, --plugin) take one value each time. The options themselves are a table in
 * args.ts; this module (and yargs) loads only for help, version, errors and arguments quick-args.ts
 * does not vouch for.
 */
import yargs, { type Argv, type Options } from 'yargs';
import type { Locale } from '../rules/types.js';
import { OPTIONS, type OptionName } from './args.js';

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
    extract:
      "print the data read from reports (JSON), or with --format text the text read (what findings' lines and columns refer to)",
    files: 'files, folders or globs; - reads stdin',
    extractFiles: 'report files; - reads stdin',
  },
} as const;

const ZH_DESCRIPTIONS = {
  config: '所有报告都使用此配置文件（不再逐级查找）',
  'config-lookup': '从每个文件所在文件夹向上查找 .reportlintrc.json（--no-config-lookup 关闭）',
  rule: "设置一条规则，可重复：--rule 'statistical-period: warn'",
  plugin: '加载插件（包名或路径），可重复',
  format:
    '输出格式：stylish | compact | json | sarif | github | gitlab | eslint-compact | junit | csv | summary-html | 模块路径；可重复，其余格式写入文件：-f sarif:report.sarif；extract 用 json | text',
  'output-file': '把结果写入此文件而不是标准输出',
  quiet: '只报告错误',
  'max-warnings': '警告数超过此值时退出码为 1',
  color: '强制开启或关闭颜色（--no-color）；遵循 NO_COLOR、FORCE_COLOR',
  lang: '消息语言：zh | en（也可用环境变量 REPORTLINT_LANG）',
  'print-config': '显示适用于该文件的配置及其来源',
  explain: '显示某条规则的说明（要求、依据、示例）',
  init: '在当前文件夹写入带注释的 .reportlintrc.json',
  'ignore-path': '忽略文件（gitignore 语法，默认 .reportlintignore）',
  'ignore-pattern': '忽略匹配此模式的文件，可重复',
  ignore: '使用忽略文件和忽略模式（--no-ignore 关闭）',
  stdin: '从标准输入读取报告（同 -）',
  'stdin-filename': '标准输入报告在输出中的名称；其扩展名决定读取方式',
  'error-on-unmatched-pattern': '模式未匹配任何文件时退出码为 2（--no-error-on-unmatched-pattern 关闭）',
  'inline-config': '遵循 reportlint-disable 注释（--no-inline-config 关闭）',
  'report-unused-disable-directives': '把没有屏蔽任何问题的 reportlint-disable 注释报告为错误',
  encoding: '报告的文字编码',
  debug: '内部错误时输出调用栈',
  previous: '上一年度的报告：核对本年“上年结转”与其“结转下年度继续办理”',
  cache: '只检查自上次运行以来有变化的报告',
  'cache-location': '缓存文件或文件夹（默认 .reportlintcache）',
  'cache-strategy': '判断报告是否变化的方式：content（内容，默认）| metadata（大小和修改时间）',
  concurrency: '检查大量报告时使用的线程数：数字 | auto | off（默认 off）',
  'suppress-all': '把本次的全部问题记入屏蔽记录文件（审核后接受的问题，重新运行后不再报告）',
  'suppress-rule': '把本次某条规则的问题记入屏蔽记录文件，可重复',
  'prune-suppressions': '从屏蔽记录文件中删除本次已不再出现的记录',
  'suppressions-location': '屏蔽记录文件（默认 reportlint-suppressions.json）',
  'max-file-size': '每份报告的读取上限（MB，默认 20；解压大小、页数等上限随之按比例调整；0 表示不限）',
} as const;

/** The option table with each description in the run's language. */
function describedOptions(locale: Locale): Record<string, Options> {
  return Object.fromEntries(
    (Object.entries(OPTIONS) as Array<[OptionName, (typeof OPTIONS)[OptionName]]>).map(([name, { en, ...spec }]) => [
      name,
      {
        ...spec,
        ...('choices' in spec ? { choices: [...spec.choices] } : {}),
        describe: locale === 'en' ? en : ZH_DESCRIPTIONS[name],
      },
    ]),
  );
}

export function buildParser(locale: Locale, version: string): Argv {
  const t = text[locale];
  return yargs()
    .scriptName('reportlint')
    .usage(t.usage)
    .locale(locale === 'en' ? 'en' : 'zh_CN')
    .parserConfiguration({ 'duplicate-arguments-array': true, 'greedy-arrays': false })
    .command('$0 [files..]', t.lint, (y) => y.positional('files', { type: 'string', array: true, describe: t.files }))
    .command('extract <files..>', t.extract, (y) =>
      y.positional('files', { type: 'string', array: true, describe: t.extractFiles }),
    )
    .options(describedOptions(locale))
    .example('$0 examples/', locale === 'en' ? 'lint every report in a folder' : '检查文件夹中的所有报告')
    .example(
      '$0 -f compact "reports/**/*.md"',
      locale === 'en' ? 'one line per finding, for editors' : '每个问题一行，供编辑器使用',
    )
    .example('$0 - --stdin-filename 2023.md < 2023.md', locale === 'en' ? 'lint stdin' : '检查标准输入')
    .example(
      "$0 --rule 'numeric-cells: off' report.txt",
      locale === 'en' ? 'switch a rule off for one run' : '本次运行关闭某条规则',
    )
    .example('$0 -f sarif -o reportlint.sarif .', locale === 'en' ? 'SARIF for code scanning' : '输出 SARIF 供代码扫描使用')
    .example('$0 extract report.md', locale === 'en' ? 'print the tables as JSON' : '以 JSON 输出表格数据')
    .example(
      '$0 extract --format text report.pdf',
      locale === 'en' ? 'print the text read from a PDF' : '输出从 PDF 中读出的文本',
    )
    .strict()
    .exitProcess(false)
    .version(version)
    .alias('v', 'version')
    .help()
    .alias('h', 'help')
    .wrap(Math.min(110, 120));
}
