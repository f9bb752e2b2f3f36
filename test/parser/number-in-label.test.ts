/**
 * A label that runs over its column in a PDF leaves the row's first value glued to its end
 * (…其政府信息公开申请20⇥⇥43…): the first column then reads blank and the row's total a false error. Such a row is
 * unread (numberInLabel); the planted defects of the same report are still found.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { buildPdf } from '../web/pdf.js';
import { report, toLines } from '../web/fixture.js';

describe('a number run into the end of a row label', () => {
  it('leaves the row unread, never read with a blank first value', async () => {
    const bytes = buildPdf(toLines(report({ wrongReviewTotal: true, halfYear: true })), 48);
    const result = await lint(bytes, { filePath: 'report.pdf' });
    const errors = result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}:${m.messageId}`);
    expect(errors).toEqual(['statistical-period:wrongEnd', 'review-litigation-totals:groupTotal']);
    const rows = result.messages.find((m) => m.ruleId === 'unreadable-content' && m.message.startsWith('表三'));
    expect(rows?.message).toContain('行名末尾连着一个数字');
    expect(rows?.message).toContain('（六）其他处理1.');
  });
});
