/**
 * The report's year comes from its title line (title.ts), never from a web page's line above it: a date
 * (2024年01月20日 星期六, 今天是…), a breadcrumb or the column's name (2022年度政府信息公开年报).
 */
import { describe, expect, it } from '@jest/globals';
import { reportUnder } from '../helpers/title-report.js';

async function yearOf(head: string[], filePath = 'report.md'): Promise<{ year: number | null; organ: string | null }> {
  const report = await reportUnder(head, filePath);
  return { year: report.year, organ: report.organ };
}

describe('the year of the title, below a web page’s lines', () => {
  const TITLE = '# 青石县自然资源局2023年政府信息公开工作年度报告';
  it.each([
    ['a date and weekday', '2024年01月20日 星期六'],
    ['a greeting with the date', '今天是2024年1月20日 星期六'],
    ['the site name, date and weather', '尚志市人民政府 2024年1月20日 星期六 晴 -25℃'],
    ['a breadcrumb naming the column', '首页 > 政府信息公开 > 2024年政府信息公开年报'],
    ['the column’s name as a plain line', '2024年度政府信息公开年报'],
  ])('%s', async (_name, line) => {
    expect(await yearOf([line, '', TITLE])).toMatchObject({ year: 2023, organ: '青石县自然资源局' });
  });

  it('in plain text: a date line, then the organ and the title on lines of their own', async () => {
    const head = ['2024年01月20日 星期四', '', '一面坡镇人民政府', '', '2023年政府信息公开工作年度报告'];
    expect(await yearOf(head, 'report.txt')).toMatchObject({ year: 2023, organ: '一面坡镇人民政府' });
  });

  it('in plain text: the column’s 年报 line gives way to the 年度报告 title', async () => {
    const head = ['2024年度政府信息公开年报', '', '一面坡镇人民政府', '', '2023年政府信息公开工作年度报告'];
    expect((await yearOf(head, 'report.txt')).year).toBe(2023);
  });

  it('two titles equally likely naming different years: the title’s year is not known (the period’s stands)', async () => {
    const head = ['青石县自然资源局2024年政府信息公开工作年度报告', '', '青石县自然资源局2022年政府信息公开工作年度报告'];
    expect((await yearOf(head, 'report.txt')).year).toBe(2023);
  });

  it('a title wrapped over two lines is still joined', async () => {
    expect((await yearOf(['青石县自然资源局2023年', '政府信息公开工作年度报告'], 'report.txt')).year).toBe(2023);
  });

  it.each([
    [
      'another organ’s report',
      '东河县人民政府办公室关于印发《东河县人民政府2022年政府信息公开工作年度报告》的通知',
      '东河县人民政府',
    ],
    ['its own report', '青石县自然资源局关于印发2022年政府信息公开工作年度报告的通知', '青石县自然资源局'],
  ])('a notice publishing %s: the organ is the report’s, not the issuing office’s', async (_name, title, organ) => {
    expect(await yearOf([`# ${title}`])).toMatchObject({ year: 2022, organ });
  });
});
