/**
 * Numbers wrapped inside narrow PDF cells (full-width digits in a column sized for half-width ones, as Chromium
 * prints them): the two fragments stand above and below the row's baseline and are one number of that row.
 * Geometry measured on a Chromium print (9 pt glyphs, fragments 10.5 pt apart, rows 14.3 pt apart).
 */
import { describe, expect, it } from '@jest/globals';
import type { Cell } from '../../src/parser/adapters/pdf-lines.js';
import { groupLines } from '../../src/parser/adapters/pdf-lines.js';
import { cell, line, texts } from '../helpers/pdf-lines.js';
import { attachStrayDigits, joinWrappedNumbers } from '../../src/parser/adapters/pdf-wrapped-numbers.js';

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

  // Columns 其他 and 总计 one glyph wide (a Chromium print of full-width digits): every digit on a line of its own,
  // the two stacks half a line apart, each centred on its row's baseline. Geometry of fuzz seed 42.
  const OTHER = [501.7, 510.7] as const;
  const TOTAL = [516, 525] as const;
  const other = (text: string): Omit<Cell, 'y'> => cell(OTHER[0], OTHER[1], text);
  const total = (text: string): Omit<Cell, 'y'> => cell(TOTAL[0], TOTAL[1], text);

  it('joins a number printed one digit per line in a column one glyph wide onto the row it is centred on', () => {
    const out = attachStrayDigits(
      joinWrappedNumbers([
        line(140.2, total('１')),
        line(145.5, other('３')),
        line(150.7, total('１')),
        line(156.0, other('４')),
        line(
          161.2,
          cell(95.6, 239.6, '一、本年新收政府信息公开申请数量'),
          cell(268.5, 295.5, '２６５'),
          cell(305.2, 332.2, '９５７'),
          cell(342, 378, '１４５３'),
          cell(392.2, 428.2, '２１７６'),
          cell(451.5, 487.5, '２８３５'),
          total('１'),
        ),
        line(166.5, other('５')),
        line(171.7, total('３')),
        line(176.2, other('０')),
        line(181.5, total('６')),
        line(195.7, other('１'), total('５')),
        line(
          201.0,
          cell(95.6, 239.6, '二、上年结转政府信息公开申请数量'),
          cell(277.5, 286.5, '１'),
          cell(314.2, 323.2, '６'),
          cell(355.5, 364.5, '９'),
          cell(401.2, 419.2, '１２'),
          cell(460.5, 478.5, '１４'),
        ),
        line(206.2, other('６'), total('８')),
        // The vertical group label 三、本年度办理结果, collapsed onto the line of its first characters.
        line(220.5, cell(72, 90, '三、本年度办理结果'), other('１'), total('５')),
        line(
          231.0,
          cell(147.7, 210.7, '（一）予以公开'),
          cell(277.5, 286.5, '２'),
          cell(309.7, 327.7, '５５'),
          cell(351, 369, '８５'),
          cell(401.2, 419.2, '９７'),
          cell(456, 483, '１３８'),
          other('６'),
          total('４'),
        ),
        line(240.7, other('８'), total('５')),
      ]),
    );
    expect(texts(out)).toEqual([
      ['一、本年新收政府信息公开申请数量', '２６５', '９５７', '１４５３', '２１７６', '２８３５', '３４５０', '１１１３６'],
      ['二、上年结转政府信息公开申请数量', '１', '６', '９', '１２', '１４', '１６', '５８'],
      ['三、本年度办理结果'],
      ['（一）予以公开', '２', '５５', '８５', '９７', '１３８', '１６８', '５４５'],
    ]);
    expect(out[0]!.cells[7]).toEqual({ x0: 516, x1: 525, y: 161.2, text: '１１１３６' });
  });

  it('joins a number stacked on the lines of a label wrapped around its row (only the first line opens with 1.)', () => {
    const out = joinWrappedNumbers([
      line(314.2, cell(159.8, 258.4, '1.申请人无正当理由逾期'), other('１'), total('５')),
      line(
        324.7,
        cell(159.6, 258.6, '不补正、行政机关不再处'),
        cell(272.8, 281.8, '９'),
        cell(305.1, 323.1, '５５'),
        cell(346.3, 364.3, '７８'),
        cell(392.1, 419.1, '１１８'),
        cell(451.3, 478.3, '１４９'),
        other('６'),
        total('７'),
      ),
      line(335.2, cell(164.1, 254.1, '理其政府信息公开申请'), other('３'), total('２')),
    ]);
    expect(texts(out)).toEqual([
      ['1.申请人无正当理由逾期'],
      ['不补正、行政机关不再处', '９', '５５', '７８', '１１８', '１４９', '１６３', '５７２'],
      ['理其政府信息公开申请'],
    ]);
  });

  it('leaves apart single digits of rows printed one line apart (each line opens its own label)', () => {
    const input = [
      line(300, cell(160, 258, '1.属于国家秘密'), cell(273, 282, '１'), other('２'), total('３')),
      line(310.5, cell(160, 258, '2.其他法律行政法规禁止公开'), cell(273, 282, '４'), other('５'), total('９')),
      line(321, cell(160, 258, '3.危及“三安全一稳定”'), cell(273, 282, '６'), other('７'), total('８')),
    ];
    expect(texts(joinWrappedNumbers(input))).toEqual(texts(input));
  });

  it('leaves apart a stack whose next digits in the column stand hardly further than a step (another row, or this one?)', () => {
    // Steps of 1.3 glyphs, and the next digit 1.5 glyphs below: not clearly the cell of another row.
    const input = [
      line(140.2, total('１')),
      line(151.9, cell(95.6, 239.6, '一、本年新收'), cell(268.5, 295.5, '２６５'), total('２')),
      line(163.6, total('３')),
      line(177.1, total('４')),
    ];
    expect(texts(joinWrappedNumbers(input))).toEqual(texts(input));
  });

  it('leaves apart a stack whose lines are unevenly spaced', () => {
    const input = [
      line(140.2, total('１')),
      line(150.7, cell(95.6, 239.6, '一、本年新收'), cell(268.5, 295.5, '２６５'), total('２')),
      line(158.2, total('３')),
    ];
    expect(texts(joinWrappedNumbers(input))).toEqual(texts(input));
  });

  it('joins a count whose unit wraps below it (173 ⏎ 件) onto its row, as the text value 173件 (fuzz seed 72)', () => {
    const out = joinWrappedNumbers([
      line(431.2, cell(156.8, 228.4, '3.补正后申请内容'), cell(471.1, 488.2, '173')),
      line(
        435.7,
        cell(242.7, 254.2, '22'),
        cell(279.5, 290.9, '55'),
        cell(320.7, 332.2, '84'),
        cell(368.1, 385.3, '117'),
        cell(427.4, 444.5, '139'),
        cell(502.1, 519.3, '590'),
      ),
      line(441.0, cell(174.6, 210.6, '仍不明确'), cell(475.1, 484.1, '件')),
    ]);
    expect(texts(out)).toEqual([['3.补正后申请内容'], ['22', '55', '84', '117', '139', '173件', '590'], ['仍不明确']]);
  });

  it('never starts a number with a unit (件 ⏎ 5 are not one cell)', () => {
    const input = [
      line(431.2, cell(475.1, 484.1, '件')),
      line(435.7, cell(156.8, 228.4, '3.补正后申请内容'), cell(242.7, 254.2, '22')),
      line(441.0, cell(475.1, 484.1, '5')),
    ];
    expect(texts(joinWrappedNumbers(input))).toEqual(texts(input));
  });

  it('measures steps from the fragments themselves, not from the line they share with a label a little higher (fuzz seed 268)', () => {
    // 结果 (the end of the vertical label 三、本年度办理结果) stands 1.5 pt above the fragments １７ ５７, on one line with
    // them: measured from that line, ８ ⏎ １７ would be one line apart and the two cells one stack.
    const at = (y: number, x0: number, x1: number, text: string): Cell => ({ x0, x1, y, text });
    const out = joinWrappedNumbers([
      line(287.2, cell(473.9, 491.9, '１５'), cell(503, 521, '５３')),
      line(
        292.5,
        cell(224.8, 314.7, '3.危及“三安全一稳定”'),
        cell(328.8, 337.8, '８'),
        cell(349.1, 367.1, '４４'),
        cell(376.1, 394.1, '８５'),
        cell(402.8, 429.8, '１０３'),
        cell(438.2, 465.2, '１４１'),
      ),
      line(297.7, cell(75.6, 138.6, '三、本年度办理'), cell(478.4, 487.4, '８'), cell(507.5, 516.5, '９')),
      {
        page: 2,
        y: 309.7,
        size: 9,
        cells: [at(309.7, 98.1, 116.1, '结果'), at(311.2, 473.9, 491.9, '１７'), at(311.2, 503, 521, '５７')],
      },
      line(
        316.5,
        cell(225, 314.6, '4.保护第三方合法权益'),
        cell(328.8, 337.8, '２'),
        cell(349.1, 367.1, '５９'),
        cell(376.1, 394.1, '７９'),
        cell(402.8, 429.8, '１１１'),
        cell(438.2, 465.2, '１４４'),
      ),
      line(321.7, cell(478.4, 487.4, '９'), cell(507.5, 516.5, '４')),
    ]);
    expect(texts(out)).toEqual([
      ['3.危及“三安全一稳定”', '８', '４４', '８５', '１０３', '１４１', '１５８', '５３９'],
      ['三、本年度办理'],
      ['结果'],
      ['4.保护第三方合法权益', '２', '５９', '７９', '１１１', '１４４', '１７９', '５７４'],
    ]);
  });

  it('finds the row by its own cells when a label 3 pt higher starts its line (fuzz seed 405)', () => {
    const at = (y: number, x0: number, x1: number, text: string): Cell => ({ x0, x1, y, text });
    const out = joinWrappedNumbers([
      line(290.2, other('１'), total('５')),
      {
        page: 2,
        y: 297.0,
        size: 9,
        cells: [
          at(297.0, 72, 90, '三、本年度办理结果'),
          at(300.0, 183.7, 246.3, '1.属于国家秘密'),
          at(300.0, 273, 291, '２２'),
          at(300.0, 309.7, 327.7, '４７'),
          at(300.0, 351, 369, '８６'),
          at(300.0, 396.7, 423.7, '１１４'),
          at(300.0, 456, 483, '１２１'),
          at(300.0, OTHER[0], OTHER[1], '６'),
          at(300.0, TOTAL[0], TOTAL[1], '５'),
        ],
      },
      line(310.5, other('５'), total('５')),
    ]);
    expect(texts(out)).toEqual([
      ['三、本年度办理结果', '1.属于国家秘密', '２２', '４７', '８６', '１１４', '１２１', '１６５', '５５５'],
    ]);
  });

  it('takes the line with values for the row when a group label stands near the midpoint too (fuzz seed 622)', () => {
    const at = (y: number, x0: number, x1: number, text: string): Cell => ({ x0, x1, y, text });
    const out = joinWrappedNumbers([
      line(255.0, other('１'), total('５')),
      {
        page: 2,
        y: 260.2,
        size: 9,
        cells: [at(262.5, 72, 90, '三、本年度办理结果'), at(260.2, 98.2, 260.2, '（二）部分公开（区分处理的，只计这一')],
      },
      line(
        265.5,
        cell(273, 291, '１２'),
        cell(309.7, 327.7, '５１'),
        cell(351, 369, '８０'),
        cell(401.2, 419.2, '９７'),
        cell(456, 483, '１２８'),
        other('７'),
        total('４'),
      ),
      line(270.7, cell(134.2, 224.2, '情形，不计其他情形）')),
      line(276.0, other('４'), total('２')),
    ]);
    expect(texts(out)).toEqual([
      ['三、本年度办理结果', '（二）部分公开（区分处理的，只计这一'],
      ['１２', '５１', '８０', '９７', '１２８', '１７４', '５４２'],
      ['情形，不计其他情形）'],
    ]);
  });

  it('joins a minus sign on the line above the digits (- ⏎ ３) into a negative count (fuzz seed 259)', () => {
    const out = joinWrappedNumbers([
      line(468.7, cell(504.6, 507.9, '-')),
      line(
        474.0,
        cell(170.2, 259.8, '6.属于四类过程性信息'),
        cell(273, 291, '１８'),
        cell(309.7, 327.7, '５８'),
        cell(351, 369, '７５'),
        cell(396.7, 423.7, '１１３'),
        cell(456, 483, '１２６'),
        total('３８７'),
      ),
      line(479.2, other('３')),
    ]);
    expect(texts(out)).toEqual([['6.属于四类过程性信息', '１８', '５８', '７５', '１１３', '１２６', '-３', '３８７']]);
  });

  it('adds a sign left beside a row to it with the digits, so a negative count is never read as positive', () => {
    // A step too long for one cell: not joined. Left apart, the row would have its seven values with ３ among them, and read 3 for -3.
    const out = attachStrayDigits(
      joinWrappedNumbers([
        line(466.0, cell(504.6, 507.9, '-')),
        line(
          474.0,
          cell(170.2, 259.8, '6.属于四类过程性信息'),
          cell(273, 291, '１８'),
          cell(309.7, 327.7, '５８'),
          cell(351, 369, '７５'),
          cell(396.7, 423.7, '１１３'),
          cell(456, 483, '１２６'),
          total('３８７'),
        ),
        line(479.2, other('３')),
      ]),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.cells.length - 1).toBeGreaterThan(7);
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
