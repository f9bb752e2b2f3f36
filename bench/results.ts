/**
 * bench/RESULTS.md from one run's measurements: the "Done when" checks of issue 21 first (measured ratio,
 * target, PASS/FAIL), then the tables they come from. Medians everywhere; all rounds are listed too.
 */
import { COLD, fmt, median, TOOL, type Run } from './lib.js';

type Stats = { median: number; p95: number; total: number };

export interface Results {
  quick: boolean;
  rounds: number;
  coldRuns: number;
  machine: string;
  date: string;
  loadBefore: number[];
  loadAfter: number[];
  seconds: number;
  batch: { folder: string; files: number; bytes: number; defective: number; adjacentYears: number; gfm: number };
  batchRuns: Record<string, Run[]>;
  perFile: { files: number; reportlint: Stats; parseOnly: Stats };
  layouts: Array<{ id: string; files: number; bytes: number; runs: Run[] }>;
  pdfSkipped: string | null;
  cold: Record<string, number[]>;
  small: { file: string; bytes: number };
  pdf: { file: string; pages: number; bytes: number; firstMs: number; warmMs: number; messages: number; fatal: boolean } | null;
  memory: Array<{ files: number; off: Run; auto: Run | null; floor: Run | null }>;
  sizes: Array<{ bytes: number; ms: number; rules: string[]; cli: Run }>;
  cache: { fill: Run; hits: Run[] };
  period: { replaced: boolean; findings: string[]; tests: string[] };
}

const MB = 1 << 20;
const wall = (runs: Run[] | undefined): number => median((runs ?? []).map((r) => r.wall));
const cpu = (runs: Run[] | undefined): number => median((runs ?? []).map((r) => r.cpu));
const rss = (runs: Run[] | undefined): number => median((runs ?? []).map((r) => r.rssMb));
const verdict = (pass: boolean | null): string => (pass === null ? 'n/a' : pass ? '**PASS**' : '**FAIL**');
const size = (bytes: number): string => (bytes >= MB ? `${fmt(bytes / MB, 1)} MB` : `${fmt(bytes / 1024, 0)} KB`);
const count = (n: number): string => n.toLocaleString('en-US');

function doneWhen(r: Results): string {
  const b = r.batchRuns;
  const cpuRatio = cpu(b[TOOL.off]) / cpu(b[TOOL.floor]);
  const autoRatio = wall(b[TOOL.auto]) / wall(b[TOOL.floor]);
  const coldRl = median(r.cold[COLD.reportlint] ?? []);
  const coldMdl = median(r.cold[COLD.mdl] ?? []);
  const coldPdf = median(r.cold[COLD.pdf] ?? []);
  const [memLow, memHigh] = r.memory.slice(-2);
  const memRatio = (memHigh?.off.rssMb ?? NaN) / (memLow?.off.rssMb ?? NaN);
  const perMb = r.sizes.map((s) => s.ms / (s.bytes / MB));
  const steps = perMb.slice(1).map((x, i) => x / perMb[i]!);
  const worst = Math.max(...steps);
  const n = count(r.batch.files);
  const periodPass = r.period.replaced && r.period.findings.length === 0 && r.period.tests.length > 0;
  const rows = [
    [
      `one thread, ${n} Markdown reports: CPU vs the parse floor`,
      `${fmt(cpu(b[TOOL.off]))} s / ${fmt(cpu(b[TOOL.floor]))} s = **${fmt(cpuRatio)}×**`,
      '≤ 1.0×',
      verdict(cpuRatio <= 1),
    ],
    [
      `both cores (\`--concurrency auto\`), ${n} reports: wall vs the floor's wall`,
      `${fmt(wall(b[TOOL.auto]))} s / ${fmt(wall(b[TOOL.floor]))} s = **${fmt(autoRatio)}×**`,
      '≤ 0.7×',
      verdict(autoRatio <= 0.7),
    ],
    [
      'cold start, one small Markdown report, vs markdownlint-cli2 (both `node <bin>`)',
      `${fmt(coldRl)} s / ${fmt(coldMdl)} s = **${fmt(coldRl / coldMdl)}×**`,
      '≤ 1.0×',
      verdict(coldRl / coldMdl <= 1),
    ],
    [
      `peak RSS at ${count(memHigh?.files ?? 0)} files vs ${count(memLow?.files ?? 0)} (one thread)`,
      `${fmt(memHigh?.off.rssMb ?? NaN, 0)} MB / ${fmt(memLow?.off.rssMb ?? NaN, 0)} MB = **${fmt(memRatio)}×**`,
      '≤ 1.3×',
      verdict(memRatio <= 1.3),
    ],
    [
      `one report ${size(r.sizes[0]?.bytes ?? 0)} → ${size(r.sizes.at(-1)?.bytes ?? 0)}: worst step of time per MB`,
      `steps ${steps.map((x) => `${fmt(x)}×`).join(', ')}: worst **${fmt(worst)}×**`,
      '≤ 1.2×',
      verdict(steps.length ? worst <= 1.2 : null),
    ],
    [
      `a ${r.pdf?.pages ?? '?'}-page PDF in a fresh process vs the small Markdown report's cold start`,
      r.pdf ? `${fmt(coldPdf)} s / ${fmt(coldRl)} s = **${fmt(coldPdf / coldRl)}×**` : (r.pdfSkipped ?? ''),
      '≤ 1.5×',
      verdict(r.pdf ? coldPdf / coldRl <= 1.5 && r.pdf.pages === 5 : null),
    ],
    [
      'a test proves `2023年1月1日~2023年12月31日` reads as a period',
      `${r.period.tests.length ? `test: ${r.period.tests.map((t) => `\`${t}\``).join(', ')}` : 'no test under test/ states it'}; the CLI on a clean report with two such ranges in one paragraph (bench/out/period-tilde.md): ${r.period.findings.length ? r.period.findings.join(', ') : 'no statistical-period finding'}`,
      'a test, and no finding',
      verdict(periodPass),
    ],
  ];
  return [
    '| Done when (issue 21) | measured | target | |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function batchTable(r: Results): string {
  const floor = r.batchRuns[TOOL.floor];
  const rows = Object.entries(r.batchRuns).map(
    ([tool, runs]) =>
      `| ${tool} | ${fmt(wall(runs))} | ${fmt(cpu(runs))} | ${fmt(cpu(runs) / cpu(floor))}× | ${fmt(wall(runs) / wall(floor))}× | ${fmt(r.batch.files / wall(runs), 0)} | ${fmt(rss(runs), 0)} | ${runs.map((x) => `${fmt(x.wall, 1)}/${fmt(x.cpu, 1)}`).join(' · ')} |`,
  );
  return [
    '| tool | wall s | CPU s | CPU vs floor | wall vs floor | reports/s | peak RSS MB | every round, wall/CPU s |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

export function writeResults(r: Results, previous: string): string {
  const b = r.batch;
  const coldRows = Object.entries(r.cold).map(
    ([k, v]) =>
      `| ${k === COLD.pdf && r.pdf ? `reportlint, ${r.pdf.pages}-page PDF` : k} | ${fmt(median(v))} | ${v.map((x) => fmt(x)).join(' / ')} |`,
  );
  const layoutRows = r.layouts.map(
    (l) =>
      `| ${l.id} | ${l.files} | ${size(l.bytes)} | ${fmt(wall(l.runs))} | ${fmt(cpu(l.runs))} | ${fmt(l.files / wall(l.runs), 1)} | ${fmt(rss(l.runs), 0)} |`,
  );
  const memRows = r.memory.map(
    (m) =>
      `| ${count(m.files)} | ${fmt(m.off.rssMb, 0)} | ${m.auto ? fmt(m.auto.rssMb, 0) : '—'} | ${m.floor ? fmt(m.floor.rssMb, 0) : '—'} | ${fmt(m.off.wall)} | ${m.auto ? fmt(m.auto.wall) : '—'} | ${m.auto ? `${fmt(m.auto.wall / m.off.wall)}×` : '—'} |`,
  );
  const sizeRows = r.sizes.map((s, i) => {
    const perMb = s.ms / (s.bytes / MB);
    const prev = i ? r.sizes[i - 1]! : null;
    const step = prev ? `${fmt(perMb / (prev.ms / (prev.bytes / MB)))}×` : '';
    return `| ${size(s.bytes)} | ${fmt(s.ms, 0)} | ${fmt(perMb, 0)} | ${step} | ${fmt(s.cli.wall)} | ${fmt(s.cli.rssMb, 0)} | ${s.rules.join(', ') || 'none'} |`;
  });
  const summaryRatio = wall(r.batchRuns[TOOL.summary]) / wall(r.batchRuns[TOOL.off]);
  const quick = r.quick
    ? `> **QUICK RUN** (\`BENCH_QUICK=1\`): few files, ${r.rounds} round, small sizes. It proves that the bench runs; its numbers measure nothing and its PASS/FAIL mean nothing. \`npm run bench\` is the measurement.\n\n`
    : '';
  let md = `# Benchmark results (issue 21)

${quick}Reproduce: \`npm run bench\` (builds, installs the bench's own tools from bench/package.json when missing, generates the inputs into
\`bench/out/\`, runs everything below, rewrites this file; about ${fmt(r.seconds / 60, 0)} min here). \`BENCH_ROUNDS=5 npm run bench\` for more rounds.

Machine: ${r.machine}, ${r.date}Z. Load average (1/5/15 min) ${r.loadBefore.map((x) => fmt(x, 1)).join(' ')} before, ${r.loadAfter.map((x) => fmt(x, 1)).join(' ')} after: the machine may be
shared, so compare ratios within this run, not seconds across runs. Every figure is the **median** of ${r.rounds} interleaved
round${r.rounds === 1 ? '' : 's'} (the order rotates each round); CPU is user + sys of the process and its threads (/usr/bin/time).

${doneWhen(r)}

## Inputs

Drawn from the layout fuzzer's model and renderers (test/fuzz/, docs/fuzzing.md; bench/inputs.ts): the variations and
defects the fuzzer proves in \`npm test\` (test/fuzz/in-test.ts), a defect in ~10 % of the reports, a distinct organ per report
except ~10 % that are the previous report's organ one year on (so the year-over-year pass runs).

The Markdown batch: ${count(b.files)} reports, ${size(b.bytes)}, Markdown only: ${count(b.gfm)} with GFM tables, ${count(b.files - b.gfm)} with tab-separated
tables; ${b.defective} with a defect, ${b.adjacentYears} an organ's adjacent year.

## The Markdown batch (${count(b.files)} reports), every tool on the same folder

${batchTable(r)}

- reportlint: \`node bin/reportlint.js <folder> -f compact --concurrency off|auto|2\`; the summary row is \`-f summary-html -o …\`
  on one thread (issue 23: ≤ 1.2× the plain lint; here **${fmt(summaryRatio)}×**).
- The parse floor: remark-parse + remark-gfm (its table parser at 2.1.2, as a fresh install gets it) over the same files in one
  process, no rules (bench/parse-only.ts).
- remark-cli: \`node bench/node_modules/remark-cli/cli.js <folder> --ext md --quiet --no-stdout\` with bench/.remarkrc.json
  (remark-preset-lint-recommended and remark-gfm), as a remark user runs it.
- markdownlint-cli2: \`node bench/node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs "<folder>/*.md"\`, default rules.

Per report in one warmed-up process (bench/per-file.ts, the library's \`lint()\`): reportlint median **${fmt(r.perFile.reportlint.median)} ms**
(p95 ${fmt(r.perFile.reportlint.p95)} ms, total ${fmt(r.perFile.reportlint.total / 1000)} s); the parse floor median ${fmt(r.perFile.parseOnly.median)} ms (p95 ${fmt(r.perFile.parseOnly.p95)} ms, total ${fmt(r.perFile.parseOnly.total / 1000)} s).

## Every layout, reportlint on one thread

The first reports of the batch rendered in each of the fuzzer's layouts, \`--concurrency off\`, median of ${r.rounds} interleaved round${r.rounds === 1 ? '' : 's'}
(process start included).${r.pdfSkipped ? ` PDF: ${r.pdfSkipped}.` : ''}

| layout | reports | size | wall s | CPU s | reports/s | peak RSS MB |
|---|---|---|---|---|---|---|
${layoutRows.join('\n')}

## Cold start (median of ${r.coldRuns}, interleaved)

One small report of the batch (\`${r.small.file}\`, ${size(r.small.bytes)}), each tool as \`node <bin>\`; wall seconds.

| run | median s | every run |
|---|---|---|
${coldRows.join('\n')}

${
  r.pdf
    ? `The PDF: \`${r.pdf.file}\` (${r.pdf.pages} pages, ${size(r.pdf.bytes)}, printed by Chromium from a fuzzer model). In a warm process (bench/pdf.ts):
the first \`lint()\` (loads pdfjs, reads every page) **${fmt(r.pdf.firstMs, 0)} ms**; then, pdfjs loaded, **${fmt(r.pdf.warmMs, 0)} ms** (median of 10); ${r.pdf.messages} messages${r.pdf.fatal ? ', **fatal**' : ''}.`
    : `PDF: ${r.pdfSkipped ?? ''}.`
}

## Memory, and the worker crossover, as the number of files grows

Markdown reports of the batch's kind, one run each (the largest count on one thread only, to keep the run bounded). Peak RSS of
the whole process (threads included). A batch runs with the heap the bin sets for it (\`src/cli/heap.ts\`): 64 MB semi-spaces and
the old generation's growth capped at 2× (\`--heap-growing-percent=100\`); with V8's own factor 5,000 reports peaked 1.37× 1,000.

| reports | RSS MB, one thread | RSS MB, auto | RSS MB, parse floor | wall s, one thread | wall s, auto | auto / one thread |
|---|---|---|---|---|---|---|
${memRows.join('\n')}

## One report, ${size(r.sizes[0]?.bytes ?? 0)} → ${size(r.sizes.at(-1)?.bytes ?? 0)}

A clean GFM report grown by further narrative paragraphs in section 一 (bench/inputs.ts \`bigReport\`). \`lint()\` in a fresh process after
a warm-up on the small report (median of 3, bench/size.ts); "linear" = no step worse than 1.2× the previous time per MB. The CLI
column is one \`node bin/reportlint.js <file>\` run (start-up included).

| size | lint() ms | ms per MB | step | CLI wall s | CLI peak RSS MB | rules with findings |
|---|---|---|---|---|---|---|
${sizeRows.join('\n')}

## --cache (the batch, one thread)

First run (fills the cache): ${fmt(r.cache.fill.wall)} s. Re-run over the unchanged folder: **${fmt(wall(r.cache.hits))} s** (median of 3).
`;
  // The browser test writes its own "## Editors' page" section (test/web/harness.ts): keep it.
  const page = /\n## Editors' page\n[\s\S]*?(?=\n## |$)/.exec(previous)?.[0] ?? '';
  md += page;
  return md;
}
