/**
 * Rows a reader cannot trust taken out of a table's rows into its unreadable rows, each with the reason and where it
 * stands (damaged-rows.ts: characters lost; edge-cut-rows.ts: a number cut at the page's edge).
 */
import type { RowNode, UnreadableRow, UnreadableRowReason } from '../types.js';

export function rowsUnread(
  rows: readonly RowNode[],
  unreadable: readonly UnreadableRow[],
  isUnread: (row: RowNode) => boolean,
  reason: UnreadableRowReason,
): { children: RowNode[]; unreadableRows: UnreadableRow[] } {
  const children: RowNode[] = [];
  const unreadableRows: UnreadableRow[] = [...unreadable];
  for (const row of rows) {
    if (!isUnread(row)) {
      children.push(row);
      continue;
    }
    unreadableRows.push({
      ...(row.key ? { key: row.key } : {}),
      label: row.label,
      reason,
      ...(row.position ? { position: row.position } : {}),
    });
  }
  return { children, unreadableRows };
}
