/**
 * Table 二 printed without a column of block (一) (review15 F5): the header read whole names two columns (信息内容 |
 * 本年制发件数 | 现行有效件数) over rows holding two values each. The column is left out, not unread: table-structure
 * says so. A header not read whole (its words interleaved with other glyphs, review13) keeps its rows unread and
 * accuses no column.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/index.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { formatOf, writeReport, type Layout } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');

/** The report in `layout` with block (一)'s 本年废止件数 column left out (header and rows). */
function withoutRepealed(layout: Layout, header?: string): string {
  const text = writeReport({}, layout).text;
  const cuts: Record<string, Array<[string, string]>> = {
    tabs: [
      ['\t本年废止件数', ''],
      ['规章\t2\t1\t15', '规章\t2\t15'],
      ['行政规范性文件\t6\t3\t41', '行政规范性文件\t6\t41'],
    ],
    html: [
      ['<td>本年废止件数</td>\n', ''],
      ['<td>2</td>\n<td>1</td>\n<td>15</td>', '<td>2</td>\n<td>15</td>'],
      ['<td>6</td>\n<td>3</td>\n<td>41</td>', '<td>6</td>\n<td>41</td>'],
    ],
  };
  let out = text;
  for (const [from, to] of cuts[layout]!) {
    expect(out).toContain(from);
    out = out.replace(from, to);
  }
  return header ? out.replace('信息内容\t本年制发件数\t现行有效件数', header) : out;
}

const said = async (text: string, layout: Layout) =>
  (await lint(text, { format: formatOf(layout), now: NOW })).messages.map((m) => `${m.severity}:${m.ruleId}:${m.message}`);

describe('table 二 without its 本年废止件数 column', () => {
  it.each(['tabs', 'html'] as const)('the header read whole without it: the column is missing (%s)', async (layout) => {
    const text = withoutRepealed(layout);
    const table = findTable((await parseReport(text, { format: formatOf(layout) })).report, 'active');
    expect(table?.missingColumns).toEqual(['repealed']);
    expect(await said(text, layout)).toContain('2:table-structure:表二（主动公开政府信息情况）缺少「本年废止件数」列');
  });

  it('a header whose words are interleaved with other glyphs is not read whole: its rows unread, no column accused', async () => {
    const text = withoutRepealed('tabs', '信息内容\t本杭年制州发件数\t现市行有效件数');
    const table = findTable((await parseReport(text, { format: 'text' })).report, 'active');
    expect(table?.missingColumns).toEqual([]);
    expect(table?.unreadableRows.map((r) => r.key)).toEqual(['regulations', 'normativeDocuments']);
    expect((await said(text, 'tabs')).filter((m) => m.startsWith('2:'))).toEqual([]);
  });
});
