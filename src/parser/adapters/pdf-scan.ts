/**
 * Whether a PDF page is a scan with an OCR text layer (ocrmypdf, tesseract, ABBYY, WPS "searchable PDF"): the
 * page shows an image as large as the page, and its text is drawn invisibly over it (text render mode 3), at
 * the places and with the characters the OCR guessed. That text is not the report as written: characters are
 * misread, words land on the wrong line, cells run together. Nothing read from it can be asserted (reading
 * certainty, docs/architecture.md). Read from pdfjs' operator list, like the borders (pdf-rules.ts). Pure: no
 * pdfjs import.
 *
 * The adapter loads the document with `maxImageSize: 0`, so pdfjs decodes no image (3–4 s for a 400 dpi page)
 * and leaves its painting out of the list: a removed image shows as a transformation that spans the page with
 * nothing drawn before the state is restored (`q W 0 0 H 0 0 cm /Im0 Do Q`). An image that is painted counts
 * alike.
 */
import { compose, isMatrix, type Matrix } from './pdf-matrix.js';

/** The operator codes read here (pdfjs' OPS), passed in so this module does not load pdfjs. */
export interface ScanOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  setTextRenderingMode: number;
  showText: number;
  showSpacedText: number;
  nextLineShowText: number;
  nextLineSetSpacingShowText: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintJpegXObject?: number;
  paintImageMaskXObject?: number;
  dependency?: number;
  setGState?: number;
  beginGroup?: number;
  endGroup?: number;
}

/**
 * Operators that set the state and draw nothing: between a removed image's transformation and the restore,
 * Chromium sets colours, a graphics state and a marked-content span (`q cm … /P <<>> BDC Q`). Read by name from
 * pdfjs' OPS, which has them all.
 */
export const NEUTRAL_OPS = [
  'dependency',
  'setStrokeRGBColor',
  'setFillRGBColor',
  'setStrokeGray',
  'setFillGray',
  'setStrokeColorSpace',
  'setFillColorSpace',
  'setStrokeColor',
  'setFillColor',
  'setStrokeColorN',
  'setFillColorN',
  'setGState',
  'setRenderingIntent',
  'setFlatnessTolerance',
  'beginMarkedContent',
  'beginMarkedContentProps',
  'endMarkedContent',
  'markPoint',
  'markPointProps',
] as const;

/** The codes of the neutral operators among those passed in. */
export function neutralOps(ops: ScanOps & Partial<Record<(typeof NEUTRAL_OPS)[number], number>>): Set<number> {
  return new Set(NEUTRAL_OPS.map((name) => ops[name]).filter((op): op is number => typeof op === 'number'));
}

/**
 * The fill (ca) and stroke (CA) opacity a graphics state sets, as pdfjs passes setGState's argument: a list of
 * [key, value] pairs. Chromium prints `color: transparent` text (an OCR layer laid over a page's scan as a web page)
 * with a fill opacity of 0, not in render mode 3.
 */
function opacities(args: unknown): { ca?: number; CA?: number; soft?: boolean } {
  const pairs = Array.isArray(args) ? (args as unknown[])[0] : undefined;
  const out: { ca?: number; CA?: number; soft?: boolean } = {};
  if (!Array.isArray(pairs)) return out;
  for (const pair of pairs as unknown[]) {
    if (!Array.isArray(pair)) continue;
    // A soft mask (pdfjs passes it as an object, or false for /None): what is painted under it may show through.
    if (pair[0] === 'SMask') out.soft = !!pair[1];
    if (typeof pair[1] !== 'number') continue;
    if (pair[0] === 'ca') out.ca = pair[1];
    if (pair[0] === 'CA') out.CA = pair[1];
  }
  return out;
}

/**
 * Whether the file holds an image with a soft mask or a mask (`/SMask 12 0 R`, `/Mask […]`, `/SMaskInData 1`): a
 * PNG with an alpha channel, as Chromium and most tools write a translucent watermark. pdfjs (`maxImageSize: 0`)
 * removes an image before it reads its dictionary, so which image a page paints cannot be told translucent; the
 * file's bytes can (an image's dictionary is never compressed into an object stream). A soft mask set in a graphics
 * state (`/SMask <<…>>`) counts alike; `/SMask /None` does not.
 */
export function hasMaskedImages(bytes: Uint8Array): boolean {
  const word = (at: number, text: string): boolean => {
    for (let k = 0; k < text.length; k++) if (bytes[at + k] !== text.charCodeAt(k)) return false;
    return true;
  };
  for (let at = bytes.indexOf(0x2f); at >= 0; at = bytes.indexOf(0x2f, at + 1)) {
    const name = word(at, '/SMaskInData') ? 12 : word(at, '/SMask') ? 6 : word(at, '/Mask') ? 5 : 0;
    if (!name) continue;
    let k = at + name;
    while (k < bytes.length && (bytes[k] === 0x20 || bytes[k] === 0x0a || bytes[k] === 0x0d || bytes[k] === 0x09)) k++;
    if (word(k, '/None') || (name === 12 && bytes[k] === 0x30)) continue;
    return true;
  }
  return false;
}

/** Whether text drawn in this render mode, with these opacities, shows nothing: filled and stroked parts all unseen. */
function unseen(mode: number, ca: number, CA: number): boolean {
  if (INVISIBLE_MODES.has(mode)) return true;
  const fills = mode % 4 === 0 || mode % 4 === 2;
  const strokes = mode % 4 === 1 || mode % 4 === 2;
  return (!fills || ca === 0) && (!strokes || CA === 0);
}

/**
 * Images covering at least this share of the page's area together are the page's picture (a scan, whole or in
 * strips, as some scanners write it), not a logo or a seal.
 */
const MIN_IMAGE_SHARE = 0.6;
/** At least this share of the page's text-drawing operations invisible: the text is an OCR layer. */
const MIN_INVISIBLE_SHARE = 0.8;
/** Text render modes that draw nothing visible: 3 (neither fill nor stroke) and 7 (clip only). */
const INVISIBLE_MODES = new Set([3, 7]);

/**
 * Whether the page is a scan under an OCR text layer: an image (painted, or removed by pdfjs) covering most
 * of the page (in one piece or in strips), and nearly all of the page's text drawn invisibly or under an opaque
 * image as large as the page, painted after it. `area` is the page's area in points
 * (width × height of its view box). A page with no text is none: it has no layer to distrust. An image painted
 * translucent (a fill opacity below 1, a soft mask, a group painted so: CSS opacity as Chromium prints it) hides
 * nothing, nor one that may carry its own transparency (`maskedImages`, asked only then: the file holds an image
 * with an alpha channel, hasMaskedImages): a watermark over typed text (review15 F4) leaves it typed text.
 */
export function isOcrPage(
  fnArray: readonly number[],
  argsArray: readonly unknown[],
  ops: ScanOps & Partial<Record<(typeof NEUTRAL_OPS)[number], number>>,
  area: number,
  maskedImages?: () => boolean,
): boolean {
  if (!(area > 0)) return false;
  const texts = new Set([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText]);
  const images = new Set(
    [ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintJpegXObject, ops.paintImageMaskXObject].filter(
      (op): op is number => typeof op === 'number',
    ),
  );
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let mode = 0;
  let ca = 1;
  let CA = 1;
  let soft = false;
  const stack: Array<{ ctm: Matrix; mode: number; ca: number; CA: number; soft: boolean }> = [];
  // For each transparency group open, whether it is painted translucent (the opacity set before it, or a soft mask).
  const groups: boolean[] = [];
  const neutral = neutralOps(ops);
  // The transformation set since the last save, with nothing drawn under it yet.
  let pending: Matrix | undefined;
  let covered = 0;
  let shown = 0;
  let hidden = 0;
  // The area of the unit square an image is painted into, under the matrix.
  const size = (m: Matrix): number => Math.abs(m[0] * m[3] - m[1] * m[2]);
  // An opaque image as large as the page painted after text hides it (FineReader's "text under the page image",
  // a sandwich PDF: red team rtR #1): that text is the OCR's as much as text drawn invisibly over the image.
  const cover = (m: Matrix): void => {
    covered += size(m);
    const opaque = ca === 1 && !soft && !groups.includes(true);
    if (opaque && size(m) >= MIN_IMAGE_SHARE * area && shown > 0 && !maskedImages?.()) {
      hidden += shown;
      shown = 0;
    }
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i];
    if (fn === ops.save) {
      stack.push({ ctm, mode, ca, CA, soft });
      pending = undefined;
    } else if (fn === ops.restore) {
      if (pending) cover(pending);
      pending = undefined;
      ({ ctm, mode, ca, CA, soft } = stack.pop() ?? { ctm, mode, ca, CA, soft });
    } else if (fn === ops.transform && isMatrix(args)) {
      ctm = compose(ctm, Array.from(args));
      pending = ctm;
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push({ ctm, mode, ca, CA, soft });
      pending = undefined;
      const matrix = Array.isArray(args) ? (args as unknown[])[0] : undefined;
      if (isMatrix(matrix)) ctm = compose(ctm, Array.from(matrix));
    } else if (fn === ops.paintFormXObjectEnd) {
      pending = undefined;
      ({ ctm, mode, ca, CA, soft } = stack.pop() ?? { ctm, mode, ca, CA, soft });
    } else if (fn === ops.setTextRenderingMode) {
      const value = Array.isArray(args) ? (args as unknown[])[0] : undefined;
      if (typeof value === 'number') mode = value;
    } else if (fn !== undefined && images.has(fn)) {
      cover(ctm);
      pending = undefined;
    } else if (fn !== undefined && texts.has(fn)) {
      if (unseen(mode, ca, CA)) hidden++;
      else shown++;
      pending = undefined;
    } else if (fn !== undefined && fn === ops.setGState) {
      ({ ca = ca, CA = CA, soft = soft } = opacities(args));
    } else if (fn !== undefined && fn === ops.beginGroup) {
      const group: unknown = Array.isArray(args) ? (args as unknown[])[0] : undefined;
      const masked = typeof group === 'object' && group !== null && !!(group as { smask?: unknown }).smask;
      groups.push(masked || ca < 1 || soft);
    } else if (fn !== undefined && fn === ops.endGroup) {
      groups.pop();
    } else if (fn !== undefined && !neutral.has(fn)) pending = undefined;
  }
  return covered >= MIN_IMAGE_SHARE * area && hidden > 0 && hidden >= MIN_INVISIBLE_SHARE * (hidden + shown);
}
