/**
 * Text printed past the page's edge. LibreOffice draws a table wider than its page with the glyphs that start on
 * the page and drops the rest: a 总计 column running off an A4 page leaves the first digit of each total, 59625
 * printed as a 5 at x 587.8–595.4 of a 595.3-point page. Read as written, 5 is the row's total and every row a
 * false totals error. No report prints within a fraction of a glyph of the paper's edge (no printer reaches it),
 * so a run whose glyphs reach the edge was laid out to go on past it: its number is cut, not read (pdf-layout.ts
 * writes where; the table reader leaves its row unread, tables/edge-cut-rows.ts). The edge is the page's view
 * (its crop box), as pdfjs' viewport places the items.
 */
import type { PdfItem } from './pdf-item.js';

/** A run whose glyphs end (or start) within this much of the edge, or past it, reaches it (glyphs). */
const EDGE = 0.1;

/** The page's items, each reaching the left or right edge marked with that side. */
export function markPageEdge(items: readonly PdfItem[], width: number): PdfItem[] {
  if (!(width > 0)) return [...items];
  return items.map((item) => {
    const near = EDGE * item.size;
    const edge = item.x + item.width >= width - near ? 'right' : item.x <= near ? 'left' : undefined;
    return edge ? { ...item, edge } : item;
  });
}

/**
 * The pieces an item was cut into (its words, by their estimated extents), the edge kept only on the piece at
 * that edge: the words before a number cut at the right edge were printed whole.
 */
export function edgeOnEndPiece<P extends PdfItem>(item: PdfItem, pieces: P[]): P[] {
  if (!item.edge || pieces.length < 2) return pieces;
  const at = item.edge === 'left' ? 0 : pieces.length - 1;
  return pieces.map((p, k) => (k === at ? p : withoutEdge(p)));
}

function withoutEdge<P extends PdfItem>(piece: P): P {
  const { edge: _edge, ...rest } = piece;
  return rest as P;
}
