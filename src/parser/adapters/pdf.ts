/**
 * PDF adapter: reads the text layer with pdfjs-dist (no language model, no OCR: pdf-document.ts), rebuilds the
 * visual lines and table cells (pdf-lines.ts, pdf-layout.ts), writes them as tab-separated text and hands that
 * text to the text adapter, so PDFs go through the same report builder and table reader as every other layout.
 * Positions refer to that text (`reportlint extract --format text` prints it); `pages` says which page
 * each of its lines came from. Works in Node and in a browser alike.
 */
import { isPartlyGarbled, judgeTextLayer } from './pdf-text-layer.js';
import type { AdapterOutput } from './types.js';
import { readText } from './text.js';
import { groupLines } from './pdf-lines.js';
import { layoutText } from './pdf-layout.js';
import { budgetFor, type Budget } from '../budget.js';
import { placePictures } from './pdf-pictures.js';
import { pagesReadAhead } from './pdf-worker-host.js';
import { PDF_LIMITS, PdfReadError, readPdfPages, timedOut } from './pdf-document.js';
import type { PdfLimits } from './pdf-pages.js';

export { pdfLimitsFor } from './pdf-document.js';
export type { PdfLimits } from './pdf-pages.js';

export async function readPdf(
  bytes: Uint8Array,
  limits: PdfLimits = PDF_LIMITS,
  budget: Budget = budgetFor(),
): Promise<AdapterOutput & { pages: number[]; ocrScan?: boolean; garbledText?: boolean }> {
  // A host may have read the pages already, in another thread (engine/pdf-read-ahead.ts): the same reading.
  const ahead = await pagesReadAhead(bytes, limits, budget);
  if (ahead === 'timeout') throw timedOut(limits);
  const { pages, ocrScan, pictures } = ahead ?? (await readPdfPages(bytes, limits, budget));
  if (!pages.some((p) => p.items.some((i) => i.str.trim() !== ''))) throw new PdfReadError('pdfNoText');
  const { text, pages: pageOfLine, cuts, starts } = layoutText(groupLines(pages));
  // Judged once the page furniture is gone: a scan's text layer may be its page numbers (第 1 页) alone.
  const layer = judgeTextLayer(text);
  if (layer === 'none') throw new PdfReadError('pdfNoText');
  if (layer === 'garbled') throw new PdfReadError('pdfGarbled');
  return {
    ...readText(text),
    pages: pageOfLine,
    ...(ocrScan ? { ocrScan: true } : {}),
    ...(isPartlyGarbled(text) ? { garbledText: true } : {}),
    ...(cuts.length > 0 ? { cutAtPageEdge: cuts } : {}),
    // A scan's pictures are its pages, said once by ocrScan.
    ...(!ocrScan && pictures.length > 0 ? { pictures: placePictures(text, starts, pictures) } : {}),
  };
}

/** The page (1-based) a line of the extracted text came from, when the output is a PDF's. */
export function pageOfLine(out: { pages?: readonly number[] }, line: number): number | undefined {
  return out.pages?.[line - 1];
}
