/**
 * A signature date OCR wrote with a letter for a digit (2024年3月2O日, 2024年l月20日; red team rtH B2) is a date
 * unread: publication-date says once, as a warning, that it could not check the deadline, never nothing and never
 * another day. The same date written clean is still checked (late: a warning with its date).
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { writeReport } from '../rules/support/report.js';

const NOW = new Date('2024-06-01T00:00:00Z');

async function check(date: string) {
  const doc = writeReport({ other: ['本机关未收取信息处理费。', '某市某局', date] }, 'markdown');
  const { report } = await parseReport(doc.text, { format: 'markdown' });
  const { messages } = await lint(doc.text, { format: 'markdown', now: NOW });
  return {
    dates: report.dates.map((d) => [d.kind, d.date]),
    messages: messages.map((m) => [m.ruleId, m.messageId, m.severity, m.line, m.column]),
    line: doc.lineOf(date),
  };
}

describe('a signature date with a look-alike letter', () => {
  it.each(['2024年3月2O日', '2024年l月20日', '2O24年3月20日', '2024年3月2丨日'])('%s: unread, one warning', async (date) => {
    const { dates, messages, line } = await check(date);
    expect(dates).toEqual([['signature', null]]);
    expect(messages).toEqual([['publication-date', 'unread', 1, line, 1]]);
  });

  it('the late date written clean is still late (the test above can fail)', async () => {
    const { dates, messages, line } = await check('2024年3月20日');
    expect(dates).toEqual([['signature', { year: 2024, month: 3, day: 20 }]]);
    expect(messages).toEqual([['publication-date', 'late', 1, line, 1]]);
  });

  it('a line of words with a letter is no date', async () => {
    const { dates } = await check('联系电话：O571-1234');
    expect(dates).toEqual([]);
  });
});
