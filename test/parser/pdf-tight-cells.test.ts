/**
 * A borderless table printed by Chromium with 1 px of padding: the 其他 column is only as wide as its numbers, so
 * 1621 (其他) and 9426 (总计) stand 1.5 pt apart at 10 pt, 0.15 glyph (red team rtO #4, chr2/noborder.pdf). Joined,
 * the row read 16219426: three false application-totals errors and two false blank-cell warnings. Two runs of
 * digits with a visible gap are two cells; digits of one number drawn as two runs with no gap (a font change inside
 * it) stay one number.
 */
import { describe, expect, it } from '@jest/globals';
import type { PdfItem } from '../../src/parser/adapters/pdf-lines.js';
import { cell, layoutLines, line, pdfRun, texts } from '../helpers/pdf-lines.js';
import { joinLabelFragments } from '../../src/parser/adapters/pdf-rows.js';

const SIZE = 10;
/** The value columns' left edges in noborder.pdf (Chromium, A4, 10 pt, padding 1 px). */
const COLUMNS = [356.19, 383.19, 415.7, 448.21, 491.73, 535.25, 556.75];

const row = (y: number, label: string, values: readonly string[]): PdfItem[] => [
  pdfRun(label, 35.25, y, SIZE),
  ...values.map((v, k) => pdfRun(v, COLUMNS[k]!, y, SIZE)),
];

const rows = (items: PdfItem[]): string[][] =>
  layoutLines([items])
    .filter((l) => l.includes('\t'))
    .map((l) => l.split('\t'));

describe('pdf: numbers of adjacent columns set 0.15 glyph apart (red team rtO #4)', () => {
  it('are two cells: the row reads 1521 … 1621 9426, never 16219426', () => {
    const read = rows([
      ...row(759.75, '一、本年新收政府信息公开申请数量', ['1521', '1541', '1561', '1581', '1601', '1621', '9426']),
      ...row(775.5, '二、上年结转政府信息公开申请数量', ['173', '175', '177', '179', '181', '183', '1068']),
    ]);
    expect(read).toContainEqual(['一、本年新收政府信息公开申请数量', '1521', '1541', '1561', '1581', '1601', '1621', '9426']);
    expect(read).toContainEqual(['二、上年结转政府信息公开申请数量', '173', '175', '177', '179', '181', '183', '1068']);
  });

  it('digits of one number drawn as two runs with no gap (a font change inside it) stay one number', () => {
    const label = pdfRun('一、本年新收政府信息公开申请数量', 35.25, 100, SIZE);
    const head = pdfRun('15', 356.19, 100, SIZE);
    const tail = pdfRun('21', head.x + head.width + 0.2, 100, SIZE);
    const next = pdfRun('1541', 383.19, 100, SIZE);
    expect(rows([label, head, tail, next])).toEqual([['一、本年新收政府信息公开申请数量', '1521', '1541']]);
  });
});

/**
 * The same table printed with no padding at all (rtO #4, padding 0, 9–12 pt): the 其他 column is as wide as 1621, so
 * 1621 ends where 9426 of 总计 begins, no gap at all: drawn as two runs of digits, read as one number 16219426. The
 * rows that fill every column show where each column's values stand (here their left edges): the runs stand so, and
 * are split. Runs that stand nowhere as a column's values leave the row unread (two numbers in one cell).
 */
describe('pdf: numbers of adjacent columns that touch, no gap at all (rtO #4, padding 0)', () => {
  /** Left edges of the value columns (Chromium, A4, 10 pt, padding 0): 总计 starts where a 4-digit 其他 ends. */
  const TOUCHING = [362.55, 388.31, 419.84, 451.36, 494.41, 537.47, 557.47];
  const tight = (y: number, label: string, values: readonly string[], at = TOUCHING): PdfItem[] => [
    pdfRun(label, 34.5, y, SIZE),
    ...values.map((v, k) => pdfRun(v, at[k]!, y, SIZE)),
  ];
  const others = (): PdfItem[] => [
    ...tight(781.5, '二、上年结转政府信息公开申请数量', ['161', '163', '165', '167', '169', '171', '996']),
    ...tight(805.5, '（一）予以公开', ['3', '4', '5', '6', '7', '8', '33']),
  ];

  it('are split where the runs stand as the columns’ values: 1621 | 9426, never 16219426', () => {
    const read = rows([
      ...tight(757.5, '一、本年新收政府信息公开申请数量', ['1521', '1541', '1561', '1581', '1601', '1621', '9426']),
      ...others(),
    ]);
    expect(read).toContainEqual(['一、本年新收政府信息公开申请数量', '1521', '1541', '1561', '1581', '1601', '1621', '9426']);
    expect(read).toContainEqual(['二、上年结转政府信息公开申请数量', '161', '163', '165', '167', '169', '171', '996']);
    expect(read.flat().join(' ')).not.toContain('16219426');
  });

  it('runs standing nowhere as a column’s values, in a row short of a value, are two numbers in one cell (unread)', () => {
    // 9426 starts 2.5 pt right of where the 总计 values start: the runs stand as no column's values.
    const label = pdfRun('一、本年新收政府信息公开申请数量', 34.5, 757.5, SIZE);
    const values = ['1521', '1541', '1561', '1581', '1601'].map((v, k) => pdfRun(v, TOUCHING[k]!, 757.5, SIZE));
    const head = pdfRun('1621', 540, 757.5, SIZE);
    const tail = pdfRun('9426', head.x + head.width, 757.5, SIZE);
    const read = rows([label, ...values, head, tail, ...others()]);
    const row = read.find((r) => r[0] === '一、本年新收政府信息公开申请数量');
    expect(row).toContain('1621 9426');
    expect(row?.filter((c) => c !== '')).toEqual([
      '一、本年新收政府信息公开申请数量',
      '1521',
      '1541',
      '1561',
      '1581',
      '1601',
      '1621 9426',
    ]);
  });

  it('a number drawn in two runs standing whole as its column’s values stays one number (a blank cell elsewhere)', () => {
    const label = pdfRun('一、本年新收政府信息公开申请数量', 34.5, 757.5, SIZE);
    const values = ['1521', '1541', '1561', '1581'].map((v, k) => pdfRun(v, TOUCHING[k]!, 757.5, SIZE));
    const head = pdfRun('16', TOUCHING[5]!, 757.5, SIZE);
    const tail = pdfRun('21', head.x + head.width, 757.5, SIZE);
    const total = pdfRun('7825', TOUCHING[6]! + 2, 757.5, SIZE);
    const read = rows([label, ...values, head, tail, total, ...others()]);
    expect(read).toContainEqual(['一、本年新收政府信息公开申请数量', '1521', '1541', '1561', '1581', '', '1621', '7825']);
  });
});

/**
 * A label filling its column with a first value a blank after it (padding 0: 不再处理 ⎵ 129, less than half a glyph
 * apart, one cell) and the label's last line below it: joined in the middle (…不再处理 129其政府信息公开申请), the
 * row's first value was blank and the row total a false error. The number stays at the label's end, where the table
 * reader sees a label ending in a number before a blank first column (the row unread, never accused).
 */
describe('pdf: a first value run into a wrapped label (rtO #4, padding 0, 12 pt)', () => {
  it('stays at the end of the joined label', () => {
    const lines = [
      line(88, cell(145, 286, '1.申请人无正当理由逾期')),
      line(
        100,
        cell(145, 310, '不补正、行政机关不再处理 129'),
        cell(340, 355, '130'),
        cell(380, 395, '131'),
        cell(420, 435, '789'),
      ),
      line(112, cell(145, 259, '其政府信息公开申请')),
    ];
    expect(texts(joinLabelFragments(lines))).toEqual([
      ['1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请129', '130', '131', '789'],
    ]);
  });
});
