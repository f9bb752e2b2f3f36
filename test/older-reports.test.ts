/**
 * Reports on 2019 and 2020 are held to the 2019 format (国办公开办函〔2019〕60号): the same six sections and table
 * 三/四 identities, table 二 with the old columns, （六）其他处理 as one row, and no 信息处理费 statement (its 办法
 * took effect in 2021). Every recommended rule runs, so a rule that still applies 2021's requirements shows up here.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/engine/lint.js';
import {
  LAYOUTS,
  consistentApplications,
  formatOf,
  withCell,
  writeReport,
  type Layout,
  type ReportSpec,
} from './rules/support/report.js';

const NOW = new Date('2025-06-30T00:00:00Z');
const OLD: ReportSpec = { activeTemplate: '2019', applicationsTemplate: '2019' };
const findings = async (spec: ReportSpec, layout: Layout) =>
  (await lint(writeReport(spec, layout).text, { format: formatOf(layout), now: NOW })).messages.map((m) => [
    m.ruleId,
    m.messageId,
  ]);

describe('a report on 2020 in the 2019 format', () => {
  it.each(LAYOUTS)('%s: correct tables and no fee statement: nothing to report', async (layout) => {
    expect(await findings({ ...OLD, year: 2020, other: ['本机关无其他需要报告的事项。'] }, layout)).toEqual([]);
  });

  it.each(LAYOUTS)('%s: a report on 2019 likewise', async (layout) => {
    expect(await findings({ ...OLD, year: 2019, other: ['本机关无其他需要报告的事项。'] }, layout)).toEqual([]);
  });

  it.each(LAYOUTS)('%s: a wrong （七）总计 is still a totals error (the identities held then)', async (layout) => {
    const apps = consistentApplications();
    const wrong = withCell(apps, 'handled', 6, Number(apps.handled![6]) + 5);
    expect(await findings({ ...OLD, year: 2020, applications: wrong }, layout)).toEqual([
      ['application-totals', 'cellLikelyWrong'],
    ]);
  });

  // rtT §10: the one-row （六）其他处理 stands in （七）总计 = （一）…（六） for its three rows of 2021, and is a row of its own.
  it.each(LAYOUTS)(
    '%s: （七）总计 against （一）…（六） with the one-row （六）, and that row against its total',
    async (layout) => {
      const apps = consistentApplications();
      // 予以公开 商业企业 and its 总计 five more: the row adds up, the 商业企业 and 总计 columns do not.
      const granted = withCell(
        withCell(apps, 'granted', 1, Number(apps.granted![1]) + 5),
        'granted',
        6,
        Number(apps.granted![6]) + 5,
      );
      const said = await lint(writeReport({ ...OLD, year: 2020, applications: granted }, layout).text, {
        format: formatOf(layout),
        now: NOW,
      });
      expect(said.messages.map((m) => [m.ruleId, m.messageId, m.data?.['column']])).toEqual([
        ['application-totals', 'columnTotal', '商业企业'],
        ['application-totals', 'columnTotal', '总计'],
      ]);
      expect(said.messages[0]!.message).toContain('（六）其他处理');
      // （六）其他处理's 科研机构 four more (written in row other.1 of the spec, summed into the one row), its total not.
      const other = withCell(apps, 'other.1', 2, Number(apps['other.1']![2]) + 4);
      expect(await findings({ ...OLD, year: 2020, applications: other }, layout)).toEqual([
        ['application-totals', 'cellLikelyWrong'],
      ]);
    },
  );

  it.each(LAYOUTS)('%s: a wrong 行政复议 total is a table 四 error', async (layout) => {
    expect(await findings({ ...OLD, year: 2020, review: [3, 2, 1, 2, 9, 4, 1, 0, 1, 6, 1, 1, 1, 0, 3] }, layout)).toEqual([
      ['review-litigation-totals', expect.any(String)],
    ]);
  });
});

describe('a report on 2021 or later in the 2019 format', () => {
  it.each(LAYOUTS)('%s: one outdated-format finding, and nothing about the old （六）其他处理 row', async (layout) => {
    expect(await findings({ ...OLD, year: 2023 }, layout)).toEqual([['outdated-format', 'outdatedTable']]);
  });

  it.each(LAYOUTS)('%s: the fee statement is asked from 2021', async (layout) => {
    expect((await findings({ ...OLD, year: 2021, other: ['本机关无其他需要报告的事项。'] }, layout)).sort()).toEqual([
      ['fee-statement', 'missing'],
      ['outdated-format', 'outdatedTable'],
    ]);
  });

  it.each(LAYOUTS)(
    '%s: 2021 tables but （六）其他处理 without its sub-rows: table-structure says once what is missing',
    async (layout) => {
      const ids = await findings({ year: 2023, applicationsTemplate: '2019' }, layout);
      // One defect, one finding: the group printed as one row names its three missing rows once.
      expect(ids).toEqual([['table-structure', 'collapsedGroup']]);
    },
  );

  it.each(['markdown', 'tabs'] as const)(
    '%s: the same with the header printed again right above the one-row （六） (a page break): still one finding',
    async (layout) => {
      const { text } = writeReport({ year: 2023, applicationsTemplate: '2019' }, layout);
      const lines = text.split('\n');
      const six = lines.findIndex((l) => l.includes('（六）其他处理'));
      // The official form's header over three lines; its 其他 and 总计 (run together over two lines) once read as
      // （六）3.其他: two of its rows were reported missing instead of one group printed as one row.
      const cells = [
        ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '', '', '申请人情况', '', '', '', '', '', ''],
        ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
        ['', '', '', '', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', ''],
      ];
      const repeated =
        layout === 'markdown'
          ? ['', ...cells.map((row, i) => `| ${row.join(' | ')} |${i === 0 ? `\n|${' --- |'.repeat(10)}` : ''}`)]
          : cells.map((row) => row.join('\t'));
      const split = [...lines.slice(0, six), ...repeated, ...lines.slice(six)].join('\n');
      const { messages } = await lint(split, { format: formatOf(layout), now: NOW });
      expect(messages.map((m) => [m.ruleId, m.messageId, m.line])).toEqual([
        ['table-structure', 'collapsedGroup', six + 1 + repeated.length + (layout === 'markdown' ? 1 : 0)],
      ]);
    },
  );

  it('tabs: the same with the header as a PDF prints it again, its cells wrapped, 其他 and a tab last', async () => {
    const { text } = writeReport({ year: 2023, applicationsTemplate: '2019' }, 'tabs');
    const lines = text.split('\n');
    const six = lines.findIndex((l) => l.includes('（六）其他处理'));
    const repeated = [
      '申请人情况法人或其他组织社会公益组织\t',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t',
      '自然人\t',
      '总计\t',
      '商业企业\t科研机构\t法律服务机构',
      '其他\t',
    ];
    const split = [...lines.slice(0, six), ...repeated, ...lines.slice(six)].join('\n');
    const { messages } = await lint(split, { format: 'text', now: NOW });
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line])).toEqual([
      ['table-structure', 'collapsedGroup', six + 1 + repeated.length],
    ]);
  });
});
