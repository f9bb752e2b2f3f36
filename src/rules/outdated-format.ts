/**
 * Reports on 2021 and later must use the tables of 国办公开办函〔2021〕30号; the 2019 template (本年新制作数量 /
 * 本年新公开数量 / 对外公开总数量, 上一年项目数量 / 本年增/减, a 第二十条第（九）项 block) is outdated. The
 * parser leaves such a table unmapped, so the other table rules never misread it; this rule says why, once per report.
 * Reports on 2019 and 2020 are held to the 2019 format by the other rules (support/format-era.ts).
 */
import { tablesOf } from '../parser/query.js';
import { FORMAT_YEAR } from './support/format-era.js';
import { defineRule } from './types.js';
import { TABLE_NAMES_EN, tableName } from '../parser/data/tables.js';

export default defineRule({
  meta: {
    id: 'outdated-format',
    description: {
      zh: '2021 年及以后的年度报告须使用 2021 年版表格',
      en: 'Require the 2021 tables in reports for 2021 and later',
    },
    category: 'table',
    basis: '国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》（适用于2021年度及以后的年度报告）',
    defaultSeverity: 'warn',
    recommended: true,
    messages: {
      outdatedTable: {
        zh: '{table}使用了 2019 年版格式（{labels}），{year}年度报告应使用国办公开办函〔2021〕30号的格式',
        en: '{table_en} follows the 2019 template ({labels_en}); a report for {year} must use the 2021 format',
      },
    },
    hints: {
      outdatedTable: {
        zh: '按 2021 年版格式重制该表（如表二改为“本年制发件数／本年废止件数／现行有效件数”）',
        en: 'Redo the table in the 2021 format (table 2: made / repealed / valid this year)',
      },
    },
  },
  check(report, context) {
    // A report on 2019 or 2020 used the 2019 template rightly; without a year there is no telling (never cry wolf).
    if (report.year === null || report.year < FORMAT_YEAR) return;
    const old = tablesOf(report).filter((t) => t.template === '2019');
    const first = old[0];
    if (!first) return;
    // One finding per report: the whole report was made from the old template, not each table on its own.
    const tables = [...new Set(old.map((t) => tableName(t.kind)))].join('、');
    const found = [...new Set(old.flatMap((t) => t.outdatedLabels))];
    context.report({
      node: first,
      messageId: 'outdatedTable',
      data: {
        table: tables,
        table_en: [...new Set(old.map((t) => (t.kind === 'unknown' ? 'a table' : TABLE_NAMES_EN[t.kind])))].join(', '),
        labels: found.length ? found.join('、') : '旧版表头',
        labels_en: found.length ? found.map((l) => `“${l}”`).join(', ') : 'its old headings',
        year: report.year,
      },
    });
  },
});
