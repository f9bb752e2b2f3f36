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

/**
 * A page laid out to the paper's edge (margins "none", a PDF cropped to its content: review4 F5) prints whole text
 * there, and the edge proves nothing: its paragraph lines, runs of Chinese text spanning half the page or more,
 * reach within this much of it (glyphs). A page that keeps a margin ends its lines an inch or more before the edge.
 */
const MARGINLESS = 3;
/** A paragraph's line: this many Chinese characters at least, over half the page's width. */
const PROSE_CHARACTERS = 6;

/** Which edges a document's pages keep a margin at (a page of tables alone shows none: the document's prose tells). */
export interface Margins {
  left: boolean;
  right: boolean;
}

/** The margins a document keeps: none at a side where a paragraph line of any page reaches that edge. */
export function documentMargins(pages: ReadonlyArray<{ items: readonly PdfItem[]; width: number }>): Margins {
  const prose = pages.flatMap((p) =>
    p.items
      .filter((i) => i.width >= p.width / 2 && (i.str.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= PROSE_CHARACTERS)
      .map((i) => ({ i, width: p.width })),
  );
  return {
    right: !prose.some(({ i, width }) => i.x + i.width >= width - MARGINLESS * i.size),
    left: !prose.some(({ i }) => i.x <= MARGINLESS * i.size),
  };
}

/** The page's items, each reaching the left or right edge marked with that side, where the document keeps a margin. */
export function markPageEdge(
  items: readonly PdfItem[],
  width: number,
  margins: Margins = documentMargins([{ items, width }]),
): PdfItem[] {
  if (!(width > 0)) return [...items];
  return items.map((item) => {
    const near = EDGE * item.size;
    const edge =
      margins.right && item.x + item.width >= width - near ? 'right' : margins.left && item.x <= near ? 'left' : undefined;
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
