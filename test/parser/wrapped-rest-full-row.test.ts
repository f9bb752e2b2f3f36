/**
 * A number alone on the line under a complete row of tab or `|` text (a page number of text copied across a page
 * break): the row has all its cells, one of them blank, so it did not wrap and the number is not its rest. Joined
 * as its rest, the row was read a column to the left (review2 F1: four false application-totals errors on a
 * compliant report, or table 二's 规章 shifted without a finding).
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/engine/types.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { consistentApplications, recompute, writeReport } from '../rules/support/report.js';

const key = (m: LintMessage): string => `${m.ruleId ?? ''}:${m.messageId ?? ''}`;

/** Inserts `line` right under the line that starts with `start` (after the first `from`). */
function under(text: string, start: RegExp, line: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => start.test(l));
  expect(at).toBeGreaterThan(0);
  lines.splice(at + 1, 0, line);
  return lines.join('\n');
}

describe('table 三, tab rows: a row with a blank first value and a number on the line under it', () => {
  // 1.属于国家秘密: 自然人 blank (an addend read as 0), then 4 … 8 and the total 30, all distinct and non-zero.
  const values = recompute({ ...consistentApplications(), 'denied.1': [0, 4, 5, 6, 7, 8] });
  const written = writeReport({ applications: { ...values, 'denied.1': ['', ...values['denied.1']!.slice(1)] } }, 'tabs');

  it.each([
    ['60, twice the row total: shifted left, the row would add up', 60],
    ['11: shifted left, the row would not add up', 11],
  ])('reads the row as printed, the number under it no value of it (%s)', async (_name, page) => {
    expect(values['denied.1']).toEqual([0, 4, 5, 6, 7, 8, 30]);
    const text = under(written.text, /\t1\.属于国家秘密\t/, String(page));
    const table = findTable((await parseReport(text, { filePath: 'r.txt' })).report, 'applications')!;
    expect(table.unreadableRows).toEqual([]);
    const row = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'].map(
      (column) => getCell(table, 'denied.1', column)?.value,
    );
    expect(row).toEqual([null, 4, 5, 6, 7, 8, 30]);
    const cell = written.at('denied.1', 'natural');
    const { messages } = await lint(text, { filePath: 'r.txt' });
    expect(messages.map((m) => [key(m), m.line, m.column])).toEqual([['numeric-cells:blankCell', cell.line, cell.column]]);
  });
});

describe('table 二, `|` rows: 规章 with a blank first value and |5 under it', () => {
  /** Table 二's tab rows (between its heading and table 三's) written as `| a | b |` text, the rest left as it is. */
  function pipeTable2(text: string): string {
    const lines = text.split('\n');
    const from = lines.findIndex((l) => l.startsWith('二、'));
    const to = lines.findIndex((l) => l.startsWith('三、'));
    for (let i = from; i < to; i++) if (lines[i]!.includes('\t')) lines[i] = `| ${lines[i]!.split('\t').join(' | ')} |`;
    return lines.join('\n');
  }

  it('reads 规章 as printed (制发 blank, 废止 1, 有效 15) and says only that the cell is blank', async () => {
    const pipes = pipeTable2(writeReport({}, 'tabs').text).replace(/^\| 规章 \| 2 \| 1 \| 15 \|$/m, '| 规章 |  | 1 | 15 |');
    expect(pipes).toContain('| 规章 |  | 1 | 15 |\n| 行政规范性文件 |');
    const text = pipes.replace('| 规章 |  | 1 | 15 |\n', '| 规章 |  | 1 | 15 |\n|5\n');
    const table = findTable((await parseReport(text, { filePath: 'r.txt' })).report, 'active')!;
    expect(['made', 'repealed', 'valid'].map((column) => getCell(table, 'regulations', column)?.value)).toEqual([null, 1, 15]);
    const line = text.split('\n').indexOf('| 规章 |  | 1 | 15 |') + 1;
    const { messages } = await lint(text, { filePath: 'r.txt' });
    expect(messages.map((m) => [key(m), m.line, m.column])).toEqual([['numeric-cells:blankCell', line, '| 规章 |'.length + 1]]);
  });
});
