/**
 * How a host loads pdfjs's worker module instead of pdf.ts's plain import: the CLI loads a copy that skips the
 * font repair text does not need (pdf-text-only.ts, engine/pdf-worker-node.ts). A module of its own, so that
 * the engine sets it without loading the PDF reader on a run that reads no PDF.
 */
type WorkerLoader = () => Promise<unknown>;
let workerLoader: WorkerLoader | undefined;

export function setPdfWorkerLoader(load: WorkerLoader): void {
  workerLoader = load;
}

/** The host's worker module, or undefined when there is no host loader or it failed (pdf.ts then imports its own). */
export async function hostedPdfWorker(): Promise<unknown> {
  return workerLoader ? workerLoader().catch(() => undefined) : undefined;
}
