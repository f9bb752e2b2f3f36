/**
 * One text item of a PDF page as the readers take it, in a module of its own so that the modules reading items
 * (pdf-lines, pdf-grid, pdf-marks) share it without importing each other.
 */

/** One text item: (x, y) is the start of its baseline in page points, y measured from the top. */
export interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Glyph size (the font size times the text matrix scale). */
  size: number;
  /** Its glyphs reach or cross the page's left or right edge: characters past it are lost (pdf-page-edge.ts). */
  edge?: 'left' | 'right';
}
