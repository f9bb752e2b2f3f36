/**
 * A day OCR wrote with a letter for a digit (12月3l日, 12月3I日: l and I for 1) is unread, never the day its first
 * digit makes (3 December, an error on a compliant report: red team rtH A7). The sentence names the period, so
 * statistical-period says once that it could not read it; a date written clean is still read and checked.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { writeReport } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');

const report = (period: string) => writeReport({ period }, 'markdown');

describe('a period whose day holds a look-alike letter', () => {
  it.each([
    '本报告所列数据统计期限为2023年1月1日至2023年12月3l日。',
    '本报告所列数据统计期限为2023年1月1日至2023年12月3I日。',
    '本报告所列数据统计期限为2023年1月1日至12月3l日。',
    '本报告所列数据统计期限为2023年1月1l日至2023年12月31日。',
    '本报告所列数据统计期限为2023.1.1至2023.12.3l。',
    // ] [ | for a 1 (red team rtR #3).
    '本报告所列数据统计期限为2023年1月1日至2023年12月3]日。',
    '本报告所列数据统计期限为2023年1月1日至2023年12月3[日。',
    '本报告所列数据统计期限为2023年1月1日至2023年12月3|日。',
  ])('%s: unread, one warning, no wrong date', async (sentence) => {
    const doc = report(sentence);
    const { report: parsed } = await parseReport(doc.text, { format: 'markdown' });
    expect(parsed.periods.map((p) => [p.start, p.end])).toEqual([[null, null]]);
    const { messages } = await lint(doc.text, { format: 'markdown', now: NOW });
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line])).toEqual([
      ['statistical-period', 'unread', doc.lineOf('本报告所列数据')],
    ]);
  });

  it('a | for a 1 in a plain text report: one line of text, not two cells (rtR #3)', async () => {
    const doc = writeReport({ period: '本报告所列数据统计期限为2023年1月1日至2023年12月3|日。' }, 'tabs');
    const { messages } = await lint(doc.text, { format: 'text', now: NOW });
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line])).toEqual([
      ['statistical-period', 'unread', doc.lineOf('本报告所列数据')],
    ]);
  });

  // A bracket after a dotted date closes it (review14 F6).
  it.each(['本报告所列数据的统计期限为【2023.1.1-2023.12.31】。', '本报告所列数据统计期限：[2023.01.01-2023.12.31]。'])(
    '%s: read',
    async (sentence) => {
      const doc = report(sentence);
      const { messages } = await lint(doc.text, { format: 'markdown', now: NOW });
      expect(messages).toEqual([]);
    },
  );

  it('the day written clean but short is still an error (the test above can fail)', async () => {
    const doc = report('本报告所列数据统计期限为2023年1月1日至2023年12月3日。');
    const { messages } = await lint(doc.text, { format: 'markdown', now: NOW });
    expect(messages.map((m) => [m.ruleId, m.severity])).toEqual([['statistical-period', 2]]);
  });
});
