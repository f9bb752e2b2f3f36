/**
 * Year over year (国办公开办函〔2021〕30号 表三): this year's 二、上年结转 must equal last year's 四、结转下年度继续办理,
 * column by column. Runs only when the engine hands the rule last year's report of the same organ (`previousReports`:
 * every copy of it the run holds, and it accuses only when none of those read agrees; support/carry-compare.ts).
 */
import { applicationColumnLabel } from '../parser/data/applications.js';
import { yearContested } from '../parser/report-year.js';
import { carriedRow, compareCarryOver } from './support/carry-compare.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'carry-over',
    description: {
      zh: '本年“上年结转”须等于上一年度报告的“结转下年度继续办理”',
      en: 'Require carried-over applications to equal last year’s carried-forward ones',
    },
    category: 'table',
    basis: '国办公开办函〔2021〕30号 表三「二、上年结转政府信息公开申请数量」与「四、结转下年度继续办理」',
    defaultSeverity: 'error',
    recommended: true,
    needs: 'previousReport',
    // Not a defect of this report: last year's row could not be compared, which is said, never accused.
    severities: { unread: 'warn', uncertain: 'warn' },
    messages: {
      mismatch: {
        zh: '表三「{column}」列的上年结转为 {actual}，而 {previousYear} 年度报告的结转下年度继续办理为 {expected}',
        en: 'Table 3, column “{column}”: {actual} carried over, but the {previousYear} report carried {expected} forward',
      },
      mismatchIn: {
        zh: '表三「{column}」列的上年结转为 {actual}，而 {previousYear} 年度报告 {previousFile} 的结转下年度继续办理为 {expected}',
        en: 'Table 3, column “{column}”: {actual} carried over, but the {previousYear} report {previousFile} carried {expected} forward',
      },
      mismatchColumns: {
        zh: '表三上年结转有 {count} 列与 {previousYear} 年度报告的结转下年度继续办理不符：{details}',
        en: 'Table 3: the carried-over row differs from the {previousYear} report’s carried-forward row in {count} columns: {detailsEn}',
      },
      mismatchColumnsIn: {
        zh: '表三上年结转有 {count} 列与 {previousYear} 年度报告 {previousFile} 的结转下年度继续办理不符：{details}',
        en: 'Table 3: the carried-over row differs from the carried-forward row of the {previousYear} report {previousFile} in {count} columns: {detailsEn}',
      },
      cell: {
        zh: '「{column}」列：上年结转 {actual}，{previousYear} 年度报告的结转下年度继续办理 {expected}',
        en: 'Column “{column}”: {actual} carried over, {expected} carried forward in the {previousYear} report',
      },
      unread: {
        zh: '上年结转未核对：{previousYear} 年度报告{previousFiles}的结转下年度继续办理无法读取',
        en: 'Carried-over row not checked: the carried-forward row of the {previousYear} report{previousFiles} could not be read',
      },
      uncertain: {
        zh: '上年结转未核对：{previousYear} 年度报告有互不相同的几份{previousFiles}，与本年相符的一份未读全，无法判断哪份为准',
        en: 'Carried-over row not checked: the {previousYear} report comes in differing copies{previousFiles}, and the one agreeing with this year was not read in full',
      },
    },
    hints: {
      unread: {
        zh: '核对上一年度报告的“结转下年度继续办理”是否完整，或用 --previous 指明可读的一份',
        en: 'Check that last year’s carried-forward row is complete, or name a readable copy with --previous',
      },
      uncertain: {
        zh: '确认哪一份是上一年度报告的最终版本，或用 --previous 指明',
        en: 'Decide which copy is last year’s final report, or name it with --previous',
      },
      mismatch: {
        zh: '核对本年“上年结转”与上一年度报告“结转下年度继续办理”',
        en: 'Check this row against last year’s carried-forward row',
      },
      mismatchIn: {
        zh: '核对本年“上年结转”与上一年度报告“结转下年度继续办理”',
        en: 'Check this row against last year’s carried-forward row',
      },
      mismatchColumns: {
        zh: '核对本年“上年结转”与上一年度报告“结转下年度继续办理”',
        en: 'Check this row against last year’s carried-forward row',
      },
      mismatchColumnsIn: {
        zh: '核对本年“上年结转”与上一年度报告“结转下年度继续办理”',
        en: 'Check this row against last year’s carried-forward row',
      },
      cell: {
        zh: '核对这一格与上一年度报告“结转下年度继续办理”的同一列',
        en: 'Check this cell against the same column of last year’s carried-forward row',
      },
    },
  },
  check(report, context) {
    // Title and period naming different years: which year is "last year" cannot be told (report-year.ts).
    if (yearContested(report)) return;
    // Every copy of last year the engine has (an original and its 更正版, the HTML and the PDF of one report):
    // this year's figures are wrong only if they agree with none of those read. A copy that read none of the
    // row is no evidence either way: it no longer silences the rule (a crawled copy with a blank row hid a real
    // defect), and when no copy could be read, or the copies are versions that cannot be told apart, that is
    // said once, as a warning, instead of nothing.
    const found = compareCarryOver(report, context.previousReports ?? []);
    const row = carriedRow(report);
    if ((found.outcome === 'unread' || found.outcome === 'uncertain') && row) {
      context.report({
        node: row,
        messageId: found.outcome,
        data: {
          previousYear: report.year !== null ? report.year - 1 : '?',
          previousFiles: found.files.length ? `（${found.files.join('、')}）` : '',
        },
      });
      return;
    }
    if (found.outcome !== 'checked' || !found.against) return;
    const copy = found.against;
    const previousYear = copy.report.year ?? (report.year ?? 1) - 1;
    const columns = found.mismatches.map(({ column, now, then }) => ({
      column: applicationColumnLabel(column),
      actual: now.value!,
      expected: then.value!,
      node: now,
    }));
    const first = columns[0];
    if (!first) return;
    const file: Record<string, string> = copy.file ? { previousFile: copy.file } : {};
    // One finding for the row, as a linter reports one mismatch once: at the first differing cell, naming every
    // differing column with both years' figures (its "related" entries point at each cell).
    if (columns.length === 1) {
      context.report({
        node: first.node,
        messageId: copy.file ? 'mismatchIn' : 'mismatch',
        data: { column: first.column, actual: first.actual, expected: first.expected, previousYear, ...file },
        actual: first.actual,
        expected: first.expected,
      });
      return;
    }
    context.report({
      node: first.node,
      messageId: copy.file ? 'mismatchColumnsIn' : 'mismatchColumns',
      data: {
        count: columns.length,
        columns: columns.map((c) => c.column).join('、'),
        details: columns.map((c) => `「${c.column}」本年 ${c.actual}、上年 ${c.expected}`).join('；'),
        detailsEn: columns.map((c) => `“${c.column}” ${c.actual} (last year ${c.expected})`).join('; '),
        previousYear,
        ...file,
      },
      related: columns.map((c) => ({
        node: c.node,
        messageId: 'cell',
        data: { column: c.column, actual: c.actual, expected: c.expected, previousYear },
      })),
    });
  },
});
