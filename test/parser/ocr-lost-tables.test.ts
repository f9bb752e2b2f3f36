/**
 * tesseract's text of a scanned report (--psm 6, red team rtH): a table dropped but for a character of noise (二、主动
 * 公开政府信息情况 ⏎ 人 ⏎ 三、…), a row closed by borders with letters for digits (| 19 |27|s|), a row label misread
 * beyond recognition. In text whose lines show OCR's borders, each is there and unread, said once; never 「未找到表二」,
 * 「应为数字，实为「s」」 or 「缺少（七）总计行」. The same text without a border anywhere is the report's own.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
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

/** Borders as tesseract prints them before the totals of two rows (3.其他 … 128 | 753). */
const bordered = (text: string): string =>
  withLine(
    '3.其他 ',
    (l) => l.replace(/ (\d+)$/, ' | $1'),
    withLine('2.重复申请 ', (l) => l.replace(/ (\d+)$/, ' | $1'), text),
  );

/** Table 二 gone, a character of noise left under its heading. */
function withoutTable2(text: string): string {
  const lines = text.split('\n');
  const from = lines.indexOf('二、主动公开政府信息情况');
  const to = lines.indexOf('三、收到和处理政府信息公开申请情况');
  expect(from).toBeGreaterThan(0);
  expect(to).toBeGreaterThan(from);
  return [...lines.slice(0, from + 1), '', '人', '', ...lines.slice(to)].join('\n');
}

/** Table 四 replaced by the lines given. */
function withoutTable4(text: string, body: readonly string[]): string {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.startsWith('四、政府信息公开'));
  const to = lines.findIndex((l) => l.startsWith('五、'));
  expect(from).toBeGreaterThan(0);
  expect(to).toBeGreaterThan(from);
  return [...lines.slice(0, from + 1), '', ...body, '', ...lines.slice(to)].join('\n');
}

describe('OCR text of a scan: what tesseract lost is unread, never missing', () => {
  it('the bordered text alone reads clean (the baseline)', async () => {
    const { messages, report } = await run(bordered(FLAT));
    expect(messages).toEqual([]);
    expect(findTable(report, 'applications')!.children).toHaveLength(25);
  });

  it('table 二 dropped but for 人 under its heading: unread, said once; without borders it is missing', async () => {
    const { messages, report } = await run(bordered(withoutTable2(FLAT)));
    expect(errorsOf(messages)).toEqual([]);
    expect(report.reading.tables.active).toMatchObject({ status: 'unreadable', reason: { id: 'tableOcrLost' } });
    expect(messages.filter((m) => m.ruleId === 'unreadable-content')).toHaveLength(1);
    const clean = await run(withoutTable2(FLAT));
    expect(errorsOf(clean.messages).map((m) => [m.ruleId, m.messageId])).toEqual([['table-structure', 'missingTable']]);
  });

  // tesseract --psm 6's reading of table 二 (red team rtR #6): a row label's start and two figures, then debris.
  it('table 二 read as [行政规范Ht文作 hn4 6 pm | and 5K强和: unread, not missing', async () => {
    const debris = withoutTable2(FLAT).replace('\n人\n', '\n[行政规范Ht文作 hn4 6 pm |\n\n5K强和\n');
    const { messages, report } = await run(debris);
    expect(errorsOf(messages)).toEqual([]);
    expect(report.reading.tables.active).toMatchObject({ status: 'unreadable', reason: { id: 'tableWords' } });
  });

  it('a section holding a sentence is what the report printed: the table is missing, borders or not', async () => {
    const said = withoutTable2(FLAT).replace('\n人\n', '\n本年度主动公开政府信息情况详见本机关门户网站。\n');
    const { messages } = await run(bordered(said));
    expect(errorsOf(messages).map((m) => [m.ruleId, m.messageId])).toEqual([['table-structure', 'missingTable']]);
  });

  // Red team rtW §7 (review5): tesseract turned a table to debris under its heading, in text not judged OCR's
  // (ocr_psm6.txt: 二、… ⏎ [二TCD ⏎ … ⏎ 第-条第(八)项 |) or judged so (ocr_base300.txt: 四、… ⏎ 行政复议 ⏎ 2 ⏎ 4|10):
  // 「未找到表二」「未找到表四」 before. Pieces of the table's labels with a figure or a border, and no sentence: unread.
  it('table 二 turned to debris ([二TCD ⏎ EEC ⏎ 第-条第(八)项 |): unread, not missing', async () => {
    const debris = withoutTable2(FLAT).replace('\n人\n', '\n[二TCD\nae一\nEEC\nPa\n第-条第(八)项 |\n');
    const { messages, report } = await run(debris);
    expect(errorsOf(messages)).toEqual([]);
    expect(report.reading.tables.active).toMatchObject({ status: 'unreadable', reason: { id: 'tableDebris' } });
    expect(messages.filter((m) => m.ruleId === 'unreadable-content')).toHaveLength(1);
  });

  it('table 四 turned to debris (行政复议 ⏎ 行政诉讼 ⏎ 2 ⏎ 4|10 ⏎ 13|145): unread; a sentence there is what was printed', async () => {
    const debris = withoutTable4(FLAT, ['行政复议', '行政诉讼', '2', '4|10', '5', '26', '13|145']);
    const { messages, report } = await run(debris);
    expect(errorsOf(messages)).toEqual([]);
    expect(report.reading.tables.review).toMatchObject({ status: 'unreadable', reason: { id: 'tableDebris' } });
    for (const said of [
      ['本年度未发生政府信息公开行政复议、行政诉讼。'],
      ['行政复议：3件', '行政诉讼：7件'],
      ['行政复议', '行政诉讼'],
    ]) {
      const { messages: plain } = await run(withoutTable4(FLAT, said));
      expect(errorsOf(plain).map((m) => [m.ruleId, m.messageId])).toEqual([['table-structure', 'missingTable']]);
    }
  });

  it('a `|` row with letters for digits (| 19 |2o|so|) in bordered text: unread, no numeric-cells error', async () => {
    const values = APPLICATIONS['denied.1']!;
    const garbled = `（三）不予公开 1.属于国家秘密 | ${values.slice(0, 5).join(' | ')} |2o|so|`;
    const text = withLine('（三）不予公开 1.属于国家秘密', () => garbled);
    const { messages, report } = await run(bordered(text));
    expect(errorsOf(messages)).toEqual([]);
    expect(findTable(report, 'applications')!.unreadableRows).toEqual([
      expect.objectContaining({ key: 'denied.1', reason: 'ocrUncertain' }),
    ]);
    // Without a border elsewhere, the cell is the report's: said as printed.
    const clean = await run(text);
    expect(errorsOf(clean.messages).map((m) => m.ruleId)).toContain('numeric-cells');
  });

  it.each([
    // Table 四's figures as tesseract read them at 100 dpi (2|12|2|so|lsr|j7|…): 11 numeric-cells errors before.
    ['tesseract-psm4-table4-letters.txt'],
    // Table 二 dropped but for 人 under its heading (--psm 6 at 150 dpi): 「未找到表二」 before.
    ['tesseract-psm6-table2-lost.txt'],
    // Table 四 read as 行政复议 ⏎ 行政诉讼 ⏎ 2 ⏎ 4|10 … at 300 dpi (review5 ocr_base300): 「未找到表四」 before (rtW §7).
    ['tesseract-300dpi-table4-debris.txt'],
    // Section 四's heading split (四、政府信息 ⏎ 公开行政复议、#), its header 行政复议  行政诉讼 on one line over debris
    // (review5 span_ocr300): 「未找到表四」 before (rtW §7).
    ['tesseract-span-300dpi.txt'],
  ])('tesseract’s own output of a filled report (%s): no error', async (name) => {
    const text = readFileSync(new URL(`../fixtures/ocr/${name}`, import.meta.url), 'utf8');
    const { messages } = await run(text);
    expect(errorsOf(messages)).toEqual([]);
    expect(messages.filter((m) => m.ruleId === 'unreadable-content').length).toBeGreaterThan(0);
  });

  it('a row label misread beyond recognition, its figures lost, in bordered text: unread, not missing', async () => {
    const text = withLine('（七）总计 ', () => '[aa | aa 6 | io | iass|');
    const { messages, report } = await run(bordered(text));
    expect(errorsOf(messages)).toEqual([]);
    const table = findTable(report, 'applications')!;
    expect(table.missingRows).toEqual([]);
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'handled', reason: 'ocrLabelLost' })]);
    // The row gone from clean text is missing.
    const clean = await run(withLine('（七）总计 ', () => ''));
    expect(findTable(clean.report, 'applications')!.missingRows).toEqual(['handled']);
  });
});
