/**
 * The variations and defects the in-`npm test` fuzz run (fuzz.test.ts) draws. ALL_VARIATIONS minus the ones
 * the current reader cannot handle yet; each excluded one is listed with what fails, so it can be put back
 * as soon as the reader handles it (`npm run fuzz -- --seeds 200` shows the failure counts per variation).
 */
import type { Defect, Variation } from './model.js';
import { ALL_VARIATIONS, DEFECTS } from './model.js';
import { LAYOUTS, type LayoutId } from './layouts.js';

/** Reasons from `npm run fuzz -- --seeds 60` on the merged reader; "n/m" = fails alone / retried. */
const EXCLUDED_VARIATIONS: Readonly<Partial<Record<Variation, string>>> = {
  'heading.number.none':
    'with heading.inline (an unnumbered heading at the start of a longer line) the sections 一, 五, 六 are said to be unreadable (unreadable-content warning, never an error): an unnumbered heading run into its text cannot be told from a sentence naming the subject',
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
