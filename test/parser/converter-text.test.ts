/**
 * Text written by document converters (red team rtC): pandoc's `-t plain` and multiline tables, where a Word
 * cell's line break puts the rest of a row label on the line under its values and every line is padded to the
 * table's width; pandoc's AsciiDoc (`|` opens each cell, rows wrapped at 72 columns) and tab-separated text
 * wrapped by a mail client, a row's last values on the next line. Every value is distinct and non-zero
 * (table3-fixture), so a value read into the wrong row or column cannot pass.
 */
import { describe, expect, it } from '@jest/globals';
import { getCell } from '../../src/parser/query.js';
import { APPLICATION_ROWS } from '../../src/parser/data/applications.js';
import type { TableNode } from '../../src/parser/types.js';
import { KEYS, report, table3, valuesOf } from '../helpers/table3-fixture.js';

const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'] as const;

/** Display width of a string: a CJK or full-width character is two columns. */
const width = (text: string): number => [...text].reduce((n, ch) => n + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, to: number): string => text + ' '.repeat(Math.max(1, to - width(text)));

/**
 * Table 三 as pandoc writes a Word table in `-t plain`: the label column `labelWidth` wide, values right after it,
 * one blank line between rows; `breaks` cuts a row's label after that many characters, the rest on the next line.
 */
function pandocPlain(breaks: Record<string, number>, labelWidth = 200): string {
  const lines = [`  ${pad('', labelWidth)}自然人  法人或其他组织  总计`, ''];
  lines.push(`  ${pad('', labelWidth)}${['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].join('  ')}`, '');
  for (const spec of APPLICATION_ROWS) {
    const cut = breaks[spec.key] ?? spec.label.length;
    const values = valuesOf(spec.key)
      .map((v) => String(v).padStart(6))
      .join(' ');
    lines.push(`  ${pad(spec.label.slice(0, cut), labelWidth)}${values}`);
    if (cut < spec.label.length) lines.push(`  ${spec.label.slice(cut)}`);
    lines.push('');
  }
  return lines.join('\n');
}

function expectRows(table: TableNode): void {
  for (const key of KEYS)
    COLUMNS.forEach((column, c) =>
      expect([key, column, getCell(table, key, column)?.value]).toEqual([key, column, valuesOf(key)[c]]),
    );
}

describe('a row label broken by a line break in its cell (pandoc -t plain, red team rtC F8)', () => {
  it.each([
    ['一、本年新收 ⏎ 政府信息公开申请数量', 6],
    ['一、本年 ⏎ 新收政府信息公开申请数量', 4],
    ['一、本年新收政府信息 ⏎ 公开申请数量', 10],
  ])('finds table 三 by its first row label %s on lines padded past 200 characters', async (_, cut) => {
    const text = report(pandocPlain({ new: cut }));
    expect(text.split('\n').some((l) => l.length > 200 && l.includes('一、'))).toBe(true);
    const table = await table3(text);
    expect(table.missingRows).toEqual([]);
    expect(table.unreadableRows).toEqual([]);
    expectRows(table);
  });
});

/**
 * Table 三 as cells of text, one row a line, a blank line after each (AsciiDoc, or a tab paste so spaced): the row
 * label spans three label columns (label, '', ''), then the seven values. `wraps` puts a row's values from that
 * many on onto the next line; `cells` prints a value otherwise.
 */
function cellRows(
  kind: 'tab' | 'adoc',
  wraps: Record<string, number>,
  cells: Record<string, Record<number, string>> = {},
): string {
  const line = (texts: string[]): string => (kind === 'tab' ? texts.join('\t') : texts.map((t) => `|${t}`).join(' '));
  const lines = kind === 'adoc' ? ['[width="100%",cols="10%,10%,10%,10%,10%,10%,10%,10%,10%,10%"]', '|==='] : [];
  lines.push(line(['', '', '', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']), '');
  for (const spec of APPLICATION_ROWS) {
    const values = valuesOf(spec.key).map((v, c) => cells[spec.key]?.[c] ?? String(v));
    const cut = wraps[spec.key] ?? values.length;
    lines.push(line([spec.label, '', '', ...values.slice(0, cut)]));
    if (cut < values.length) lines.push(line(values.slice(cut)));
    lines.push('');
  }
  if (kind === 'adoc') lines.push('|===');
  return lines.join('\n');
}

describe('a table 三 row wrapped onto the next line of a table of text (red team rtC F1)', () => {
  it.each([
    ['tab', 5],
    ['tab', 6],
    ['adoc', 5],
    ['adoc', 6],
    ['adoc', 3],
  ] as const)('%s rows, rows 一 and 四 cut after %i values: joined with their rest, every row read', async (kind, cut) => {
    const table = await table3(report(cellRows(kind, { new: cut, carryForward: cut })));
    expect(table.unreadableRows).toEqual([]);
    expectRows(table);
  });

  it('adoc rows all cut after 4 values, the header over two lines: no line is as wide as a row, every row read', async () => {
    // pandoc wraps every line at the page width, the header's too: the widest line (label, '', '', four values) is
    // a wrapped one, so only the row's own block (its lines between blank lines) tells that the line is no row.
    const text = cellRows('adoc', Object.fromEntries(KEYS.map((k) => [k, 4]))).replace(
      '|自然人 |商业企业 ',
      '|自然人 |商业企业\n',
    );
    expect(text).toContain('| | | |自然人 |商业企业\n|科研机构 ');
    const table = await table3(report(text));
    expect(table.unreadableRows).toEqual([]);
    expectRows(table);
  });

  it('leaves a wrapped row unreadable when it does not add up joined, never its values mapped onto other columns', async () => {
    // 一、本年新收's 商业企业 printed 99 instead of its value: joined, the row's total is not the sum of the six.
    const table = await table3(report(cellRows('tab', { new: 5 }, { new: { 1: '99' } })));
    expect(table.unreadableRows.map((r) => [r.key, r.reason])).toEqual([['new', 'valueCount']]);
    expect(table.children.some((r) => r.key === 'new')).toBe(false);
    for (const key of KEYS.filter((k) => k !== 'new')) expect(getCell(table, key, 'natural')?.value).toBe(valuesOf(key)[0]);
  });

  it('leaves a row with a blank first value unreadable when values follow alone on the next line', async () => {
    // Blank 自然人: the row alone reads as blank + six values, or its blanks are the label's span and the line under
    // it holds its last values; which, only a count that fits could tell.
    const table = await table3(report(cellRows('tab', { new: 6 }, { new: { 0: '' } })));
    expect(table.children.some((r) => r.key === 'new')).toBe(false);
    expect(table.unreadableRows.map((r) => r.key)).toEqual(['new']);
  });
});

describe('a row label broken after its first characters, the rest out of its column (red team rtC F8 sweep)', () => {
  it('reads the row as there but unreadable (its label unread), never missing', async () => {
    // （三）不予公开 beside 1.属于国 and its values; 家秘密 under the group label's column, joined to it.
    const text = pandocPlain({}, 60).replace(
      /^ {2}1\.属于国家秘密 +(.*)$/m,
      (_, values: string) => `  （三）不予公开    ${pad('1.属于国', 40)}${values}\n          家秘密`,
    );
    expect(text).toContain('家秘密\n');
    const table = await table3(report(text));
    expect(table.missingRows).toEqual([]);
    expect(table.unreadableRows.map((r) => [r.key, r.reason])).toEqual([['denied.1', 'labelUnreadable']]);
    for (const key of KEYS.filter((k) => k !== 'denied.1')) expect(getCell(table, key, 'natural')?.value).toBe(valuesOf(key)[0]);
  });

  it('still finds the row under it missing when it is not there (review2 F5)', async () => {
    // 1.属于国 names row 1. only: the row 2. deleted from the report is missing, not "there, its label unread".
    const text = pandocPlain({}, 60)
      .replace(
        /^ {2}1\.属于国家秘密 +(.*)$/m,
        (_, values: string) => `  （三）不予公开    ${pad('1.属于国', 40)}${values}\n          家秘密`,
      )
      .replace(/^ {2}2\.其他法律行政法规禁止公开 .*\n\n/m, '');
    expect(text).not.toContain('2.其他法律');
    const table = await table3(report(text));
    expect(table.missingRows).toEqual(['denied.2']);
    expect(table.unreadableRows.map((r) => [r.key, r.reason])).toEqual([['denied.1', 'labelUnreadable']]);
    for (const key of KEYS.filter((k) => !k.startsWith('denied.') || Number(k.slice(7)) > 2))
      expect(getCell(table, key, 'natural')?.value).toBe(valuesOf(key)[0]);
  });
});
