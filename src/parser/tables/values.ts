/**
 * The values of one aligned row, fitted to the count the template expects, without guessing: by column where
 * the layout has columns (a grid with a usable header), else in order when the count is exactly right, else
 * by the one digit split the row identity allows. Anything else leaves the row unreadable, with its reason.
 */
import { contentOf, type RawCell, type RawTable } from '../raw-table.js';
import { toAsciiDigits } from '../labels.js';
import type { UnreadableRowReason } from '../types.js';
import type { Piece } from './pieces.js';
import { gluedToBorder, type StreamRow } from './stream.js';
import { splitCrawledRow, type RunToken } from './digits.js';
import type { PlaceInColumns } from './aligned-columns.js';
import { followedByStrayDigits, joinToConfirm } from './layout-rows.js';
import { COUNT_UNIT } from './counts.js';
import { printedMath } from '../numbers.js';

export type Fitted =
  | { ok: true; cells: RawCell[]; inferred?: 'digitSplit' }
  | {
      ok: false;
      reason: UnreadableRowReason;
      actual: number;
      /**
       * `notAddingUp` only: the row's values, one a line, exactly its columns, every one a number and no other doubt
       * about them than their sum. The table's column identities may still pin the one wrong cell (one-wrong-cell.ts).
       */
      unsure?: RawCell[];
    };

export interface FitOptions {
  /** Column index of each expected value in this grid fragment, when its header places every column. */
  gridIndex?: (table: RawTable) => number[] | undefined;
  /**
   * Columns of this grid fragment that its header names as holding no values (备注, 单位): what stands there (无, ／,
   * 件) is no value of the row (rtN F9, F10).
   */
  gridNoValues?: (table: RawTable) => ReadonlySet<number>;
  /**
   * Columns of this grid fragment its header names beyond the template's (其中：涉企申请 after 总计: extra-column.ts):
   * no value of the row; a row must reach them, else it lost a cell and its values stand left of their columns.
   */
  gridExtra?: (table: RawTable) => ReadonlySet<number>;
  /** Whether the last value is the sum of the others (table 三's rows): allows splitting digits run together. */
  sumIdentity?: boolean;
  /**
   * The row's values are groups of this many, each ending in the sum of the others (table 四: five, 总计 the four
   * results'): used only to confirm a number wrapped in its cell (joined over a line break in the cell or with a line
   * of digits under the row), never to split digits run together.
   */
  groupSums?: number;
  /**
   * The table's lines show cell borders OCR printed as characters (stream.ts `ocrBorders`): its text is OCR's reading
   * of a scan, where a digit may be misread as another (3173 as 3073) with nothing to show it.
   */
  ocrText?: boolean;
  /**
   * The whole document is OCR's reading of a scan (ocr-text.ts): the rows of its grids (an OCR tool's Markdown or
   * HTML tables) are OCR's too, and doubted as its lines are.
   */
  ocrDocument?: boolean;
  /** Places a shorter row under the columns of space-aligned text, when its full rows agree on them. */
  textColumns?: PlaceInColumns;
  /**
   * The column header names the columns in another order than the template's (总计 first, 本年废止件数 before
   * 本年制发件数, as a scan's columns come out of OCR or an editor drew them): values are read only where a grid's
   * header places every column (`gridIndex`), never by count, which would give each value to another column.
   */
  columnsDisordered?: boolean;
  /**
   * With `columnsDisordered`: the cell index of each expected value in a tab or `|` row, by a header row of its
   * fragment whose cells stand one to one over the row's (applications-header.ts), else undefined.
   */
  headerIndex?: (row: StreamRow) => number[] | undefined;
  /**
   * The header names a column beyond the template's (总计 ⇥ 其中：涉企申请: extra-column.ts): a run of digits may hold
   * its figure too, so it is never split by the template's count of columns, whose identity one wrong split may meet.
   */
  extraColumn?: boolean;
}

/**
 * How a table's text is known to be OCR's reading of a scan: not (false), by its own lines' borders (true), or by the
 * whole document ('document', ocr-text.ts).
 */
export type OcrHint = boolean | 'document';

/** The fit options a reader's OCR hint gives: its text OCR's, and its grids too when the whole document is. */
export function ocrOptions(ocr: OcrHint, pieces: readonly Piece[]): Pick<FitOptions, 'ocrText' | 'ocrDocument'> {
  return { ocrText: ocr !== false || isOcrText(pieces), ...(ocr === 'document' ? { ocrDocument: true } : {}) };
}

export function fitPiece(piece: Piece, expected: number, options: FitOptions): Fitted {
  // Digits on two lines in one cell (15⏎21, 15<br>21; the cell reader keeps that break, mdast-read.ts): a number
  // wrapped in a narrow cell, or two rows' values merged (OCR over a faint ruling line: 16⏎17). Joined only where the
  // row's identity says so; otherwise which, the cell does not show.
  if (piece.values.some(isStacked))
    return joinedInCells(piece, expected, options) ?? { ok: false, reason: 'stackedValues', actual: piece.values.length };
  // Two numbers in one cell (282 888): in pasted text a column boundary may have been lost (a blank typed for a
  // tab, a cell merged in a conversion), so the row holds one cell fewer than its columns and every value after it
  // would shift; a space used as a thousands separator cannot be told from it. Reading either way would be a
  // guess. A cell of a real grid (HTML, .docx, a GFM table) keeps its column boundaries: there 1 579 is one number
  // when its blanks group thousands, and only other blanks (24 32) leave the row unread.
  const grid = piece.valueRow?.tabular === true && piece.valueRow.table?.layout === 'grid';
  // Inline math ($ 4 0 3 $, as MinerU writes a cell) prints without its blanks: one number.
  const spaced = (text: string): boolean => SPACED_DIGITS.test(text) && !(grid && THOUSANDS_SPACED.test(text.trim()));
  if (piece.values.some((cell) => spaced(printedMath(cell.text))))
    return { ok: false, reason: 'numbersInOneCell', actual: piece.values.length };
  const rest = piece.wrappedRest;
  if (rest && filledCount(piece.values) < expected && (rest.valueRow?.tabular === true || options.sumIdentity === true))
    return fitWrapped(piece, rest, expected, options);
  const kept = piece.onePerLine ? strayAtAnEnd(piece, expected, options) : undefined;
  if (kept) return { ok: true, cells: kept };
  const fitted = fitValues(piece, expected, options);
  if (!fitted.ok) return fitted;
  const below = piece.digitsBelow && fitDigitsBelow(fitted.cells, piece.digitsBelow, options);
  if (below) return below;
  // A label ending in a number before a blank first value (其政府信息公开申请20⇥⇥43…: a label run over its column in a
  // PDF): the number may be that value. Read blank, the row's total was a false error.
  if (TRAILING_NUMBER.test(piece.label.trim()) && fitted.cells[0]?.text.trim() === '')
    return { ok: false, reason: 'numberInLabel', actual: fitted.cells.length };
  // One value per line with no tab: a blank cell leaves no line, and a page number is a line like a value, so
  // a row of the right count may still hold a stray number. Table 三's row is read only when it adds up, or when
  // a cell written as text (若干) leaves its sum unknown (that cell is reported, and no total is checked with it).
  if (piece.onePerLine && piece.values.length > 1 && options.sumIdentity === true && addsUp(fitted.cells) === false) {
    const unsure = piece.values.length === expected && onlyTheSumInDoubt(piece, fitted.cells, options);
    return { ok: false, reason: 'notAddingUp', actual: fitted.cells.length, ...(unsure ? { unsure: fitted.cells } : {}) };
  }
  // A `|` row of the same text is OCR's too (tesseract closes a row with borders: | 3 | 5 |27|s|), its letters
  // misread digits: never a grid's cell of text (rtH: 「应为数字，实为「s」」 on a scan). Typed text is doubted only for
  // a number with a stroke glued to it (strokeDoubt).
  if (
    options.ocrText === true
      ? (options.ocrDocument === true || piece.valueRow?.tabular !== true || textPipeRow(piece)) &&
        ocrDoubt(fitted.cells, options)
      : piece.valueRow?.tabular !== true && strokeDoubt(fitted.cells, options)
  )
    return { ok: false, reason: 'ocrUncertain', actual: fitted.cells.length };
  // A number wrapped over a line or page break (space-aligned text): digits left under it unjoined mean it may be
  // cut short; joined over a page break or past the rest of a label, only the row's identity adding up with the
  // whole number makes it certain.
  const wrapped =
    piece.values.some(followedByStrayDigits) ||
    (fitted.cells.some(joinToConfirm) && !(options.sumIdentity === true && addsUp(fitted.cells) === true));
  return wrapped ? { ok: false, reason: 'wrappedNumber', actual: fitted.cells.length } : fitted;
}

/**
 * A row whose cells hold digits on two lines (15⏎21: a converter's line break in narrow cells, Marker's 15<br>21)
 * read with each such cell's two lines joined (1521), where every value of the row is split the same way and the
 * row's identity (table 三's total, table 四's groups) holds joined but neither with the first lines alone nor with
 * the second lines alone: two rows merged in one (OCR over a faint ruling line), each adding up on its own, are never
 * joined into numbers nobody printed. Split the same way: every cell two lines of digits, the first lines as wide
 * (the cell's width), and every other value wider than that with a 0 where the break fell (16⏎01: the cell reader
 * joins a rest opening with 0, mdast-read.ts); a value that fits on one line beside them (3 beside 1⏎0) leaves the
 * break unexplained. Otherwise undefined: the row is unread.
 */
function joinedInCells(piece: Piece, expected: number, options: FitOptions): Fitted | undefined {
  if (options.sumIdentity !== true && options.groupSums === undefined) return undefined;
  const filled = piece.values.map((c) => c.text.trim()).filter((text) => text !== '');
  const firsts = filled.map((text) => TWO_LINES_OF_DIGITS.exec(text)?.[1]?.length);
  const width = firsts.find((w) => w !== undefined);
  const sameWay = (text: string, k: number): boolean =>
    firsts[k] !== undefined
      ? firsts[k] === width
      : width !== undefined && PLAIN_COUNT.test(text) && text.length > width && ZEROS.includes(text[width]!);
  if (width === undefined || !filled.every(sameWay)) return undefined;
  const read = (line: (lines: string[]) => string): RawCell[] | undefined => {
    const values = piece.values.map((c) => (isStacked(c) ? { ...c, text: line(c.text.trim().split(/\s*\n\s*/)) } : c));
    const fitted = fitPiece({ ...piece, values }, expected, options);
    return fitted.ok ? fitted.cells : undefined;
  };
  const joined = read((lines) => lines.join(''));
  if (!joined || identityHolds(joined, options) !== true) return undefined;
  const alone = [read((lines) => lines[0]!), read((lines) => lines[1]!)];
  if (alone.some((cells) => cells && identityHolds(cells, options) !== false)) return undefined;
  return { ok: true, cells: joined };
}

const TWO_LINES_OF_DIGITS = /^([0-9０-９]+)[^\S\n]*\n[^\S\n]*[0-9０-９]+$/;
const ZEROS = '0０';

/**
 * Whether the row's identity holds: table 三's total the sum of the others (`sumIdentity`), or each group of table
 * 四's ending in the sum of the others (`groupSums`); undefined when the row has none, or a cell written as text
 * leaves a sum unknown.
 */
function identityHolds(cells: readonly RawCell[], options: FitOptions): boolean | undefined {
  if (options.sumIdentity === true) return addsUp(cells);
  const size = options.groupSums;
  if (size === undefined || size < 2 || cells.length === 0 || cells.length % size !== 0) return undefined;
  let holds: boolean | undefined = true;
  for (let k = 0; k < cells.length; k += size) {
    const group = addsUp(cells.slice(k, k + size));
    if (group === false) return false;
    if (group === undefined) holds = undefined;
  }
  return holds;
}

/**
 * A row of table 三 one value a line with one line more than its columns: a bare page number printed before or after
 * its values (a page break between two rows; rtP #4: left unread, the row kept the column identities from pinning
 * a wrong total in another row). Its values are those left when dropping the first or the last line, if exactly one
 * of the two leaves every value a whole number as typed and the row adding up with them; otherwise undefined.
 */
function strayAtAnEnd(piece: Piece, expected: number, options: FitOptions): RawCell[] | undefined {
  const values = piece.values;
  if (options.sumIdentity !== true || values.length !== expected + 1 || !onlyTheSumInDoubt(piece, values, options))
    return undefined;
  const kept = [values.slice(1), values.slice(0, -1)].filter((cells) => addsUp(cells) === true);
  return kept.length === 1 ? kept[0] : undefined;
}

/**
 * Whether a row of values one a line that does not add up is in doubt for its sum alone: each value a whole number
 * as typed (no OCR, no stroke glued to it, no number wrapped or joined over a break), the row's values exactly the
 * cells fitted.
 */
function onlyTheSumInDoubt(piece: Piece, cells: readonly RawCell[], options: FitOptions): boolean {
  return (
    options.ocrText !== true &&
    cells.length === piece.values.length &&
    cells.every((c) => PLAIN_COUNT.test(c.text.trim()) && !gluedToBorder(c) && !joinToConfirm(c)) &&
    !piece.values.some(followedByStrayDigits)
  );
}
const PLAIN_COUNT = /^[0-9０-９]+$/;

const filledCount = (cells: readonly RawCell[]): number => cells.filter((c) => c.text.trim() !== '').length;

/**
 * A row short of cells and values with values alone on the next line of its table of text (pieces.ts
 * `wrappedRest`): the row wrapped onto that line, or that line is a row whose label was lost (or a page number)
 * and this row has blank cells. The blank
 * cells after a label may be its span's (一、本年新收… spans three label columns: label, '', '', then values), so
 * the row alone is never read by position. Joined, the row is read when the wrap falls between two values, the
 * values are exactly the columns, none blank, and table 三's row adds up with them; otherwise it is unreadable.
 */
function fitWrapped(piece: Piece, rest: Piece, expected: number, options: FitOptions): Fitted {
  const joined = [...piece.values, ...rest.values];
  const first = joined.findIndex((c) => c.text.trim() !== '');
  const values = first < 0 ? [] : joined.slice(first);
  const cut = piece.values[piece.values.length - 1]?.text.trim() !== '' && rest.values[0]?.text.trim() !== '';
  const whole = values.length === expected && values.every((c) => c.text.trim() !== '');
  const plain = values.every((c) => !isStacked(c) && !SPACED_DIGITS.test(printedMath(c.text)));
  if (cut && whole && plain && (options.sumIdentity !== true || addsUp(values) === true)) return { ok: true, cells: values };
  return { ok: false, reason: 'valueCount', actual: filledCount(joined) };
}

/**
 * A row of loose text with a line of digits alone right under it (pieces.ts `digitsBelow`): numbers wrapped in
 * narrow cells (15 15 … 94 ⏎ 21 41 … 26, a PDF viewer's copy or pdftotext of a table with narrow columns), or a
 * page number. Which cell a fragment continues is certain only when there is one fragment for every value (each
 * cell's first line, then each cell's second, in order), every value plain digits; and a page number could stand
 * there as well, so the joined row is read only where its identity (table 三: the total is the sum of the others;
 * table 四: each 总计 the sum of its four results) holds with the joined numbers. Otherwise the row is unread: read
 * from its first line, every wrapped number would be cut short (57 for 579) and its total accused falsely (rtP #2);
 * table 二's rows have no identity, so there it is always unread.
 */
function fitDigitsBelow(cells: readonly RawCell[], below: Piece, options: FitOptions): Fitted | undefined {
  const fragments = below.values;
  // One number alone under a row whose identity holds as printed (table 三, 四) is a page number: a cell cut short
  // leaves its row short of adding up (a total cut short is below the sum of the others, an addend cut short makes
  // the sum fall below the total), so this row adding up says nothing of it was cut.
  if (fragments.length === 1 && identityHolds(cells, options) === true) return undefined;
  const plain = cells.every((c) => PLAIN_COUNT.test(c.text.trim()) && !gluedToBorder(c));
  // Both lines holding on their own are two rows (a table printed twice, a row under a row): never joined.
  const twoRows = identityHolds(cells, options) === true && identityHolds(fragments, options) === true;
  if (plain && fragments.length === cells.length && !twoRows) {
    const joined = cells.map((c, k) => ({
      text: c.text.trim() + fragments[k]!.text.trim(),
      spanned: false,
      ...(c.position ? { position: c.position } : {}),
    }));
    if (identityHolds(joined, options) === true) return { ok: true, cells: joined };
  }
  // A line opened by a label may be a row of its own: the row above then reads as it is.
  return below.parts.length > 0 ? undefined : { ok: false, reason: 'wrappedNumber', actual: cells.length };
}

/** A label's last characters are digits (an ordinal ends in its mark: 1. （一）). */
const TRAILING_NUMBER = /[\u4e00-\u9fff）)][\s\u3000\u00a0]*[0-9０-９]+$/u;
/** Digits on both sides of a blank inside one cell (full-width digits too). */
const SPACED_DIGITS = /[0-9０-９][\s\u3000\u00a0]+[0-9０-９]/;
/** Digits on both sides of a line break inside one cell: two values stacked. */
const STACKED_DIGITS = /[0-9０-９]\n[0-9０-９]/;
export const isStacked = (cell: RawCell): boolean => STACKED_DIGITS.test(cell.text);
/** A count whose thousands are set apart by blanks: 1 579, 12 345 678 (a first group of 1–3 digits, then threes). */
const THOUSANDS_SPACED = /^[1-9１-９][0-9０-９]{0,2}(?:[^\S\n]+[0-9０-９]{3})+$/;

/** A row of a table the text reader cut at `|` (no Markdown, HTML or Word grid): in OCR's text, OCR's row. */
const textPipeRow = (piece: Piece): boolean => piece.valueRow?.table?.layout === 'flattened';

/**
 * Whether a table's lines show cell borders OCR printed as characters (stream.ts `ocrBorders`): tesseract prints
 * them on most rows of a ruled table, so most of the table's lines of text show them (two at least). One stray `|`
 * (a trailing pipe, a footnote's [1]) on one line of typed text is no sign of OCR: its other rows are read as typed
 * (review5 F7: a real row-sum error became an "OCR" warning).
 */
function isOcrText(pieces: readonly Piece[]): boolean {
  const lines = new Set<StreamRow>();
  for (const p of pieces) for (const row of [p.row, p.valueRow]) if (row && !row.tabular) lines.add(row);
  const bordered = [...lines].filter((row) => row.ocrBorders === true).length;
  return bordered >= OCR_MIN_BORDERED_LINES && bordered * 2 >= lines.size;
}

/** Lines showing borders a table's text needs (with at least half of its lines) to be taken for OCR's reading. */
const OCR_MIN_BORDERED_LINES = 2;

/**
 * Whether a row of text not taken for OCR holds a number with a stroke glued to it (753|, |2528) whose identity
 * does not confirm it: the stroke may be one of its digits misread (1039 as 103|), so the number is not certain.
 */
function strokeDoubt(cells: readonly RawCell[], options: FitOptions): boolean {
  if (!cells.some(gluedToBorder)) return false;
  return (options.sumIdentity === true ? addsUp(cells) : undefined) !== true;
}

/**
 * Whether a row of OCR'd text (values.ts `ocrText`) cannot be read with certainty: a misread digit and a wrong
 * figure look the same, and the report would be accused of what the OCR did. A row that does not add up, or one
 * holding a value OCR may have misread (a border stroke glued to it, a letter or sign among its values) whose
 * identity does not confirm it, is left unread.
 */
function ocrDoubt(cells: readonly RawCell[], options: FitOptions): boolean {
  const sum = options.sumIdentity === true ? addsUp(cells) : undefined;
  if (sum === false) return true;
  const doubtful = cells.some((c) => {
    const { content, shape } = contentOf(c);
    return gluedToBorder(c) || shape !== undefined || content === 'text';
  });
  return doubtful && sum !== true;
}

/**
 * Whether the last cell is the sum of the others, each a number, a placeholder (none) or, an addend, blank;
 * undefined when a cell written as text (若干) leaves the sum unknown.
 */
function addsUp(cells: readonly RawCell[]): boolean | undefined {
  const values = cells.map((cell, k) => {
    if (k < cells.length - 1 && cell.text.trim() === '') return 0;
    const token = runToken(cell);
    return 'digits' in token ? Number(token.digits) * (token.negative ? -1 : 1) : token.value;
  });
  if (values.some((v) => v === null)) return undefined;
  const numbers = values as number[];
  const total = numbers[numbers.length - 1]!;
  return numbers.slice(0, -1).reduce((a, b) => a + b, 0) === total;
}

function fitValues(piece: Piece, expected: number, options: FitOptions): Fitted {
  const row = piece.valueRow;
  if (!row || piece.values.length === 0) return { ok: false, reason: 'unplaced', actual: 0 };
  const indices =
    row.table && row.table.layout === 'grid'
      ? options.gridIndex?.(row.table)
      : options.columnsDisordered === true
        ? options.headerIndex?.(row)
        : undefined;
  // A row with fewer cells than the header's columns is no row of the grid: a cell was lost (OCR drops a faint one
  // and writes the row short), and the cells after it stand one column left of the header's. It is read by count.
  const extra = row.table && options.gridExtra ? options.gridExtra(row.table) : new Set<number>();
  const reaches = (i: number): boolean => i < row.cells.length;
  if (indices && indices.length === expected && indices.every(reaches) && [...extra].every(reaches)) {
    const cells = indices.map((i) => cellAt(row.cells, i));
    // The header describes this row only when its columns hold every value of the row and no label (a ragged
    // row, its cells shifted left of the header's, is read by count instead).
    const noValues = options.gridNoValues?.(row.table!);
    const skipped = (v: RawCell): boolean => noValues?.has(row.cells.indexOf(v)) === true || extra.has(row.cells.indexOf(v));
    const outside = piece.values.some((v) => v.text.trim() !== '' && !cells.includes(v) && !skipped(v));
    // A row that lost a cell, padded at its end (GFM, a converter), stands a column left of the header with the blank
    // under the extra column: every value one column off, the extra figure read as 总计. A blank there is the row's
    // own only when the row adds up.
    const padded = [...extra].some((i) => row.cells[i]!.text.trim() === '') && addsUp(cells) !== true;
    if (
      !outside &&
      !padded &&
      cells.every((c) => piece.values.includes(c) || c.text.trim() === '') &&
      !(row.table?.layout !== 'grid' && slidesUnderHeader(row, piece, indices))
    )
      return { ok: true, cells: cells.map(unspanned) };
  }
  if (options.columnsDisordered === true)
    return { ok: false, reason: 'columnOrder', actual: piece.values.filter((c) => c.text.trim() !== '').length };
  const counted = fitByCount(piece, row, expected, options);
  // Under a header naming a column beyond the template's, a row its header does not place may hold the template's count
  // of figures by chance (one cell lost, the extra figure kept: each a column off, the extra one read as 总计). It is
  // read by count only when it adds up, which a row so shifted does not.
  if (extra.size > 0 && counted.ok && addsUp(counted.cells) !== true)
    return { ok: false, reason: 'valueCount', actual: counted.cells.length };
  return counted;
}

/** The row's values placed by their count (a window of a tab row, the filled cells, a digit split), not by a header. */
function fitByCount(piece: Piece, row: StreamRow, expected: number, options: FitOptions): Fitted {
  const filled = piece.values.flatMap((c, i) => (c.text.trim() === '' ? [] : [i]));
  if (row.tabular) {
    // A row shorter than its table lost a cell: a blank cell at the edge of the window is then a value only by
    // the row's length, which is one short (a label span's blank would be read as the first value and every value
    // after the lost one a column off). Only filled cells spanning the whole window place the values.
    const short = isShortRow(row);
    const window = uniqueWindow(piece.values.length, filled, expected, short);
    // Text right after the values ((8661), 8661注明) stands where a value would: a window opening on a blank would take
    // the label's blank span cells (| 一、… |  |  |) as the first values, every value a column right of its own (rtX #1).
    if (window !== undefined && !(window < (filled[0] ?? 0) && textAfterValues(row, piece)))
      return { ok: true, cells: piece.values.slice(window, window + expected) };
    // One value short, and short text right before the values: the first value is written as text (若干).
    if (piece.textBeforeValues && filled.length === expected - 1 && filled[0] === 0 && piece.values.length - 1 <= expected) {
      const cells = [piece.textBeforeValues, ...piece.values];
      if (uniqueWindow(cells.length, [0, ...filled.map((i) => i + 1)], expected, short) === 0)
        return { ok: true, cells: cells.slice(0, expected) };
    }
  } else if (filled.length === expected) return { ok: true, cells: filled.map((i) => piece.values[i]!) };
  else if (options.textColumns && filled.length > 0 && filled.length < expected) {
    const placed = options.textColumns(
      piece,
      filled.map((i) => piece.values[i]!),
    );
    if (placed) return { ok: true, cells: placed };
  }
  // Digits run together: one cell (713000074), or, in a loose line, runs apart from cells a crawl keeps
  // (144172 -3143166433, 135581 107件 146163565). A table row splits only its one filled cell.
  if (expected > 1 && filled.length < expected && (filled.length === 1 || !row.tabular)) {
    const cells = filled.map((i) => piece.values[i]!);
    const tokens = cells.map(runToken);
    const runTogether = tokens.some((t) => 'digits' in t && t.digits.length > 1);
    if (options.extraColumn === true && runTogether) return { ok: false, reason: 'digitsRunTogether', actual: filled.length };
    const split = splitCrawledRow(tokens, expected, options.sumIdentity === true);
    if (split.status === 'unique') return { ok: true, cells: splitCells(cells, tokens, split.values), inferred: 'digitSplit' };
    if (split.status === 'ambiguous' || (runTogether && digitCount(tokens) + cells.length > expected))
      return { ok: false, reason: 'digitsRunTogether', actual: filled.length };
  }
  return { ok: false, reason: 'valueCount', actual: filled.length };
}

/**
 * Whether a tab or `|` row fits its header's columns as well one cell or more to either side (review10 F1): its
 * values between blank cells at both ends of the header's columns (a blank first value, a trailing tab), and the cells
 * the slide would take blank or values. A header line one cell wider at the left than its rows (序号 ⇥ 项目 ⇥ ⇥ …)
 * put every value one column right of its own (the 总计 column read blank throughout): which cells the header stands
 * over cannot be told from the row, so it is not read by the header. A row of blank values reads alike either way.
 */
function slidesUnderHeader(row: StreamRow, piece: Piece, indices: readonly number[]): boolean {
  if (piece.values.every((c) => c.text.trim() === '')) return false;
  const lowest = Math.min(...indices);
  const highest = Math.max(...indices);
  for (let shift = -lowest; highest + shift < row.cells.length; shift++) {
    if (shift === 0) continue;
    const under = new Set(indices.map((i) => i + shift));
    // Each filled cell where the slide would have it: a value under a column, a label outside the columns.
    if (row.cells.every((c, i) => c.text.trim() === '' || under.has(i) === piece.values.includes(c))) return true;
  }
  return false;
}

/**
 * The start of the one window of `expected` cells holding every filled cell. Blank cells at either end may be
 * padding (a spanned label column, trailing tabs) or blank values: when the window could slide, which column is
 * blank would be a guess.
 */
function uniqueWindow(length: number, filled: readonly number[], expected: number, short: boolean): number | undefined {
  if (filled.length === 0) return length === expected && !short ? 0 : undefined;
  // Which cells were lost in a short row is unknown: only a window bounded by filled cells at both ends is certain.
  if (short) return filled[filled.length - 1]! - filled[0]! + 1 === expected ? filled[0] : undefined;
  const lowest = Math.max(0, filled[filled.length - 1]! - expected + 1);
  const highest = Math.min(filled[0]!, length - expected);
  return lowest === highest ? lowest : undefined;
}

/** Whether the cell after the piece's last value in its row holds text, no value (a label never follows its values). */
function textAfterValues(row: StreamRow, piece: Piece): boolean {
  const at = row.cells.indexOf(piece.values[piece.values.length - 1]!);
  const next = at < 0 ? undefined : row.cells.slice(at + 1).find((c) => !c.spanned);
  return next !== undefined && next.text.trim() !== '' && !piece.values.includes(next);
}

/**
 * Whether the row has fewer cells than most rows of its table: a cell was lost (OCR drops a faint one, a tab is
 * lost in a paste) and the cells after it stand a column left of their own. Most rows, not the longest: a PDF's
 * rows hold only the label cells printed on them, one or two, so its rows differ by a label cell and no more.
 */
function isShortRow(row: StreamRow): boolean {
  if (!row.table) return false;
  const counts = new Map<number, number>();
  for (const r of row.table.rows) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  let width = 0;
  let most = 0;
  for (const [length, n] of counts) if (n > most || (n === most && length > width)) [width, most] = [length, n];
  return row.cells.length < width;
}

function cellAt(cells: readonly RawCell[], index: number): RawCell {
  return cells[index] ?? { text: '', spanned: false };
}

/** A copy made by a span is not a value of this column: it is blank here. */
function unspanned(cell: RawCell): RawCell {
  return cell.spanned ? { text: '', spanned: false, ...(cell.position ? { position: cell.position } : {}) } : cell;
}

const SIGNED_DIGITS = /^([-−－]?)([0-9][0-9,，]*)$/;
const COUNT_WITH_UNIT = new RegExp(`^([0-9]+)${COUNT_UNIT}$`);

/** A value cell as a piece of the split: digits to split, or one value (its number where the identity can use it). */
function runToken(cell: RawCell): RunToken {
  const text = toAsciiDigits(cell.text.trim());
  const signed = SIGNED_DIGITS.exec(text);
  if (signed) return { digits: signed[2]!.replace(/[,，]/g, ''), ...(signed[1] ? { negative: true } : {}) };
  const unit = COUNT_WITH_UNIT.exec(text);
  if (unit) return { value: Number(unit[1]) };
  // A placeholder (—, /, 无) stands for none; text (若干) for a count nobody can add.
  return { value: contentOf(cell).content === 'placeholder' ? 0 : null };
}

/** The row's cells after a split: each run's numbers as cells at the run's place, the fixed cells as printed. */
function splitCells(cells: readonly RawCell[], tokens: readonly RunToken[], values: readonly number[]): RawCell[] {
  const out: RawCell[] = [];
  let next = 0;
  tokens.forEach((token, i) => {
    const cell = cells[i]!;
    if (!('digits' in token)) {
      out.push(cell);
      next++;
      return;
    }
    // The run's numbers are the values up to where its digits end.
    let length = 0;
    while (length < token.digits.length) {
      const v = values[next++]!;
      length += String(Math.abs(v)).length;
      out.push({ text: String(v), spanned: false, ...(cell.position ? { position: cell.position } : {}) });
    }
  });
  return out;
}

const digitCount = (tokens: readonly RunToken[]): number =>
  tokens.reduce((n, t) => n + ('digits' in t ? t.digits.length - 1 : 0), 0);
