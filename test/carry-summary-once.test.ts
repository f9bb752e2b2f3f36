/**
 * lintOne (src/engine/lint-target.ts) builds a report's summary for next year once, though both the year book and
 * the cache take it: it was built twice per report with --cache on.
 */
import { expect, it, jest } from '@jest/globals';
import { CLEAN } from './fixture-defects.js';

const real = await import('../src/engine/year-over-year.js');
let built = 0;
jest.unstable_mockModule('../src/engine/year-over-year.js', () => ({
  ...real,
  carrySummary: (...args: Parameters<typeof real.carrySummary>) => {
    built++;
    return real.carrySummary(...args);
  },
}));
const { lintOne } = await import('../src/engine/lint-target.js');
const { YearBook } = await import('../src/engine/year-book.js');
const { ConfigLoader } = await import('../src/config/loader.js');

it('one summary for the year book and the cache, the same in both', async () => {
  const cwd = process.cwd();
  const years = new YearBook();
  const result = await lintOne(CLEAN, `${cwd}/2023.md`, `${cwd}/2023.md`, new ConfigLoader({ cwd }), { cwd, cache: true }, years);
  expect(built).toBe(1);
  expect(result.carry?.year).toBe(2023);
  const recorded = years.previousOf({ organ: result.carry!.organ, year: 2024 });
  expect(recorded.map((e) => e.summary)).toEqual([result.carry]);
});
