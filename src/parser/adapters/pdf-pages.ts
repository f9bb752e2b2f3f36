/**
 * What the PDF reader takes from pdfjs, before any layout: each page's text runs and borders, whether the pages are a
 * scan under an OCR layer, and the pictures shown where no text stands. Plain data, so that a host may read it in
 * another thread (engine/pdf-read-ahead.ts) and hand it over (pdf-worker-host.ts). Browser-safe.
 */
import type { PageText } from './pdf-lines.js';

export interface PdfLimits {
  /** Documents with more pages are refused. */
  maxPages: number;
  /** Reading stops with an error after this many milliseconds. */
  timeoutMs: number;
}

/** A picture a page shows where no text stands (pdf-pictures.ts): its page, its top, whether the page shows nothing else. */
export interface PictureOnPage {
  page: number;
  top: number;
  whole: boolean;
}

export interface PdfPages {
  pages: PageText[];
  ocrScan: boolean;
  pictures: PictureOnPage[];
}
