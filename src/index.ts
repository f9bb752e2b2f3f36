/**
 * The public library API (re-exports only): what the CLI is a thin layer over, and what editors,
 * CI scripts and plugin authors import. Node entry; the browser-safe core is lint() and the parser.
 */
export { lint, defaultRules, type LintOptions, type ActiveRule } from './engine/lint.js';
export { lintFiles, NoFilesFoundError, REPORT_EXTENSIONS, type LintFilesOptions } from './engine/files.js';
export {
  loadConfig,
  ConfigLoader,
  ConfigError,
  toActiveRules,
  describeConfig,
  parseRuleFlag,
  CONFIG_FILE_NAME,
  type ConfigOptions,
  type PluginLoader,
  type ResolvedConfig,
  type RuleSetting,
  type SettingSeverity,
  type RuleSource,
  type RuleRegistry,
} from './config/loader.js';
export { coerceSetting, coerceSeverity } from './config/severity.js';
export { definePlugin, loadPlugins, validatePlugin, pluginPrefix, type Plugin, type PluginOrigin } from './config/plugins.js';
export { createRegistry, suggestRuleId } from './config/registry.js';
export { editorConfigSchema } from './config/schema.js';
export { formatters, getFormatter, compact, eslintCompact, github, json, sarif, stylish } from './formatters/index.js';
export type { Formatter, FormatterContext } from './formatters/index.js';
export { rules, ruleById } from './rules/index.js';
export { defineRule } from './rules/types.js';
export type {
  Rule,
  RuleMeta,
  RuleContext,
  PreviousReport,
  FindingInput,
  AnyRule,
  Locale,
  LocalizedText,
  RuleSeverity,
  RuleCategory,
  OptionsSchema,
} from './rules/types.js';
export type { LintMessage, LintResult, Severity } from './engine/types.js';
export {
  parseReport,
  detectFormat,
  decode,
  DecodeError,
  type ParseOptions,
  type ParsedReport,
  type EncodingName,
} from './parser/index.js';
export {
  sectionsOf,
  findSection,
  tablesOf,
  findTable,
  paragraphsOf,
  proseOf,
  getRow,
  getCell,
  getValue,
  periodChoice,
  reportPeriod,
  otherPagesPlace,
} from './parser/query.js';
export type * from './parser/types.js';
// Whether a report's organ of kind township is a 乡/镇 people's government (not a street office), and whether one of
// kind government is a 行政公署 (the province's 派出机关, no people's government).
export { isPrefectureOffice, isTownshipGovernment } from './parser/organ-type.js';
// The years a report may be on when its title and period disagree (built-in rules lean on neither then).
export { candidateYears, yearContested } from './parser/report-year.js';
// The domain tables of the format (labels and keys), which built-in rules use: plugins get the same.
export * from './parser/data/sections.js';
export * from './parser/data/active.js';
export * from './parser/data/applications.js';
export * from './parser/data/review.js';
export * from './parser/data/tables.js';
export { regexProblem } from './rules/support/regex-safety.js';
export { InvalidOptionError } from './engine/options-check.js';
export { compileLinear, linearPatternProblem, type LinearRegex } from './rules/support/linear-regex.js';
export { BudgetError, budgetFor, type Budget } from './parser/budget.js';
export { extractReport, type ExtractedReport } from './engine/extract.js';
// Batch review (issue 23): each report's figures, the summary's numbers, the suppressions file.
export { factsOf, keyFigures, type ReportFacts, type KeyFigures } from './engine/facts.js';
export { csv, summaryHtml } from './formatters/index.js';
export { summarize, verdictOf, type BatchSummary, type Verdict } from './formatters/summary-data.js';
export {
  fingerprint,
  applySuppressionFile,
  readSuppressions,
  writeSuppressions,
  DEFAULT_SUPPRESSIONS_FILE,
  type Suppressions,
} from './engine/suppressions.js';
