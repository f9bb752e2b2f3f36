/**
 * Note marks after a figure (a Word footnote reference, a superscript, HTML `<sup>`) are dropped from a PDF page's
 * text before its lines are made (pdf-marks.ts), at the sizes and raises LibreOffice and Chromium print them
 * (red team rtD findings 1 and 3): read into the figure they were its first digit (27129¹ read 127129, a false
 * totals error, a false narrative warning), read apart a column of their own (every row of table 三 unreadable).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { withoutCellMarks, withoutNoteMarks } from '../../src/parser/adapters/pdf-marks.js';
import { groupLines, type PdfItem } from '../../src/parser/adapters/pdf-lines.js';
import { layoutText } from '../../src/parser/adapters/pdf-layout.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { lint } from '../../src/engine/lint.js';
import { TABLE3 } from '../helpers/pdf-report.js';
import { pdfRun } from '../helpers/pdf-lines.js';
import { narrowTablePdf } from '../helpers/pdf-narrow.js';

const SIZE = 10.5;
/** A run of text at (x, y), its glyphs a digit half a glyph wide and a CJK character one. */
const run = (str: string, x: number, y: number, size = SIZE): PdfItem => pdfRun(str, x, y, size);
const end = (item: PdfItem): number => item.x + item.width;
/** A mark `text` right behind `after`, at `scale` of its size, raised by `raise` of it. */
const markOn = (after: PdfItem, scale: number, raise: number, text = '1'): PdfItem =>
  run(text, end(after), after.y - raise * after.size, scale * after.size);

const linesOf = (items: PdfItem[]): string[] =>
  layoutText(groupLines([{ page: 1, width: 595, height: 842, items }]))
    .text.split('\n')
    .filter(Boolean);

describe('pdf-marks: a raised, smaller run right behind text is a note mark', () => {
  const figure = run('27129', 472.2, 80.89);
  // The sizes of the red team's exports: LibreOffice (Word superscript, footnote reference), Chromium <sup>.
  for (const [who, scale, raise] of [
    ['LibreOffice', 0.886, 0.6],
    ['Chromium <sup>', 0.833, 0.4],
    ['Chromium <sup> at 70 %', 0.7, 0.54],
    ['Chromium <sup> at 65 %', 0.65, 0.5],
    // A footnote's anchor in a table cell (red team rtAC cause 4, 05-footnote-lastcol: 6.1 pt behind 14 pt figures).
    ['LibreOffice footnote anchor', 0.44, 0.29],
  ] as const)
    it(`drops ${who}'s mark (${scale}×, raised ${raise}×)`, () => {
      const mark = markOn(figure, scale, raise);
      expect(withoutNoteMarks([figure, mark])).toEqual([figure]);
    });

  it('drops bracketed marks and signs, and a mark behind a word', () => {
    for (const text of ['[1]', '（2）', '12', '*', '※'])
      expect(withoutNoteMarks([figure, markOn(figure, 0.8, 0.4, text)])).toEqual([figure]);
    const word = run('总计', 100, 200);
    expect(withoutNoteMarks([word, markOn(word, 0.8, 0.4)])).toEqual([word]);
  });

  it('keeps what is no mark: the same size, the same line, lower, far, before the text, or words', () => {
    const cases: PdfItem[] = [
      markOn(figure, 1, 0.4), // the same size: a digit of the text above
      markOn(figure, 0.8, 0.1), // on the baseline: a smaller figure beside it
      markOn(figure, 0.8, 0.9), // the line above
      markOn(figure, 0.8, -0.4), // lowered
      { ...markOn(figure, 0.8, 0.4), x: end(figure) + SIZE }, // a glyph away: the next cell
      { ...markOn(figure, 0.8, 0.4), x: figure.x - 4 }, // before the figure
      markOn(figure, 0.8, 0.4, '123'), // three digits: a figure
      markOn(figure, 0.8, 0.4, '注'), // a word
    ];
    for (const item of cases) expect(withoutNoteMarks([figure, item])).toEqual([figure, item]);
  });

  it("keeps a row's figure beside a watermark's large glyphs (red team rtD c-wm0)", () => {
    // 内部资料 at 80 pt across the table; the row 322 32 296 stands 1.5 pt above its baseline, 32 where 料 ends.
    const watermark = run('内部资料', 95.52, 433.92, 79.99);
    const row = [run('322', 380.95, 432.42), run('32', end(watermark) + 1.7, 432.42), run('296', 451.14, 432.42)];
    expect(withoutNoteMarks([watermark, ...row])).toEqual([watermark, ...row]);
    // Of the watermark's size but a little smaller, raised: alone on its baseline it would be a mark; with its row, not.
    const big = run('内部资料', 95.52, 460, 16);
    const beside = [run('322', end(big) - 41, 450), run('32', end(big), 450)];
    expect(withoutNoteMarks([big, ...beside])).toEqual([big, ...beside]);
  });

  it("drops a mark beside text of another size on its baseline (a label's wrapped line, LibreOffice fn-new)", () => {
    const mark = markOn(figure, 0.886, 0.6);
    const labelLine = run('政府信息公开申请数量', figure.x - 150, mark.y + 1);
    expect(withoutNoteMarks([labelLine, figure, mark])).toEqual([labelLine, figure]);
  });

  it('drops two marks on one row', () => {
    const second = run('3553', 400, figure.y);
    const items = [figure, markOn(figure, 0.886, 0.6), second, markOn(second, 0.886, 0.6, '2')];
    expect(withoutNoteMarks(items)).toEqual([figure, second]);
  });

  it('measures from the last glyph, not a trailing blank pdfjs counts in the width', () => {
    const spaced = { ...figure, str: '27129 ', width: figure.width + 0.5 * SIZE };
    expect(withoutNoteMarks([spaced, markOn(figure, 0.886, 0.6)])).toEqual([spaced]);
  });

  it('returns the items unchanged when there is no mark', () => {
    const items = [figure, run('件', end(figure), figure.y)];
    expect(withoutNoteMarks(items)).toBe(items);
  });
});

describe('pdf lines: a figure with a note mark reads as the figure', () => {
  it('in a table row read from its spacing: no digit glued in front, no column of its own', () => {
    const label = run('一、本年新收政府信息公开申请数量', 60, 300);
    const a = run('166', 281.3, 300);
    const b = run('78', 330, 300);
    for (const [scale, raise] of [
      [0.886, 0.6],
      [0.7, 0.54],
    ] as const)
      expect(linesOf([label, a, markOn(a, scale, raise), b])).toEqual(['一、本年新收政府信息公开申请数量\t166\t78']);
  });

  it('in a sentence: 27129¹件 reads 27129件', () => {
    const before = run('全年共收到政府信息公开申请', 63, 550);
    const figure = run('27129', end(before), 550, 13.99);
    const after = run('件，上年结转3553件。', end(figure) + 5, 550, 13.99);
    const mark = markOn(figure, 0.833, 0.39);
    expect(linesOf([before, figure, mark, { ...after, x: end(mark) }]).join('')).toBe(
      '全年共收到政府信息公开申请27129件，上年结转3553件。',
    );
  });
});

describe('pdf: table 三 with note marks after its figures, end to end', () => {
  // Cells on a total column, the 自然人 column of （七）总计, and inside the grid (red team rtD fn-new, sup-handled,
  // c-sup, c-supsmall), at LibreOffice's and Chromium's sizes.
  const cells = [
    ['new', 'total'],
    ['handled', 'natural'],
    ['granted', 'natural'],
    ['carryForward', 'total'],
  ] as const;
  for (const [who, scale, raise] of [
    ['LibreOffice', 0.886, 0.6],
    ['Chromium <sup>', 0.833, 0.4],
    ['Chromium <sup> at 65 %', 0.65, 0.5],
    ['LibreOffice footnote anchor', 0.44, 0.29],
  ] as const)
    it(`${who}: every figure read as printed, every row read, no error`, async () => {
      const bytes = narrowTablePdf({ digits: 6, size: 10.5, spacing: 1.2, marks: { cells, scale, raise } });
      const parsed = await parseReport(bytes, { format: 'pdf', filePath: 'marks.pdf' });
      const table = findTable(parsed.report, 'applications');
      expect(table!.unreadableRows.map((r) => r.key)).toEqual([]);
      for (const [row, columns] of Object.entries(TABLE3))
        for (const [column, value] of Object.entries(columns))
          expect([row, column, getCell(table!, row, column)?.value]).toEqual([row, column, value]);
      const result = await lint(bytes, { format: 'pdf', filePath: 'marks.pdf', now: new Date('2025-03-01T00:00:00Z') });
      expect(result.messages.filter((m) => m.ruleId === 'application-totals' || m.ruleId === 'unreadable-content')).toEqual([]);
    });
});

describe('pdf-marks: inside one grid cell, a raised run behind its figure is a mark whatever its size', () => {
  // rtAC 01d: a Word footnote reference without a size of its own, 16 pt at 58 %: 9.3 pt raised 6.3 pt behind a 9 pt
  // 5287 in a cell of LibreOffice's drawn grid, read as the cell's first line: 15287.
  const figure = run('5287', 522.8, 690.8, 9);
  const full = run('1', end(figure), 684.5, 9.3);

  it('drops a mark larger than the figure, raised less than a line', () => {
    expect(withoutCellMarks([figure, full])).toEqual([figure]);
    // withoutNoteMarks, which sees the whole page and not the cell, leaves it: it may be the next column's.
    expect(withoutNoteMarks([figure, full])).toEqual([figure, full]);
  });

  it("keeps a cell's lines: one a line above, one before the figure, one with text beside it, or one behind words", () => {
    const wrapped = { ...full, y: figure.y - 1.1 * 9, size: 9 }; // １ ⏎ 5287: a wrapped number's first line
    expect(withoutCellMarks([figure, wrapped])).toEqual([figure, wrapped]);
    const before = { ...full, x: figure.x - 5 };
    expect(withoutCellMarks([figure, before])).toEqual([figure, before]);
    const beside = run('2', end(full) + 1, full.y, 9.3);
    expect(withoutCellMarks([figure, full, beside])).toEqual([figure, full, beside]);
    const label = run('总计', 522.8, 690.8, 9);
    const afterWords = { ...full, x: end(label) };
    expect(withoutCellMarks([label, afterWords])).toEqual([label, afterWords]);
  });

  it("drops a smaller mark wrapped onto the cell's last line, under a figure printed one digit a line", () => {
    // rtAC b1 r039: 5257 in a column one glyph wide, 14 pt digits 16.4 pt apart, the anchor 6.1 pt 9.1 pt below the 7;
    // b3 r100: full-width ５１３８ at 9 pt, a superscript 1 at 8.1 pt.
    const digits = [...'5257'].map((d, k) => run(d, 377.4, 247 + 16.4 * k, 14));
    const anchor = run('1', 379.5, 305.3, 6.1);
    expect(withoutCellMarks([...digits, anchor])).toEqual(digits);
    const wide = [...'５１３８'].map((d, k) => run(d, 376.7, 210.7 + 10.55 * k, 9));
    const sup = run('1', 379, 252.1, 8.1);
    expect(withoutCellMarks([...wide, sup])).toEqual(wide);
  });

  it("keeps a last line of the figure's size, a small run above the figure's last line, or one under words", () => {
    const digits = [...'525'].map((d, k) => run(d, 377.4, 247 + 16.4 * k, 14));
    const last = run('7', 377.4, 296.2, 14); // the figure's last digit
    expect(withoutCellMarks([...digits, last])).toEqual([...digits, last]);
    const between = run('1', 379.5, 270, 6.1); // not the cell's last line
    expect(withoutCellMarks([...digits, between])).toEqual([...digits, between]);
    const words = [run('总计', 377.4, 247, 14), run('1', 379.5, 256, 6.1)];
    expect(withoutCellMarks(words)).toEqual(words);
  });

  it('reads 5287 from the fixture (LibreOffice 7.4) and says nothing false', async () => {
    const name = 'lo-cell-footnote-full-size.pdf';
    const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url)));
    const parsed = await parseReport(bytes, { format: 'pdf', filePath: name });
    const table = findTable(parsed.report, 'applications')!;
    expect(['natural', 'research', 'total'].map((c) => getCell(table, 'new', c)?.value)).toEqual([719, 1153, 5287]);
    const result = await lint(bytes, { format: 'pdf', filePath: name, now: new Date('2024-03-01T00:00:00Z') });
    expect(result.messages.map((m) => m.ruleId)).toEqual([]);
  });
});
