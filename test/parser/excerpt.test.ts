/**
 * Part of a report pasted into the page (excerpt.ts, red team rtAD 7): a section copied to check its table is not a
 * report missing the rest. One unreadable-content finding naming the parts pasted; what was pasted is checked as
 * ever; a file, or a paste holding most of a report, is read as it stands.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { consistentApplications, withCell, writeReport } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');

async function said(text: string, pasted: boolean): Promise<string[]> {
  const result = await lint(text, { format: 'text', now: NOW, pasted });
  return result.messages.map((m) => `${m.ruleId}/${m.messageId}`);
}

/** The report's text from the line where `from` begins up to (not including) the line where `to` begins. */
function between(text: string, from: string, to?: string): string {
  const start = text.lastIndexOf('\n', text.indexOf(from)) + 1;
  const end = to === undefined ? text.length : text.lastIndexOf('\n', text.indexOf(to)) + 1;
  return text.slice(start, end);
}

describe('part of a report pasted', () => {
  const full = writeReport({}, 'tabs').text;
  const three = between(full, '三、收到和处理', '四、政府信息公开行政复议');

  it('section 三 alone: one finding naming it, where a file gets the other parts, the period and the fee missing', async () => {
    const asFile = await said(three, false);
    expect(asFile).toEqual(
      expect.arrayContaining(['required-sections/missing', 'fee-statement/missing', 'statistical-period/missingNoYear']),
    );
    expect(await said(three, true)).toEqual(['unreadable-content/excerpt']);
    const result = await lint(three, { format: 'text', now: NOW, pasted: true });
    expect(result.messages[0]?.message).toBe(
      '粘贴的内容只是报告的一部分（只有第三部分），只检查了粘贴的部分；没有粘贴的部分、表格、统计期限和收费说明均不作缺失判断',
    );
    expect(result.messages[0]?.line).toBe(1);
  });

  it('the title and sections 一 to 三 (the first half): one finding naming 第一部分、第二部分、第三部分', async () => {
    const half = between(full, full.split('\n')[0]!, '四、政府信息公开行政复议');
    expect(await said(half, false)).toContain('required-sections/missing');
    const result = await lint(half, { format: 'text', now: NOW, pasted: true });
    expect(result.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(['unreadable-content/excerpt']);
    expect(result.messages[0]?.message).toContain('只有第一部分、第二部分、第三部分');
  });

  it('what was pasted is checked: a wrong cell of table 三 is still named at its row and column', async () => {
    // denied.3 · 商业企业 written as 5 instead of 3: its row and its column are both 2 over.
    const wrong = writeReport({ applications: withCell(consistentApplications(), 'denied.3', 1, 5) }, 'tabs');
    const start = wrong.text.lastIndexOf('\n', wrong.text.indexOf('三、收到和处理')) + 1;
    const part = between(wrong.text, '三、收到和处理', '四、政府信息公开行政复议');
    const result = await lint(part, { format: 'text', now: NOW, pasted: true });
    expect(result.messages.map((m) => `${m.ruleId}/${m.messageId}`).sort()).toEqual([
      'application-totals/cellLikelyWrong',
      'unreadable-content/excerpt',
    ]);
    // At the cell's place in the part pasted: its line in the report less the lines before the part.
    const cell = result.messages.find((m) => m.ruleId === 'application-totals');
    const linesBefore = wrong.text.slice(0, start).split('\n').length - 1;
    expect({ line: cell?.line, column: cell?.column, data: cell?.data?.['actual'] }).toEqual({
      line: wrong.at('denied.3', 'business').line - linesBefore,
      column: wrong.at('denied.3', 'business').column,
      data: 5,
    });
  });
});

describe('what stays as it was', () => {
  it('a whole report pasted lacking 五: 五 is missing', async () => {
    const text = writeReport({ sections: ['overview', 'active', 'applications', 'review', 'other'] }, 'tabs').text;
    expect(await said(text, true)).toEqual(['required-sections/missing']);
  });

  it('a whole report pasted: no finding', async () => {
    expect(await said(writeReport({}, 'tabs').text, true)).toEqual([]);
  });
});
