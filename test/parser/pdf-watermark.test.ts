/**
 * A watermark drawn diagonally over the page (政务公开, the organ and a date, tiled or once) is no text of the
 * report: read at its origin, its pieces landed inside table rows as cells and numbers (red team rt8: false
 * application-totals and numeric-cells errors, wrong extracted values). Runs whose baseline is slanted are
 * dropped; a synthetic italic (glyphs slanted, baseline level) is read.
 */
import { describe, expect, it } from '@jest/globals';
import { readPdf } from '../../src/parser/adapters/pdf.js';
import { buildPdf, type TextOp } from '../helpers/pdf-writer.js';

const turned = (degrees: number): [number, number, number, number] => {
  const r = (degrees * Math.PI) / 180;
  return [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r)];
};

const row = (y: number, label: string, ...values: string[]): TextOp[] => [
  { x: 60, y, size: 10, text: label },
  ...values.map((text, k) => ({ x: 260 + 80 * k, y, size: 10, text })),
];

function page(watermarks: TextOp[]): Uint8Array {
  return buildPdf([
    {
      texts: [
        { x: 60, y: 40, size: 10, text: '（四）行政处罚', matrix: [1, 0, 0.25, 1] },
        ...row(110, '项目', '本年制发件数', '本年废止件数', '现行有效件数'),
        ...row(130, '规章', '12', '3', '45'),
        ...row(150, '规范性文件', '67', '8', '910'),
        ...watermarks,
      ],
    },
  ]);
}

const rows = async (bytes: Uint8Array): Promise<string[]> =>
  (await readPdf(bytes)).text.split('\n').filter((l) => l.includes('\t'));

describe('pdf adapter: a diagonal watermark', () => {
  it('is not read into the rows it crosses; a slanted (italic) label is read', async () => {
    const marks: TextOp[] = [
      { x: 560, y: 130, size: 28, text: '2023', matrix: turned(30) },
      { x: 150, y: 150, size: 28, text: '政务公开', matrix: turned(-35) },
      { x: 200, y: 130, size: 40, text: '仅供公开', matrix: turned(45) },
    ];
    const expected = ['项目\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t12\t3\t45', '规范性文件\t67\t8\t910'];
    expect(await rows(page([]))).toEqual(expected);
    expect(await rows(page(marks))).toEqual(expected);
    expect((await readPdf(page(marks))).text).toContain('（四）行政处罚');
  });

  it('a run turned a quarter turn is still read (only slanted baselines are dropped)', async () => {
    const text = (await readPdf(page([{ x: 40, y: 160, size: 10, text: '主动公开', matrix: turned(90) }]))).text;
    expect(text).toContain('主动公开');
  });
});

describe('pdf adapter: a large watermark turned a quarter turn (red team rtD c-wm90)', () => {
  it('is not read into the row it crosses; a label turned at the text size is read', async () => {
    const stamp: TextOp = { x: 266, y: 200, size: 60, text: '征求意见稿', matrix: turned(-90) };
    const label: TextOp = { x: 40, y: 160, size: 10, text: '主动公开', matrix: turned(90) };
    const expected = ['项目\t本年制发件数\t本年废止件数\t现行有效件数', '规章\t12\t3\t45', '规范性文件\t67\t8\t910'];
    expect(await rows(page([stamp]))).toEqual(expected);
    const text = (await readPdf(page([stamp, label]))).text;
    expect(text).toContain('主动公开');
    expect(text).not.toMatch(/[征求意见稿]/);
  });
});
