/**
 * `npm run fuzz -- --seeds N [--start S] [--seed S] [--layout X[,Y]] [--variations all|test|none] [--dump DIR] [--quiet]`
 *
 * Draws N models (seeds S … S+N−1, or the one --seed), renders each in every layout (or the --layout ones),
 * lints and checks the properties of properties.ts. Prints each failing seed with its drawn variations and
 * defect, then a summary: renders × layouts, errors on clean models, failures per variation, per defect and
 * per property, with each failing render retried variation by variation to say which variation is to blame
 * (PDF only with --attribute-pdf). --variations test draws only the in-`npm test` lists of in-test.ts (variations,
 * defects, and layouts unless --layout is given), none only the plain form; --dump writes the inputs
 * of failing renders to DIR. Exits 1 when any render fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { IN_TEST_DEFECTS, IN_TEST_LAYOUTS, IN_TEST_VARIATIONS } from './in-test.js';
import { FAMILY, FILE, LAYOUTS, render, type LayoutId } from './layouts.js';
import { ALL_VARIATIONS, DEFECTS, describeModel, drawModel, makeModel, type Variation } from './model.js';
import { fuzzSeed, renderAndCheck, type RenderResult } from './properties.js';
import { Printer } from './render-pdf.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const flag = (name: string): boolean => process.argv.includes(`--${name}`);

const single = arg('seed');
const count = Number(arg('seeds') ?? 50);
const start = Number(arg('start') ?? 1);
const seeds = single !== undefined ? [Number(single)] : Array.from({ length: count }, (_, i) => start + i);
const testSet = arg('variations') === 'test';
const layoutArg = arg('layout');
let layouts: LayoutId[] = layoutArg ? (layoutArg.split(',') as LayoutId[]) : testSet ? [...IN_TEST_LAYOUTS] : [...LAYOUTS];
for (const l of layouts) if (!LAYOUTS.includes(l)) throw new Error(`unknown layout ${l}; one of ${LAYOUTS.join(', ')}`);
const noVariations = arg('variations') === 'none';
const dump = arg('dump');
const quiet = flag('quiet');
/** Retrying failing PDF renders variation by variation costs a print each: only on request. */
const attributePdf = flag('attribute-pdf');

const printer = new Printer();
if (layouts.includes('pdf') && !printer.available) {
  console.warn(`fuzz: chromium not found (CHROMIUM or /usr/bin/chromium); the pdf layout is skipped`);
  layouts = layouts.filter((l) => l !== 'pdf');
}

const all: RenderResult[] = [];

/**
 * Attribution: a failing render whose plain form (same seed and defect, no variation) passes is retried
 * with each of its variations alone; a variation that fails alone is implicated. Per layout and variation.
 */
const baseFails = new Map<string, boolean>();
const tried = new Map<string, number>();
const implicated = new Map<string, number>();
/** Why each failing render failed: its plain form fails, one of its variations fails alone, or only the combination. */
const explained = new Map<string, number>();
const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
async function attribute(r: RenderResult): Promise<void> {
  if (!r.variations.length) return void bump(explained, 'plain form fails');
  if (r.layout === 'pdf' && !attributePdf) return void bump(explained, 'pdf, not retried');
  const id = `${r.seed}/${r.layout}`;
  if (!baseFails.has(id))
    baseFails.set(id, (await renderAndCheck(makeModel(r.seed, [], r.defect), r.layout, printer)).failures.length > 0);
  if (baseFails.get(id)) return void bump(explained, 'plain form fails');
  let any = false;
  for (const v of r.variations) {
    bump(tried, `${v}|${r.layout}`);
    if ((await renderAndCheck(makeModel(r.seed, [v], r.defect), r.layout, printer)).failures.length) {
      bump(implicated, `${v}|${r.layout}`);
      any = true;
    }
  }
  bump(explained, any ? 'a variation fails alone' : 'only the combination fails');
}

const started = Date.now();
try {
  for (const seed of seeds) {
    const { model, results } = await fuzzSeed(seed, {
      layouts,
      printer,
      keepInput: Boolean(dump),
      ...(testSet ? { allowed: IN_TEST_VARIATIONS, defects: IN_TEST_DEFECTS } : {}),
      ...(noVariations ? { allowed: [] } : {}),
    });
    all.push(...results);
    for (const r of results) if (r.failures.length) await attribute(r);
    const failing = results.filter((r) => r.failures.length);
    if (failing.length && !quiet) {
      console.log(`\n✖ ${describeModel(model)}`);
      for (const r of failing) {
        console.log(`  ${r.layout} [${r.variations.join(', ') || 'no variation'}]`);
        for (const f of r.failures) console.log(`    ${f.property}: ${f.detail.split('\n').slice(0, 3).join(' ⏎ ')}`);
      }
    }
    if (dump && failing.length) {
      mkdirSync(dump, { recursive: true });
      for (const r of failing) {
        const data =
          r.input ??
          (await render(
            drawModel(seed, testSet ? { allowed: IN_TEST_VARIATIONS, defects: IN_TEST_DEFECTS } : {}),
            r.layout,
            printer,
          ));
        writeFileSync(join(dump, `${seed}-${r.layout}-${FILE[r.layout]}`), data);
      }
    }
  }
} finally {
  await printer.close();
}

// ---------------------------------------------------------------------------------------------------------
// Summary.

const pct = (a: number, b: number): string => (b ? `${Math.round((100 * a) / b)}%` : '–');
const table = (head: string[], rows: Array<Array<string | number>>): string => {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const w = head.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]): string => `| ${r.map((c, i) => c + ' '.repeat(w[i]! - [...c].length)).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
};
const failed = (r: RenderResult): boolean => r.failures.length > 0;

console.log(
  `\n## Summary: ${seeds.length} seeds, ${all.length} renders, ${((Date.now() - started) / 1000).toFixed(1)} s (variations: ${testSet ? 'in-test list' : 'all'})\n`,
);
console.log(
  table(
    [
      'layout',
      'family',
      'renders',
      'failing',
      'rate',
      'clean models',
      'clean with errors',
      'defect failures',
      'extract failures',
      'findings differ',
      'crashes',
    ],
    layouts.map((l) => {
      const rs = all.filter((r) => r.layout === l);
      const clean = rs.filter((r) => !r.defect);
      const has = (p: string) => rs.filter((r) => r.failures.some((f) => f.property === p)).length;
      const cleanErr = clean.filter((r) =>
        r.failures.some((f) => f.property === 'clean' && f.detail.startsWith('unexpected error')),
      ).length;
      return [
        l,
        FAMILY[l],
        rs.length,
        rs.filter(failed).length,
        pct(rs.filter(failed).length, rs.length),
        clean.length,
        cleanErr,
        has('defect'),
        has('extract'),
        has('same-findings'),
        has('crash'),
      ];
    }),
  ),
);

const sumBy = (m: Map<string, number>, v: string): number =>
  [...m.entries()].filter(([k]) => k.startsWith(`${v}|`)).reduce((a, [, n]) => a + n, 0);
const variationRows = (['(none)', ...ALL_VARIATIONS] as Array<Variation | '(none)'>).map((v) => {
  const rs = all.filter((r) => (v === '(none)' ? r.variations.length === 0 : r.variations.includes(v)));
  const where = layouts
    .map((l) => [l, implicated.get(`${v}|${l}`) ?? 0] as const)
    .filter(([, n]) => n > 0)
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  return [
    v,
    rs.length,
    rs.filter(failed).length,
    pct(rs.filter(failed).length, rs.length),
    v === '(none)' ? '' : `${sumBy(implicated, v)}/${sumBy(tried, v)}`,
    where,
  ];
});
console.log(
  '\n### Failures per variation\n\nA render counts for every variation it shows. "fails alone": of the failing renders whose plain form passes,\nhow many fail again with only this variation (the variation is implicated), and in which layouts.' +
    (attributePdf ? '' : ' PDF renders are not retried (--attribute-pdf).') +
    '\n',
);
console.log(table(['variation', 'renders', 'failing', 'rate', 'fails alone', 'implicated in'], variationRows));
console.log('\nFailing renders by cause:\n');
console.log(table(['cause', 'renders'], [...explained.entries()]));

console.log('\n### Failures per defect ("plain": renders of the model with no variation)\n');
console.log(
  table(
    ['defect', 'renders', 'failing', 'rate', 'plain renders', 'plain failing', 'plain failing in'],
    (['none', ...DEFECTS] as const).map((d) => {
      const rs = all.filter((r) => (r.defect ?? 'none') === d);
      const plain = rs.filter((r) => r.variations.length === 0);
      const where = [...new Set(plain.filter(failed).map((r) => r.layout))].join(', ');
      return [
        d,
        rs.length,
        rs.filter(failed).length,
        pct(rs.filter(failed).length, rs.length),
        plain.length,
        plain.filter(failed).length,
        where,
      ];
    }),
  ),
);

const props = ['clean', 'defect', 'extract', 'same-findings', 'crash'];
console.log('\n### Failing renders per property\n');
console.log(
  table(
    ['property', 'renders'],
    props.map((p) => [p, all.filter((r) => r.failures.some((f) => f.property === p)).length]),
  ),
);

// The most frequent unexpected findings, to see which rule cries wolf where.
const wolves = new Map<string, number>();
for (const r of all)
  for (const f of r.failures)
    if (f.property === 'clean' || f.property === 'defect')
      wolves.set(f.detail.replace(/ @\d+:.*/, ''), (wolves.get(f.detail.replace(/ @\d+:.*/, '')) ?? 0) + 1);
console.log('\n### Most frequent property 1/2 failures\n');
console.log(table(['failure', 'occurrences'], [...wolves.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15)));

process.exitCode = all.some(failed) ? 1 : 0;
