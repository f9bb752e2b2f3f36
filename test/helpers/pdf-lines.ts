/**
 * Visual lines as pdf-lines.ts groups them, written by hand for the PDF tests (pdf-cells, pdf-wrapped-numbers):
 * cells at x ranges in points, on a baseline y of page 2, 9 pt glyphs as Chromium prints the fuzzer's tables.
 */
import { groupLines, type Cell, type PdfItem, type VisualLine } from '../../src/parser/adapters/pdf-lines.js';
import { layoutText } from '../../src/parser/adapters/pdf-layout.js';

export const cell = (x0: number, x1: number, text: string): Omit<Cell, 'y'> => ({ x0, x1, text });

export const line = (y: number, ...cells: Array<Omit<Cell, 'y'>>): VisualLine => ({
  page: 2,
  y,
  size: 9,
  cells: cells.map((c) => ({ ...c, y })),
});

/** The cell texts of each line, to compare with what a step made of the lines. */
export const texts = (lines: readonly VisualLine[]): string[][] => lines.map((l) => l.cells.map((c) => c.text));

/** A pdfjs text run at (x, y) of glyphs `size` points high: an ASCII character half a glyph wide, a CJK character one. */
export const pdfRun = (str: string, x: number, y: number, size: number): PdfItem => ({
  str,
  x,
  y,
  size,
  width: [...str].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x7f ? 0.5 : 1), 0) * size,
});

/** The text lines pdf-layout.ts writes for A4 pages of text runs (one list of runs a page). */
export const layoutLines = (pages: readonly PdfItem[][]): string[] =>
  layoutText(groupLines(pages.map((items, i) => ({ page: i + 1, width: 595, height: 842, items })))).text.split('\n');
