/**
 * Numbers wrapped in narrow cells, as converters write them: Marker's GFM keeps the cell's line break (15<br>21 for
 * 1521, red team rtP #7), and a PDF viewer's copy or pdftotext puts the rests of a row's wrapped numbers on a line of
 * digits alone under it (table 四: 12 23 … ⏎ 3 4 …). A row is read joined only where its own identity holds with the
 * joined numbers (table 三: the total is the sum of the others; table 四: each 总计 the sum of its four results) and,
 * in a cell, not with either line alone (two rows merged by OCR); otherwise it is unread with one warning, nothing
 * accused. Every value is distinct and non-zero within its row and column, so a fragment joined to another cell
 * cannot pass.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { RESULT_ROWS } from '../fuzz/template.js';
import { recompute, writeReport } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'] as const;

/** 一、本年新收…, every value four digits (1602's rest opens with 0: the cell reader joins 16⏎02 itself). */
const NEW = [1523, 1547, 1561, 1589, 1602, 1634];

/** Table 三 whose identities hold, 一、本年新收… being NEW: result row i, column c holds 10c + i + 1. */
function applications(): Record<string, number[]> {
  const rows: Record<string, number[]> = {};
  RESULT_ROWS.forEach((key, i) => (rows[key] = [0, 1, 2, 3, 4, 5].map((c) => 10 * c + i + 1)));
  rows['other.2'] = [0, 0, 0, 0, 0, 0];
  rows['carried'] = [0, 1, 2, 3, 4, 5].map((c) => 3 * c + 2);
  const handled = [0, 1, 2, 3, 4, 5].map((c) => RESULT_ROWS.reduce((s, k) => s + rows[k]![c]!, 0));
  rows['carryForward'] = NEW.map((v, c) => v - handled[c]! + rows['carried']![c]!);
  return recompute(rows);
}

const values = applications();

/** The Markdown report with each cell of 一、本年新收… written `head<br>rest` (two digits a line) by `split`. */
function marker(split: (value: number, column: number) => string = (v) => `${String(v).slice(0, 2)}<br>${String(v).slice(2)}`) {
  const text = writeReport({ applications: values }, 'markdown').text;
  const row = values['new']!;
  const printed = `| ${row.join(' | ')} |`;
  expect(text).toContain(printed);
  return text.replace(printed, `| ${row.map(split).join(' | ')} |`);
}

async function read(text: string, format: 'markdown' | 'text') {
  const { report } = await parseReport(text, { format });
  const messages = (await lint(text, { format, now: NOW })).messages;
  return { report, messages };
}

const unread = (report: Awaited<ReturnType<typeof read>>['report'], table: 'active' | 'applications' | 'review') =>
  (findTable(report, table)?.unreadableRows ?? []).map((r) => [r.key, r.reason]);

describe('a number wrapped in its GFM cell (Marker: 15<br>23)', () => {
  it('joins every cell of the row where the row adds up only joined', async () => {
    const text = marker();
    expect(text).toContain('| 15<br>23 | 15<br>47 | 15<br>61 | 15<br>89 | 16<br>02 | 16<br>34 | 94<br>56 |');
    const { report, messages } = await read(text, 'markdown');
    const table = findTable(report, 'applications')!;
    COLUMNS.forEach((c, k) => expect([c, getCell(table, 'new', c)?.value]).toEqual([c, values['new']![k]]));
    expect(unread(report, 'applications')).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toEqual([]);
  });

  it('leaves the row unread when joined it does not add up, with a reason that accuses nothing', async () => {
    // The total's rest written 65 for 56: joined, the row does not add up; which cell is off is not known.
    const text = marker((v, c) => (c === 6 ? '94<br>65' : `${String(v).slice(0, 2)}<br>${String(v).slice(2)}`));
    const { report, messages } = await read(text, 'markdown');
    expect(unread(report, 'applications')).toEqual([['new', 'stackedValues']]);
    expect(messages.map((m) => m.ruleId)).toEqual(['unreadable-content']);
    expect(messages[0]!.message).toContain('换行');
    expect(messages[0]!.message).not.toMatch(/识别|OCR/);
  });

  it('never joins two rows merged in one, each adding up alone (10 11 … 75 over 1 1 … 7)', async () => {
    // Joined (101 111 121 132 141 151 757) the row adds up as well: the break is no wrap the row can confirm.
    const top = [10, 11, 12, 13, 14, 15, 75];
    const bottom = [1, 1, 1, 2, 1, 1, 7];
    const text = marker((_, c) => `${top[c]}<br>${bottom[c]}`);
    const { report, messages } = await read(text, 'markdown');
    expect(unread(report, 'applications')).toEqual([['new', 'stackedValues']]);
    expect(messages.map((m) => m.ruleId)).toEqual(['unreadable-content']);
  });
});

/** Table 四 copied from a PDF as loose text: its header, then `rows`, a line each. */
function reviewText(rows: readonly string[]): string {
  return [
    '某县自然资源局2023年政府信息公开工作年度报告',
    '',
    '一、总体情况',
    '本年度工作平稳推进。',
    '',
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容 本年制发件数 本年废止件数 现行有效件数',
    '规章 3 2 17',
    '行政规范性文件 14 6 58',
    '第二十条第（五）项',
    '信息内容 本年处理决定数量',
    '行政许可 1234',
    '第二十条第（六）项',
    '信息内容 本年处理决定数量',
    '行政处罚 567',
    '行政强制 89',
    '第二十条第（八）项',
    '信息内容 本年收费金额（单位：万元）',
    '行政事业性收费 12.35',
    '',
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 行政诉讼',
    '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉',
    '结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计',
    ...rows,
    '五、存在的主要问题及改进情况',
    '无。',
    '',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    '',
  ].join('\n');
}

/** Table 四's fifteen values, each group's 总计 the sum of its four, every one three or four digits wide. */
const REVIEW = [123, 234, 345, 456, 1158, 135, 146, 157, 168, 606, 213, 224, 235, 246, 918];
const heads = (vs: readonly number[]): string => vs.map((v) => String(v).slice(0, 2)).join(' ');
const rests = (vs: readonly number[]): string => vs.map((v) => String(v).slice(2)).join(' ');

const reviewValues = (report: Awaited<ReturnType<typeof read>>['report']) =>
  findTable(report, 'review')?.children.flatMap((row) => row.children.map((cell) => cell.value));

/** Findings on the tables' figures (the fixture has no table 三: its section's absence is reported too). */
const figureFindings = (messages: Awaited<ReturnType<typeof read>>['messages']) =>
  messages.map((m) => m.ruleId).filter((id) => id !== 'required-sections' && id !== 'statistical-period');

describe('table 四 in text, its numbers wrapped onto a line of digits alone', () => {
  it('joins one fragment to each value where every group adds up with them', async () => {
    const text = reviewText([heads(REVIEW), rests(REVIEW)]);
    expect(text).toContain('\n12 23 34 45 11 13 14 15 16 60 21 22 23 24 91\n3 4 5 6 58 5 6 7 8 6 3 4 5 6 8\n');
    const { report, messages } = await read(text, 'text');
    expect(reviewValues(report)).toEqual(REVIEW);
    expect(unread(report, 'review')).toEqual([]);
    expect(figureFindings(messages)).toEqual([]);
  });

  it('leaves the table unread, never reads the line of rests as its row, when joined a group does not add up', async () => {
    // 复议后起诉's 总计 rest written 9 for 8: joined, its group does not add up. Read alone, the line of rests
    // (3 4 5 6 58 …) was the row, and three 总计 were accused.
    const text = reviewText([heads(REVIEW), rests(REVIEW).replace(/ 8$/, ' 9')]);
    const { report, messages } = await read(text, 'text');
    expect(reviewValues(report)).toEqual([]);
    expect(unread(report, 'review')).toEqual([[undefined, 'wrappedNumber']]);
    expect(figureFindings(messages)).toEqual(['unreadable-content']);
  });

  it('leaves the table unread when only some numbers wrapped (which cells the rests continue is not shown)', async () => {
    const narrow = [123, 234, 345, 456, 1158, 5, 1, 2, 6, 14, 7, 9, 8, 11, 35];
    const text = reviewText([[heads(narrow.slice(0, 5)), ...narrow.slice(5)].join(' '), rests(narrow.slice(0, 5))]);
    expect(text).toContain('\n12 23 34 45 11 5 1 2 6 14 7 9 8 11 35\n3 4 5 6 58\n');
    const { report, messages } = await read(text, 'text');
    expect(reviewValues(report)).toEqual([]);
    expect(unread(report, 'review')).toEqual([[undefined, 'wrappedNumber']]);
    expect(figureFindings(messages)).toEqual(['unreadable-content']);
  });

  it('never joins two rows of fifteen each adding up on its own (joined they would as well)', async () => {
    const top = [1, 2, 3, 4, 10, 2, 3, 4, 5, 14, 3, 4, 5, 6, 18];
    const bottom = [1, 1, 1, 2, 5, 2, 1, 1, 1, 5, 1, 2, 1, 1, 5];
    const { report, messages } = await read(reviewText([top.join(' '), bottom.join(' ')]), 'text');
    expect(reviewValues(report)).toEqual([]);
    expect(unread(report, 'review')).toEqual([[undefined, 'wrappedNumber']]);
    expect(figureFindings(messages)).toEqual(['unreadable-content']);
  });

  it('reads its groups a line each, no line under a row of fifteen (4 2 1 3 10 ⏎ 5 1 2 6 14 ⏎ …)', async () => {
    const groups = [0, 5, 10].map((k) => REVIEW.slice(k, k + 5).join(' '));
    for (const lines of [groups, [`${groups[0]} ${groups[1]}`, groups[2]!]]) {
      const { report, messages } = await read(reviewText(lines), 'text');
      expect(reviewValues(report)).toEqual(REVIEW);
      expect(figureFindings(messages)).toEqual([]);
    }
  });

  it('reads a row whose groups add up as printed with a page number alone under it', async () => {
    const text = reviewText([REVIEW.join(' '), '7']);
    const { report, messages } = await read(text, 'text');
    expect(reviewValues(report)).toEqual(REVIEW);
    expect(figureFindings(messages)).toEqual([]);
  });
});

describe('table 二 in text, a row with a line of digits alone under it', () => {
  it('leaves the row unread: no identity tells a wrapped number from a page number', async () => {
    const text = reviewText([REVIEW.join(' ')]).replace('行政许可 1234\n', '行政许可 12\n34\n');
    const { report, messages } = await read(text, 'text');
    expect(unread(report, 'active')).toEqual([['licensing', 'wrappedNumber']]);
    expect(getCell(findTable(report, 'active')!, 'punishment', 'decisions')?.value).toBe(567);
    expect(figureFindings(messages)).toEqual(['unreadable-content']);
  });
});
