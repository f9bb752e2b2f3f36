/**
 * The variations and defects the in-`npm test` fuzz run (fuzz.test.ts) draws. ALL_VARIATIONS minus the ones
 * the current reader cannot handle yet; each excluded one is listed with what fails, so it can be put back
 * as soon as the reader handles it (`npm run fuzz -- --seeds 200` shows the failure counts per variation).
 */
import type { Defect, Variation } from './model.js';
import { ALL_VARIATIONS, DEFECTS } from './model.js';
import { LAYOUTS, type LayoutId } from './layouts.js';

/**
 * Variations the reader cannot handle yet, each with what fails ("n/m" = fails alone / retried, from `npm run
 * fuzz`): heading.number.none came back on 5 December 2026; table.tightRows and table.narrowLabels, new that
 * day, are not read well enough yet (docs/fuzzing.md "Results now").
 */
const EXCLUDED_VARIATIONS: Readonly<Partial<Record<Variation, string>>> = {
  'table.tightRows':
    'space-aligned rows with no blank line between them: a wrapped label or a value line next to the next row is often left unreadable (an honest warning), once read into the wrong row (docs/fuzzing.md)',
  'table.narrowLabels': 'labels wrapped in a narrow column, with table.tightRows: the same (docs/fuzzing.md)',
};

const EXCLUDED_DEFECTS: Readonly<Partial<Record<Defect, string>>> = {};

export const IN_TEST_VARIATIONS: readonly Variation[] = ALL_VARIATIONS.filter((v) => !(v in EXCLUDED_VARIATIONS));
export const IN_TEST_DEFECTS: readonly Defect[] = DEFECTS.filter((d) => !(d in EXCLUDED_DEFECTS));

/**
 * Layouts the in-test run leaves out, each with its reason: none since PDF and the crawler line passed (5 December
 * 2026, docs/fuzzing.md). A layout the reader cannot yet handle goes here rather than out of the fuzzer.
 */
const EXCLUDED_LAYOUTS: Readonly<Partial<Record<LayoutId, string>>> = {};
export const IN_TEST_LAYOUTS: readonly LayoutId[] = LAYOUTS.filter((l) => !(l in EXCLUDED_LAYOUTS));
