/**
 * Numbers wrapped in a narrow cell of a table whose cells are top-aligned (LibreOffice, WPS: columns 1 cm wide,
 * no drawn grid read). The number's first line stands on the row's first line, the rest one line below each
 * other in the same column: 36 ⏎ 1 for 361, 11 ⏎ 55 ⏎ 0 for 11550, or one digit a line. Read line by line, the
 * first line is a row of values cut short (every value a wrong number, their sums wrong: false totals) and the
 * next a row of their tails (blank cells and small numbers under a label fragment: more false totals).
 *
 * A line continues the row above it (is more lines of its cells) when it could be nothing else:
 * - it stands one line below (the step of the lines of one cell), on the same page;
 * - each of its digits stands right under the last piece of a number of that row, and that piece is full: at
 *   least as wide as what follows it (a number wraps only where the next digit does not fit its line);
 * - each of its labels stands in the row's label columns under a label piece of the row that fills its column
 *   (as wide as the widest label there, within a glyph: a label wraps only when its line is full), and opens
 *   with no row ordinal (only a row's first line does).
 * The pieces are joined into one number per column when the rows around are certain: the row's label opens
 * with its ordinal (it starts there) and the next line with digits is a row starting with its own ordinal, or
 * further away than a line. Otherwise the continuation's digits are added to the row as cells of their own:
 * the row has more values than columns and is reported unreadable, never read with numbers cut short.
 */
import {
  copyLines,
  MAX_CELL_STEP as MAX_STEP,
  MIN_CELL_STEP as MIN_STEP,
  within,
  type Cell,
  type VisualLine,
} from './pdf-lines.js';
import { isValueText } from '../numbers.js';
import { opensWithOrdinal } from './pdf-rows.js';
import { endsLabel } from './pdf-cut-rows.js';

/** A piece is full when no narrower than what follows it, within this (glyphs). */
const WIDTH_TOLERANCE = 0.3;
/** Pieces of one column: left edges (cells are left-aligned) or centres within this (glyphs). */
const SAME_COLUMN = 0.6;
/** A label line is full when no narrower than the widest label of its column by more than this (glyphs). */
const LABEL_SLACK = 1.5;

/**
 * Digits, or the first digits of a count whose thousands are set apart by a comma, cut after it (1,381 printed
 * 1, ⏎ 38 ⏎ 1): a number never ends in a comma, so such a piece is one a wrapped number goes on from (rtX #2).
 */
const DIGITS = /^[0-9０-９]+[,，]?$/;
const isDigits = (c: Cell): boolean => DIGITS.test(c.text);
/** A joined number with a comma is whole when its commas group thousands: 1,381, not 1,24 (its rest lost). */
const GROUPED = /^[0-9０-９]{1,3}([,，][0-9０-９]{3})+$/;
const whole = (chain: readonly Cell[]): boolean => {
  const text = chain.map((c) => c.text).join('');
  return !/[,，]/.test(text) || GROUPED.test(text);
};
const width = (c: Cell): number => c.x1 - c.x0;
const overlaps = (a: Cell, b: Cell): boolean => a.x0 < b.x1 && a.x1 > b.x0;

function sameColumn(a: Cell, b: Cell, size: number): boolean {
  return Math.abs(a.x0 - b.x0) <= SAME_COLUMN * size || Math.abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) <= SAME_COLUMN * size;
}

/** The cells before a line's first number: its labels. */
function labelsOf(line: VisualLine): Cell[] {
  const first = line.cells.findIndex(isDigits);
  return first < 0 ? [] : line.cells.slice(0, first);
}

/** The lines of one page, top to bottom; returns them with numbers wrapped in top-aligned cells joined or made unreadable. */
export function joinWrappedRows(input: readonly VisualLine[], pitch = 0): VisualLine[] {
  const lines = copyLines(input);
  const widest = labelWidths(lines);
  for (let i = 0; i < lines.length; i++) {
    const row = lines[i]!;
    if (row.ruled || !row.cells.some(isDigits) || looseDigits(row, lines[i - 1], pitch)) continue;
    const { block, doubt } = continuation(lines, i, widest, pitch);
    if (block.length === 0) continue;
    const chains = columnChains(row, block);
    const next = lines[i + block.length + 1];
    if (!doubt && chains.every(whole) && certain(row, block[block.length - 1]!, next, pitch)) joinChains(chains, block);
    else spill(row, block);
    i += block.length;
  }
  return lines.filter((l) => l.cells.length > 0);
}

/** A step up to this many times the page's line pitch is one line (wide line spacing: 1.8 glyphs at 16 pt). */
const PITCH_SLACK = 1.15;

/**
 * The document's distance from one line of a cell or paragraph to the next (the line spacing: a cell's lines
 * stand as far apart as a paragraph's): the median step from a line to the next one on its page starting at the
 * same left edge with no number cell nor row ordinal (a label or a paragraph going on), when there are at least
 * MIN_PITCH_SAMPLES such steps; 0 otherwise. Rows of values are left out: their steps are the table's row pitch,
 * which no line of a cell has to match.
 */
export function linePitch(pages: readonly (readonly VisualLine[])[]): number {
  const steps: number[] = [];
  for (const lines of pages)
    for (let k = 1; k < lines.length; k++) {
      const [a, b] = [lines[k - 1]!, lines[k]!];
      const step = b.y - a.y;
      const size = b.size;
      if (step < MIN_STEP * size || step > 3 * size || Math.abs(a.cells[0]!.x0 - b.cells[0]!.x0) > 0.5 * size) continue;
      if (b.cells.some(isDigits) || a.cells.some(isDigits) || opensWithOrdinal(b.cells[0]!.text)) continue;
      steps.push(step);
    }
  if (steps.length < MIN_PITCH_SAMPLES) return 0;
  steps.sort((x, y) => x - y);
  return steps[steps.length >> 1]!;
}

/** Steps needed to tell a page's line pitch. */
const MIN_PITCH_SAMPLES = 3;

/**
 * A line of digits alone right under a line with digits: the lower pieces of numbers centred on a row above (as
 * Chromium prints them), not a row. Given more pieces it would look like a row of values (5 2 1 6 and 1 1 1 made
 * seven: a row read, its figures false); left alone, attachStrayDigits gives them to a row that cannot be read.
 */
function looseDigits(line: VisualLine, above: VisualLine | undefined, pitch: number): boolean {
  if (labelsOf(line).length > 0 || !above || above.page !== line.page || !above.cells.some(isDigits)) return false;
  return line.y - above.y <= Math.max(MAX_STEP * line.size, PITCH_SLACK * pitch);
}

/** The widest label on a line with numbers, by label column (its left edge), to tell a full label line. */
function labelWidths(lines: readonly VisualLine[]): (cell: Cell, size: number) => number {
  const labels = lines.filter((l) => !l.ruled).flatMap(labelsOf);
  return (cell, size) =>
    Math.max(width(cell), ...labels.filter((l) => Math.abs(l.x0 - cell.x0) <= SAME_COLUMN * size).map(width));
}

/** The lines right under lines[i] that are more lines of its cells (see the file comment); empty when none. */
function continuation(
  lines: readonly VisualLine[],
  i: number,
  widest: (cell: Cell, size: number) => number,
  pitch: number,
): { block: VisualLine[]; doubt: boolean } {
  const row = lines[i]!;
  const size = row.size;
  const maxStep = Math.max(MAX_STEP * size, PITCH_SLACK * pitch);
  const labels = labelsOf(row);
  const numbers = row.cells.filter(isDigits);
  const valueX = Math.min(...numbers.map((c) => c.x0));
  // The last piece of each of the row's numbers so far, by column.
  let open = numbers;
  const block: VisualLine[] = [];
  let prev = row;
  for (let k = i + 1; k < lines.length; k++) {
    const line = lines[k]!;
    const step = line.y - prev.y;
    if (line.ruled || line.page !== row.page || step < MIN_STEP * size || step > maxStep) break;
    const digits = line.cells.filter(isDigits);
    if (digits.length === 0) break;
    const words = line.cells.filter((c) => !isDigits(c));
    // Less than a cell's line step above the next line, this line's glyphs overlap that line's: it is in the next
    // row's band, the upper pieces of numbers centred on that row (a borderless LibreOffice table, rtAC cause 3),
    // never the rest of this row's (a row's cells end above the next row's first line).
    if (inBandOfNext(line, lines[k + 1])) break;
    // A number under every number of the row.
    const complete = digits.length >= numbers.length;
    const under = digits.map((d) => open.find((u) => sameColumn(u, d, size) && width(u) >= width(d) - WIDTH_TOLERANCE * size));
    if (under.some((u) => !u)) {
      // Digits alone under some of the row's numbers, one of them under a piece narrower than itself: the rest of
      // numbers cut at a blank (1 905 printed 1 ⏎ 90 ⏎ 5, rtX #2), or a row whose label is lost; which, the geometry
      // does not say, so the row is not read from its first line. A line with a number under every number of the
      // row is a row of its own whose label stands on another baseline (pdf.test.ts traits.pdf), read as before:
      // a row cut at blanks in every one of its numbers is still read from its first line (closing note s50).
      const column = (d: Cell): boolean => open.some((u) => sameColumn(u, d, size));
      if (words.length === 0 && !complete && digits.every(column)) return { block: [...block, line], doubt: true };
      break;
    }
    const prevLabels = prev === row ? labels : labelsOf(prev);
    const labelled = words.every((c) => {
      if (isValueText(c.text) || c.x1 > valueX + 0.2 * size || opensWithOrdinal(c.text)) return false;
      const above = prevLabels.filter((p) => overlaps(p, c));
      return above.length > 0 && above.every((p) => width(p) >= widest(p, size) - LABEL_SLACK * size);
    });
    if (!labelled) {
      // Digits right under full pieces, beside a label that may start a row or go on with one (its column not
      // full, or drawn apart): the tails of the row's numbers, or a row of their own with blank cells. Only a
      // line with a number in every column of the row is left as a row (table 二's 规章 ⏎ 行政规范性文件).
      const ordinal = words.some((c) => opensWithOrdinal(c.text));
      if (!ordinal && !complete) return { block: [...block, line], doubt: true };
      break;
    }
    block.push(line);
    open = digits;
    prev = line;
  }
  return { block, doubt: false };
}

/**
 * Whether `line` stands less than a cell's line step above `next`, on its page, and `next` is a row's line beside it:
 * values of its own, and nothing in the columns of `line`'s pieces (the row they are centred on, blank there).
 */
function inBandOfNext(line: VisualLine, next: VisualLine | undefined): boolean {
  if (!next || next.ruled || next.page !== line.page || next.y - line.y >= MIN_STEP * Math.min(line.size, next.size))
    return false;
  return next.cells.some((c) => isValueText(c.text)) && !next.cells.some((c) => line.cells.some((d) => overlaps(c, d)));
}

/** For each number of the row, its pieces top to bottom (the row's piece first). */
function columnChains(row: VisualLine, block: readonly VisualLine[]): Cell[][] {
  const chains = row.cells.filter(isDigits).map((c) => [c]);
  for (const line of block)
    for (const d of line.cells.filter(isDigits)) {
      const chain = chains.find((ch) => ch[ch.length - 1]!.y !== d.y && sameColumn(ch[ch.length - 1]!, d, row.size));
      chain?.push(d);
    }
  return chains;
}

/** Whether the row starts where it stands and the next row starts right after its continuation. */
function certain(row: VisualLine, last: VisualLine, next: VisualLine | undefined, pitch: number): boolean {
  const labels = labelsOf(row);
  if (labels.length === 0 || !opensWithOrdinal(labels[labels.length - 1]!.text)) return false;
  if (!next || next.page !== last.page || next.y - last.y > Math.max(MAX_STEP * row.size, PITCH_SLACK * pitch)) return true;
  if (!next.cells.some(isDigits)) return true;
  const nextLabels = labelsOf(next);
  return nextLabels.length > 0 && opensWithOrdinal(nextLabels[nextLabels.length - 1]!.text);
}

/** Each number's pieces as one cell of the row; the continuation lines keep their labels. */
function joinChains(chains: readonly Cell[][], block: readonly VisualLine[]): void {
  for (const chain of chains) {
    if (chain.length < 2) continue;
    const head = chain[0]!;
    head.text = chain.map((c) => c.text).join('');
    head.x0 = Math.min(...chain.map((c) => c.x0));
    head.x1 = Math.max(...chain.map((c) => c.x1));
  }
  const pieces = new Set(chains.flatMap((ch) => ch.slice(1)));
  for (const line of block) line.cells = line.cells.filter((c) => !pieces.has(c));
}

/** Which number a piece ends is not certain: the row takes the pieces as values of its own and cannot be read. */
function spill(row: VisualLine, block: readonly VisualLine[]): void {
  for (const line of block) {
    for (const cell of line.cells.filter(isDigits)) {
      let at = 0;
      while (at < row.cells.length && row.cells[at]!.x0 <= cell.x0) at++;
      row.cells.splice(at, 0, { ...cell, y: row.y });
    }
    line.cells = line.cells.filter((c) => !isDigits(c));
  }
}

/**
 * A row broken by a page (LibreOffice lets a row run over): the tails of its numbers open the next page, under
 * no label of their own or a label that goes on with the row's (五）不予处理 under （ ⏎ 1.). Read apart they are a
 * row of blank cells and small numbers, its sums false. When the first line with digits on a page has no row
 * ordinal, fewer numbers than the last row of the page before, and each of them in a column where that row has
 * a number at least as wide, its digits are added to that row: which number each one ends cannot be told, so
 * the row has more values than columns and is reported unreadable. Pages are changed in place.
 */
export function spillAcrossPages(pages: readonly VisualLine[][]): void {
  for (let k = 1; k < pages.length; k++) {
    const withDigits = pages[k - 1]!.filter((l) => l.cells.some(isDigits));
    const last = withDigits[withDigits.length - 1];
    // A grid row cut by the page whose rest stands in no grid there (pdf-cut-rows.ts joins a rest read by its grid).
    const row = last?.ruled ? last : withDigits.filter((l) => !l.ruled).pop();
    const top = pages[k]!.find((l) => l.cells.some(isDigits));
    if (!row || !top || top.ruled || top.page === row.page) continue;
    // Upper pieces of numbers centred on the page's first row stand in its band, not the rest of the row before.
    if (inBandOfNext(top, pages[k]![pages[k]!.indexOf(top) + 1])) continue;
    const size = row.size;
    const pieces = row.cells.filter(isDigits);
    const digits = top.cells.filter(isDigits);
    if (
      (digits.length >= pieces.length && !(row.ruled && endsRowLabel(row, top))) ||
      top.cells.some((c) => !isDigits(c) && (isValueText(c.text) || opensWithOrdinal(c.text)))
    )
      continue;
    const under = row.ruled
      ? inCellOf(pieces, top, pages[k]!)
      : (d: Cell): boolean => pieces.some((p) => sameColumn(p, d, size) && width(p) >= width(d) - WIDTH_TOLERANCE * size);
    if (!digits.every(under)) continue;
    spill(row, [top]);
    if (top.cells.length === 0) pages[k]!.splice(pages[k]!.indexOf(top), 1);
  }
}

/**
 * For a grid row cut at a page's foot, whether a digit of `top` stands inside one of its number cells, `top` being
 * the next page's first line: the rest of a row whose borders made no grid there (a row's rest alone draws too few:
 * 2 printed at the foot of page 2, 6 alone at the top of page 3 read 2 for 26, rtAC). Which digits the rest ends is
 * then plain, but that the line is no page number set in the header is not: the row takes them and is left unread.
 */
function inCellOf(pieces: readonly Cell[], top: VisualLine, page: readonly VisualLine[]): (d: Cell) => boolean {
  return (d) => page[0] === top && pieces.some((p) => within(d, p));
}

/**
 * Whether the words of `top` end the label of the grid row `row` inside its label cell (四、结转下年度继续办 ⏎ 理): the
 * rest of a row all of whose cells ran over holds a number in each (rtAC b3 r123: 3 2 1 … for 385 288 …), as a new
 * row would, and only its label's end tells it (pdf-cut-rows.ts endsLabel).
 */
function endsRowLabel(row: VisualLine, top: VisualLine): boolean {
  const words = top.cells.filter((c) => !isDigits(c));
  const label = row.cells.find((c) => !isDigits(c));
  return words.length > 0 && !!label && words.every((w) => within(w, label) && endsLabel(label.text, w.text));
}
