/**
 * Space-aligned text (pdftotext -layout, a copy from a PDF viewer): a blank cell prints nothing, so a row with
 * one left blank has fewer values than its neighbours. Where at least three rows print every value on one line
 * and their values stand in the same columns (display columns, a CJK character being two, layout-rows.ts; or
 * characters, for text padded by character count), those columns are the table's: each column spans what its values cover in the full rows (numbers may be right-aligned, centred
 * or left-aligned). A shorter row's values are placed under the one column each overlaps, and the columns they
 * leave are blank. A value under no column or under two leaves the row unreadable: never a guess.
 */
import type { RawCell } from '../raw-table.js';
import type { Piece } from './pieces.js';
import { displaySpan } from './layout-rows.js';

/** Full rows needed before columns are trusted. */
const MIN_FULL_ROWS = 3;

/** A column of values: the columns [x0, x1) its values cover. */
type TextColumn = readonly [number, number];
/**
 * The value columns, in display columns (a CJK character is two, as a terminal or pdftotext shows it) or in
 * characters (text padded by character count, each character one column): whichever aligns the full rows.
 */
interface TextColumns {
  unit: 'display' | 'characters';
  columns: TextColumn[];
}

function spanOf(cell: RawCell, unit: TextColumns['unit']): TextColumn | undefined {
  if (unit === 'display') return displaySpan(cell);
  const p = cell.position;
  return p && p.start.line === p.end.line ? [p.start.column, p.end.column] : undefined;
}

/** Full rows looked at on either side of a row: tables cut into pieces (one per category) have their own columns. */
const NEIGHBOURHOOD = 40;

/** Places a shorter row's values under the columns of its table; undefined when unsure. */
export type PlaceInColumns = (piece: Piece, values: readonly RawCell[]) => RawCell[] | undefined;

/**
 * For a row of `pieces`, the columns of the values from the nearest rows of loose lines that print all
 * `expected` values and agree on columns (one table's; a table cut into several may place them elsewhere).
 * When the nearest rows on both sides together do not agree, the row stands at the edge of its table, next to a
 * table with other columns: the rows on each side are asked apart, and the row is placed by one side's columns
 * only when the nearest full row on the other side stands in them too, or belongs to a table of its own (its
 * side's columns) in a gap between whose columns one of the row's values stands (a row's value always overlaps
 * its own column, however wide or narrow). A value under two of the other side's columns (a number too wide) or
 * out of their order explains nothing: the row may be that table's. A side with too few full rows for columns
 * of its own (a part of two rows before a part with its own header) explains by its nearest full row's values
 * taken as columns. Never by a side whose neighbour disagrees unexplained.
 */
export function alignedColumns(pieces: readonly Piece[], expected: number): PlaceInColumns {
  const at = new Map(pieces.map((p, k) => [p, k]));
  return (piece, values) => {
    const k = at.get(piece);
    if (k === undefined) return undefined;
    const line = lineOf(piece);
    const nearest = (near: readonly Piece[]): Piece[] =>
      near.filter((p) => p !== piece).sort((a, b) => Math.abs(lineOf(a) - line) - Math.abs(lineOf(b) - line));
    const both = columnsOf(nearest(pieces.slice(Math.max(0, k - NEIGHBOURHOOD), k + NEIGHBOURHOOD + 1)), expected);
    if (both) return cellsOf(placeUnderColumns(values, both));
    const sides = [pieces.slice(Math.max(0, k - NEIGHBOURHOOD), k), pieces.slice(k + 1, k + NEIGHBOURHOOD + 1)]
      .map(nearest)
      .map((side) => {
        const columns = columnsOf(side, expected);
        const closest = side.find((p) => isFullRow(p, expected));
        // Too few full rows on this side for its columns (a part of two rows, 一 and 二, before a part with a
        // header of its own): its nearest full row's own columns still tell a value standing between them.
        const columnsToExplain = columns ?? (closest && columnsOf([closest], expected, 1));
        return {
          closest,
          columns,
          placement: columns && placeUnderColumns(values, columns),
          outside: columnsToExplain !== undefined && placeUnderColumns(values, columnsToExplain) === OUTSIDE,
        };
      });
    const placed = sides.flatMap((side, s) => {
      const other = sides[1 - s]!;
      const cells = cellsOf(side.placement);
      if (!cells || !side.columns) return [];
      const explained = !other.closest || fits(other.closest, side.columns) || other.outside;
      return explained ? [cells] : [];
    });
    const first = placed[0];
    // Alike: the same value in each column, blanks in the same places (each placement makes its own blanks).
    const alike = (p: RawCell[]): boolean =>
      p.every((cell, c) => cell === first![c] || (cell.text === '' && first![c]!.text === ''));
    if (!first || !placed.every(alike)) return undefined;
    return first;
  };
}

function isFullRow(piece: Piece, expected: number): boolean {
  const line = piece.values[0]?.position?.start.line;
  return (
    piece.valueRow?.tabular === false &&
    piece.values.length === expected &&
    piece.values.every((v) => v.position?.start.line === line)
  );
}

/** Whether a full row's values stand one under each column, in order. */
function fits(piece: Piece, columns: TextColumns): boolean {
  return cellsOf(placeUnderColumns(piece.values, columns))?.every((cell, k) => cell === piece.values[k]) === true;
}

const lineOf = (piece: Piece): number => piece.values[0]?.position?.start.line ?? 0;

/** The columns of the nearest full rows, in whichever unit aligns at least `minRows` of them. */
function columnsOf(byDistance: readonly Piece[], expected: number, minRows = MIN_FULL_ROWS): TextColumns | undefined {
  for (const unit of ['display', 'characters'] as const) {
    const columns = columnsIn(byDistance, expected, unit, minRows);
    if (columns) return { unit, columns };
  }
  return undefined;
}

/** Columns from the full rows nearest first, as long as they agree (at least `minRows`): each column apart from the next. */
function columnsIn(
  pieces: readonly Piece[],
  expected: number,
  unit: TextColumns['unit'],
  minRows: number,
): TextColumn[] | undefined {
  let columns: TextColumn[] | undefined;
  let rows = 0;
  for (const piece of pieces) {
    if (!isFullRow(piece, expected)) continue;
    const spans = piece.values.map((v) => spanOf(v, unit));
    if (spans.some((c) => c === undefined)) continue;
    const merged = (spans as TextColumn[]).map((c, k): TextColumn =>
      columns ? [Math.min(c[0], columns[k]![0]), Math.max(c[1], columns[k]![1])] : c,
    );
    // Columns must stand apart (not a crawl's values on one long line, each row placing them elsewhere).
    if (merged.some((c, k) => k > 0 && c[0] <= merged[k - 1]![1])) {
      if (rows < minRows) return undefined;
      break;
    }
    columns = merged;
    rows++;
  }
  return rows >= minRows ? columns : undefined;
}

/**
 * The row's values under the columns (blanks where it prints nothing), or why they are not: OUTSIDE when a value
 * stands under none of the columns (between them: the row belongs to other columns), UNSURE otherwise (a value
 * under two columns, values out of their order, a value not measured).
 */
type Placement = { cells: RawCell[] } | typeof OUTSIDE | typeof UNSURE;
const OUTSIDE = 'outside';
const UNSURE = 'unsure';

const cellsOf = (placement: Placement | undefined): RawCell[] | undefined =>
  typeof placement === 'object' ? placement.cells : undefined;

function placeUnderColumns(values: readonly RawCell[], { unit, columns }: TextColumns): Placement {
  const line = values[0]?.position?.start.line;
  const slots: number[] = [];
  let outside = false;
  let unsure = false;
  for (const value of values) {
    const span = spanOf(value, unit);
    if (span === undefined || value.position?.start.line !== line) return UNSURE;
    const under = columns.flatMap((c, k) => (span[0] < c[1] && c[0] < span[1] ? [k] : []));
    if (under.length === 0) outside = true;
    else if (under.length !== 1 || (slots.length > 0 && under[0]! <= slots[slots.length - 1]!)) unsure = true;
    else slots.push(under[0]!);
  }
  if (outside) return OUTSIDE;
  if (unsure) return UNSURE;
  const cells = columns.map((_, k) => {
    const at = slots.indexOf(k);
    return at >= 0 ? values[at]! : { text: '', spanned: false };
  });
  return { cells };
}
