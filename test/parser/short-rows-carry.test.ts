/**
 * The next year's correct report is not accused for a previous year whose 结转下年度继续办理 row lost a value
 * (rt11 cf/: read right-aligned, the lost value shifted the row, and 2023 got 3–5 false carry-over errors).
 */
import { describe, expect, it } from '@jest/globals';
import { lintFiles } from '../../src/engine/files.js';
import { temporaryTrees } from '../cli-helpers.js';
import { COLUMNS, markdownGfm, markdownTabs } from '../helpers/report-fixture.js';
import { table3From } from '../helpers/report-model.js';

const now = new Date('2024-06-01');
const tree = temporaryTrees();

/** 2022 carries forward 401…406; 2023 carried 401…406 (right) or `carried` (wrong). */
const T2022 = table3From(
  (r, c) => 10 * r + c + 1,
  (c) => 300 + c,
  (c) => 401 + c,
);
const t2023 = (carried: (c: number) => number): ReturnType<typeof table3From> =>
  table3From(
    (r, c) => 10 * r + c + 2,
    carried,
    (c) => 501 + c,
  );
const FORWARD = COLUMNS.map((c) => String(T2022['carryForward']![c]));

/** The report without the value at `at` of its 结转下年度继续办理 row (found by its values, consecutive cells). */
function lose(text: string, sep: string, at: number): string {
  return text
    .split('\n')
    .map((line) => {
      const cells = line.split(sep);
      const start = cells.findIndex((_, j) => FORWARD.every((v, k) => cells[j + k]?.trim() === v));
      if (start >= 0) cells.splice(start + at, 1);
      return cells.join(sep);
    })
    .join('\n');
}

const carryOver = (messages: ReadonlyArray<{ ruleId: string | null }>): number =>
  messages.filter((m) => m.ruleId === 'carry-over').length;

describe('carry-over after a value lost from last year’s 结转 row', () => {
  const layouts: Array<[string, (t: ReturnType<typeof table3From>) => string, string]> = [
    ['GFM', markdownGfm, '|'],
    ['tabs', markdownTabs, '\t'],
  ];
  for (const [name, render, sep] of layouts) {
    it(`${name}: a wrong 上年结转 is found against an intact 2022 (the check runs)`, async () => {
      const root = await tree({
        'a-2022.md': render(T2022).replaceAll('2023', '2022'),
        'b-2023.md': render(t2023((c) => 402 + c)),
      });
      const [, b] = await lintFiles(['.'], { cwd: root, now });
      expect(carryOver(b!.messages)).toBeGreaterThan(0);
    });

    for (const at of [0, 3, 6]) {
      it(`${name}: value ${at + 1} of 7 lost in 2022 — 2022 unread, the correct 2023 not accused`, async () => {
        const damaged = lose(render(T2022).replaceAll('2023', '2022'), sep, at);
        expect(damaged).not.toEqual(render(T2022).replaceAll('2023', '2022'));
        const root = await tree({ 'a-2022.md': damaged, 'b-2023.md': render(t2023((c) => 401 + c)) });
        const [a, b] = await lintFiles(['.'], { cwd: root, now });
        expect(a!.messages.filter((m) => m.severity === 2).map((m) => m.message)).toEqual([]);
        expect(a!.messages.some((m) => m.ruleId === 'unreadable-content')).toBe(true);
        expect(b!.messages.filter((m) => m.severity === 2).map((m) => m.message)).toEqual([]);
      });
    }
  }
});
