/**
 * Space-aligned text as `pdftotext -layout` gives it (issue #17): columns aligned by display width (a CJK
 * character is two columns), labels wrapped inside their column with the values on a middle line, group labels
 * in a column of their own (horizontal, or one character per line filling the blank lines between rows), rows
 * separated by blank lines, a page number inside the table, a blank cell, a number wrapped in a narrow column,
 * and table 四's header printed one character per line. Every value is distinct and non-zero, so a value read
 * into the wrong row or column cannot pass.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import stringWidth from 'string-width';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { APPLICATION_ROWS, GROUP_LABELS, type ResultGroup } from '../../src/parser/data/applications.js';
import { lint } from '../../src/engine/lint.js';
import { KEYS, report as reportAround, table3, valuesOf } from '../helpers/table3-fixture.js';
import type { TableNode } from '../../src/parser/types.js';
import { ACTIVE_CONTENT_HEAD, HEADING, activeBlocks, type Table2 } from '../fuzz/template.js';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../../src/parser/data/review.js';
import { makeModel } from '../fuzz/model.js';
import { renderText } from '../fuzz/layouts.js';

const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'] as const;

const GROUP_X = 2;
const LABEL_X = 20;
const LABEL_WIDTH = 16;
const VALUE_X = 40;
const VALUE_WIDTH = 8;

/** Writes `text` at display column x of line y. */
function put(canvas: string[], y: number, x: number, text: string): void {
  while (canvas.length <= y) canvas.push('');
  const w = stringWidth(canvas[y]!);
  canvas[y] = w <= x ? canvas[y]! + ' '.repeat(x - w) + text : `${canvas[y]!}  ${text}`;
}

function wrap(text: string, width: number): string[] {
  const out = [''];
  for (const ch of text) {
    if (stringWidth(out[out.length - 1]! + ch) > width) out.push('');
    out[out.length - 1] += ch;
  }
  return out;
}

interface Options {
  /** Cells printed as something else ('' for blank) by row key and column index. */
  cells?: Record<string, Record<number, string>>;
  /** Row whose total wraps its last digit onto the next line. */
  wrapTotal?: string;
  /** The column whose value wraps in that row, when not the total (6). */
  wrapColumn?: number;
  /** Digits of the wrapped total printed on the next line (default 1). */
  wrapRest?: number;
  /** The page break goes right before the wrapped total's rest (１１２ ⏎ - 1 - ⏎ ４). */
  wrapOverPage?: boolean;
  /**
   * Rows from this one on are a table of their own, its value columns this much further right (or left), and
   * `valueWidth` apart when given (default 8).
   */
  splitAt?: { key: string; shift: number; noHeader?: boolean; valueWidth?: number };
  /** The page break goes before the first line holding this (default: inside group （三）). */
  pageBreakBefore?: string;
  /** Groups printed one character per line (default: （六）), from this many lines below the group's first. */
  vertical?: ResultGroup[];
  verticalOffset?: number;
  /** Display width of the row label column (default 16). */
  labelWidth?: number;
}

/** Table 三 as pdftotext -layout prints it; group （六） one character per line, （三） on one line. */
function layoutTable3(options: Options = {}): string {
  const writes: Array<[number, number, string]> = [];
  const canvas = {
    put: (y: number, x: number, text: string): void => void writes.push([y, x, text]),
  };
  let y = 0;
  canvas.put(y, VALUE_X + 20, '申请人情况');
  canvas.put(++y, VALUE_X, ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].join('  '));
  y += 2;
  const groupLines = new Map<ResultGroup, number[]>();
  let shift = 0;
  let valueWidth = VALUE_WIDTH;
  let wrapLine = -1;
  for (const spec of APPLICATION_ROWS) {
    if (options.splitAt?.key === spec.key) {
      shift = options.splitAt.shift;
      valueWidth = options.splitAt.valueWidth ?? VALUE_WIDTH;
      if (!options.splitAt.noHeader) {
        canvas.put(y, VALUE_X + shift, ['数据1', '数据2', '数据3', '数据4', '数据5', '数据6', '总计'].join('   '));
        y += 2;
      }
    }
    const label = wrap(spec.label, options.labelWidth ?? LABEL_WIDTH);
    const middle = y + Math.floor((label.length - 1) / 2);
    label.forEach((l, k) => canvas.put(y + k, LABEL_X, l));
    valuesOf(spec.key).forEach((v, c) => {
      let text = options.cells?.[spec.key]?.[c] ?? String(v);
      if (options.wrapTotal === spec.key && c === (options.wrapColumn ?? 6)) {
        const rest = options.wrapRest ?? 1;
        canvas.put(middle + 1, shift + VALUE_X + (c + 1) * valueWidth - rest, text.slice(-rest));
        text = text.slice(0, -rest);
        wrapLine = middle + 1;
      }
      if (text) canvas.put(middle, shift + VALUE_X + (c + 1) * valueWidth - stringWidth(text), text);
    });
    if (spec.group) groupLines.set(spec.group, [...(groupLines.get(spec.group) ?? []), ...label.map((_, k) => y + k)]);
    y += label.length + (options.wrapTotal === spec.key && label.length < 2 ? 2 : 1);
  }
  // One character per line from the group's first line on, over the blank lines between its rows.
  for (const group of options.vertical ?? ['other'])
    [...GROUP_LABELS[group]].forEach((ch, k) =>
      canvas.put(groupLines.get(group)![0]! + (options.verticalOffset ?? 0) + k, GROUP_X + 4, ch),
    );
  const third = groupLines.get('denied')!;
  canvas.put(third[Math.floor(third.length / 2)]!, GROUP_X, GROUP_LABELS.denied);
  const lines: string[] = [];
  for (const [wy, wx, text] of writes.sort((a, b) => a[0] - b[0] || a[1] - b[1])) put(lines, wy, wx, text);
  // A page break inside the table: a blank line, the page number and a form feed.
  const trimmed = lines.map((l) => l.replace(/\s+$/, ''));
  const at = options.wrapOverPage ? wrapLine : trimmed.findIndex((l) => l.includes(options.pageBreakBefore ?? '5.属于三类'));
  trimmed.splice(at, 1, '', '                      - 1 -', `\f${trimmed[at]!}`);
  return trimmed.join('\n');
}

/** Space-aligned text is read in blocks between blank lines: the table stands apart from its heading, and 四 follows. */
function report(section3: string, section4 = ''): string {
  return reportAround(`\n${section3}`, `四、政府信息公开行政复议、行政诉讼情况\n\n${section4}\n`);
}

/**
 * Table 二 as pdftotext -layout prints a table drawn without blank lines between its rows: each item's caption,
 * its column heads, then one line per row, the figures right-aligned in columns ('' prints nothing).
 */
function layoutTable2(figures: Record<keyof Table2, Array<number | ''>>): string {
  const lines: string[] = [];
  for (const [item, heads, rows] of activeBlocks(figures as Table2)) {
    lines.push(`${' '.repeat(LABEL_X)}${item}`);
    const canvas: string[] = [];
    put(canvas, 0, 0, ACTIVE_CONTENT_HEAD);
    heads.forEach((head, c) => put(canvas, 0, LABEL_X + c * 16, head));
    for (const [label, values] of rows) {
      const y = canvas.length;
      put(canvas, y, 0, label);
      values.forEach((v, c) => {
        const text = String(v);
        if (text) put(canvas, y, LABEL_X + (c + 1) * 16 - 4 - stringWidth(text), text);
      });
    }
    lines.push(...canvas);
  }
  return lines.join('\n');
}

/** The report with table 二 under its heading, before section 三. */
function withTable2(text: string, table2: string): string {
  const at = text.indexOf(HEADING.applications);
  return `${text.slice(0, at)}${HEADING.active}\n\n${table2}\n\n${text.slice(at)}`;
}

function expectRows(table: TableNode, except: Record<string, Record<number, number | null>> = {}): void {
  for (const key of KEYS) {
    const expected = valuesOf(key);
    COLUMNS.forEach((column, c) => {
      const want = except[key] && c in except[key] ? except[key][c] : expected[c];
      expect([key, column, getCell(table, key, column)?.value]).toEqual([key, column, want]);
    });
  }
}

describe('space-aligned text (pdftotext -layout)', () => {
  it('reads every row: wrapped labels joined to their values, group labels in their own column, a page break', async () => {
    const table = await table3(report(layoutTable3()));
    expectRows(table);
    expect(table.unreadableRows).toEqual([]);
    expect(table.children.find((r) => r.key === 'other.2')!.label.replace(/\s/g, '')).toBe(
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    );
  });

  it('places a blank cell under its column, and joins a number wrapped in its narrow column', async () => {
    const total = String(valuesOf('granted')[6]);
    const table = await table3(report(layoutTable3({ cells: { 'denied.3': { 2: '' } }, wrapTotal: 'granted' })));
    expect(getCell(table, 'denied.3', 'research')).toMatchObject({ content: 'blank', value: null });
    expect(getCell(table, 'granted', 'total')?.value).toBe(Number(total));
    expectRows(table, { 'denied.3': { 2: null } });
  });

  it("reads the whole of a row's first value wrapped onto the next line, below the first line of its label", async () => {
    // 1.申请人无正当理由… wraps over several lines, its values on the second; the last digit of its first value (自然人)
    // stands on the third, beside the rest of the label: the joined number is read whole, never as the digits above.
    const whole = valuesOf('other.1')[0]!;
    expect(whole).toBeGreaterThanOrEqual(10);
    const text = report(layoutTable3({ wrapTotal: 'other.1', wrapColumn: 0 }));
    expect(text).toMatch(new RegExp(` ${Math.floor(whole / 10)} +\\d+ .*\\n.* ${whole % 10}\\n`));
    const table = await table3(text);
    expect(getCell(table, 'other.1', 'natural')?.value).toBe(whole);
    expectRows(table);
    // The fixture's rows add up, its columns not: no finding of a row (read as 20, row other.1 did not add up).
    const result = await lint(text, { format: 'text', now: new Date('2025-06-01T00:00:00Z') });
    expect(result.messages.filter((m) => ['rowTotal', 'cellLikelyWrong', 'rows'].includes(m.messageId ?? ''))).toEqual([]);
  });

  /** Table 三 with （二）部分公开…'s total printed one digit per line, the last one `last` (its own by default). */
  const totalOverThreeLines = (last?: string): { text: string; total: string } => {
    const total = String(valuesOf('partial')[6]);
    expect(total).toMatch(/^\d{3}$/);
    const lines = report(layoutTable3({ wrapTotal: 'partial', wrapRest: 2 })).split('\n');
    const rest = lines.findIndex((l) => l.endsWith(` ${total.slice(1)}`));
    expect(rest).toBeGreaterThan(0);
    lines[rest] = `${lines[rest]!.slice(0, -2)} ${total[1]}`;
    lines.splice(rest + 1, 0, `${' '.repeat(lines[rest].length - 1)}${last ?? total[2]}`);
    return { text: lines.join('\n'), total };
  };

  it('reads a number wrapped over three lines (2 ⏎ 0 ⏎ 1) when its row adds up with it', async () => {
    const { text, total } = totalOverThreeLines();
    const table = await table3(text);
    expect(getCell(table, 'partial', 'total')?.value).toBe(Number(total));
    expectRows(table);
  });

  it('never reads a third line of digits into a number when its row does not add up with it (a number printed below)', async () => {
    const { text, total } = totalOverThreeLines(String((Number(String(valuesOf('partial')[6])[2]) + 1) % 10));
    const table = await table3(text);
    expect(table.children.some((r) => r.key === 'partial')).toBe(false);
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'partial', reason: 'wrappedNumber' })]);
    expect(total).toHaveLength(3);
  });

  it('reads no number over more than three lines of rests, and stays linear on thousands of digit lines', async () => {
    const lines = report(layoutTable3()).split('\n');
    const at = lines.findIndex((l) => l.includes('（一）予以公开'));
    const natural = String(valuesOf('granted')[0]);
    // The display column of the number's last digit (a CJK character of the label is two columns wide).
    const x = stringWidth(lines[at]!.slice(0, lines[at]!.indexOf(` ${natural} `) + natural.length));
    lines.splice(at + 1, 0, ...Array.from({ length: 2000 }, (_, i) => `${' '.repeat(x)}${(i % 9) + 1}`));
    const table = await table3(lines.join('\n'));
    expect(table.children.some((r) => r.key === 'granted')).toBe(false);
    expect(table.unreadableRows).toContainEqual(expect.objectContaining({ key: 'granted', reason: 'wrappedNumber' }));
  });

  it('never reads a count cut short when the rest under it carries its unit (30 ⏎ 0件)', async () => {
    const total = String(valuesOf('partial')[6]);
    const lines = report(layoutTable3({ wrapTotal: 'partial' })).split('\n');
    const rest = lines.findIndex((l) => l.endsWith(` ${total.slice(-1)}`) && /^ +\d$/.test(l));
    expect(rest).toBeGreaterThan(0);
    lines[rest] = `${lines[rest]!}件`;
    const table = await table3(lines.join('\n'));
    expect(getCell(table, 'partial', 'total')?.value ?? null).not.toBe(Number(total.slice(0, -1)));
  });

  it('finds the table by its first row label wrapped over a page break (一、本年新收政府 ⏎ - 1 - ⏎ 信息公开申请数量)', async () => {
    const table = await table3(report(layoutTable3({ pageBreakBefore: '信息公开申请数量' })));
    expectRows(table);
    expect(table.missingRows).toEqual([]);
  });

  it('reads 无 of a vertical （四）无法提供 standing on a line of values as the group label, not as a value', async () => {
    // Labels wrapped over three lines, values on the middle one: 无 lands on the line of values of row 2, beside
    // the middle of its label (没有现成信息 … 需要另行).
    const text = report(layoutTable3({ vertical: ['unavailable'], verticalOffset: 2, labelWidth: 12 }));
    expect(text).toMatch(/无 +[^\d\s（]+ +131 /);
    const table = await table3(text);
    expectRows(table);
    expect(table.unreadableRows).toEqual([]);
  });

  it('never gives a row the values of another row when a group label wrapped in its column stands on a line of values (red team rtC F4)', async () => {
    // pdftotext -layout of LibreOffice's PDF of a report (every value distinct): each wrapped label's values on a line
    // of their own amid its lines, （五） ⏎ 不予处 ⏎ 理 beside them; 理 on a line of values was taken for the rows'
    // label column and the sub-rows' labels joined into one row: （六）1. read with （五）4.'s values.
    const fixture = (name: string): string => readFileSync(new URL(`../fixtures/text/${name}`, import.meta.url), 'utf8');
    const expected = JSON.parse(fixture('pdftotext-layout-libreoffice.table3.json')) as Record<string, Record<string, number>>;
    const table = await table3(fixture('pdftotext-layout-libreoffice.txt'));
    for (const row of table.children)
      for (const column of COLUMNS)
        expect([row.key, column, getCell(table, row.key!, column)?.value]).toEqual([
          row.key,
          column,
          expected[row.key!]![column],
        ]);
    expect(table.children.map((r) => r.key)).toEqual(expect.arrayContaining(['rejected.4', 'other.1']));
    expect(table.missingRows).toEqual([]);
  });

  it('places a blank cell by the columns of its own table when the table is cut into tables with other columns', async () => {
    const table = await table3(
      report(layoutTable3({ splitAt: { key: 'rejected.1', shift: 5 }, cells: { 'rejected.3': { 3: '' } } })),
    );
    expect(getCell(table, 'rejected.3', 'nonprofit')).toMatchObject({ content: 'blank', value: null });
    expectRows(table, { 'rejected.3': { 3: null } });
  });

  it.each([
    ['the first row of the second table', 'rejected.1', 0],
    ['the last row of the first table', 'unavailable.3', 2],
  ])(
    'places a blank cell of %s, a table cut without a header and its columns moved right, by its own table',
    async (_, key, column) => {
      const text = report(
        layoutTable3({ splitAt: { key: 'rejected.1', shift: 12, noHeader: true }, cells: { [key]: { [column]: '' } } }),
      );
      expect(text).not.toContain('数据1');
      const table = await table3(text);
      expect(getCell(table, key, COLUMNS[column]!)).toMatchObject({ content: 'blank', value: null });
      expectRows(table, { [key]: { [column]: null } });
      expect(table.unreadableRows).toEqual([]);
    },
  );

  it('leaves that first row unreadable when its values stand under the columns of either table (moved by 6)', async () => {
    const text = report(
      layoutTable3({ splitAt: { key: 'rejected.1', shift: -6, noHeader: true }, cells: { 'rejected.1': { 0: '' } } }),
    );
    const table = await table3(text);
    expect(table.children.some((r) => r.key === 'rejected.1')).toBe(false);
    expect(table.unreadableRows.map((r) => r.key)).toEqual(['rejected.1']);
    const result = await lint(text, { format: 'text', filePath: 'x.txt', now: new Date('2024-03-01T00:00:00Z') });
    expect(result.messages.filter((m) => m.ruleId === 'unreadable-content').map((m) => m.messageId)).toEqual(['rows']);
  });

  it('leaves a row unreadable when a value stands under two columns of its own table, never placed by the other', async () => {
    // The second table's columns stand one column right of the first's. Its first row leaves 其他 blank and prints
    // its total too wide (１,０４１) for its own 总计: under the first table's columns each value stands under one,
    // but the blank would land in 自然人 and every value one column left.
    const text = report(
      layoutTable3({
        splitAt: { key: 'rejected.3', shift: 8, noHeader: true },
        cells: { 'rejected.3': { 5: '', 6: '１,０４１' } },
      }),
    );
    expect(text).toMatch(/ 175 +１,０４１\n/);
    const table = await table3(text);
    expect(table.children.some((r) => r.key === 'rejected.3')).toBe(false);
    expect(table.unreadableRows.map((r) => r.key)).toEqual(['rejected.3']);
    expect(getCell(table, 'rejected.2', 'natural')?.value).toBe(valuesOf('rejected.2')[0]);
    expect(getCell(table, 'rejected.4', 'other')?.value).toBe(valuesOf('rejected.4')[5]);
    const result = await lint(text, { format: 'text', filePath: 'x.txt', now: new Date('2024-03-01T00:00:00Z') });
    expect(result.messages.filter((m) => ['rowTotal', 'cellLikelyWrong'].includes(m.messageId ?? ''))).toEqual([]);
    expect(result.messages.filter((m) => m.ruleId === 'unreadable-content').map((m) => m.messageId)).toEqual(['rows']);
  });

  it('reads 若干, 3件 and −3 in a value column as values (numeric-cells findings), never as labels', async () => {
    const text = report(
      layoutTable3({ cells: { 'denied.5': { 1: '若干' }, 'unavailable.2': { 0: '3件' }, 'rejected.1': { 3: '-3' } } }),
    );
    const table = await table3(text);
    expect(getCell(table, 'denied.5', 'business')).toMatchObject({ content: 'text', raw: '若干' });
    expect(getCell(table, 'unavailable.2', 'natural')).toMatchObject({ content: 'text', raw: '3件' });
    expect(getCell(table, 'rejected.1', 'nonprofit')?.value).toBe(-3);
    expect(getCell(table, 'denied.5', 'research')?.value).toBe(valuesOf('denied.5')[2]);
    const result = await lint(text, { format: 'text', filePath: 'x.txt', now: new Date('2024-03-01T00:00:00Z') });
    expect(
      result.messages
        .filter((m) => m.ruleId === 'numeric-cells')
        .map((m) => m.messageId)
        .sort(),
    ).toEqual(['negative', 'notNumber', 'withUnit']);
  });

  it('reads a row of table 二 whose next row prints fewer values right under it (no blank line between)', async () => {
    // 规章 5 2 23 ⏎ 行政规范性文件 3 _ 17: 3 and 17 stand under 5 and 23, but 行政规范性文件 is a row label by itself,
    // so they are its values, never the rest of numbers wrapped from the row above.
    const figures = {
      regulations: [5, 2, 23],
      normativeDocuments: [3, '' as const, 17],
      licensing: [12],
      punishment: [31],
      coercion: [7],
      fees: [4.5],
    };
    const table2 = layoutTable2(figures);
    expect(table2).toMatch(/\n规章 +5 +2 +23\n行政规范性文件 +3 +17\n/);
    const text = withTable2(report(layoutTable3()), table2);
    const active = findTable((await parseReport(text, { format: 'text' })).report, 'active')!;
    expect(active.children.find((r) => r.key === 'regulations')?.children.map((c) => c.value)).toEqual([5, 2, 23]);
    expect(active.children.find((r) => r.key === 'licensing')?.children.map((c) => c.value)).toEqual([12]);
    // The row with the blank cell is what it always was without columns to place it: unreadable, alone.
    expect(active.unreadableRows.map((r) => [r.key, r.reason])).toEqual([['normativeDocuments', 'digitsRunTogether']]);
    const result = await lint(text, { format: 'text', filePath: 'x.txt', now: new Date('2024-03-01T00:00:00Z') });
    const unreadable = result.messages.filter((m) => m.ruleId === 'unreadable-content');
    expect(unreadable.map((m) => [m.messageId, m.line])).toEqual([
      ['rows', text.split('\n').findIndex((l) => l.startsWith('行政规范性文件')) + 1],
    ]);
  });

  it('finds table 四 by its header printed one character per line', async () => {
    const values = [3, 5, 7, 9, 24, 2, 4, 6, 8, 20, 11, 13, 15, 17, 56];
    const columns = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
    const x = (k: number): number => 1 + 7 * k;
    const lines: string[] = [];
    for (let row = 0; row < 4; row++) {
      let line = '';
      for (let k = 0; k < 15; k++) {
        const ch = columns[k % 5]![row];
        if (ch) line += ' '.repeat(Math.max(0, x(k) - stringWidth(line))) + ch;
      }
      lines.push(line);
    }
    const valueLine = values
      .map((v, k) => ' '.repeat(Math.max(0, x(k) + 1 - stringWidth(String(v)))))
      .reduce(
        (acc, pad, k) =>
          acc + ' '.repeat(Math.max(0, x(k) + 2 - stringWidth(String(values[k])) - stringWidth(acc))) + String(values[k]),
        '',
      );
    const section4 = [
      '            行政复议                                            行政诉讼',
      '',
      '                                           未经复议直接起诉                      复议后起诉',
      ...lines,
      '',
      valueLine,
    ].join('\n');
    const parsed = await parseReport(report(layoutTable3(), section4), { format: 'text' });
    const review = findTable(parsed.report, 'review');
    expect(review?.children.map((r) => [r.key, r.children.map((c) => c.value)])).toEqual([
      ['review', values.slice(0, 5)],
      ['litigation', values.slice(5, 10)],
      ['litigationAfterReview', values.slice(10)],
    ]);
  });
});

describe('a number wrapped over a page break in space-aligned text', () => {
  const now = new Date('2024-03-01T00:00:00Z');
  const granted = valuesOf('granted');
  const findings = async (text: string): Promise<string[]> =>
    (await lint(text, { format: 'text', filePath: 'x.txt', now })).messages
      // The fixture's rows add up, its columns not (values distinct by row and column): row findings only.
      .filter((m) => ['rowTotal', 'cellLikelyWrong', 'rows'].includes(m.messageId ?? ''))
      .map((m) => `${m.ruleId}:${m.messageId}@${m.line}`);

  it('joins the rest of a total printed over the page number (１４ ⏎ - 1 - ⏎ １) when the row adds up with it', async () => {
    const text = report(layoutTable3({ wrapTotal: 'granted', wrapOverPage: true }));
    expect(text).toMatch(new RegExp(`\\n +- 1 -\\n\\f +${String(granted[6]).slice(-1)}\\n`));
    const table = await table3(text);
    expect(getCell(table, 'granted', 'total')?.value).toBe(granted[6]);
    expectRows(table);
    expect(table.unreadableRows).toEqual([]);
    expect(await findings(text)).toEqual([]);
  });

  it('joins two digits carried over the page as well (１３ ⏎ - 1 - ⏎ ４１)', async () => {
    const text = report(layoutTable3({ wrapTotal: 'other.3', wrapRest: 2, wrapOverPage: true }));
    expect(text).toMatch(/\n\f +41\n/);
    const table = await table3(text);
    expect(getCell(table, 'other.3', 'total')?.value).toBe(valuesOf('other.3')[6]);
    expectRows(table);
    expect(await findings(text)).toEqual([]);
  });

  it('leaves the row unreadable, never read with its total cut short, when the row does not add up with the join', async () => {
    // One addend off by 7: joined, the total does not confirm the join; unjoined, it would be read as 14.
    const text = report(
      layoutTable3({ wrapTotal: 'granted', wrapOverPage: true, cells: { granted: { 0: String(granted[0]! + 7) } } }),
    );
    const table = await table3(text);
    expect(table.children.some((r) => r.key === 'granted')).toBe(false);
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'granted', reason: 'wrappedNumber', actual: 7 })]);
    const row = table.unreadableRows[0]!;
    const line = text.split('\n').findIndex((l) => l.includes('（一）予以公开')) + 1;
    expect(row.position?.start.line).toBe(line);
    expect(await findings(text)).toEqual([`unreadable-content:rows@${line}`]);
  });

  it('joins a rest printed on the line of a group label centred in its own column (（三）不予公开 益 ⏎ １)', async () => {
    // Labels 18 wide: （三）不予公开 stands on the second line of 4.保护第三方合法权 ⏎ 益, under the total 44 ⏎ 1.
    const total = String(valuesOf('denied.4')[6]);
    const text = report(layoutTable3({ wrapTotal: 'denied.4', labelWidth: 18 }));
    expect(text).toMatch(new RegExp(`\\n +（三）不予公开 +益 +${total.slice(-1)}\\n`));
    const table = await table3(text);
    expect(getCell(table, 'denied.4', 'total')?.value).toBe(Number(total));
    expectRows(table);
    expect(table.unreadableRows).toEqual([]);
    expect(await findings(text)).toEqual([]);
  });

  it('reads the same row with its wrong addend when its total wraps onto the very next line (the join is certain)', async () => {
    const text = report(layoutTable3({ wrapTotal: 'granted', cells: { granted: { 0: String(granted[0]! + 7) } } }));
    const table = await table3(text);
    expect(getCell(table, 'granted', 'natural')?.value).toBe(granted[0]! + 7);
    expect(getCell(table, 'granted', 'total')?.value).toBe(granted[6]);
    const line = text.split('\n').findIndex((l) => l.includes('（一）予以公开')) + 1;
    expect(await findings(text)).toEqual([`application-totals:rowTotal@${line}`]);
  });

  it('joins the rest of a total printed after the rest of the row label (一、本年新收政府 ２ ⏎ 信息公开申请数量 １)', async () => {
    const total = String(valuesOf('partial')[6]);
    const text = report(layoutTable3({ wrapTotal: 'new' }));
    expect(text).toMatch(new RegExp(`\\n +信息公开申请数量 +${total.slice(-1)}\\n`));
    const table = await table3(text);
    expect(getCell(table, 'partial', 'total')?.value).toBe(Number(total));
    expect(table.children.find((r) => r.key === 'new')!.label.replace(/\s/g, '')).toBe('一、本年新收政府信息公开申请数量');
    expectRows(table);
    expect(await findings(text)).toEqual([]);
  });

  it('leaves that row unreadable when it does not add up with the joined total', async () => {
    const text = report(layoutTable3({ wrapTotal: 'new', cells: { new: { 3: String(valuesOf('new')[3]! + 5) } } }));
    const table = await table3(text);
    expect(table.children.some((r) => r.key === 'new')).toBe(false);
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'new', reason: 'wrappedNumber', actual: 7 })]);
    const line = text.split('\n').findIndex((l) => l.includes('一、本年新收政府')) + 1;
    expect(await findings(text)).toEqual([`unreadable-content:rows@${line}`]);
  });

  it('joins the rest of a number written with a thousands separator (1,34 ⏎ 1)', async () => {
    const text = report(layoutTable3({ wrapTotal: 'other.3', cells: { 'other.3': { 6: '1,341' } } }));
    expect(text).toMatch(/ 1,34\n +1\n/);
    const table = await table3(text);
    expect(getCell(table, 'other.3', 'total')?.value).toBe(1341);
    expectRows(table);
  });

  it('never joins digits to a number whose thousands groups are complete (1,341 ⏎ 6 is no 1,3416)', async () => {
    const text = report(layoutTable3({ wrapTotal: 'other.3', cells: { 'other.3': { 6: '1,3416' } } }));
    expect(text).toMatch(/ 1,341\n +6\n/);
    const table = await table3(text);
    expect(table.children.some((r) => r.key === 'other.3')).toBe(false);
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'other.3', reason: 'wrappedNumber' })]);
    const line = text.split('\n').findIndex((l) => / 1,341$/.test(l)) + 1;
    expect(await findings(text)).toEqual([`unreadable-content:rows@${line}`]);
  });

  it('never reads a number as whole with digits under it that cannot be its rest (wider than it)', async () => {
    // 141 printed as 1 ⏎ 41: the rest is wider than the number above it, so it is no wrap the reader can join.
    const text = report(layoutTable3({ wrapTotal: 'granted', wrapRest: String(granted[6]).length - 1 }));
    const table = await table3(text);
    expect(table.children.some((r) => r.key === 'granted')).toBe(false);
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'granted', reason: 'wrappedNumber' })]);
    const line = text.split('\n').findIndex((l) => l.includes('（一）予以公开')) + 1;
    expect(await findings(text)).toEqual([`unreadable-content:rows@${line}`]);
  });
});

describe("table 四's header printed one character per line (pdftotext -layout)", () => {
  const t4Of = (table: TableNode | undefined): Array<Array<number | null>> =>
    REVIEW_GROUPS.map((group) => REVIEW_COLUMNS.map((col) => (table ? (getCell(table, group, col)?.value ?? null) : null)));
  const readT4 = async (text: string): Promise<{ values: Array<Array<number | null>>; structure: string[] }> => {
    const parsed = await parseReport(text, { format: 'text' });
    const result = await lint(text, { format: 'text', now: new Date('2025-06-01T00:00:00Z') });
    return {
      values: t4Of(findTable(parsed.report, 'review')),
      structure: result.messages.filter((m) => m.ruleId === 'table-structure').map((m) => m.message),
    };
  };

  // A page break after the header's first line (its first characters at the foot of a page), the rows printed
  // apart or tight (then that line also holds the header words printed across: 未经复议直接起诉).
  // Or before it, between it and the header words printed across (未经复议直接起诉, 复议后起诉).
  it.each([
    ['inside it, rows printed apart', [] as const, /^ 结 +结 +其 +尚$/, 1],
    ['inside it, rows printed tight', ['table.tightRows'] as const, /^ 结 +结 +其 +尚 +未经复议直接起诉 +复议后起诉$/, 1],
    ['right before it', [] as const, /^ 结 +结 +其 +尚$/, 0],
  ])('is found when a page break falls %s', async (_name, variations, firstLine, after) => {
    const model = makeModel(7, ['table4.verticalHeader', ...variations], null);
    const lines = renderText(model, 'text-layout').split('\n');
    const first = lines.findIndex((l) => firstLine.test(l));
    expect(first).toBeGreaterThan(0);
    lines.splice(first + after, 0, '', `${' '.repeat(38)}- 3 -`, '\f');
    expect(await readT4(lines.join('\n'))).toEqual({
      values: [model.t4['review'], model.t4['litigation'], model.t4['litigationAfterReview']],
      structure: [],
    });
  });
});

describe('rows printed with no blank line between them (pdftotext -layout of a dense table)', () => {
  it("keeps the group label 三、本年度办理结果 out of the wrapped row label printed on its line (seed 286's shape)", async () => {
    const model = makeModel(
      286,
      [
        'toc',
        'heading.number.arabicComma',
        'heading.inline',
        'table3.groupsSplit',
        'table3.splitRepeatHeader',
        'cells.thousands',
        'table.tightRows',
        'table.narrowLabels',
      ],
      null,
    );
    const text = renderText(model, 'text-layout');
    // The wrapped label 3.危及“三 ⏎ 安全一稳定 ⏎ ” beside the wrapped group label 三、本年度 ⏎ 办理结果, no blank line.
    expect(text).toMatch(/ +3\.危及“三\n +三、本年度 +安全一稳定 +[\d,]+ .*\n +办理结果 +”\n/);
    const parsed = await parseReport(text, { format: 'text' });
    const table = findTable(parsed.report, 'applications');
    const columns = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];
    expect(columns.map((c) => (table ? getCell(table, 'denied.3', c)?.value : undefined))).toEqual(
      columns.map((c) => model.t3['denied.3']![c]),
    );
    const result = await lint(text, { format: 'text', now: new Date('2025-06-01T00:00:00Z') });
    expect(result.messages.map((m) => m.ruleId)).toEqual([]);
  });
});

describe('rows printed tight, with the group labels printed apart from their first row', () => {
  const ROWS = Object.keys(makeModel(1, [], null).t3);
  /** Every cell of table 三 as read, against the model (null where the reader read none). */
  const readAll = async (text: string): Promise<Record<string, Array<number | null>>> => {
    const parsed = await parseReport(text, { format: 'text' });
    const table = findTable(parsed.report, 'applications');
    return Object.fromEntries(
      ROWS.map((row) => [row, COLUMNS.map((c) => (table ? (getCell(table, row, c)?.value ?? null) : null))]),
    );
  };
  const wanted = (model: ReturnType<typeof makeModel>, skip?: string): Record<string, Array<number | null>> =>
    Object.fromEntries(
      ROWS.map((row) => [
        row,
        COLUMNS.map((c) => (row === skip?.split(':')[0] && c === skip.split(':')[1] ? null : model.t3[row]![c]!)),
      ]),
    );
  const ruleIds = async (text: string): Promise<string[]> =>
    (await lint(text, { format: 'text', now: new Date('2025-06-01T00:00:00Z') })).messages.map(
      (m) => `${m.ruleId}:${m.messageId ?? ''}`,
    );

  it("reads the last row of a group whose label is printed under it (3.其他 above （六）其他处理, seed 357's shape)", async () => {
    const model = makeModel(357, ['toc', 'heading.number.arabicComma', 'table3.groupsAfter', 'table.tightRows'], null);
    const text = renderText(model, 'text-layout');
    expect(text).toMatch(/ 3\.其他 +\d+ .*\n +（六）其他处理\n +（七）总计/);
    expect(await readAll(text)).toEqual(wanted(model));
    expect(await ruleIds(text)).toEqual([]);
  });

  it("reads rows beside a group label printed down, one of whose characters is 无 ((四)无法提供, seed 47's shape)", async () => {
    const model = makeModel(47, ['preamble.sixParts', 'table3.groupsVertical', 'table.tightRows'], null);
    const text = renderText(model, 'text-layout');
    expect(text).toMatch(/ {2}无 +[^\s\d]+\n/);
    expect(await readAll(text)).toEqual(wanted(model));
    expect(await ruleIds(text)).toEqual([]);
  });

  it("reads a block holding a count written with its unit (4件), and reports that cell only (seed 249's shape)", async () => {
    const model = makeModel(249, ['heading.number.arabicDot', 'table3.groupsSplit', 'table.tightRows'], 'defect.unitCell');
    const text = renderText(model, 'text-layout');
    const unit = /(\d+)件/.exec(text);
    expect(unit).not.toBeNull();
    const read = await readAll(text);
    // Every row is read; the one cell written 4件 is no number (numeric-cells reports it).
    const missing = Object.entries(read).flatMap(([row, values]) =>
      values.flatMap((v, c) => (v === null ? [`${row}:${COLUMNS[c]}`] : [])),
    );
    expect(missing).toHaveLength(1);
    expect(read).toEqual(wanted(model, missing[0]));
    expect(await ruleIds(text)).toEqual(['numeric-cells:withUnit']);
  });
  it("keeps a row printed across both label columns ((二)部分公开…) from merging them, so the group label printed down beside the rows below stays out of their labels (seed 1919's shape)", async () => {
    const model = makeModel(
      1919,
      [
        'preamble.sixParts',
        'toc',
        'table2.captionsOutside',
        'table3.splitNoHeader',
        'cells.thousands',
        'table.wrappedHeaders',
        'table.tightRows',
        'table.narrowLabels',
      ],
      null,
    );
    const text = renderText(model, 'text-layout');
    // （二）'s label spans the group labels' column and the row labels' one; （五）不予 ⏎ 处理 stands beside 投诉类申请 and 2.重复申请.
    expect(text).toMatch(/\n +（二）部分公开（区分处\n/);
    expect(text).toMatch(/\n +（五）不予 +投诉类申请\n +处理 +2\.重复申请 +\d/);
    expect(await readAll(text)).toEqual(wanted(model));
    expect(await ruleIds(text)).toEqual([]);
  });
});

describe('a table 三 printed in parts with headers of their own (table3.perCategory)', () => {
  it("places a row with a blank cell by the columns of its own part when the part before holds only two full rows (seed 8991's shape)", async () => {
    const model = makeModel(
      8991,
      ['preamble.sixParts', 'toc', 'table2.captionsOutside', 'table3.perCategory', 'cells.blank', 'cells.thousands'],
      null,
    );
    const text = renderText(model, 'text-layout');
    // Rows 一 and 二 under the first header; （一）, with a blank cell, first under the part's own header 类别 数据1 ….
    expect(text).toMatch(/类别 +数据1 +数据2 .*\n\n +（一）予以公开/);
    const blanks = ['granted', 'partial'].flatMap((row) =>
      COLUMNS.filter((c) => model.printed3[row]![c] === '').map((c) => `${row}.${c}`),
    );
    expect(blanks.length).toBeGreaterThan(0);
    const parsed = await parseReport(text, { format: 'text' });
    const table = findTable(parsed.report, 'applications');
    expect(table?.unreadableRows ?? []).toEqual([]);
    for (const row of ['granted', 'partial'])
      expect(COLUMNS.map((c) => (table ? (getCell(table, row, c)?.value ?? null) : undefined))).toEqual(
        COLUMNS.map((c) => (model.printed3[row]![c] === '' ? null : model.t3[row]![c])),
      );
    const result = await lint(text, { format: 'text', now: new Date('2025-06-01T00:00:00Z') });
    expect(result.messages.map((m) => m.ruleId)).toEqual(blanks.map(() => 'numeric-cells'));
  });
});

describe('value columns as narrow as their headers (table.narrowValues): figures wrapped onto the next line', () => {
  const messages = async (text: string): Promise<string[]> =>
    (await lint(text, { format: 'text', now: new Date('2025-06-01T00:00:00Z') })).messages.map(
      (m) => `${m.ruleId}:${m.messageId ?? ''}`,
    );

  it.each([
    ['half-width digits', [] as const],
    ['full-width digits', ['cells.fullWidth'] as const],
  ])('reads the grand totals whole (%s)', async (_name, digits) => {
    const model = makeModel(41, ['preamble.sixParts', 'table.narrowValues', ...digits], null);
    const text = renderText(model, 'text-layout');
    const total = String(model.t3['new']!['total']);
    // The total of 一、本年新收… is wider than its column: its last digits stand on the next line.
    const printed = digits.length ? total.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : total;
    const row = text.split('\n').find((l) => l.includes('一、本年新收') && /\S +\S/.test(l));
    expect(row).toBeDefined();
    expect(row).not.toContain(printed);
    const parsed = await parseReport(text, { format: 'text' });
    const table = findTable(parsed.report, 'applications');
    for (const row of ['new', 'handled'])
      expect(COLUMNS.map((c) => (table ? getCell(table, row, c)?.value : undefined))).toEqual(
        COLUMNS.map((c) => model.t3[row]![c]),
      );
    expect(await messages(text)).toEqual([]);
  });

  it("reads a count whose unit wrapped under it (165 ⏎ 件) as written, so numeric-cells reports it (seed 113's shape)", async () => {
    const model = makeModel(
      113,
      ['toc', 'heading.number.arabicComma', 'table2.fourTables', 'table.narrowLabels', 'table.narrowValues'],
      'defect.unitCell',
    );
    const text = renderText(model, 'text-layout');
    expect(text).toMatch(/ \d+\n +件\n/);
    expect(await messages(text)).toEqual(['numeric-cells:withUnit']);
  });
});

describe('table 四 printed space-aligned, a figure wrapped over lines', () => {
  const HEADS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const x = (k: number): number => 1 + 7 * k;
  /** One line of figures, each right-aligned in its column ('' prints nothing). */
  const figures = (values: ReadonlyArray<string | number>): string => {
    let line = '';
    values.forEach((v, k) => {
      const text = String(v);
      if (text) line += ' '.repeat(Math.max(0, x(k) + 2 - stringWidth(text) - stringWidth(line))) + text;
    });
    return line;
  };
  /** Table 四 with its column words printed down, its fifteen figures on one line, then lines of rests. */
  const section4 = (values: ReadonlyArray<string | number>, rests: ReadonlyArray<ReadonlyArray<string>>): string => {
    const header = [0, 1, 2, 3].map((row) => {
      let line = '';
      for (let k = 0; k < 15; k++) {
        const ch = HEADS[k % 5]![row];
        if (ch) line += ' '.repeat(Math.max(0, x(k) - stringWidth(line))) + ch;
      }
      return line;
    });
    return [
      `${' '.repeat(12)}行政复议${' '.repeat(44)}行政诉讼`,
      '',
      `${' '.repeat(43)}未经复议直接起诉${' '.repeat(22)}复议后起诉`,
      ...header,
      '',
      figures(values),
      ...rests.map(figures),
    ].join('\n');
  };
  const FIGURES = [3, 5, 7, 9, 24, 2, 4, 6, 8, 20, 11, 13, 15, 17, 56];

  it('reads a total wrapped onto the next line (2 ⏎ 4) whole', async () => {
    const text = report(layoutTable3(), section4([...FIGURES.slice(0, 4), '2', ...FIGURES.slice(5)], [['', '', '', '', '4']]));
    const table = findTable((await parseReport(text, { format: 'text' })).report, 'review');
    expect(table?.children.map((r) => r.children.map((c) => c.value))).toEqual([
      FIGURES.slice(0, 5),
      FIGURES.slice(5, 10),
      FIGURES.slice(10),
    ]);
  });

  it('never reads a digit two lines below a wrapped total into it: nothing confirms it, so the table is unreadable (2 ⏎ 4 ⏎ 5)', async () => {
    const text = report(
      layoutTable3(),
      section4(
        [...FIGURES.slice(0, 4), '2', ...FIGURES.slice(5)],
        [
          ['', '', '', '', '4'],
          ['', '', '', '', '5'],
        ],
      ),
    );
    const table = findTable((await parseReport(text, { format: 'text' })).report, 'review');
    expect(table?.children).toEqual([]);
    expect(table?.unreadableRows).toEqual([expect.objectContaining({ reason: 'wrappedNumber' })]);
    const result = await lint(text, { format: 'text', now: new Date('2025-06-01T00:00:00Z') });
    expect(result.messages.filter((m) => m.ruleId === 'review-litigation-totals')).toEqual([]);
  });
});
