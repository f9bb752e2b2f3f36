/**
 * OCR output (MinerU HTML tables in Markdown, Marker GFM, Umi-OCR text) loses what is printed faintly: a row's label
 * cell, or table 四's header printed one character per line. A row of values standing where the template has a row,
 * its label lost, is that row unreadable, never missing; two rows' labels run into one cell before one row of values
 * leave both rows unread, never the values given to the second label; a section 四 holding a table of numbers with
 * none of table 四's words is table 四 unreadable, never missing. Defects elsewhere are still found.
 * Every value differs from every other and none is 0, so a row read in another's place could not pass (the figures
 * of rules/support/flat-report.ts, 六 stating other.2's notices so the fee rules stay silent).
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import type { LintMessage } from '../../src/engine/types.js';
import { LAYOUTS, formatOf, writeReport, type Layout } from '../rules/support/report.js';
import { APPLICATIONS, REVIEW, SPEC } from '../rules/support/flat-report.js';
import { rowLabel } from '../fuzz/template.js';

/** The text with the printed label of a table-三 row (or any label) left empty, as OCR that lost its cell gives it. */
function withoutLabel(text: string, label: string, layout: Layout): string {
  const at = text.indexOf(label);
  expect(at).toBeGreaterThan(0);
  // One cell per line: the label's line goes (an empty cell cannot be shown there), the values stay a block of their own.
  if (layout === 'lines') return text.slice(0, at - 1) + text.slice(at + label.length + 1);
  return text.slice(0, at) + text.slice(at + label.length);
}

async function run(text: string, layout: Layout) {
  const result = await lint(text, { format: formatOf(layout) });
  const parsed = await parseReport(text, { format: formatOf(layout) });
  return { messages: result.messages, report: parsed.report };
}

const errorsOf = (messages: readonly LintMessage[]) => messages.filter((m) => m.severity === 2);
const rowsWarning = (messages: readonly LintMessage[], table: string) =>
  messages.filter((m) => m.ruleId === 'unreadable-content' && m.messageId === 'rows' && m.data?.['table'] === table);

/** The row's seven values as read, or undefined when it was not read. */
function valuesOf(report: Awaited<ReturnType<typeof run>>['report'], key: string): Array<number | null> | undefined {
  return findTable(report, 'applications')
    ?.children.find((r) => r.key === key)
    ?.children.map((c) => c.value);
}

describe('a table-三 row whose label OCR lost', () => {
  const cases: ReadonlyArray<[key: string, before: string, after: string]> = [
    ['denied.3', 'denied.2', 'denied.4'],
    ['carried', 'new', 'granted'],
    ['handled', 'other.3', 'carryForward'],
  ];
  for (const layout of LAYOUTS)
    for (const [key, before, after] of cases)
      it(`${layout}: ${key} is unreadable, not missing; its neighbours keep their own values`, async () => {
        const written = writeReport(SPEC, layout);
        const { messages, report } = await run(withoutLabel(written.text, rowLabel(key), layout), layout);
        expect(errorsOf(messages)).toEqual([]);
        const warnings = rowsWarning(messages, '表三');
        expect(warnings).toHaveLength(1);
        expect(warnings[0]!.data).toMatchObject({ count: 1, reason_zh: '该行位置有一行数值，但行名无法识别' });
        // At the row of values that lost its label (one cell per line: its first value, a line up once the label's
        // line is gone).
        expect(warnings[0]!.line).toBe(layout === 'lines' ? written.at(key, 'natural').line - 1 : written.rowAt(key));
        const table = findTable(report, 'applications')!;
        expect(table.missingRows).toEqual([]);
        expect(table.unreadableRows).toEqual([expect.objectContaining({ key, reason: 'labelUnreadable' })]);
        expect(valuesOf(report, key)).toBeUndefined();
        expect(valuesOf(report, before)).toEqual(APPLICATIONS[before]);
        expect(valuesOf(report, after)).toEqual(APPLICATIONS[after]);
      });

  // The last row: only the row of values right after （七）总计 stands in its place.
  for (const layout of ['markdown', 'html'] as const)
    it(`${layout}: 四、结转下年度 without its label is unreadable, not missing`, async () => {
      const written = writeReport(SPEC, layout);
      const { messages, report } = await run(withoutLabel(written.text, rowLabel('carryForward'), layout), layout);
      expect(errorsOf(messages)).toEqual([]);
      expect(rowsWarning(messages, '表三')[0]?.data).toMatchObject({ count: 1, rows: rowLabel('carryForward') });
      expect(findTable(report, 'applications')!.missingRows).toEqual([]);
      expect(valuesOf(report, 'handled')).toEqual(APPLICATIONS['handled']);
    });

  for (const layout of LAYOUTS)
    it(`${layout}: a total off by one in another row is still found, with its numbers`, async () => {
      const wrong = { ...APPLICATIONS, granted: [...APPLICATIONS['granted']!] };
      wrong.granted[6] = wrong.granted[6]! + 1;
      const written = writeReport({ ...SPEC, applications: wrong }, layout);
      const { messages } = await run(withoutLabel(written.text, rowLabel('denied.3'), layout), layout);
      const errors = errorsOf(messages);
      expect(errors.map((m) => m.ruleId)).toContain('application-totals');
      const rowTotal = errors.find((m) => m.ruleId === 'application-totals' && m.line === written.at('granted', 'total').line);
      expect(rowTotal?.message).toContain(`${wrong.granted[6]}`);
      expect(rowTotal?.message).toContain(`${APPLICATIONS['granted']![6]}`);
      expect(errors.filter((m) => m.ruleId === 'table-structure')).toEqual([]);
    });

  for (const layout of LAYOUTS)
    it(`${layout}: a row really left out (no values in its place) is still missing`, async () => {
      const { 'denied.3': _dropped, ...rows } = APPLICATIONS;
      const written = writeReport({ ...SPEC, applications: rows }, layout);
      const { messages } = await run(written.text, layout);
      expect(errorsOf(messages).filter((m) => m.ruleId === 'table-structure')).toEqual([
        expect.objectContaining({
          messageId: 'missingRow',
          data: expect.objectContaining({ row: '（三）不予公开3.危及“三安全一稳定”' }),
        }),
      ]);
    });
});

describe('a table-二 row whose label OCR lost', () => {
  for (const layout of ['markdown', 'tabs', 'html'] as const)
    it(`${layout}: 行政规范性文件 is unreadable, not missing`, async () => {
      const written = writeReport(SPEC, layout);
      const { messages, report } = await run(withoutLabel(written.text, '行政规范性文件', layout), layout);
      expect(errorsOf(messages)).toEqual([]);
      expect(rowsWarning(messages, '表二')[0]?.data).toMatchObject({ count: 1, rows: '行政规范性文件' });
      const table = findTable(report, 'active')!;
      expect(table.missingRows).toEqual([]);
      expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'normativeDocuments', reason: 'labelUnreadable' })]);
      expect(table.children.find((r) => r.key === 'regulations')?.children.map((c) => c.value)).toEqual([2, 1, 15]);
    });
});

describe("a row's label run into the cell of the row above", () => {
  // Marker GFM: row 2's label cell holds row 3's label too; row 3's values stand below with an empty label cell.
  it('markdown: neither row is read, and nothing is reported missing or wrong', async () => {
    const written = writeReport(SPEC, 'markdown');
    const second = rowLabel('denied.2');
    const third = rowLabel('denied.3');
    const text = written.text.replace(`| ${third} |`, '|  |').replace(`| ${second} |`, `| ${second}${third} |`);
    const { messages, report } = await run(text, 'markdown');
    expect(errorsOf(messages)).toEqual([]);
    const warning = rowsWarning(messages, '表三')[0];
    expect(warning?.data).toMatchObject({ count: 2, reason_zh: '两行的行名挤在一个单元格里，无法确定数值属于哪一行' });
    expect(warning?.line).toBe(written.rowAt('denied.2'));
    expect(valuesOf(report, 'denied.2')).toBeUndefined();
    expect(valuesOf(report, 'denied.3')).toBeUndefined();
    expect(valuesOf(report, 'denied.1')).toEqual(APPLICATIONS['denied.1']);
    expect(valuesOf(report, 'denied.4')).toEqual(APPLICATIONS['denied.4']);
  });
});

describe('table 四 whose header OCR lost', () => {
  /** Section 四 as OCR gives it: the section's heading, then the fifteen values alone. */
  const headerless = (layout: Layout, values = REVIEW): string => {
    const written = writeReport({ ...SPEC, review: values }, layout);
    const lines = written.text.split('\n');
    const from = written.tableAt('review').line - 1;
    const row = values.join(layout === 'markdown' ? ' | ' : layout === 'html' ? '</td><td>' : '\t');
    const body =
      layout === 'markdown'
        ? [`| ${values.map(() => ' ').join(' | ')} |`, `|${' --- |'.repeat(values.length)}`, `| ${row} |`]
        : layout === 'html'
          ? [`<table><tr><td>${row}</td></tr></table>`]
          : [row];
    let to = from;
    while (to < lines.length && !lines[to]!.includes('五、存在的主要问题')) to++;
    return [...lines.slice(0, from), ...body, '', ...lines.slice(to)].join('\n');
  };

  for (const layout of ['markdown', 'tabs', 'html'] as const)
    it(`${layout}: a row of fifteen values in section 四 is table 四 unreadable, once, not missing`, async () => {
      const text = headerless(layout);
      const { messages } = await run(text, layout);
      // At the values, written where the table was.
      const line = writeReport(SPEC, layout).tableAt('review').line;
      expect(errorsOf(messages)).toEqual([]);
      const warnings = messages.filter((m) => m.ruleId === 'unreadable-content' && m.messageId === 'table');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.data).toMatchObject({ table: '表四', reason_zh: '该部分有一张含 15 个数值的表，但表头和行名无法识别' });
      expect(warnings[0]!.line).toBe(line);
    });

  for (const layout of ['markdown', 'tabs', 'html'] as const)
    it(`${layout}: with it, a table-三 total off by one is still found`, async () => {
      const wrong = { ...APPLICATIONS, new: [...APPLICATIONS['new']!] };
      wrong.new[6] = wrong.new[6]! + 1;
      const written = writeReport({ ...SPEC, applications: wrong }, layout);
      const lines = headerless(layout).split('\n');
      const t3 = written.text.split('\n');
      // The same report with the wrong total: table 三 from the written text, section 四 headerless.
      const at = written.at('new', 'total');
      lines[at.line - 1] = t3[at.line - 1]!;
      const { messages } = await run(lines.join('\n'), layout);
      const errors = errorsOf(messages);
      expect(errors.map((m) => m.ruleId)).toContain('application-totals');
      expect(errors.filter((m) => m.ruleId === 'table-structure')).toEqual([]);
    });

  it('markdown: a labelled table of figures in section 四 is another table: table 四 is missing', async () => {
    const written = writeReport({ ...SPEC, noTable: ['review'] }, 'markdown');
    const heading = written.lineOf('四、政府信息公开行政复议');
    const lines = written.text.split('\n');
    const other = [
      '| 事项 | 件数 |',
      '| --- | --- |',
      ...['咨询', '来信', '来访', '网上留言', '电话', '现场', '其他', '合计'].map((w, i) => `| ${w} | ${i + 11} |`),
    ];
    lines.splice(heading + 1, 0, '', ...other, '');
    const { messages } = await run(lines.join('\n'), 'markdown');
    expect(errorsOf(messages)).toEqual([
      expect.objectContaining({ ruleId: 'table-structure', messageId: 'missingTable', line: heading }),
    ]);
  });
});
