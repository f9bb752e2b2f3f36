/**
 * A row broken by a page with the table's header rows repeated on the next page (Word and LibreOffice: 允许跨页断行
 * and 标题行重复; red team rtD finding 4, shift4.pdf, own-narrow.pdf): the rest of the row's label stands under the
 * repeated header. Not joined, the row was unreadable, and when it was （六）2 (the fee-notice row) a planted
 * 「未发出收费通知」 contradiction went unreported (d-fee-shift4.pdf). The repeated header is passed over.
 */
import { describe, expect, it } from '@jest/globals';
import type { PdfItem } from '../../src/parser/adapters/pdf-lines.js';
import { layoutLines, pdfRun } from '../helpers/pdf-lines.js';

const SIZE = 10.5;
const item = (str: string, x: number, y: number): PdfItem => pdfRun(str, x, y, SIZE);
const VALUES_X = [262, 302, 342, 382, 422, 462, 502];
const values = (y: number, ...v: string[]): PdfItem[] => v.map((s, k) => item(s, VALUES_X[k]!, y));
/** Table 三's last header line: one column label over each value column. */
const header = (y: number): PdfItem[] =>
  ['自然人', '商业', '科研', '公益', '法律', '其他', '总计'].map((s, k) => item(s, VALUES_X[k]!, y));
const lines = (pages: PdfItem[][]): string[] => layoutLines(pages).filter(Boolean);

describe('pdf: a row broken by a page, the header repeated above the rest of its label', () => {
  const page1 = [
    item('申请人情况', 262, 660),
    ...header(680),
    item('1.申请人无正当理由逾期', 100, 700),
    ...values(700, '4', '9', '16', '25', '36', '49', '139'),
    item('2.申请人逾期未按收费', 100, 740),
    ...values(740, '182', '87', '313', '60', '253', '112', '1007'),
    item('通知要求缴纳费', 100, 753),
  ];
  const page2 = [
    item('申请人情况', 262, 80),
    ...header(100),
    item('用、行政机关不再处理', 100, 120),
    item('其政府信息公开申请', 100, 133),
    item('3.其他', 100, 160),
    ...values(160, '394', '67', '379', '5', '8', '12', '865'),
  ];

  it('the rest of the label joins its row; the repeated header stays where it is', () => {
    const out = lines([page1, page2]);
    const row = out.find((l) => l.startsWith('2.'));
    expect(row).toBe(
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t182\t87\t313\t60\t253\t112\t1007',
    );
    // Both copies of the header are kept, the second between the joined row and the next.
    const copies = out.flatMap((l, k) => (l.replace(/\s+/g, ' ') === '自然人 商业 科研 公益 法律 其他 总计' ? [k] : []));
    expect(copies).toHaveLength(2);
    expect(copies[1]).toBe(out.indexOf(row!) + 2);
    expect(out.some((l) => l.startsWith('用、'))).toBe(false);
  });

  it('lines on top of the next page that were not printed before are no repeated header: nothing is joined', () => {
    const otherHeader = page2.map((i) =>
      i.str === '申请人情况' ? { ...i, str: '续表' } : i.str === '总计' ? { ...i, str: '合计' } : i,
    );
    const out = lines([page1, otherHeader]);
    expect(out.find((l) => l.startsWith('2.'))).toBe('2.申请人逾期未按收费通知要求缴纳费\t182\t87\t313\t60\t253\t112\t1007');
  });
});
