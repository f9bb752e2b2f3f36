/** table-structure: tables 二, 三, 四 present with every row and column (rows that cannot be read are unreadable-content's). */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import rule from '../../src/rules/table-structure.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import { LAYOUTS, consistentApplications, formatOf, writeReport, type Layout } from './support/report.js';
import { SPEC } from './support/flat-report.js';
import { traitsReport } from '../helpers/pdf-traits.js';
import { TABLE3 } from '../helpers/pdf-report.js';
import { APPLICATIONS_HEADER, COLUMN_LABEL_LIST } from '../fuzz/template.js';

const format = formatOf;
const base = consistentApplications();
const T3 = '表三（收到和处理政府信息公开申请情况）';

const valid: RuleTestCase[] = [];
const invalid: InvalidRuleTestCase[] = [];

for (const layout of LAYOUTS) {
  valid.push({ name: `${layout}: all three tables complete`, text: writeReport({}, layout).text, format: format(layout) });

  const noReview = writeReport({ noTable: ['review'] }, layout);
  invalid.push({
    name: `${layout}: table 四 missing, reported at its section`,
    text: noReview.text,
    format: format(layout),
    errors: [
      {
        messageId: 'missingTable',
        line: noReview.lineOf('四、政府信息公开行政复议'),
        data: { table: '表四（政府信息公开行政复议、行政诉讼情况）' },
      },
    ],
  });

  const { 'denied.5': _dropped, 'rejected.2': _also, ...rows } = base;
  const lacking = writeReport({ applications: rows }, layout);
  invalid.push({
    name: `${layout}: two rows of table 三 missing`,
    text: lacking.text,
    format: format(layout),
    errors: [
      {
        messageId: 'missingRow',
        ...lacking.tableAt('applications'),
        data: { table: T3, row: '（三）不予公开5.属于三类内部事务信息' },
      },
      { messageId: 'missingRow', ...lacking.tableAt('applications'), data: { table: T3, row: '（五）不予处理2.重复申请' } },
    ],
  });
}

// The GFM table 三 without its 科研机构 column (header and every row).
const full = writeReport({}, 'markdown');
const from = full.tableAt('applications').line - 1;
const lines = full.text.split('\n');
for (let i = from; lines[i]?.startsWith('|'); i++)
  lines[i] = lines[i]!.split('|')
    .filter((_, n) => n !== 6)
    .join('|');
invalid.push({
  name: 'markdown: a column missing from table 三',
  text: lines.join('\n'),
  format: 'markdown',
  errors: [{ messageId: 'missingColumn', ...full.tableAt('applications'), data: { table: T3, column: '科研机构' } }],
});

// Only the first row of table 三: one finding lists the 24 missing rows. Sections 二 and 四 are absent
// altogether: required-sections reports them, and their tables are not reported a second time.
const stub =
  '# 某局2023年政府信息公开工作年度报告\n\n## 三、收到和处理政府信息公开申请情况\n\n| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| 一、本年新收政府信息公开申请数量 | 4 | 1 | 3 | 0 | 2 | 0 | 10 |\n';
invalid.push({
  name: 'markdown: most rows missing make one finding',
  text: stub,
  format: 'markdown',
  errors: [{ messageId: 'missingRows', line: 5, column: 1, data: { table: T3, count: 24 } }],
});

// A second table 四 (say, a district-wide summary) after the organ's own: a warning at the second one.
const single = writeReport({}, 'markdown');
const reviewTable = single.text.split('\n').filter((l, i) => i + 1 >= single.tableAt('review').line && l.startsWith('|'));
const problemsLine = single.lineOf('五、存在的主要问题');
const doubled = single.text.split('\n');
doubled.splice(problemsLine - 1, 0, '全区汇总情况如下：', '', ...reviewTable, '');
invalid.push({
  name: 'markdown: table 四 twice',
  text: doubled.join('\n'),
  format: 'markdown',
  errors: [
    {
      messageId: 'duplicateTable',
      severity: 'warn',
      line: problemsLine + 2,
      column: 1,
      data: { table: '表四（政府信息公开行政复议、行政诉讼情况）', nth: 2, firstLine: single.tableAt('review').line },
    },
  ],
});

// Table 四 three times (an evaluator's compilation repeats it): one finding per extra copy, each saying which
// copy it is, never "twice".
const tripled = single.text.split('\n');
tripled.splice(problemsLine - 1, 0, '全区汇总情况如下：', '', ...reviewTable, '', '全市汇总情况如下：', '', ...reviewTable, '');
const thirdLine = problemsLine + 2 + reviewTable.length + 3;
invalid.push({
  name: 'markdown: table 四 three times',
  text: tripled.join('\n'),
  format: 'markdown',
  errors: [2, 3].map((nth) => ({
    messageId: 'duplicateTable',
    severity: 'warn' as const,
    line: nth === 2 ? problemsLine + 2 : thirdLine,
    column: 1,
    data: { table: '表四（政府信息公开行政复议、行政诉讼情况）', nth, firstLine: single.tableAt('review').line },
  })),
});

testRule(rule, { valid, invalid });

describe('one defect, one finding', () => {
  it('a repeated table is worded for any number of copies, in both languages', async () => {
    const text = tripled.join('\n');
    for (const [lang, wording] of [
      ['zh', /^表四（政府信息公开行政复议、行政诉讼情况）重复出现（第 3 张，第一张在第 \d+ 行）；各项核对只针对第一张$/],
      [
        'en',
        /^table 4 \(administrative reconsideration and litigation\) appears again \(copy 3; the first is at line \d+\); the checks read only the first one$/,
      ],
    ] as const) {
      const messages = (await lint(text, { format: 'markdown', lang })).messages.filter((m) => m.messageId === 'duplicateTable');
      expect(messages).toHaveLength(2);
      expect(messages[1]!.message).toMatch(wording);
      expect(messages.map((m) => m.message).join()).not.toMatch(/两次|twice/);
    }
  });

  it('section 四 missing altogether: required-sections reports it once, table-structure not again', async () => {
    const text = writeReport({ sections: ['overview', 'active', 'applications', 'problems', 'other'] }, 'markdown').text;
    const result = await lint(text, { format: 'markdown' });
    expect(result.messages.filter((m) => m.severity === 2).map((m) => [m.ruleId, m.messageId])).toEqual([
      ['required-sections', 'missing'],
    ]);
  });
});

/**
 * Table 三's header as seed 000 prints it, over three rows: the identity note, 申请人情况 and 总计 (a blank cell after
 * it) above, 自然人 and 法人或其他组织, then the five kinds of organisation; the table one blank column wider than
 * its rows. Written in place of writeReport's one-row header, in the layout's own way.
 */
function withSeedHeader(text: string, layout: Layout): string {
  const [natural, business, research, nonprofit, legal, other, total] = COLUMN_LABEL_LIST;
  const { note, applicants, organisations } = APPLICATIONS_HEADER;
  const rows = [
    [note, '', '', applicants, '', '', '', '', '', total!, ''],
    ['', '', '', natural!, organisations, '', '', '', '', '', ''],
    ['', '', '', '', business!, research!, nonprofit!, legal!, other!, '', ''],
  ];
  const lines = text.split('\n');
  const written: Record<Layout, () => [number, number, string[]]> = {
    tabs: () => [lines.findIndex((l) => l.startsWith(`${applicants}\t`)), 1, rows.map((r) => r.join('\t'))],
    markdown: () => [
      lines.findIndex((l) => l.startsWith(`| ${applicants} |`)),
      2,
      rows.flatMap((r, n) => [`| ${r.join(' | ')} |`, ...(n === 0 ? [`|${' --- |'.repeat(r.length)}`] : [])]),
    ],
    html: () => [
      lines.findIndex((l) => l === `<td>${applicants}</td>`) - 1,
      COLUMN_LABEL_LIST.length + 5,
      rows.flatMap((r) => ['<tr>', ...r.map((c) => `<td>${c}</td>`), '</tr>']),
    ],
    lines: () => [
      lines.findIndex((l) => l === `\t${applicants}`),
      COLUMN_LABEL_LIST.length + 2,
      rows.flatMap((r) => [...r.filter((c) => c !== '').map((c) => `\t${c}`), '']),
    ],
  };
  const [at, count, header] = written[layout]();
  expect(at).toBeGreaterThan(0);
  lines.splice(at, count, ...header);
  return lines.join('\n');
}

describe("table 三 without its row （七）总计, under the header's 总计 column", () => {
  const { handled: _handled, ...withoutHandled } = SPEC.applications!;
  const found = async (text: string, layout: Layout) =>
    (await lint(text, { format: formatOf(layout), now: new Date('2025-06-30T00:00:00Z') })).messages.map((m) => [
      m.ruleId,
      m.messageId,
      m.data?.row,
    ]);
  for (const layout of LAYOUTS) {
    it(`${layout}: the row is missing, and the header's 总计 is no unreadable （七）总计`, async () => {
      const text = withSeedHeader(writeReport({ ...SPEC, applications: withoutHandled }, layout).text, layout);
      // The header's 总计 with a blank cell after it was taken for the row printed without its values.
      expect(await found(text, layout)).toEqual([['table-structure', 'missingRow', '（七）总计']]);
    });
    it(`${layout}: the whole table under that header is read, every row`, async () => {
      const text = withSeedHeader(writeReport(SPEC, layout).text, layout);
      expect(await found(text, layout)).toEqual([]);
    });
  }
});

describe("table 三's column header, however it is printed", () => {
  it('tabs: a header line run into the blank row below it (总计 without its ordinal) is that row, unreadable, never missing', async () => {
    const header = ['申请人情况', '', '', '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].join(
      '\t',
    );
    const { text } = writeReport({ year: 2023 }, 'tabs');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('（七）总计'));
    lines[at] = lines[at]!.replace('（七）总计', '总计').replace(/\t[\d\t]+$/, '\t'.repeat(8));
    lines.splice(at, 0, header);
    const { messages } = await lint(lines.join('\n'), { format: 'text', now: new Date('2025-06-30T00:00:00Z') });
    expect(messages.map((m) => [m.ruleId, m.messageId])).toEqual([['unreadable-content', 'rows']]);
  });

  it('tabs: a header wrapped over lines of its own, 其他 and 组织 last, is the table’s header (not a stray line)', async () => {
    const { text } = writeReport({ year: 2023 }, 'tabs');
    const lines = text.split('\n');
    // As a PDF prints a header whose cells wrapped (社会公益 ⏎ 组织): its last lines hold only column names.
    const header = (nonprofit: [string, string]): string[] => [
      `申请人情况法人或其他组织${nonprofit[0]}`,
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '自然人',
      '总计',
      '商业企业 科研机构 法律服务机构',
      '其他\t',
      `${nonprofit[1]}\t`,
    ];
    // Printed again after a page break, where 社会公益组织 wrapped elsewhere (社会公 ⏎ 益组织): only the first header
    // names 社会公益, and the walk back over it had stopped at 组织.
    lines.splice(
      lines.findIndex((l) => l.includes('3.要求提供公开出版物')),
      0,
      ...header(['社会公', '益组织']),
    );
    lines.splice(
      lines.findIndex((l) => l.startsWith('申请人情况')),
      1,
      ...header(['社会公益', '组织']),
    );
    const { messages } = await lint(lines.join('\n'), { format: 'text', now: new Date('2025-06-30T00:00:00Z') });
    expect(messages.map((m) => [m.ruleId, m.messageId])).toEqual([]);
  });

  it('tabs: 社会公益组织 wrapped between 公 and 益 still names its column (the only header, 社会公 ⏎ 益组织)', async () => {
    const { text } = writeReport({ year: 2023 }, 'tabs');
    const lines = text.split('\n');
    lines.splice(
      lines.findIndex((l) => l.startsWith('申请人情况')),
      1,
      '申请人情况法人或其他组织社会公',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      '自然人',
      '总计',
      '商业企业 科研机构 法律服务机构',
      '其他\t',
      '益组织\t',
    );
    const { messages } = await lint(lines.join('\n'), { format: 'text', now: new Date('2025-06-30T00:00:00Z') });
    expect(messages.map((m) => [m.ruleId, m.messageId])).toEqual([]);
  });

  it('tabs: 社会公开 in a note below is no half of 社会公益组织: a table without that column still lacks it', async () => {
    const { text } = writeReport({ year: 2023 }, 'tabs');
    const lines = text.split('\n');
    const head = lines.findIndex((l) => l.startsWith('申请人情况'));
    const end = lines.findIndex((l, k) => k > head && l.startsWith('四、结转'));
    for (let k = head; k <= end; k++) {
      const cells = lines[k]!.split('\t');
      if (k === head) lines[k] = cells.filter((c) => c !== '社会公益组织').join('\t');
      else if (cells.length >= 10) lines[k] = [...cells.slice(0, -4), ...cells.slice(-3)].join('\t');
    }
    // 社会公 counted as the first half of a wrapped 社会公 ⏎ 益组织: the column seemed named, every row read a
    // column off, and five false totals errors replaced the one missingColumn.
    lines.splice(end + 1, 0, '', '本年度共办结申请215件，结转下年度36件，上年结转27件，办理结果均已向社会公开。');
    const { messages } = await lint(lines.join('\n'), { format: 'text', now: new Date('2025-06-30T00:00:00Z') });
    expect(messages.filter((m) => m.severity === 2).map((m) => [m.ruleId, m.messageId])).toEqual([
      ['table-structure', 'missingColumn'],
    ]);
  });
});

describe('table 三 without its 总计 column, its row （七）总计 printed (rtAE 5)', () => {
  const noTotal = { ...SPEC, applicationsWithoutTotal: true };
  const SIX = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'];
  it("a PDF (hand-laid, table 三 broken by a page): the column is missing, once, every row's six figures read", async () => {
    const pdf = traitsReport(false, {}, {}, true);
    const { messages } = await lint(pdf, { format: 'pdf', now: new Date('2025-06-30T00:00:00Z') });
    expect(messages.map((m) => [m.ruleId, m.messageId, m.data?.column])).toEqual([['table-structure', 'missingColumn', '总计']]);
    const table = findTable((await parseReport(traitsReport(false, {}, {}, true), { format: 'pdf' })).report, 'applications')!;
    expect([table.columns, table.missingColumns, table.unreadableRows]).toEqual([SIX, ['total'], []]);
    for (const [key, values] of Object.entries(TABLE3)) {
      const row = table.children.find((r) => r.key === key);
      expect([key, row?.children.map((c) => [c.key, c.value])]).toEqual([key, SIX.map((k) => [k, values[k]])]);
    }
  });
  for (const layout of LAYOUTS) {
    it(`${layout}: the column is missing, once, and every row's six figures are read`, async () => {
      const written = writeReport(noTotal, layout);
      expect(written.text).toContain('（七）总计');
      const { messages } = await lint(written.text, { format: formatOf(layout), now: new Date('2025-06-30T00:00:00Z') });
      // The row's 总计 was taken for the column's header: seven columns expected, six figures a row, the table unread.
      expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.data?.column])).toEqual([
        [
          'table-structure',
          'missingColumn',
          written.tableAt('applications').line,
          written.tableAt('applications').column,
          '总计',
        ],
      ]);
      const table = findTable((await parseReport(written.text, { format: formatOf(layout) })).report, 'applications')!;
      expect(table.columns).toEqual(SIX);
      expect(table.missingColumns).toEqual(['total']);
      expect(table.unreadableRows).toEqual([]);
      for (const [key, values] of Object.entries(SPEC.applications!)) {
        const row = table.children.find((r) => r.key === key);
        expect([key, row?.children.map((c) => [c.key, c.value])]).toEqual([key, SIX.map((k, i) => [k, values[i]])]);
      }
    });
  }
});
