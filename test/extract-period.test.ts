/**
 * extract's period is the one the statistical-period rule judges (periodChoice in parser/query.ts, shared): the
 * report's 统计期限为…, not the first full range before it, an activity's (2023年5月1日至2023年10月31日开展的…) or a
 * comparison's (与2022年1月1日至2022年12月31日相比) (rtAE 3: extract told 2023-05-01…2023-10-31 where the lint was right).
 */
import { describe, expect, it } from '@jest/globals';
import { extractReport } from '../src/engine/extract.js';
import { lint } from '../src/engine/lint.js';
import { parseReport } from '../src/parser/index.js';

const TITLE = '# 东河县水利局2023年政府信息公开工作年度报告';
const text = (...preamble: string[]): string =>
  [TITLE, '', ...preamble.flatMap((p) => [p, '']), '## 一、总体情况', '', '本局持续推进政务公开。', ''].join('\n');

async function periodOf(source: string): Promise<unknown> {
  return extractReport(await parseReport(source, { filePath: 'report.md' })).period;
}
async function periodFindings(source: string): Promise<string[]> {
  const result = await lint(source, { filePath: 'report.md', now: new Date('2024-06-01T00:00:00Z') });
  return result.messages.filter((m) => m.ruleId === 'statistical-period').map((m) => `${m.line}:${m.messageId}`);
}

const OWN = '本报告中所列数据的统计期限为2023年1月1日至2023年12月31日。';

describe('extract’s period beside other ranges', () => {
  it.each([
    ['an activity’s dates before it', `2023年5月1日至2023年10月31日开展的专项整治情况见第一部分。${OWN}`],
    ['a comparison before it', `与2022年1月1日至2022年12月31日相比，申请量有所增加。${OWN}`],
  ])('%s, in one paragraph or two: the statement’s', async (_name, paragraph) => {
    const [other] = paragraph.split('。');
    for (const source of [text(paragraph), text(`${other!}。`, OWN)]) {
      expect(await periodOf(source)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
      expect(await periodFindings(source)).toEqual([]);
    }
  });

  it('a wrong statement after a comparison’s full year: the statement the lint accuses', async () => {
    const source = text(
      '与2022年1月1日至2022年12月31日相比，申请量有所增加。本报告中所列数据的统计期限为2023年1月1日至2023年6月30日。',
    );
    expect(await periodOf(source)).toEqual({ start: '2023-01-01', end: '2023-06-30' });
    expect(await periodFindings(source)).toEqual(['3:wrongEnd']);
  });

  it('a bare range alone is still the period', async () => {
    expect(await periodOf(text('2023年1月1日至2023年12月31日，本局按照要求开展工作。'))).toEqual({
      start: '2023-01-01',
      end: '2023-12-31',
    });
  });
});
