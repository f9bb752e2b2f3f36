/**
 * Milliseconds per report, in one process after warm-up: reportlint's lint() (the library, from dist/) and
 * remark-parse + remark-gfm alone, file by file over one folder. Prints JSON for run.ts.
 * Usage: node per-file.js <folder>
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { loadLint, NOW } from './reportlint-api.js';

const folder = path.resolve(process.argv[2] ?? 'bench/out/md-1000');
const lint = await loadLint();
const processor = unified().use(remarkParse).use(remarkGfm);
const names = (await readdir(folder)).sort();

async function timeEach(run: (bytes: Uint8Array, name: string) => unknown): Promise<number[]> {
  const out: number[] = [];
  for (const name of names) {
    const bytes = await readFile(path.join(folder, name));
    const started = performance.now();
    await run(bytes, name);
    out.push(performance.now() - started);
  }
  return out;
}

const stats = (ms: number[]): { median: number; p95: number; total: number } => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), total: ms.reduce((a, b) => a + b, 0) };
};

// Warm both up on the first files so JIT compilation is not billed to the first reports.
for (const name of names.slice(0, 20)) {
  const bytes = await readFile(path.join(folder, name));
  await lint(bytes, { filePath: name, now: NOW });
  processor.parse(new TextDecoder().decode(bytes));
}
const reportlint = stats(await timeEach((bytes, name) => lint(bytes, { filePath: name, now: NOW })));
const parseOnly = stats(await timeEach((bytes) => processor.parse(new TextDecoder().decode(bytes))));
console.log(JSON.stringify({ files: names.length, reportlint, parseOnly }));
