#!/usr/bin/env node
// Part of `npm run build`, after vendor-pdf-worker.mjs: writes dist/vendor/pdfjs.script.cjs, pdfjs's library and
// the text-only worker as one classic script, and dist/vendor/pdfjs.script.v8cache, V8's code cache of it made
// after reading the PDF fixtures, so that a CLI start compiles none of pdfjs (src/engine/pdf-worker-node.ts,
// issue 21). Without the text-only worker nothing is written and the CLI imports the modules as before.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const vendor = new URL('../dist/vendor/', import.meta.url);
const worker = new URL('pdf.worker.text-only.mjs', vendor);
const script = new URL('pdfjs.script.cjs', vendor);
const cache = new URL('pdfjs.script.v8cache', vendor);
rmSync(script, { force: true });
rmSync(cache, { force: true });

if (!existsSync(worker)) {
  console.warn('pdfjs script: no text-only worker; the CLI imports pdfjs’s modules');
  process.exit(0);
}

const lib = fileURLToPath(import.meta.resolve('pdfjs-dist/legacy/build/pdf.min.mjs'));
const { outputFiles } = await build({
  stdin: {
    contents: `export * as lib from ${JSON.stringify(lib)};\nexport * as worker from ${JSON.stringify(fileURLToPath(worker))};\n`,
    resolveDir: fileURLToPath(vendor),
    loader: 'js',
  },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifyWhitespace: true,
  // The modules' own URL is the wrapper's third argument (pdf-worker-node.ts passes pdf.min.mjs's).
  define: { 'import.meta.url': 'pdfjsModuleUrl' },
  write: false,
  logLevel: 'error',
});
// Module code is strict; the wrapper keeps it so. Its arguments are what the CommonJS output uses.
const body = outputFiles[0].text;
writeFileSync(script, `(function (module, require, pdfjsModuleUrl) {"use strict";\n${body}\n})`);

// Read the fixtures as the CLI does, then keep what V8 compiled.
const { useTextOnlyPdfWorker, writePdfjsCodeCache, pdfjsInUse } = await import('../dist/engine/pdf-worker-node.js');
const { readPdf } = await import('../dist/parser/adapters/pdf.js');
useTextOnlyPdfWorker();
const fixtures = new URL('../test/fixtures/pdf/', import.meta.url);
const pdfs = existsSync(fixtures) ? readdirSync(fixtures).filter((name) => /^report-.*\.pdf$/.test(name)) : [];
for (const name of pdfs) await readPdf(readFileSync(new URL(name, fixtures))).catch(() => undefined);
if (pdfjsInUse().source !== 'script' || !writePdfjsCodeCache())
  console.warn('pdfjs script: no code cache written; the CLI compiles pdfjs at each start');
