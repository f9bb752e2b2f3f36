/**
 * Every dash a report prints between a period's dates reads as the range (periods.ts). Red team rtG F4: Word's
 * Insert → Symbol dash is U+2212 −, and 2024年1月1日−2024年12月31日 gave "the statistical period could not be read".
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';

async function periodsOf(sentence: string) {
  const text = `# 某某县人民政府2024年政府信息公开工作年度报告\n\n${sentence}\n\n## 一、总体情况\n\n文字。\n`;
  const { report } = await parseReport(text, { format: 'markdown' });
  return report.periods.map((p) => ({ start: p.start, end: p.end }));
}

describe('a period range with a dash look-alike', () => {
  it.each([
    ['U+2212 minus', '−'],
    ['U+2043 hyphen bullet', '⁃'],
    ['U+2012 figure dash', '‒'],
    ['U+2015 horizontal bar', '―'],
    ['U+FE63 small hyphen-minus', '﹣'],
  ])('%s', async (_name, dash) => {
    // A partial year, so that a reading of the start alone or a guessed whole year would differ.
    expect(await periodsOf(`统计期限为2024年1月1日${dash}2024年11月30日。`)).toEqual([
      { start: { year: 2024, month: 1, day: 1 }, end: { year: 2024, month: 11, day: 30 } },
    ]);
  });

  it('reads months joined by U+2212 (2024年3−9月)', async () => {
    expect(await periodsOf('统计期限为2024年3−9月。')).toEqual([
      { start: { year: 2024, month: 3, day: 1 }, end: { year: 2024, month: 9, day: 30 } },
    ]);
  });
});
