/**
 * A label that runs over its column in a PDF leaves the row's first value glued to its end
 * (…其政府信息公开申请20⇥⇥43…): the first column then reads blank and the row's total a false error. Such a row is
 * unread (numberInLabel); the planted defects of the same report are still found.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { buildPdf } from '../web/pdf.js';
import { report, toLines } from '../web/fixture.js';
import { REPORT, TABLE3 } from '../helpers/pdf-report.js';
import { toTabText } from '../helpers/report-model.js';
import { rowLabel } from '../fuzz/template.js';

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

  it('with a blank between them (…已获取信息 9, a value set close after a long label in a PDF, rtY #3): unread, its blank not accused', async () => {
    const label = rowLabel('rejected.5');
    const first = TABLE3['rejected.5']!['natural']!;
    const text = toTabText(REPORT);
    // The PDF's text: the value joined to the label by a blank, and a blank cell put back under its column.
    const glued = text.replace(`${label}\t${first}\t`, `${label} ${first}\t\t`);
    expect(glued).not.toBe(text);
    const result = await lint(glued, { filePath: 'report.txt' });
    expect(result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}:${m.messageId}`)).toEqual([]);
    expect(result.messages.filter((m) => m.ruleId === 'numeric-cells')).toEqual([]);
    const rows = result.messages.find((m) => m.ruleId === 'unreadable-content' && m.message.startsWith('表三'));
    expect(rows?.message).toContain('行名末尾连着一个数字');
    expect(rows?.message).toContain(label);
    expect(rows?.line).toBe(glued.split('\n').findIndex((l) => l.includes(`${label} ${first}`)) + 1);
  });
});
