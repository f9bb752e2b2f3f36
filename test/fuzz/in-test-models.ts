/**
 * The in-test fuzzer's property run over a range of its models (SEED_BASE + i): every text layout of the in-test
 * list, the first DOCX_SEEDS models also as .docx, the first PDF_SEEDS also printed to PDF by Chromium. `npm test`
 * runs the first models (fuzz.test.ts), `npm run test:slow` the rest (fuzz-more.slow.test.ts): CI runs both, and a
 * developer's `npm test` stays within its few minutes.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { IN_TEST_DEFECTS, IN_TEST_LAYOUTS, IN_TEST_VARIATIONS } from './in-test.js';
import { FAMILY, type LayoutId } from './layouts.js';
import { describeModel } from './model.js';
import { failureLine, fuzzSeed } from './properties.js';
import { Printer } from './render-pdf.js';

const DOCX_SEEDS = 24;
const PDF_SEEDS = 6;
/** Seeds of the in-test run start here (the CLI's default run starts at 1; these are other models). */
export const SEED_BASE = 10_000;

/** Declares one test per model `from` ≤ i < `to`, each asserting that no render of it breaks a property. */
export function describeInTestModels(from: number, to: number): void {
  const printer = new Printer();
  if (!printer.available && from < PDF_SEEDS)
    console.warn("test/fuzz: chromium not found; the fuzzer's PDF renders are skipped (apt-get install chromium)");
  const layoutsFor = (i: number): LayoutId[] =>
    IN_TEST_LAYOUTS.filter((l) => {
      if (FAMILY[l] === 'docx') return i < DOCX_SEEDS;
      if (FAMILY[l] === 'pdf') return i < PDF_SEEDS && printer.available;
      return true;
    });

  describe('layout fuzzer: properties on the in-test variations', () => {
    afterAll(() => printer.close());

    it.each(Array.from({ length: to - from }, (_, k) => from + k))(
      'model %i',
      async (i) => {
        const seed = SEED_BASE + i;
        const { model, results } = await fuzzSeed(seed, {
          layouts: layoutsFor(i),
          printer,
          allowed: IN_TEST_VARIATIONS,
          defects: IN_TEST_DEFECTS,
        });
        const failing = results
          .filter((r) => r.failures.length)
          .map(
            (r) =>
              `  ${r.layout} [${r.variations.join(', ') || 'no variation'}]\n${r.failures.map((f) => `    ${failureLine(f)}`).join('\n')}`,
          );
        expect(
          failing.length
            ? `${describeModel(model)} — reproduce: npm run fuzz -- --seed ${seed} --variations test\n${failing.join('\n')}`
            : '',
        ).toBe('');
      },
      60_000,
    );
  });
}
