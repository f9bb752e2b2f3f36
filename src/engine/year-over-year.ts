/**
 * Year over year: what a report leaves for next year's `carry-over` check (its organ, year and table 三's
 * 结转下年度继续办理 row, as a tiny ReportRoot: a few numbers, so many files still stream in flat memory), and
 * which reports of one run follow which (same organ, consecutive years). Pure: also runs in the browser.
 */
import { findTable, getRow, sectionsOf } from '../parser/query.js';
import type { ParagraphNode, ReportRoot, RowNode, SectionKey, SectionNode, TableNode } from '../parser/types.js';
import { normalSentences } from '../rules/support/sentences.js';
import { yearContested } from '../parser/report-year.js';
import { mayBeSameOrgan, placesBefore } from './same-organ.js';

/**
 * The part of a report that the next year's report is compared with; undefined without a year or table 三, or
 * when its title and its period name different years (which year's it is cannot be told).
 */
export function carrySummary(report: ReportRoot): CarrySummary | undefined {
  const table = findTable(report, 'applications');
  if (report.year === null || !table || yearContested(report)) return undefined;
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
    organPlaces: organPlacesOf(report),
  };
}

/** A report's summary for next year's check, with the places its text set before its organ's name. */
export type CarrySummary = ReportRoot & { organPlaces: string[] };

/**
 * The places a report's own text sets before its organ's name (same-organ.ts placesBefore: 乙县 of 乙县城关镇人民政府
 * above its signature), in its title, preamble and sections; a summary keeps them (its sentences are normalised).
 */
export function organPlacesOf(report: ReportRoot | CarrySummary): string[] {
  if ('organPlaces' in report) return report.organPlaces;
  if (!report.organ) return [];
  // Asked of one report by its year key, its summary and its facts: its paragraphs are read once.
  const known = placesRead.get(report);
  if (known) return known;
  const texts: string[] = report.title ? [report.title] : [];
  for (const part of report.children) for (const block of part.children) if (block.type === 'paragraph') texts.push(block.text);
  const places = placesBefore(report.organ, texts);
  placesRead.set(report, places);
  return places;
}
const placesRead = new WeakMap<ReportRoot, string[]>();

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
/** The key of an organ's year, as the pairing and the YearBook (year-book.ts) compare them. */
export const organYearKey = (organ: string, year: number): string => `${organKey(organ)}\u0000${year}`;

/**
 * Which report is which organ's for which year: all a result keeps through a run for the year-over-year pass
 * (a few bytes, so a batch of any size stays flat in memory); the previous year's summary itself is read
 * again only for the reports that turn out to have one (files.ts).
 */
export interface YearKey {
  organ: string | null;
  year: number;
  /** The places the report's text sets before its organ's name (organPlacesOf), when it sets any. */
  places?: string[];
}

/**
 * The key of a report that would leave a summary (carrySummary: a year and table 三), or of such a summary
 * itself (it keeps both): its organ and year.
 */
export function yearKeyOf(report: ReportRoot): YearKey | undefined {
  // A year the title and the period dispute pairs the report with no other (report-year.ts).
  if (report.year === null || !findTable(report, 'applications') || yearContested(report)) return undefined;
  const places = organPlacesOf(report);
  return { organ: report.organ, year: report.year, ...(places.length ? { places } : {}) };
}

/**
 * For each report (by index) the indices of the reports of the same organ for the year before, in path order:
 * all of them, since a run may hold an original and its 更正版, or the HTML and the PDF of one report, and
 * which one is right cannot be told (carry-over accuses only when none agrees). With the reports' files, an
 * organ whose name does not say where it is (城关镇人民政府) is paired only where the paths do not say two places
 * (same-organ.ts); never two reports whose texts set two places before the name (`places`).
 */
export function pairWithPreviousYear(
  keys: ReadonlyArray<YearKey | undefined>,
  files?: ReadonlyArray<string>,
): Map<number, number[]> {
  const pairs = new Map<number, number[]>();
  const byOrganYear = new Map<string, number[]>();
  keys.forEach((k, i) => {
    if (!k?.organ) return;
    const key = organYearKey(k.organ, k.year);
    byOrganYear.set(key, [...(byOrganYear.get(key) ?? []), i]);
  });
  keys.forEach((k, i) => {
    const organ = k?.organ;
    if (!organ) return;
    const file = files?.[i];
    const previous = (byOrganYear.get(organYearKey(organ, k.year - 1)) ?? []).filter(
      (j) =>
        file === undefined ||
        files?.[j] === undefined ||
        mayBeSameOrgan(organ, file, files[j], { file: k.places, other: keys[j]?.places }),
    );
    if (previous.length) pairs.set(i, previous);
  });
  return pairs;
}
