/**
 * The layout fuzzer in `npm test` (issue #16, "Never cry wolf"), bounded by count: the in-test models 0–23
 * (in-test-models.ts: every text layout of the in-test list, also as .docx, the first 6 also printed to PDF by
 * Chromium, skipped with a notice when chromium is missing; models 24–39 run in `npm run test:slow`).
 * Variations, defects and layouts come from the explicit lists of in-test.ts; `npm run fuzz -- --seeds 200` runs everything and prints per-variation counts.
 * A failing seed prints its model and drawn variations; reproduce it with `npm run fuzz -- --seed S`.
 */
import { describe, expect, it } from '@jest/globals';
import { RESULT_ROWS } from '../../src/parser/data/applications.js';
import { IN_TEST_DEFECTS, IN_TEST_VARIATIONS } from './in-test.js';
import { applies, docFor, FAMILY, LAYOUTS, render, type LayoutId } from './layouts.js';
import { ALL_VARIATIONS, APPLICANTS, COLUMNS, drawModel, printedPlaceholders, type Model, type Variation } from './model.js';
import { fuzzSeed } from './properties.js';
import { describeInTestModels, SEED_BASE } from './in-test-models.js';
import { ATTACHMENTS, attachmentPage } from './render-html.js';
import { lint } from '../../src/engine/lint.js';

/** Models 0–23 here; 24–39 in `npm run test:slow` (fuzz-more.slow.test.ts). */
describeInTestModels(0, 24);

// The report published as a PDF the page shows or links: the page holds its title and none of its body, so it gets
// one noBody warning and no rule runs (never six missing sections, a missing period and a missing fee statement).
describe('layout fuzzer: a whole page showing the report as a file', () => {
  const findings = async (m: Model, html: string): Promise<string[]> =>
    (await lint(html, { format: 'html', now: new Date(Date.UTC(m.year + 1, 2, 1)) })).messages.map(
      (x) => `${x.ruleId}/${x.messageId}@${x.line}:${x.column}`,
    );
  const model = (seed: number): Model => drawModel(seed, { allowed: IN_TEST_VARIATIONS, defects: IN_TEST_DEFECTS });
  const cases = Array.from({ length: 6 }, (_, i) => SEED_BASE + i).flatMap((seed) =>
    ATTACHMENTS.map((how) => [seed, how] as const),
  );

  it.each(cases)('model %i, the report as a PDF by %s: one noBody warning and nothing else', async (seed, how) => {
    const m = model(seed);
    expect(await findings(m, attachmentPage(docFor(m, 'html-page'), how))).toEqual(['unreadable-content/noBody@1:1']);
  });

  it.each(cases)(
    'model %i, a paragraph of the report beside the file (%s) is a report: its missing parts are reported',
    async (seed, how) => {
      const m = model(seed);
      const prose = `${m.year}年，本机关坚持以公开为常态、不公开为例外，全面推进政务公开标准化规范化，全年发布各类信息1326条，召开新闻发布会4场，回应社会关切12项。`;
      const got = await findings(m, attachmentPage(docFor(m, 'html-page'), how, prose));
      expect(got.filter((f) => f.startsWith('required-sections/missing@'))).toHaveLength(6);
      expect(got.some((f) => f.startsWith('unreadable-content/noBody'))).toBe(false);
    },
  );
});

describe('layout fuzzer: the harness itself', () => {
  const identities = (m: Model): string[] => {
    const bad: string[] = [];
    const t = m.t3;
    for (const col of COLUMNS) {
      if (t['new']![col]! + t['carried']![col]! !== t['handled']![col]! + t['carryForward']![col]!) bad.push(`balance ${col}`);
      if (RESULT_ROWS.reduce((s, k) => s + t[k]![col]!, 0) !== t['handled']![col]) bad.push(`handled ${col}`);
    }
    for (const [row, v] of Object.entries(t))
      if (APPLICANTS.reduce((s, c) => s + v[c]!, 0) !== v['total']) bad.push(`total ${row}`);
    for (const [g, v] of Object.entries(m.t4)) if (v[0]! + v[1]! + v[2]! + v[3]! !== v[4]) bad.push(`table 四 ${g}`);
    return bad;
  };

  it('draws models whose figures satisfy every identity, with values that differ from column to column', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const m = drawModel(seed);
      expect(identities(m)).toEqual([]);
      for (const key of RESULT_ROWS) {
        const values = APPLICANTS.map((c) => m.t3[key]![c]!);
        if (
          m.placeholders.some((p) => p.row === key) ||
          m.textCells.some((p) => p.row === key) ||
          m.defect === 'defect.negativeCell'
        )
          continue;
        expect(new Set(values).size).toBe(values.length);
        expect(values.every((v) => v > 0)).toBe(true);
      }
      expect(m.narrative.received).toBe(m.defect === 'defect.narrative' ? m.narrative.received : m.t3['new']!['total']);
    }
  });

  it('expects a blank-cell warning only for cells the table prints: the one-row （六） prints no sub-row', async () => {
    // Seed 268 of the in-test draw: defect.otherOneRow with cells.blank drawn in sub-row other.1, which the
    // one-row （六） never prints.
    const m = drawModel(268, { allowed: IN_TEST_VARIATIONS, defects: IN_TEST_DEFECTS });
    expect(m.otherOneRow).toBe(true);
    expect(m.placeholders.map((p) => `${p.row}.${p.col}`)).toEqual(['other.1.research']);
    expect(printedPlaceholders(m)).toEqual([]);
    const results = (await fuzzSeed(268, { layouts: ['md-gfm'], allowed: IN_TEST_VARIATIONS, defects: IN_TEST_DEFECTS })).results;
    expect(results.flatMap((r) => r.failures.map((f) => f.detail))).toEqual([]);
  });

  it("takes a table's many blank cells said as one finding (numeric-cells blankCells) as their warning", async () => {
    // Seed 54019 of the full draw: three placeholder cells in table 三, said as one blankCells finding since s48.
    const m = drawModel(54019);
    expect(printedPlaceholders(m).map((p) => `${p.row}.${p.col}`)).toEqual([
      'denied.4.research',
      'denied.5.business',
      'rejected.5.nonprofit',
    ]);
    const { results } = await fuzzSeed(54019, { layouts: ['md-gfm', 'text-pipes'] });
    expect(results.flatMap((r) => r.failures.map((f) => f.detail))).toEqual([]);
  });

  it('is reproducible: a seed draws the same model and renders the same text', async () => {
    expect(drawModel(42)).toEqual(drawModel(42));
    expect(await render(drawModel(42), 'text-layout')).toBe(await render(drawModel(42), 'text-layout'));
    expect(drawModel(42)).not.toEqual(drawModel(43));
  });

  it('draws every variation and defect over 200 seeds', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 200; seed++) {
      const m = drawModel(seed);
      m.variations.forEach((v) => seen.add(v));
      if (m.defect) seen.add(m.defect);
    }
    expect(ALL_VARIATIONS.filter((v) => !seen.has(v))).toEqual([]);
  });

  // A variation that changes nothing would count renders it never shaped: each must change the input of
  // every text layout it applies to.
  it.each(ALL_VARIATIONS.map((v) => [v]))('%s changes the rendered input of every layout it applies to', async (v: Variation) => {
    let seed = 1;
    const options = { rate: 1, defectRate: 0 };
    while (
      !drawModel(seed, { ...options, allowed: [v] }).variations.includes(v) ||
      (v === 'heading.wording.variant' &&
        drawModel(seed, { ...options, allowed: [v] }).headings.review ===
          drawModel(seed, { ...options, allowed: [] }).headings.review)
    )
      seed++;
    const model = drawModel(seed, { ...options, allowed: [v] });
    const plain = drawModel(seed, { ...options, allowed: [] });
    const unchanged: LayoutId[] = [];
    for (const layout of LAYOUTS.filter((l) => applies(v, l) && FAMILY[l] === 'text')) {
      if ((await render(plain, layout)) === (await render(model, layout))) unchanged.push(layout);
    }
    expect(unchanged).toEqual([]);
  });
});
