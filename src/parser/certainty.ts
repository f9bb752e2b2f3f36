/**
 * Reading certainty (docs/architecture.md, "Reading certainty"): for every section and table, whether it was
 * read, is absent (its words occur nowhere in the document), or could not be read (its words are there but
 * nothing could be placed). Rules accuse only what is absent; unreadable-content speaks for the rest.
 */
import type { Certainty, ReadingCertainty, ReportRoot, SectionKey, TableKey } from './types.js';
import { SECTIONS } from './data/sections.js';
import { normaliseLabel } from './labels.js';
import { findTable, sectionsOf } from './query.js';

/** Words that only a table of this kind prints (its row and column labels), normalised. */
const TABLE_EVIDENCE: Readonly<Record<TableKey, readonly string[]>> = {
  active: ['行政规范性文件', '行政事业性收费', '第二十条第'],
  applications: ['本年新收政府信息公开申请', '上年结转政府信息公开申请', '结转下年度继续办理'],
  review: ['结果维持', '结果纠正', '尚未审结'],
};

/** Words any annual report on disclosure carries somewhere (its title, its first sentence). */
const REPORT_WORDS = ['政府信息公开', '政务公开', '年度报告'];

const TABLE_NAMES: Readonly<Record<TableKey, string>> = { active: '表二', applications: '表三', review: '表四' };

/**
 * The certainty of each part, from what the builder placed and what the text holds. `bodyText` is the
 * normalised report text outside clusters that merely list the six subjects (a preamble, a table of contents).
 */
export function assessReading(report: ReportRoot, bodyText: string, tableReading: Partial<Record<TableKey, Certainty>> = {}): ReadingCertainty {
  const present = new Set(sectionsOf(report).map((s) => s.key));
  const sections = Object.fromEntries(
    SECTIONS.map((spec) => {
      if (present.has(spec.key)) return [spec.key, { status: 'read' }];
      const words = spec.variants.some((v) => v.length >= 4 && bodyText.includes(v));
      return [spec.key, words ? { status: 'unreadable', reason: '正文中有该部分标题的字样，但无法确定标题的位置' } : { status: 'absent' }];
    }),
  ) as Record<SectionKey, Certainty>;
  const tables = Object.fromEntries(
    (Object.keys(TABLE_EVIDENCE) as TableKey[]).map((key) => {
      // The table reader saw the table's words in its region and says why it could not read them.
      const told = tableReading[key];
      if (told?.status === 'unreadable') return [key, told];
      if (findTable(report, key)) return [key, { status: 'read' }];
      const words = TABLE_EVIDENCE[key].some((w) => bodyText.includes(w));
      return [key, words ? { status: 'unreadable', reason: `正文中有${TABLE_NAMES[key]}的行列名称，但无法对齐到格式的行列` } : { status: 'absent' }];
    }),
  ) as Record<TableKey, Certainty>;
  // Not a report: nothing of the format anywhere — no section or table words, no words of a report's title.
  const nothing = [...Object.values(sections), ...Object.values(tables)].every((c) => c.status === 'absent');
  const notAReport = nothing && !REPORT_WORDS.some((w) => bodyText.includes(w));
  return { sections, tables, notAReport };
}

export function normalisedBody(text: string): string {
  return normaliseLabel(text);
}
