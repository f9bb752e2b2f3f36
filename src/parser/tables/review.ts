/**
 * Table 四 read from the pieces of its region: fifteen values in three groups of five. Either each group is a row
 * labelled by its group (行政复议 …), or one row (or one run of values) carries the fifteen values under a header
 * of column words, wherever 行政复议/行政诉讼 were printed (a line above, one line, split mid-word).
 */
import type { RawCell } from '../raw-table.js';
import type { RowNode, UnreadableRow } from '../types.js';
import { REVIEW_COLUMNS, REVIEW_COLUMN_LABELS, REVIEW_GROUPS, REVIEW_GROUP_LABELS } from '../data/review.js';
import { makeCell, makeRow } from '../raw-table.js';
import type { Piece } from './pieces.js';
import { fitPiece, isStacked, ocrOptions, type OcrHint } from './values.js';
import { followedByStrayDigits, joinToConfirm } from './layout-rows.js';
import type { TableBody } from './table-body.js';
import type { StreamRow } from './stream.js';
import { namesReviewOutOfOrder, readByHeader } from './review-header.js';

const PER_GROUP = REVIEW_COLUMNS.length;
const ALL = REVIEW_GROUPS.length * PER_GROUP;

/** Column words of table 四 (normalised); a header split mid-word leaves pieces of them. */
const REVIEW_WORDS = [
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '总计',
  '行政复议',
  '行政诉讼',
  '未经复议直接起诉',
  '复议后起诉',
];
const VOCABULARY = new Set([...REVIEW_WORDS.join(''), ...'注数量含上年度结转情况']);

export function readReview(pieces: readonly Piece[], rows: readonly StreamRow[], ocr: OcrHint = false): TableBody {
  const body = (children: RowNode[], used: Piece[], unreadableRows: UnreadableRow[] = []): TableBody => ({
    used,
    columns: [...REVIEW_COLUMNS],
    missingColumns: [],
    // Fifteen values in a row or nothing readable: a group is never absent while the header names it.
    missingRows: [],
    unreadableRows,
    children,
  });
  // Start at the header: numbers in the prose before it are not the table's.
  const start = pieces.findIndex((p) => /维持|纠正|审结/.test(p.words));
  const region = start < 0 ? pieces : pieces.slice(start);
  // Each group's 总计 is the sum of its four results: a number wrapped in its cell is joined only where they hold.
  const fit = { ...ocrOptions(ocr, region), groupSums: PER_GROUP };
  // A line of digits alone under a row of all fifteen values is the rest of its wrapped numbers, or a page number
  // (pieces.ts `digitsBelow`): never the row of values itself. (Under a shorter row, it may be the next group's.)
  const below = new Set(
    region.flatMap((p) => (p.digitsBelow?.parts.length === 0 && p.values.length >= ALL ? [p.digitsBelow] : [])),
  );

  // A header naming the columns or groups in another order than the template's (or the table transposed): read by
  // the header where its cells place every value, else unread; never by count (review-header.ts).
  const regionRows = rowsFrom(rows, region[0]?.row);
  const byHeader = readByHeader(regionRows);
  if (byHeader && !byHeader.inOrder)
    return body(
      REVIEW_GROUPS.map((g) => groupRow(g, byHeader.cells.get(g)!)),
      region.filter((p) => byHeader.rows.has(p.row) || (p.valueRow !== undefined && byHeader.rows.has(p.valueRow))),
    );
  if (!byHeader && namesReviewOutOfOrder(regionRows)) return { ...body([], []), unreadable: { id: 'tableColumnOrder' } };

  // Each group a row of its own.
  const byGroup = new Map<string, RawCell[]>();
  const groupPieces: Piece[] = [];
  for (const piece of region) {
    const group = groupOf(piece.words);
    if (!group || byGroup.has(group)) continue;
    const fitted = fitPiece(piece, PER_GROUP, fit);
    if (fitted.ok) {
      byGroup.set(group, fitted.cells);
      groupPieces.push(piece);
    }
  }
  if (byGroup.size === REVIEW_GROUPS.length)
    return body(
      REVIEW_GROUPS.map((g) => groupRow(g, byGroup.get(g)!)),
      groupPieces,
    );

  // One row of fifteen values (blanks kept where the row is a table row).
  for (const piece of region) {
    if (piece.values.length < ALL || !isTablePiece(piece) || below.has(piece)) continue;
    const fitted = fitPiece(piece, ALL, fit);
    if (fitted.ok) return body(split(fitted.cells), [piece]);
  }

  // Values broken over several rows or lines: the filled values after the header, in order, until prose.
  // A second header after fifteen values starts another table.
  const pooled: RawCell[] = [];
  const used: Piece[] = [];
  for (const piece of region) {
    if (!isTablePiece(piece) || (pooled.length >= ALL && piece.words)) {
      if (pooled.length > 0) break;
      continue;
    }
    const filled = piece.values.filter((c) => c.text.trim() !== '');
    pooled.push(...filled);
    if (filled.length) used.push(piece);
  }
  if (pooled.length === 0) return { ...body([], []), unreadable: { id: 'reviewNoValues' } };
  // A number joined from its wrapped rests that only the row's identity could confirm (table 四 has none that
  // covers it), or followed by digits that could not be joined (a line of them under the row), is never read whole
  // here either.
  const wrapped = pooled.some((c) => joinToConfirm(c) || followedByStrayDigits(c)) || used.some((p) => below.has(p));
  // Two values stacked in one cell (16⏎17): not one number, and not two of this row's (fitPiece, values.ts).
  const stacked = pooled.some(isStacked);
  if (pooled.length === ALL && !wrapped && !stacked) return body(split(pooled), used);
  const first = used[0];
  const position = first?.valueRow?.tabular ? first.valueRow.position : pooled[0]?.position;
  const reason = stacked ? 'stackedValues' : pooled.length === ALL || wrapped ? 'wrappedNumber' : 'valueCount';
  return {
    ...body([], used, [{ label: '', reason, expected: ALL, actual: pooled.length, ...(position ? { position } : {}) }]),
    unreadable:
      reason === 'stackedValues'
        ? { id: 'reviewStackedValues' }
        : reason === 'wrappedNumber'
          ? { id: 'reviewWrappedNumber' }
          : { id: 'reviewValueCount', data: { count: pooled.length, expected: ALL } },
  };
}

/** The region's rows from the header's (from the first row of its table fragment, when the header starts inside one). */
function rowsFrom(rows: readonly StreamRow[], first: StreamRow | undefined): readonly StreamRow[] {
  let at = first ? rows.indexOf(first) : 0;
  if (at < 0) return rows;
  while (at > 0 && first?.table !== undefined && rows[at - 1]!.table === first.table) at--;
  return rows.slice(at);
}

/** A piece of the table: its words (or those nearest its values, after a caption) are the header's. */
function isTablePiece(piece: Piece): boolean {
  return isVocabulary(piece.words) || (piece.values.length > 0 && piece.tails.some(isVocabulary));
}

/** Header words, whole or in pieces (a header split mid-word, one character per line), or a column's name. */
function isVocabulary(words: string): boolean {
  if (/结果维持|结果纠正|尚未审结|复议后起诉|直接起诉/.test(words)) return true;
  for (const ch of words) if (!VOCABULARY.has(ch)) return false;
  return true;
}

function split(cells: readonly RawCell[]): RowNode[] {
  return REVIEW_GROUPS.map((g, i) => groupRow(g, cells.slice(i * PER_GROUP, (i + 1) * PER_GROUP)));
}

function groupRow(group: string, values: readonly RawCell[]): RowNode {
  const cells = values.map((v, i) =>
    makeCell(v, REVIEW_COLUMNS[i], `表四「${REVIEW_GROUP_LABELS[group]}」·${REVIEW_COLUMN_LABELS[REVIEW_COLUMNS[i]!]}`),
  );
  const start = values[0]?.position?.start;
  const end = values[values.length - 1]?.position?.end;
  return makeRow(group, REVIEW_GROUP_LABELS[group] ?? group, cells, start && end ? { start, end } : undefined);
}

function groupOf(words: string): string | undefined {
  if (words.includes('复议后起诉')) return 'litigationAfterReview';
  if (words.includes('未经复议') || words.includes('直接起诉')) return 'litigation';
  if (words.includes('行政复议') && !words.includes('诉讼')) return 'review';
  return undefined;
}
