/**
 * Table 四 (国办公开办函〔2021〕30号 表四): in each of its three groups — 行政复议, 行政诉讼 未经复议直接起诉,
 * 复议后起诉 — 总计 must equal 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
 */
import { REVIEW_COLUMN_LABELS, REVIEW_GROUPS, REVIEW_GROUP_LABELS } from '../parser/data/review.js';
import { findTable, getCell, getRow } from '../parser/query.js';
import { uncheckableRows } from './support/application-identities.js';
import { defineRule } from './types.js';
import { listAddends, listBlanks, placeOf, readTerms, sumOf, type TermRef } from './support/terms.js';

const ADDENDS = ['upheld', 'corrected', 'other', 'pending'] as const;

const groupTotal = {
  zh: '表四「{group}」的总计为 {actual}，而结果维持 {upheld}、结果纠正 {corrected}、其他结果 {other}、尚未审结 {pending} 之和为 {expected}；总计应等于这四项之和',
  en: 'Table 4, “{group}”: the total is {actual}, but upheld {upheld} + corrected {corrected} + other {other} + pending {pending} = {expected}; the total must equal their sum',
};

export default defineRule({
  meta: {
    id: 'review-litigation-totals',
    description: {
      zh: '表四每组的总计须等于结果维持、结果纠正、其他结果与尚未审结之和',
      en: 'Require each group total of table 4 to equal upheld + corrected + other + pending',
    },
    category: 'table',
    basis: '国办公开办函〔2021〕30号 表四「政府信息公开行政复议、行政诉讼情况」',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      groupTotal,
      groupTotalBlank: {
        zh: `${groupTotal.zh}（空白的加数按 0 计：{blanks}）`,
        en: `${groupTotal.en} (blank addends counted as 0: {blanks_en})`,
      },
    },
    hints: {
      groupTotal: { zh: '重新合计这一组的四项结果', en: 'Add up the four results of this group again' },
      groupTotalBlank: { zh: '填写空白单元格，再重新合计这一组', en: 'Fill the blank cells, then add up this group again' },
    },
  },
  check(report, context) {
    const table = findTable(report, 'review');
    if (!table || table.template === '2019') return;
    const unreadable = uncheckableRows(table);
    for (const group of REVIEW_GROUPS) {
      if (unreadable.has(group)) continue;
      const ref = (column: string, side: 'left' | 'right'): TermRef => ({
        cell: getCell(table, group, column),
        label: REVIEW_COLUMN_LABELS[column] ?? column,
        key: column,
        total: column === 'total',
        side,
      });
      const terms = readTerms([ref('total', 'left'), ...ADDENDS.map((c) => ref(c, 'right'))]);
      if (!terms) continue;
      const actual = sumOf(terms, 'left');
      const expected = sumOf(terms, 'right');
      if (actual === expected) continue;
      const blanks = listBlanks(terms);
      const total = terms[0]!;
      context.report({
        node: placeOf(total.cell, getRow(table, group)),
        messageId: blanks ? 'groupTotalBlank' : 'groupTotal',
        data: {
          group: REVIEW_GROUP_LABELS[group] ?? group,
          ...Object.fromEntries(terms.map((t) => [t.key, t.value])),
          actual,
          expected,
          difference: actual - expected,
          addends: listAddends(terms.slice(1)),
          blanks,
          // Table 四's columns are named in English by their keys (upheld, corrected, other, pending).
          blanks_en: terms
            .filter((t) => t.blank)
            .map((t) => t.key)
            .join(', '),
        },
        actual,
        expected,
      });
    }
  },
});
