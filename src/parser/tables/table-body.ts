/** What the three table readers share: the body of a TableNode, and building a row from fitted cells. */
import type { Position, RowNode, TableNode, UnreadableReason, UnreadableRow } from '../types.js';
import { contentOf, makeCell, makeRow } from '../raw-table.js';
import { labelKey, lcsLength, normaliseLabel, similarity } from '../labels.js';
import type { LabelScorer, TemplateRow } from './align.js';
import { ordinalOf, type Piece } from './pieces.js';
import type { Fitted } from './values.js';

export type TableBody = Pick<TableNode, 'columns' | 'missingRows' | 'missingColumns' | 'unreadableRows' | 'children'> &
  Partial<Pick<TableNode, 'template' | 'outdatedLabels'>> & {
    /** The pieces whose values were read: where the table ends (a second table may follow in the region). */
    used: Piece[];
    /** Why nothing could be read, when no row was. */
    unreadable?: UnreadableReason;
  };

export function buildRow(
  key: string,
  piece: Piece,
  fitted: Fitted & { ok: true },
  columns: readonly (string | undefined)[],
  location: (column: string) => string,
  core?: string,
): RowNode {
  const cells = fitted.cells.map((c, i) => makeCell(c, columns[i], location(columns[i] ?? '')));
  const row = makeRow(key, core ? rowLabel(piece, core) : piece.label, cells, placeOf(piece));
  if (fitted.inferred) row.inferred = fitted.inferred;
  return row;
}

/**
 * The row's own label: the last cells of the piece that read as the template's label, without a header or
 * caption printed above it (信息内容 本年制发件数 … 规章 → 规章).
 */
function rowLabel(piece: Piece, core: string): string {
  for (let k = 1; k < piece.parts.length; k++) {
    const tail = piece.parts.slice(-k);
    const words = labelKey(tail.join(''));
    if (words === core || (words.length <= 2 * core.length && similarity(words, core) >= 0.55)) {
      // Its ordinal printed apart ((七) ⏎ 总 ⏎ 计) belongs to it.
      const before = piece.parts[piece.parts.length - k - 1];
      return (before !== undefined && labelKey(before) === '' ? [before, ...tail] : tail).join(' ');
    }
  }
  return piece.label;
}

/** Where a row is: its table row, or in a line from its label to its last value. */
export function placeOf(piece: Piece): Position | undefined {
  if (piece.valueRow?.tabular && piece.valueRow.position) return piece.valueRow.position;
  let start = piece.position?.start ?? piece.values[0]?.position?.start;
  let end = piece.values[piece.values.length - 1]?.position?.end ?? piece.position?.end;
  // Values printed before their label (values-first.ts): from the first value to the label's end.
  const first = piece.values[0]?.position?.start;
  if (start && first && first.offset !== undefined && start.offset !== undefined && first.offset < start.offset) {
    start = first;
    end = piece.position?.end ?? end;
  }
  return start && end ? { start, end } : undefined;
}

/** The position fields of an unreadable row. */
export function placeFields(piece: Piece): { position?: Position } {
  const position = placeOf(piece);
  return position ? { position } : {};
}

/**
 * Whether the row's own label words stand in the region's text. Short labels (其他, 总计) are also column words:
 * the region's text is no evidence of such a row.
 */
export function labelInRegion(row: TemplateRow, regionWords: string): boolean {
  return [row.core, ...(row.variants ?? [])].some((w) => w.length >= 4 && regionWords.includes(w));
}

/**
 * Rows whose label words are in the region (exactly, or in a piece that resembles them): such a row is there
 * but could not be placed, never absent.
 */
export function rowEvidence(
  pieces: readonly Piece[],
  rows: readonly TemplateRow[],
  scorer: LabelScorer,
  regionWords: string,
): Set<string> {
  const out = new Set<string>();
  rows.forEach((row) => {
    if (labelInRegion(row, regionWords)) out.add(row.key);
  });
  // A piece is evidence of the row it resembles most (一、本年新收… also resembles 二、上年结转…).
  const labels = new Set<string>();
  const seen = new Set<string>();
  for (const piece of pieces) {
    const key = `${piece.values.length > 0 ? 1 : 0}${piece.words}|${piece.plain ?? ''}|${piece.tails.join('|')}`;
    if (!seen.has(key) && seen.size < MAX_DISTINCT) {
      seen.add(key);
      const scores = scorer.ofPiece(piece);
      let best = 0;
      scores.forEach((s) => (best = Math.max(best, s)));
      if (best > 0) scores.forEach((s, j) => s === best && out.add(rows[j]!.key));
      shortLabelRow(piece, rows, out);
      labelAroundNumbers(piece, rows, out);
    }
    for (const words of [piece.words, ...piece.segments]) if (words.length >= 4 && labels.size < MAX_DISTINCT) labels.add(words);
  }
  // Too many distinct labels to look at all: a row not yet seen may be among them, so it is not called absent.
  const exhaustive = seen.size < MAX_DISTINCT && labels.size < MAX_DISTINCT;
  // A fragment of a label broken apart by OCR or a page (行政机关不再处理其政府信息公): most of it is the label's.
  for (const row of rows) {
    if (out.has(row.key)) continue;
    if (!exhaustive) {
      out.add(row.key);
      continue;
    }
    for (const words of labels) {
      if (words.length <= 2 * row.core.length && lcsLength(words, row.core) >= 0.8 * words.length) {
        out.add(row.key);
        break;
      }
    }
  }
  return out;
}

/**
 * A row whose label's words stand in one cell with numbers between them (一、本年新收政府信息公开 158 … 2510申请数量,
 * （七）总153 … 2491计: a PDF row read as one cell, its label's wrapped line after its values; rtY #2) is there:
 * its values could not be placed, yet the label is printed. The numbers standing as words or glued to the label's
 * ends are dropped (an ordinal's digits, 3. 其他, stay) and what is left compared with the row's label.
 */
function labelAroundNumbers(piece: Piece, rows: readonly TemplateRow[], out: Set<string>): void {
  if (!NUMBER_IN_LABEL.test(piece.label)) return;
  const bare = piece.label.replace(NUMBERS_IN_LABEL, '');
  const words = labelKey(bare);
  const ordinal = ordinalOf(bare);
  for (const row of rows) {
    if (out.has(row.key)) continue;
    const own = [row.core, ...(row.variants ?? [])];
    // A short label (总计, 其他) only as the whole of what is left, after the row's own ordinal.
    const found = own.some((w) => (w.length >= 4 ? words.includes(w) : words === w && ordinal === (row.ordinal ?? null)));
    if (found) out.add(row.key);
  }
}

/** A number standing as a word, or glued to Chinese on one side and a blank on the other; never an ordinal's (1.). */
const NUMBERS_IN_LABEL = /(?<![0-9０-９.．])[0-9０-９]+(?=\s|$)|(?<=\s|^)[0-9０-９]+(?![0-9０-９.．、])/gu;
const NUMBER_IN_LABEL = new RegExp(NUMBERS_IN_LABEL.source, 'u');

/**
 * A row whose label is too short for the region's words to show it (规章, 3.其他) is there when one of a piece's cells
 * is that label, after the row's own ordinal when it has one: cells of text after it (未制定, 未发生 in every value
 * cell, red team rtK) ran into the piece's label, which then resembles no row, yet the row is printed.
 */
function shortLabelRow(piece: Piece, rows: readonly TemplateRow[], out: Set<string>): void {
  for (const row of rows) {
    if (row.core.length >= 4 || out.has(row.key)) continue;
    const found = piece.segments.some(
      (s, i) =>
        (s === row.core || row.variants?.includes(s) === true) &&
        (!row.ordinal || ordinalOf(piece.parts[i] ?? '') === row.ordinal),
    );
    if (found || (!row.ordinal && standsAsWord(piece, row.core))) out.add(row.key);
  }
}

/**
 * A label with no ordinal printed as a word of its own among the piece's words (a PDF's line of a table flattened into
 * a paragraph: 信息内容 本年制发件数 … 规章 3 1 27 行政规范性文件, review13 narrow): the row is printed.
 */
function standsAsWord(piece: Piece, core: string): boolean {
  return piece.parts.some((part) => part.split(/\s+/).some((w) => normaliseLabel(w) === core));
}

/**
 * The column header (or a block's caption and header) run into the row of values under it, that row's label cells
 * blank: the first row of a table or block (or of a table's part after a page, the header printed again) whose label
 * was lost. The header's lines hold no values, so its words were taken as the row's label; they name no row, and the
 * row is one whose label is unreadable (unlabelledRows), never a row missing. Only where the row of values holds no
 * label text of its own: a label printed there (总计 after the header, its ordinal lost) is the row's.
 * `isHeader`: whether the piece's label is the table's header words only. Such a piece is given back without
 * the words run into it from above; any other as it is.
 */
export function withoutHeaderOverLostLabel(piece: Piece, isHeader: (piece: Piece) => boolean): Piece {
  return headerOverLostLabel(piece, isHeader) ? withoutLabel(piece) : piece;
}

function headerOverLostLabel(piece: Piece, isHeader: (piece: Piece) => boolean): boolean {
  const row = piece.valueRow;
  return (
    row !== undefined &&
    row !== piece.row &&
    row.tabular &&
    piece.values.some((v) => contentOf(v).content === 'number') &&
    row.cells.every((c) => c.spanned || c.text.trim() === '' || piece.values.includes(c)) &&
    isHeader(piece)
  );
}

/** The piece's values without the words run into them from above. */
function withoutLabel(piece: Piece): Piece {
  const { plain: _plain, textBeforeValues: _text, afterInCell: _after, ...rest } = piece;
  return { ...rest, label: '', words: '', tails: [], segments: [], parts: [], ordinal: null, row: piece.valueRow ?? piece.row };
}

/**
 * Template rows not placed whose place holds a row of values without a label (OCR lost the label cell, or ran its
 * words into the cell above): between the pieces aligned with the rows before and after them stands a piece with
 * no label words and at least one number. Such a row is there, unreadable, never missing; its values are not
 * given to it by position. Before the first aligned row and after the last only the pieces next to it count, as
 * many as rows are in the gap (prose numbers further on are not the table's). `matched`: the piece index aligned
 * with each template row, or -1.
 */
export function unlabelledRows(
  pieces: readonly Piece[],
  matched: readonly number[],
  rows: readonly TemplateRow[],
  placed: ReadonlySet<string>,
  width?: (key: string) => number,
): Map<string, Position | undefined> {
  const out = new Map<string, Position | undefined>();
  for (let j = 0; j < rows.length;) {
    if (placed.has(rows[j]!.key) || matched[j]! >= 0) {
      j++;
      continue;
    }
    let k = j;
    while (k + 1 < rows.length && !placed.has(rows[k + 1]!.key) && matched[k + 1]! < 0) k++;
    const before = Math.max(-1, ...matched.slice(0, j));
    const afterAll = matched.slice(k + 1).filter((m) => m >= 0);
    const after = afterAll.length > 0 ? Math.min(...afterAll) : pieces.length;
    const size = k - j + 1;
    const from = before < 0 ? Math.max(0, after - size) : before + 1;
    const to = after >= pieces.length ? Math.min(pieces.length, before + 1 + size) : after;
    const run = rows.slice(j, k + 1);
    const gap = pieces.slice(from, to);
    // Values with no label may be any row's of the run: none of them is missing. A label's start names its row
    // only: the other rows of the run may still be missing (1.属于国 stands for 1., not for a 2. that is absent).
    const unlabelled = gap.find(isUnlabelledValues);
    // A label garbled whole (not the start of a row's label, which names that row alone, below): any row of the run.
    const starts = gap.some((p) => rowsStartedBy(p, run).length > 0);
    const garbled = !unlabelled && !starts && width ? gap.find((p) => isGarbledRow(p, run, rows, width)) : undefined;
    if (unlabelled) {
      for (let r = j; r <= k; r++) out.set(rows[r]!.key, placeOf(unlabelled));
    } else if (garbled) {
      // Its ordinal a row's of the run (a group's, （六）, is none): that row only.
      const own = run.filter((row) => garbled.ordinal !== null && row.ordinal === garbled.ordinal);
      for (const row of own.length > 0 ? own : run) out.set(row.key, placeOf(garbled));
    } else {
      for (const piece of gap)
        for (const row of rowsStartedBy(piece, run)) if (!out.has(row.key)) out.set(row.key, placeOf(piece));
    }
    j = k + 1;
  }
  return out;
}

/**
 * A piece of values with no label words (its ordinal alone may be left), or whose label cell next to the values is
 * one character, too little to name a row (规 of 规章 printed one character a line, its 章 run into the next row's
 * label, the column headers above it taken into the piece), and at least one number.
 */
function isUnlabelledValues(piece: Piece): boolean {
  const own = piece.words === '' ? '' : (piece.tails[0] ?? piece.words);
  return own.length <= MAX_FRAGMENT && piece.values.some((c) => contentOf(c).content === 'number');
}

/**
 * A full row of values — as many numbers as a row of the run takes — after a label that names no row of the table
 * (OCR garbled it: SARTRE Sen ACER, 了属干行攻执去案巻, fin ar): the row is there, its label unread. A label holding
 * another row's words is that row's, out of its place, and names no row of the run.
 */
function isGarbledRow(
  piece: Piece,
  run: readonly TemplateRow[],
  rows: readonly TemplateRow[],
  width: (key: string) => number,
): boolean {
  const own = piece.tails[0] ?? piece.words;
  // Characters lost (U+FFFD) are no OCR garbling: damaged-rows.ts says the row is unread for that.
  if (own === '' || own.length > MAX_GARBLED || piece.label.includes('\uFFFD')) return false;
  if (!run.some((r) => width(r.key) === piece.values.length)) return false;
  if (!piece.values.every((c) => contentOf(c).content === 'number')) return false;
  return !rows.some((r) => !run.includes(r) && r.core.length >= 2 && own.includes(r.core));
}

/** A garbled label is a cell's worth of characters; a longer text is prose or a caption, not a label OCR garbled. */
const MAX_GARBLED = 40;

/** Label words this short name no row by themselves: a fragment of a label. */
const MAX_FRAGMENT = 1;

/**
 * The rows of these whose label the piece's label starts (a piece of values), under that row's ordinal if it has
 * one: the label broken after a few characters, the rest on a line that went elsewhere (1.属于国 ⏎ 家秘密, pandoc's plain
 * text of a Word cell with a line break). The row is there, its label unread.
 */
function rowsStartedBy(piece: Piece, rows: readonly TemplateRow[]): TemplateRow[] {
  const words = piece.words;
  if (words.length < 2 || !piece.values.some((c) => contentOf(c).content === 'number')) return [];
  return rows.filter((r) => r.core.startsWith(words) && (!r.ordinal || !piece.ordinal || r.ordinal === piece.ordinal));
}

/** Distinct labels looked at for evidence; a table has a few dozen, a pathological input may have millions. */
const MAX_DISTINCT = 5_000;

/**
 * Rows read whose values stop short: filled up to a column, blank from there to the last column, where most other
 * rows of the table fill that last column. It is what OCR writes when it loses a cell and pads the row at its end
 * (Marker's GFM: | 9 | 8 | 29 | 19 | 3 | 90 |  |): every value after the lost one stands a column left, and the
 * row's total sits in an addend's column. A value lost and a total left blank cannot be told apart there, so such
 * a row is unread (valueCount), never read shifted; a column that the table leaves blank throughout (a 总计 column
 * left empty) is no sign of it. The rows are taken out of `children` and returned as unreadable rows.
 */
export function takeRowsCutShort(children: RowNode[]): UnreadableRow[] {
  const filledAt = (row: RowNode, key: string): boolean | undefined => {
    const cell = row.children.find((c) => c.key === key);
    return cell === undefined ? undefined : cell.content !== 'blank';
  };
  const short = children.filter((row) => {
    const cells = row.children;
    const last = cells[cells.length - 1];
    if (cells.length < 2 || last?.key === undefined || last.content !== 'blank') return false;
    const firstBlank = cells.findIndex((c) => c.content === 'blank');
    if (firstBlank < 1 || cells.slice(firstBlank).some((c) => c.content !== 'blank')) return false;
    let filled = 0;
    let blank = 0;
    for (const other of children) {
      if (other === row) continue;
      const at = filledAt(other, last.key);
      if (at === true) filled++;
      else if (at === false) blank++;
    }
    return filled > 0 && filled > blank;
  });
  if (short.length === 0) return [];
  const out = short.map((row): UnreadableRow => ({
    ...(row.key !== undefined ? { key: row.key } : {}),
    label: row.label,
    reason: 'valueCount',
    expected: row.children.length,
    actual: row.children.filter((c) => c.content !== 'blank').length,
    ...(row.position ? { position: row.position } : {}),
  }));
  const kept = children.filter((row) => !short.includes(row));
  children.splice(0, children.length, ...kept);
  return out;
}
