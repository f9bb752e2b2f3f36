/**
 * A table cut by the paging of a paged web article (one page of it saved or crawled, paged-article.ts): the rows
 * after every row read, in the template's order, may stand on the next page. None of them is called missing: they go
 * to `unreadableRows` (reason `otherPage`), which unreadable-content leaves to its one finding on the other pages. A
 * row missing before a row read is missing from this page, where it would stand, and stays missing.
 */
import type { TableKey, TableNode } from '../types.js';
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
  if (from === undefined || to === undefined || table.missingRows.length === 0) return table;
  const paging = index.laterPages.find((at) => at >= from && at <= to);
  if (paging === undefined) return table;
  const order = TEMPLATE_ROWS[kind];
  const seen = new Set([...table.children.map((r) => r.key), ...table.unreadableRows.map((r) => r.key)]);
  const lastSeen = order.reduce((last, key, i) => (seen.has(key) ? i : last), -1);
  const later = new Set(table.missingRows.filter((key) => order.indexOf(key) > lastSeen));
  if (!later.size) return table;
  const position = index.position(paging, paging + 1);
  // The last row seen, unread for its count of values (or its label seen without them), was cut by the page's end:
  // its values are on the next page (or past a download's end), one cause with the rows after it.
  const cutRow = order[lastSeen];
  const unreadableRows = table.unreadableRows.map((r) =>
    r.key === cutRow && (r.reason === 'valueCount' || r.reason === 'unplaced') ? { ...r, reason: 'otherPage' as const } : r,
  );
  return {
    ...table,
    unreadableRows: [
      ...unreadableRows,
      ...[...later].map((key) => ({ key, label: TEMPLATE_ROW_LABEL[kind](key), reason: 'otherPage' as const, position })),
    ],
    missingRows: table.missingRows.filter((key) => !later.has(key)),
  };
}
