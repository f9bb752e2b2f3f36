/**
 * Space-aligned text (pdftotext -layout, a copy from a PDF viewer): a blank cell prints nothing, so a row with
 * one left blank has fewer values than its neighbours. Where at least three rows print every value on one line
 * and their values stand in the same character columns, those columns are the table's; a shorter row's values
 * are placed under the nearest column, and the columns they leave are blank. A value not clearly under one
 * column leaves the row unreadable: never a guess.
 */
import type { RawCell } from '../raw-table.js';
import type { Piece } from './pieces.js';

/** Full rows needed before columns are trusted. */
const MIN_FULL_ROWS = 3;

const centre = (cell: RawCell): number | undefined => {
  const p = cell.position;
  return p && p.start.line === p.end.line ? (p.start.column + p.end.column) / 2 : undefined;
};

/** The centre column of each value, from the rows of loose lines that print all `expected` values. */
export function alignedColumns(pieces: readonly Piece[], expected: number): number[] | undefined {
  const full: number[][] = [];
  for (const piece of pieces) {
    if (piece.valueRow?.tabular !== false || piece.values.length !== expected) continue;
    const centres = piece.values.map(centre);
    const line = piece.values[0]?.position?.start.line;
    if (centres.some((c) => c === undefined) || piece.values.some((v) => v.position?.start.line !== line)) continue;
    full.push(centres as number[]);
  }
  if (full.length < MIN_FULL_ROWS) return undefined;
  const anchors = Array.from({ length: expected }, (_, k) => median(full.map((r) => r[k]!)));
  const spacing = Math.min(...anchors.slice(1).map((a, k) => a - anchors[k]!));
  // Columns must stand apart, and every full row must agree with them (not a crawl's values on one long line).
  if (!(spacing >= 2) || full.some((r) => r.some((c, k) => Math.abs(c - anchors[k]!) > spacing / 4))) return undefined;
  return anchors;
}

/** The row's values placed under the columns, blanks where it prints nothing; undefined when unsure. */
export function placeUnderColumns(values: readonly RawCell[], anchors: readonly number[]): RawCell[] | undefined {
  const spacing = Math.min(...anchors.slice(1).map((a, k) => a - anchors[k]!));
  const line = values[0]?.position?.start.line;
  const slots: number[] = [];
  for (const value of values) {
    const c = centre(value);
    if (c === undefined || value.position?.start.line !== line) return undefined;
    let best = -1;
    anchors.forEach((a, k) => {
      if (Math.abs(c - a) <= spacing / 3 && (best < 0 || Math.abs(c - a) < Math.abs(c - anchors[best]!))) best = k;
    });
    if (best < 0 || (slots.length > 0 && best <= slots[slots.length - 1]!)) return undefined;
    slots.push(best);
  }
  return anchors.map((_, k) => {
    const at = slots.indexOf(k);
    return at >= 0 ? values[at]! : { text: '', spanned: false };
  });
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
