/**
 * The few figures of one report that a batch summary sets side by side (issue 23): organ, year, the key totals of
 * tables 三 and 四, and the per-row totals the roll-up check adds up. Kept on a LintResult only when a summary
 * format asks for them, so formatters never parse. Pure: also runs in the browser.
 */
import { findTable } from '../parser/query.js';
import type { ReportRoot, TableKey } from '../parser/types.js';
import { applicationTotals, reviewCells } from '../rules/support/figures.js';
import { readingOf } from './extract.js';
import { unreadKeys } from './unread-parts.js';
import { organPlacesOf } from './year-over-year.js';

export interface ReportFacts {
  organ: string | null;
  /**
   * The places the report's own text sets before its organ's name (year-over-year.ts organPlacesOf: 乙县 of
   * 乙县城关镇人民政府 above its signature), when it sets any: the summary tells same-named organs apart as the
   * pairing does (same-organ.ts sameOrganGroups).
   */
  organPlaces?: string[];
  year: number | null;
  /** The document is not an annual report, or a table could not be read at all. */
  notAReport: boolean;
  unreadableTables: TableKey[];
  /**
   * Every part not read (unread-parts.ts: `table:applications`, `section:review`, `undecodable`…), from the reading
   * itself, so the summary's verdict does not turn 可以发布 when a message saying so was switched off or suppressed.
   * Absent in facts built by hand or cached by an older version: the summary then reads the messages.
   */
  unread?: string[];
  /** Table 三's 总计 column by row key (new, carried, granted, …, handled, carryForward); null when blank or unreadable. */
  applications: Record<string, number | null> | null;
  /** Table 四 by `group.column` (review.total, litigation.corrected …). */
  review: Record<string, number | null> | null;
  /** Where tables 三 and 四 start (1-based lines), for findings about them made outside the rules. */
  lines?: { applications?: number; review?: number };
}

/** The facts of a parsed report. */
export function factsOf(report: ReportRoot): ReportFacts {
  const unreadableTables = (Object.entries(report.reading?.tables ?? {}) as Array<[TableKey, { status: string }]>)
    .filter(([, c]) => c.status === 'unreadable')
    .map(([k]) => k);
  const applications = findTable(report, 'applications');
  const review = findTable(report, 'review');
  const lines = {
    ...(applications?.position ? { applications: applications.position.start.line } : {}),
    ...(review?.position ? { review: review.position.start.line } : {}),
  };
  const organPlaces = organPlacesOf(report);
  return {
    organ: report.organ,
    ...(organPlaces.length ? { organPlaces } : {}),
    year: report.year,
    notAReport: report.reading?.notAReport ?? false,
    unreadableTables,
    unread: report.reading ? unreadKeys(readingOf(report)) : [],
    applications: applicationTotals(applications),
    review: reviewCells(review),
    lines,
  };
}

/** The key figures an evaluator compares across reports; a ratio is null when its denominator is 0 or unknown. */
export interface KeyFigures {
  received: number | null;
  handled: number | null;
  carryForward: number | null;
  /** (予以公开 + 部分公开) / 办结 */
  grantRate: number | null;
  /** 行政复议 结果纠正 / 总计 */
  correctionRate: number | null;
  reviews: number | null;
  lawsuits: number | null;
}

export function keyFigures(facts: ReportFacts): KeyFigures {
  const a = facts.applications;
  const r = facts.review;
  const get = (v: number | null | undefined): number | null => (v === undefined ? null : v);
  const granted = get(a?.granted);
  const partial = get(a?.partial);
  const handled = get(a?.handled);
  const reviews = get(r?.['review.total']);
  const corrected = get(r?.['review.corrected']);
  const direct = get(r?.['litigation.total']);
  const after = get(r?.['litigationAfterReview.total']);
  return {
    received: get(a?.new),
    handled,
    carryForward: get(a?.carryForward),
    grantRate: granted !== null && partial !== null && handled ? (granted + partial) / handled : null,
    correctionRate: corrected !== null && reviews ? corrected / reviews : null,
    reviews,
    lawsuits: direct !== null && after !== null ? direct + after : null,
  };
}
