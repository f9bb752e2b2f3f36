/**
 * Text OCR read from a scan (tesseract): cell borders printed as `|` or `]` among the blanks of a flattened row
 * (规章 3 2 | 17, 2528] 2672], 3.其他 … 284 | 1039), and of a table it could not read, only remnants (table 四's
 * header two characters a cell, 结果维 | 结果纠 …, its values with strokes between them). A `|` in such a line is a
 * border, not a pipe table's cell: the row is there, never missing. A digit OCR misread looks like a wrong figure,
 * so a row of OCR'd text is read only where its identity confirms it; a table whose remnants stand in the text is
 * unreadable, never missing.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import type { LintMessage } from '../../src/engine/types.js';
import { APPLICATIONS, FLAT, withLine } from '../rules/support/flat-report.js';

async function run(text: string) {
  const { messages } = await lint(text, { format: 'text' });
  const { report } = await parseReport(text, { format: 'text' });
  return { messages, report };
}

const errorsOf = (messages: readonly LintMessage[]) => messages.filter((m) => m.severity === 2);
const valuesOf = (report: Awaited<ReturnType<typeof run>>['report'], kind: 'applications' | 'active', key: string) =>
  findTable(report, kind)
    ?.children.find((r) => r.key === key)
    ?.children.map((c) => c.value);

const OTHER3 = APPLICATIONS['other.3']!;

describe('OCR cell borders in flattened rows', () => {
  it('the flattened report without borders reads whole and clean (the baseline of every case below)', async () => {
    const { messages, report } = await run(FLAT);
    expect(messages).toEqual([]);
    expect(findTable(report, 'applications')!.children).toHaveLength(25);
    expect(valuesOf(report, 'applications', 'other.3')).toEqual(OTHER3);
  });

  it('a `|` between values of a table-二 row is a border: the row is read, never "lacks the row 规章"', async () => {
    const { messages, report } = await run(withLine('规章 ', () => '规章 2 1 | 15'));
    expect(errorsOf(messages)).toEqual([]);
    expect(valuesOf(report, 'active', 'regulations')).toEqual([2, 1, 15]);
  });

  it('strokes between and glued to table-三 values: a row that adds up is read', async () => {
    const [a, b, c, d, e, f, total] = OTHER3 as [number, number, number, number, number, number, number];
    const text = withLine('3.其他 ', () => `3.其他 ${a} ${b}] ${c} | ${d} ${e} | ${f}] ${total}`);
    const { messages, report } = await run(text);
    expect(errorsOf(messages)).toEqual([]);
    expect(messages.filter((m) => m.ruleId === 'unreadable-content')).toEqual([]);
    expect(valuesOf(report, 'applications', 'other.3')).toEqual(OTHER3);
  });

  it('a last digit OCR read as a stroke (753 as 75|): the row is unread, no totals error', async () => {
    const total = String(OTHER3[6]);
    const text = withLine('3.其他 ', () => `3.其他 ${OTHER3.slice(0, 6).join(' ')} ${total.slice(0, -1)}|`);
    const { messages, report } = await run(text);
    expect(errorsOf(messages)).toEqual([]);
    const table = findTable(report, 'applications')!;
    expect(table.missingRows).toEqual([]);
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'other.3', reason: 'ocrUncertain' })]);
    expect(valuesOf(report, 'applications', 'other.3')).toBeUndefined();
  });

  it('a digit misread in a table whose lines show borders: that row is unread; in clean text the same figure is an error', async () => {
    const a = OTHER3[0]!;
    const misread = (line: string) => line.replace(`3.其他 ${a} `, `3.其他 ${a + 10} `);
    // Borders on every row of table 三, as tesseract prints a ruled table.
    const bordered = tableThreeBordered(withLine('3.其他 ', misread));
    const { messages, report } = await run(bordered);
    expect(errorsOf(messages)).toEqual([]);
    expect(findTable(report, 'applications')!.unreadableRows).toEqual([
      expect.objectContaining({ key: 'other.3', reason: 'ocrUncertain' }),
    ]);
    // Without a border anywhere the text is no OCR output the reader can tell: the wrong figure is the report's.
    const clean = await run(withLine('3.其他 ', misread));
    expect(errorsOf(clean.messages).map((m) => m.ruleId)).toContain('application-totals');
  });

  // review5 F7: one stray stroke on one line of a typed table made the whole table "OCR text", and a real row-sum
  // error an OCR warning. Each stroke below is on a line other than the wrong figure's.
  it.each([
    ['a trailing ` |` on another row', '3.其他 ', (l: string) => `${l} |`],
    ["a ` | ` before another row's total", '（七）总计 ', (l: string) => l.replace(/ (\d+)$/, ' | $1')],
    ['a footnote mark [1] on another row', '3.要求提供公开出版物 ', (l: string) => `${l} [1]`],
    ['a stroke on the header line', '申请人情况 ', (l: string) => l.replace('申请人情况 ', '申请人情况 | ')],
  ])('%s in typed text: the wrong total is still an application-totals error', async (_, start, change) => {
    const repeat = APPLICATIONS['rejected.2']!;
    const wrong = repeat[6]! + 3;
    const text = withLine(
      start,
      change,
      withLine('2.重复申请 ', () => `2.重复申请 ${[...repeat.slice(0, 6), wrong].join(' ')}`),
    );
    const { messages, report } = await run(text);
    const totals = errorsOf(messages).filter((m) => m.ruleId === 'application-totals');
    expect(totals.map((m) => [m.actual, m.expected])).toEqual([[wrong, repeat[6]]]);
    // (A footnote's [1] after the last value is an eighth value: that row alone is unread, by count.)
    const unread = findTable(report, 'applications')!.unreadableRows.map((r) => [r.key, r.reason]);
    expect(unread.filter(([, reason]) => reason !== 'valueCount')).toEqual([]);
  });

  it('a line opened by `|` stays a row of cells (AsciiDoc, MediaWiki): its pipes are the cells', async () => {
    const cells = `|3.其他 |${OTHER3.join(' |')}`;
    const { messages, report } = await run(withLine('3.其他 ', () => cells));
    expect(errorsOf(messages)).toEqual([]);
    expect(valuesOf(report, 'applications', 'other.3')).toEqual(OTHER3);
  });
});

/** Table 三's rows with a border before their total, as tesseract prints every row of a ruled table. */
function tableThreeBordered(text: string): string {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('申请人情况'));
  const to = lines.findIndex((l) => l.startsWith('四、结转下年度'));
  expect(to).toBeGreaterThan(from);
  for (let i = from + 1; i <= to; i++) lines[i] = lines[i]!.replace(/ (\d+)$/, ' | $1');
  return lines.join('\n');
}

describe('a table OCR could not read, its remnants in the text', () => {
  /** Table 四 as tesseract prints it at 200 dpi: its header two characters a cell, strokes among the values. */
  function tesseractReview(text: string): string {
    const lines = text.split('\n');
    const from = lines.findIndex((l) => l.startsWith('行政复议'));
    const to = lines.findIndex((l, i) => i > from && /^3 2 4 1 10/.test(l));
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    const header = Array(3).fill('结果维 | 结果纠 | 其他结 | 尚未审 | 总').join(' | ');
    const second = Array(3).fill('持 正 果 结 计').join(' ');
    const values = '3 2 4 1 | 10] 5 6 7 9 | 27] 11 12 13 8 | 44';
    lines.splice(from, to - from + 1, '行政诉讼', '行政复议', header, second, values);
    return lines.join('\n');
  }

  it('table 四 with its header garbled and strokes among its values: unreadable, never "missing table 4"', async () => {
    const { messages, report } = await run(tesseractReview(FLAT));
    expect(errorsOf(messages)).toEqual([]);
    expect(report.reading.tables.review.status).toBe('unreadable');
    expect(messages.filter((m) => m.ruleId === 'unreadable-content').map((m) => m.line)).toHaveLength(1);
  });

  it('table 四 reduced to its header remnants (结果维 … 持 正 果 结 计), no values: unreadable, not missing', async () => {
    const text = tesseractReview(FLAT).replace('3 2 4 1 | 10] 5 6 7 9 | 27] 11 12 13 8 | 44', 'dd');
    const { messages, report } = await run(text);
    expect(errorsOf(messages)).toEqual([]);
    expect(report.reading.tables.review).toMatchObject({ status: 'unreadable', reason: { id: 'tableWords' } });
  });

  it('table 三 reduced to its caption and garbage (psm 6): unreadable, not missing', async () => {
    const lines = FLAT.split('\n');
    const from = lines.findIndex((l) => l.startsWith('申请人情况'));
    const to = lines.findIndex((l) => l.startsWith('四、结转下年度'));
    lines.splice(
      from,
      to - from + 1,
      '(〈 本列数据的勾稽关系为: 第一项加第二项之和，等于第三项加 |',
      '[Re | [|e [oe [7 [21 | imo',
    );
    const { messages, report } = await run(lines.join('\n'));
    expect(errorsOf(messages).filter((m) => m.ruleId === 'table-structure')).toEqual([]);
    expect(report.reading.tables.applications).toMatchObject({ status: 'unreadable', reason: { id: 'tableWords' } });
  });
});
