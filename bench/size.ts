/**
 * lint() time for one (large) report in a fresh process, after a warm-up on a small report so JIT and module
 * loading are not billed to the size: median of `runs` calls. Prints JSON for run.ts.
 * Usage: node size.js <file> <small warm-up file> [runs]
 */
import { readFile } from 'node:fs/promises';
import { median } from './lib.js';
import { loadLint, NOW } from './reportlint-api.js';

const [file, warmUp, runs = '3'] = process.argv.slice(2) as [string, string, string?];
const lint = await loadLint();
const small = new Uint8Array(await readFile(warmUp));
for (let i = 0; i < 5; i++) await lint(small, { filePath: warmUp, now: NOW });
const bytes = new Uint8Array(await readFile(file));
const ms: number[] = [];
let last: Awaited<ReturnType<typeof lint>> = { messages: [] };
for (let i = 0; i < Number(runs); i++) {
  const started = performance.now();
  last = await lint(bytes, { filePath: file, now: NOW });
  ms.push(performance.now() - started);
}
const rules = [...new Set(last.messages.map((m) => m.ruleId ?? 'fatal'))].sort();
console.log(JSON.stringify({ bytes: bytes.length, ms: median(ms), runs: ms, rules }));
