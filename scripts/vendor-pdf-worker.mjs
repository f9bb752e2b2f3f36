#!/usr/bin/env node
// Part of `npm run build`: writes dist/vendor/pdf.worker.text-only.mjs, pdfjs's worker with the font repair that
// text does not need skipped (src/parser/adapters/pdf-text-only.ts; loaded by src/engine/pdf-worker-node.ts).
// When the installed pdfjs no longer has the call in the expected shape, nothing is written and the CLI reads
// PDFs with pdfjs's own worker (the same text, slower); test/parser/pdf-text-only.test.ts turns red then.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { textOnlyWorkerSource } from '../dist/parser/adapters/pdf-text-only.js';

const source = readFileSync(fileURLToPath(import.meta.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs')), 'utf8');
const target = new URL('../dist/vendor/pdf.worker.text-only.mjs', import.meta.url);
const patched = textOnlyWorkerSource(source);
if (patched === undefined) {
  rmSync(target, { force: true });
  console.warn('pdfjs worker: the font repair call was not found; PDFs are read with pdfjs’s own worker');
} else {
  mkdirSync(new URL('.', target), { recursive: true });
  writeFileSync(target, patched);
}
