/**
 * A number wrapped inside a narrow cell is printed on lines of its own, stacked in the cell's column one line
 * apart and centred on the row's baseline: full-width digits in a column sized for half-width ones (３６ ⏎ １ for
 * 361, one line above and one below the row), or one digit per line in a column one glyph wide (１ ⏎ １ ⏎ １ ⏎ ３ ⏎ ６
 * for 11136, its middle digit on the row's line), or a count whose unit wraps (173 ⏎ 件). Read apart they are
 * numbers of other rows, or values above a row whose column is then blank: false totals. The fragments are
 * joined into one number on the row's line only when the geometry leaves no doubt that they are one cell:
 * - they stand in one column, one line apart at an even step, every line but the last as wide as the first;
 * - the next digits above and below in that column stand clearly further away (another row's cell);
 * - a line of the table stands at their midpoint with something of its own (a label, other values) and nothing
 *   else in that column: the row the cell is centred on;
 * - the lines of the fragments hold nothing where that row has its values, nor where it has its label but the
 *   rest of that label (lines of other rows would: each row's label opens with its own ordinal).
 * Otherwise the fragments stay apart, and attachStrayDigits leaves the row unreadable.
 */
import {
  copyLines,
  MAX_CELL_STEP as MAX_STEP,
  MIN_CELL_STEP as MIN_STEP,
  SAME_LINE,
  type Cell,
  type VisualLine,
} from './pdf-lines.js';
import { isValueText } from '../numbers.js';
import { opensWithOrdinal } from './pdf-rows.js';

/** The steps between the lines of one cell differ by at most this (glyphs). */
const EVEN_STEP = 0.25;
/** The next digits in the column (another row's cell) stand at least this much further away than a step (glyphs). */
const ROW_GAP = 0.25;
/** The row's baseline is within this of the midpoint of the fragments (glyphs). */
const MIDPOINT = 0.35;
/** The fragments' centres (or left or right edges) agree within this (glyphs). */
const SAME_COLUMN = 0.6;
/** Full lines of one cell are equally wide within this (glyphs). */
const SAME_WIDTH = 0.2;

const DIGITS = /^[0-9０-９]+$/;
/** A count's unit wrapped onto the cell's last line (173 ⏎ 件): the cell is a value written as text, 173件. */
const UNIT = /^[件个条项次]$/;
/** A minus sign on a line of its own above the digits (a negative count in a column one glyph wide: - ⏎ ３). */
const SIGN = /^[-－−]$/;
/** Any piece of a wrapped number: digits, or a unit or sign on a line of its own. */
const isPiece = (text: string): boolean => DIGITS.test(text) || UNIT.test(text) || SIGN.test(text);

function sameColumn(a: Cell, b: Cell, size: number): boolean {
  const tolerance = SAME_COLUMN * size;
  return (
    Math.abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) <= tolerance ||
    Math.abs(a.x0 - b.x0) <= tolerance / 2 ||
    Math.abs(a.x1 - b.x1) <= tolerance / 2
  );
}

const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }): boolean => a.x0 < b.x1 && a.x1 > b.x0;

/** A digit cell and the line it stands on. */
interface Fragment {
  line: VisualLine;
  cell: Cell;
}

/** The lines of one page, top to bottom; returns them with wrapped numbers joined onto their rows. */
export function joinWrappedNumbers(input: readonly VisualLine[]): VisualLine[] {
  const lines = copyLines(input);
  // A row read from its drawn grid has its cells whole already (pdf-grid.ts).
  const fragments: Fragment[] = lines.flatMap((line) =>
    line.ruled ? [] : line.cells.filter((c) => isPiece(c.text)).map((cell) => ({ line, cell })),
  );
  const chains = stacks(fragments);
  const inChain = new Set(chains.flat().map((f) => f.cell));
  for (const chain of chains) {
    const row = certainRow(chain, lines, inChain);
    if (row) join(chain, row);
  }
  return lines.filter((l) => l.cells.length > 0);
}

/**
 * Digit cells stacked in one column, one line apart: each fragment is followed by the nearest digit cell (or
 * unit) below it in its column within a line's step (used once). Stacks of two or more fragments.
 */
function stacks(fragments: readonly Fragment[]): Fragment[][] {
  const next = new Map<Fragment, Fragment>();
  const taken = new Set<Fragment>();
  // Fragments come line by line, top to bottom: only the few within a step below each one are looked at.
  fragments.forEach((upper, i) => {
    // A unit only ends a stack, a sign only starts one.
    if (UNIT.test(upper.cell.text)) return;
    const size = upper.line.size;
    let best: Fragment | undefined;
    for (let j = i + 1; j < fragments.length && fragments[j]!.line.y - upper.line.y <= (MAX_STEP + 1) * size; j++) {
      const lower = fragments[j]!;
      const step = lower.cell.y - upper.cell.y;
      if (taken.has(lower) || SIGN.test(lower.cell.text) || Math.abs(lower.line.size - size) > 0.5) continue;
      if (step < MIN_STEP * size || step > MAX_STEP * size || !sameColumn(upper.cell, lower.cell, size)) continue;
      if (!best || step < best.cell.y - upper.cell.y) best = lower;
    }
    if (best) {
      next.set(upper, best);
      taken.add(best);
    }
  });
  const out: Fragment[][] = [];
  for (const first of fragments) {
    if (taken.has(first) || !next.has(first)) continue;
    const chain = [first];
    for (let f = next.get(first); f; f = next.get(f)) chain.push(f);
    out.push(chain);
  }
  return out;
}

/** The lines (of one page, in order) whose baselines lie between y0 and y1. */
function linesBetween(lines: readonly VisualLine[], y0: number, y1: number): VisualLine[] {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.y < y0) lo = mid + 1;
    else hi = mid;
  }
  const out: VisualLine[] = [];
  for (let i = lo; i < lines.length && lines[i]!.y <= y1; i++) out.push(lines[i]!);
  return out;
}

/** A line holding the first line of a row's label: a label cell that opens with a row ordinal (1. （二） 四、). */
const opensRow = (line: VisualLine): boolean => line.cells.some((c) => !isValueText(c.text) && opensWithOrdinal(c.text));

/** The row a stack of fragments is one cell of, when the geometry leaves no doubt (see the file comment). */
function certainRow(
  chain: readonly Fragment[],
  lines: readonly VisualLine[],
  inChain: ReadonlySet<Cell>,
): VisualLine | undefined {
  const first = chain[0]!;
  const last = chain[chain.length - 1]!;
  const size = first.line.size;
  const steps = chain.slice(1).map((f, k) => f.cell.y - chain[k]!.cell.y);
  if (Math.max(...steps) - Math.min(...steps) > EVEN_STEP * size) return undefined;
  // Every line of the cell but the last is full: as wide as the first; the last is no wider (a sign aside).
  const width = (f: Fragment): number => f.cell.x1 - f.cell.x0;
  const body = SIGN.test(first.cell.text) ? chain.slice(1) : chain;
  if (body.length === 0 || !DIGITS.test(body[0]!.cell.text)) return undefined;
  if (body.slice(0, -1).some((f) => Math.abs(width(f) - width(body[0]!)) > SAME_WIDTH * size)) return undefined;
  if (width(last) > width(body[0]!) + SAME_WIDTH * size) return undefined;
  const column = { x0: Math.min(...chain.map((f) => f.cell.x0)), x1: Math.max(...chain.map((f) => f.cell.x1)) };
  // Another row's digits in this column stand clearly further away than a step.
  const clear = Math.max(...steps) + ROW_GAP * size;
  const members = new Set(chain.map((f) => f.cell));
  const top = first.cell.y;
  const bottom = last.cell.y;
  const near = (c: Cell): boolean => (c.y < top && top - c.y < clear) || (c.y > bottom && c.y - bottom < clear);
  // Digits on another row's first line (its label opens with its ordinal) are that row's cell, never a line of this
  // one, whatever the distance: a borderless table's padding may set rows barely more than a cell's step apart
  // (LibreOffice: a centred １１ ⏎ １ 16.9 pt from the rows around, its lines 14.1 pt apart, rtAC cause 3).
  const around = linesBetween(lines, top - clear - size, bottom + clear + size).filter((l) => !opensRow(l));
  if (around.some((l) => l.cells.some((c) => !members.has(c) && DIGITS.test(c.text) && overlaps(c, column) && near(c))))
    return undefined;
  const middle = (top + bottom) / 2;
  const own = (line: VisualLine): Cell[] => line.cells.filter((c) => !inChain.has(c));
  // The row's own cells stand on the midpoint; its line may start a little higher (a label set higher shares it).
  const onMiddle = (c: Cell): boolean => Math.abs(c.y - middle) <= MIDPOINT * size;
  let rows = linesBetween(lines, middle - (MIDPOINT + SAME_LINE) * size, middle + MIDPOINT * size).filter((l) =>
    own(l).some(onMiddle),
  );
  // Two lines there (a group label's line just above the row's): the row is the one with values of its own.
  if (rows.length > 1) rows = rows.filter((l) => own(l).some((c) => onMiddle(c) && isValueText(c.text)));
  if (rows.length !== 1) return undefined;
  const row = rows[0]!;
  // Between the fragments, nothing else in their column; on their lines, nothing where the row has its own cells.
  const span = linesBetween(lines, first.line.y, last.line.y);
  if (span.some((l) => l.cells.some((c) => !members.has(c) && overlaps(c, column)))) return undefined;
  return oneRow(
    row,
    own(row),
    chain.map((f) => f.line).filter((l) => l !== row),
    members,
  )
    ? row
    : undefined;
}

/**
 * Whether the lines of the fragments can only be lines of the row's own cell: they hold nothing where the row
 * has its values, and nothing where it has its label but the rest of that label (a label wrapped over the same
 * lines as the number: 1.申请人无正当理由逾期 ⏎ 不补正、行政机关不再处 ⏎ 理其政府信息公开申请). Only the first line
 * of a label opens with an ordinal; lines of other rows would each open with their own (1. 2. 3.).
 */
function oneRow(
  row: VisualLine,
  rowCells: readonly Cell[],
  fragmentLines: readonly VisualLine[],
  members: ReadonlySet<Cell>,
): boolean {
  const rowLabels = rowCells.filter((c) => !isValueText(c.text));
  const rowValues = rowCells.filter((c) => isValueText(c.text));
  // Each label cell of the row, with the pieces of the fragments' lines in its column.
  const labels = rowLabels.map((r) => [{ y: row.y, text: r.text }]);
  for (const line of fragmentLines) {
    for (const c of line.cells) {
      if (members.has(c)) continue;
      if (rowValues.some((r) => overlaps(r, c))) return false;
      const at = rowLabels.findIndex((r) => overlaps(r, c));
      if (at < 0) continue;
      if (isValueText(c.text)) return false;
      labels[at]!.push({ y: line.y, text: c.text });
    }
  }
  return labels.every((pieces) => pieces.sort((a, b) => a.y - b.y).every((p, k) => k === 0 || !opensWithOrdinal(p.text)));
}

/** The fragments as one number, placed on the row's line in column order. */
function join(chain: readonly Fragment[], row: VisualLine): void {
  const cell: Cell = {
    x0: Math.min(...chain.map((f) => f.cell.x0)),
    x1: Math.max(...chain.map((f) => f.cell.x1)),
    y: row.y,
    text: chain.map((f) => f.cell.text).join(''),
  };
  for (const f of chain) f.line.cells.splice(f.line.cells.indexOf(f.cell), 1);
  let at = 0;
  while (at < row.cells.length && row.cells[at]!.x0 < cell.x0) at++;
  row.cells.splice(at, 0, cell);
}

/** A line of at most this many digit cells, and nothing else, is a fragment if a row of values stands near it. */
const MAX_STRAY_CELLS = 3;
/** A row of values has at least this many digit cells. */
const MIN_ROW_VALUES = 3;

/**
 * Digits left over next to a row of values (a number wrapped over more lines than joinWrappedNumbers can tell
 * apart: a column one glyph wide prints one digit per line) belong to some cell of that row, but which one is a
 * guess. They are added to the nearest row within one line pitch as cells of their own, so the row has more
 * values than columns and the table reader says it cannot read it: never a row read with a value missing.
 */
export function attachStrayDigits(input: readonly VisualLine[]): VisualLine[] {
  const lines = input.map((l) => ({ ...l, cells: [...l.cells] }));
  const digits = (l: VisualLine): number => l.cells.filter((c) => DIGITS.test(c.text)).length;
  // A sign left on a line of its own is a piece too: left apart, its row would read a negative count as positive.
  // Rows read from a drawn grid are whole (pdf-grid.ts): neither strays nor rows that strays belong to.
  const isStray = (l: VisualLine): boolean =>
    !l.ruled && l.cells.length <= MAX_STRAY_CELLS && l.cells.every((c) => DIGITS.test(c.text) || SIGN.test(c.text));
  const isRow = (l: VisualLine): boolean => !l.ruled && !isStray(l) && digits(l) >= MIN_ROW_VALUES;
  const strays = new Set<VisualLine>();
  lines.forEach((line, i) => {
    if (!isStray(line)) return;
    // Rows on both sides closer than a cell's line step: three lines of one row's band, its numbers centred over two
    // lines around its single-line values (a label wrapped on the same lines: 6.属于四类过 ３２ ⏎ ２０ １２８ ⏎ 程性信息 ４,
    // a borderless LibreOffice table, rtAC cause 3). Given to one side, the values filled its blanks (４ + ３ = seven
    // values: read as certain, 32 for 324); the upper side, where the label starts, takes them and the lower side's
    // digits too, so the row cannot be read.
    const band = [lines[i - 1], lines[i + 1]].filter(
      (o): o is VisualLine => !!o && o.page === line.page && isRow(o) && Math.abs(o.y - line.y) < MIN_STEP * line.size,
    );
    const [upper, lower] = band.length === 2 ? band : [];
    let best: VisualLine | undefined = upper;
    for (const k of upper ? [] : [i - 2, i - 1, i + 1, i + 2]) {
      const other = lines[k];
      if (!other || other.page !== line.page || !isRow(other) || Math.abs(other.y - line.y) > MAX_STEP * line.size) continue;
      if (!best || Math.abs(other.y - line.y) < Math.abs(best.y - line.y)) best = other;
    }
    if (!best) return;
    const moved = lower ? [...line.cells, ...lower.cells.filter((c) => DIGITS.test(c.text))] : line.cells;
    for (const cell of moved) {
      let at = 0;
      while (at < best.cells.length && best.cells[at]!.x0 <= cell.x0) at++;
      best.cells.splice(at, 0, { ...cell, y: best.y });
    }
    if (lower) lower.cells = lower.cells.filter((c) => !DIGITS.test(c.text));
    strays.add(line);
  });
  return lines.filter((l) => !strays.has(l) && l.cells.length > 0);
}
