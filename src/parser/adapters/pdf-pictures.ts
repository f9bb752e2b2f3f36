/**
 * Pictures a PDF page shows where no text stands: a page scanned into a text PDF (a picture and no text), or a
 * table pasted as a screenshot under its heading. What such a picture holds is not read (pdfjs loads no image,
 * and reportlint does no OCR), so nothing that may stand in it is called missing (docs/architecture.md,
 * "Reading certainty"): the report builder places each picture in the text as the HTML reader's <img>.
 * Read from pdfjs' operator list, as the scan test does (pdf-scan.ts): an image painted, or removed by pdfjs
 * (`maxImageSize: 0`: a transformation with nothing drawn before the state is restored). Pure: no pdfjs import.
 */
import { compose, IDENTITY, isMatrix, type Matrix } from './pdf-matrix.js';
import type { PdfItem } from './pdf-item.js';
import { neutralOps, type NEUTRAL_OPS, type ScanOps } from './pdf-scan.js';

/** The operator codes read here: the scan test's, and the neutral ones by name (pdfjs' OPS has them all). */
export type PictureOps = ScanOps & Partial<Record<(typeof NEUTRAL_OPS)[number], number>>;

/** A picture's box on the page, in page points from the top (the text items' space). */
export interface PagePicture {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * A picture narrower than this share of the page's width is a seal, a logo or a QR code (a seal is some 4 cm on
 * A4's 21), which holds no table or page of text.
 */
const MIN_WIDTH_SHARE = 0.3;
/** Nor is one lower than this share of the page's height (some three lines): a rule, a divider, a red header line. */
const MIN_HEIGHT_SHARE = 0.06;
/**
 * More characters than this drawn over a picture: the text is read there (a background, a letterhead under the
 * body), and the picture hides nothing.
 */
const MAX_CHARS_OVER = 10;

/**
 * The large pictures of a page with (almost) no text drawn over them. `view` is the viewport's transform (PDF
 * space to page points from the top); `items` the page's text in that space.
 */
export function pagePictures(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: PictureOps,
  view: readonly number[],
  page: { width: number; height: number },
  items: readonly PdfItem[],
): PagePicture[] {
  const images = new Set(
    [ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintJpegXObject, ops.paintImageMaskXObject].filter(
      (op): op is number => typeof op === 'number',
    ),
  );
  const neutral = neutralOps(ops);
  const boxes: PagePicture[] = [];
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  let pending: Matrix | undefined;
  const add = (m: Matrix): void => {
    const box = boxOf(compose(view, m));
    if (box.right - box.left >= MIN_WIDTH_SHARE * page.width && box.bottom - box.top >= MIN_HEIGHT_SHARE * page.height)
      boxes.push(box);
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === ops.save) {
      stack.push(ctm);
      pending = undefined;
    } else if (fn === ops.restore) {
      if (pending) add(pending);
      pending = undefined;
      ctm = stack.pop() ?? ctm;
    } else if (fn === ops.transform && isMatrix(args)) {
      ctm = compose(ctm, Array.from(args));
      pending = ctm;
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      pending = undefined;
      const matrix = Array.isArray(args) ? (args as unknown[])[0] : undefined;
      if (isMatrix(matrix)) ctm = compose(ctm, Array.from(matrix));
    } else if (fn === ops.paintFormXObjectEnd) {
      pending = undefined;
      ctm = stack.pop() ?? ctm;
    } else if (fn !== undefined && images.has(fn)) {
      add(ctm);
      pending = undefined;
    } else if (fn !== undefined && !neutral.has(fn)) pending = undefined;
  }
  return boxes.filter((box) => charsOver(box, items) <= MAX_CHARS_OVER);
}

/** The box the unit square (an image's space) takes on the page under the matrix. */
function boxOf(m: Matrix): PagePicture {
  const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]];
  const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]];
  return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
}

/** Printed characters of the items whose baseline starts inside the box. */
function charsOver(box: PagePicture, items: readonly PdfItem[]): number {
  let n = 0;
  for (const item of items)
    if (item.x >= box.left && item.x <= box.right && item.y >= box.top && item.y <= box.bottom)
      n += item.str.replace(/\s/g, '').length;
  return n;
}

/** Printed characters on the page: a page that shows a picture and at most a few (a page number) is a picture. */
export function printedChars(items: readonly PdfItem[]): number {
  let n = 0;
  for (const item of items) n += item.str.replace(/\s/g, '').length;
  return n;
}

/** A page with this many printed characters or fewer holds no text of the report's: a page number, a stamp. */
export const MAX_PICTURE_PAGE_CHARS = 20;

/**
 * Whether a page may show a picture where no text stands (its drawing is then read): little text, or a band of
 * the page's body, from a tenth below its top to a tenth above its bottom, holding no baseline and high enough for
 * a picture. Every other page is read from its text alone, as before: the drawing costs a second parse of the page.
 */
export function mayShowPicture(items: readonly PdfItem[], height: number): boolean {
  if (printedChars(items) <= MAX_PICTURE_PAGE_CHARS) return true;
  const ys = [0.1 * height, ...items.map((i) => i.y).filter((y) => y > 0.1 * height && y < 0.9 * height), 0.9 * height];
  ys.sort((a, b) => a - b);
  for (let k = 1; k < ys.length; k++) if (ys[k]! - ys[k - 1]! >= MIN_HEIGHT_SHARE * height) return true;
  return false;
}

/** A picture placed in the extracted text: at `offset`, the end of the line before it; `whole`: its page shows nothing else. */
export interface PlacedPicture {
  page: number;
  offset: number;
  whole: boolean;
}

/**
 * Each picture placed in the text at the end of the last line that starts above it (on its page or before), so
 * that it falls in the section that line belongs to, as an <img> between two paragraphs does. `starts`: where
 * each line of `text` starts (pdf-layout.ts).
 */
export function placePictures(
  text: string,
  starts: ReadonlyArray<{ page: number; y: number }>,
  pictures: ReadonlyArray<{ page: number; top: number; whole: boolean }>,
): PlacedPicture[] {
  const lineStart: number[] = [];
  let at = 0;
  for (let k = 0; k < starts.length; k++) {
    lineStart.push(at);
    const end = text.indexOf('\n', at);
    at = end < 0 ? text.length : end + 1;
  }
  return pictures.map(({ page, top, whole }) => {
    const after = starts.findIndex((s) => s.page > page || (s.page === page && s.y > top));
    const k = after < 0 ? starts.length : after;
    // The line ending before the picture's line starts (its "\n"); before any line, the text's start.
    const offset = k === 0 ? 0 : k < starts.length ? lineStart[k]! - 1 : Math.max(0, text.length - 1);
    return { page, offset, whole };
  });
}
