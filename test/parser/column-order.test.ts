/**
 * A column header naming the columns in another order than the template's (red team rtH A8, A9): a scan's columns
 * as OCR gave them, or an editor's table with 总计 first. A grid whose header names every column places each value
 * under its own; anything else is read by count only when the header's order is the template's, else the table
 * (table 二: block (一)) is unread, said once: never 25 totals errors for a report whose figures all add up.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import type { LintMessage } from '../../src/engine/types.js';
import { writeReport } from '../rules/support/report.js';
import { APPLICATIONS, FLAT, SPEC, withLine } from '../rules/support/flat-report.js';
import { COLUMN_LABEL_LIST } from '../fuzz/template.js';

type Format = 'markdown' | 'text' | 'html';

async function run(text: string, format: Format) {
  const { messages } = await lint(text, { format });
  const { report } = await parseReport(text, { format });
  return { messages, report };
}

const errorsOf = (messages: readonly LintMessage[]) => messages.filter((m) => m.severity === 2);
const unreadable = (messages: readonly LintMessage[]) => messages.filter((m) => m.ruleId === 'unreadable-content');

const MARKDOWN = writeReport({ applications: APPLICATIONS }, 'markdown').text;
const ROWS = Object.keys(APPLICATIONS);

/** Table 三's lines (its header and its rows) with their value cells put in another order: `order` of indices 0–6. */
function reorderedMarkdown(order: readonly number[]): string {
  const lines = MARKDOWN.split('\n');
  const header = lines.findIndex((l) => l.includes('申请人情况'));
  expect(header).toBeGreaterThan(0);
  for (let i = header; i < lines.length && lines[i]!.startsWith('|'); i++) {
    if (/^\|\s*-/.test(lines[i]!)) continue;
    const cells = lines[i]!.slice(1, -1).split('|');
    const values = cells.slice(3);
    expect(values).toHaveLength(7);
    lines[i] = `|${[...cells.slice(0, 3), ...order.map((k) => values[k]!)].join('|')}|`;
  }
  return lines.join('\n');
}

/** The FLAT (OCR-like) text with table 三's header and rows in another order. */
function reorderedFlat(order: readonly number[]): string {
  let text = withLine('申请人情况 ', () => `申请人情况 ${order.map((k) => COLUMN_LABEL_LIST[k]!).join(' ')}`);
  for (const key of ROWS) {
    const values = APPLICATIONS[key]!.map(String);
    const row = values.join(' ');
    text = text.replace(` ${row}\n`, ` ${order.map((k) => values[k]!).join(' ')}\n`);
  }
  return text;
}

/** The tab text (one header line, one row a line) with table 三's header cells and row values in another order. */
function reorderedTabs(order: readonly number[]): string {
  const lines = writeReport(SPEC, 'tabs').text.split('\n');
  const header = lines.findIndex((l) => l.startsWith('申请人情况'));
  expect(header).toBeGreaterThan(0);
  for (let i = header; i < header + 26; i++) {
    const cells = lines[i]!.split('\t');
    const values = cells.slice(-7);
    lines[i] = [...cells.slice(0, -7), ...order.map((k) => values[k]!)].join('\t');
  }
  return lines.join('\n');
}

const TOTAL_FIRST = [6, 0, 1, 2, 3, 4, 5];
const NATURAL_LAST = [1, 2, 3, 4, 5, 0, 6];

describe('table 三 with its columns in another order', () => {
  it.each([
    ['总计 first', TOTAL_FIRST],
    ['自然人 after 其他', NATURAL_LAST],
  ])(
    'a grid whose header names every column (%s) is read by its header: no error, every value its column’s',
    async (_, order) => {
      const { messages, report } = await run(reorderedMarkdown(order), 'markdown');
      expect(errorsOf(messages)).toEqual([]);
      expect(unreadable(messages)).toEqual([]);
      const table = findTable(report, 'applications')!;
      for (const key of ROWS)
        expect(table.children.find((r) => r.key === key)?.children.map((c) => c.value)).toEqual(APPLICATIONS[key]);
    },
  );

  it('a flattened table (OCR text) whose header names 总计 first is unread, said once: never a totals error', async () => {
    const { messages, report } = await run(reorderedFlat(TOTAL_FIRST), 'text');
    expect(errorsOf(messages)).toEqual([]);
    expect(unreadable(messages)).toHaveLength(1);
    expect(unreadable(messages)[0]!.message).toContain('表头各列的顺序与格式不同');
    expect(findTable(report, 'applications')?.children ?? []).toEqual([]);
    expect(report.reading.tables.applications).toMatchObject({ status: 'unreadable', reason: { id: 'tableColumnOrder' } });
  });

  it('tab text in the template’s order is read, every value its column’s', async () => {
    const { messages, report } = await run(reorderedTabs([0, 1, 2, 3, 4, 5, 6]), 'text');
    expect(errorsOf(messages)).toEqual([]);
    expect(unreadable(messages)).toEqual([]);
    const table = findTable(report, 'applications')!;
    for (const key of ROWS)
      expect(table.children.find((r) => r.key === key)?.children.map((c) => c.value)).toEqual(APPLICATIONS[key]);
  });

  it('the template’s order, and a sentence of the section naming 总计 before 自然人, read as before', async () => {
    const said = withLine('三、收到和处理政府信息公开申请情况', (l) => `${l}\n总计收到申请8313件，其中自然人提出1333件。`);
    // The template's two header lines run into one (a crawl's text): 总计 of the upper line before the kinds.
    const joined = withLine(
      '申请人情况 ',
      () => '申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他',
    );
    for (const text of [FLAT, said, joined]) {
      const { messages, report } = await run(text, 'text');
      expect(errorsOf(messages)).toEqual([]);
      expect(findTable(report, 'applications')!.children).toHaveLength(25);
    }
  });
});

/**
 * Tab text whose one header line names table 三's columns in another order (rtN F1, F4): 总计 right after 自然人, 自然人
 * after the kinds, 其他 before 法律服务机构. Read by count, every row was a column off (25 false totals errors, a false
 * carry-over error, 50 to 150 cells silently swapped). A header line whose cells stand one to one over a row's cells
 * places its values; a header over two lines, or a row a cell long, is not read by count.
 */
describe('table 三 in tab text whose header cells name the columns in another order (rtN F1, F4)', () => {
  const TOTAL_SECOND = [0, 6, 1, 2, 3, 4, 5];
  const OTHER_BEFORE_LEGAL = [0, 1, 2, 3, 5, 4, 6];

  it.each([
    ['总计 second', TOTAL_SECOND],
    ['总计 first', TOTAL_FIRST],
    ['自然人 after 其他', NATURAL_LAST],
    ['其他 before 法律服务机构', OTHER_BEFORE_LEGAL],
  ])('one header line (%s) is read by its cells: every value its column’s, no error', async (_, order) => {
    const { messages, report } = await run(reorderedTabs(order), 'text');
    expect(errorsOf(messages)).toEqual([]);
    expect(messages.filter((m) => m.ruleId === 'application-totals' || m.ruleId === 'carry-over')).toEqual([]);
    expect(unreadable(messages)).toEqual([]);
    const table = findTable(report, 'applications')!;
    expect(table.unreadableRows).toEqual([]);
    for (const key of ROWS)
      expect(table.children.find((r) => r.key === key)?.children.map((c) => c.value)).toEqual(APPLICATIONS[key]);
  });

  it('a row one cell longer than the header line is not read by count: that row alone unread', async () => {
    const text = reorderedTabs(TOTAL_SECOND).replace(/^(二、上年结转[^\n]*)$/m, '$1\t');
    const { messages, report } = await run(text, 'text');
    expect(errorsOf(messages)).toEqual([]);
    const table = findTable(report, 'applications')!;
    expect(table.unreadableRows.map((r) => [r.key, r.reason])).toEqual([['carried', 'columnOrder']]);
    expect(table.children.find((r) => r.key === 'new')?.children.map((c) => c.value)).toEqual(APPLICATIONS.new);
  });

  it('a header line one cell wider at the left, over rows with a blank first value and a trailing tab, is no one-to-one header: unread, never rotated (review10 F1)', async () => {
    // 序号 ⇥ 项目 ⇥ ⇥ 商业企业 … ⇥ 自然人 ⇥ 总计 over label ⇥ ⇥ ⇥ (商业企业 blank) ⇥ 科研机构 … ⇥ 总计 ⇥: by the header every
    // value went one column right (自然人 read as 其他, the 总计 column blank throughout: a false warning).
    const lines = reorderedTabs(NATURAL_LAST).split('\n');
    const header = lines.findIndex((l) => l.startsWith('申请人情况'));
    const cells = lines[header]!.split('\t');
    lines[header] = [...cells.slice(0, -7), '', ...cells.slice(-7)].join('\t');
    for (let i = header + 1; i < header + 26; i++) {
      const row = lines[i]!.split('\t');
      const values = row.slice(-7);
      // 商业企业 (first here) blank in every row, and taken out of the row's total: a correct table.
      const total = Number(values[6]) - Number(values[0]);
      lines[i] = [...row.slice(0, -7), '', ...values.slice(1, 6), String(total), ''].join('\t');
    }
    const { messages, report } = await run(lines.join('\n'), 'text');
    expect(errorsOf(messages)).toEqual([]);
    expect(messages.filter((m) => m.ruleId === 'numeric-cells')).toEqual([]);
    expect(unreadable(messages)).toHaveLength(1);
    expect(findTable(report, 'applications')?.children ?? []).toEqual([]);
    expect(report.reading.tables.applications).toMatchObject({ status: 'unreadable', reason: { id: 'tableColumnOrder' } });
  });

  it('a row of the one-line header’s table with its 总计 blank is not read by the header (it fits one cell to the left too), the others are', async () => {
    const lines = reorderedTabs(NATURAL_LAST).split('\n');
    const at = lines.findIndex((l) => l.startsWith('二、上年结转'));
    lines[at] = lines[at]!.replace(/\t[0-9]+$/, '\t');
    const { messages, report } = await run(lines.join('\n'), 'text');
    expect(errorsOf(messages)).toEqual([]);
    const table = findTable(report, 'applications')!;
    expect(table.unreadableRows.map((r) => [r.key, r.reason])).toEqual([['carried', 'columnOrder']]);
    expect(table.children.find((r) => r.key === 'new')?.children.map((c) => c.value)).toEqual(APPLICATIONS.new);
  });

  it.each([
    [
      '自然人 after the kinds',
      ['法人或其他组织', '法人或其他组织', '法人或其他组织', '法人或其他组织', '法人或其他组织', '自然人', '总计'],
      ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '', ''],
      NATURAL_LAST,
    ],
    [
      '其他 before 法律服务机构',
      ['自然人', '法人或其他组织', '法人或其他组织', '法人或其他组织', '法人或其他组织', '法人或其他组织', '总计'],
      ['', '商业企业', '科研机构', '社会公益组织', '其他', '法律服务机构', ''],
      OTHER_BEFORE_LEGAL,
    ],
  ])('a header over two lines (%s) is unread, said once: never read by count, never an error', async (_, upper, lower, order) => {
    const lines = reorderedTabs(order).split('\n');
    const header = lines.findIndex((l) => l.startsWith('申请人情况'));
    const prefix = lines[header]!.split('\t').slice(0, -7);
    lines.splice(header, 1, [...prefix, ...upper].join('\t'), [...prefix.map(() => ''), ...lower].join('\t'));
    const { messages, report } = await run(lines.join('\n'), 'text');
    expect(errorsOf(messages)).toEqual([]);
    expect(unreadable(messages)).toHaveLength(1);
    expect(findTable(report, 'applications')?.children ?? []).toEqual([]);
    expect(report.reading.tables.applications).toMatchObject({ status: 'unreadable', reason: { id: 'tableColumnOrder' } });
  });
});

/** The seed-like tab report, its year and table 三's 26 lines (header included) at `header`. */
function tabReport(): { lines: string[]; year: number; header: number; table: string[] } {
  const lines = writeReport(SPEC, 'tabs').text.split('\n');
  const year = Number(/(20[0-9]{2})年/.exec(lines.find((l) => l.includes('年度报告'))!)![1]);
  const header = lines.findIndex((l) => l.startsWith('申请人情况'));
  return { lines, year, header, table: lines.slice(header, header + 26) };
}

/** A table's tab lines with every figure `k` times itself (another year's table, its identities still true). */
const scaled = (table: readonly string[], k: number): string[] =>
  table.map((l) => l.replace(/(^|\t)([0-9]+)(?=\t|$)/g, (_, tab: string, n: string) => `${tab}${k * Number(n)}`));

describe('table 二 printed twice, last year’s first (review10 F6)', () => {
  /** The tab text with table 二 printed twice: the first (its counts tripled) under `before`, the second under `after`. */
  function twice(before: string, after: string): string {
    const lines = writeReport(SPEC, 'tabs').text.split('\n');
    const from = lines.findIndex((l) => l.startsWith('第二十条第（一）项'));
    const to = lines.findIndex((l) => l.startsWith('三、收到'));
    const table = lines.slice(from, to);
    const tripled = scaled(table, 3);
    expect(tripled).not.toEqual(table);
    lines.splice(from, to - from, before, '', ...tripled, '', after, '', ...table);
    return lines.join('\n');
  }
  const counts = (report: Awaited<ReturnType<typeof run>>['report']) =>
    findTable(report, 'active')?.children.map((r) => [r.key, r.children.map((c) => c.value)]);

  it('上年度情况 before 本年度情况: neither read, said once, nothing accused', async () => {
    const { messages, report } = await run(twice('上年度情况', '本年度情况'), 'text');
    expect(counts(report)).toBeUndefined();
    expect(report.reading.tables.active).toMatchObject({ status: 'unreadable', reason: { id: 'tableOtherYear' } });
    expect(errorsOf(messages)).toEqual([]);
    expect(unreadable(messages)).toHaveLength(1);
  });

  it('本年度情况 before 上年度情况: the first, this year’s, read as before', async () => {
    const { report } = await run(twice('本年度情况', '上年度情况'), 'text');
    expect(counts(report)?.find(([key]) => key === 'regulations')).toEqual(['regulations', [6, 3, 45]]);
  });
});

describe('table 二 with a garbled or reordered header', () => {
  const regulations = (report: Awaited<ReturnType<typeof run>>['report']) =>
    findTable(report, 'active')
      ?.children.find((r) => r.key === 'regulations')
      ?.children.map((c) => c.value);

  it.each([
    ['markdown', MARKDOWN],
    ['text', FLAT],
  ] as const)(
    '本年废止件数 before 本年制发件数 (%s): block (一) unread, no error, the other blocks read',
    async (format, text) => {
      const swapped = text
        .replace('本年制发件数 | 本年废止件数', '本年废止件数 | 本年制发件数')
        .replace('本年制发件数 本年废止件数', '本年废止件数 本年制发件数');
      expect(swapped).not.toEqual(text);
      const { messages, report } = await run(swapped, format);
      expect(errorsOf(messages)).toEqual([]);
      const table = findTable(report, 'active')!;
      expect(table.unreadableRows.map((r) => [r.key, r.reason])).toEqual([
        ['regulations', 'columnOrder'],
        ['normativeDocuments', 'columnOrder'],
      ]);
      expect(table.children.map((r) => r.key)).toEqual(['licensing', 'punishment', 'coercion', 'fees']);
      expect(unreadable(messages)).toHaveLength(1);
    },
  );

  it.each([
    ['markdown', MARKDOWN],
    ['text', FLAT],
  ] as const)(
    'a column word OCR misread (本年制友件数, %s): the rows are read, the column is not missing',
    async (format, text) => {
      const garbled = text.replace('本年制发件数', '本年制友件数');
      const { messages, report } = await run(garbled, format);
      expect(errorsOf(messages)).toEqual([]);
      expect(findTable(report, 'active')!.missingColumns).toEqual([]);
      expect(regulations(report)).toEqual([2, 1, 15]);
    },
  );
});

/**
 * Table 四 departing from the template (red team rtN F2, F3, F8, F8b): transposed, 总计 first, 尚未审结 before 其他结果,
 * the 行政诉讼 groups first (in one table or two). Read in the template's order by count, each gave the group
 * identity false errors or swapped figures silently; a header whose cells stand one to one over the values places
 * them (tab rows, GFM, HTML), and text whose header cannot place them leaves the table unread, said once.
 */
describe('table 四 with its groups or columns in another order', () => {
  const BASE = writeReport({ noTable: ['review'] }, 'markdown').text;
  const HEADING = '## 四、政府信息公开行政复议、行政诉讼情况';
  const withReview = (table: string): string => BASE.replace(`${HEADING}\n`, `${HEADING}\n\n${table}\n`);
  const tabs = (lines: string[][]): string => lines.map((l) => l.join('\t')).join('\n');
  const pipes = (lines: string[][]): string =>
    lines.map((l, i) => `| ${l.join(' | ')} |${i === 0 ? `\n|${l.map(() => ' --- |').join('')}` : ''}`).join('\n');
  const spaces = (lines: string[][]): string => lines.map((l) => l.filter((c) => c !== '').join('  ')).join('\n');
  const R = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const EXPECTED = { review: [2, 3, 4, 5, 14], litigation: [6, 7, 8, 9, 30], litigationAfterReview: [10, 11, 12, 13, 46] };
  const blanks = (n: number): string[] => Array<string>(n).fill('');
  const values = (order: readonly number[], groups: ReadonlyArray<keyof typeof EXPECTED>): string[] =>
    groups.flatMap((g) => order.map((k) => String(EXPECTED[g][k])));

  const TRANSPOSED = [
    ['项目', '行政复议', '行政诉讼（未经复议直接起诉）', '行政诉讼（复议后起诉）'],
    ...R.map((w, k) => [
      w,
      String(EXPECTED.review[k]),
      String(EXPECTED.litigation[k]),
      String(EXPECTED.litigationAfterReview[k]),
    ]),
  ];
  /** Table 四's two group lines in the template's order. */
  const GROUPS = [
    ['行政复议', ...blanks(4), '行政诉讼', ...blanks(9)],
    [...blanks(5), '未经复议直接起诉', ...blanks(4), '复议后起诉', ...blanks(4)],
  ];
  /** Last year's figures (distinct from this year's), in the template's order. */
  const LAST_YEAR_VALUES = ['1', '2', '3', '9', '15', '4', '5', '6', '7', '22', '8', '10', '11', '12', '41'];
  const TOTAL_FIRST_ORDER = [4, 0, 1, 2, 3];
  const TOTAL_FIRST = [
    ...GROUPS,
    [0, 1, 2].flatMap(() => TOTAL_FIRST_ORDER.map((k) => R[k]!)),
    values(TOTAL_FIRST_ORDER, ['review', 'litigation', 'litigationAfterReview']),
  ];
  const PENDING_FIRST_ORDER = [0, 1, 3, 2, 4];
  const PENDING_FIRST = [
    ...GROUPS,
    [0, 1, 2].flatMap(() => PENDING_FIRST_ORDER.map((k) => R[k]!)),
    values(PENDING_FIRST_ORDER, ['review', 'litigation', 'litigationAfterReview']),
  ];
  const IN_ORDER = [0, 1, 2, 3, 4];
  const LITIGATION_FIRST = [
    ['行政诉讼', ...blanks(9), '行政复议', ...blanks(4)],
    ['未经复议直接起诉', ...blanks(4), '复议后起诉', ...blanks(9)],
    [0, 1, 2].flatMap(() => R),
    values(IN_ORDER, ['litigation', 'litigationAfterReview', 'review']),
  ];
  const LITIGATION_TABLE = [
    ['行政诉讼', ...blanks(9)],
    ['未经复议直接起诉', ...blanks(4), '复议后起诉', ...blanks(4)],
    [0, 1].flatMap(() => R),
    values(IN_ORDER, ['litigation', 'litigationAfterReview']),
  ];
  const REVIEW_TABLE = [['行政复议', ...blanks(4)], R, values(IN_ORDER, ['review'])];
  const TWO_TABLES = (write: (l: string[][]) => string): string =>
    `（一）行政诉讼情况\n\n${write(LITIGATION_TABLE)}\n\n（二）行政复议情况\n\n${write(REVIEW_TABLE)}`;

  const reviewOf = (report: Awaited<ReturnType<typeof run>>['report']): Record<string, unknown> =>
    Object.fromEntries<unknown>(
      (findTable(report, 'review')?.children ?? []).map((r) => [r.key ?? r.label, r.children.map((c) => c.value)]),
    );

  it.each([
    ['transposed, tab rows', tabs(TRANSPOSED)],
    ['transposed, GFM', pipes(TRANSPOSED)],
    ['总计 first, tab rows', tabs(TOTAL_FIRST)],
    ['总计 first, GFM', pipes(TOTAL_FIRST)],
    ['尚未审结 before 其他结果, tab rows', tabs(PENDING_FIRST)],
    ['尚未审结 before 其他结果, GFM', pipes(PENDING_FIRST)],
    ['行政诉讼 first, tab rows', tabs(LITIGATION_FIRST)],
    ['行政诉讼 first, GFM', pipes(LITIGATION_FIRST)],
    ['行政诉讼 first, two captioned tables of tab rows', TWO_TABLES(tabs)],
    ['行政诉讼 first, two captioned GFM tables', TWO_TABLES(pipes)],
  ])('%s: read by the header, every group adds up', async (_, table) => {
    const { messages, report } = await run(withReview(table), 'markdown');
    expect(reviewOf(report)).toEqual(EXPECTED);
    expect(messages.filter((m) => m.ruleId === 'review-litigation-totals' || m.ruleId === 'unreadable-content')).toEqual([]);
    expect(errorsOf(messages)).toEqual([]);
  });

  it.each([
    ['transposed', spaces(TRANSPOSED)],
    ['总计 first', spaces(TOTAL_FIRST)],
    ['尚未审结 before 其他结果', spaces(PENDING_FIRST)],
    ['行政诉讼 first', spaces(LITIGATION_FIRST)],
    ['行政诉讼 first, two captioned tables', TWO_TABLES(spaces)],
  ])('%s, text whose header places no value: unread, said once, nothing accused', async (_, table) => {
    const text = withReview(table);
    const { messages, report } = await run(text, 'text');
    expect(findTable(report, 'review')?.children ?? []).toEqual([]);
    expect(errorsOf(messages)).toEqual([]);
    const said = messages.filter((m) => m.ruleId === 'unreadable-content' && m.message.includes('表四'));
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain('表头各列的顺序与格式不同');
    // Said where the table stands, in section 四.
    const lines = text.split('\n');
    expect(said[0]!.line).toBeGreaterThan(lines.indexOf(HEADING) + 1);
    expect(said[0]!.line).toBeLessThan(lines.findIndex((l) => l.startsWith('## 五、')) + 1);
    expect(messages.filter((m) => m.ruleId === 'review-litigation-totals' || m.ruleId === 'narrative-consistency')).toEqual([]);
  });

  it.each([
    ['（上年）', '2022年度情况（上年）', '2023年度情况'],
    ['an earlier year', '2022年情况', '2023年情况'],
    ['for comparison (review10 F9)', '上年度情况（供对比）', '本年度情况'],
    ['for comparison, 同比 in brackets (review10 F6)', '上年度数据（供同比）', '本年度数据'],
    ['上年情况, this year’s without a caption (review10 F6)', '上年情况', ''],
  ])('last year’s table first, captioned %s (rtN F5): neither read, said once, nothing accused', async (_, before, after) => {
    const header = [...GROUPS, [0, 1, 2].flatMap(() => R)];
    const lastYear = LAST_YEAR_VALUES;
    const table = `${before}\n\n${tabs([...header, lastYear])}\n\n${after}\n\n${tabs([...header, values(IN_ORDER, ['review', 'litigation', 'litigationAfterReview'])])}`;
    const { messages, report } = await run(withReview(table), 'markdown');
    expect(findTable(report, 'review')?.children ?? []).toEqual([]);
    expect(errorsOf(messages)).toEqual([]);
    const said = messages.filter((m) => m.ruleId === 'unreadable-content' && m.message.includes('表四'));
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain('往年');
    expect(messages.filter((m) => m.ruleId === 'narrative-consistency' || m.ruleId === 'review-litigation-totals')).toEqual([]);
  });

  it('a sentence comparing with 上年 before this year’s table is no caption of last year’s (review9 F4)', async () => {
    const header = [...GROUPS, [0, 1, 2].flatMap(() => R)];
    const summary = ['21', '22', '23', '24', '90', '25', '26', '27', '28', '106', '29', '31', '32', '33', '125'];
    const table = `与上年相比，本年度行政复议案件有所增加，具体情况如下：\n\n${tabs([...header, values(IN_ORDER, ['review', 'litigation', 'litigationAfterReview'])])}\n\n全区汇总情况如下：\n\n${tabs([...header, summary])}`;
    const { report } = await run(withReview(table), 'markdown');
    expect(reviewOf(report)).toEqual(EXPECTED);
  });

  it('this year’s table first under a caption comparing it with 上年, last year’s after it: this year’s read (review11 G4)', async () => {
    const header = [...GROUPS, [0, 1, 2].flatMap(() => R)];
    const table = `2023年度情况（与上年对比）\n\n${tabs([...header, values(IN_ORDER, ['review', 'litigation', 'litigationAfterReview'])])}\n\n2022年度情况\n\n${tabs([...header, LAST_YEAR_VALUES])}`;
    const { messages, report } = await run(withReview(table), 'markdown');
    expect(reviewOf(report)).toEqual(EXPECTED);
    expect(messages.filter((m) => m.ruleId === 'unreadable-content' && m.message.includes('往年'))).toEqual([]);
  });

  it('this year’s table first, last year’s after it: this year’s read, as before', async () => {
    const header = [...GROUPS, [0, 1, 2].flatMap(() => R)];
    const lastYear = LAST_YEAR_VALUES;
    const table = `2023年度情况\n\n${tabs([...header, values(IN_ORDER, ['review', 'litigation', 'litigationAfterReview'])])}\n\n2022年度情况（上年）\n\n${tabs([...header, lastYear])}`;
    const { report } = await run(withReview(table), 'markdown');
    expect(reviewOf(report)).toEqual(EXPECTED);
  });

  it.each([
    ['tab rows', tabs],
    ['text', spaces],
  ])('in the template order (%s): read as before', async (_, write) => {
    const table = write([
      ...GROUPS,
      [0, 1, 2].flatMap(() => R),
      values(IN_ORDER, ['review', 'litigation', 'litigationAfterReview']),
    ]);
    const { messages, report } = await run(withReview(table), write === tabs ? 'markdown' : 'text');
    expect(reviewOf(report)).toEqual(EXPECTED);
    expect(errorsOf(messages)).toEqual([]);
  });
});

/** The tab text with table 三's header cells and each row's seven values made `change`'s (fewer or more of them). */
function tabsWith(change: (seven: readonly string[], row: number) => string[]): string {
  const lines = writeReport(SPEC, 'tabs').text.split('\n');
  const header = lines.findIndex((l) => l.startsWith('申请人情况'));
  expect(header).toBeGreaterThan(0);
  for (let i = header; i < header + 26; i++) {
    const cells = lines[i]!.split('\t');
    lines[i] = [...cells.slice(0, -7), ...change(cells.slice(-7), i - header)].join('\t');
  }
  return lines.join('\n');
}

/** The same report as a saved page: each run of tab lines one table, its cells each a cell, blank ones kept. */
function asHtml(tabs: string): string {
  const out: string[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length > 0) out.push(`<table border="1">${rows.join('')}</table>`);
    rows = [];
  };
  for (const line of tabs.split('\n')) {
    if (line.includes('\t'))
      rows.push(
        `<tr>${line
          .split('\t')
          .map((c) => `<td>${c}</td>`)
          .join('')}</tr>`,
      );
    else {
      flush();
      if (line.trim()) out.push(line.startsWith('#') ? `<h2>${line.replace(/^#+\s*/, '')}</h2>` : `<p>${line}</p>`);
    }
  }
  flush();
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>${out.join('\n')}</body></html>`;
}

describe('table 三 without the column 其他, or with 法人或其他组织 as one column (rtN F6, F7)', () => {
  const total = (seven: readonly string[], without: readonly number[]) =>
    String(Number(seven[6]) - without.reduce((n, k) => n + (Number(seven[k]) || 0), 0));
  // Without 其他: its value gone, each row's 总计 the five kinds' and 自然人's sum.
  const noOther = (seven: readonly string[]) =>
    /^[0-9]+$/.test(seven[6]!) ? [...seven.slice(0, 5), total(seven, [5])] : [...seven.slice(0, 5), seven[6]!];
  const KEYS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'total'];
  const expectedNoOther = (key: string) => {
    const v = APPLICATIONS[key]!;
    return [...v.slice(0, 5), v[6]! - v[5]!];
  };

  it.each([
    ['tab text', 'text'],
    ['a saved page', 'html'],
  ] as const)('no 其他 (%s): 其他 missing, every other value its own column’s, no blank 自然人', async (_, format) => {
    const tabs = tabsWith(noOther);
    expect(tabs).toContain('法律服务机构\t总计');
    const text = format === 'html' ? asHtml(tabs) : tabs;
    const { messages } = await lint(text, { format });
    const { report } = await parseReport(text, { format });
    const table = findTable(report, 'applications')!;
    expect(table.columns).toEqual(KEYS);
    expect(table.missingColumns).toEqual(['other']);
    expect(table.unreadableRows).toEqual([]);
    for (const key of ROWS) {
      const row = table.children.find((r) => r.key === key)!;
      expect([key, row.children.map((c) => [c.key, c.value])]).toEqual([key, KEYS.map((k, i) => [k, expectedNoOther(key)[i]])]);
    }
    expect(errorsOf(messages).map((m) => [m.ruleId, m.message])).toEqual([
      ['table-structure', expect.stringContaining('「其他」列')],
    ]);
    expect(messages.filter((m) => m.ruleId === 'numeric-cells' || m.ruleId === 'unreadable-content')).toEqual([]);
  });

  it('no 其他, 自然人 of 一、本年新收 9 too many with its 总计: the balance error names 自然人’s column', async () => {
    const tabs = tabsWith(noOther).replace(
      /^(一、本年新收政府信息公开申请数量.*?\t)([0-9]+)((?:\t[0-9]+){4}\t)([0-9]+)$/m,
      (_, a, n, mid, t) => `${a}${Number(n) + 9}${mid}${Number(t) + 9}`,
    );
    const { messages } = await lint(asHtml(tabs), { format: 'html' });
    const balance = errorsOf(messages).filter((m) => m.ruleId === 'application-totals');
    expect(balance.map((m) => m.message)).toEqual([
      expect.stringContaining('表三「自然人」列'),
      expect.stringContaining('表三「总计」列'),
    ]);
  });

  it.each([
    ['tab text', 'text'],
    ['a saved page', 'html'],
  ] as const)('法人或其他组织 one column (%s): no value read under another column, nothing accused', async (_, format) => {
    const merged = (seven: readonly string[]) =>
      /^[0-9]+$/.test(seven[6]!)
        ? [seven[0]!, String(seven.slice(1, 6).reduce((n, v) => n + Number(v), 0)), seven[6]!]
        : ['自然人', '法人或其他组织', '总计'];
    const tabs = tabsWith(merged);
    const text = format === 'html' ? asHtml(tabs) : tabs;
    const { messages } = await lint(text, { format });
    const { report } = await parseReport(text, { format });
    const table = findTable(report, 'applications');
    expect(table?.children ?? []).toEqual([]);
    expect(errorsOf(messages)).toEqual([]);
    expect(messages.filter((m) => m.ruleId === 'numeric-cells')).toEqual([]);
    expect(unreadable(messages)).toHaveLength(1);
  });
});

/** A saved page's table 三 as the linter finds it and as the reader reads it. */
async function readGrid(html: string) {
  const { messages } = await lint(html, { format: 'html' });
  const { report } = await parseReport(html, { format: 'html' });
  return { messages, table: findTable(report, 'applications')! };
}

describe('table 三 with a 备注 column at its right (rtN F9)', () => {
  // 无, ／, — and blank in turn under 备注; 科研机构 of （三）1.属于国家秘密 5 too many, a real defect.
  const MARKS = ['无', '／', '—', ''];
  const remarks = (seven: readonly string[], row: number) => {
    const values = row === 5 ? [seven[0]!, seven[1]!, String(Number(seven[2]) + 5), ...seven.slice(3)] : [...seven];
    return [...values, row === 0 ? '备注' : MARKS[row % MARKS.length]!];
  };

  it('in a grid whose header names 备注, its marks are no values: every row read, the wrong cell named', async () => {
    const html = asHtml(tabsWith(remarks));
    expect(html).toContain('<td>备注</td>');
    const { messages, table } = await readGrid(html);
    expect(table.unreadableRows).toEqual([]);
    expect(table.children).toHaveLength(25);
    const v = APPLICATIONS['denied.1']!;
    expect(table.children.find((r) => r.key === 'denied.1')!.children.map((c) => c.value)).toEqual([
      v[0],
      v[1],
      v[2]! + 5,
      ...v.slice(3),
    ]);
    expect(table.children.find((r) => r.key === 'new')!.children.map((c) => c.value)).toEqual(APPLICATIONS.new);
    expect(errorsOf(messages).map((m) => [m.ruleId, m.message])).toEqual([
      ['application-totals', expect.stringContaining('「科研机构」列')],
    ]);
    expect(unreadable(messages)).toEqual([]);
  });
});

describe('table 三 with a 序号 column at its right (rtN F12b)', () => {
  const serial = (seven: readonly string[], row: number) => [...seven, row === 0 ? '序号' : String(row)];

  it('in a grid whose header names 序号 over the rows’ numbers 1, 2, 3 …: every row read, its number no value', async () => {
    const html = asHtml(tabsWith(serial));
    expect(html).toContain('<td>序号</td>');
    const { messages, table } = await readGrid(html);
    expect(table.unreadableRows).toEqual([]);
    for (const key of ROWS)
      expect(table.children.find((r) => r.key === key)?.children.map((c) => c.value)).toEqual(APPLICATIONS[key]);
    expect(errorsOf(messages)).toEqual([]);
    expect(unreadable(messages)).toEqual([]);
  });

  it('a column headed 序号 whose figures do not run 1, 2, 3 … is no 序号 column: its figures keep the rows unread', async () => {
    const html = asHtml(tabsWith((seven, row) => [...seven, row === 0 ? '序号' : String(row === 7 ? 70 : row)]));
    const { messages, report } = await run(html, 'html');
    expect(findTable(report, 'applications')?.children ?? []).toEqual([]);
    expect(errorsOf(messages)).toEqual([]);
    expect(unreadable(messages)).toHaveLength(1);
  });
});

describe('table 三 printed twice, last year’s for comparison first (rtN F5)', () => {
  /** The tab text with last year's table 三 (every figure doubled) and this year's, each under a caption of its year. */
  function withLastYearFirst(): { text: string; year: number } {
    const { lines, year, header, table } = tabReport();
    const doubled = scaled(table, 2);
    expect(doubled).not.toEqual(table);
    lines.splice(
      header,
      26,
      `${year - 1}年收到和处理政府信息公开申请情况（上年数据，供对比）`,
      ...doubled,
      '',
      `${year}年收到和处理政府信息公开申请情况`,
      ...table,
    );
    return { text: lines.join('\n'), year };
  }

  it.each([
    ['年1月至12月情况', (y: number) => `${y}年1月至12月情况`],
    ['年1-12月', (y: number) => `${y}年1-12月`],
  ])('captions naming the months of their years (%s): this year’s table read (review10 F8)', async (_, caption) => {
    const { lines, year, header, table } = tabReport();
    const doubled = scaled(table, 2);
    lines.splice(header, 26, caption(year - 1), ...doubled, '', caption(year), ...table);
    const { report } = await run(lines.join('\n'), 'text');
    const read = findTable(report, 'applications')!;
    for (const key of ROWS)
      expect(read.children.find((r) => r.key === key)?.children.map((c) => c.value)).toEqual(APPLICATIONS[key]);
  });

  /** The tab text with table 三 printed twice: last year's (every figure tripled) under `before`, this year's under `after`. */
  function twice(before: (year: number) => string, after: (year: number) => string): string {
    const { lines, year, header, table } = tabReport();
    const tripled = scaled(table, 3);
    const captioned = (caption: string): string[] => (caption ? [caption, ''] : []);
    lines.splice(header, 26, ...captioned(before(year)), ...tripled, '', ...captioned(after(year)), ...table);
    return lines.join('\n');
  }

  it.each([
    ['上年度情况 / 本年度情况', () => '上年度情况', () => '本年度情况'],
    ['上年情况 / no caption', () => '上年情况', () => ''],
    ['an earlier year / 本年度情况', (y: number) => `${y - 1}年度情况`, () => '本年度情况'],
    ['an earlier year / 本年度与上年对比', (y: number) => `${y - 1}年度情况`, () => '本年度与上年对比情况见下表'],
    ['a year not the report’s / 本年度情况', (y: number) => `${y + 1}年度情况`, () => '本年度情况'],
    ['上年度数据（供同比） / 本年度数据', () => '上年度数据（供同比）', () => '本年度数据'],
  ])(
    'last year’s table first under a caption without both years (%s): neither read, said once, nothing accused (review10 F6)',
    async (_, before, after) => {
      const { messages, report } = await run(twice(before, after), 'text');
      expect(findTable(report, 'applications')?.children ?? []).toEqual([]);
      expect(report.reading.tables.applications).toMatchObject({ status: 'unreadable', reason: { id: 'tableOtherYear' } });
      expect(errorsOf(messages)).toEqual([]);
      const said = messages.filter((m) => m.ruleId === 'unreadable-content' && m.message.includes('表三'));
      expect(said).toHaveLength(1);
      expect(said[0]!.message).toContain('往年');
    },
  );

  it.each([
    ['this year’s first, 上年度情况 after it', () => '本年度情况', () => '上年度情况'],
    ['the report’s year first, an earlier year after it', (y: number) => `${y}年度情况`, (y: number) => `${y - 1}年度情况`],
    // A note of when last year's figures were compiled names a later year: the caption is still last year's (review11 G3).
    [
      'the report’s year first, an earlier year noted as compiled next year',
      (y: number) => `${y}年度情况：`,
      (y: number) => `${y - 1}年度情况（供对比，${y + 1}年1月整理）：`,
    ],
    [
      'the report’s year first, an earlier year noted 补录',
      (y: number) => `${y}年度情况`,
      (y: number) => `${y - 1}年度情况（${y + 1}年1月补录）`,
    ],
    // The report's own year, then 本年度: both are this year's, the first read (review13 F7).
    ['the report’s year first, 本年度 after it', (y: number) => `${y}年度情况`, () => '本年度与上年对比情况见下表'],
  ])('%s: this year’s table read, as before', async (_, first, second) => {
    // `twice` puts the tripled table first: here it is this year's, the report's figures (tripled, consistent) read.
    const { report } = await run(twice(first, second), 'text');
    const read = findTable(report, 'applications')!;
    for (const key of ROWS)
      expect(read.children.find((r) => r.key === key)?.children.map((c) => c.value)).toEqual(
        APPLICATIONS[key]!.map((v) => 3 * v),
      );
  });

  it.each(['上年度情况', '2020年度情况', '本年度情况（与上年对比）'])(
    'one table 三 under any caption (%s) is read: a caption alone says nothing of another table',
    async (caption) => {
      const lines = writeReport(SPEC, 'tabs').text.split('\n');
      const header = lines.findIndex((l) => l.startsWith('申请人情况'));
      lines.splice(header, 0, caption, '');
      const { messages, report } = await run(lines.join('\n'), 'text');
      expect(unreadable(messages)).toEqual([]);
      const read = findTable(report, 'applications')!;
      for (const key of ROWS)
        expect(read.children.find((r) => r.key === key)?.children.map((c) => c.value)).toEqual(APPLICATIONS[key]);
    },
  );

  it('a second table whose caption names only the day it was compiled (next year) stays second (review9 F1)', async () => {
    const { lines, year, header, table } = tabReport();
    const tripled = scaled(table, 3);
    lines.splice(header + 26, 0, '', `全区汇总情况（${year + 1}年1月10日统计）`, ...tripled);
    lines.splice(header, 0, `${year}年收到和处理政府信息公开申请情况`);
    const { report } = await run(lines.join('\n'), 'text');
    const read = findTable(report, 'applications')!;
    for (const key of ROWS)
      expect(read.children.find((r) => r.key === key)?.children.map((c) => c.value)).toEqual(APPLICATIONS[key]);
  });

  it('the table captioned with the report’s year is read; last year’s is the duplicate, checked against nothing', async () => {
    const { text } = withLastYearFirst();
    const { messages, report } = await run(text, 'text');
    const table = findTable(report, 'applications')!;
    for (const key of ROWS)
      expect(table.children.find((r) => r.key === key)?.children.map((c) => c.value)).toEqual(APPLICATIONS[key]);
    // Last year's 2.申请人逾期未按收费通知… (doubled) against this year's notices was a false fee-notice error.
    expect(errorsOf(messages)).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toEqual(['table-structure']);
  });
});
