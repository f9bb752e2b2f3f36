/**
 * A year on a line of its own before the title (title.ts yearAlone): a cover's 2023 over a title naming no year is
 * the report's year; a number among a table's values copied one cell a line, or a field's value, never is (rtAD 1:
 * 1082 of 予以公开 became the year, and every check was skipped as the old format's or judged against 1082).
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';

/** Lines over a body that states no period and names no year: the year can come from the head alone. */
async function yearUnder(head: readonly string[]): Promise<number | null> {
  const body = ['', '一、总体情况', '', '本机关持续推进政务公开。', '', '六、其他需要报告的事项', '', '本机关未收取信息处理费。'];
  return (await parseReport([...head, ...body].join('\n'), { filePath: 'paste.txt' })).report.year;
}

/** Table 三's 予以公开 row, one cell a line, its last value `last` (a paste that starts mid-table). */
const cells = (last: string): string[] => ['（一）予以公开', '', '6', '', '268', '', '397', '', '90', '', '37', '', last];

describe('a year alone on a line', () => {
  it('a cover’s year over a title naming none is the report’s', async () => {
    expect(await yearUnder(['2023', '', '青石县自然资源局政府信息公开工作年度报告'])).toBe(2023);
    expect(await yearUnder(['2022年', '', '青石县自然资源局政府信息公开工作年度报告'])).toBe(2022);
  });

  it('a table’s value no report year can be (1082) is no year', async () => {
    expect(await yearUnder(cells('1082'))).toBeNull();
    expect(await yearUnder(['1082', '', '青石县自然资源局政府信息公开工作年度报告'])).toBeNull();
  });

  it('a value among a table’s values is no year, even one a year could be', async () => {
    expect(await yearUnder(cells('2021'))).toBeNull();
  });

  it('a field’s value after its label is no year', async () => {
    expect(await yearUnder(['浏览次数：', '', '2019', '', '青石县自然资源局政府信息公开工作年度报告'])).toBeNull();
  });
});
