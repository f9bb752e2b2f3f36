/**
 * A table whose region holds a PDF page that is only a picture (a page scanned into a text PDF, pdf-pictures.ts):
 * the rows and columns not found may be on that page, which was not read. None is called missing: the rows go to
 * `unreadableRows` (reason `pageImage`), and no column is missing (its header may be on the page). unreadable-content
 * names the page once (docs/architecture.md, "Reading certainty").
 */
import type { TableKey, TableNode } from '../types.js';
import type { LineIndex } from '../text-run.js';
import { TEMPLATE_ROW_LABEL } from './damaged-rows.js';

/** The table, with nothing missing when a picture page stands in its region, source offsets [from, to]. */
export function withPicturePages(
  kind: TableKey,
  table: TableNode,
  index: LineIndex,
  from: number | undefined,
  to: number | undefined,
): TableNode {
  if (from === undefined || to === undefined || (table.missingRows.length === 0 && table.missingColumns.length === 0))
    return table;
  const page = index.picturePages.find((at) => at >= from && at <= to);
  if (page === undefined) return table;
  const position = index.position(page, page + 1);
  return {
    ...table,
    unreadableRows: [
      ...table.unreadableRows,
      ...table.missingRows.map((key) => ({ key, label: TEMPLATE_ROW_LABEL[kind](key), reason: 'pageImage' as const, position })),
    ],
    missingRows: [],
    missingColumns: [],
  };
}
