/**
 * Lost characters (`reading.undecodable`: bytes a damaged copy made unreadable, read as U+FFFD), a PDF's pages
 * that are only pictures (`reading.picturePages`) and a .docx's chunks not read (`reading.unreadChunks`). What stood there
 * is unknown, so a rule that would say something is absent, or unreadable as written, stays silent when the damage
 * stands where that thing would be; unreadable-content says once where the damage is (docs/architecture.md,
 * "Reading certainty"). Defects elsewhere are still found.
 */
import { SECTION_ORDER } from '../../parser/data/sections.js';
import { sectionsOf } from '../../parser/query.js';
import type { Position, ReportRoot, SectionKey } from '../../parser/types.js';

/** Whether characters are lost between two source offsets (in either order). */
function damagedBetween(report: ReportRoot, from: number, to: number): boolean {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  // A PDF page that is only a picture (a scanned page in a text PDF) is unread the same way: anything may stand on it.
  // So is a .docx chunk not read (an RTF w:altChunk): anything may be in it.
  // So are the other pages of a paged article (one page of it saved or crawled): anything may stand on them.
  const unread = [
    ...(report.reading?.picturePages?.places ?? []),
    ...(report.reading?.unreadChunks?.places ?? []),
    ...(report.reading?.otherPages?.places ?? []),
  ];
  if (unread.some((p) => (p.start.offset ?? -1) >= lo && (p.start.offset ?? Infinity) <= hi)) return true;
  const lost = report.reading?.undecodable;
  if (!lost) return false;
  // Only the first places are listed when there are very many: past the last one listed, assume the worst.
  const last = lost.places[lost.places.length - 1]?.end.offset ?? 0;
  if (lost.places.length < lost.count && hi > last) return true;
  return lost.places.some((p) => (p.start.offset ?? 0) < hi && (p.end.offset ?? 0) > lo);
}

/** Whether a node's text holds a lost character, or its place in the source does. */
export function damagedNode(report: ReportRoot, node: { text?: string; position?: Position }): boolean {
  if (node.text?.includes('\ufffd')) return true;
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  return from !== undefined && to !== undefined && damagedBetween(report, from, to);
}

/**
 * Whether characters are lost within a place or `margin` characters beside it: a lost 至 or 日 next to a date range
 * changes what it says, a lost 。 further off in its sentence does not.
 */
export function damagedAround(report: ReportRoot, position: Position, margin: number): boolean {
  const from = position.start.offset;
  const to = position.end.offset;
  if (from === undefined || to === undefined) return true;
  return damagedBetween(report, from - margin, to + margin);
}

/**
 * Whether characters are lost in a section: from its heading to the next heading, or, when it was not placed,
 * where it would stand (after the heading of the section before it, before the heading of the one after it).
 */
export function damagedSection(report: ReportRoot, key: SectionKey): boolean {
  const { from, to } = spanOf(report, key);
  return damagedBetween(report, from, to);
}

/** Whether characters are lost before a section (the report's title, its preamble and the sections before it). */
export function damagedBefore(report: ReportRoot, key: SectionKey): boolean {
  const rank = SECTION_ORDER.indexOf(key);
  const later = sectionsOf(report)
    .filter((s) => SECTION_ORDER.indexOf(s.key) >= rank)
    .map((s) => s.position?.start.offset)
    .filter((o): o is number => o !== undefined);
  return damagedBetween(report, 0, later.length ? Math.min(...later) : (report.position?.end.offset ?? Infinity));
}

/** Whether any character of the report is lost. */
export const damaged = (report: ReportRoot): boolean =>
  Boolean(
    report.reading?.undecodable ?? report.reading?.picturePages ?? report.reading?.unreadChunks ?? report.reading?.otherPages,
  );

function spanOf(report: ReportRoot, key: SectionKey): { from: number; to: number } {
  const end = report.position?.end.offset ?? Infinity;
  const start = (s: { position?: Position }): number | undefined => s.position?.start.offset;
  const placed = sectionsOf(report);
  const own = placed.find((s) => s.key === key);
  const rank = SECTION_ORDER.indexOf(key);
  if (own && start(own) !== undefined) {
    const at = start(own)!;
    const next = placed.map(start).filter((o): o is number => o !== undefined && o > at);
    return { from: at, to: next.length ? Math.min(...next) : end };
  }
  const before = placed.filter((s) => SECTION_ORDER.indexOf(s.key) < rank).map(start);
  const after = placed.filter((s) => SECTION_ORDER.indexOf(s.key) > rank).map(start);
  const known = (xs: Array<number | undefined>): number[] => xs.filter((o): o is number => o !== undefined);
  return {
    from: known(before).length ? Math.max(...known(before)) : 0,
    to: known(after).length ? Math.min(...known(after)) : end,
  };
}
