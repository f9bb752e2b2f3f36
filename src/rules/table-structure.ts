/**
 * Tables 二, 三 and 四 of 国办公开办函〔2021〕30号 must be present with every row and column of the format.
 * Only what is absent is missing: a table or row whose words are there but could not be read is
 * unreadable-content's (docs/architecture.md, "Reading certainty").
 */
import { ACTIVE_COLUMN_LABELS, ACTIVE_ROWS } from '../parser/data/active.js';
import { APPLICATION_ROWS, GROUP_LABELS, applicationColumnLabel, applicationRowLabel } from '../parser/data/applications.js';
import { REVIEW_COLUMN_LABELS, REVIEW_GROUP_LABELS } from '../parser/data/review.js';
import { findSection, findTable, tablesOf } from '../parser/query.js';
import type { ReportNode, SectionKey, TableKey, TableKind } from '../parser/types.js';
import { follows2019Format, ROWS_ADDED_IN_2021 } from './support/format-era.js';
import { defineRule } from './types.js';

interface TableSpec {
  kind: TableKind;
  section: SectionKey;
  name: string;
  /** Its English name: an English message says table 3, never 表三. */
  nameEn: string;
  rowLabel: (key: string) => string;
  columnLabel: (key: string) => string;
}

const MAX_LISTED = 3;

const TABLES: readonly TableSpec[] = [
  {
    kind: 'active',
    section: 'active',
    name: '表二（主动公开政府信息情况）',
    nameEn: 'table 2 (information disclosed proactively)',
    rowLabel: (k) => ACTIVE_ROWS.find((r) => r.key === k)?.label ?? k,
    columnLabel: (k) => ACTIVE_COLUMN_LABELS[k] ?? k,
  },
  {
    kind: 'applications',
    section: 'applications',
    name: '表三（收到和处理政府信息公开申请情况）',
    nameEn: 'table 3 (applications received and handled)',
    rowLabel: applicationRowLabel,
    columnLabel: applicationColumnLabel,
  },
  {
    kind: 'review',
    section: 'review',
    name: '表四（政府信息公开行政复议、行政诉讼情况）',
    nameEn: 'table 4 (administrative reconsideration and litigation)',
    rowLabel: (k) => REVIEW_GROUP_LABELS[k] ?? k,
    columnLabel: (k) => REVIEW_COLUMN_LABELS[k] ?? k,
  },
];

export default defineRule({
  meta: {
    id: 'table-structure',
    description: {
      zh: '须有表二、表三、表四，且各表行列齐全',
      en: 'Require tables 2, 3 and 4 with every row and column of the format',
    },
    category: 'table',
    basis: '国办公开办函〔2021〕30号 年度报告格式 表二、表三、表四',
    defaultSeverity: 'error',
    // A second table (a jurisdiction summary beside the organ's own) is suspicious, not missing data.
    severities: { duplicateTable: 'warn' },
    recommended: true,
    messages: {
      missingTable: { zh: '未找到{table}', en: 'Missing {table_en}' },
      // One finding per extra copy, at the copy (as required-sections does for a section written again): the
      // wording holds for the third copy as for the second, and says which copy this is when there are many.
      duplicateTable: {
        zh: '{table}重复出现（第 {nth} 张，第一张在第 {firstLine} 行）；各项核对只针对第一张',
        en: '{table_en} appears again (copy {nth}; the first is at line {firstLine}); the checks read only the first one',
      },
      missingRow: { zh: '{table}缺少「{row}」行', en: '{table_en} lacks the row “{row}”' },
      missingRows: { zh: '{table}缺少 {count} 行：{rows}', en: '{table_en} lacks {count} rows: {rows_en}' },
      missingColumn: { zh: '{table}缺少「{column}」列', en: '{table_en} lacks the column “{column}”' },
      collapsedGroup: {
        zh: '{table}的「{group}」只印了一行，缺少其下 {count} 行：{rows}',
        en: '{table_en}: “{group}” is printed as one row, without its {count} rows: {rows_en}',
      },
    },
    hints: {
      missingTable: {
        zh: '按格式补上该表（即使全部为 0 也要列出）',
        en: 'Add the table as the format prints it (even if every figure is 0)',
      },
      duplicateTable: {
        zh: '汇总表与本机关的表只保留格式要求的一张，其余数据改用文字说明',
        en: 'Keep the one table the format asks for; describe other figures in the text',
      },
      missingRow: {
        zh: '按格式补上该行，没有数据的填 0',
        en: 'Add the row as the format prints it; write 0 where there is nothing',
      },
      missingRows: {
        zh: '按格式补全各行，没有数据的填 0',
        en: 'Add the rows as the format prints them; write 0 where there is nothing',
      },
      missingColumn: {
        zh: '按格式补上该列，没有数据的填 0',
        en: 'Add the column as the format prints it; write 0 where there is nothing',
      },
      collapsedGroup: {
        zh: '按 2021 年格式把该项分列为各子行（2019 年格式只有一行）',
        en: 'Split the group into its rows as the 2021 format prints them (the 2019 format had one row)',
      },
    },
  },
  check(report, context) {
    const format2019 = follows2019Format(report);
    for (const spec of TABLES) {
      const table = findTable(report, spec.kind);
      if (!table) {
        // A table whose words are in the report but could not be read is unreadable-content's, not missing.
        const status = report.reading?.tables[spec.kind as TableKey]?.status;
        if (status !== undefined && status !== 'absent') continue;
        // The whole section is absent: required-sections reports that once; its table goes with it.
        if (report.reading?.sections[spec.section]?.status === 'absent') continue;
        const near: ReportNode = findSection(report, spec.section) ?? report;
        context.report({ node: near, messageId: 'missingTable', data: names(spec) });
        continue;
      }
      const extras = tablesOf(report).filter((t) => t.kind === spec.kind && t !== table);
      extras.forEach((extra, i) => {
        context.report({
          node: extra,
          messageId: 'duplicateTable',
          data: { ...names(spec), nth: i + 2, firstLine: table.position?.start.line ?? 1 },
        });
      });
      // A table the reader kept but could not read: unreadable-content says so; its rows are not missing.
      if (report.reading?.tables[spec.kind as TableKey]?.status === 'unreadable') continue;
      // The outdated 2019 table has other rows and columns by design; outdated-format says so once.
      if (table.template === '2019') continue;
      // A report in the 2019 format prints （六）其他处理 as one row: its 2021 sub-rows are not missing.
      let missingRows =
        format2019 && spec.kind === 'applications'
          ? table.missingRows.filter((r) => !ROWS_ADDED_IN_2021.includes(r))
          : table.missingRows;
      // Otherwise a group printed as one row lacks its rows: one finding for the group, not one per row.
      // A group's one row counts whether its values were read or not (digits run together).
      for (const group of collapsedGroups(spec.kind, [
        ...table.children.map((r) => r.key),
        ...table.unreadableRows.map((r) => r.key),
      ])) {
        const subRows = APPLICATION_ROWS.filter((r) => r.group === group).map((r) => r.key);
        const lacking = missingRows.filter((k) => subRows.includes(k));
        if (lacking.length === 0) continue;
        missingRows = missingRows.filter((k) => !subRows.includes(k));
        const labels = APPLICATION_ROWS.filter((r) => lacking.includes(r.key)).map((r) => r.label);
        const row = table.children.find((r) => r.key === group);
        const unread = table.unreadableRows.find((r) => r.key === group)?.position;
        context.report({
          node: row ?? table,
          ...(!row && unread ? { place: unread } : {}),
          messageId: 'collapsedGroup',
          data: { ...names(spec), group: GROUP_LABELS[group], count: lacking.length, ...rowList(labels) },
        });
      }
      // A table that lost most of its rows is one finding, not a screenful.
      if (missingRows.length > MAX_LISTED) {
        const rows = rowList(missingRows.map(spec.rowLabel));
        context.report({ node: table, messageId: 'missingRows', data: { ...names(spec), count: missingRows.length, ...rows } });
      } else {
        for (const row of missingRows) {
          context.report({ node: table, messageId: 'missingRow', data: { ...names(spec), row: spec.rowLabel(row) } });
        }
      }
      for (const column of table.missingColumns) {
        context.report({ node: table, messageId: 'missingColumn', data: { ...names(spec), column: spec.columnLabel(column) } });
      }
    }
  },
});

const names = (spec: TableSpec) => ({ table: spec.name, table_en: spec.nameEn });

/** Row labels listed: run together with 、 in Chinese, each quoted in English. */
const rowList = (labels: readonly string[]) => ({ rows: labels.join('、'), rows_en: labels.map((l) => `“${l}”`).join(', ') });

/** Table 三 groups printed as one row: the reader keys such a row by the group (docs/domain.md, （六）其他处理 in 2019). */
function collapsedGroups(kind: TableKind, rowKeys: ReadonlyArray<string | undefined>): Array<keyof typeof GROUP_LABELS> {
  if (kind !== 'applications') return [];
  return (Object.keys(GROUP_LABELS) as Array<keyof typeof GROUP_LABELS>).filter((g) => rowKeys.includes(g));
}
