/**
 * Table 三 read from the pieces of its region (docs/domain.md "How a table 三 row is read"): the column words present
 * say which columns exist; group labels are taken out (they may stand anywhere within their rows); the other
 * pieces are aligned with the template's 25 rows in order; each aligned row takes the values printed after its
 * label. A group printed as one row (（六）其他处理 in the 2019 layout) is kept as that group's row.
 */
import type { RawTable } from '../raw-table.js';
import type { RowNode, UnreadableRow } from '../types.js';
import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  GROUP_LABELS,
  GROUP_MARKERS,
  applicationColumnLabel,
  applicationRowLabel,
  type ResultGroup,
} from '../data/applications.js';
import { normaliseLabel, toAsciiDigits } from '../labels.js';
import { alignPieces, LabelScorer, type TemplateRow } from './align.js';
import type { Piece } from './pieces.js';
import type { StreamRow } from './stream.js';
import { fitPiece, ocrOptions, type OcrHint } from './values.js';
import { alignedColumns } from './aligned-columns.js';
import { namesColumnsOutOfOrder, type HeaderOrder } from './column-order.js';
import { headerCellsOutOfOrder, headerIndex } from './applications-header.js';
import { spanReading, type SpanReading } from './applications-spans.js';
import { holdsTwoLabels } from './two-labels.js';
import { pinnedByColumns } from './one-wrong-cell.js';
import { stackedLabels } from './stacked-labels.js';
import { extraGridColumns, namesExtraColumn } from './extra-column.js';
import { holdsWord } from './damaged-words.js';
import { readWithBlankTotal, totalBlankThroughout } from './blank-total.js';
import {
  buildRow,
  withoutHeaderOverLostLabel,
  labelInRegion,
  placeFields,
  rowEvidence,
  takeRowsCutShort,
  unlabelledRows,
  type TableBody,
} from './table-body.js';

const ORDINALS: Readonly<Record<string, string>> = {
  new: '一、',
  carried: '二、',
  granted: '（一）',
  partial: '（二）',
  handled: '（七）',
  carryForward: '四、',
};

const TEMPLATE: readonly TemplateRow[] = APPLICATION_ROWS.map((r) => ({
  key: r.key,
  core: r.core,
  ...(r.key === 'partial' ? { variants: ['部分公开'] } : {}),
  // Some organs print （六）'s last row as 3.其他处理, repeating the group's words.
  ...(r.key === 'other.3' ? { numberedVariants: ['其他处理'] } : {}),
  ordinal: ORDINALS[r.key] ?? r.key.split('.')[1] ?? '',
}));
const SCORER = new LabelScorer(TEMPLATE);

const GROUP_ORDINALS: Readonly<Record<string, ResultGroup>> = {
  '（三）': 'denied',
  '（四）': 'unavailable',
  '（五）': 'rejected',
  '（六）': 'other',
};
/** Words of labels that head a group of rows and hold no values of their own in the 2021 format. */
const GROUP_WORDS = [...GROUP_MARKERS.map(([, w]) => w), '本年度办理结果'];

/** Column words (normalised) whose presence anywhere in the region is evidence of the column. */
const COLUMN_WORDS: Readonly<Record<string, readonly string[]>> = {
  natural: ['自然人'],
  business: ['商业', '企业'],
  // A header cell wrapped between two characters of the word (社会公 ⏎ 益组织, 科 ⏎ 研机构) still names its column by
  // its second half (社会公 is also the start of 社会公开, 社会公众, 社会公布: a note saying so named a column).
  research: ['科研', '研机构'],
  nonprofit: ['公益', '益组织'],
  legal: ['法律服务', '法律'],
  other: ['其他', '其它'],
  total: ['总计', '合计'],
};

const OTHER_3 = TEMPLATE.findIndex((r) => r.key === 'other.3');
const HANDLED = TEMPLATE.findIndex((r) => r.key === 'handled');

/**
 * Row labels of table 三 that hold a column's word without naming a column: 其他 and 法律 in 2.其他法律行政法规禁止公开,
 * 其他 in （六）其他处理, in （二）部分公开…不计其他情形 and in 法人或其他组织 (the group over the kinds, not the kind 其他).
 */
const LABEL_COLUMN_WORDS = /法人或其他组织|其他(?:法律(?!服务)|处理|情形)/g;

/**
 * The region's words that may name a column: row labels' 其他 and 法律 left out (rtN F6, F7). Taken for columns, a
 * table without the column 其他, or with 法人或其他组织 one column, was read with every value one column to the right of
 * its own (自然人 blank, its figure read as 商业企业's). The rows （六）3.其他 and （七）总计, rows of values, name no column
 * either: taken for the 总计 column, a table lacking it was read as seven columns, every row a value short, and wholly
 * unread instead of short of its 总计 column (rtAE 5).
 */
function columnEvidence(pieces: readonly Piece[], rowsNamingColumns: ReadonlyArray<Piece | undefined>): string {
  const isRow = (p: Piece): boolean => rowsNamingColumns.includes(p) && p.values.some((v) => v.text.trim() !== '');
  return pieces
    .filter((p) => !isRow(p))
    .map((p) => p.words.replace(LABEL_COLUMN_WORDS, '|'))
    .join('');
}

/** Whether most rows carry all seven figures while the header's words name fewer columns (at least three such rows). */
function headerShortOfRows(rows: readonly Piece[], found: readonly string[]): boolean {
  if (found.length >= APPLICATION_COLUMNS.length) return false;
  // Figures, not cells: OCR's Markdown puts two in one cell (1541 11561).
  const counts = rows
    .map((p) => p.values.flatMap((v) => v.text.trim().split(/\s+/)).filter((t) => /\d/.test(t)).length)
    .filter((n) => n > 0);
  const full = counts.filter((n) => n >= APPLICATION_COLUMNS.length).length;
  return full >= 3 && full * 2 > counts.length;
}

export function readApplications(
  pieces: readonly Piece[],
  regionWords: string,
  rows: readonly StreamRow[],
  ocr: OcrHint = false,
): TableBody {
  // The header printed again after a page break is no row, nor evidence of one.
  const bodyPieces = pieces.filter((p) => !isColumnHeader(p)).map((p) => withoutHeaderOverLostLabel(p, isHeaderLabel));
  const groupPieces: Array<{ piece: Piece; group: ResultGroup | undefined }> = [];
  const rowPieces: Piece[] = [];
  for (const piece of bodyPieces) {
    const group = groupOf(piece);
    if (group === null) rowPieces.push(piece);
    else groupPieces.push({ piece, group });
  }
  const matched = alignPieces(rowPieces, TEMPLATE, SCORER);

  const columnWords = columnEvidence(pieces, [rowPieces[matched[OTHER_3]!], rowPieces[matched[HANDLED]!]]);
  const found = APPLICATION_COLUMNS.filter((c) => COLUMN_WORDS[c.key]!.some((w) => holdsWord(columnWords, w))).map((c) => c.key);
  // No applicant column named at all: generic headers (数据1 …) or none; values are read by position.
  // Most rows carrying all seven figures while the header names fewer columns: the header is damaged (OCR's
  // 商业企笨研机[竺会公益, red team rtR #4), not short of columns, and the rows are read by position as seven.
  const generic =
    !['natural', 'business', 'research', 'nonprofit'].some((k) => found.includes(k)) || headerShortOfRows(rowPieces, found);
  const columns = generic ? APPLICATION_COLUMNS.map((c) => c.key) : found;
  const missingColumns = generic ? [] : APPLICATION_COLUMNS.map((c) => c.key).filter((k) => !found.includes(k));
  const gridIndexCache = new Map<RawTable, number[] | undefined>();
  const headerIndexCache = new Map<RawTable, { indices: number[]; width: number } | undefined>();
  const gridNoValuesCache = new Map<RawTable, ReadonlySet<number>>();
  const gridExtraCache = new Map<RawTable, ReadonlySet<number>>();
  const textColumns = alignedColumns(rowPieces, columns.length);
  // A fragment whose header lines disagree (applications-spans.ts) is read by what they tell, or by no position; one
  // read in the template's order says nothing of the order of the others (a part after a page break, its header lost).
  const spans = new Map<RawTable, SpanReading | undefined>();
  for (const row of rows)
    if (row.tabular && row.table && !spans.has(row.table)) spans.set(row.table, spanReading(row.table, columns));
  const spansUnsure = [...spans.values()].some((s) => s === 'unsure');
  const orderRows = rows.filter((r) => {
    const span = r.table && spans.get(r.table);
    return !(span && span !== 'unsure' && span.ordered);
  });
  const byHeader = (t: RawTable | undefined, otherwise: () => number[] | undefined): number[] | undefined => {
    const span = t && spans.get(t);
    return span === 'unsure' ? undefined : span ? span.indices : otherwise();
  };
  const options = {
    sumIdentity: columns.includes('total') && columns.length === 7,
    extraColumn: namesExtraColumn(pieces, rowPieces[matched.find((k) => k >= 0) ?? -1]),
    columnsDisordered: spansUnsure || namesColumnsOutOfOrder(orderRows, HEADER_ORDER) || headerCellsOutOfOrder(orderRows),
    ...ocrOptions(ocr, pieces),
    gridIndex: (t: RawTable) => byHeader(t, () => gridIndex(t, columns, gridIndexCache)),
    headerIndex: (row: StreamRow) =>
      byHeader(row.tabular ? row.table : undefined, () => headerIndex(row, columns, headerIndexCache)),
    gridNoValues: (t: RawTable) => headerNoValueColumns(t, gridNoValuesCache),
    gridExtra: (t: RawTable) => extraGridColumns(t, gridExtraCache),
    textColumns,
  };

  const children: RowNode[] = [];
  const unreadableRows: UnreadableRow[] = [];
  // Rows of values one a line that do not add up, their values kept: the column identities may read them.
  const unsure: Array<{ key: string; row: RowNode }> = [];
  const cellAt = (key: string) => {
    const rowLabel = applicationRowLabel(key);
    return (c: string) => `表三「${rowLabel}」行·${applicationColumnLabel(c)}`;
  };
  const placed = new Set<string>();
  const used: Piece[] = [];
  // A row's label run into the cell of the row above (2.其他法律…3.危及…), one row of values after the cell: whose they
  // are cannot be told, so neither row is read (the row of values below, its label lost, is the other's). Only a
  // label aligned with a row counts: a caption or the identity note before a label in its cell is no row.
  const inOneCell = new Set<Piece>();
  const aligned = new Set(matched.flatMap((k) => (k >= 0 ? [rowPieces[k]!] : [])));
  const stacked = stackedLabels(rowPieces, matched);
  // Rows whose count of cells left their values free to slide a column: read when the table's 总计 column is blank.
  const slid: Array<{ row: TemplateRow; piece: Piece }> = [];
  TEMPLATE.forEach((row, j) => {
    const piece = rowPieces[matched[j]!];
    if (!piece) return;
    if (piece.values.length > 0) used.push(piece);
    if (stacked.has(piece)) {
      unreadableRows.push({ key: row.key, label: piece.label, reason: 'stackedLabels', ...placeFields(piece) });
      placed.add(row.key);
      return;
    }
    const head = piece.afterInCell;
    if (piece.values.length > 0 && head && head.values.length === 0 && aligned.has(head)) {
      inOneCell.add(head);
      unreadableRows.push({ key: row.key, label: piece.label, reason: 'labelsInOneCell', ...placeFields(piece) });
      placed.add(row.key);
      return;
    }
    if (piece.values.length > 0 && holdsTwoLabels(piece.words, row, TEMPLATE)) {
      unreadableRows.push({ key: row.key, label: piece.label, reason: 'labelsInOneCell', ...placeFields(piece) });
      placed.add(row.key);
      return;
    }
    const fitted = fitPiece(piece, columns.length, options);
    if (!fitted.ok) {
      if (fitted.reason === 'unplaced' && piece.values.length === 0) return;
      if (fitted.unsure && options.sumIdentity && !options.columnsDisordered)
        unsure.push({
          key: row.key,
          row: buildRow(row.key, piece, { ok: true, cells: fitted.unsure }, columns, cellAt(row.key), row.core),
        });
      unreadableRows.push({
        key: row.key,
        label: piece.label,
        reason: fitted.reason,
        expected: columns.length,
        actual: fitted.actual,
        ...placeFields(piece),
      });
      if (fitted.reason === 'valueCount') slid.push({ row, piece });
      placed.add(row.key);
      return;
    }
    children.push(buildRow(row.key, piece, fitted, columns, cellAt(row.key), row.core));
    placed.add(row.key);
  });

  unreadableRows.push(...takeRowsCutShort(children));
  // A 总计 column left blank throughout (blank-total.ts): a row of six values between blank cells is the six
  // applicant columns, its total blank like every other row's.
  const blankTotal =
    slid.length > 0 &&
    options.sumIdentity &&
    !options.columnsDisordered &&
    !options.ocrText &&
    totalBlankThroughout(children, TEMPLATE.length);
  for (const { row, piece } of blankTotal ? slid : []) {
    const cells = readWithBlankTotal(piece, columns.length);
    if (!cells) continue;
    children.push(buildRow(row.key, piece, { ok: true, cells }, columns, cellAt(row.key), row.core));
    unreadableRows.splice(
      unreadableRows.findIndex((r) => r.key === row.key && r.reason === 'valueCount'),
      1,
    );
  }

  // A group printed as one row with values, none of its sub-rows printed: the 2019 layout of that group. A sub-row
  // whose label is there, its values not found, is printed: the group is not one row then, whatever its values.
  // (Only a label's own words tell: 3.其他 is also a column's name, and resembles many a stray piece.)
  const missingRows: string[] = [];
  const collapsed = new Set<ResultGroup>();
  const printed = (key: string): boolean => TEMPLATE.some((r) => r.key === key && labelInRegion(r, regionWords));
  for (const { piece, group } of groupPieces) {
    if (!group || piece.values.length === 0 || collapsed.has(group)) continue;
    const subRows = APPLICATION_ROWS.filter((r) => r.group === group);
    if (subRows.some((r) => placed.has(r.key) || printed(r.key))) continue;
    // Rows of values right under it, their labels read as no row (numbered on from another group, 10. 11. 12.):
    // its sub-rows are printed, unreadable, and the group is not one row.
    if (rowsUnder(piece, bodyPieces, aligned)) {
      for (const r of subRows) {
        if (placed.has(r.key)) continue;
        unreadableRows.push({ key: r.key, label: applicationRowLabel(r.key), reason: 'labelUnreadable', ...placeFields(piece) });
        placed.add(r.key);
      }
      continue;
    }
    const fitted = fitPiece(piece, columns.length, options);
    collapsed.add(group);
    used.push(piece);
    // Its values unreadable (digits run together), it is still the group's one row: its sub-rows are missing
    // once, as a group (table-structure), never one by one.
    if (fitted.ok)
      children.push(
        buildRow(group, piece, fitted, columns, (c) => `表三「${GROUP_LABELS[group]}」行·${applicationColumnLabel(c)}`),
      );
    else
      unreadableRows.push({
        key: group,
        label: GROUP_LABELS[group],
        reason: fitted.reason,
        expected: columns.length,
        actual: fitted.actual,
        ...placeFields(piece),
      });
    missingRows.push(...subRows.map((r) => r.key));
    for (const r of subRows) placed.add(r.key);
  }
  const evidence = rowEvidence(bodyPieces, TEMPLATE, SCORER, regionWords);
  const unlabelled = unlabelledRows(rowPieces, matched, TEMPLATE, placed, () => columns.length);
  // OCR's text of a scan (borders printed as |) with lines aligned to no row: a row not found may be one of them, its
  // label misread beyond recognition ((一)子以公开, 下 结下年度姓续办惠): unread, never missing (rtH, tesseract --psm 6).
  const garbled = options.ocrText && rowPieces.some((p) => !aligned.has(p) && !isColumnHeader(p) && p.words.length > 0);
  TEMPLATE.forEach((row, j) => {
    if (placed.has(row.key)) return;
    const label = applicationRowLabel(row.key);
    const own = rowPieces[matched[j]!];
    const position = unlabelled.get(row.key);
    if (own && inOneCell.has(own)) unreadableRows.push({ key: row.key, label, reason: 'labelsInOneCell', ...placeFields(own) });
    else if (evidence.has(row.key)) unreadableRows.push({ key: row.key, label, reason: 'unplaced' });
    else if (unlabelled.has(row.key))
      unreadableRows.push({ key: row.key, label, reason: 'labelUnreadable', ...(position ? { position } : {}) });
    else if (garbled) unreadableRows.push({ key: row.key, label, reason: 'ocrLabelLost' });
    else missingRows.push(row.key);
  });
  // Judged against the rows read by then, each alone: one such row never vouches for another.
  const pinned = unsure.filter((u) => pinnedByColumns(u.row, children));
  for (const { key, row } of pinned) {
    children.push(row);
    unreadableRows.splice(
      unreadableRows.findIndex((r) => r.key === key && r.reason === 'notAddingUp'),
      1,
    );
  }
  const order = new Map(APPLICATION_ROWS.map((r, i) => [r.key, i]));
  const rank = (key: string | undefined): number => order.get(key ?? '') ?? order.get(`${key}.1`) ?? 0;
  children.sort((a, b) => rank(a.key) - rank(b.key));
  missingRows.sort((a, b) => rank(a) - rank(b));
  return { columns, missingColumns, missingRows, unreadableRows, children, used };
}

/**
 * Whether rows of values follow a group's piece before the next group label or aligned row: pieces with a number
 * whose labels match no row of the template.
 */
function rowsUnder(group: Piece, pieces: readonly Piece[], aligned: ReadonlySet<Piece>): boolean {
  for (let k = pieces.indexOf(group) + 1; k < pieces.length; k++) {
    const piece = pieces[k]!;
    if (aligned.has(piece) || groupOf(piece) !== null) return false;
    if (piece.values.some((v) => /[0-9０-９]/.test(v.text))) return true;
  }
  return false;
}

/**
 * The header's two lines: 自然人 … 总计 above, the kinds of 法人或其他组织 below (其他 is also a word of
 * 法人或其他组织, so it places nothing).
 */
const HEADER_ORDER: HeaderOrder = {
  lines: [
    [['自然人'], ['总计', '合计']],
    [['商业'], ['科研'], ['公益'], ['法律服务']],
  ],
  vocabulary:
    /申请人情况|自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|商业|企业|科研|机构|社会|公益|组织|法律服务|其他|其它|总计|合计/g,
};

/** Words only the column header holds: no row label of table 三 has one. */
const HEADER_WORDS = /申请人情况|自然人|商业企业|科研机构|研机构|社会公益组织|益组织|法律服务机构|勾稽关系/;
/** The column header's words, the short ones (其他, 总计) included. */
const COLUMN_WORDS_ANY =
  /申请人情况|自然人|法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|社会公益|社会公|益组织|研机构|其他|其它|总计|合计/g;

/**
 * A line of the column header whose values are blank cells: the header printed again where a table goes on after
 * a page break. It is no row, though its 其他 and 总计 resemble （六）3.其他 and （七）总计: matched there, a
 * （六）其他处理 printed as one row below it was not seen as the group's row (two of its rows reported missing
 * instead of one group). Every cell of its label is column words or the identity note, and its blank cells are
 * the header's: on a line that holds column words of its own, or a stray one or two (其他 and a tab after it, as a
 * PDF's header ends). A row label run into the header (总计 on the next line, a row of blank cells) keeps its
 * piece, and is read, or said to be unreadable, as before.
 */
function isColumnHeader(piece: Piece): boolean {
  // Blank values first: most pieces have figures, and their row's cells need not be read for header words.
  if (piece.values.length === 0 || !piece.values.every((v) => v.text.trim() === '')) return false;
  const headerRow = piece.valueRow?.cells.some((c) => HEADER_WORDS.test(normaliseLabel(c.text))) ?? false;
  const headerCells = piece.values.length <= MAX_STRAY_BLANKS || headerRow;
  return (
    (HEADER_WORDS.test(piece.words) || headerCellAlone(piece, headerRow)) &&
    headerCells &&
    piece.segments.every((s) => s.includes('勾稽关系') || s.replace(COLUMN_WORDS_ANY, '') === '')
  );
}

/**
 * A short column name (总计, 其他) with a blank cell or two after it, in a row of the header (another of its cells
 * names 申请人情况 or a column only the header names), label and blanks in that one row, no ordinal: the header's
 * 总计 column, as seed 000 prints it (勾稽关系 note ⇥⇥ 申请人情况 ⇥…⇥ 总计 ⇥), never the row （七）总计, which then, when
 * the table lacks it, is missing (it had been taken for that row printed without its values: unreadable).
 */
function headerCellAlone(piece: Piece, headerRow: boolean): boolean {
  return headerRow && piece.ordinal === null && piece.valueRow === piece.row && piece.values.length <= MAX_STRAY_BLANKS;
}

/** A label of the column header's words only (the identity note among them): no row's. */
const isHeaderLabel = (piece: Piece): boolean =>
  HEADER_WORDS.test(piece.words) && piece.segments.every((s) => s.includes('勾稽关系') || s.replace(COLUMN_WORDS_ANY, '') === '');

/** Blank cells a header line may trail (a tab after its last word); a row of blank cells has one per column. */
const MAX_STRAY_BLANKS = 2;

/**
 * null: not a group label. Otherwise the piece is a group label or a fragment of one (（三）不 ⏎ 予公开, 三、本 ⏎
 * 年度办理结果 printed vertically), with its group when the words or the ordinal say which.
 */
function groupOf(piece: Piece): ResultGroup | undefined | null {
  if (piece.ordinal && /^[0-9]$/.test(piece.ordinal)) return null;
  const words = piece.words;
  if (!words) return piece.ordinal && GROUP_ORDINALS[piece.ordinal] ? GROUP_ORDINALS[piece.ordinal] : null;
  if (!GROUP_WORDS.some((w) => w.includes(words))) return null;
  // （六）'s last row printed 其他 without its 3. (automatic numbering a reader does not render, or none at all): with a
  // full row of figures it is that row, not a fragment of 其他处理, which holds no figures of its own.
  if (isBareOtherRow(piece)) return null;
  const byWords = GROUP_MARKERS.find(([, w]) => w === words)?.[0];
  return byWords ?? (piece.ordinal ? GROUP_ORDINALS[piece.ordinal] : undefined);
}

/** A label 其他 (其它) alone, before as many figures as table 三 has columns, none blank. */
function isBareOtherRow(piece: Piece): boolean {
  return (
    (piece.words === '其他' || piece.words === '其它') &&
    piece.values.length === APPLICATION_COLUMNS.length &&
    piece.values.every((v) => /^\s*[0-9０-９]+\s*$/.test(v.text))
  );
}

/** Column index of each column in a grid fragment, when its header names every column, each in a cell of its own. */
function gridIndex(
  table: RawTable,
  columns: readonly string[],
  cache: Map<RawTable, number[] | undefined>,
): number[] | undefined {
  if (cache.has(table)) return cache.get(table);
  const found = new Map<string, number>();
  for (const row of table.rows) {
    if (row.cells.some((c) => /^[0-9０-９]+$/.test(c.text.trim()))) break;
    row.cells.forEach((cell, i) => {
      const text = normaliseLabel(cell.text);
      if (!text || text.length > 12) return;
      for (const spec of APPLICATION_COLUMNS) if (!found.has(spec.key) && spec.match(text)) found.set(spec.key, i);
    });
  }
  // Every column at a cell of its own places each value, in the template's order or not (总计 first: rtH A9).
  let indices: number[] | undefined = columns.map((k) => found.get(k) ?? -1);
  if (indices.some((i, n) => i < 0 || indices!.indexOf(i) !== n)) indices = undefined;
  cache.set(table, indices);
  return indices;
}

/** A header cell naming a column that holds no counts: remarks, the unit (件). */
const NO_VALUE_COLUMN = /^(?:备注|说明|单位|计量单位)$/;

/** Indices of a grid fragment's columns whose header cell (a row before the first figure) is 备注 or 单位. */
function headerNoValueColumns(table: RawTable, cache: Map<RawTable, ReadonlySet<number>>): ReadonlySet<number> {
  const cached = cache.get(table);
  if (cached) return cached;
  const out = new Set<number>();
  for (const row of table.rows) {
    if (row.cells.some((c) => /^[0-9０-９]+$/.test(c.text.trim()))) break;
    row.cells.forEach((cell, i) => {
      const words = normaliseLabel(cell.text);
      if (NO_VALUE_COLUMN.test(words) || (SERIAL_COLUMN.test(words) && holdsOrdinals(table, i))) out.add(i);
    });
  }
  cache.set(table, out);
  return out;
}

/** A header cell naming a column of row numbers. */
const SERIAL_COLUMN = /^(?:序号|行次|编号)$/;

/**
 * Whether a grid fragment's column holds row numbers (rtN F12b: 序号 at the right of table 三): below its header, every
 * cell of a row holding a figure is blank or the number after the one above it, 1, 2, 3 … (a fragment after a page
 * break may go on from another). A count never runs so: such a column is never one of the table's.
 */
function holdsOrdinals(table: RawTable, column: number): boolean {
  let last: number | undefined;
  let numbers = 0;
  for (const row of table.rows) {
    if (!row.cells.some((c) => /^[0-9０-９]+$/.test(c.text.trim()))) continue;
    const text = toAsciiDigits(row.cells[column]?.text.trim() ?? '');
    if (text === '') continue;
    if (!/^[0-9]{1,3}$/.test(text)) return false;
    const n = Number(text);
    if (last !== undefined ? n !== last + 1 : n < 1) return false;
    last = n;
    numbers++;
  }
  return numbers >= MIN_ORDINALS;
}
/** Row numbers a 序号 column holds at least, to be told from a column of counts. */
const MIN_ORDINALS = 3;
