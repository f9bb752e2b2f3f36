/**
 * A label cell holding two rows' labels over one row of values (a narrow PDF column's wrapped lines, an OCR merge):
 * whose values they are cannot be told, so the row is unread, never filed under the longer label's row.
 */
import { describe, expect, it } from '@jest/globals';
import { APPLICATION_ROWS } from '../../src/parser/data/applications.js';
import { holdsTwoLabels } from '../../src/parser/tables/two-labels.js';

const ROWS = APPLICATION_ROWS.map((r) => ({ key: r.key, core: r.core }));
const row = (key: string) => ROWS.find((r) => r.key === key)!;

describe('holdsTwoLabels', () => {
  it('finds another row’s words beside the matched row’s (LibreOffice 1 cm columns)', () => {
    expect(holdsTwoLabels('属于国家秘密其他法律行政法规禁', row('denied.2'), ROWS)).toBe(true);
    expect(holdsTwoLabels('属于国家秘密其他法律行政法规禁', row('denied.1'), ROWS)).toBe(true);
    expect(
      holdsTwoLabels(
        '期不补正行政机关不再处理其政府信息公开申请请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信',
        row('other.2'),
        ROWS,
      ),
    ).toBe(true);
  });
  it('never in a row’s own label, whatever words it shares with others', () => {
    for (const r of ROWS) expect([r.key, holdsTwoLabels(r.core, r, ROWS)]).toEqual([r.key, false]);
  });
  it('never in a label with a caption or the table’s title run into it', () => {
    expect(holdsTwoLabels('收到和处理政府信息公开申请情况本年新收政府信息公开申请数量', row('new'), ROWS)).toBe(false);
    expect(
      holdsTwoLabels(
        '本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和本年新收政府信息公开申请数量',
        row('new'),
        ROWS,
      ),
    ).toBe(false);
  });
});
