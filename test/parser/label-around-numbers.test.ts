/**
 * A table 三 row read as one cell, its label's words on both sides of its numbers: a PDF row whose column borders
 * were not read (red team rtY #2) came out as 一、本年新收政府信息公开 158 … 2510申请数量, （七）总153 … 2491计 and
 * 3.其他 9 18 … 129, each one cell. Its values cannot be placed, but its label is printed: the row is unread, never
 * missing (table-structure said the three rows were absent).
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { REPORT, TABLE3 } from '../helpers/pdf-report.js';
import { toTabText } from '../helpers/report-model.js';
import { COLUMNS, rowLabel } from '../fuzz/template.js';

/** The row's tab line replaced by one cell: the label cut after `at` characters, its rest glued after the values. */
function oneCell(text: string, key: string, at: number): string {
  const values = COLUMNS.map((c) => TABLE3[key]![c]!);
  const label = rowLabel(key);
  const line = text.split('\n').find((l) => l.split('\t').includes(label) && l.endsWith(`\t${values.join('\t')}`));
  if (!line) throw new Error(`no line for ${key}`);
  const glued = `${label.slice(0, at)} ${values.join(' ')}${label.slice(at)}\t`;
  return text.replace(line, glued);
}

describe('a row label standing around its numbers in one cell', () => {
  const text = oneCell(oneCell(oneCell(toTabText(REPORT), 'new', 12), 'handled', 4), 'other.3', 4);

  it('is unread (its label is printed), never missing', async () => {
    const { report } = await parseReport(text, { filePath: 'report.txt' });
    const table = findTable(report, 'applications')!;
    expect(table.missingRows).toEqual([]);
    const unread = new Map(table.unreadableRows.map((r) => [r.key, r.reason]));
    expect([unread.get('new'), unread.get('handled'), unread.get('other.3')]).toEqual(['unplaced', 'unplaced', 'unplaced']);
    const result = await lint(text, { filePath: 'report.txt' });
    expect(result.messages.filter((m) => m.ruleId === 'table-structure')).toEqual([]);
    expect(result.messages.filter((m) => m.severity === 2)).toEqual([]);
  });

  it('a row truly left out is still missing beside them', async () => {
    const label = rowLabel('carried');
    const without = text
      .split('\n')
      .filter((l) => !l.split('\t').includes(label))
      .join('\n');
    const { report } = await parseReport(without, { filePath: 'report.txt' });
    expect(findTable(report, 'applications')!.missingRows).toEqual(['carried']);
  });
});
