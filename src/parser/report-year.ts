/**
 * Whether the report's year is contested: the title names one year (report.year) and every statement of the
 * statistical period read in full names another (a 2023 report titled 2024 by a typo, or a 2024 report whose
 * period was left from 2023). statistical-period accuses the disagreement once; which of the two years the report is
 * on cannot be told, so nothing else may lean on either (red team I6, 2026-12-06: such a report was paired with the
 * organ's other 2023 report as the year after it, and got seven false carry-over errors).
 */
import type { ReportRoot } from './types.js';

/** The years the report may be on: its title's, and those its period statements name when they disagree with it. */
export function candidateYears(report: Pick<ReportRoot, 'year' | 'periods'>): number[] {
  if (report.year === null) return [];
  const stated = report.periods.filter((p) => p.named && p.start && p.end);
  // One statement on the title's year is enough (a report may mention other spans of time).
  if (!stated.length || stated.some((p) => p.start!.year === report.year && p.end!.year === report.year)) return [report.year];
  const years = new Set([report.year, ...stated.flatMap((p) => [p.start!.year, p.end!.year])]);
  return [...years].sort((a, b) => a - b);
}

export function yearContested(report: Pick<ReportRoot, 'year' | 'periods'>): boolean {
  return candidateYears(report).length > 1;
}
