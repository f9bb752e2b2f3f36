/**
 * A running header set low (rtD finding 5, hdrfar.pdf: Word's header distance 2.6 cm puts it at 82–94 pt of an A4
 * page, just past the 10 % band of pdf-furniture.ts) was read on the first page as the report's title: organ
 * 青川市生态环境局青川市生态环境局, and the report no longer paired with last year's. Repeated at its height on every
 * page, the first included, it is furniture; a table's header rows repeated at the top of later pages are not.
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { buildPdf, type TextOp } from '../helpers/pdf-writer.js';

const ORGAN = '青川市生态环境局';
const TITLE = `${ORGAN}2023年政府信息公开工作年度报告`;
const at = (y: number, text: string, x = 90, size = 12): TextOp => ({ x, y, size, text });

/** Three pages, each opening with `top` (its lines at y 92 and below), the title under it on the first page. */
function pdf(top: (page: number) => TextOp[]): Uint8Array {
  const body = [
    ['本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。', '一、总体情况', '2023年，我局认真贯彻落实条例。'],
    ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'],
    ['五、存在的主要问题及改进情况', '六、其他需要报告的事项', '本年度未收取信息处理费。'],
  ];
  return buildPdf(
    body.map((lines, k) => ({
      texts: [
        ...top(k + 1),
        ...(k === 0 ? [at(140, TITLE, 110, 16)] : []),
        ...lines.map((line, i) => at(180 + 30 * i, line)),
        at(800, `- ${k + 1} -`, 280, 10.5),
      ],
    })),
  );
}

describe('pdf-furniture: a running header set low', () => {
  it('repeated at 92 pt on every page, the first included: dropped, the title and organ read once', async () => {
    // Word sets the header's two fields apart: organ ⎵ title, at 92 pt (10 % of A4 is 84.2 pt).
    const header = (): TextOp[] => [at(92, ORGAN, 150, 10.5), at(92, TITLE, 240, 10.5)];
    const { report, text } = await parseReport(pdf(header), { format: 'pdf', filePath: 'low-header.pdf' });
    expect([report.organ, report.title]).toEqual([ORGAN, TITLE]);
    expect(text.split('\n')[0]).toBe(TITLE);
    expect(text.match(new RegExp(TITLE, 'g'))).toHaveLength(1);
  });

  it('the title on the first page, repeated as the later pages’ running header at its height: kept on the first', async () => {
    // Word's different first page (review4 F6, 2026-12-06): no header on page 1, whose first line is the title at
    // 93 pt; pages 2 and 3 carry the title as their header there. The title and organ were lost.
    const onePdf = buildPdf(
      [1, 2, 3].map((page) => ({
        texts: [
          page === 1 ? at(93, TITLE, 110, 16) : at(93, TITLE, 150, 10.5),
          at(180, page === 1 ? '本报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。' : `第${page}页的正文。`),
          at(800, `- ${page} -`, 280, 10.5),
        ],
      })),
    );
    const { report, text } = await parseReport(onePdf, { format: 'pdf', filePath: 'title-as-header.pdf' });
    expect([report.organ, report.title]).toEqual([ORGAN, TITLE]);
    expect(text.match(new RegExp(TITLE, 'g'))).toHaveLength(1);
  });

  it('a line repeated at that height on the later pages only (a table header repeated) is kept on each', async () => {
    const repeatedHeader = (page: number): TextOp[] =>
      page === 1 ? [] : [at(92, '信息内容', 90), at(92, '本年制发件数', 200), at(92, '本年废止件数', 320)];
    const { text } = await parseReport(pdf(repeatedHeader), { format: 'pdf', filePath: 'table-header.pdf' });
    expect(text.match(/信息内容\s+本年制发件数\s+本年废止件数/g)).toHaveLength(2);
  });
});
