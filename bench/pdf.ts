/**
 * A PDF report in a warm process: the first lint() (loads pdfjs and reads every page) and then repeated
 * lint() calls with pdfjs loaded (median of 10). The cold run, a fresh `reportlint` process, is timed by
 * run.ts next to the small Markdown report's cold start. Prints JSON for run.ts.
 * Usage: node pdf.js <file.pdf>
 */
import { readFile } from 'node:fs/promises';
import { median } from './lib.js';
import { loadLint, NOW } from './reportlint-api.js';

const file = process.argv[2]!;
const lint = await loadLint();
const bytes = new Uint8Array(await readFile(file));
let started = performance.now();
const result = await lint(bytes, { filePath: file, now: NOW });
const firstMs = performance.now() - started;
const warm: number[] = [];
for (let i = 0; i < 10; i++) {
  started = performance.now();
  await lint(bytes, { filePath: file, now: NOW });
  warm.push(performance.now() - started);
}
const fatal = result.messages.some((m) => m.fatal);
console.log(JSON.stringify({ firstMs, warmMs: median(warm), messages: result.messages.length, fatal }));
