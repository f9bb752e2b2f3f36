/**
 * Section headings with a gap in them, as Chromium prints them (fuzz seeds 12, 20 and 28): a heading run into
 * its paragraph (heading.inline), a number set apart from its words (第二部分 ⎵ 主动公开政府信息情况), and a table
 * of contents in two columns. Their gaps are those of a table row, but they are headings: never table lines.
 */
import { describe, expect, it } from '@jest/globals';
import { groupLines, type PdfItem } from '../../src/parser/adapters/pdf-lines.js';
import { layoutText } from '../../src/parser/adapters/pdf-layout.js';

const item = (str: string, x: number, x1: number, y: number, size = 12): PdfItem => ({ str, x, y, width: x1 - x, size });
const text = (items: PdfItem[]): string[] =>
  layoutText(groupLines([{ page: 1, width: 595, height: 842, items }]))
    .text.split('\n')
    .filter(Boolean);

/** Table 四's header and its one line of values (10.5 pt), ending at y 139.5. */
const TABLE4: PdfItem[] = [
  item('行政复议', 124.7, 166.7, 62, 10.5),
  item('行政诉讼', 353.9, 395.9, 62, 10.5),
  ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((w, k) => item(w, 74.6 + 33 * k, 95.6 + 33 * k, 105.7, 10.5)),
  ...['7', '18', '29', '37', '91', '5', '13', '28', '39', '85', '2', '12', '26', '36', '76'].map((v, k) =>
    item(v, 81.8 + 29.5 * k, 88.5 + 29.5 * k, 139.5, 10.5),
  ),
];

describe('pdf: section headings with a gap in them', () => {
  it('joins a heading whose last character the page width wrapped onto the line above a table (rtO #8)', () => {
    const out = text([
      item('本年度共发出收费通知831件，申请人均未缴纳，实际收取信息处理费0元，详见下表和说明。', 33.7, 563.7, 8, 12),
      item('四、政府信息公开行政复议、行政诉讼情', 33.7, 403.7, 30, 30),
      item('况', 33.7, 63.7, 66, 30),
      ...TABLE4.map((i) => ({ ...i, y: i.y + 40 })),
    ]);
    expect(out[1]).toBe('四、政府信息公开行政复议、行政诉讼情况');
    expect(out[out.length - 1]!.split('\t')).toHaveLength(15);
  });

  it('reads a heading run into its paragraph right below a table as a paragraph line, not a table row', () => {
    const out = text([
      ...TABLE4,
      item('五、存在的主要问题及改进情况', 93, 262.1, 172.5),
      item('一是政策解读形式较为单一；二是依申请公开答', 274.3, 528, 172.5),
      item('复文书有待进一步规范。下一步，将丰富解读形式，加强业务培训。', 69, 429, 192),
    ]);
    expect(out[out.length - 1]).toBe(
      '五、存在的主要问题及改进情况 一是政策解读形式较为单一；二是依申请公开答复文书有待进一步规范。下一步，将丰富解读形式，加强业务培训。',
    );
    expect(out[out.length - 2]!.split('\t')).toHaveLength(15);
  });

  it('keeps the gap after an unnumbered heading run into a paragraph that opens with digits (总体情况 ⎵ 2022年…)', () => {
    // Autospacing between Chinese and digits is narrower than a glyph and is closed; this gap is a cell's.
    const out = text([
      item('总体情况', 93, 141, 172.5),
      item('2022年，本机关全年共收到政府信息公开申请', 153, 393, 172.5),
      item('59625', 396, 426, 172.5),
      item('件。', 429, 453, 172.5),
    ]);
    expect(out).toEqual(['总体情况 2022年，本机关全年共收到政府信息公开申请59625件。']);
  });

  it('keeps a heading whose number is set apart (第二部分 ⎵ 主动公开…) out of the table below it', () => {
    const out = text([
      item('（一）主动公开', 93, 177, 263.2),
      item('全年主动公开政府信息1136条，发布政策解读30篇。', 93, 380, 288),
      item('第二部分', 93, 141, 313.5),
      item('主动公开政府信息情况', 153, 273, 313.5),
      item('第二十条第（一）项', 251.2, 345.7, 339, 10.5),
      item('信息内容', 112, 154, 359.2, 10.5),
      item('本年制发件数', 220.3, 283.3, 359.2, 10.5),
      item('本年废止件数', 330.6, 393.6, 359.2, 10.5),
      item('现行有效件数', 441, 504, 359.2, 10.5),
      item('规章', 122.5, 143.5, 379.5, 10.5),
      item('5', 248.5, 255.2, 379.5, 10.5),
      item('6', 358.8, 365.5, 379.5, 10.5),
      item('18', 465.8, 479.1, 379.5, 10.5),
    ]);
    expect(out).toEqual([
      '（一）主动公开',
      '全年主动公开政府信息1136条，发布政策解读30篇。',
      '第二部分 主动公开政府信息情况',
      '第二十条第（一）项\t',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t5\t6\t18',
    ]);
  });

  it('reads a table of contents in two columns line by line (第一部分 ⎵ 总体情况), not as wrapped header cells', () => {
    const words = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况'];
    const out = text([
      item('目', 93, 105, 225.7),
      item('录', 117, 129, 225.7),
      ...words.flatMap((w, k) => [
        item(`第${'一二三'[k]}部分`, 93, 141, 251.2 + 25 * k),
        item(w, 153, 153 + 12 * w.length, 251.2 + 25 * k),
      ]),
    ]);
    expect(out.slice(1)).toEqual([
      '第一部分 总体情况',
      '第二部分 主动公开政府信息情况',
      '第三部分 收到和处理政府信息公开申请情况',
    ]);
  });
});

describe('pdf: a paragraph wrapped inside a number', () => {
  it('joins 2024年6月3 ⏎ 0日 into one number, and keeps a space between Latin words', () => {
    const out = text([
      item('本报告统计期限为2024年1月1日-2024年6月3', 90, 505, 100),
      item('0日。如对本报告有疑问，请与办公室联系。', 66, 300, 122),
      item('The report follows the annual report format of the', 66, 505, 200),
      item('General Office.', 66, 150, 222),
    ]);
    expect(out).toEqual([
      '本报告统计期限为2024年1月1日-2024年6月30日。如对本报告有疑问，请与办公室联系。',
      'The report follows the annual report format of the General Office.',
    ]);
  });
});
