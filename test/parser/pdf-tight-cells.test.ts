/**
 * A borderless table printed by Chromium with 1 px of padding: the 其他 column is only as wide as its numbers, so
 * 1621 (其他) and 9426 (总计) stand 1.5 pt apart at 10 pt, 0.15 glyph (red team rtO #4, chr2/noborder.pdf). Joined,
 * the row read 16219426: three false application-totals errors and two false blank-cell warnings. Two runs of
 * digits with a visible gap are two cells; digits of one number drawn as two runs with no gap (a font change inside
 * it) stay one number.
 */
import { describe, expect, it } from '@jest/globals';
import type { PdfItem } from '../../src/parser/adapters/pdf-lines.js';
import { layoutLines, pdfRun } from '../helpers/pdf-lines.js';

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
