/**
 * Time to lint a 6-page PDF report (issue 13): cold, as a fresh `reportlint` process, and warm, as repeated
 * lint() calls in one process once pdfjs is loaded. Prints JSON for bench/run.ts.
 * Usage: node pdf.js [file.pdf]
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type LintFn = (input: Uint8Array, options: { filePath: string; now: Date }) => Promise<{ errorCount: number; fatalErrorCount: number }>;

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');
const file = path.resolve(ROOT, process.argv[2] ?? 'test/fixtures/pdf/report-6-pages.pdf');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const cold: number[] = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/reportlint.js'), file, '-f', 'compact'], { cwd: ROOT });
  cold.push(performance.now() - started);
  if (run.status === 2) throw new Error(`reportlint could not read ${file}: ${run.stdout.toString()}${run.stderr.toString()}`);
}

const { lint } = (await import(new URL('../../../dist/engine/lint.js', import.meta.url).href)) as { lint: LintFn };
const bytes = new Uint8Array(await readFile(file));
const now = new Date('2025-06-01T00:00:00Z');
let started = performance.now();
await lint(bytes, { filePath: file, now });
const first = performance.now() - started;
const warm: number[] = [];
for (let i = 0; i < 10; i++) {
  started = performance.now();
  await lint(bytes, { filePath: file, now });
  warm.push(performance.now() - started);
}
console.log(JSON.stringify({ file: path.relative(ROOT, file), bytes: bytes.length, coldMs: median(cold), coldRuns: cold, firstMs: first, warmMs: median(warm) }));
