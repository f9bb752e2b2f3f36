/**
 * Table 三 copied from a PDF viewer or given by pdftotext when its cells are narrow (red team rtP #2): every cell
 * a word, one row a line, and a number too wide for its cell wrapped onto the next line, digits alone there
 * (15 15 … 94 ⏎ 23 47 … 56 is 1523 1547 … 9456). Read from its first line, the row's total was accused falsely
 * (57 for 579). Every value is distinct and non-zero, so a fragment joined to the wrong cell cannot pass.
 */
import { describe, expect, it } from '@jest/globals';
import { getCell } from '../../src/parser/query.js';
import { APPLICATION_ROWS, GROUP_LABELS } from '../../src/parser/data/applications.js';
import { lint } from '../../src/engine/lint.js';
import { KEYS, report, table3, valuesOf } from '../helpers/table3-fixture.js';

const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'] as const;

const HEADER = [
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况',
  '自然人 法人或其他组织 总计',
  '商业企业 科研机构 社会公益组织 法律服务机构 其他',
];

/** The row's label as a viewer copies it: its group label before the group's first row. */
function labelOf(key: string): string {
  const row = APPLICATION_ROWS.find((r) => r.key === key)!;
  const first = row.group && APPLICATION_ROWS.find((r) => r.group === row.group)!.key === key;
  return `${key === 'granted' ? '三、本年度办理结果 ' : ''}${first ? `${GROUP_LABELS[row.group!]} ` : ''}${row.label}`;
}

/** Table 三 a row a line, cells apart by one blank; `lines` replaces a row's line by the lines given. */
function copied(lines: Readonly<Record<string, readonly string[]>> = {}): string {
  const rows = KEYS.flatMap((k) => lines[k] ?? [`${labelOf(k)} ${valuesOf(k).join(' ')}`]);
  return report([...HEADER, ...rows].join('\n'));
}

/** 一、本年新收…'s values, every one four digits: its first two on the row's line, the rest under them. */
const NEW = [1523, 1547, 1561, 1589, 1602, 1634];
const NEW_ROW = [...NEW, NEW.reduce((a, b) => a + b, 0)];
const head = (v: number): string => String(v).slice(0, 2);
const tail = (v: number): string => String(v).slice(2);

/** Findings on rows: a row's total (the columns of the fixture do not add up, its rows do). */
const rowFindings = async (text: string): Promise<string[]> =>
  (await lint(text, { format: 'text', now: new Date('2025-06-01T00:00:00Z') })).messages
    .filter((m) => m.ruleId === 'application-totals' && ['rowTotal', 'cellLikelyWrong'].includes(m.messageId ?? ''))
    .map((m) => `${m.ruleId}:${m.messageId}@${m.line}`);

describe('table 三 in text whose numbers wrapped in narrow cells', () => {
  it('joins a line of digits alone, one fragment under each value, when the row adds up with them', async () => {
    const text = copied({ new: [`${labelOf('new')} ${NEW_ROW.map(head).join(' ')}`, NEW_ROW.map(tail).join(' ')] });
    expect(text).toContain(' 15 15 15 15 16 16 94\n23 47 61 89 02 34 56\n');
    const table = await table3(text);
    COLUMNS.forEach((c, k) => expect([c, getCell(table, 'new', c)?.value]).toEqual([c, NEW_ROW[k]]));
    expect(getCell(table, 'carried', 'total')?.value).toBe(valuesOf('carried')[6]);
    expect(table.unreadableRows).toEqual([]);
    expect(await rowFindings(text)).toEqual([]);
  });

  it('joins them too when the rest of the label opens their line (数量 23 47 …)', async () => {
    const label = labelOf('new');
    const text = copied({
      new: [`${label.slice(0, -2)} ${NEW_ROW.map(head).join(' ')}`, `${label.slice(-2)} ${NEW_ROW.map(tail).join(' ')}`],
    });
    const table = await table3(text);
    COLUMNS.forEach((c, k) => expect([c, getCell(table, 'new', c)?.value]).toEqual([c, NEW_ROW[k]]));
    expect(table.unreadableRows).toEqual([]);
    expect(await rowFindings(text)).toEqual([]);
  });

  it('leaves the row unread, never read cut short, when a digit under it may continue any of its cells', async () => {
    // Only the total wrapped (116 ⏎ 1): which cell the 1 continues, the line does not show.
    const values = valuesOf('other.1');
    const total = String(values[6]);
    expect(total).toHaveLength(4);
    const text = copied({
      'other.1': [`${labelOf('other.1')} ${[...values.slice(0, 6), total.slice(0, 3)].join(' ')}`, total.slice(3)],
    });
    const table = await table3(text);
    expect(table.children.some((r) => r.key === 'other.1')).toBe(false);
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'other.1', reason: 'wrappedNumber' })]);
    expect(getCell(table, 'other.2', 'total')?.value).toBe(valuesOf('other.2')[6]);
    expect(await rowFindings(text)).toEqual([]);
  });

  it('reads a row that adds up as printed with a page number alone under it', async () => {
    // A cell cut short would leave its row short of adding up: the 7 under a row that adds up is a page number.
    const text = copied({ 'denied.5': [`${labelOf('denied.5')} ${valuesOf('denied.5').join(' ')}`, '7'] });
    const table = await table3(text);
    COLUMNS.forEach((c, k) => expect([c, getCell(table, 'denied.5', c)?.value]).toEqual([c, valuesOf('denied.5')[k]]));
    expect(table.unreadableRows).toEqual([]);
  });

  it('leaves the row unread when the fragments joined in order do not add up', async () => {
    // One addend's rest written as another digit: joined, the row does not add up, and which cell is wrong, or
    // whether the line is a wrap at all, is not known.
    const rests = NEW_ROW.map(tail);
    rests[2] = '71';
    const text = copied({ new: [`${labelOf('new')} ${NEW_ROW.map(head).join(' ')}`, rests.join(' ')] });
    const table = await table3(text);
    expect(table.children.some((r) => r.key === 'new')).toBe(false);
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'new', reason: 'wrappedNumber' })]);
    expect(await rowFindings(text)).toEqual([]);
  });

  it('reads a next row opened by its own label as a row of its own', async () => {
    const table = await table3(copied());
    for (const key of KEYS)
      COLUMNS.forEach((c, k) => expect([key, c, getCell(table, key, c)?.value]).toEqual([key, c, valuesOf(key)[k]]));
    expect(table.unreadableRows).toEqual([]);
  });
});
