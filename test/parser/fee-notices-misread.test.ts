/**
 * A count of fee notices OCR damaged (5OO件, S00件: letters for digits; red team rtH B1). Table 三 row （六）2 says
 * 30 notices went unpaid: the damaged count may be fewer (a contradiction) or not, so fee-statement says once, as a
 * warning, that it could not read it, at the sentence, and accuses nothing. A count written clean is still checked.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { consistentApplications, recompute, writeReport } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');

/** Table 三 with （六）2 = 30 (5 + 4 + 6 + 7 + 8 + 0), every identity holding. */
const thirtyUnpaid = (() => {
  const values = consistentApplications();
  values['other.2'] = [5, 4, 6, 7, 8, 0];
  return recompute(values);
})();

async function check(sentence: string) {
  const doc = writeReport({ applications: thirtyUnpaid, other: [sentence] }, 'markdown');
  const { report } = await parseReport(doc.text, { format: 'markdown' });
  const { messages } = await lint(doc.text, { format: 'markdown', now: NOW });
  return {
    notices: report.feeStatements.map((s) => [s.notices, s.noticesUnread]),
    messages: messages.map((m) => [m.ruleId, m.messageId, m.severity, m.line]),
    line: doc.lineOf(sentence.slice(0, 6)),
  };
}

describe('a damaged count of fee notices', () => {
  it.each<[string, string]>([
    ['本年度共发出信息处理费收费通知2O件，实际收取信息处理费0元。', '2O'],
    ['本年度共发出信息处理费收费通知S0件，实际收取信息处理费0元。', 'S0'],
    ['本年度发出收费通知书：1l件，实际收取信息处理费0元。', '1l'],
    ['本年度共发出4B份信息处理费收费通知，实际收取信息处理费0元。', '4B'],
  ])('%s: unread, one warning', async (sentence, raw) => {
    const { notices, messages, line } = await check(sentence);
    expect(notices).toEqual([[null, raw]]);
    expect(messages).toEqual([['fee-statement', 'noticesUnread', 1, line]]);
  });

  it('a count written clean and too few is still an error (the test above can fail)', async () => {
    const { notices, messages, line } = await check('本年度共发出信息处理费收费通知20件，实际收取信息处理费0元。');
    expect(notices).toEqual([[20, undefined]]);
    expect(messages).toEqual([['fee-statement', 'tooFewNotices', 2, line]]);
  });

  it('a clean count that covers table 三 is enough: nothing said of a damaged one', async () => {
    const { messages } = await check('本年度共发出收费通知40件，其中第一季度发出收费通知1O件，实际收取信息处理费0元。');
    expect(messages).toEqual([]);
  });
});
