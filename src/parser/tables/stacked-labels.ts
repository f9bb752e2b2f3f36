/**
 * Labels stacked above their values: OCR (or a copy) that reads the label column as a block and then the values
 * column as a block prints two or more row labels on lines of their own, then the rows' values a line each
 * (1.申请人无正当理由… ⏎ 2.申请人逾期未按… ⏎ 218 255 … 1254 ⏎ 31 219 … 780). Read in order, the last label takes
 * the first line of values — the first label's — and a total of another row becomes this row's (a false fee-notice
 * error with other.2). Which label owns which line cannot be told with certainty, so neither label is read.
 */
import { contentOf } from '../raw-table.js';
import type { Piece } from './pieces.js';

/**
 * The aligned pieces of a stacked block: a piece whose values stand on a line of their own after its label, right
 * after an aligned label with no values, and followed by a line of values with no label (the next row's). A label
 * alone with its values on the next line (a wrapped label, a row copied one cell a line) is no block: the values
 * after it are its own, and the next piece is the next label.
 */
export function stackedLabels(pieces: readonly Piece[], matched: readonly number[]): Set<Piece> {
  const aligned = new Set(matched.filter((k) => k >= 0));
  const out = new Set<Piece>();
  for (const k of aligned) {
    const piece = pieces[k]!;
    const above = pieces[k - 1];
    if (!above || !aligned.has(k - 1) || above.values.length > 0 || !valuesBlockAfter(pieces, k)) continue;
    out.add(piece);
    out.add(above);
  }
  return out;
}

/**
 * Whether the piece at k has its values on a line of their own, followed by another line of values with no label:
 * the first lines of a block of values under a block of labels. Table 二's labels have no ordinal, so stacked they
 * are one piece (规章 行政规范性文件 ⏎ 2 1 15 ⏎ 6 3 41): the caller tells whether its label names two rows.
 */
export function valuesBlockAfter(pieces: readonly Piece[], k: number): boolean {
  const below = pieces[k + 1];
  return valuesOnOwnLine(pieces[k]!) && below !== undefined && below.parts.length === 0 && valuesOnOwnLine(below);
}

/** Values on a line of text of their own, no label word on it, below the piece's label if it has one. */
function valuesOnOwnLine(piece: Piece): boolean {
  const row = piece.valueRow;
  if (!row || row.tabular || !piece.values.some((c) => contentOf(c).content === 'number')) return false;
  if (row.cells.some((c) => contentOf(c).content === 'text' && c.text.trim() !== '')) return false;
  const labelEnd = piece.position?.end.line;
  const valuesAt = row.position?.start.line;
  return piece.parts.length === 0 || (labelEnd !== undefined && valuesAt !== undefined && valuesAt > labelEnd);
}
