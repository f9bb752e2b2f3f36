/**
 * A file cut short: a download or a save that stopped inside one of the format's tables (red team rtY cause 4: a
 * .txt ending "3.要求提供公开出版物 9 6 27", a saved page whose file stops inside table 三 with no </table></html>).
 * A published report never ends inside a table with rows of it still to come, before section 六: what the file would
 * have held after the cut is not absent from the report. It is read as the later pages of a paged article are
 * (certainty.ts withOtherPages, tables/other-page-rows.ts), and said once as a file cut short.
 */
import type { Item } from './mdast-read.js';
import type { HeadingMatch } from './section-structure.js';
import { TEMPLATE_ROWS } from './tables/damaged-rows.js';
import { lastSeenRow } from './tables/other-page-rows.js';
import type { ReadTable } from './tables/read.js';
import { lastItemSpan } from './paged-article.js';
import type { LineIndex } from './text-run.js';
import type { OtherPages } from './types.js';

/** How the file shows it was cut, beside its text: a page's source never closing its last <table>, a text mid-line. */
export interface CutSigns {
  /** A saved page's source stops inside a <table> (no </table>, no </html> after it). */
  unclosedTable?: boolean;
  /** A text's last line has no line break after it. */
  endsMidLine?: boolean;
}

/**
 * Where the text stops inside a table, or undefined. Its last item is (in) a table of the format, no section 六
 * stands before it (a report whose tables follow its text as 附表 ends with a table after 六 and its signature: a row
 * missing there is missing), and the cut shows: the last row seen stops short of its values, or the page's source
 * never closes the table, or a plain text stops mid-line with rows of the table to come (a Markdown file or a rule
 * page's example often ends without a line break). A text ending at a whole row and a line break (a section pasted
 * alone, a table really short of rows) is read as it stands.
 */
export function cutShortAt(
  items: readonly Item[],
  headings: ReadonlyMap<number, HeadingMatch>,
  tables: readonly ReadTable[],
  index: LineIndex,
  signs: CutSigns,
): OtherPages | undefined {
  const last = items.length - 1;
  if (last < 0 || [...headings.values()].some((h) => h.key === 'other')) return undefined;
  const { end } = lastItemSpan(items, index);
  if (end < 0) return undefined;
  const cut: OtherPages = { places: [index.position(Math.max(0, end - 1), end)], cutShort: true };
  const holding = tables.find((r) => r.consumed.includes(last) || r.tables.some((t) => t.at === last));
  const table = holding?.tables[holding.tables.length - 1]?.table;
  // A page stopping inside a table the reader could not take for the format's (its header cut): cut all the same.
  if (!holding || !table) return signs.unclosedTable && items[last]?.kind === 'table' ? cut : undefined;
  const order = TEMPLATE_ROWS[holding.kind];
  const lastSeen = lastSeenRow(holding.kind, table);
  const rowsToCome = table.missingRows.some((key) => order.indexOf(key) > lastSeen);
  // The last row seen stops short of its values, the rows before it (if any: table 四 has one) read whole: a table
  // whose every row is short (a column left out) shows no cut.
  const short = table.unreadableRows.filter((r) => r.reason === 'valueCount' || r.reason === 'unplaced');
  const rowCut = short.length === 1 && short[0]!.key === order[lastSeen] && (table.children.length > 0 || lastSeen <= 0);
  if (signs.unclosedTable || rowCut) return cut;
  return signs.endsMidLine && rowsToCome ? cut : undefined;
}
