/**
 * A table wider than its page (review2 lo/r.pdf: a compliant report through LibreOffice, table 三's 总计 column
 * running off A4): LibreOffice draws the glyphs that start on the page and drops the rest, so 59625 is a 5 at the
 * page's edge. Read as the total, it raised 25 false application-totals errors. A number whose glyphs reach the
 * page's edge is cut (pdf-page-edge.ts): its row is unread, said once, and no total is checked with it.
 */
import { describe, expect, it } from '@jest/globals';
import { groupLines, type PdfItem } from '../../src/parser/adapters/pdf-lines.js';
import { layoutText } from '../../src/parser/adapters/pdf-layout.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { lint } from '../../src/engine/lint.js';
import { TABLE3 } from '../helpers/pdf-report.js';
import { pdfRun } from '../helpers/pdf-lines.js';
import { narrowTablePdf, type NarrowLayout } from '../helpers/pdf-narrow.js';

const WIDTH = 595;
const SIZE = 12;
const run = (str: string, x: number, y: number): PdfItem => pdfRun(str, x, y, SIZE);

/** The text laid out from one page of items, and the text of each place it marks as cut. */
function laidOut(items: PdfItem[]): { text: string; cut: string[] } {
  const { text, cuts } = layoutText(groupLines([{ page: 1, width: WIDTH, height: 842, items }]));
  return { text, cut: cuts.map(([from, to]) => text.slice(from, to)) };
}

describe('pdf-page-edge: a number whose glyphs reach the page edge is marked cut', () => {
  // Two table rows, as lo/r.pdf prints them: the total's first digit crosses the right edge (587.8 + 6 > 595).
  const rows = (totalX: number): PdfItem[] => [
    run('一、本年新收', 90, 300),
    run('14979', 480, 300),
    run('18340', 530, 300),
    run('5', totalX, 300),
    run('二、上年结转', 90, 320),
    run('27', 480, 320),
    run('31', 530, 320),
    run('136', 560, 320),
  ];

  it('crossing the right edge: that cell, and no other, is cut', () => {
    expect(laidOut(rows(590.3)).cut).toEqual(['5']);
  });

  it('ending a tenth of a glyph before the edge still reaches it; two points before does not', () => {
    expect(laidOut(rows(WIDTH - 6 - 1)).cut).toEqual(['5']);
    expect(laidOut(rows(WIDTH - 6 - 2)).cut).toEqual([]);
  });

  it('on a page laid out to the paper’s edges (its paragraph lines span it), a number at the edge is whole', () => {
    // review4 F5, 2026-12-06: Chromium with margins "none" prints paragraphs from x 0 to 588 and right-aligned
    // numbers ending at the edge; every table was taken for cut and left unread.
    const prose = { ...run('本报告根据中华人民共和国政府信息公开条例编制本报告所列数据的统计期限为全年', 0, 280), width: 588 };
    expect(laidOut([prose, ...rows(590.3)]).cut).toEqual([]);
    const left = [prose, run('4', 0.5, 300), run('规章', 40, 300), run('25', 120, 300), run('19', 160, 300)];
    expect(laidOut(left).cut).toEqual([]);
    // A page that keeps its margins, its paragraph an inch inside the edge: the number is still cut.
    expect(laidOut([{ ...prose, x: 72, width: 440 }, ...rows(590.3)]).cut).toEqual(['5']);
  });

  it('a number starting at the left edge is cut too', () => {
    const items = [run('4', 0.5, 300), run('规章', 40, 300), run('25', 120, 300), run('19', 160, 300)];
    expect(laidOut(items).cut).toEqual(['4']);
  });

  it('in a table read by its drawn borders, the cell whose number crosses the edge is cut', () => {
    // The right column's box runs to x 620, past the page; its texts start inside it, at 560 and 590.
    const grid = {
      horizontal: [100, 120, 140].map((y) => ({ x0: 300, x1: 620, y0: y, y1: y })),
      vertical: [300, 400, 500, 550, 620].map((x) => ({ x0: x, x1: x, y0: 100, y1: 140 })),
    };
    const items = [run('行政许可', 302, 114), run('38', 502, 114), run('286', 560, 114)];
    items.push(run('行政处罚', 302, 134), run('41', 502, 134), run('7', 590, 134));
    const { text, cuts } = layoutText(groupLines([{ page: 1, width: WIDTH, height: 842, items, rules: grid }]));
    expect(text).toBe('行政许可\t38\t286\n行政处罚\t41\t7\n');
    expect(cuts.map(([from, to]) => text.slice(from, to))).toEqual(['7']);
    expect(cuts[0]![0]).toBe(text.indexOf('7\n'));
  });

  it('a run split into label and number keeps the cut on the number only', () => {
    // pdfjs joined a label and its value a glyph apart into one run, 2.重复申请 ⎵ 286, that ends at 602: only 286
    // is at the edge (the label holds a digit too, and was printed whole).
    const joined = { ...run('', 511, 300), str: '2.重复申请 286', width: 91 };
    const items = [run('（五）', 300, 300), joined, run('规章', 300, 320), run('7', 590, 320)];
    const { text, cut } = laidOut(items);
    expect(text).toBe('（五）\t2.重复申请\t286\n规章\t7\n');
    expect(cut).toEqual(['286', '7']);
  });
});

const NOW = new Date('2025-03-01T00:00:00Z');
/** pdf-narrow's 总计 column stands 379.2 points right of `left` at 12 pt with five digits a line. */
const TOTAL_FROM_LEFT = 379.2;

async function read(layout: NarrowLayout): Promise<{
  table: ReturnType<typeof findTable>;
  reading: Awaited<ReturnType<typeof parseReport>>['report']['reading'];
  messages: Awaited<ReturnType<typeof lint>>['messages'];
}> {
  const bytes = narrowTablePdf(layout);
  const parsed = await parseReport(bytes, { format: 'pdf', filePath: 'edge.pdf' });
  const { messages } = await lint(bytes, { format: 'pdf', filePath: 'edge.pdf', now: NOW });
  return { table: findTable(parsed.report, 'applications'), reading: parsed.report.reading, messages };
}

describe('pdf: table 三 wider than its page (LibreOffice drops the glyphs past the edge)', () => {
  it('every total cut to its first digit: table 三 unreadable once, no totals error', async () => {
    // 总计 at x 591: each total's first digit crosses the edge (591–597), the rest are not in the file.
    const { table, reading, messages } = await read({
      digits: 5,
      size: SIZE,
      spacing: 1.2,
      left: 591 - TOTAL_FROM_LEFT,
      clipAtPageEdge: true,
    });
    expect(reading.tables.applications).toMatchObject({
      status: 'unreadable',
      reason: { id: 'tableCutAtPageEdge', data: { count: 25 } },
    });
    expect(table!.children).toEqual([]);
    expect(new Set(table!.unreadableRows.map((r) => r.reason))).toEqual(new Set(['cutAtPageEdge']));
    expect(messages.filter((m) => ['application-totals', 'narrative-consistency'].includes(m.ruleId ?? ''))).toEqual([]);
    const unread = messages.filter((m) => m.ruleId === 'unreadable-content' && m.message.includes('表三'));
    expect(unread.map((m) => m.message)).toEqual([
      '无法读取表三：表格超出了页面，有 25 行的数字印到页面边缘为止，边缘之外的数字没有印出，无法确定完整数值',
    ]);
  });

  it('only the five-digit totals reach the edge: those rows unread, every other row read with its figures', async () => {
    // 总计 at x 569: four-digit totals end at 593 (read), five-digit ones at 599, past the edge (cut).
    const { table, messages } = await read({
      digits: 5,
      size: SIZE,
      spacing: 1.2,
      left: 569 - TOTAL_FROM_LEFT,
      clipAtPageEdge: true,
    });
    const wide = Object.keys(TABLE3).filter((row) => String(TABLE3[row]!['total']).length === 5);
    expect(wide).toEqual(['new', 'handled']);
    expect(table!.unreadableRows.map((r) => [r.key, r.reason])).toEqual(wide.map((key) => [key, 'cutAtPageEdge']));
    for (const [row, columns] of Object.entries(TABLE3)) {
      if (wide.includes(row)) continue;
      for (const [column, value] of Object.entries(columns))
        expect([row, column, getCell(table!, row, column)?.value]).toEqual([row, column, value]);
    }
    expect(messages.filter((m) => m.ruleId === 'application-totals')).toEqual([]);
    const unread = messages.filter((m) => m.ruleId === 'unreadable-content' && m.message.includes('表三'));
    expect(unread.map((m) => m.message)).toEqual([
      '表三有 2 行无法读取（有数字印到了页面边缘（表格超出页面），边缘之外的数字没有印出，无法确定完整数值）：一、本年新收政府信息公开申请数量、（七）总计',
    ]);
  });
});
