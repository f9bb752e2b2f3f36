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

export function makeCell(raw: RawCell, key: string | undefined, location: string): CellNode {
  const text = raw.text.trim();
  const { value, content, decimal, shape } = contentOf(raw);
  // Built field by field (no spread: tables make thousands of cells per batch), in the order extract prints.
  const cell: CellNode =
    decimal === undefined
      ? { type: 'cell', value, content, raw: text, location }
      : { type: 'cell', value, content, decimal, raw: text, location };
  if (key !== undefined) cell.key = key;
  if (shape) cell.shape = shape;
  // One Chinese numeral (四) in a count cell: a count written in words, or OCR's reading of a digit; either way the
  // number is legible, never a cell of text to accuse (red team rtR #5). Read as text all the same.
  else if (content === 'text' && CHINESE_NUMERAL.test(text)) cell.shape = 'lookalike';
  if (raw.position) cell.position = raw.position;
  return cell;
}

const CHINESE_NUMERAL = /^[一二三四五六七八九十两]$/;

export function makeRow(key: string | undefined, label: string, children: CellNode[], position?: Position): RowNode {
  const row: RowNode = { type: 'row', label, children };
  if (key !== undefined) row.key = key;
  if (position) row.position = position;
  return row;
}

export function tableText(table: RawTable): string {
  return table.rows.map((r) => r.cells.map((c) => c.text).join(' ')).join('\n');
}
