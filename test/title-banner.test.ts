/**
 * Two departments' reports copied from one portal, each under the portal's banner, column or breadcrumb and a
 * title naming no organ: they are different organs' reports, so the later one is never checked against the
 * earlier one's carry-forward (domain.md: compare only figures about the same organ), and neither takes the
 * government's kind from the banner.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { temporaryTrees } from './cli-helpers.js';
import { lintFiles } from '../src/engine/files.js';
import type { LintResult } from '../src/engine/types.js';
import { parseReport } from '../src/parser/index.js';

const now = new Date('2025-06-01T00:00:00Z');

const fixture = (name: string): string => readFileSync(new URL(`fixtures/year-copies/${name}`, import.meta.url), 'utf8');
/** 东河县教育局 2022 carries over 3 (自然人), 73 in all. */
const EDUCATION_2022 = fixture('2022.md');
/** 东河县农业农村局 2021: its own figures, carrying forward 4 and 74, which 教育局 2022 does not carry over. */
const FARMING_2021 = fixture('2021.md')
  .replace(
    '| 四、结转下年度继续办理 |  |  | 3 | 5 | 9 | 15 | 17 | 24 | 73 |',
    '| 四、结转下年度继续办理 |  |  | 4 | 5 | 9 | 15 | 17 | 24 | 74 |',
  )
  .replaceAll('东河县教育局', '东河县农业农村局');

/** The report as copied from the portal: the line above, then its title without the organ. */
const under = (text: string, above: string): string => text.replace(/^# 东河县\S+?局(\d{4}年)/, `${above}\n\n# $1`);

const tree = temporaryTrees();
const carryOver = (results: LintResult[]): string[] =>
  results.flatMap((r) =>
    r.messages.filter((m) => m.ruleId === 'carry-over').map((m) => `${path.basename(r.filePath)} ${m.message}`),
  );

const BANNERS = [
  '东河县人民政府',
  '东河县人民政府门户网站',
  '政府信息公开年报',
  '信息公开目录',
  '年度报告',
  '政务公开',
  '首页 > 政务公开 > 年度报告',
  '打印本页 关闭窗口',
  '2024-01-20',
];

describe('two departments under one portal’s banner', () => {
  it('the fixtures: were they one organ’s reports, carry-over would accuse (so silence below is the organ’s doing)', async () => {
    const same = FARMING_2021.replaceAll('东河县农业农村局', '东河县教育局');
    const root = await tree({ '2021.md': same, '2022.md': EDUCATION_2022 });
    expect(carryOver(await lintFiles(['.'], { cwd: root, now }))).toEqual([
      expect.stringMatching(/^2022\.md 表三上年结转有 2 列与 2021 年度报告 2021\.md 的结转下年度继续办理不符/),
    ]);
  });

  it.each(BANNERS)('%s above both bare titles: not paired, no carry-over finding', async (banner) => {
    const files = { 'nyj-2021.md': under(FARMING_2021, banner), 'jyj-2022.md': under(EDUCATION_2022, banner) };
    expect(files['jyj-2022.md']).toMatch(/^.+\n\n# 2022年政府信息公开工作年度报告/);
    const root = await tree(files);
    expect(carryOver(await lintFiles(['.'], { cwd: root, now }))).toEqual([]);
    // Never the banner: the organ signing each report (东河县农业农村局 ⏎ 2022年…日) is its own (rtL F12).
    for (const [name, text] of Object.entries(files)) {
      const { report } = await parseReport(text, { filePath: 'report.md' });
      expect({ organ: report.organ, organType: report.organType }).toEqual({
        organ: name.startsWith('nyj') ? '东河县农业农村局' : '东河县教育局',
        organType: 'department',
      });
    }
  });

  it('with its own name above the bare title, each report keeps its organ: still not paired', async () => {
    const files = {
      'nyj-2021.md': under(FARMING_2021, '东河县农业农村局'),
      'jyj-2022.md': under(EDUCATION_2022, '东河县教育局'),
    };
    const root = await tree(files);
    expect(carryOver(await lintFiles(['.'], { cwd: root, now }))).toEqual([]);
    const { report } = await parseReport(files['jyj-2022.md'], { filePath: 'report.md' });
    expect(report.organ).toBe('东河县教育局');
  });
});
