/**
 * Pieces: a label and the values printed after it, whatever the layout. A label may be broken over several
 * cells or lines (one character per line, a wrapped label); it ends where values start, or where a new ordinal
 * starts a new label (（三）不予公开 1.属于国家秘密 are two). Values belong to one row of the source: a row of
 * values with no label of its own is a piece without a label (its label was printed elsewhere).
 */
import type { Position } from 'unist';
import { contentOf, type RawCell } from '../raw-table.js';
import { labelKey, normaliseLabel, toAsciiDigits } from '../labels.js';
import type { StreamRow } from './stream.js';
import { displaySpan } from './layout-rows.js';
import { COUNT_UNIT, VAGUE_COUNT } from './counts.js';
import { ACTIVE_COLUMN_LABELS, ACTIVE_ROWS } from '../data/active.js';
import { REVIEW_COLUMN_LABELS, REVIEW_GROUP_LABELS } from '../data/review.js';

export interface Piece {
  /** The label as printed (cells joined by a space). */
  label: string;
  /** The label without spaces, punctuation and ordinals: what is compared with the template. */
  words: string;
  /**
   * The words of the label's last cells (the last one, the last two, …): a header or caption printed just above
   * a row joins its label (no values stand between them), and the row's own label is the part nearest its values.
   */
  tails: string[];
  /**
   * The words without a note the label ends with, when it ends with one: 3.其他（撤回申请）, 3.其他：申请人撤回
   * (an editor's note on what the row counts); undefined when there is none.
   */
  plain?: string;
  /** The label's cells, normalised like `words`. */
  segments: string[];
  /** The label's leading ordinal, normalised: '1' … '8', '（一）' … '（七）', '一、' … '四、'; null when none. */
  ordinal: string | null;
  /** The value cells, blanks included when they come from a table row. */
  values: RawCell[];
  /** The row the values come from. */
  valueRow?: StreamRow;
  /** The row the piece starts in. */
  row: StreamRow;
  /** The label's cells as printed. */
  parts: string[];
  /**
   * The label's last cell when it is short text standing right before the values in the same table row: it may
   * be the first value written as text (若干 in the first column), which only the count of values can tell.
   */
  textBeforeValues?: RawCell;
  /** Its values so far stand one per line of text (not a table row): the next such line goes on with them. */
  onePerLine?: boolean;
  /**
   * The label printed before this one in the same cell (2.其他法律行政法规禁止公开3.危及“三安全一稳定”: OCR ran the
   * next row's label into this row's cell): the values after the cell may be either label's.
   */
  afterInCell?: Piece;
  /**
   * Values alone on the next line of a table of text (tab or `|` rows), no label, no blank line between, under a
   * row with fewer cells than the table's full rows: the rest of this row wrapped (a mail client's line length,
   * pandoc's AsciiDoc at 72 columns), a row whose label was lost, or a page number. Which, only the count of values
   * and the row's identity can tell (values.ts).
   */
  wrappedRest?: Piece;
  /**
   * A line of digits alone right under the line holding this row's label and values, both loose lines (a copy
   * from a PDF viewer, pdftotext): a number too wide for its narrow cell wrapped (15 15 … 94 ⏎ 21 41 … 26 is 1521
   * 1541 … 9426), or a page number. values.ts joins it only where each fragment's cell is certain; otherwise the
   * row is unread, never read with its numbers cut short (rtP #2).
   */
  digitsBelow?: Piece;
  position?: Position;
}

/** A note a label ends with: a parenthesis (one level, not an ordinal's) or a colon and what follows it. */
const TRAILING_NOTE = /(?<=\S)\s*(?:[（(][^（()）]+[)）]|[:：][^:：]*)\s*$/u;
const NOTE_SEARCH = 200;

/** Where a new label starts inside a label cell: an ordinal of the format. */
const ORDINAL_START =
  /(?:(?<!第)[（(]\s*[一二三四五六七八九十]\s*[)）]|(?<![\u4e00-\u9fa5])[一二三四]\s*、|(?<![0-9０-９])[1-9１-９]\s*[.．、])/g;

export function ordinalOf(label: string): string | null {
  const t = label.trim();
  let m = /^[（(]\s*([一二三四五六七八九十])\s*[)）]/.exec(t);
  if (m) return `（${m[1]}）`;
  m = /^([一二三四五六七八九十])\s*、/.exec(t);
  if (m) return `${m[1]}、`;
  // A sub-row's number: 3. 3、 and, as some organs print it, （3） ⑶ ③ (read as 3 alike: without it, （3）其他 was
  // taken for a fragment of the group label （六）其他处理).
  m = /^(?:([1-9１-９])\s*[.．、]|[（(]\s*([1-9１-９])\s*[)）])/.exec(t);
  if (m) return toAsciiDigits(m[1] ?? m[2]!);
  const circled = t.codePointAt(0) ?? 0;
  if (circled >= 0x2474 && circled <= 0x247c) return String(circled - 0x2473);
  if (circled >= 0x2460 && circled <= 0x2468) return String(circled - 0x245f);
  return null;
}

/** A label cell cut where ordinals start a new label. */
function splitAtOrdinals(text: string): string[] {
  const cuts: number[] = [];
  ORDINAL_START.lastIndex = 0;
  for (let m = ORDINAL_START.exec(text); m; m = ORDINAL_START.exec(text)) if (m.index > 0) cuts.push(m.index);
  if (cuts.length === 0) return [text];
  const parts: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (text.slice(from, cut).trim()) parts.push(text.slice(from, cut));
    from = cut;
  }
  parts.push(text.slice(from));
  return parts;
}

/** The labels of tables 二 and 四's rows, columns and groups, normalised (行政许可, 本年制发件数, 结果维持, 复议后起诉). */
const SPACED_LABELS: ReadonlySet<string> = new Set(
  [
    ...ACTIVE_ROWS.map((r) => r.label),
    ...Object.values(ACTIVE_COLUMN_LABELS),
    '信息内容',
    ...Object.values(REVIEW_COLUMN_LABELS),
    ...Object.values(REVIEW_GROUP_LABELS).flatMap((l) => l.split('·')),
  ].map(normaliseLabel),
);

/**
 * Values are numbers, blanks and placeholders; text after a value in the same row is a value too when short, or,
 * `betweenValues`, whatever its length when it stands between numbers in a row of a grid.
 */
export function isValueCell(cell: RawCell, afterValue: boolean, betweenValues = false): boolean {
  const { content, shape, value } = contentOf(cell);
  // A label of table 二 or 四 written letter-spaced (行 政 许 可, 结 果 维 持: WPS's 分散对齐 copied) reads like
  // OCR's debris of a figure (权 本 本, numbers.ts), but its characters are the label's own: a label (rtX #10).
  if (shape === 'lookalike' && value === null && SPACED_LABELS.has(normaliseLabel(cell.text))) return false;
  // A count that is text all the same (3件, or O and 〇 for 0) is a value wherever it stands: no label is so written.
  if (content !== 'text' || shape) return true;
  // Digits run together past what a number holds (a crawl: 28497599133167551, 3249331,6082,1632) are values
  // still, never a label.
  if (DIGIT_RUN.test(cell.text.trim())) return true;
  const t = normaliseLabel(cell.text);
  // A count with its unit, or 若干 ("some") in place of a count, is a value wherever it stands: no label is
  // written so.
  if (NUMBER_WITH_UNIT.test(t) || t === VAGUE_COUNT) return true;
  if (!afterValue) return false;
  if (ordinalOf(cell.text) !== null || /[不予公开无法提供处理其他]{2,}/.test(t)) return false;
  // A grid's cell of words between two numbers of its row is a cell of that row, never the label of a row of its own
  // (见附表另计 in a count cell had cut the row in two, both unread: rtAE 7), unless it is a label of table 二 or 四 (two
  // blocks side by side: 规章 | 5 | 1 | 20 | 行政许可 | 320). A figure in it, (8661), leaves the row unread as before:
  // an accountant's negative or a note, not text to accuse.
  return t.length <= 3 || (betweenValues && !SPACED_LABELS.has(t) && !/[0-9０-９]/.test(t));
}

/**
 * A row of values alone, its table's lines written as text (tab or `|` rows), right under the line of a labelled
 * row's values, that row short of cells: kept beside that row as its possible rest (values.ts fits it, or leaves
 * the row unreadable). Where a line is a row (tab text, `| a | b |` lines), only a row with fewer cells than the
 * widest row of the table's text (`width`, the header's) can have wrapped: a wrap cuts the line, but a blank cell
 * keeps its tab or `|`. A row of full width is complete, and a number under it is a line of its own (a page
 * number), never its rest. Under a row that is short, the line may still be a page number: values.ts joins it
 * only when the joined values are exactly the columns and, for table 三, add up; table 二's rows have no identity
 * to check, so there the count alone decides.
 */
function noteWrappedRest(above: Piece | undefined, rest: Piece, rowAbove: StreamRow | undefined, width: number): void {
  const row = rest.valueRow;
  if (!above || !row || !rowAbove || above.valueRow !== rowAbove || above.parts.length === 0 || above.onePerLine) return;
  if (rowAbove.cells.length >= width && !writtenOverLines(rowAbove, row)) return;
  // The rest is a row of the same kind, or, under a tab row, a line of numbers alone (8015: a wrap after the last
  // tab leaves no tab on the line).
  if (!isTextRow(rowAbove) || !(isTextRow(row) || (!row.tabular && rest.values.every(isNumberCell)))) return;
  const end = rowAbove.position?.end.line;
  if (end !== undefined && row.position?.start.line === end + 1) above.wrappedRest = rest;
}

/**
 * Whether the row is written over lines, none of them the whole row, so that a line's count of cells says
 * nothing of a wrap: the rest is a line of the row's own block (a table of text between blank lines), no other
 * line of which holds a number. AsciiDoc sets rows apart by blank lines and wraps each at the page width
 * (|…|2.重复申请 |101 … |741 ⏎ |901 |3006; at a narrow width the label on a line of its own: |二、上年结转… ⏎
 * | | |11 … |31 ⏎ |126), and the widest line of its table may be no wider than a wrapped one.
 */
function writtenOverLines(rowAbove: StreamRow, restRow: StreamRow): boolean {
  const block = rowAbove.table;
  return (
    block !== undefined &&
    restRow.table === block &&
    block.rows.every((r) => r.cells === rowAbove.cells || r.cells === restRow.cells || !r.cells.some(isNumberCell))
  );
}

/**
 * Notes a line of digits (`rest`) as lying right under the line of `above`'s values, both loose lines (no tab, no
 * `|`), the row's label on that line or the one before it (pieces `digitsBelow`). The line may open with a label
 * with no ordinal (数量 21 41 …: the rest of the row's label, wrapped beside the rest of its numbers): such a line
 * may as well be a row of its own (table 二's 行政规范性文件 3 15 9 under 规章 5 1 20), so values.ts only joins it
 * where certain and otherwise leaves both rows as they read.
 */
function noteDigitsBelow(above: Piece | undefined, rest: Piece, rowAbove: StreamRow | undefined): void {
  const row = rest.valueRow;
  if (!above || !row || !rowAbove || above.valueRow !== rowAbove || above.parts.length === 0) return;
  if (above.onePerLine || above.wrappedRest || row.tabular || rowAbove.tabular) return;
  if (
    rest.parts.length > 1 ||
    (rest.parts.length === 1 && (rest.ordinal !== null || rest.values.length !== row.cells.length - 1))
  )
    return;
  if (rest.values.length === 0 || !rest.values.every((c) => DIGITS_ONLY.test(c.text.trim()))) return;
  const valuesLine = rowAbove.position?.start.line;
  const labelEnd = above.position?.end.line;
  if (valuesLine === undefined || labelEnd === undefined || labelEnd < valuesLine - 1 || labelEnd > valuesLine) return;
  if (row.position?.start.line === (rowAbove.position?.end.line ?? NaN) + 1) above.digitsBelow = rest;
}

const DIGITS_ONLY = /^[0-9０-９]+$/;

const isTextRow = (row: StreamRow): boolean => row.tabular && row.table?.layout === 'flattened';

const isNumberCell = (cell: RawCell | undefined): boolean =>
  cell !== undefined && (contentOf(cell).content === 'number' || DIGIT_RUN.test(cell.text.trim()));

const DIGIT_RUN = /^[-−－]?[0-9０-９][0-9０-９,，]*$/;

/** A count written with its unit (109件, 3个): a value that is not a number, however many digits it has. */
const NUMBER_WITH_UNIT = new RegExp(`^\\d[\\d,，]*${COUNT_UNIT}$`);

/** Labels are rarely printed over more than this many cells apart from one character per line. */
const MAX_TAILS = 4;

function isShortText(cell: RawCell): boolean {
  const t = normaliseLabel(cell.text);
  return t.length > 0 && t.length <= 3 && ordinalOf(cell.text) === null;
}

export function piecesOf(rows: readonly StreamRow[]): Piece[] {
  const pieces: Piece[] = [];
  // The cells of a full row of the table's text (tab or `|` rows): its header's, and any row not wrapped.
  const width = rows.reduce((n, row) => (isTextRow(row) ? Math.max(n, row.cells.length) : n), 0);
  let current: Piece | undefined;
  const open = (label: string, position: Position | undefined, row: StreamRow): Piece => {
    const piece: Piece = {
      label: '',
      words: '',
      tails: [],
      segments: [],
      parts: [],
      row,
      ordinal: ordinalOf(label),
      values: [],
      ...(position ? { position } : {}),
    };
    pieces.push(piece);
    current = piece;
    return piece;
  };
  const extend = (piece: Piece, label: string, position: Position | undefined): void => {
    piece.label = piece.label ? `${piece.label} ${label.trim()}` : label.trim();
    piece.segments.push(labelKey(label));
    piece.parts.push(label.trim());
    if (position) piece.position = piece.position ? { start: piece.position.start, end: position.end } : position;
  };
  let previous: StreamRow | undefined;
  for (const row of rows) {
    const rowAbove = previous;
    const before = pieces.length;
    // A label goes on from line to line, or from row to row of one table; across a table's edge only a row label
    // (one with an ordinal, wrapped onto the next row) goes on: a caption before a table is not its first label.
    const newFragment = previous !== undefined && previous.item !== row.item && (row.tabular || previous.tabular);
    previous = row;
    let labelFrom: Piece | undefined = newFragment && !current?.ordinal ? undefined : current;
    // A table row of blank cells only: the value row of a blank form (table 四 printed empty).
    const own = row.cells.filter((c) => !c.spanned);
    if (row.tabular && own.length >= 3 && own.every((c) => c.text.trim() === '')) {
      const piece = open('', row.position, row);
      piece.values.push(...own);
      piece.valueRow = row;
      continue;
    }
    let valueInRow = false;
    let numberInRow = false;
    let labelInRow = false;
    let lastLabel: RawCell | undefined;
    let labelsInRow = 0;
    // Blanks before a row's label are padding (an empty label column); a row without a label keeps them all.
    const padded = row.tabular && own.some((c) => !isValueCell(c, false));
    // A grid row's numbers, for its text between them (isValueCell's betweenValues); -1: no grid row.
    let lastNumber = -1;
    if (row.tabular && row.table?.layout === 'grid')
      for (let k = row.cells.length - 1; k >= 0 && lastNumber < 0; k--) if (isNumberCell(row.cells[k])) lastNumber = k;
    let numbersBefore = 0;
    for (const [at, cell] of row.cells.entries()) {
      if (cell.spanned) continue;
      const text = cell.text.trim();
      // Text after a value is a value (若干, 3件) only in a table row or a space-aligned line (its columns say so),
      // or between two numbers of a line (a crawl: 23 54 若干 100): a line of running text goes on with the next label.
      const placed =
        row.tabular || displaySpan(cell) !== undefined || (isNumberCell(row.cells[at - 1]) && isNumberCell(row.cells[at + 1]));
      // Two numbers before it at least: one may be a 序号 column's, before a label without an ordinal (2 | 重复申请 | …).
      const betweenValues = numbersBefore >= 2 && at < lastNumber;
      if (isNumberCell(cell)) numbersBefore++;
      if (isValueCell(cell, numberInRow && placed, betweenValues)) {
        // A blank cell before anything in a table row is padding (an empty label column), not a value.
        if (text === '' && !valueInRow && !labelInRow && padded) continue;
        if (!row.tabular && text === '') continue;
        let piece = current;
        // Values of another row than the label's values: a row of values whose label is elsewhere. But a label's
        // values one per line (a table copied from a PDF viewer or WPS: every cell a line of its own, no tab) go
        // on from line to line; the count of values the row needs still decides whether it is read.
        const goesOn = piece?.onePerLine === true && !row.tabular && own.length === 1 && piece.parts.length > 0;
        if (!piece || (piece.valueRow && piece.valueRow !== row && !goesOn)) piece = open('', cell.position, row);
        // Only after the row's own label in the same row: a short label alone in its row (规章 3 25, a cell lost) is
        // the row's label, whatever a header or caption above it put in the piece.
        else if (!piece.valueRow && lastLabel && row.tabular && labelsInRow > 1 && isShortText(lastLabel))
          piece.textBeforeValues = lastLabel;
        piece.values.push(cell);
        if (!piece.valueRow) piece.onePerLine = !row.tabular && own.length === 1;
        piece.valueRow = row;
        valueInRow = true;
        if (contentOf(cell).content === 'number') numberInRow = true;
        continue;
      }
      labelInRow = true;
      lastLabel = cell;
      labelsInRow++;
      for (const [i, part] of splitAtOrdinals(text).entries()) {
        const startsAnew = i > 0 || ordinalOf(part) !== null;
        const piece =
          labelFrom && labelFrom === current && current.values.length === 0 && !startsAnew
            ? current
            : open(part, cell.position, row);
        extend(piece, part, cell.position);
        if (i > 0 && labelFrom && labelFrom !== piece) piece.afterInCell = labelFrom;
        labelFrom = piece;
      }
    }
    if (valueInRow && pieces.length === before + 1) {
      if (!labelInRow) noteWrappedRest(pieces[before - 1], pieces[before]!, rowAbove, width);
      noteDigitsBelow(pieces[before - 1], pieces[before]!, rowAbove);
    }
  }
  for (const piece of pieces) {
    piece.words = labelKey(piece.label);
    // Only a label's length is searched (the pattern is quadratic in the worst case; prose is no label).
    const plain = piece.label.length <= NOTE_SEARCH ? labelKey(piece.label.replace(TRAILING_NOTE, '')) : '';
    if (plain !== '' && plain !== piece.words) piece.plain = plain;
    // A block caption of table 二 (第二十条第（六）项) printed on a row's line is not part of its label.
    const segments = piece.segments.filter((s) => s !== '第二十条第项');
    const n = segments.length;
    for (let k = 1; k <= Math.min(n, MAX_TAILS); k++) {
      const tail = segments.slice(n - k).join('');
      if (tail !== piece.words) piece.tails.push(tail);
    }
  }
  return pieces;
}
