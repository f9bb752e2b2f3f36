/**
 * Two years' reports in one file (a site's 历年年报汇编 PDF; red team rtO #5, combo/two_reports.pdf): read as one,
 * the second report's sections were "repeated" (six errors) and its signature, a year earlier, taken for the
 * first's (a false publication-date error). Only the first report is read; the second is said once, where its
 * title stands. The text a PDF becomes and a text file go through the same reader, so both say the same.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { lint } from '../../src/index.js';

const report2024 = readFileSync(new URL('../fixtures/pdf/report.md', import.meta.url), 'utf8');
const report2023 = report2024.replaceAll('2024', '2023').replaceAll('2025年1月18日', '2024年1月19日');
/** As pdftotext writes a PDF: no Markdown marks. */
const plain = (md: string): string => md.replace(/^#+\s*/gm, '');

describe('two reports in one file', () => {
  it.each([
    ['markdown', 'reports.md', report2024 + '\n' + report2023, '2023'],
    ['text as a PDF becomes', 'reports.txt', plain(report2024) + '\n' + plain(report2023), '2023'],
    ['the older report first', 'reports.txt', plain(report2023) + '\n' + plain(report2024), '2024'],
  ])('%s: one warning where the second report starts, nothing from the mix', async (_, filePath, text, year) => {
    const { messages } = await lint(text, { filePath });
    const line = text.split('\n').findIndex((l, i) => i > 5 && l.includes(`${year}年政府信息公开工作年度报告`)) + 1;
    expect(messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([['unreadable-content', 1, line]]);
    expect(messages[0]!.message).toContain(`澄江市临湖区交通运输局${year}年政府信息公开工作年度报告`);
  });

  // rtT §6: the second report's title naming no year, only 附件2, or worded 2023年度…工作报告 was not taken for one (six
  // 部分重复出现 errors, the second report's narrative compared with the first's tables).
  it.each([
    ['naming no year', '澄江市临湖区交通运输局政府信息公开工作年度报告'],
    ['only 附件2', '附件2'],
    ['worded 年度…工作报告', '澄江市临湖区交通运输局2023年度政府信息公开工作报告'],
  ])('a second title %s, right before the second run, is one warning there', async (_name, title) => {
    const second = report2023.replace(/^# .*$/m, `# ${title}`);
    const text = report2024 + '\n' + second;
    const { messages } = await lint(text, { filePath: 'reports.md' });
    const line = text.split('\n').indexOf(`# ${title}`) + 1;
    expect(messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([['unreadable-content', 1, line]]);
    expect(messages[0]!.message).toContain(title);
  });

  it('附件2 in the first report’s 六, far before a second run, is no title', async () => {
    const text = report2024.replace('## 六、其他需要报告的事项', '## 六、其他需要报告的事项\n\n附件2');
    const { messages } = await lint(text, { filePath: 'one.md' });
    expect(messages).toEqual([]);
  });

  it('a report citing last year’s report by its title is one report', async () => {
    const text = report2024.replace(
      '## 六、其他需要报告的事项',
      '## 六、其他需要报告的事项\n\n澄江市临湖区交通运输局2023年政府信息公开工作年度报告已于上年公开。',
    );
    const { messages } = await lint(text, { filePath: 'one.md' });
    expect(messages).toEqual([]);
  });
});
