/**
 * A value lost from a row of a GFM or tab grid (OCR dropped a faint cell, a tab lost in a paste) leaves the row one
 * cell short of its table. Its blank label-span cells (| 四、结转… |  |  | …) must not be taken for values: read
 * right-aligned, a blank became 自然人 and every value after the lost one a column off, so the report and the next
 * year's report got false errors. Every row of tables 二, 三 and 四, the first, a middle or the last value lost,
 * in both layouts: the row is read right or reported unreadable, never an error.
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { lint } from '../../src/engine/lint.js';
import { COLUMNS, markdownGfm, markdownTabs, TABLE2, TABLE4 } from '../helpers/report-fixture.js';
import { table3From } from '../helpers/report-model.js';
import { ROW_ORDER } from '../fuzz/template.js';

const NOW = new Date('2024-06-01T00:00:00Z');
/** Every value of table 三 distinct and non-zero (a value read in another row or column cannot pass). */
const T3 = table3From(
  (r, c) => 10 * r + c + 1,
  (c) => 300 + c,
  (c) => 400 + c,
);
const LAYOUTS: Array<[string, string, string]> = [
  ['GFM', markdownGfm(T3), '|'],
  ['tabs', markdownTabs(T3), '\t'],
];

/**
 * `text` without the value at `at` of the one line holding `values` as consecutive cells; `first`: of the first
 * such line (table 二's one-value rows: 9 is also in table 四).
 */
function withoutValue(text: string, sep: string, values: readonly (number | string)[], at: number, first = false): string {
  const wanted = values.map(String);
  const lines = text.split('\n');
  const found = lines.flatMap((line, i) => {
    const cells = line.split(sep);
    const start = cells.findIndex((_, j) => wanted.every((v, k) => cells[j + k]?.trim() === v));
    return start < 0 ? [] : [[i, start + at] as const];
  });
  if (!first) expect(found).toHaveLength(1);
  const [line, cell] = found[0]!;
  const cells = lines[line]!.split(sep);
  cells.splice(cell, 1);
  lines[line] = cells.join(sep);
  return lines.join('\n');
}

const POSITIONS = (n: number): number[] => [...new Set([0, Math.floor(n / 2), n - 1])];

async function errorsAndUnread(text: string): Promise<{ errors: string[]; unread: number }> {
  const result = await lint(text, { format: 'markdown', filePath: 'report.md', now: NOW });
  return {
    errors: result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`),
    unread: result.messages.filter((m) => m.ruleId === 'unreadable-content').length,
  };
}

describe('a value lost from a row of a grid: read right or unreadable, never shifted', () => {
  for (const [layout, text, sep] of LAYOUTS) {
    it(`${layout}: the whole report reads clean`, async () => {
      expect(await errorsAndUnread(text)).toEqual({ errors: [], unread: 0 });
    });

    for (const key of ROW_ORDER) {
      const values = COLUMNS.map((c) => T3[key]![c]!);
      for (const at of POSITIONS(values.length)) {
        it(`${layout}, table 三 ${key}, value ${at + 1} of 7 lost`, async () => {
          const damaged = withoutValue(text, sep, values, at);
          const table = findTable((await parseReport(damaged, { format: 'markdown' })).report, 'applications')!;
          const unread = table.unreadableRows.map((r) => r.key);
          // Every row is read as printed or unread; the damaged row cannot be read as printed.
          expect(unread).toContain(key);
          for (const other of ROW_ORDER.filter((k) => !unread.includes(k)))
            expect([other, COLUMNS.map((c) => getCell(table, other, c)?.value)]).toEqual([
              other,
              COLUMNS.map((c) => T3[other]![c]),
            ]);
          const { errors, unread: warnings } = await errorsAndUnread(damaged);
          expect(errors).toEqual([]);
          expect(warnings).toBeGreaterThan(0);
        });
      }
    }

    for (const [key, values] of [...Object.entries(TABLE2), ...Object.entries(TABLE4)]) {
      for (const at of POSITIONS(values.length)) {
        it(`${layout}, ${key in TABLE4 ? 'table 四' : 'table 二'} ${key}, value ${at + 1} of ${values.length} lost`, async () => {
          const { errors, unread } = await errorsAndUnread(withoutValue(text, sep, values, at, key in TABLE2));
          expect(errors).toEqual([]);
          expect(unread).toBeGreaterThan(0);
        });
      }
    }
  }
});

/** The carry-forward row with the value at `at` blank, and with `dropSpan` one blank label-span cell less. */
function withBlank(text: string, sep: string, at: number, dropSpan: boolean): string {
  const wanted = COLUMNS.map((c) => String(T3['carryForward']![c]));
  return text
    .split('\n')
    .map((line) => {
      const cells = line.split(sep);
      const start = cells.findIndex((_, j) => wanted.every((v, k) => cells[j + k]?.trim() === v));
      if (start < 0) return line;
      cells[start + at] = sep === '|' ? '  ' : '';
      expect(cells[start - 1]!.trim()).toBe('');
      if (dropSpan) cells.splice(start - 1, 1);
      return cells.join(sep);
    })
    .join('\n');
}

describe('a blank value is still read where the layout places it', () => {
  for (const [layout, text, sep] of LAYOUTS) {
    for (const at of [0, 3, 6]) {
      for (const dropSpan of [false, true]) {
        // A blank between filled cells is placed in any row, short (a label-span cell lost) or not; a blank at the
        // row's start only by a full GFM row's columns. A blank 总计 is never read (a lost cell looks the same,
        // takeRowsCutShort), nor a blank at either end of a tab row (its trailing tab lets the values slide).
        const certain = at === 3 || (layout === 'GFM' && at === 0 && !dropSpan);
        it(`${layout}: 结转 value ${at + 1} blank${dropSpan ? ', a label-span cell lost' : ''}: ${certain ? 'read' : 'read or unread'}`, async () => {
          const table = findTable(
            (await parseReport(withBlank(text, sep, at, dropSpan), { format: 'markdown' })).report,
            'applications',
          )!;
          const unread = table.unreadableRows.map((r) => r.key);
          if (certain) expect(unread).toEqual([]);
          if (unread.includes('carryForward')) return;
          expect(COLUMNS.map((c) => getCell(table, 'carryForward', c)?.value ?? null)).toEqual(
            COLUMNS.map((c, i) => (i === at ? null : T3['carryForward']![c])),
          );
        });
      }
    }
  }
});

// Table 三's 总计 column left blank throughout (red team rtL F13): a row whose label spans label columns has blank cells
// on both sides of its six values in a tab row, which alone could slide a column; the table's blank column reads it
// with its total blank, as every other row, unless the other reading (自然人 blank) adds up.
describe('a 总计 column left blank throughout', () => {
  const withoutTotals = (t: typeof T3): typeof T3 =>
    Object.fromEntries(Object.entries(t).map(([k, row]) => [k, { ...row, total: '' as unknown as number }]));
  for (const [layout, write] of [
    ['GFM', markdownGfm],
    ['tabs', markdownTabs],
  ] as const) {
    it(`${layout}: every row read, its applicant values in their columns, its total blank`, async () => {
      const table = findTable((await parseReport(write(withoutTotals(T3)), { format: 'markdown' })).report, 'applications')!;
      expect(table.unreadableRows).toEqual([]);
      for (const key of ['new', 'carried', 'granted', 'partial', 'handled', 'carryForward', 'denied.3'])
        expect([key, COLUMNS.map((c) => getCell(table, key, c)?.value ?? null)]).toEqual([
          key,
          COLUMNS.map((c) => (c === 'total' ? null : T3[key]![c])),
        ]);
    });
  }

  it('tabs: one warning for the column, no row said unreadable', async () => {
    const result = await lint(markdownTabs(withoutTotals(T3)), { format: 'markdown', now: NOW });
    expect(result.messages.map((m) => [m.ruleId, m.messageId, m.data?.count])).toEqual([['numeric-cells', 'blankColumn', 25]]);
  });

  it('tabs: a row whose values also read with 自然人 blank and the last the total (1+2+3+4+5 = 15) stays unread', async () => {
    const sums = [1, 2, 3, 4, 5, 15];
    const t = table3From(
      (r, c) => 10 * r + c + 1,
      (c) => sums[c]!,
      (c) => 400 + c,
    );
    const table = findTable((await parseReport(markdownTabs(withoutTotals(t)), { format: 'markdown' })).report, 'applications')!;
    expect(table.unreadableRows.map((r) => [r.key, r.reason])).toEqual([['carried', 'valueCount']]);
    expect(getCell(table, 'new', 'natural')?.value).toBe(t['new']!['natural']);
  });

  it('tabs: rows of six values beside rows whose total is filled stay unread', async () => {
    const t = withoutTotals(T3);
    for (const key of ['new', 'carried', 'carryForward']) t[key] = { ...T3[key]!, total: '' as unknown as number };
    for (const key of Object.keys(t)) if (!['new', 'carried', 'carryForward'].includes(key)) t[key] = T3[key]!;
    const table = findTable((await parseReport(markdownTabs(t), { format: 'markdown' })).report, 'applications')!;
    expect(table.unreadableRows.map((r) => [r.key, r.reason])).toEqual([
      ['new', 'valueCount'],
      ['carried', 'valueCount'],
      ['carryForward', 'valueCount'],
    ]);
  });
});
