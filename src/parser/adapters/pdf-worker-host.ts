/**
 * How a host hands the PDF reader its own copies of pdfjs instead of pdf.ts's plain imports: the CLI gives a
 * worker that skips the font repair text does not need (pdf-text-only.ts), loaded with its library from one
 * script that V8 can start from a code cache (engine/pdf-worker-node.ts). A module of its own, so that the engine
 * sets it without loading the PDF reader on a run that reads no PDF.
 */
import type { Budget } from '../budget.js';
import type { PdfLimits, PdfPages } from './pdf-pages.js';

/** pdfjs's two modules as a host loaded them; either may be missing (pdf.ts then imports pdfjs's own). */
export interface HostedPdfjs {
  lib?: unknown;
  worker?: unknown;
}

type PdfjsLoader = () => Promise<HostedPdfjs | undefined>;
let pdfjsLoader: PdfjsLoader | undefined;

export function setPdfjsLoader(load: PdfjsLoader): void {
  pdfjsLoader = load;
}

/** The host's modules, or undefined when there is no host loader or it failed (pdf.ts then imports its own). */
export async function hostedPdfjs(): Promise<HostedPdfjs | undefined> {
  return pdfjsLoader ? pdfjsLoader().catch(() => undefined) : undefined;
}

/**
 * The pages of a PDF a host read ahead in another thread (engine/pdf-read-ahead.ts: the CLI starts reading a
 * PDF it was named while it loads), for these bytes within these limits and budget; 'timeout' when that reading ran
 * out of time, undefined when the host has none for them (the reader then reads the PDF itself).
 */
type ReadAhead = (bytes: Uint8Array, limits: PdfLimits, budget: Budget) => Promise<PdfPages | 'timeout' | undefined>;
let readAhead: ReadAhead | undefined;

export function setPdfReadAhead(read: ReadAhead): void {
  readAhead = read;
}

export async function pagesReadAhead(
  bytes: Uint8Array,
  limits: PdfLimits,
  budget: Budget,
): Promise<PdfPages | 'timeout' | undefined> {
  return readAhead ? readAhead(bytes, limits, budget).catch(() => undefined) : undefined;
}
