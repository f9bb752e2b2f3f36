/**
 * Reads table 二 (主动公开政府信息情况): four blocks (第二十条第（一）（五）（六）（八）项), each a header row of
 * column labels and rows recognised by label. A table in the outdated 2019 template is recognised by its
 * column labels and left unmapped, so no rule misreads it.
 */
import type { RowNode, TableNode, UnreadableRow } from './types.js';
import { ACTIVE_COLUMN_LABELS, ACTIVE_ROWS, OUTDATED_BLOCKS, OUTDATED_LABELS } from './data/active.js';
import { labelKey, normaliseLabel } from './labels.js';
import { fitValues, isLabelCell, labelOf, makeCell, makeRow, ownCells, valueCount, type RawTable } from './raw-table.js';

type Body = Pick<TableNode, 'columns' | 'missingRows' | 'missingColumns' | 'unreadableRows' | 'children' | 'template' | 'outdatedLabels'>;

export function readActiveTable(table: RawTable): Body {
  const outdatedLabels = findOutdatedLabels(table);
  const template = outdatedLabels.length > 0 ? '2019' : '2021';
  const children: RowNode[] = [];
  const unreadableRows: UnreadableRow[] = [];
  const columns = new Set<string>();
  const seen = new Set<string>();
  for (const row of table.rows) {
    const label = labelOf(row);
    for (const cell of row.cells) for (const [key, text] of Object.entries(ACTIVE_COLUMN_LABELS)) if (normaliseLabel(cell.text) === normaliseLabel(text)) columns.add(key);
    const spec = ACTIVE_ROWS.find((r) => r.match(labelKey(label)));
    if (!spec || seen.has(spec.key)) continue;
    seen.add(spec.key);
    if (template === '2019') {
      // Kept for numeric-cells, but without column keys: the 2019 columns are not the 2021 ones.
      const cells = ownCells(row).filter((c) => !isLabelCell(c) && c.text.trim() !== '');
      children.push(makeRow(spec.key, label, cells.map((c) => makeCell(c, undefined, `表二「${spec.label}」行`)), row.position));
      continue;
    }
    const values = fitValues(row, spec.columns.length);
    if (!values) {
      unreadableRows.push({ key: spec.key, label, reason: 'valueCount', expected: spec.columns.length, actual: valueCount(row), ...(row.position ? { position: row.position } : {}) });
      continue;
    }
    const cells = values.map((v, i) => makeCell(v, spec.columns[i], `表二「${spec.label}」行·${ACTIVE_COLUMN_LABELS[spec.columns[i]!]}`));
    children.push(makeRow(spec.key, label, cells, row.position));
  }
  const found = new Set([...seen]);
  const missingRows = ACTIVE_ROWS.map((r) => r.key).filter((k) => !found.has(k));
  const allColumns = Object.keys(ACTIVE_COLUMN_LABELS);
  const missingColumns = template === '2021' ? allColumns.filter((k) => !columns.has(k)) : [];
  return { columns: allColumns.filter((k) => columns.has(k)), missingRows, missingColumns, unreadableRows, children, template, outdatedLabels };
}

function findOutdatedLabels(table: RawTable): string[] {
  const found = new Set<string>();
  for (const row of table.rows) {
    for (const cell of row.cells) {
      const text = labelKey(cell.text);
      for (const label of OUTDATED_LABELS) if (text === label || (OUTDATED_BLOCKS.includes(label) && text.includes(label))) found.add(cell.text.trim());
    }
  }
  return [...found];
}
