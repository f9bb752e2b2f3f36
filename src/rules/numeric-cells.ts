/**
 * Every figure of tables 二, 三 and 四 (国办公开办函〔2021〕30号) is a non-negative count, except table 二's
 * 行政事业性收费 amount in 万元, which may be a decimal. Bad values are errors; blank or placeholder cells
 * are warnings grouped by region (a wholly blank column is one warning, as docs/domain.md asks).
 */
import { ACTIVE_COLUMN_LABELS, ACTIVE_ROWS } from '../parser/data/active.js';
import { APPLICATION_COLUMNS, applicationColumnLabel, applicationRowLabel } from '../parser/data/applications.js';
import { REVIEW_COLUMNS, REVIEW_COLUMN_LABELS, REVIEW_GROUP_LABELS } from '../parser/data/review.js';
import { tablesOf } from '../parser/query.js';
import type { CellNode, RowNode, TableNode } from '../parser/types.js';
import { defineRule } from './types.js';
import { placeOf } from './support/terms.js';
import { TABLE_NAMES, TABLE_NAMES_EN } from '../parser/data/tables.js';

export default defineRule({
  meta: {
    id: 'numeric-cells',
    description: {
      zh: '表二、表三、表四的每个数据单元格须填写非负整数（收费金额可为小数）',
      en: 'Require a non-negative whole number in every figure cell of tables 2–4 (the fee amount may be a decimal)',
    },
    category: 'table',
    basis: '国办公开办函〔2021〕30号 年度报告格式 表二、表三、表四',
    defaultSeverity: 'error',
    severities: {
      lookalike: 'warn',
      thousandsPoint: 'warn',
      commaMisplaced: 'warn',
      blankCell: 'warn',
      placeholderCell: 'warn',
      blankColumn: 'warn',
      blankRow: 'warn',
      blankTable: 'warn',
      blankCells: 'warn',
    },
    recommended: true,
    messages: {
      notNumber: {
        zh: '{table}「{row}」行「{column}」列应为数字，实为「{raw}」',
        en: '{table_en}, row “{row}”, column “{column}”: expected a number, found “{raw}”',
      },
      withUnit: {
        zh: '{table}有 {count} 个单元格在数字后写了单位，如「{row}」行「{column}」列的「{raw}」',
        en: '{table_en}: {count} cell(s) write a unit after the number, e.g. “{raw}” in row “{row}”, column “{column}”',
      },
      lookalike: {
        zh: '{table}有 {count} 个单元格像是数字，却写成了字母或汉字（如「{row}」行「{column}」列的「{raw}」），可能是识别错误',
        en: '{table_en}: {count} cell(s) look like digits written as letters or characters (e.g. “{raw}” in row “{row}”, column “{column}”), perhaps misread',
      },
      thousandsPoint: {
        zh: '{table}有 {count} 个单元格的件数中有一个点，像是把千位分隔符写成了点（如「{row}」行「{column}」列的「{raw}」），可能是识别错误',
        en: '{table_en}: {count} cell(s) hold a count with a point where a thousands separator would stand (e.g. “{raw}” in row “{row}”, column “{column}”), perhaps misread',
      },
      commaMisplaced: {
        zh: '{table}有 {count} 个单元格的数字中有逗号，却不在千位分隔的位置（如「{row}」行「{column}」列的「{raw}」），无法确定是哪个数',
        en: '{table_en}: {count} cell(s) hold digits with a comma where no thousands separator stands (e.g. “{raw}” in row “{row}”, column “{column}”), so which number is meant cannot be told',
      },
      negative: {
        zh: '{table}「{row}」行「{column}」列为负数 {raw}',
        en: '{table_en}, row “{row}”, column “{column}”: negative number {raw}',
      },
      decimal: {
        zh: '{table}「{row}」行「{column}」列是件数，不应为小数 {raw}',
        en: '{table_en}, row “{row}”, column “{column}”: a count cannot be the decimal {raw}',
      },
      blankCell: { zh: '{table}「{row}」行「{column}」列为空', en: '{table_en}, row “{row}”, column “{column}” is blank' },
      placeholderCell: {
        zh: '{table}「{row}」行「{column}」列填写了「{raw}」而不是数字',
        en: '{table_en}, row “{row}”, column “{column}” holds “{raw}” instead of a number',
      },
      blankColumn: {
        zh: '{table}「{column}」列整列为空（{count} 个单元格）',
        en: '{table_en}: the whole column “{column}” is blank ({count} cells)',
      },
      blankRow: {
        zh: '{table}「{row}」行整行为空（{count} 个单元格）',
        en: '{table_en}: the whole row “{row}” is blank ({count} cells)',
      },
      blankCells: {
        zh: '{table}有 {count} 个单元格没有填数字（空白，或用「/」「—」「无」等代替 0），如{examples}',
        en: '{table_en}: {count} cells hold no number (blank, or “/”, “—”, “无” instead of 0), e.g. {examples_en}',
      },
      blankTable: {
        zh: '{table}没有填写任何数字（{count} 个单元格为空）',
        en: '{table_en} has no figures at all ({count} blank cells)',
      },
    },
    hints: {
      notNumber: { zh: '只填阿拉伯数字，说明文字写在表外', en: 'Write digits only; put explanations outside the table' },
      withUnit: { zh: '只填数字，单位见表头', en: 'Write the number only: the unit is in the header' },
      lookalike: {
        zh: '请与原件核对：应填阿拉伯数字 0、1 等，不要用字母 O、l 或汉字〇、零',
        en: 'Check against the original: write the digits 0, 1 …, not the letters O or l, nor “〇” or “零”',
      },
      thousandsPoint: {
        zh: '请与原件核对：件数是整数，千位分隔符用逗号或不写',
        en: 'Check against the original: counts are whole numbers; write the thousands separator as a comma, or none',
      },
      commaMisplaced: {
        zh: '件数是整数：千位分隔符每三位一个逗号（如 1,234），或不写',
        en: 'Counts are whole numbers: a thousands separator stands every three digits (1,234), or write none',
      },
      negative: { zh: '件数不能为负', en: 'Counts cannot be negative' },
      decimal: { zh: '件数应为整数', en: 'Counts are whole numbers' },
      blankCell: { zh: '没有的填 0', en: 'Write 0 where there is nothing' },
      placeholderCell: { zh: '没有的填 0，不要用“—”“/”“无”', en: 'Write 0, not a dash, a slash or “无”' },
      blankColumn: { zh: '该列没有的逐格填 0', en: 'Write 0 in each cell of the column' },
      blankRow: { zh: '该行没有的逐格填 0', en: 'Write 0 in each cell of the row' },
      blankTable: { zh: '按实际情况填写，没有的填 0', en: 'Fill in the figures; write 0 where there is nothing' },
      blankCells: {
        zh: '没有的逐格填 0，不要留空或用“—”“/”“无”',
        en: 'Write 0 in each such cell, not a blank, a dash, a slash or “无”',
      },
    },
  },
  check(report, context) {
    for (const table of tablesOf(report)) {
      if (table.kind === 'unknown') continue;
      const name = TABLE_NAMES[table.kind];
      // Both names travel in the data: the English message says table 3, never 表三.
      const tableNames = { table: name, table_en: TABLE_NAMES_EN[table.kind] };
      const cells = figureCells(table);
      const label = (c: Entry) => ({
        ...tableNames,
        row: rowLabel(table, c.row),
        column: columnLabel(table, c.cell.key ?? ''),
        raw: c.cell.raw,
      });
      // One blank or placeholder cell, said where it is (alone, or under the table's one blankCells finding).
      const blankCellFinding = (c: Entry) => ({
        node: placeOf(c.cell, c.row),
        messageId: c.cell.content === 'blank' ? ('blankCell' as const) : ('placeholderCell' as const),
        data: label(c),
      });
      // A count written with its unit, or with letters for 0 and 1, is usually written so all over the table:
      // one finding per table and kind, at the first such cell, not one per cell.
      const isFee = (c: Entry): boolean => table.kind === 'active' && c.row.key === 'fees';
      const pointForComma = (c: Entry): boolean => c.cell.decimal === true && !isFee(c) && POINT_FOR_COMMA.test(c.cell.raw);
      // 12,34 in a typed file: a comma no grouping puts there, neither a letter nor OCR's misreading (rtAE 7). In OCR's
      // text (whose such rows are unread today) it may be a point read as a comma: perhaps misread, with the lookalikes.
      const commaMisplaced = (c: Entry): boolean =>
        !report.reading?.ocrText && c.cell.shape === 'lookalike' && COMMA_DIGITS.test(c.cell.raw);
      // 4.860 holds neither a letter nor a character: said apart from the lookalikes (rtT §9), as perhaps misread too.
      for (const shape of ['withUnit', 'lookalike', 'thousandsPoint', 'commaMisplaced'] as const) {
        const shaped = cells.filter((c) =>
          shape === 'thousandsPoint'
            ? pointForComma(c)
            : shape === 'commaMisplaced'
              ? commaMisplaced(c)
              : c.cell.content === 'text' && c.cell.shape === shape && !(shape === 'lookalike' && commaMisplaced(c)),
        );
        const first = shaped[0];
        if (first)
          context.report({
            node: placeOf(first.cell, first.row),
            messageId: shape,
            data: { ...label(first), count: shaped.length },
          });
      }
      for (const c of cells) {
        const { cell } = c;
        const node = placeOf(cell, c.row);
        if ((cell.content === 'text' && cell.shape) || pointForComma(c)) continue;
        if (cell.content === 'text') context.report({ node, messageId: 'notNumber', data: label(c) });
        else if (cell.value !== null && cell.value < 0)
          context.report({ node, messageId: 'negative', data: label(c), actual: cell.value });
        else if (cell.decimal && !isFee(c))
          context.report({ node, messageId: 'decimal', data: label(c), actual: cell.value ?? cell.raw });
      }
      const blank = cells.filter((c) => c.cell.content === 'blank' || c.cell.content === 'placeholder');
      if (!blank.length) continue;
      if (cells.length > 1 && blank.length === cells.length) {
        context.report({ node: table, messageId: 'blankTable', data: { ...tableNames, count: blank.length } });
        continue;
      }
      const left = new Set(blank);
      // Each region as it would be said: a whole column, a whole row, then cell by cell.
      const regions: Array<{ finding: Parameters<typeof context.report>[0]; cells: Entry[] }> = [];
      for (const key of [...new Set(cells.map((c) => c.cell.key))]) {
        const column = cells.filter((c) => c.cell.key === key);
        if (column.length < 2 || !column.every((c) => left.has(c))) continue;
        column.forEach((c) => left.delete(c));
        regions.push({
          cells: column,
          finding: {
            node: placeOf(column[0]!.cell, column[0]!.row),
            messageId: 'blankColumn',
            data: { ...tableNames, column: columnLabel(table, key ?? ''), count: column.length },
          },
        });
      }
      for (const row of table.children) {
        const inRow = cells.filter((c) => c.row === row && (left.has(c) || !blank.includes(c)));
        if (inRow.length < 2 || !inRow.every((c) => left.has(c))) continue;
        inRow.forEach((c) => left.delete(c));
        regions.push({
          cells: inRow,
          finding: { node: row, messageId: 'blankRow', data: { ...tableNames, row: rowLabel(table, row), count: inRow.length } },
        });
      }
      for (const c of left)
        regions.push({
          cells: [c],
          finding: blankCellFinding(c),
        });
      // A table writing 「/」 or blanks for its zeros all over (a township's, rtT §8) is one warning, not one per
      // column, row and cell: its count and first cells said, every cell's place kept in `related` for the page.
      // Whole columns are regions of their own (docs/domain.md: five blank columns, five warnings); rows and cells beyond
      // a few are not.
      if (regions.filter((r) => r.finding.messageId !== 'blankColumn').length <= MAX_REGIONS) {
        for (const r of regions) context.report(r.finding);
        continue;
      }
      const sorted = [...blank].sort((a, b) => (a.cell.position?.start.offset ?? 0) - (b.cell.position?.start.offset ?? 0));
      const named = sorted.slice(0, EXAMPLES).map(label);
      context.report({
        node: placeOf(sorted[0]!.cell, sorted[0]!.row),
        messageId: 'blankCells',
        data: {
          ...tableNames,
          count: blank.length,
          examples: named.map((l) => `「${l.row}」行「${l.column}」列`).join('、') + (blank.length > EXAMPLES ? '等' : ''),
          examples_en: named.map((l) => `row “${l.row}”, column “${l.column}”`).join('; '),
        },
        related: sorted.map(blankCellFinding),
      });
    }
  },
});

/**
 * A count printed 18.857: a thousands separator OCR read as a point (red team rtH A11), likelier than a decimal in a
 * count; said perhaps misread, with the lookalikes. No identity uses a decimal cell either way.
 */
/** More blank rows and cells than this in one table (whole columns aside) are said as one finding (blankCells). */
const MAX_REGIONS = 2;
/** The cells a blankCells finding names. */
const EXAMPLES = 3;

const POINT_FOR_COMMA = /^\d{1,3}(?:[.．]\d{3})+$/;
/** Digits parted by commas (12,34): a count the parser left unread, its commas no thousands grouping. */
const COMMA_DIGITS = /^[0-9０-９]+(?:\s*[,，]\s*[0-9０-９]+)+$/;

interface Entry {
  row: RowNode;
  cell: CellNode;
}

/** The cells that must hold a figure: keyed cells of the format's columns, in rows that could be read. */
function figureCells(table: TableNode): Entry[] {
  const unreadable = new Set(table.unreadableRows.map((r) => r.key));
  const out: Entry[] = [];
  for (const row of table.children) {
    if (!row.key || unreadable.has(row.key)) continue;
    const allowed = columnsOf(table, row);
    for (const cell of row.children) if (cell.key && allowed.includes(cell.key)) out.push({ row, cell });
  }
  return out;
}

function columnsOf(table: TableNode, row: RowNode): readonly string[] {
  if (table.kind === 'active') return ACTIVE_ROWS.find((r) => r.key === row.key)?.columns ?? [];
  if (table.kind === 'review') return REVIEW_COLUMNS;
  return APPLICATION_COLUMNS.map((c) => c.key);
}

function rowLabel(table: TableNode, row: RowNode): string {
  if (table.kind === 'active') return ACTIVE_ROWS.find((r) => r.key === row.key)?.label ?? row.label;
  if (table.kind === 'review') return REVIEW_GROUP_LABELS[row.key ?? ''] ?? row.label;
  return row.key ? applicationRowLabel(row.key) : row.label;
}

function columnLabel(table: TableNode, key: string): string {
  if (table.kind === 'active') return ACTIVE_COLUMN_LABELS[key] ?? key;
  if (table.kind === 'review') return REVIEW_COLUMN_LABELS[key] ?? key;
  return applicationColumnLabel(key);
}
