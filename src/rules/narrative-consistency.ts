/**
 * Figures stated in the text must agree with tables 三 and 四 (国办公开办函〔2021〕30号: the narrative of 一、总体情况
 * summarises the same figures). Only the organ's own figures compare: a sentence about a whole jurisdiction
 * (全市各级行政机关…) is left alone, and a disagreement is a warning, since the parser cannot be sure of the subject.
 */
import { findTable, getCell } from '../parser/query.js';
import type { CellNode, NarrativeFigure, ReportRoot } from '../parser/types.js';
import { defineRule } from './types.js';

type Kind = NarrativeFigure['kind'];
type MessageId = Kind | 'noApplications' | 'allHandledCarriedForward';

/** The table cells a figure is compared with (their sum). */
const CELLS: Readonly<Record<Kind, { table: 'applications' | 'review'; row: string; column: string }[]>> = {
  applicationsReceived: [{ table: 'applications', row: 'new', column: 'total' }],
  receivedWithCarried: [
    { table: 'applications', row: 'new', column: 'total' },
    { table: 'applications', row: 'carried', column: 'total' },
  ],
  carried: [{ table: 'applications', row: 'carried', column: 'total' }],
  carryForward: [{ table: 'applications', row: 'carryForward', column: 'total' }],
  handled: [{ table: 'applications', row: 'handled', column: 'total' }],
  reviewCases: [{ table: 'review', row: 'review', column: 'total' }],
  litigationCases: [
    { table: 'review', row: 'litigation', column: 'total' },
    { table: 'review', row: 'litigationAfterReview', column: 'total' },
  ],
};

// 'The text says 1 applications' read wrong (red team F8): the count is given as a number of the thing instead.
const said = (zh: string, en: string, zhCell: string, enCell: string) => ({
  zh: `文中称${zh} {stated} 件，而${zhCell}为 {actual}`,
  en: `The text gives {stated} as the number of ${en}, but ${enCell} is {actual}`,
});

export default defineRule({
  meta: {
    id: 'narrative-consistency',
    description: { zh: '正文中的数字须与表三、表四一致', en: 'Require figures stated in the text to agree with tables 3 and 4' },
    category: 'statement',
    basis: '国办公开办函〔2021〕30号 年度报告格式：一、总体情况的文字与表三、表四的数据',
    defaultSeverity: 'warn',
    recommended: true,
    messages: {
      applicationsReceived: said(
        '收到政府信息公开申请',
        'applications received',
        '表三「一、本年新收政府信息公开申请数量」总计',
        'table 3 “new applications” (total)',
      ),
      receivedWithCarried: said(
        '受理政府信息公开申请（含上年结转）',
        'applications received with those carried over',
        '表三「一、本年新收」与「二、上年结转」总计之和',
        'the sum of table 3 “new applications” and “carried over” (totals)',
      ),
      noApplications: {
        zh: '文中称未收到政府信息公开申请，而表三「一、本年新收政府信息公开申请数量」总计为 {actual}',
        en: 'The text says no application was received, but table 3 “new applications” (total) is {actual}',
      },
      carried: said(
        '上年结转',
        'applications carried over',
        '表三「二、上年结转政府信息公开申请数量」总计',
        'table 3 “carried over” (total)',
      ),
      carryForward: said(
        '结转下年度',
        'applications carried forward',
        '表三「四、结转下年度继续办理」总计',
        'table 3 “carried forward” (total)',
      ),
      handled: said('办结', 'applications handled', '表三「（七）总计」', 'table 3 “(7) total”'),
      reviewCases: said('行政复议', 'administrative reconsiderations', '表四「行政复议」总计', 'table 4 reconsideration total'),
      litigationCases: said(
        '行政诉讼',
        'lawsuits',
        '表四「行政诉讼」两组总计之和',
        'the sum of the two lawsuit totals of table 4',
      ),
      allHandledCarriedForward: {
        zh: '文中称申请均已办结，而表三「四、结转下年度继续办理」总计为 {actual}，即有 {actual} 件尚未办结',
        en: 'The text says every application was handled, but table 3 “carried forward” (total) is {actual}: {actual} are still open',
      },
    },
    hints: {
      applicationsReceived: {
        zh: '核对文字与表三，改正有误的一处',
        en: 'Check the sentence against table 3 and correct whichever is wrong',
      },
      receivedWithCarried: {
        zh: '核对文字与表三，改正有误的一处',
        en: 'Check the sentence against table 3 and correct whichever is wrong',
      },
      noApplications: { zh: '核对是否确实未收到申请', en: 'Check whether applications were really received' },
      carried: { zh: '核对文字与表三，改正有误的一处', en: 'Check the sentence against table 3 and correct whichever is wrong' },
      carryForward: {
        zh: '核对文字与表三，改正有误的一处',
        en: 'Check the sentence against table 3 and correct whichever is wrong',
      },
      handled: { zh: '核对文字与表三，改正有误的一处', en: 'Check the sentence against table 3 and correct whichever is wrong' },
      reviewCases: {
        zh: '核对文字与表四，改正有误的一处',
        en: 'Check the sentence against table 4 and correct whichever is wrong',
      },
      litigationCases: {
        zh: '核对文字与表四，改正有误的一处',
        en: 'Check the sentence against table 4 and correct whichever is wrong',
      },
      allHandledCarriedForward: {
        zh: '改为“除结转下年度继续办理的 N 件外，其余均已办结”，或核对表三',
        en: 'Say that all but the N carried forward were handled, or check table 3',
      },
    },
  },
  check(report, context) {
    for (const figure of report.figures) {
      if (figure.scope !== 'organ') continue;
      const cells = CELLS[figure.kind].map((c) => cellOf(report, c.table, c.row, c.column));
      if (cells.some((c) => c === undefined)) continue;
      const actual = (cells as CellNode[]).reduce((s, c) => s + (c.value ?? 0), 0);
      if (actual === figure.value) continue;
      const messageId: MessageId = figure.kind === 'applicationsReceived' && figure.value === 0 ? 'noApplications' : figure.kind;
      const where = (cells as CellNode[])
        .map((c) => c.location ?? '')
        .filter(Boolean)
        .join('、');
      context.report({
        node: figure,
        messageId,
        data: { stated: figure.value, actual, cell: where, sentence: figure.text },
        actual: figure.value,
        expected: actual,
      });
    }
    // "全部办结" while table 三 carries applications forward: one of the two is wrong.
    const carried = cellOf(report, 'applications', 'carryForward', 'total');
    const claim = report.claims.find((c) => c.kind === 'allHandled' && c.scope === 'organ');
    if (claim && carried && (carried.value ?? 0) > 0) {
      context.report({
        node: claim,
        messageId: 'allHandledCarriedForward',
        data: { actual: carried.value ?? 0, cell: carried.location ?? '', sentence: claim.text },
        actual: 0,
        expected: carried.value ?? 0,
      });
    }
  },
});

/** A readable number in the table, or undefined (missing, blank or unreadable cells are other rules' findings). */
function cellOf(report: ReportRoot, kind: 'applications' | 'review', row: string, column: string): CellNode | undefined {
  const table = findTable(report, kind);
  if (!table || table.template === '2019' || table.unreadableRows.some((r) => r.key === row)) return undefined;
  const cell = getCell(table, row, column);
  return cell && cell.content === 'number' && cell.value !== null && !cell.decimal ? cell : undefined;
}
