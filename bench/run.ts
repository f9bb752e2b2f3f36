/**
 * `npm run bench` (issue 21): generates the inputs from the layout fuzzer's model (inputs.ts), measures
 * reportlint and its anchors as separate processes in interleaved rounds, keeps medians (CPU and wall), and
 * writes bench/RESULTS.md with the "Done when" checks on top (results.ts).
 * `BENCH_QUICK=1 npm run bench`: few files, one round, smaller sizes: proves that everything runs, measures nothing.
 * `BENCH_ROUNDS=5` for more rounds.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import path from 'node:path';
import { LAYOUTS, type LayoutId } from '../test/fuzz/layouts.js';
import { Printer } from '../test/fuzz/render-pdf.js';
import {
  batchModels,
  bigReport,
  firstOf,
  markdownLayoutOf,
  pageCount,
  tildePeriodReport,
  writeBatch,
  type Written,
} from './inputs.js';
import { BENCH_MODULES, BUILD, COLD, helper, measure, NODE, OUT, ROOT, rotate, TOOL, type Run } from './lib.js';
import { writeResults, type Results } from './results.js';

const QUICK = process.env['BENCH_QUICK'] === '1';
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? (QUICK ? 1 : 3));
const COLD_RUNS = QUICK ? 3 : 9;
const MEMORY = QUICK ? [10, 20, 40, 80] : [10, 100, 1000, 5000];
const BATCH = QUICK ? 40 : 1000;
const PER_LAYOUT = QUICK ? 4 : 100;
const PDF_FILES = QUICK ? 2 : 12;
const SIZES = QUICK ? [100 << 10, 300 << 10, 1 << 20] : [100 << 10, 1 << 20, 3 << 20, 10 << 20];
const PDF_PAGES = 5;

const rel = (p: string): string => path.relative(ROOT, p);
const reportlint = (target: string, ...flags: string[]): string[] => [
  NODE,
  path.join(ROOT, 'bin/reportlint.js'),
  rel(target),
  ...flags,
];

/** The batch tools, each as its users run it, over one folder of Markdown reports. */
const BATCH_TOOLS = {
  [TOOL.off]: (dir: string) => reportlint(dir, '-f', 'compact', '--concurrency', 'off'),
  [TOOL.auto]: (dir: string) => reportlint(dir, '-f', 'compact', '--concurrency', 'auto'),
  [TOOL.two]: (dir: string) => reportlint(dir, '-f', 'compact', '--concurrency', '2'),
  [TOOL.summary]: (dir: string) =>
    reportlint(dir, '-f', 'summary-html', '-o', rel(path.join(OUT, 'summary.html')), '--concurrency', 'off'),
  [TOOL.floor]: (dir: string) => [NODE, path.join(BUILD, 'parse-only.js'), rel(dir)],
  [TOOL.remark]: (dir: string) => [
    NODE,
    path.join(BENCH_MODULES, 'remark-cli/cli.js'),
    rel(dir),
    '--ext',
    'md',
    '--quiet',
    '--no-stdout',
  ],
  [TOOL.mdl]: (dir: string) => [
    NODE,
    path.join(BENCH_MODULES, 'markdownlint-cli2/markdownlint-cli2-bin.mjs'),
    `${rel(dir)}/*.md`,
  ],
} as const;
type BatchTool = keyof typeof BATCH_TOOLS;

async function rounds<K extends string>(
  keys: readonly K[],
  command: (key: K) => string[],
  label: string,
): Promise<Map<K, Run[]>> {
  const runs = new Map<K, Run[]>(keys.map((k) => [k, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const key of rotate(keys, round)) {
      const run = await measure(command(key));
      console.error(
        `${label} round ${round + 1} ${key}: ${run.wall.toFixed(2)} s wall, ${run.cpu.toFixed(2)} s CPU, ${run.rssMb.toFixed(0)} MB`,
      );
      runs.get(key)!.push(run);
    }
  }
  return runs;
}

/** The PDF renders of the batch's models, and one report of exactly PDF_PAGES pages (printed until found). */
async function pdfInputs(
  models: ReturnType<typeof batchModels>,
): Promise<{ batch: Written; fivePages: string; pages: number } | null> {
  const printer = new Printer();
  if (!printer.available) return null;
  try {
    const batch = await writeBatch(path.join(OUT, 'layout-pdf'), models.slice(0, PDF_FILES), () => 'pdf', printer);
    for (const file of batch.files) {
      const pages = pageCount(await readFile(file));
      if (pages === PDF_PAGES) return { batch, fivePages: file, pages };
    }
    for (let more = PDF_FILES; more < Math.min(models.length, PDF_FILES + 40); more++) {
      const one = await writeBatch(path.join(OUT, 'pdf-pages'), [models[more]!], () => 'pdf', printer);
      const pages = pageCount(await readFile(one.files[0]!));
      if (pages === PDF_PAGES) return { batch, fivePages: one.files[0]!, pages };
    }
    const first = batch.files[0]!;
    return { batch, fivePages: first, pages: pageCount(await readFile(first)) };
  } finally {
    await printer.close();
  }
}

/**
 * The tests under test/ that state a tilde period (a test proves it; the bench only looks for one): the exact
 * string, or the same date range written in a template (`${year}年1月1日~${year}年12月31日`).
 */
async function testMentions(text: string): Promise<string[]> {
  const templated = /年1月1日~\$\{\w+\}年12月31日/;
  const matches = (source: string): boolean => source.includes(text) || templated.test(source);
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(p);
      else if (/\.test\.ts$/.test(entry.name) && matches(await readFile(p, 'utf8'))) found.push(rel(p));
    }
  };
  await walk(path.join(ROOT, 'test'));
  return found;
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadBefore = loadavg();

  // Inputs.
  const models = batchModels(Math.max(...MEMORY, BATCH, PER_LAYOUT));
  const all = await writeBatch(
    path.join(OUT, `md-${Math.max(...MEMORY)}`),
    models.slice(0, Math.max(...MEMORY)),
    markdownLayoutOf,
  );
  const folders = new Map<number, Written>();
  for (const n of MEMORY) folders.set(n, n === all.files.length ? all : await firstOf(all, n, path.join(OUT, `md-${n}`)));
  const batch = await writeBatch(path.join(OUT, `md-batch-${BATCH}`), models.slice(0, BATCH), markdownLayoutOf);
  const layouts = new Map<LayoutId, Written>();
  for (const id of LAYOUTS.filter((l) => l !== 'pdf'))
    layouts.set(id, await writeBatch(path.join(OUT, `layout-${id}`), models.slice(0, PER_LAYOUT), () => id));
  const pdf = await pdfInputs(models);
  if (pdf) layouts.set('pdf', pdf.batch);
  const sizes: Array<{ target: number; file: string; bytes: number }> = [];
  for (const target of SIZES) {
    const text = bigReport(target);
    const file = path.join(OUT, `size-${target}.md`);
    await writeFile(file, text);
    sizes.push({ target, file, bytes: Buffer.byteLength(text) });
  }
  const tilde = tildePeriodReport();
  const tildeFile = path.join(OUT, 'period-tilde.md');
  await writeFile(tildeFile, tilde.text);
  const small = batch.files.find((f) => f.includes('-md-gfm.')) ?? batch.files[0]!;
  console.error(`inputs written in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  // The Markdown batch: every tool, interleaved rounds.
  const toolNames = Object.keys(BATCH_TOOLS) as BatchTool[];
  const batchRuns = await rounds(toolNames, (t) => BATCH_TOOLS[t](batch.folder), `batch ${BATCH}`);
  const perFile = await helper<Results['perFile']>('per-file', [batch.folder]);

  // Every other layout, reportlint on one thread.
  const layoutIds = [...layouts.keys()];
  const layoutRuns = await rounds(
    layoutIds,
    (id) => reportlint(layouts.get(id)!.folder, '-f', 'compact', '--concurrency', 'off'),
    'layout',
  );

  // Cold starts, interleaved.
  const coldCommands: Record<string, string[]> = {
    [COLD.reportlint]: reportlint(small, '-f', 'compact'),
    [COLD.mdl]: [NODE, path.join(BENCH_MODULES, 'markdownlint-cli2/markdownlint-cli2-bin.mjs'), rel(small)],
    [COLD.remark]: [NODE, path.join(BENCH_MODULES, 'remark-cli/cli.js'), rel(small), '--quiet', '--no-stdout'],
    [COLD.node]: [NODE, '-e', '0'],
    ...(pdf ? { [COLD.pdf]: reportlint(pdf.fivePages, '-f', 'compact') } : {}),
  };
  const cold = new Map<string, number[]>(Object.keys(coldCommands).map((k) => [k, []]));
  for (let i = 0; i < COLD_RUNS; i++)
    for (const k of rotate(Object.keys(coldCommands), i)) cold.get(k)!.push((await measure(coldCommands[k]!)).wall);
  const pdfWarm = pdf
    ? await helper<{ firstMs: number; warmMs: number; messages: number; fatal: boolean }>('pdf', [pdf.fivePages])
    : null;

  // Memory (and the worker crossover) as the number of files grows: one run each. The largest count runs on
  // one thread only (the Done-when check), which keeps the full run bounded.
  const memory: Results['memory'] = [];
  for (const n of MEMORY) {
    const dir = folders.get(n)!.folder;
    const off = await measure(reportlint(dir, '-f', 'compact', '--concurrency', 'off'));
    const largest = n === Math.max(...MEMORY);
    const auto = largest ? null : await measure(reportlint(dir, '-f', 'compact', '--concurrency', 'auto'));
    const floor = largest ? null : await measure(BATCH_TOOLS[TOOL.floor](dir));
    console.error(
      `memory ${n}: off ${off.rssMb.toFixed(0)} MB ${off.wall.toFixed(2)} s, auto ${auto?.rssMb.toFixed(0)} MB ${auto?.wall.toFixed(2)} s, floor ${floor?.rssMb.toFixed(0)} MB`,
    );
    memory.push({ files: n, off, auto, floor });
  }

  // One report growing from 100 KB to 10 MB: lint() in a fresh process (median of 3), and the CLI once.
  const sizeRuns: Results['sizes'] = [];
  for (const s of sizes) {
    const lib = await helper<{ ms: number; rules: string[] }>('size', [s.file, small, '3']);
    const cli = await measure(reportlint(s.file, '-f', 'compact'));
    console.error(`size ${s.bytes} B: lint() ${lib.ms.toFixed(0)} ms, CLI ${cli.wall.toFixed(2)} s, ${cli.rssMb.toFixed(0)} MB`);
    sizeRuns.push({ bytes: s.bytes, ms: lib.ms, rules: lib.rules, cli });
  }

  // --cache over the batch: the run that fills it, then the median of 3 re-runs.
  const cacheArgs = [
    ...reportlint(batch.folder, '-f', 'compact', '--concurrency', 'off'),
    '--cache',
    '--cache-location',
    rel(path.join(OUT, 'cache/reportlintcache.json')),
  ];
  spawnSync('rm', ['-rf', path.join(OUT, 'cache')]);
  const cacheFill = await measure(cacheArgs);
  const cacheHits = [await measure(cacheArgs), await measure(cacheArgs), await measure(cacheArgs)];

  // The tilde period (issue 21): reportlint reads it as a period, and a test says so.
  const tildeRun = spawnSync(NODE, [path.join(ROOT, 'bin/reportlint.js'), rel(tildeFile), '-f', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const tildeMessages = (
    JSON.parse(tildeRun.stdout) as Array<{ messages: Array<{ ruleId: string | null; messageId?: string }> }>
  ).flatMap((r) => r.messages);
  const period = {
    replaced: tilde.replaced,
    findings: tildeMessages.filter((m) => m.ruleId === 'statistical-period').map((m) => `${m.ruleId}:${m.messageId ?? ''}`),
    tests: await testMentions('2023年1月1日~2023年12月31日'),
  };

  const results: Results = {
    quick: QUICK,
    rounds: ROUNDS,
    coldRuns: COLD_RUNS,
    machine: `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.version}`,
    date: new Date().toISOString().slice(0, 16),
    loadBefore,
    loadAfter: loadavg(),
    seconds: (Date.now() - started) / 1000,
    batch: { ...batch, files: batch.files.length, gfm: batch.files.filter((f) => f.includes('-md-gfm')).length },
    batchRuns: Object.fromEntries(batchRuns) as Results['batchRuns'],
    perFile,
    layouts: layoutIds.map((id) => ({
      id,
      files: layouts.get(id)!.files.length,
      bytes: layouts.get(id)!.bytes,
      runs: layoutRuns.get(id)!,
    })),
    pdfSkipped: pdf ? null : 'chromium not found (set CHROMIUM): no PDF inputs, no PDF timings',
    cold: Object.fromEntries([...cold].map(([k, v]) => [k, v])),
    small: { file: rel(small), bytes: (await readFile(small)).byteLength },
    pdf:
      pdf && pdfWarm
        ? { file: rel(pdf.fivePages), pages: pdf.pages, bytes: (await readFile(pdf.fivePages)).byteLength, ...pdfWarm }
        : null,
    memory,
    sizes: sizeRuns,
    cache: { fill: cacheFill, hits: cacheHits },
    period,
  };
  const file = path.join(ROOT, 'bench/RESULTS.md');
  const previous = existsSync(file) ? await readFile(file, 'utf8') : '';
  const md = writeResults(results, previous);
  await writeFile(file, md);
  console.log(md);
}

await main();
