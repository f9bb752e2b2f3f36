/**
 * A table 三 whose header names a column beyond the template's seven (总计 ⇥ 其中：涉企申请, red team rtAB cause 2). A
 * crawl's run of digits there holds eight figures: split into the template's seven by the row identity, one wrong
 * split that added up by chance (118 1181 2012 510 6112 6 9939 for 118 118 120 125 106 112 699 39) was read as
 * certain, and narrative-consistency warned on a correct report. Such a row is never split (values.ts).
 */
import { EXTRA_COLUMN_HEAD } from '../data/applications.js';
import type { Piece } from './pieces.js';

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
  return headers.some((cells) => cells.some((s) => s === '总计' || s === '合计') && cells.some((s) => EXTRA_COLUMN_HEAD.test(s)));
}
