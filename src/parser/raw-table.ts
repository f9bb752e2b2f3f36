/** A table as the adapters give it, before the builder knows what it is: rows of cell texts with positions. */
import type { Position } from 'unist';
import type { CellNode, RowNode, TableLayout } from './types.js';
import { normaliseCell, type CellContent } from './numbers.js';

export interface RawCell {
  text: string;
  position?: Position;
  /** A copy made by expanding a colspan/rowspan: its text repeats the origin cell's. */
  spanned: boolean;
  /** Memo of contentOf(). */
  content?: CellContent;
}

export interface RawRow {
  cells: RawCell[];
  position?: Position;
}

export interface RawTable {
  layout: TableLayout;
  rows: RawRow[];
  position?: Position;
}

/** The cell's normalised content, worked out once per cell (every reader asks it several times). */
export function contentOf(cell: RawCell): CellContent {
  return (cell.content ??= normaliseCell(cell.text.trim()));
}

/** A label cell holds text that is not a value (number, blank or placeholder). */
export function isLabelCell(cell: RawCell): boolean {
  return contentOf(cell).content === 'text';
}

/** Cells that are really there (span copies dropped). */
export function ownCells(row: RawRow): RawCell[] {
  return row.cells.filter((c) => !c.spanned);
}

export function labelOf(row: RawRow, upTo?: number): string {
  const cells = upTo === undefined ? row.cells : row.cells.slice(0, upTo);
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const c of cells) {
    const t = c.text.trim();
    if (t && isLabelCell(c) && !seen.has(t)) {
      seen.add(t);
      parts.push(t);
    }
  }
  return parts.join(' ');
}

/** How many non-blank value cells follow the row's last label cell (for "expected 7, found 6"). */
export function valueCount(row: RawRow): number {
  const cells = ownCells(row);
  let lastLabel = -1;
  cells.forEach((c, i) => {
    if (isLabelCell(c)) lastLabel = i;
  });
  return cells.slice(lastLabel + 1).filter((c) => c.text.trim() !== '').length;
}

/**
 * The row's value cells, fitted to `expected` columns without guessing. The candidates are the cells after the
 * last label cell; blank cells at either end may be padding (a spanned label column, trailing tabs) or blank
 * values. The filled cells must fit one window of `expected` cells, and only one: when the window could slide
 * (a blank at the start and padding at the end), which column is blank is a guess, so the row is unreadable.
 */
export function fitValues(row: RawRow, expected: number): RawCell[] | null {
  const cells = ownCells(row);
  let lastLabel = -1;
  cells.forEach((c, i) => {
    if (isLabelCell(c)) lastLabel = i;
  });
  const candidates = cells.slice(lastLabel + 1);
  const filled = candidates.flatMap((c, i) => (c.text.trim() === '' ? [] : [i]));
  if (filled.length === 0) return candidates.length >= expected ? candidates.slice(0, expected) : null;
  const first = filled[0]!;
  const last = filled[filled.length - 1]!;
  // Window starts a with a <= first, a + expected - 1 >= last, inside the candidates.
  const lowest = Math.max(0, last - expected + 1);
  const highest = Math.min(first, candidates.length - expected);
  if (lowest !== highest) return null;
  return candidates.slice(lowest, lowest + expected);
}

export function makeCell(raw: RawCell, key: string | undefined, location: string): CellNode {
  const text = raw.text.trim();
  const cell: CellNode = { type: 'cell', ...contentOf(raw), raw: text, location };
  if (key !== undefined) cell.key = key;
  if (raw.position) cell.position = raw.position;
  return cell;
}

export function makeRow(key: string | undefined, label: string, children: CellNode[], position?: Position): RowNode {
  const row: RowNode = { type: 'row', label, children };
  if (key !== undefined) row.key = key;
  if (position) row.position = position;
  return row;
}

export function tableText(table: RawTable): string {
  return table.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join('\n');
}
