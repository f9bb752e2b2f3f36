/**
 * The numbers behind the batch summary (summary-html): a verdict per report, counts per rule and per organ, the
 * key figures side by side and which of them stand out. Pure data, so tests can assert it without reading HTML.
 */
import { keyFigures, type KeyFigures } from '../engine/facts.js';
import type { LintResult } from '../engine/types.js';
import { relativePath } from './paths.js';
import { placesIn, sameOrganGroups } from '../engine/same-organ.js';

/** 可以发布 (no errors, every part read) · 需要修改 (errors) · 无法完整读取 (fatal, not a report, or a part not read). */
export type Verdict = 'publish' | 'revise' | 'unreadable';
export const VERDICTS: readonly Verdict[] = ['publish', 'revise', 'unreadable'];

export type FigureKey = keyof KeyFigures;
export const FIGURE_KEYS: readonly FigureKey[] = [
  'received',
  'handled',
  'carryForward',
  'grantRate',
  'correctionRate',
  'reviews',
  'lawsuits',
];

export interface ReportRow {
  file: string;
  organ: string | null;
  /**
   * Where the organ is, only when the batch holds reports of two organs or more printing its name (same-organ.ts
   * sameOrganGroups: 城关镇人民政府 of 甲县/ and of 乙县/): the folder of its reports, with the places its texts or
   * file names give where the folder alone does not tell the organs apart.
   */
  where?: string;
  year: number | null;
  verdict: Verdict;
  errors: number;
  warnings: number;
  figures: KeyFigures | null;
  /** Figures far from the rest of the batch (outside the quartiles ± 1.5 × their spread). */
  outliers: FigureKey[];
}

interface RuleCount {
  rule: string;
  errors: number;
  warnings: number;
  reports: number;
}

interface OrganCount {
  organ: string;
  /** As ReportRow's: set only for a name that two organs or more of the batch print. */
  where?: string;
  reports: number;
  errors: number;
  warnings: number;
  verdicts: Record<Verdict, number>;
}

export interface BatchSummary {
  reports: ReportRow[];
  verdicts: Record<Verdict, number>;
  rules: RuleCount[];
  organs: OrganCount[];
  errors: number;
  warnings: number;
}

/**
 * unreadable-content findings that mean a part of the report was not read, for results that carry no facts (a
 * result built by hand through the API): the report as a whole, a table (or an image of one), a section that could
 * not be placed, rows, characters lost in a damaged copy.
 */
const UNREAD_IDS = new Set([
  'notAReport',
  'noBody',
  'publicInstitution',
  'beforeTemplate',
  'ocrScan',
  'ocrText',
  'garbledText',
  'textBoxes',
  'table',
  'tableImage',
  'section',
  'rows',
  'undecodable',
  'replacementCharacters',
  'picturePages',
  'unreadChunks',
  'otherPages',
  'collapsed',
  'cutShort',
  'excerpt',
]);

/**
 * A file that could not be read at all; then errors (需要修改); then a report read only in part (无法完整读取), from
 * the reading in its facts (unread-parts.ts, as the editors' page decides): a rule switched off, --quiet, an inline
 * disable or a suppressions file hides a message, never the fact that a part went unread.
 */
export function verdictOf(result: LintResult): Verdict {
  if (result.fatalErrorCount > 0 || result.notAReport || result.facts?.notAReport) return 'unreadable';
  if (result.errorCount > 0) return 'revise';
  const unread = result.facts?.unread
    ? result.facts.unread.length > 0
    : result.messages.some((m) => m.ruleId === 'unreadable-content' && UNREAD_IDS.has(m.messageId ?? ''));
  return unread ? 'unreadable' : 'publish';
}

/** Readings in which no figure is certain: a table read from them is no evidence (unread-parts.ts keys). */
const UNCERTAIN_READINGS = new Set(['notAReport', 'noBody', 'formatNotChecked', 'ocrScan', 'garbledText', 'textBoxes']);

/**
 * The key figures read with certainty. A report not read at all, or read from an OCR layer, garbled text or text
 * boxes, has none (they would only make outliers of the readable ones). A report read in part keeps the figures of
 * the rows that were read: a figure comes from its table's cells only where their row was placed (figures.ts's
 * usable: null for an unreadable row or table), so one unreadable row of table 二 no longer blanks table 三's and
 * table 四's figures (rtI 9: every figure of a LibreOffice PDF was "—"). Without facts.unread (facts made by hand or
 * cached by an older version), any part unread blanks them all, as before.
 */
function certainFigures(result: LintResult): KeyFigures | null {
  const facts = result.facts;
  if (!facts || result.fatalErrorCount > 0 || result.notAReport || facts.notAReport) return null;
  if (!facts.unread) return verdictOf(result) === 'unreadable' ? null : keyFigures(facts);
  return facts.unread.some((k) => UNCERTAIN_READINGS.has(k)) ? null : keyFigures(facts);
}

export function summarize(results: readonly LintResult[], cwd: string): BatchSummary {
  const reports: ReportRow[] = results.map((r) => ({
    file: relativePath(cwd, r.filePath),
    organ: r.facts?.organ ?? null,
    year: r.facts?.year ?? null,
    verdict: verdictOf(r),
    errors: r.errorCount,
    warnings: r.warningCount,
    figures: certainFigures(r),
    outliers: [],
  }));
  markOutliers(reports);
  placeOrgans(reports, results);
  const verdicts = { publish: 0, revise: 0, unreadable: 0 };
  for (const r of reports) verdicts[r.verdict]++;
  return {
    reports,
    verdicts,
    rules: ruleCounts(results),
    organs: organCounts(reports),
    errors: reports.reduce((n, r) => n + r.errors, 0),
    warnings: reports.reduce((n, r) => n + r.warnings, 0),
  };
}

function ruleCounts(results: readonly LintResult[]): RuleCount[] {
  const byRule = new Map<string, RuleCount & { files: Set<string> }>();
  for (const r of results) {
    for (const m of r.messages) {
      const rule = m.ruleId ?? 'reportlint';
      const entry = byRule.get(rule) ?? { rule, errors: 0, warnings: 0, reports: 0, files: new Set<string>() };
      if (m.severity === 2) entry.errors++;
      else entry.warnings++;
      entry.files.add(r.filePath);
      byRule.set(rule, entry);
    }
  }
  return [...byRule.values()]
    .map(({ files, ...c }) => ({ ...c, reports: files.size }))
    .sort((a, b) => b.errors + b.warnings - (a.errors + a.warnings) || (a.rule < b.rule ? -1 : 1));
}

/**
 * Sets `where` on the reports of each name printed by two organs or more, as the year-over-year pairing tells them
 * apart (rtQ F8: 各机关 merged 甲县's and 乙县's 城关镇人民政府, 南京's and 福州's 鼓楼区教育局, into one row).
 */
function placeOrgans(reports: ReportRow[], results: readonly LintResult[]): void {
  const byName = new Map<string, number[]>();
  reports.forEach((r, i) => {
    if (r.organ) byName.set(r.organ, [...(byName.get(r.organ) ?? []), i]);
  });
  for (const [organ, indices] of byName) {
    if (indices.length < 2) continue;
    const members = indices.map((i) => ({ file: reports[i]!.file, said: results[i]?.facts?.organPlaces }));
    const groups = sameOrganGroups(organ, members);
    const count = Math.max(...groups) + 1;
    if (count < 2) continue;
    const ofGroup = (g: number): typeof members => members.filter((_, k) => groups[k] === g);
    const folders = Array.from({ length: count }, (_, g) => commonFolder(ofGroup(g).map((m) => m.file)));
    const labels = folders.map((folder, g) => {
      if (folders.filter((f) => f === folder).length < 2) return folder || '.';
      // One folder for two organs (a flat download folder): the places their texts or file names give.
      const places = new Set(ofGroup(g).flatMap((m) => [...(m.said ?? []), ...placesIn(m.file.split('/').pop() ?? '')]));
      return `${folder || '.'}${places.size ? ` ${[...places].join('、')}` : ''}`;
    });
    // Still alike: the first file's name tells them apart.
    const where = labels.map((l, g) => (labels.filter((x) => x === l).length < 2 ? l : (ofGroup(g)[0]?.file ?? l)));
    indices.forEach((i, k) => {
      reports[i]!.where = where[groups[k]!];
    });
  }
}

/** The folder every file lies in ('' for the working folder). */
function commonFolder(files: readonly string[]): string {
  const folders = files.map((f) => f.split('/').slice(0, -1));
  const first = folders[0] ?? [];
  let n = 0;
  while (n < first.length && folders.every((f) => f[n] === first[n])) n++;
  return first.slice(0, n).join('/');
}

function organCounts(reports: readonly ReportRow[]): OrganCount[] {
  const byOrgan = new Map<string, OrganCount>();
  for (const r of reports) {
    const organ = r.organ ?? '';
    const key = r.where === undefined ? organ : `${organ}\u0000${r.where}`;
    const entry = byOrgan.get(key) ?? {
      organ,
      ...(r.where !== undefined ? { where: r.where } : {}),
      reports: 0,
      errors: 0,
      warnings: 0,
      verdicts: { publish: 0, revise: 0, unreadable: 0 },
    };
    entry.reports++;
    entry.errors += r.errors;
    entry.warnings += r.warnings;
    entry.verdicts[r.verdict]++;
    byOrgan.set(key, entry);
  }
  const key = (o: OrganCount): string => `${o.organ}\u0000${o.where ?? ''}`;
  return [...byOrgan.values()].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Below this many values a quartile says nothing. */
const MIN_FOR_OUTLIERS = 4;

/**
 * Tukey's fences per figure: outside Q1 − 1.5·IQR … Q3 + 1.5·IQR. In a small or uniform batch the quartiles can
 * coincide (IQR 0), and every figure off the common value would be marked: the reach is then at least half the
 * median, so only a figure far from the usual one stands out.
 */
function markOutliers(reports: ReportRow[]): void {
  for (const key of FIGURE_KEYS) {
    const values = reports.map((r) => r.figures?.[key]).filter((v): v is number => typeof v === 'number');
    if (values.length < MIN_FOR_OUTLIERS) continue;
    const sorted = [...values].sort((a, b) => a - b);
    const q1 = quantile(sorted, 0.25);
    const q3 = quantile(sorted, 0.75);
    const median = quantile(sorted, 0.5);
    const reach = Math.max(1.5 * (q3 - q1), 0.5 * Math.abs(median));
    for (const r of reports) {
      const v = r.figures?.[key];
      if (typeof v === 'number' && (v < q1 - reach || v > q3 + reach)) r.outliers.push(key);
    }
  }
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}
