/**
 * Numbers wrapped inside narrow PDF cells (full-width digits in a column sized for half-width ones, as Chromium
 * prints them): the two fragments stand above and below the row's baseline and are one number of that row.
 * Geometry measured on a Chromium print (9 pt glyphs, fragments 10.5 pt apart, rows 14.3 pt apart).
 */
import { describe, expect, it } from '@jest/globals';
import type { Cell, VisualLine } from '../../src/parser/adapters/pdf-lines.js';
import { groupLines } from '../../src/parser/adapters/pdf-lines.js';
import { attachStrayDigits, joinWrappedNumbers } from '../../src/parser/adapters/pdf-wrapped-numbers.js';

const cell = (x0: number, x1: number, text: string): Omit<Cell, 'y'> => ({ x0, x1, text });
const line = (y: number, ...cells: Array<Omit<Cell, 'y'>>): VisualLine => ({
  page: 2,
  y,
  size: 9,
  cells: cells.map((c) => ({ ...c, y })),
});
const texts = (lines: readonly VisualLine[]): string[][] => lines.map((l) => l.cells.map((c) => c.text));

describe('pdf: numbers wrapped inside their cell', () => {
  it('joins the fragments above and below a row onto that row, column by column', () => {
    const out = joinWrappedNumbers([
      line(140.2, cell(307, 325, '３６'), cell(334, 352, '９６'), cell(497, 524, '１１４')),
      line(145.5, cell(115, 259, '一、本年新收政府信息公开申请数量')),
      line(150.7, cell(312, 321, '１'), cell(338, 347, '２'), cell(502, 520, '５８')),
      line(
        165.0,
        cell(115, 259, '二、上年结转政府信息公开申请数量'),
        cell(312, 321, '２'),
        cell(338, 347, '６'),
        cell(502, 520, '１７'),
      ),
      line(179.2, cell(470, 488, '１６')),
      line(183.7, cell(167, 230, '（一）予以公开'), cell(307, 325, '２０'), cell(334, 352, '３９'), cell(497, 524, '４４３')),
      line(189.0, cell(474, 483, '３')),
    ]);
    expect(texts(out)).toEqual([
      ['一、本年新收政府信息公开申请数量', '３６１', '９６２', '１１４５８'],
      ['二、上年结转政府信息公开申请数量', '２', '６', '１７'],
      ['（一）予以公开', '２０', '３９', '１６３', '４４３'],
    ]);
    // The joined number stands on the row's baseline, over both fragments' extent.
    expect(out[2]!.cells[3]).toEqual({ x0: 470, x1: 488, y: 183.7, text: '１６３' });
  });

  it('leaves apart values of rows a row pitch apart, with no row halfway between them', () => {
    const input = [
      line(150.7, cell(115, 259, '一、本年新收'), cell(312, 321, '１'), cell(338, 347, '２')),
      line(165.0, cell(115, 259, '二、上年结转'), cell(312, 321, '３'), cell(338, 347, '４')),
    ];
    expect(texts(joinWrappedNumbers(input))).toEqual(texts(input));
  });

  it('leaves apart a fragment above a row whose own cell fills that column (not one cell)', () => {
    const input = [
      line(179.2, cell(470, 488, '１６')),
      line(183.7, cell(167, 230, '（一）予以公开'), cell(474, 483, '５')),
      line(189.0, cell(474, 483, '３')),
    ];
    expect(texts(joinWrappedNumbers(input))).toEqual(texts(input));
  });

  it('leaves apart a lower fragment wider than the upper one (a wrapped number fills its first line)', () => {
    const input = [
      line(179.2, cell(474, 483, '１')),
      line(183.7, cell(167, 230, '（一）予以公开')),
      line(189.0, cell(465, 492, '３４５')),
    ];
    expect(texts(joinWrappedNumbers(input))).toEqual(texts(input));
  });

  it('adds digits printed one per line beside a row to that row, so it has too many values to be read (never read short)', () => {
    // A column one glyph wide: 其他 3436 and 总计 11293 printed one digit per line, the two columns half a line apart.
    const out = attachStrayDigits(
      joinWrappedNumbers([
        line(140.2, cell(516, 525, '１')),
        line(145.5, cell(502, 511, '３')),
        line(150.7, cell(516, 525, '１')),
        line(156.0, cell(502, 511, '４')),
        line(
          161.2,
          cell(96, 240, '一、本年新收政府信息公开申请数量'),
          cell(268, 295, '３５７'),
          cell(305, 332, '９５４'),
          cell(342, 378, '１６２８'),
          cell(392, 428, '２１４１'),
          cell(451, 487, '２７７７'),
          cell(516, 525, '２'),
        ),
        line(166.5, cell(502, 511, '３')),
        line(171.7, cell(516, 525, '９')),
      ]),
    );
    const row = out.find((l) => l.cells[0]!.text.startsWith('一、'))!;
    // More values than the seven columns: the table reader leaves the row unreadable.
    expect(row.cells.length - 1).toBeGreaterThan(7);
    expect(row.cells.slice(1, 6).map((c) => c.text)).toEqual(['３５７', '９５４', '１６２８', '２１４１', '２７７７']);
  });

  it('leaves a line of values without a label (a wrapped label above and below it) as the row it is', () => {
    const input = [
      line(423.7, cell(203, 301, '1.本机关不掌握相关政府')),
      line(429.0, cell(307, 325, '２３'), cell(334, 352, '３９'), cell(363, 381, '６４'), cell(392, 419, '１０８')),
      line(434.2, cell(243, 261, '信息')),
    ];
    expect(texts(attachStrayDigits(input))).toEqual(texts(input));
  });

  it('cuts full-width digits from the label they follow closely (不补正、行政机关不再处 | １１)', () => {
    const [page] = groupLines([
      {
        page: 1,
        width: 595,
        height: 842,
        items: [
          { str: '不补正、行政机关不再处', x: 202.6, y: 632.2, width: 99, size: 9 },
          { str: '１１', x: 307.3, y: 632.2, width: 18, size: 9 },
          { str: '４４', x: 333.9, y: 632.2, width: 18, size: 9 },
        ],
      },
    ]);
    expect(texts(page!.lines)).toEqual([['不补正、行政机关不再处', '１１', '４４']]);
  });
});
