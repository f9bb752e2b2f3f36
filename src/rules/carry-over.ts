/**
 * Year over year (国办公开办函〔2021〕30号 表三): this year's 二、上年结转 must equal last year's 四、结转下年度继续办理,
 * column by column. Runs only when the engine hands the rule last year's report of the same organ (`previousReports`:
 * every copy of it the run holds, and it accuses only when none agrees).
 */
import { APPLICATION_COLUMNS, applicationColumnLabel } from '../parser/data/applications.js';
import { findTable, getCell } from '../parser/query.js';
import type { CellNode, ReportRoot, TableNode } from '../parser/types.js';
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
    messages: {
      mismatch: {
        zh: '表三「{column}」列的上年结转为 {actual}，而 {previousYear} 年度报告的结转下年度继续办理为 {expected}',
        en: 'Table 3, column “{column}”: {actual} carried over, but the {previousYear} report carried {expected} forward',
      },
      mismatchIn: {
        zh: '表三「{column}」列的上年结转为 {actual}，而 {previousYear} 年度报告 {previousFile} 的结转下年度继续办理为 {expected}',
        en: 'Table 3, column “{column}”: {actual} carried over, but the {previousYear} report {previousFile} carried {expected} forward',
      },
    },
    hints: {
      mismatch: {
        zh: '核对本年“上年结转”与上一年度报告“结转下年度继续办理”',
        en: 'Check this row against last year’s carried-forward row',
      },
      mismatchIn: {
        zh: '核对本年“上年结转”与上一年度报告“结转下年度继续办理”',
        en: 'Check this row against last year’s carried-forward row',
      },
    },
  },
  check(report, context) {
    const table = findTable(report, 'applications');
    if (!table || table.template === '2019') return;
    // Every copy of last year the engine has (an original and its 更正版, the HTML and the PDF of one report):
    // this year's figures are wrong only if they agree with none. A copy that cannot be compared (no readable
    // row, another organ or year) may well be the one they agree with, so it silences the rule too.
    const copies = (context.previousReports ?? []).map((copy) => ({ copy, mismatches: mismatches(report, table, copy.report) }));
    if (!copies.length || copies.some((c) => c.mismatches.length === 0)) return;
    // The copy closest to this year's figures (the first in path order on a tie) is the one named.
    const { copy, mismatches: found } = copies.reduce((best, c) => (c.mismatches.length < best.mismatches.length ? c : best));
    for (const { column, now, then } of found) {
      const data = {
        column: applicationColumnLabel(column),
        actual: now.value!,
        expected: then.value!,
        previousYear: copy.report.year ?? (report.year ?? 1) - 1,
      };
      context.report({
        node: now,
        ...(copy.file
          ? { messageId: 'mismatchIn', data: { ...data, previousFile: copy.file } }
          : { messageId: 'mismatch', data }),
        actual: now.value!,
        expected: then.value!,
      });
    }
  },
});

interface Mismatch {
  column: string;
  now: CellNode;
  then: CellNode;
}

/** The columns where this year's carried-over count differs from one copy of last year's carried-forward one. */
function mismatches(report: ReportRoot, table: TableNode, previous: ReportRoot): Mismatch[] {
  // Only consecutive years of the same organ compare; a gap means the rows are about different things.
  if (report.year !== null && previous.year !== null && previous.year !== report.year - 1) return [];
  if (report.organ && previous.organ && report.organ !== previous.organ) return [];
  // A copy whose table was not read for certain (an OCR layer, a garbled text layer, text boxes read in the file's
  // order, not the page's: a PDF converted to Word) cannot be compared, so it silences the rule like a copy without the table.
  if (previous.reading?.ocrScan || previous.reading?.garbledText || previous.reading?.textBoxes) return [];
  const before = findTable(previous, 'applications');
  if (!before || before.template === '2019') return [];
  const out: Mismatch[] = [];
  for (const { key } of APPLICATION_COLUMNS) {
    const now = readable(table, 'carried', key);
    const then = readable(before, 'carryForward', key);
    if (now && then && now.value !== then.value) out.push({ column: key, now, then });
  }
  return out;
}

/** The cell when it holds a usable count (blank, text or unreadable rows are other rules' findings). */
function readable(table: TableNode, row: string, column: string): CellNode | undefined {
  if (table.unreadableRows.some((r) => r.key === row)) return undefined;
  const cell = getCell(table, row, column);
  return cell && cell.content === 'number' && cell.value !== null && !cell.decimal ? cell : undefined;
}
