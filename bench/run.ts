/**
 * `npm run bench`: generates 250/500/1,000 reports, then times, on the same files and as separate
 * processes, reportlint (one thread and `--concurrency auto`), markdownlint-cli2, remark-cli with
 * remark-preset-lint-recommended and the parse-only baseline; cold start for one report; the cache;
 * peak memory as the file count grows. Writes bench/RESULTS.md. Rounds are interleaved and the best
 * round is kept, because the machine may be shared (the load average is recorded).
 */
import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateReports } from './generate.js';

const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../..');
const OUT = path.join(ROOT, 'bench/out');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 5);
const SIZES = [250, 500, 1000];
const node = process.execPath;
const bin = (rel: string): string => path.join(ROOT, rel);

interface Run {
  wall: number;
  cpu: number;
  rssMb: number;
  code: number;
}

/** Runs a command under /usr/bin/time: wall seconds, user+sys seconds, peak RSS (MB). Output is drained. */
function measure(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '@@TIME %e %U %S %M', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const m = /@@TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(err);
      if (!m) return reject(new Error(`no timing for ${args.join(' ')}:\n${err}`));
      resolve({ wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMb: Number(m[4]) / 1024, code: code ?? -1 });
    });
  });
}

const tools = {
  reportlint: (target: string) => [node, bin('bin/reportlint.js'), target, '-f', 'compact', '--concurrency', 'auto'],
  'reportlint (2 threads)': (target: string) => [node, bin('bin/reportlint.js'), target, '-f', 'compact', '--concurrency', '2'],
  'reportlint (1 thread)': (target: string) => [node, bin('bin/reportlint.js'), target, '-f', 'compact', '--concurrency', 'off'],
  'markdownlint-cli2': (target: string) => [node, bin('node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), target.endsWith('/') ? `${target}*` : target],
  'remark-cli': (target: string) => [node, bin('node_modules/remark-cli/cli.js'), target, '--ext', 'md,txt', '--use', 'remark-preset-lint-recommended', '--no-stdout', '--quiet', '--no-config', '--no-ignore'],
  'parse-only': (target: string) => [node, bin('bench/out/build/parse-only.js'), target],
} as const;
type Tool = keyof typeof tools;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const best = (runs: Run[]): Run => runs.reduce((a, b) => (b.wall < a.wall ? b : a));
const fmt = (x: number, digits = 2): string => x.toFixed(digits);

async function perFile(folder: string): Promise<{ reportlint: { median: number; p95: number }; parseOnly: { median: number; p95: number } }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [bin('bench/out/build/per-file.js'), folder], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', () => {
      try {
        resolve(JSON.parse(out) as Awaited<ReturnType<typeof perFile>>);
      } catch (error) {
        reject(error);
      }
    });
  });
}

interface PdfTiming {
  file: string;
  bytes: number;
  coldMs: number;
  coldRuns: number[];
  firstMs: number;
  warmMs: number;
}

function pdfTiming(): Promise<PdfTiming> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [bin('bench/out/build/pdf.js')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', () => {
      try {
        resolve(JSON.parse(out) as PdfTiming);
      } catch (error) {
        reject(error);
      }
    });
  });
}

async function main(): Promise<void> {
  const loadBefore = loadavg();
  const folders: Record<number, string> = {};
  let bytes = 0;
  let defective = 0;
  for (const n of SIZES) {
    folders[n] = path.join(OUT, `n${n}`);
    const files = await generateReports(n, folders[n]);
    if (n === 1000) {
      bytes = files.reduce((a, f) => a + f.bytes, 0);
      defective = files.filter((f) => f.defect !== 'none').length;
    }
  }
  const big = `${path.relative(ROOT, folders[1000] as string)}/`;
  const oneFile = path.relative(ROOT, path.join(folders[1000] as string, '00001-gfm.md'));

  const totals = new Map<Tool, Run[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const tool of Object.keys(tools) as Tool[]) {
      const run = await measure(tools[tool](big));
      console.error(`round ${round + 1} ${tool}: ${fmt(run.wall)} s, ${fmt(run.rssMb, 0)} MB`);
      totals.set(tool, [...(totals.get(tool) ?? []), run]);
    }
  }
  const cold = new Map<string, number[]>();
  for (let i = 0; i < COLD_RUNS; i++) {
    for (const tool of ['reportlint (1 thread)', 'markdownlint-cli2', 'remark-cli'] as const) {
      cold.set(tool, [...(cold.get(tool) ?? []), (await measure(tools[tool](oneFile))).wall]);
    }
  }
  const memory: Array<[number, Run, Run]> = [];
  for (const n of SIZES) {
    const target = `${path.relative(ROOT, folders[n] as string)}/`;
    memory.push([n, await measure(tools['reportlint (1 thread)'](target)), await measure(tools.reportlint(target))]);
  }
  const cacheFile = path.join(OUT, 'cache/reportlintcache.json');
  const cacheArgs = [...tools['reportlint (1 thread)'](big), '--cache', '--cache-location', cacheFile];
  await rm(cacheFile, { force: true });
  const cacheCold = await measure(cacheArgs);
  const cacheWarm = best([await measure(cacheArgs), await measure(cacheArgs), await measure(cacheArgs)]);
  const per = await perFile(folders[1000] as string);
  // The evaluators' summary (issue 23) against the plain lint of the same batch, interleaved, medians.
  const summaryFile = path.join(OUT, 'summary.html');
  const batch: { lint: number[]; summary: number[] } = { lint: [], summary: [] };
  for (let round = 0; round < ROUNDS; round++) {
    batch.lint.push((await measure(tools['reportlint (1 thread)'](big))).wall);
    batch.summary.push((await measure([...tools['reportlint (1 thread)'](big).slice(0, 3), '-f', 'summary-html', '-o', summaryFile, '--concurrency', 'off'])).wall);
  }
  const loadAfter = loadavg();

  const b = Object.fromEntries([...totals].map(([k, v]) => [k, best(v)])) as Record<Tool, Run>;
  const coldMedian = (tool: string): number => median(cold.get(tool) ?? []);
  const ratioParse = b.reportlint.wall / b['parse-only'].wall;
  const ratioMdl = b.reportlint.wall / b['markdownlint-cli2'].wall;
  const one = b['reportlint (1 thread)'];
  const two = b['reportlint (2 threads)'];
  const ratioCold = coldMedian('reportlint (1 thread)') / coldMedian('markdownlint-cli2');
  const rssGrowth = (memory[2]?.[1].rssMb ?? 0) / (memory[0]?.[1].rssMb ?? 1);
  const ok = (pass: boolean): string => (pass ? '**met**' : '**missed**');
  const rows = (Object.keys(tools) as Tool[]).map((tool) => {
    const r = b[tool];
    return `| ${tool} | ${fmt(r.wall)} | ${fmt(r.cpu)} | ${fmt(1000 / r.wall, 0)} | ${fmt(r.rssMb, 0)} | ${totals.get(tool)?.map((x) => fmt(x.wall, 1)).join(' / ')} |`;
  });
  let md = `# Benchmark results (issue 7)

Reproduce: \`npm run bench\` (builds with tsc, generates the reports into \`bench/out/\`, runs everything below
and rewrites this file). \`BENCH_ROUNDS=5 npm run bench\` for more rounds.

Machine: ${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 16)}Z.
The machine was shared while measuring: load average ${loadBefore.map((x) => fmt(x, 1)).join(' ')} before, ${loadAfter.map((x) => fmt(x, 1)).join(' ')} after.
Each tool ran ${ROUNDS} interleaved rounds as its own process; the table keeps each tool's best round (all rounds in the last column).

Input: 1,000 generated reports (bench/generate.ts), ${fmt(bytes / 1e6, 1)} MB: 40% Markdown with GFM tables, 30% Markdown
with tab-separated tables, 30% text with one cell per line; one organ per report as in a province's batch, except that 10%
are the same organ's adjacent year (so the year-over-year pass runs); years 2021–2024 and sizes vary; ${defective} defective.
Every tool gets the same folder (markdownlint-cli2 \`folder/*\`, remark-cli \`--ext md,txt\`).

## 1,000 reports

| tool | wall s | CPU s | reports/s | peak RSS MB | wall s, every round |
|---|---|---|---|---|---|
${rows.join('\n')}

reportlint: \`reportlint <folder> -f compact --concurrency auto\` (a thread per core once there are enough files: two
here); "2 threads" is \`--concurrency 2\`, "1 thread" is \`--concurrency off\` (the default).
Parse-only: remark-parse + remark-gfm over the same files in one process (bench/parse-only.ts).

Per report, in one warmed-up process over the same 1,000 files (bench/per-file.ts): reportlint \`lint()\`
median **${fmt(per.reportlint.median)} ms** (p95 ${fmt(per.reportlint.p95)} ms); parse-only median ${fmt(per.parseOnly.median)} ms (p95 ${fmt(per.parseOnly.p95)} ms).

## Cold start, one report (median of ${COLD_RUNS})

| tool | s |
|---|---|
| reportlint | ${fmt(coldMedian('reportlint (1 thread)'))} |
| markdownlint-cli2 | ${fmt(coldMedian('markdownlint-cli2'))} |
| remark-cli | ${fmt(coldMedian('remark-cli'))} |

## Memory as the number of files grows (peak RSS, MB)

| reports | 1 thread | --concurrency auto |
|---|---|---|
${memory.map(([n, off, auto]) => `| ${n} | ${fmt(off.rssMb, 0)} | ${fmt(auto.rssMb, 0)} |`).join('\n')}

## Batch summary (1,000 reports, one thread; median of ${ROUNDS} interleaved rounds)

| run | wall s |
|---|---|
| \`reportlint <folder> -f compact\` | ${fmt(median(batch.lint))} |
| \`reportlint <folder> -f summary-html -o summary.html\` | ${fmt(median(batch.summary))} |

The summary takes **${fmt(median(batch.summary) / median(batch.lint))}×** the plain lint (target ≤ 1.2×).

## --cache (1,000 reports, one thread)

First run (fills the cache): ${fmt(cacheCold.wall)} s. Re-run over the unchanged folder: **${fmt(cacheWarm.wall)} s** (best of 3).

## Targets

| target | measured | |
|---|---|---|
| 1,000 reports ≤ 1.5 × parse-only | ${fmt(b.reportlint.wall)} s vs ${fmt(b['parse-only'].wall)} s = ${fmt(ratioParse)} × | ${ok(ratioParse <= 1.5)} |
| no slower than markdownlint-cli2 | ${fmt(b.reportlint.wall)} s vs ${fmt(b['markdownlint-cli2'].wall)} s = ${fmt(ratioMdl)} × | ${ok(ratioMdl <= 1)} |
| (the same, 1 thread / 2 threads) | ${fmt(one.wall / b['parse-only'].wall)} × / ${fmt(two.wall / b['parse-only'].wall)} × parse-only; ${fmt(one.wall / b['markdownlint-cli2'].wall)} × / ${fmt(two.wall / b['markdownlint-cli2'].wall)} × markdownlint-cli2 | |
| CPU time (all threads), auto vs parse-only | ${fmt(b.reportlint.cpu)} s vs ${fmt(b['parse-only'].cpu)} s = ${fmt(b.reportlint.cpu / b['parse-only'].cpu)} × | |
| cold start ≤ 2 × markdownlint-cli2's | ${fmt(coldMedian('reportlint (1 thread)'))} s vs ${fmt(coldMedian('markdownlint-cli2'))} s = ${fmt(ratioCold)} × | ${ok(ratioCold <= 2)} |
| memory flat (250 → 1,000 reports, 1 thread) | ${fmt(memory[0]?.[1].rssMb ?? 0, 0)} → ${fmt(memory[2]?.[1].rssMb ?? 0, 0)} MB = ${fmt(rssGrowth)} × for 4 × the files | ${ok(rssGrowth <= 1.5)} |
`;
  const pdf = await pdfTiming();
  md += `
## PDF (issue 13)

\`${pdf.file}\` (6 pages, ${fmt(pdf.bytes / 1024, 0)} KB, printed by Chromium from our own report; tables broken by
pages, running header and page numbers). bench/pdf.ts:

| run | ms |
|---|---|
| cold: a fresh \`reportlint\` process (median of 5) | ${fmt(pdf.coldMs, 0)} (${pdf.coldRuns.map((x) => fmt(x, 0)).join(' / ')}) |
| first lint() in a process (loads pdfjs, reads 6 pages) | ${fmt(pdf.firstMs, 0)} |
| warm lint(), pdfjs loaded (median of 10) | ${fmt(pdf.warmMs, 0)} |
`;
  // The browser test writes its own "## Editors' page" section (test/web/page.test.ts): keep it.
  const previous = await readFile(path.join(ROOT, 'bench/RESULTS.md'), 'utf8').catch(() => '');
  const page = /\n## Editors' page\n[\s\S]*?(?=\n## |$)/.exec(previous)?.[0] ?? '';
  await writeFile(path.join(ROOT, 'bench/RESULTS.md'), md + page);
  console.log(md);
}

await main();
