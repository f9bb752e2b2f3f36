/**
 * The engine for one document: decode → adapter → report → rules → stamp → suppress → dedupe → sort → localize.
 * No file I/O here (it runs in the browser too); reading files and configs lives in src/engine/files.ts and src/config/loader.ts.
 */
import { BudgetError, parseReport, type ParsedReport, type ParseOptions } from '../parser/index.js';
import type { ReportNode, ReportRoot } from '../parser/types.js';
import type { AnyRule, FindingInput, Locale, PreviousReport, RuleSeverity, Subordinates } from '../rules/types.js';
import { rules as builtinRules } from '../rules/index.js';
import unreadableContent from '../rules/unreadable-content.js';
import carryOver from '../rules/carry-over.js';
import type { LintMessage, LintResult } from './types.js';
import type { StampedFinding } from '../messages/types.js';
import { dedupeFindings } from '../messages/dedupe.js';
import { sortFindings } from '../messages/sort.js';
import { localizeFinding } from '../messages/localize.js';
import { applySuppressions } from '../messages/suppress.js';
import { isEmptyDocument, unreadableText } from '../messages/unreadable.js';
import { LocalizedError, msg } from '../i18n/messages.js';
import { TimeLimitError } from '../parser/time-limit.js';
import { runGuardedRules, type Breach, type RuleRun } from './rule-runner.js';
import { builtinRegistry } from '../config/registry.js';
import { checkInput, checkOptions } from './options-check.js';
import { carryOverCheckOf } from './carry-over-check.js';
import { linesMeanLittle, placeOf } from './finding-place.js';

/** A rule switched on, with its configured severity and options. */
export interface ActiveRule {
  /** The id findings carry: a built-in id, or `<plugin>/<rule-id>`. */
  id: string;
  rule: AnyRule;
  /** 'error' keeps the rule's per-message `severities` and makes the rest errors; 'warn' makes every finding a warning. */
  severity: RuleSeverity;
  options?: unknown;
}

export interface LintOptions extends ParseOptions {
  /** The rules to run; by default every recommended built-in rule at its default severity. */
  rules?: readonly ActiveRule[];
  /** The only clock rules see. */
  now?: Date;
  lang?: Locale;
  /**
   * Last year's report of the same organ (for carry-over): one report, or every report of that year the run
   * holds (an original and its 更正版), each with the file it was read from.
   */
  previous?: ReportRoot | readonly PreviousReport[];
  /** For a parent organ's report: its subordinates' reports (for roll-up; lintFiles finds them by `hierarchy`). */
  subordinates?: Subordinates;
  /** Honour inline `reportlint-disable` comments (default true). */
  inlineConfig?: boolean;
  reportUnusedDisableDirectives?: boolean;
  /**
   * Every rule id that exists (on or off), so a disable comment naming another is reported; by default the
   * built-in rules and the rules given. lintFiles passes the config's registry (plugin rules included).
   */
  knownRuleIds?: Iterable<string>;
  /** Base of docs links for built-in rules. */
  docsBase?: string;
}

const DEFAULT_DOCS_BASE = 'https://github.com/reportlint/reportlint/blob/main/docs/rules/';

/** The recommended preset (src/config/registry.ts) as active rules: what lint() runs when given no rules. */
export function defaultRules(): ActiveRule[] {
  const registry = builtinRegistry();
  return [...registry.recommended()].map(([id, setting]) => ({
    id,
    rule: registry.rules.get(id) as AnyRule,
    severity: setting.severity as RuleSeverity,
  }));
}

/**
 * Lints one document given as bytes or text. Never throws for a bad document (it becomes a fatal message);
 * misuse of the API (input that is not text or bytes, an invalid option) is an InvalidOptionError.
 */
export async function lint(input: string | Uint8Array, options: LintOptions = {}): Promise<LintResult> {
  // Misuse of the API (not bad documents) is a typed error: InvalidOptionError.
  checkInput(input);
  checkOptions(options);
  const filePath = options.filePath ?? '<input>';
  let parsed: ParsedReport;
  try {
    parsed = await parseReport(input, options);
  } catch (error) {
    return fatalResult(filePath, error, 'unreadable', options.lang ?? 'zh');
  }
  return lintParsed(filePath, parsed, options);
}

/** The rules and the message pipeline over an already parsed report (for callers that keep the report too). */
export async function lintParsed(filePath: string, parsed: ParsedReport, options: LintOptions): Promise<LintResult> {
  if (isEmptyDocument(parsed.text)) {
    const empty = fatalResult(filePath, new LocalizedError(msg('emptyDocument')), 'emptyDocument', options.lang ?? 'zh');
    return { ...empty, format: parsed.format, ...(parsed.encoding ? { encoding: parsed.encoding } : {}), source: parsed.text };
  }
  const result = finishResult(filePath, parsed, await runRules(parsed.report, options), options);
  if (result.fatalErrorCount > 0) return result;
  const ruleOn = (options.rules ?? defaultRules()).some((r) => r.rule === carryOver);
  const check = carryOverCheckOf(parsed.report, ruleOn, previousList(options.previous));
  return check ? { ...result, carryOverCheck: check } : result;
}

/**
 * Runs the rules over a parsed report (src/rule-runner.ts: async rules awaited, plugin rules on a frozen
 * copy, findings checked when reported); a rule that throws becomes one internal-error finding.
 */
export function runRules(report: ReportRoot, options: LintOptions): Promise<StampedFinding[]> {
  const all = options.rules ?? defaultRules();
  // A document that is not an annual report, holds only a report's title, is a scan whose text is an OCR
  // layer, a PDF whose text layer is partly garbled, or a .docx of floating text boxes (a PDF converted to Word:
  // reading order unknown) gets one finding (unreadable-content's), not one per rule.
  const reading = report.reading;
  const active =
    reading?.notAReport ||
    reading?.noBody ||
    reading?.formatNotChecked ||
    reading?.ocrScan ||
    reading?.garbledText ||
    reading?.textBoxes
      ? all.filter((r) => r.rule === unreadableContent)
      : all;
  const now = options.now ?? new Date();
  const previousReports = previousList(options.previous);
  const builtin = new Set<unknown>(builtinRules);
  const runs: RuleRun[] = active.map((entry) => ({
    id: entry.id,
    trusted: builtin.has(entry.rule),
    check: (input, reportFinding) =>
      entry.rule.check(input, {
        options: mergeOptions(entry.rule.meta.defaultOptions, entry.options),
        now: new Date(now.getTime()),
        ...(previousReports.length ? { previous: previousReports[0]!.report, previousReports } : {}),
        ...(options.subordinates ? { subordinates: options.subordinates } : {}),
        report: reportFinding,
      }),
    stamp: (finding: FindingInput<string>) => stamp(entry, finding, options.docsBase),
    crashed: (reason) => internalError(entry, reason, options.docsBase),
  }));
  return runGuardedRules(report, runs);
}

/** `previous` as a list: a bare report is one entry without a file name. */
function previousList(previous: LintOptions['previous']): readonly PreviousReport[] {
  if (!previous) return [];
  return 'type' in previous ? [{ report: previous }] : previous;
}

export function finishResult(
  filePath: string,
  parsed: ParsedReport,
  findings: StampedFinding[],
  options: LintOptions,
): LintResult {
  const suppressed =
    options.inlineConfig === false
      ? findings
      : applySuppressions(findings, parsed.text, parsed.format, {
          reportUnused: options.reportUnusedDisableDirectives ?? false,
          knownRules: new Set([
            ...(options.knownRuleIds ?? builtinRules.map((r) => r.meta.id)),
            ...(options.rules ?? []).map((r) => r.id),
          ]),
        });
  const messages = sortFindings(dedupeFindings(suppressed)).map((f) => localizeFinding(f, options.lang ?? 'zh'));
  if (linesMeanLittle(parsed.format)) {
    for (const m of messages) if (!m.location) m.location = placeOf(parsed.report, parsed.pages, m);
  }
  return {
    ...countMessages(filePath, messages),
    format: parsed.format,
    ...(parsed.encoding ? { encoding: parsed.encoding } : {}),
    ...(parsed.report.reading?.notAReport ? { notAReport: true } : {}),
    source: parsed.text,
  };
}

export function countMessages(filePath: string, messages: LintMessage[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fatalErrorCount = 0;
  for (const m of messages) {
    if (m.severity === 2) errorCount++;
    else warningCount++;
    if (m.fatal) fatalErrorCount++;
  }
  return { filePath, messages, errorCount, warningCount, fatalErrorCount };
}

/** A file that could not be read or parsed: one fatal message with ruleId null, worded in `lang`. */
export function fatalResult(filePath: string, error: unknown, messageId = 'unreadable', lang: Locale = 'zh'): LintResult {
  const message: LintMessage = {
    ruleId: null,
    severity: 2,
    fatal: true,
    messageId: error instanceof BudgetError ? 'overBudget' : messageId,
    message: unreadableText(error, lang),
    line: 1,
    column: 1,
  };
  return countMessages(filePath, [message]);
}

function stamp(entry: ActiveRule, finding: FindingInput<string>, docsBase?: string): StampedFinding {
  const meta = entry.rule.meta;
  const text = meta.messages[finding.messageId];
  if (!text) throw new Error(`rule ${entry.id} reported an unknown messageId "${finding.messageId}"`);
  const severity: RuleSeverity = entry.severity === 'warn' ? 'warn' : (meta.severities?.[finding.messageId] ?? 'error');
  const position = finding.place ?? finding.node.position;
  const location = 'location' in finding.node ? finding.node.location : undefined;
  const hint = meta.hints?.[finding.messageId];
  const out: StampedFinding = { ruleId: entry.id, severity, messageId: finding.messageId, text };
  if (hint) out.hint = hint;
  if (finding.data) out.data = finding.data;
  if (position) out.position = position;
  if (location) out.location = location;
  if (finding.actual !== undefined) out.actual = finding.actual;
  if (finding.expected !== undefined) out.expected = finding.expected;
  if (finding.related?.length) {
    out.related = finding.related.map((r) => {
      const relatedText = meta.messages[r.messageId];
      if (!relatedText) throw new Error(`rule ${entry.id} reported an unknown messageId "${r.messageId}"`);
      const where = 'location' in r.node ? r.node.location : undefined;
      return {
        text: relatedText,
        ...(r.data ? { data: r.data } : {}),
        ...positionOf(r.node),
        ...(where ? { location: where } : {}),
      };
    });
  }
  const docsUrl = docsUrlOf(entry, docsBase);
  if (docsUrl) out.docsUrl = docsUrl;
  return out;
}

function positionOf(node: ReportNode): { position?: NonNullable<ReportNode['position']> } {
  return node.position ? { position: node.position } : {};
}

/** A rule's docs page: its own, else (built-in rules) the page under docsBase; plugin rules without one have none. */
function docsUrlOf(entry: ActiveRule, docsBase?: string): string | undefined {
  return entry.rule.meta.docsUrl ?? (entry.id.includes('/') ? undefined : `${docsBase ?? DEFAULT_DOCS_BASE}${entry.id}.md`);
}

/**
 * What the engine saw a rule do (never settle, change built-ins, report late) is worded in the run's language; any
 * other crash quotes the rule's own error.
 */
const TIMED_OUT = {
  zh: '规则 {rule} 在 {seconds} 秒内没有完成（可在配置中关闭该规则）',
  en: 'Rule {rule} did not finish within {seconds} s (it can be switched off in the configuration)',
};
const CHANGED_BUILTINS = {
  zh: '规则 {rule} 改动了内置对象（{names}），已恢复原样（可在配置中关闭该规则）',
  en: 'Rule {rule} changed built-in objects ({names}); they were restored (it can be switched off in the configuration)',
};
const LATE_FINDING = {
  zh: '规则 {rule} 在 check() 返回之后才报告问题，该问题未计入（请 await 异步操作，或同步报告）',
  en: 'Rule {rule} reported a finding after check() had returned; it was not counted (await it, or report synchronously)',
};
const CRASHED = {
  zh: '规则 {rule} 运行出错：{reason}（可在配置中关闭该规则）',
  en: 'Rule {rule} crashed: {reason} (it can be switched off in the configuration)',
};

function internalError(entry: ActiveRule, error: string | TimeLimitError | Breach, docsBase?: string): StampedFinding {
  const docsUrl = docsUrlOf(entry, docsBase);
  return {
    ruleId: entry.id,
    severity: 'error',
    fatal: true,
    ...crashWording(entry.id, error),
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
    ...(docsUrl ? { docsUrl } : {}),
  };
}

function crashWording(
  rule: string,
  error: string | TimeLimitError | Breach,
): Pick<StampedFinding, 'messageId' | 'text' | 'data'> {
  if (typeof error === 'string') return { messageId: 'internalError', text: CRASHED, data: { rule, reason: error } };
  if (error instanceof TimeLimitError)
    return { messageId: 'timedOut', text: TIMED_OUT, data: { rule, seconds: error.ms / 1000 } };
  return error.kind === 'changedBuiltins'
    ? { messageId: 'changedBuiltins', text: CHANGED_BUILTINS, data: { rule, names: error.names } }
    : { messageId: 'lateFinding', text: LATE_FINDING, data: { rule } };
}

function mergeOptions(defaults: unknown, given: unknown): unknown {
  if (given === undefined) return defaults;
  if (isPlainObject(defaults) && isPlainObject(given)) return { ...defaults, ...given };
  return given;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
