/**
 * Numbers wrapped inside narrow cells near a page break (red team rtX #2). A table 三 row whose figures wrap in
 * their two-digit cells (1381 printed 13 ⏎ 81) with its rest the last line of a page: two such rests at one height
 * on two pages were taken for a running footer (pdf-furniture.ts masks digits, `#######@126`) and dropped, and
 * 一、本年新收 was read from its first line (13, 14, 14, …) as certain: a false application-totals error and seven
 * wrong numbers. At every page position every table 三 value reads exact or its row is said unread, no error is
 * said, and a planted wrong figure is still found.
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { lintParsed } from '../../src/engine/lint.js';
import {
  activeGrid,
  applicationsGrid,
  reviewGrid,
  table3From,
  type Block,
  type Grid,
  type Table3,
} from '../helpers/report-model.js';
import { ruledReport, type RuledOptions } from '../helpers/pdf-ruled.js';
import { HEADING } from '../fuzz/template.js';
import { joinWrappedRows } from '../../src/parser/adapters/pdf-wrapped-rows.js';
import type { VisualLine } from '../../src/parser/adapters/pdf-lines.js';

const NOW = new Date('2024-03-01T00:00:00Z');

/** Results 1–126 (one line each), carried 200–215 and carried forward 300–335 (two lines), new 1381–8661. */
const T3 = table3From(
  (r, c) => r * 6 + c + 1,
  (c) => 200 + 3 * c,
  (c) => 300 + 7 * c,
);

/** The report with `n` more sentences in its overview, to move the page breaks through table 三. */
function report(n: number, t3: Table3 = T3, figure: (text: string) => string = (text) => text): Block[] {
  const figures = (grid: Grid): Grid =>
    grid.map((row) => row.map((c) => (/^\d+$/.test(c.text) ? { ...c, text: figure(c.text) } : c)));
  const extra = Array.from({ length: n }, (_, i) => `第${i + 1}项工作：持续推进政务公开。`).join('');
  return [
    { kind: 'title', text: '某市某局2023年政府信息公开工作年度报告' },
    { kind: 'paragraph', text: '本报告中所列数据的统计期限为2023年1月1日至2023年12月31日。' },
    { kind: 'heading', text: HEADING.overview },
    { kind: 'paragraph', text: `2023年，本局认真贯彻《条例》，持续推进政务公开。${extra}` },
    { kind: 'paragraph', text: `全年共新收政府信息公开申请${t3['new']!['total']}件。` },
    { kind: 'heading', text: HEADING.active },
    {
      kind: 'table',
      grid: activeGrid({
        regulations: [2, 1, 15],
        normativeDocuments: [6, 3, 41],
        licensing: [318],
        punishment: [57],
        coercion: [19],
        fees: [12.5],
      }),
    },
    { kind: 'heading', text: HEADING.applications },
    { kind: 'table', grid: figures(applicationsGrid(t3)) },
    { kind: 'heading', text: HEADING.review },
    {
      kind: 'table',
      grid: reviewGrid({ review: [3, 5, 7, 2, 17], litigation: [4, 6, 8, 9, 27], litigationAfterReview: [11, 12, 13, 14, 50] }),
    },
    { kind: 'heading', text: HEADING.problems },
    { kind: 'paragraph', text: '一是公开内容不够全面；二是解读形式较为单一。下一步将加强培训，丰富解读形式。' },
    { kind: 'heading', text: HEADING.other },
    {
      kind: 'paragraph',
      text: `本机关本年度发出收费通知${t3['other.2']!['total']! + 4}件，申请人均未缴纳，实际收取信息处理费0元。`,
    },
    { kind: 'paragraph', text: '某市某局' },
    { kind: 'paragraph', text: '2024年1月20日' },
  ];
}

interface Reading {
  /** Values read other than written: `row.column=read/written`. */
  wrong: string[];
  /** Rows read whole. */
  whole: string[];
  errors: string[];
}

async function read(bytes: Uint8Array, t3: Table3 = T3): Promise<Reading> {
  const parsed = await parseReport(bytes, { format: 'pdf', filePath: 'wrapped.pdf' });
  const table = findTable(parsed.report, 'applications')!;
  const wrong: string[] = [];
  const whole: string[] = [];
  for (const [row, columns] of Object.entries(t3)) {
    let all = true;
    for (const [column, value] of Object.entries(columns)) {
      const read = getCell(table, row, column)?.value;
      if (read !== value) all = false;
      if (read !== value && typeof read === 'number') wrong.push(`${row}.${column}=${read}/${value}`);
    }
    if (all) whole.push(row);
  }
  const { messages } = await lintParsed('wrapped.pdf', parsed, { now: NOW });
  const errors = messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
  return { wrong, whole, errors };
}

/** 1,381: thousands set apart by a comma, as many offices print them. */
const comma = (text: string): string => text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const POSITIONS = Array.from({ length: 13 }, (_, n) => n);

describe('pdf: a table row wrapped in narrow cells, the last line of a page', () => {
  for (const borders of ['none', 'stroked'] satisfies Array<RuledOptions['borders']>) {
    it(`${borders} borders: at every page position no wrong number, no error, 一、本年新收 read whole`, async () => {
      const out: string[] = [];
      for (const n of POSITIONS) {
        const r = await read(ruledReport(report(n), { borders }));
        if (r.wrong.length > 0 || r.errors.length > 0 || !r.whole.includes('new')) out.push(`${n}: ${JSON.stringify(r)}`);
      }
      expect(out).toEqual([]);
    });
  }

  for (const borders of ['none', 'stroked'] satisfies Array<RuledOptions['borders']>) {
    it(`${borders} borders, thousands set apart by a comma (1, ⏎ 38 ⏎ 1): every row read whole, no error`, async () => {
      // Read 20, 20, 20, … for 200, 203, 206, … (the piece 1, of the row's total stopped the wrapped row from being
      // joined) at every page position, and 1,245's last piece 5 at a page's foot dropped as a page number.
      const out: string[] = [];
      for (const n of POSITIONS) {
        const r = await read(ruledReport(report(n, T3, comma), { borders }));
        // （七）总计's label is lost at some positions (pdf-side-column.ts takes it for a side column), and with it
        // the row and 3.其他's wrap above it are said unread: honest, not this test's matter.
        const unread = Object.keys(T3).filter((row) => !r.whole.includes(row) && !['other.3', 'handled'].includes(row));
        if (r.wrong.length > 0 || r.errors.length > 0 || unread.length > 0) out.push(`${n}: ${JSON.stringify({ ...r, unread })}`);
      }
      expect(out).toEqual([]);
    });
  }

  it('where the two rests stood at one height (7, 8, 9 sentences more): a wrong figure is still found', async () => {
    const planted: Table3 = { ...T3, new: { ...T3['new']!, natural: T3['new']!['natural']! + 10 } };
    for (const n of [7, 8, 9]) {
      const r = await read(ruledReport(report(n, planted), { borders: 'none' }), planted);
      expect([n, r.wrong]).toEqual([n, []]);
      expect(r.whole).toContain('new');
      expect(r.errors.filter((e) => e.startsWith('application-totals')).length).toBeGreaterThan(0);
    }
  });

  it('a number cut after its comma whose last piece is lost (1, ⏎ 24, the 5 gone) is never joined as 1,24', () => {
    const line = (y: number, cells: Array<[number, string]>): VisualLine => ({
      page: 1,
      y,
      size: 10.5,
      cells: cells.map(([x0, text]) => ({ x0, x1: x0 + 5.25 * text.length, y, text })),
    });
    const values = (texts: string[]): Array<[number, string]> => texts.map((t, k) => [404 + 19 * k, t]);
    const rows = (last: string[]): string[] =>
      joinWrappedRows([
        line(700, [[62, '二、上年结转政府信息公开申请数量'], ...values(['20', '20', '20', '20', '21', '21', '1,'])]),
        line(712.6, values(['0', '3', '6', '9', '2', '5', last[0]!])),
        ...(last.length > 1 ? [line(725.2, [[518, last[1]!]])] : []),
        line(760, [[62, '三、本年度办理结果'], [176, '（一）予以公开'], ...values(['1', '2', '3', '4', '5', '6', '21'])]),
      ]).map((l) => l.cells.map((c) => c.text).join(' '));
    expect(rows(['24', '5'])[0]).toBe('二、上年结转政府信息公开申请数量 200 203 206 209 212 215 1,245');
    // Its rest lost: the row holds every piece, more values than columns, and is said unread.
    expect(rows(['24'])[0]).toBe('二、上年结转政府信息公开申请数量 20 0 20 3 20 6 20 9 21 2 21 5 1, 24');
  });
});
