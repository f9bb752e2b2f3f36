/**
 * Node only (file layer): pdfjs's worker with the font repair that text does not need skipped
 * (parser/adapters/pdf-text-only.ts), as `npm run build` writes it (scripts/vendor-pdf-worker.mjs): the first
 * page of a PDF whose fonts are large reads 95–140 ms sooner. Loaded from dist/vendor, beside the code, by
 * the same path from src/engine and dist/engine. Registered by the engine's entry points (files.ts, worker.ts,
 * the CLI's extract), never on import of the core, so the library's `lint()` and the page keep pdfjs's own.
 *
 * REPORTLINT_PDF_FONTS=full reads fonts whole, as pdfjs does by itself: a way to tell, if a PDF ever reads
 * differently, whether the shortcut is the cause (the fixtures read alike both ways: pdf-text-only.test.ts).
 */
import { existsSync } from 'node:fs';
import { setPdfWorkerLoader } from '../parser/adapters/pdf-worker-host.js';

const TEXT_ONLY_WORKER = new URL('../../dist/vendor/pdf.worker.text-only.mjs', import.meta.url);

/** The text-only worker module, or undefined (fonts read whole, or not built): pdf.ts imports pdfjs's own. */
async function textOnlyWorker(): Promise<unknown> {
  if (process.env.REPORTLINT_PDF_FONTS === 'full' || !existsSync(TEXT_ONLY_WORKER)) return undefined;
  return import(TEXT_ONLY_WORKER.href);
}

let installed = false;

/** Makes the PDF reader load the text-only worker; once per thread, nothing loaded until a PDF is read. */
export function useTextOnlyPdfWorker(): void {
  if (installed) return;
  installed = true;
  setPdfWorkerLoader(textOnlyWorker);
}
