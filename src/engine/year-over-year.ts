/**
 * Year over year: what a report leaves for next year's `carry-over` check (its organ, year and table 三's
 * 结转下年度继续办理 row, as a tiny ReportRoot: a few numbers, so many files still stream in flat memory), and
 * which reports of one run follow which (same organ, consecutive years). Pure: also runs in the browser.
 */
import { findTable, getRow, sectionsOf } from '../parser/query.js';
import type { ParagraphNode, ReportRoot, RowNode, SectionKey, SectionNode, TableNode } from '../parser/types.js';
import { normalSentences } from '../rules/support/sentences.js';

/** The part of a report that the next year's report is compared with; undefined without a year or table 三. */
export function carrySummary(report: ReportRoot): ReportRoot | undefined {
  const table = findTable(report, 'applications');
  if (report.year === null || !table) return undefined;
  const row = getRow(table, 'carryForward');
  const slimRow: RowNode | undefined = row && {
    type: 'row',
    ...(row.key ? { key: row.key } : {}),
    label: row.label,
    children: row.children.map(({ position: _p, location: _l, ...cell }) => cell),
  };
  const slimTable: TableNode = {
    type: 'table',
    kind: 'applications',
    template: table.template,
    layout: table.layout,
    columns: table.columns,
    missingRows: table.missingRows,
    missingColumns: table.missingColumns,
    unreadableRows: table.unreadableRows.filter((r) => r.key === 'carryForward').map(({ position: _p, ...r }) => r),
    outdatedLabels: [],
    children: slimRow ? [slimRow] : [],
  };
  return {
    type: 'report',
    format: report.format,
    year: report.year,
    organ: report.organ,
    organType: report.organType,
    title: report.title,
    periods: [],
    feeStatements: [],
    feeMentions: [],
    dates: [],
    figures: [],
    claims: [],
    reading: report.reading,
    children: slimSections(report, slimTable),
  };
}

/**
 * Table 三 in its section, and each section's narrative as normalised sentences (stale-content compares this
 * year's with them): one paragraph per distinct sentence, without positions — a few KB per report.
 */
function slimSections(report: ReportRoot, table: TableNode): SectionNode[] {
  const out = new Map<SectionKey, SectionNode>();
  for (const section of sectionsOf(report)) {
    const known = out.get(section.key) ?? {
      type: 'section',
      key: section.key,
      heading: section.heading,
      number: null,
      children: [],
    };
    const seen = new Set(known.children.map((c) => (c.type === 'paragraph' ? c.text : '')));
    for (const block of section.children) {
      if (block.type !== 'paragraph') continue;
      for (const text of normalSentences(block.text)) {
        if (seen.has(text)) continue;
        seen.add(text);
        known.children.push({ type: 'paragraph', text } satisfies ParagraphNode);
      }
    }
    out.set(section.key, known);
  }
  const applications = out.get('applications') ?? {
    type: 'section',
    key: 'applications',
    heading: '',
    number: null,
    children: [],
  };
  applications.children.unshift(table);
  out.set('applications', applications);
  return [...out.values()];
}

/** Organ names as printed vary in spacing only. */
const organKey = (organ: string): string => organ.replace(/\s+/g, '');

/**
 * For each report (by index) the previous year's summary it should be checked against: `explicit` (the CLI's
 * --previous) for every report, otherwise the report of the same organ for the year before, if one was linted.
 */
export function pairWithPreviousYear(
  summaries: ReadonlyArray<ReportRoot | undefined>,
  explicit?: ReportRoot,
): Map<number, ReportRoot> {
  const pairs = new Map<number, ReportRoot>();
  const byOrganYear = new Map<string, ReportRoot>();
  for (const s of summaries) if (s?.organ && s.year !== null) byOrganYear.set(`${organKey(s.organ)}\u0000${s.year}`, s);
  summaries.forEach((s, i) => {
    const previous =
      explicit ?? (s?.organ && s.year !== null ? byOrganYear.get(`${organKey(s.organ)}\u0000${s.year - 1}`) : undefined);
    if (previous && s) pairs.set(i, previous);
  });
  return pairs;
}
