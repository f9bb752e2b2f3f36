/**
 * PDF cells seen in Chromium prints of the layout fuzzer: a value written as text under its column (若干) and
 * the vertical group label （四）无法提供 whose 无 alone reads like a placeholder value.
 */
import { describe, expect, it } from '@jest/globals';
import type { PdfItem, VisualLine } from '../../src/parser/adapters/pdf-lines.js';
import { groupLines } from '../../src/parser/adapters/pdf-lines.js';
import { cell, line, texts } from '../helpers/pdf-lines.js';
import { fillBlankCells } from '../../src/parser/adapters/pdf-columns.js';
import { joinLabelFragments, joinWrappedHeaders } from '../../src/parser/adapters/pdf-rows.js';

const COLUMNS = [
  [243, 254],
  [279, 291],
  [321, 332],
  [368, 385],
  [427, 445],
  [471, 488],
  [502, 519],
] as const;
const row = (y: number, label: string, values: ReadonlyArray<string | null>): VisualLine =>
  line(y, cell(131, 229, label), ...values.flatMap((v, k) => (v === null ? [] : [cell(COLUMNS[k]![0], COLUMNS[k]![1], v)])));

describe('pdf: blank cells beside a value written as text', () => {
  it('keeps 若干 under its column: the values right of it stay in their columns', () => {
    const out = fillBlankCells([
      row(100, '（一）予以公开', ['5', '53', '73', '104', '145', '151', '531']),
      row(115, '（二）部分公开', ['6', '54', '74', '105', '146', '152', '537']),
      row(130, '1.属于国家秘密', ['7', '55', '75', '106', '147', '153', '543']),
      row(145, '1.本机关不掌握相关政府信息', ['23', '54', '若干', '100', '142', '152', '471']),
      row(160, '2.没有现成信息需要另行制作', ['28', null, '若干', '95', '131', '153', '507']),
    ]);
    expect(texts(out).slice(3)).toEqual([
      ['1.本机关不掌握相关政府信息', '23', '54', '若干', '100', '142', '152', '471'],
      ['2.没有现成信息需要另行制作', '28', '', '若干', '95', '131', '153', '507'],
    ]);
  });
});

describe('pdf: a table continued on the next page with other column widths (fuzz seed 231)', () => {
  it("places a blank cell under the columns of its own page, not the median of both pages' columns", () => {
    // Page 4 prints the rest of table 三 as a table of its own, its columns sized to its own contents.
    const PAGE4 = [264.2, 296.2, 332.4, 369.8, 410.1, 450.4, 494.8] as const;
    const onPage4 = (y: number, label: string, values: ReadonlyArray<string | null>): VisualLine => ({
      ...line(
        y,
        cell(131, 229, label),
        ...values.flatMap((v, k) => (v === null ? [] : [cell(PAGE4[k]!, PAGE4[k]! + 5.75 * v.length, v)])),
      ),
      page: 4,
    });
    const onPage3 = (y: number, label: string, values: readonly string[]): VisualLine => ({ ...row(y, label, values), page: 3 });
    const out = fillBlankCells([
      onPage3(670, '2.重复申请', ['21', '52', '73', '111', '131', '168', '556']),
      onPage3(685, '3.要求提供公开出版物', ['22', '53', '74', '112', '132', '169', '562']),
      onPage3(700, '4.无正当理由大量反复申请', ['19', '58', '76', '116', '133', '165', '567']),
      onPage4(93, '5.要求行政机关确认或重新出具已获取信息', ['20', '34', '65', '106', '142', '179', '546']),
      onPage4(122.2, '1.申请人无正当理由逾期不补正', [null, '32', '61', '114', '124', '161', '492']),
      onPage4(162.7, '2.申请人逾期未按收费通知要求缴纳费用', ['4', '35', '90', '110', '146', '169', '554']),
    ]);
    expect(texts(out)[4]).toEqual(['1.申请人无正当理由逾期不补正', '', '32', '61', '114', '124', '161', '492']);
  });

  it('places a row of a page with full rows of its own under its own columns, even where both pages’ would place it (seed 6702)', () => {
    // Page 3 as Chromium printed it; page 4's table (more full rows) a little further left, by less than half a
    // column at first, so the two pages' columns together placed 20 of （二） under 商业企业.
    const PAGE3 = [309, 337, 369, 404, 438, 471, 502] as const;
    const PAGE4 = [270, 304, 341, 379, 417, 455, 497] as const;
    const at =
      (page: number, columns: readonly number[]) =>
      (y: number, label: string, values: ReadonlyArray<string | null>): VisualLine => ({
        ...line(
          y,
          cell(114, 224, label),
          ...values.flatMap((v, k) => (v === null ? [] : [cell(columns[k]!, columns[k]! + 6 * v.length, v)])),
        ),
        page,
      });
    const onPage3 = at(3, PAGE3);
    const onPage4 = at(4, PAGE4);
    const out = fillBlankCells([
      onPage3(140, '一、本年新收政府信息公开申请数量', ['337', '1030', '1499', '2178', '2737', '3338', '11119']),
      onPage3(154, '二、上年结转政府信息公开申请数量', ['3', '5', '7', '10', '15', '16', '56']),
      onPage3(168, '（一）予以公开', ['23', '52', '68', '98', '125', '170', '536']),
      // 法律服务机构 left blank.
      onPage3(187, '（二）部分公开', ['20', '48', '66', '119', null, '155', '408']),
      onPage4(100, '3.要求提供公开出版物', ['27', '41', '68', '107', '146', '157', '546']),
      onPage4(115, '4.无正当理由大量反复申请', ['4', '32', '69', '96', '143', '166', '510']),
      onPage4(130, '5.要求行政机关确认或重新出具已获取信息', ['3', '60', '74', '110', '145', '171', '563']),
      onPage4(145, '1.申请人无正当理由逾期不补正', ['22', '35', '75', '97', '132', '165', '526']),
    ]);
    expect(texts(out)[3]).toEqual(['（二）部分公开', '20', '48', '66', '119', '', '155', '408']);
  });
});

describe('pdf: a row with 若干 under a header wrapped in its cells (fuzz seed 134)', () => {
  it('joins the header halves (商业企 ⏎ 业) and leaves the row below its own values, not label pieces', () => {
    const out = joinWrappedHeaders(
      joinLabelFragments([
        line(
          116.2,
          cell(296.2, 323.2, '商业企'),
          cell(332.8, 359.8, '科研机'),
          cell(367.7, 412.7, '社会公益组'),
          cell(417.9, 462.9, '法律服务机'),
        ),
        line(126.0, cell(305.2, 314.2, '业'), cell(341.8, 350.8, '构'), cell(385.7, 394.7, '织'), cell(435.9, 444.9, '构')),
        row(140.2, '4.保护第三方合法权益', ['23', '57', '88', '120', '若干', '161', '449']),
      ]),
    );
    expect(texts(out)).toEqual([
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构'],
      ['4.保护第三方合法权益', '23', '57', '88', '120', '若干', '161', '449'],
    ]);
  });
});

describe('pdf: vertical group labels', () => {
  const item = (str: string, x: number, y: number): PdfItem => ({ str, x, y, width: 9, size: 9 });
  it('reads （四）无法提供 printed one character per line as one label, 无 included', () => {
    const chars = ['（', '四', '）', '无', '法', '提', '供'];
    const [page] = groupLines([{ page: 1, width: 595, height: 842, items: chars.map((c, k) => item(c, 106, 300 + 12 * k)) }]);
    expect(texts(page!.lines)).toEqual([['（四）无法提供']]);
  });

  it('leaves a column of 无 placeholders down the rows as values', () => {
    const [page] = groupLines([
      { page: 1, width: 595, height: 842, items: [0, 1, 2, 3].map((k) => item('无', 300, 300 + 14 * k)) },
    ]);
    expect(texts(page!.lines)).toEqual([['无'], ['无'], ['无'], ['无']]);
  });
});

describe('pdf: a full row of a page with columns of its own (fuzz seed 8175)', () => {
  it('leaves a full row of a page as it is, 若干 first, though the other page’s columns would shift it (seed 8175)', () => {
    // Cells as Chromium printed them: page 3's table sits about 30 left of page 2's.
    const at =
      (page: number) =>
      (y: number, label: string, values: ReadonlyArray<readonly [string, number]>): VisualLine => ({
        ...line(y, cell(104, 260, label), ...values.map(([v, x]) => cell(x, x + (v === '若干' ? 18 : 5.75 * v.length), v))),
        page,
      });
    const p2 = at(2);
    const p3 = at(3);
    const out = fillBlankCells([
      p2(140, '一、本年新收政府信息公开申请数量', [
        ['291', 308],
        ['996', 335],
        ['1612', 362],
        ['2181', 397],
        ['2647', 435],
        ['3491', 468],
        ['11218', 500],
      ]),
      p2(154, '二、上年结转政府信息公开申请数量', [
        ['2', 314],
        ['5', 341],
        ['9', 371],
        ['11', 403],
        ['14', 441],
        ['18', 474],
        ['59', 505],
      ]),
      p2(168, '（一）予以公开', [
        ['15', 311],
        ['56', 338],
        ['77', 368],
        ['98', 403],
        ['131', 438],
        ['160', 471],
        ['537', 502],
      ]),
      p2(187, '（二）部分公开', [
        ['7', 314],
        ['48', 338],
        ['82', 368],
        ['119', 400],
        ['122', 438],
        ['166', 471],
        ['544', 502],
      ]),
      p2(207, '1.属于国家秘密', [
        ['8', 314],
        ['37', 338],
        ['86', 368],
        ['109', 400],
        ['147', 438],
        ['151', 471],
        ['538', 502],
      ]),
      p2(226, '2.其他法律行政法规禁止公开', [
        ['28', 311],
        ['44', 338],
        ['63', 368],
        ['117', 400],
        ['122', 438],
        ['176', 471],
        ['550', 502],
      ]),
      p3(93, '1.本机关不掌握相关政府信息', [
        ['4', 276],
        ['56', 304],
        ['89', 339],
        ['96', 378],
        ['134', 414],
        ['168', 453],
        ['547', 496],
      ]),
      p3(117, '2.没有现成信息需要另行制作', [
        ['9', 276],
        ['51', 304],
        ['67', 339],
        ['93', 378],
        ['125', 414],
        ['173', 453],
        ['518', 496],
      ]),
      p3(141, '3.补正后申请内容仍不明确', [
        ['20', 273],
        ['33', 304],
        ['72', 339],
        ['93', 378],
        ['138', 414],
        ['167', 453],
        ['523', 496],
      ]),
      p3(161, '1.信访举报投诉类申请', [
        ['16', 273],
        ['32', 304],
        ['82', 339],
        ['101', 375],
        ['144', 414],
        ['162', 453],
        ['537', 496],
      ]),
      p3(175, '2.重复申请', [
        ['7', 276],
        ['31', 304],
        ['78', 339],
        ['112', 375],
        ['无', 418],
        ['179', 453],
        ['407', 496],
      ]),
      p3(189, '3.要求提供公开出版物', [
        ['15', 273],
        ['57', 304],
        ['79', 339],
        ['100', 375],
        ['129', 414],
        ['167', 453],
        ['547', 496],
      ]),
      // 若干 is text, so this row has one number fewer than the full rows, yet every column holds a value.
      p3(208, '4.无正当理由大量反复申请', [
        ['若干', 269],
        ['56', 304],
        ['79', 339],
        ['103', 375],
        ['131', 414],
        ['166', 453],
        ['535', 496],
      ]),
    ]);
    expect(texts(out)[12]).toEqual(['4.无正当理由大量反复申请', '若干', '56', '79', '103', '131', '166', '535']);
  });
});
