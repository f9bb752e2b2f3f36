/** Types for pdfjs's worker module, which pdfjs-dist ships without them (pdf.ts loads it into this thread). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
