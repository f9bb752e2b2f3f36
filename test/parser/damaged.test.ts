/** A damaged table extracts what is there and names what is missing, never shifting values. */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { markdownGfm, markdownTabs, table3, textCellPerLine } from '../helpers/report-fixture.js';

const t = table3();

describe('damaged tables', () => {
  it('a missing column (no 科研机构) is named, and the others keep their values', async () => {
    const text = markdownTabs()
      .replace('科研机构\t', '')
      .replace(/^(.*\t)(\d+)(\t\d+\t\d+\t\d+\t\d+\t\d+\t?)$/gm, (line) => dropColumn(line, 2));
    const table = findTable((await parseReport(text, { filePath: 'a.txt' })).report, 'applications')!;
    expect(table.missingColumns).toEqual(['research']);
    expect(getCell(table, 'new', 'nonprofit')?.value).toBe(t.new!.nonprofit);
    expect(getCell(table, 'handled', 'total')?.value).toBe(t.handled!.total);
  });

  it('a missing row is listed; a row with a value too few is unreadable, not guessed', async () => {
    const lines = markdownGfm().split('\n');
    const withoutDenied7 = lines.filter((l) => !l.includes('属于行政执法案卷'));
    const shortRow = withoutDenied7.map((l) => (l.includes('重复申请') ? l.replace(/\| \d+ \|$/, '|') : l));
    const table = findTable((await parseReport(shortRow.join('\n'), { filePath: 'a.md' })).report, 'applications')!;
    expect(table.missingRows).toEqual(['denied.7']);
    expect(getCell(table, 'rejected.1', 'natural')?.value).toBe(t['rejected.1']!.natural);
  });

  it('a flattened row with one value too few is recorded as unreadable with the counts', async () => {
    const text = textCellPerLine().replace(
      `\t2.重复申请\n${['natural', 'business'].map((c) => `\t${t['rejected.2']![c]}\n`).join('')}`,
      `\t2.重复申请\n\t${t['rejected.2']!.natural}\n`,
    );
    const table = findTable((await parseReport(text, { filePath: 'a.txt' })).report, 'applications')!;
    expect(table.unreadableRows).toEqual([
      expect.objectContaining({ key: 'rejected.2', reason: 'valueCount', expected: 7, actual: 6 }),
    ]);
    expect(table.children.find((r) => r.key === 'rejected.2')).toBeUndefined();
    expect(getCell(table, 'rejected.3', 'total')?.value).toBe(t['rejected.3']!.total);
  });

  it('a tab row whose blank cell could be at either end is unreadable, never shifted', async () => {
    const row = `一、本年新收政府信息公开申请数量\t\t\t24\t32\t37\t42\t43\t47\t`;
    const text = markdownTabs().replace(/^一、本年新收政府信息公开申请数量.*$/m, row);
    const table = findTable((await parseReport(text, { filePath: 'a.txt' })).report, 'applications')!;
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'new', expected: 7, actual: 6 })]);
    // With no padding after it, the blank stands in the last column, but every other row fills 总计: a value lost
    // and the row's total left blank cannot be told apart (the values after a lost one stand a column left), so
    // the row is unread all the same (takeRowsCutShort, table-body.ts).
    const exact = markdownTabs().replace(
      /^一、本年新收政府信息公开申请数量.*$/m,
      '一、本年新收政府信息公开申请数量\t24\t32\t37\t42\t43\t47\t',
    );
    const read = findTable((await parseReport(exact, { filePath: 'a.txt' })).report, 'applications')!;
    expect(read.unreadableRows).toEqual([expect.objectContaining({ key: 'new', reason: 'valueCount', expected: 7, actual: 6 })]);
    expect(getCell(read, 'new', 'natural')).toBeUndefined();
    expect(getCell(read, 'carried', 'total')?.value).toBe(t.carried!.total);
  });

  it('table 四: a blank at either end of the 15 values is unreadable; inside it stays in its column', async () => {
    const values = [2, 1, 3, 4, 10, 5, 6, 7, 8, 26, 9, 11, 12, 13, 45];
    const at = (row: string) => markdownTabs().replace(values.join('\t'), row);
    const ambiguous = findTable(
      (await parseReport(at(['', ...values.slice(1)].join('\t') + '\t'), { filePath: 'a.txt' })).report,
      'review',
    )!;
    expect(ambiguous.children).toEqual([]);
    expect(ambiguous.unreadableRows[0]).toMatchObject({ expected: 15, actual: 14 });
    const inside = findTable(
      (await parseReport(at(values.map((v, i) => (i === 7 ? '' : v)).join('\t')), { filePath: 'a.txt' })).report,
      'review',
    )!;
    expect(getCell(inside, 'litigation', 'other')).toMatchObject({ content: 'blank' });
    expect(getCell(inside, 'litigation', 'pending')?.value).toBe(8);
  });

  it('a header line 「自然人 总计」 is not the （七）总计 row', async () => {
    const t3 = table3();
    const rows = ['new', 'granted', 'handled'].map(
      (k) =>
        `${k === 'new' ? '一、本年新收政府信息公开申请数量' : k === 'granted' ? '（一）予以公开' : '（七）总计'}\t${['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'].map((c) => t3[k]![c]).join('\t')}`,
    );
    const text = [
      '申请人情况\t',
      '法人或其他组织\t',
      '自然人\t总计',
      '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
      ...rows,
    ].join('\n');
    const table = findTable(
      (await parseReport(`三、收到和处理政府信息公开申请情况\n\n${text}\n`, { format: 'text' })).report,
      'applications',
    )!;
    expect(table.missingColumns).toEqual([]);
    expect(getCell(table, 'handled', 'total')?.value).toBe(t3.handled!.total);
    expect(getCell(table, 'new', 'natural')?.value).toBe(t3.new!.natural);
  });

  it('blank cells and placeholders are kept as blank, with their raw text', async () => {
    const text = markdownGfm().replace(/(\| 一、本年新收政府信息公开申请数量 \|\s*\|\s*\| )(\d+) \| (\d+)/, '$1 | —');
    const table = findTable((await parseReport(text, { filePath: 'a.md' })).report, 'applications')!;
    expect(getCell(table, 'new', 'natural')).toMatchObject({ value: null, content: 'blank', raw: '' });
    expect(getCell(table, 'new', 'business')).toMatchObject({ value: null, content: 'placeholder', raw: '—' });
    expect(getCell(table, 'new', 'research')?.value).toBe(t.new!.research);
  });

  it.each(['⎯', '\uf0be', '⸺', '‒', '﹣', '——'])('a cell of the dash %s is a placeholder, as — is', async (dash) => {
    const text = markdownGfm().replace(/(\| 一、本年新收政府信息公开申请数量 \|\s*\|\s*\| )(\d+)/, `$1${dash}`);
    const table = findTable((await parseReport(text, { filePath: 'a.md' })).report, 'applications')!;
    expect(getCell(table, 'new', 'natural')).toMatchObject({ value: null, content: 'placeholder', raw: dash });
    expect(getCell(table, 'new', 'business')?.value).toBe(t.new!.business);
  });

  it('normalises full-width digits and thousands separators', async () => {
    const text = markdownGfm().replace(/(\| 一、本年新收政府信息公开申请数量 \|\s*\|\s*\| )(\d+) \| (\d+)/, '$1１２ | 1,234');
    const table = findTable((await parseReport(text, { filePath: 'a.md' })).report, 'applications')!;
    expect(getCell(table, 'new', 'natural')).toMatchObject({ value: 12, raw: '１２', content: 'number' });
    expect(getCell(table, 'new', 'business')).toMatchObject({ value: 1234, content: 'number' });
  });

  it('reads a misspelt label loosely (其他法律行政止公开)', async () => {
    const text = markdownGfm().replace('其他法律行政法规禁止公开', '其他法律行政止公开');
    const table = findTable((await parseReport(text, { filePath: 'a.md' })).report, 'applications')!;
    expect(getCell(table, 'denied.2', 'legal')?.value).toBe(t['denied.2']!.legal);
  });

  it('a table without table 四 names it by its absence', async () => {
    const text = markdownGfm().replace(/\| 行政复议[\s\S]*?\n\n/, '\n');
    expect(findTable((await parseReport(text, { filePath: 'a.md' })).report, 'review')).toBeUndefined();
  });
});

function dropColumn(line: string, valueIndex: number): string {
  const cells = line.split('\t');
  const firstValue = cells.findIndex((c) => /^\d+$/.test(c));
  if (firstValue < 0) return line;
  cells.splice(firstValue + valueIndex, 1);
  return cells.join('\t');
}

describe('a column header with characters lost to damaged bytes', () => {
  // 自 written in invalid UTF-8 (its three bytes cut from their lead) reads as three U+FFFD before 然人.
  const damaged = (text: string): Uint8Array => {
    const bytes = Buffer.from(text.replace('自然人', 'XYZ然人'));
    const at = bytes.indexOf(Buffer.from('XYZ'));
    bytes.set([0x80, 0x81, 0x82], at);
    return bytes;
  };

  it('keeps its column: the values stay under their columns, and a row that lost a cell is unreadable, not shifted', async () => {
    // 1.属于国家秘密 loses its 科研机构 value and ends with an empty cell: 7 cells, one of them blank.
    const row = t['denied.1']!;
    const text = markdownGfm().replace(
      new RegExp(`(属于国家秘密 \\| ${row.natural} \\| ${row.business} \\| )${row.research} \\| (.*) \\|$`, 'm'),
      '$1$2 |  |',
    );
    expect(text).not.toBe(markdownGfm());
    const parsed = await parseReport(damaged(text), { filePath: 'a.md' });
    expect(parsed.text).toContain('\ufffd\ufffd\ufffd然人');
    const table = findTable(parsed.report, 'applications')!;
    expect(table.missingColumns ?? []).toEqual([]);
    expect(getCell(table, 'new', 'natural')?.value).toBe(t.new!.natural);
    expect(getCell(table, 'new', 'business')?.value).toBe(t.new!.business);
    expect(getCell(table, 'handled', 'total')?.value).toBe(t.handled!.total);
    expect(getCell(table, 'denied.1', 'business')).toBeUndefined();
    expect(table.unreadableRows?.map((r) => r.key)).toEqual(['denied.1']);
  });

  it('a run of lost characters alone names no column', async () => {
    const { holdsWord } = await import('../../src/parser/tables/damaged-words.js');
    expect(holdsWord('申请人\ufffd\ufffd\ufffd然人', '自然人')).toBe(true);
    expect(holdsWord('申请人自\ufffd人', '自然人')).toBe(true);
    expect(holdsWord('申请人\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd', '自然人')).toBe(false);
    expect(holdsWord('申请人然人', '自然人')).toBe(false);
    expect(holdsWord('申请人自然人', '自然人')).toBe(true);
  });
});
