/**
 * A table 三 whose header names a column beyond the template's seven (总计 ⇥ 其中：涉企申请, red team rtAB causes 2, 3).
 * - A crawl's run of digits there holds eight figures: split into the template's seven by the row identity, one wrong
 *   split that added up by chance (118 1181 2012 510 6112 6 9939 for 118 118 120 125 106 112 699 39) was read as
 *   certain, and narrative-consistency warned on a correct report. Such a row is never split (values.ts).
 * - A grid whose header names every column in a cell of its own and the extra one after 总计 is read by its header
 *   (gridIndex), the extra column skipped: its figure, outside the template's columns, left the whole table unread
 *   (332 files in GFM, HTML, .docx, PDF).
 */
import { EXTRA_COLUMN_HEAD } from '../data/applications.js';
import { normaliseLabel } from '../labels.js';
import type { RawTable } from '../raw-table.js';
import type { Piece } from './pieces.js';

/** The 总计 column's header cell (合计 in some tables). */
const TOTAL_HEAD = /^(?:总计|合计)$/;

/**
 * A header before the first row (`firstRow`) naming 总计 and a 其中 column: a piece with no figure, or the first row's
 * own cells before its label (a crawl runs the header into the label without a break).
 */
export function namesExtraColumn(pieces: readonly Piece[], firstRow: Piece | undefined): boolean {
  const end = firstRow ? pieces.indexOf(firstRow) : -1;
  if (end < 0) return false;
  const headers = pieces
    .slice(0, end)
    .filter((p) => p.values.every((v) => v.text.trim() === ''))
    .map((p) => p.segments);
  headers.push(firstRow!.segments.slice(0, -1));
  return headers.some((cells) => cells.some((s) => TOTAL_HEAD.test(s)) && cells.some((s) => EXTRA_COLUMN_HEAD.test(s)));
}

/**
 * Indices of a grid fragment's header cells (rows before the first figure) naming a 其中 column after its 总计 cell:
 * columns holding no value of the template's.
 */
export function extraGridColumns(table: RawTable, cache: Map<RawTable, ReadonlySet<number>>): ReadonlySet<number> {
  const cached = cache.get(table);
  if (cached) return cached;
  const out = new Set<number>();
  for (const row of table.rows) {
    if (row.cells.some((c) => /^[0-9０-９]+$/.test(c.text.trim()))) break;
    const words = row.cells.map((c) => normaliseLabel(c.text));
    const total = words.findIndex((w) => TOTAL_HEAD.test(w));
    if (total >= 0) words.forEach((w, i) => i > total && EXTRA_COLUMN_HEAD.test(w) && out.add(i));
  }
  cache.set(table, out);
  return out;
}
