/**
 * Types for the minified pdfjs modules pdf.ts loads (pdfjs-dist ships types for pdf.mjs only). The minified
 * builds are the same code, half the source to compile: a PDF run starts faster (issue 21).
 */
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
