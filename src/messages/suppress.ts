/**
 * Inline suppressions: drops findings that a `reportlint-disable…` directive covers (CONVENTIONS §3.6),
 * and on request reports directives that suppressed nothing, so stale ones do not hide future problems.
 * Fatal findings (an unreadable file, a crashed rule) are never suppressed: the check was incomplete.
 */
import type { InputFormat } from '../parser/types.js';
import type { RuleSeverity } from '../rules/types.js';
import { findDirectives, type Directive } from './directives.js';
import { suggestRuleId } from '../config/registry.js';
import type { StampedFinding } from './types.js';

export interface SuppressOptions {
  /** Report unused disable directives: true means as errors (ESLint's flag), or a severity. */
  reportUnused: boolean | RuleSeverity;
  /** Every rule id that exists (built-in and plugin, on or off): a directive naming another is reported. */
  knownRules?: ReadonlySet<string>;
}

const UNKNOWN_TEXT = {
  zh: 'reportlint-{kind} 指令中的规则 "{id}" 不存在',
  en: 'reportlint-{kind} directive names an unknown rule "{id}"',
} as const;
const UNKNOWN_SUGGEST_TEXT = {
  zh: 'reportlint-{kind} 指令中的规则 "{id}" 不存在，是否应为 "{suggestion}"？',
  en: 'reportlint-{kind} directive names an unknown rule "{id}"; did you mean "{suggestion}"?',
} as const;

const UNUSED_TEXT = {
  zh: '未使用的 reportlint-{kind} 指令：{rules} 在此处没有报告问题',
  en: 'Unused reportlint-{kind} directive: no problems were reported from {rules}',
} as const;

export function applySuppressions(
  findings: readonly StampedFinding[],
  text: string,
  format: InputFormat,
  options: SuppressOptions,
): StampedFinding[] {
  const directives = findDirectives(text, format);
  if (directives.length === 0) return [...findings];
  // A misspelt id would otherwise switch nothing off and say nothing: report it where it is written.
  const unknown = options.knownRules ? unknownRuleFindings(directives, options.knownRules) : [];
  // Which (directive, rule) pairs suppressed something: '*' stands for a directive naming no rule.
  const used = new Set<string>();
  const kept = findings.filter((f) => {
    if (f.fatal || f.ruleId === null) return true;
    const by = coveringDirective(directives, f.ruleId, f.position?.start.line ?? 1, f.position?.start.offset);
    if (!by) return true;
    used.add(usageKey(by.directive, by.rule));
    return false;
  });
  kept.push(...unknown);
  if (!options.reportUnused) return kept;
  const severity: RuleSeverity = options.reportUnused === true ? 'error' : options.reportUnused;
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    const named = d.rules.filter((r) => !options.knownRules || options.knownRules.has(r));
    if (d.rules.length > 0 && named.length === 0) continue;
    const unused =
      d.rules.length === 0 ? (used.has(usageKey(d, '*')) ? [] : ['*']) : named.filter((r) => !used.has(usageKey(d, r)));
    if (unused.length === 0) continue;
    kept.push({
      ruleId: null,
      severity,
      messageId: 'unusedDisableDirective',
      text: UNUSED_TEXT,
      data: { kind: d.kind, rules: unused.includes('*') ? 'any rule' : unused.join(', ') },
      position: d.position,
    });
  }
  return kept;
}

function unknownRuleFindings(directives: readonly Directive[], known: ReadonlySet<string>): StampedFinding[] {
  const out: StampedFinding[] = [];
  for (const d of directives) {
    for (const id of d.rules) {
      if (known.has(id)) continue;
      const near = suggestRuleId(id, known);
      out.push({
        ruleId: null,
        severity: 'error',
        messageId: 'unknownRuleInDirective',
        text: near ? UNKNOWN_SUGGEST_TEXT : UNKNOWN_TEXT,
        data: near ? { kind: d.kind, id, suggestion: near } : { kind: d.kind, id },
        position: d.position,
      });
    }
  }
  return out;
}

function usageKey(d: Directive, rule: string): string {
  return `${d.position.start.offset ?? 0}\u0000${rule}`;
}

/** The directive that switches `ruleId` off at this line, if any, and the rule name it matched by. */
function coveringDirective(
  directives: readonly Directive[],
  ruleId: string,
  line: number,
  offset: number | undefined,
): { directive: Directive; rule: string } | undefined {
  const names = (d: Directive): string | undefined =>
    d.rules.length === 0 ? '*' : d.rules.includes(ruleId) ? ruleId : undefined;
  for (const d of directives) {
    const rule = names(d);
    if (!rule) continue;
    if (d.kind === 'disable-file') return { directive: d, rule };
    if ((d.kind === 'disable-line' || d.kind === 'disable-next-line') && d.targetLine === line) return { directive: d, rule };
  }
  // Ranges: the last disable/enable before the finding decides.
  let state: { directive: Directive; rule: string } | undefined;
  for (const d of directives) {
    if (d.kind !== 'disable' && d.kind !== 'enable') continue;
    const start = d.position.start;
    const before = offset !== undefined && start.offset !== undefined ? start.offset <= offset : start.line <= line;
    if (!before) break;
    const rule = names(d);
    if (!rule) continue;
    state = d.kind === 'disable' ? { directive: d, rule } : undefined;
  }
  return state;
}
