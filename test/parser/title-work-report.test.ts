/**
 * A title that calls the report a 工作报告 or 工作情况的报告 without 年度报告 or 年报 (青州市生态环境局2024年度政府信息公开
 * 工作报告, …关于2024年度政府信息公开工作情况的报告; red team M1, 2026-12-06) is the title: its year and organ are
 * read. A line that goes on after 报告 (关于报送…工作报告的通知) or names no report is not.
 */
import { describe, expect, it } from '@jest/globals';
import { reportUnder } from '../helpers/title-report.js';

async function titleOf(line: string): Promise<{ title: string | null; year: number | null; organ: string | null }> {
  const report = await reportUnder([line]);
  return { title: report.title, year: report.year, organ: report.organ };
}

describe('a 工作报告 title', () => {
  it.each([
    ['# 青石县自然资源局2023年度政府信息公开工作报告', '青石县自然资源局'],
    ['# 青石县自然资源局关于2023年度政府信息公开工作情况的报告', '青石县自然资源局'],
    ['# 青石县人民政府2023年政府信息公开工作情况报告', '青石县人民政府'],
    ['# 青石县自然资源局2023年度政务公开工作报告（全文）', '青石县自然资源局'],
  ])('%s', async (line, organ) => {
    expect(await titleOf(line)).toEqual({ title: line.slice(2), year: 2023, organ });
  });

  it.each(['# 关于报送2023年度政府信息公开工作报告的通知', '# 一、2023年度政府信息公开工作情况', '# 2023年政务公开工作要点'])(
    'is not: %s',
    async (line) => {
      expect((await titleOf(line)).title).toBeNull();
    },
  );
});
