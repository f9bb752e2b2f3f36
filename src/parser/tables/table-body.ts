/** What the three table readers share: the body of a TableNode, and building a row from fitted cells. */
import type { RowNode, TableNode } from '../types.js';
import { makeCell, makeRow } from '../raw-table.js';
import { lcsLength } from '../labels.js';
import type { LabelScorer, TemplateRow } from './align.js';
import type { Piece } from './pieces.js';
import type { Fitted } from './values.js';

export type TableBody = Pick<TableNode, 'columns' | 'missingRows' | 'missingColumns' | 'unreadableRows' | 'children'> &
  Partial<Pick<TableNode, 'template' | 'outdatedLabels'>>;

export function buildRow(key: string, piece: Piece, fitted: Fitted & { ok: true }, columns: readonly (string | undefined)[], location: (column: string) => string): RowNode {
  const cells = fitted.cells.map((c, i) => makeCell(c, columns[i], location(columns[i] ?? '')));
  const row = makeRow(key, piece.label, cells, piece.position);
  if (fitted.inferred) row.inferred = fitted.inferred;
  return row;
}

/**
 * Rows whose label words are in the region (exactly, or in a piece that resembles them): such a row is there
 * but could not be placed, never absent.
 */
export function rowEvidence(pieces: readonly Piece[], rows: readonly TemplateRow[], scorer: LabelScorer, regionWords: string): Set<string> {
  const out = new Set<string>();
  rows.forEach((row) => {
    if (regionWords.includes(row.core) || row.variants?.some((v) => regionWords.includes(v))) out.add(row.key);
  });
  for (const piece of pieces) {
    const scores = scorer.ofPiece(piece);
    scores.forEach((s, j) => {
      if (s > 0) out.add(rows[j]!.key);
    });
  }
  // A fragment of a label broken apart by OCR or a page (行政机关不再处理其政府信息公): most of it is the label's.
  for (const row of rows) {
    if (out.has(row.key)) continue;
    for (const piece of pieces) {
      for (const words of [piece.words, ...piece.segments]) {
        if (words.length >= 4 && words.length <= 2 * row.core.length && lcsLength(words, row.core) >= 0.8 * words.length) out.add(row.key);
      }
      if (out.has(row.key)) break;
    }
  }
  return out;
}
