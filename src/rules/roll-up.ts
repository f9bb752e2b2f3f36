/**
 * Roll-up (issue 23): a parent organ's table 三 总计 column and table 四 must equal the sum of its subordinates'
 * reports of the same year. A rule sees one report, so the engine hands it the subordinates' figures
 * (`context.subordinates`) when a run's configuration names a `hierarchy`; without one it is silent. One warning
 * lists the cells that differ, another the subordinates whose report is not in the run — and when one is
 * missing, nothing is added up: a partial sum would differ from the parent's in nearly every cell.
 */
import { APPLICATION_ROWS, applicationRowLabel } from '../parser/data/applications.js';
import { REVIEW_COLUMN_LABELS, REVIEW_GROUP_LABELS } from '../parser/data/review.js';
import { findTable } from '../parser/query.js';
import type { ReportRoot } from '../parser/types.js';
import { applicationTotals, reviewCells, type Figures } from './support/figures.js';
import { defineRule, type SubordinateFigures } from './types.js';

export default defineRule({
  meta: {
    id: 'roll-up',
    description: {
      zh: '上级机关报告的表三、表四须等于下级机关报告之和',
      en: 'Require a parent organ’s tables 3 and 4 to equal the sum of its subordinates’',
    },
    category: 'table',
    basis: '配置中的 hierarchy（上级机关 → 下级机关）：汇总报告的表三总计列、表四应等于各下级机关报告之和',
    defaultSeverity: 'warn',
    recommended: true,
    needs: 'subordinates',
    messages: {
      mismatch: {
        zh: '与下级机关报告之和不一致（{count} 处）：{cells}',
        en: 'Differs from the sum of the subordinate organs’ reports in {count} place(s): {cells_en}',
      },
      missing: {
        zh: '本次检查中没有下级机关 {organs} 的 {year} 年度报告，无法核对汇总数',
        en: 'No {year} report of {organs_en} in this run: the roll-up cannot be checked',
      },
    },
    hints: {
      mismatch: {
        zh: '核对汇总数，或核对下级机关报告中的相应数字',
        en: 'Check the parent’s figures, or the subordinates’ ones',
      },
      missing: {
        zh: '把下级机关的报告一并纳入检查，或修改配置中的 hierarchy',
        en: 'Lint the subordinates’ reports in the same run, or correct the hierarchy in the configuration',
      },
    },
  },
  check(report, context) {
    const subordinates = context.subordinates;
    if (!subordinates || report.year === null) return;
    const applications = findTable(report, 'applications');
    const review = findTable(report, 'review');
    if (subordinates.missing.length) {
      context.report({
        node: applications ?? report,
        messageId: 'missing',
        data: {
          organs: subordinates.missing.join('、'),
          organs_en: subordinates.missing.map((o) => `“${o}”`).join(', '),
          year: report.year,
        },
      });
      return;
    }
    const cells = differences(report, subordinates.reports);
    if (!cells.length || !cells[0]) return;
    context.report({
      node: (cells[0].table === 'applications' ? applications : review) ?? report,
      messageId: 'mismatch',
      data: {
        count: cells.length,
        cells: cells.map((c) => `${c.where} 为 ${c.actual}，下级之和为 ${c.expected}`).join('；'),
        cells_en: cells.map((c) => `${c.whereEn} is ${c.actual}, the subordinates sum to ${c.expected}`).join('; '),
      },
    });
  },
});

interface Difference {
  table: 'applications' | 'review';
  where: string;
  whereEn: string;
  actual: number;
  expected: number;
}

/** Cells where the parent's figure differs from its subordinates' sum; a cell unknown anywhere is skipped. */
function differences(report: ReportRoot, children: readonly SubordinateFigures[]): Difference[] {
  const parent: Record<Difference['table'], Figures | null> = {
    applications: applicationTotals(findTable(report, 'applications')),
    review: reviewCells(findTable(report, 'review')),
  };
  const out: Difference[] = [];
  const compare = (table: Difference['table'], key: string, where: string, whereEn: string): void => {
    const actual = parent[table]?.[key];
    const values = children.map((c) => c[table]?.[key]);
    if (typeof actual !== 'number' || values.some((v) => typeof v !== 'number')) return;
    const expected = (values as number[]).reduce((s, v) => s + v, 0);
    if (actual !== expected) out.push({ table, where, whereEn, actual, expected });
  };
  for (const { key } of APPLICATION_ROWS) {
    const label = applicationRowLabel(key);
    compare('applications', key, `表三「${label}」总计`, `table 3 “${label}” total`);
  }
  for (const [group, groupLabel] of Object.entries(REVIEW_GROUP_LABELS)) {
    for (const [column, columnLabel] of Object.entries(REVIEW_COLUMN_LABELS)) {
      compare('review', `${group}.${column}`, `表四「${groupLabel}」${columnLabel}`, `table 4 “${groupLabel}” “${columnLabel}”`);
    }
  }
  return out;
}
