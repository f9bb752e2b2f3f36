/**
 * Reads table 四 (行政复议、行政诉讼): 15 values in three groups of five, usually one row under a header printed
 * vertically (one character per line) or split over three header rows. Values map in template order; a row
 * naming its group with five values maps to that group.
 */
import type { CellNode, RowNode, TableNode, UnreadableRow } from './types.js';
import { REVIEW_COLUMNS, REVIEW_COLUMN_LABELS, REVIEW_GROUPS, REVIEW_GROUP_LABELS } from './data/review.js';
import { labelKey } from './labels.js';
import { fitValues, isLabelCell, labelOf, makeCell, makeRow, ownCells, valueCount, type RawCell, type RawRow, type RawTable } from './raw-table.js';

type Body = Pick<TableNode, 'columns' | 'missingRows' | 'missingColumns' | 'unreadableRows' | 'children'>;

const PER_GROUP = REVIEW_COLUMNS.length;
const ALL = REVIEW_GROUPS.length * PER_GROUP;

export function readReviewTable(table: RawTable): Body {
  const children: RowNode[] = [];
  const unreadableRows: UnreadableRow[] = [];
  const valueRows = table.rows.filter((r) => isValueRow(r, table.layout === 'grid'));
  const pooled: Array<{ cell: RawCell; row: RawRow }> = [];
  for (const row of valueRows) {
    const group = groupOf(labelOf(row));
    const labelled = ownCells(row).some(isLabelCell);
    const values = group ? fitValues(row, PER_GROUP) : labelled ? null : fitValues(row, ALL);
    if (group && values) children.push(groupRow(group, values, row));
    else if (values) REVIEW_GROUPS.forEach((g, i) => children.push(groupRow(g, values.slice(i * PER_GROUP, (i + 1) * PER_GROUP), row)));
    // Values broken over several rows: only their filled span counts, blank ends could be padding.
    else if (!labelled) for (const cell of filledSpan(row)) pooled.push({ cell, row });
    else unreadableRows.push({ label: labelOf(row), reason: 'valueCount', expected: PER_GROUP, actual: valueCount(row), ...(row.position ? { position: row.position } : {}) });
  }
  if (pooled.length === ALL) {
    REVIEW_GROUPS.forEach((group, g) => {
      const slice = pooled.slice(g * PER_GROUP, (g + 1) * PER_GROUP);
      children.push(groupRow(group, slice.map((p) => p.cell), slice[0]!.row));
    });
  } else if (pooled.length > 0) {
    const row = pooled[0]!.row;
    unreadableRows.push({ label: '', reason: 'valueCount', expected: ALL, actual: pooled.length, ...(row.position ? { position: row.position } : {}) });
  }
  const found = new Set(children.map((r) => r.key));
  children.sort((a, b) => REVIEW_GROUPS.indexOf(a.key as never) - REVIEW_GROUPS.indexOf(b.key as never));
  return {
    columns: [...REVIEW_COLUMNS],
    missingColumns: [],
    missingRows: REVIEW_GROUPS.filter((g) => !found.has(g)),
    unreadableRows,
    children,
  };
}

/** A row of values: three or more filled; in a grid also a row of 15 empty cells (a blank form). */
function isValueRow(row: RawRow, grid: boolean): boolean {
  const cells = ownCells(row);
  const values = cells.filter((c) => !isLabelCell(c));
  if (values.filter((c) => c.text.trim() !== '').length >= 3) return true;
  return grid && values.length === cells.length && cells.length >= ALL;
}

function groupRow(group: string, values: RawCell[], row: RawRow): RowNode {
  const cells: CellNode[] = values.map((v, i) =>
    makeCell(v, REVIEW_COLUMNS[i], `表四「${REVIEW_GROUP_LABELS[group]}」·${REVIEW_COLUMN_LABELS[REVIEW_COLUMNS[i]!]}`),
  );
  const start = values[0]?.position?.start;
  const end = values[values.length - 1]?.position?.end;
  return makeRow(group, REVIEW_GROUP_LABELS[group] ?? group, cells, start && end ? { start, end } : row.position);
}

/** The row's value cells from its first filled cell to its last. */
function filledSpan(row: RawRow): RawCell[] {
  const values = ownCells(row).filter((c) => !isLabelCell(c));
  const filled = values.flatMap((c, i) => (c.text.trim() ? [i] : []));
  return filled.length ? values.slice(filled[0], filled[filled.length - 1]! + 1) : [];
}

function groupOf(label: string): string | undefined {
  const text = labelKey(label);
  if (text.includes('复议后起诉')) return 'litigationAfterReview';
  if (text.includes('未经复议')) return 'litigation';
  if (text.includes('行政复议') && !text.includes('诉讼')) return 'review';
  return undefined;
}
