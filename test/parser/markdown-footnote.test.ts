/**
 * A Markdown footnote ([^1]: …) is report text: without the footnote extension CommonMark reads it as a link
 * definition, whose "URL" was dropped with the statistical period it held (mdast-read.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';

describe('a footnote', () => {
  it('holds the statistical period, read at its place', async () => {
    const text = [
      '# 某局2023年政府信息公开工作年度报告[^1]',
      '',
      '## 一、总体情况',
      '',
      '本局持续推进政务公开。',
      '',
      '[^1]: 本报告所列数据的统计期限为2023年1月1日至2023年12月31日。',
      '',
    ].join('\n');
    const { report } = await parseReport(text, { filePath: 'report.md' });
    expect(report.periods).toHaveLength(1);
    expect(report.periods[0]).toMatchObject({ start: { year: 2023, month: 1, day: 1 }, end: { year: 2023, month: 12, day: 31 } });
    expect(report.periods[0]!.position?.start).toMatchObject({ line: 7, column: 20 });
  });

  it('a link definition ([ref]: http://…) stays out of the text', async () => {
    const text = [
      '# 某局2023年政府信息公开工作年度报告',
      '',
      '## 一、总体情况',
      '',
      '见[门户网站][ref]。',
      '',
      '[ref]: http://example.gov.cn/2023年1月1日至2023年12月31日',
      '',
    ].join('\n');
    const { report } = await parseReport(text, { filePath: 'report.md' });
    expect(report.periods).toEqual([]);
  });
});
