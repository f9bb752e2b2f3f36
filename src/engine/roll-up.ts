/**
 * The roll-up check (issue 23), an engine pass over a whole run rather than a rule: a rule sees one report, and
 * this compares several. Configured by `"hierarchy": { "某市人民政府": ["某市教育局", …] }`; off without it. A
 * parent's table 三 总计 column and table 四 against the sum of its subordinates' reports of the same year in
 * the run: one warning lists the cells that differ, another the subordinates whose report is not in the run.
 * Works on each result's `facts` only, so it is pure (browser-safe) and cheap.
 */
import { APPLICATION_ROWS } from '../parser/data/applications.js';
import { REVIEW_COLUMN_LABELS, REVIEW_GROUP_LABELS } from '../parser/data/review.js';
import type { ReportFacts } from './facts.js';
import type { Locale } from '../rules/types.js';
import type { LintMessage, LintResult } from './types.js';
import { countMessages } from './lint.js';
import { fillTemplate } from '../i18n/messages.js';

const ROLL_UP_ID = 'roll-up';

type Hierarchy = Readonly<Record<string, readonly string[]>>;

const TEXT = {
  mismatch: {
    zh: '与下级机关报告之和不一致（{count} 处）：{cells}',
    en: 'Differs from the sum of the subordinate organs’ reports in {count} place(s): {cells}',
  },
  cell: { zh: '{where} 为 {actual}，下级之和为 {expected}', en: '{where} is {actual}, the subordinates sum to {expected}' },
  missing: {
    zh: '本次检查中没有下级机关 {organs} 的 {year} 年度报告，无法全部核对汇总数',
    en: 'No {year} report of {organs} in this run: the roll-up cannot be checked in full',
  },
} as const;

const organKey = (organ: string): string => organ.replace(/\s+/g, '');
const ROW_LABELS = new Map(APPLICATION_ROWS.map((r) => [r.key, r.label]));

export interface RollUpInput {
  result: LintResult;
  facts?: ReportFacts | undefined;
  hierarchy?: Hierarchy | undefined;
  lang: Locale;
}

/** The results with roll-up warnings added to the parents' reports (others unchanged, order kept). */
export function rollUp(inputs: readonly RollUpInput[]): LintResult[] {
  const byOrganYear = new Map<string, ReportFacts>();
  for (const { facts } of inputs)
    if (facts?.organ && facts.year !== null) byOrganYear.set(`${organKey(facts.organ)}\u0000${facts.year}`, facts);
  return inputs.map(({ result, facts, hierarchy, lang }) => {
    if (!hierarchy || !facts?.organ || facts.year === null) return result;
    const entry = Object.entries(hierarchy).find(([parent]) => organKey(parent) === organKey(facts.organ as string));
    if (!entry) return result;
    const children = entry[1].map((name) => ({ name, facts: byOrganYear.get(`${organKey(name)}\u0000${facts.year}`) }));
    const present = children.flatMap((c) => (c.facts ? [c.facts] : []));
    const added: LintMessage[] = [];
    const missing = children.filter((c) => !c.facts).map((c) => c.name);
    if (missing.length) {
      const organs = missing.join(lang === 'en' ? ', ' : '、');
      added.push(
        warning(fillTemplate(TEXT.missing[lang], { organs, year: facts.year }), 'missing', facts.lines?.applications ?? 1, {
          organs,
          year: facts.year,
        }),
      );
    }
    const cells = present.length ? differences(facts, present, lang) : [];
    if (cells.length) {
      const first = cells[0]!;
      const line = (first.table === 'applications' ? facts.lines?.applications : facts.lines?.review) ?? 1;
      const text = cells
        .map((c) => fillTemplate(TEXT.cell[lang], { where: c.where, actual: c.actual, expected: c.expected }))
        .join(lang === 'en' ? '; ' : '；');
      added.push(
        warning(fillTemplate(TEXT.mismatch[lang], { count: cells.length, cells: text }), 'mismatch', line, {
          count: cells.length,
          cells: text,
        }),
      );
    }
    if (!added.length) return result;
    const messages = [...result.messages, ...added].sort((a, b) => a.line - b.line || a.column - b.column);
    const { messages: _m, errorCount: _e, warningCount: _w, fatalErrorCount: _f, ...rest } = result;
    return { ...rest, ...countMessages(result.filePath, messages) };
  });
}

interface Difference {
  table: 'applications' | 'review';
  where: string;
  actual: number;
  expected: number;
}

/** Cells where the parent's figure differs from its subordinates' sum; a cell unknown anywhere is skipped. */
function differences(parent: ReportFacts, children: readonly ReportFacts[], lang: Locale): Difference[] {
  const out: Difference[] = [];
  const compare = (table: Difference['table'], key: string, where: string): void => {
    const actual = parent[table]?.[key];
    const values = children.map((c) => c[table]?.[key]);
    if (typeof actual !== 'number' || values.some((v) => typeof v !== 'number')) return;
    const expected = (values as number[]).reduce((s, v) => s + v, 0);
    if (actual !== expected) out.push({ table, where, actual, expected });
  };
  for (const { key } of APPLICATION_ROWS) {
    const label = ROW_LABELS.get(key) ?? key;
    compare('applications', key, lang === 'en' ? `table 3 ${label} (total)` : `表三「${label}」总计`);
  }
  for (const [group, groupLabel] of Object.entries(REVIEW_GROUP_LABELS)) {
    for (const [column, columnLabel] of Object.entries(REVIEW_COLUMN_LABELS)) {
      compare(
        'review',
        `${group}.${column}`,
        lang === 'en' ? `table 4 ${groupLabel} ${columnLabel}` : `表四「${groupLabel}」${columnLabel}`,
      );
    }
  }
  return out;
}

function warning(message: string, messageId: string, line: number, data: Record<string, string | number>): LintMessage {
  return { ruleId: ROLL_UP_ID, severity: 1, messageId, message, line, column: 1, data };
}
