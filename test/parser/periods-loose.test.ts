/**
 * Periods written without days (periods.ts): month bounds, 年初/年底/年末, 12月底, and 本年度1月1日至12月31日 dated by the
 * title's year, read in a sentence naming the period; never guessed where no period is named.
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';

async function periodsOf(sentence: string): Promise<Array<{ start: unknown; end: unknown }>> {
  const text = [
    '# 某局2023年政府信息公开工作年度报告',
    '',
    sentence,
    '',
    '## 一、总体情况',
    '',
    '本局持续推进政务公开。',
    '',
  ].join('\n');
  const { report } = await parseReport(text, { filePath: 'report.md' });
  return report.periods.map((p) => ({ start: p.start, end: p.end }));
}

const YEAR_2023 = { start: { year: 2023, month: 1, day: 1 }, end: { year: 2023, month: 12, day: 31 } };

describe('a named period without days', () => {
  it.each([
    '数据统计期限为2023年1月-2023年12月。',
    '数据统计期限为2023年1月—2023年12月。',
    '数据统计期限为2023年1月至2023年12月。',
    '统计期限为2023年1月1日至2023年年底。',
    '数据统计期限为2023年1月1日至12月底。',
    '数据统计期限为2023年初至2023年末。',
    '数据统计期限为本年度1月1日至12月31日。',
  ])('%s', async (sentence) => {
    expect(await periodsOf(sentence)).toEqual([YEAR_2023]);
  });

  it('a partial year so written is read as it is', async () => {
    expect(await periodsOf('数据统计期限为2023年1月至2023年6月。')).toEqual([
      { start: { year: 2023, month: 1, day: 1 }, end: { year: 2023, month: 6, day: 30 } },
    ]);
  });

  it('no period is read from month bounds in a sentence not naming one', async () => {
    expect(await periodsOf('2023年初至2023年末，本局开展专项行动。')).toEqual([]);
  });
});
