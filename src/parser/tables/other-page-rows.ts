/**
 * A table cut by the paging of a paged web article (one page of it saved or crawled, paged-article.ts), or by the end
 * of a file cut short (cut-short.ts): the rows after every row read, in the template's order, may stand on the next
 * page or past the cut. None of them is called missing: they go to `unreadableRows` (reason `otherPage`), which
 * unreadable-content leaves to its one finding on the other pages. A row missing before a row read is missing from
 * this page, where it would stand, and stays missing.
 */
import type { TableKey, TableNode, UnreadableRow } from '../types.js';
import type { LineIndex } from '../text-run.js';
import { TEMPLATE_ROW_LABEL, TEMPLATE_ROWS } from './damaged-rows.js';

/** The table, its rows after the last one read unread when the paging stands in its region, source offsets [from, to]. */
export function withOtherPageRows(
  kind: TableKey,
  table: TableNode,
  index: LineIndex,
  from: number | undefined,
  to: number | undefined,
): TableNode {
  if (from === undefined || to === undefined) return table;
  const paging = index.laterPages.find((at) => at >= from && at <= to);
  if (paging === undefined) return table;
  const order = TEMPLATE_ROWS[kind];
  const lastSeen = lastSeenRow(kind, table);
  const later = new Set(table.missingRows.filter((key) => order.indexOf(key) > lastSeen));
  const cutRow = order[lastSeen];
  const position = index.position(paging, paging + 1);
  // The last row seen was cut by the page's end when it stops short of its values (or its label stands without them):
  // its values are on the next page, one cause with the rows after it. A file cut short may have cut it anywhere, a
  // number too (10 cut to 1: review20 3): read or not, it is unread.
  const isCut = (r: { key?: string; reason?: string }): boolean =>
    r.key === cutRow && (index.endCut || r.reason === 'valueCount' || r.reason === 'unplaced');
  const cutRead = index.endCut ? table.children.filter((r) => r.key === cutRow) : [];
  if (!later.size && !cutRead.length && !table.unreadableRows.some(isCut)) return table;
  const unreadableRows: UnreadableRow[] = [
    ...table.unreadableRows.map((r) => (isCut(r) ? { ...r, reason: 'otherPage' as const } : r)),
    ...cutRead.map((r) => ({ key: r.key, label: r.label, reason: 'otherPage' as const, position })),
    ...[...later].map((key) => ({ key, label: TEMPLATE_ROW_LABEL[kind](key), reason: 'otherPage' as const, position })),
  ];
  return {
    ...table,
    children: cutRead.length ? table.children.filter((r) => r.key !== cutRow) : table.children,
    unreadableRows,
    missingRows: table.missingRows.filter((key) => !later.has(key)),
    // Table 二's blocks each print their own header: a column whose block stands past the cut is not absent.
    missingColumns: kind === 'active' ? [] : table.missingColumns,
  };
}

/** The template's index of the table's last row seen, read or not (-1 with none): where a page or a file's end cut it. */
export function lastSeenRow(kind: TableKey, table: TableNode): number {
  const seen = new Set([...table.children.map((r) => r.key), ...table.unreadableRows.map((r) => r.key)]);
  return TEMPLATE_ROWS[kind].reduce((last, key, i) => (seen.has(key) ? i : last), -1);
}
