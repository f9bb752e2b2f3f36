/**
 * A table row holding a number printed past the page's edge (a PDF's table wider than its page: pdf-page-edge.ts)
 * is unread, reason `cutAtPageEdge`: the digits past the edge were never printed, so its number is cut short and
 * read as written it would be a false total (59625 printed as 5). Only the rows that hold such a number: the
 * others of the table are read as usual.
 */
import type { RowNode } from '../types.js';
import type { LineIndex } from '../text-run.js';
import type { TableBody } from './table-body.js';
import { rowsUnread } from './rows-unread.js';

export function withEdgeCuts(body: TableBody, index: LineIndex): TableBody {
  const cuts = index.cutAtPageEdge;
  if (cuts.length === 0) return body;
  const { children, unreadableRows } = rowsUnread(
    body.children,
    body.unreadableRows,
    (row) => holdsCut(row, cuts),
    'cutAtPageEdge',
  );
  return children.length === body.children.length ? body : { ...body, children, unreadableRows };
}

/** Whether the row's text, from its label to its last value, overlaps a cut number. */
function holdsCut(row: RowNode, cuts: ReadonlyArray<readonly [number, number]>): boolean {
  const spans = [row.position, ...row.children.map((c) => c.position)].flatMap((p) =>
    p?.start.offset === undefined || p.end.offset === undefined ? [] : [[p.start.offset, p.end.offset] as const],
  );
  if (spans.length === 0) return false;
  const from = Math.min(...spans.map((s) => s[0]));
  const to = Math.max(...spans.map((s) => s[1]));
  return cuts.some(([start, end]) => start < to && end > from);
}
