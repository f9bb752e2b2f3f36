/**
 * How a host hands the PDF reader its own copies of pdfjs instead of pdf.ts's plain imports: the CLI gives a
 * worker that skips the font repair text does not need (pdf-text-only.ts), loaded with its library from one
 * script that V8 can start from a code cache (engine/pdf-worker-node.ts). A module of its own, so that the engine
 * sets it without loading the PDF reader on a run that reads no PDF.
 */

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
