/**
 * A number wrapped inside a narrow cell (full-width digits in a column sized for half-width ones: ３６ ⏎ １ for
 * 361) is printed on two lines of its own, one above and one below the row's baseline, because the cell
 * centres its content vertically. Read apart they are two numbers of two rows, or a value above a row whose
 * column is then blank: false totals. The two fragments are joined, and the number is put on the row's line,
 * only when the geometry says it is one cell: the fragments stand one line pitch apart in the same column,
 * the lower no wider than the upper, and a line of the same table stands halfway between them (the row the
 * cell is centred on) with nothing of its own in that column.
 */
import type { Cell, VisualLine } from './pdf-lines.js';

/** The fragments of one cell stand at most this far apart (baseline to baseline, in glyphs). */
const MAX_STEP = 1.4;
/** Nor closer than this: two items of one line differ by less (pdf-lines.ts SAME_LINE). */
const MIN_STEP = 0.8;
/** The row's baseline is within this of the midpoint of the fragments (glyphs). */
const MIDPOINT = 0.35;
/** The fragments' centres (or left or right edges) agree within this (glyphs). */
const SAME_COLUMN = 0.6;

const DIGITS = /^[0-9０-９]+$/;

function sameColumn(a: Cell, b: Cell, size: number): boolean {
  const tolerance = SAME_COLUMN * size;
  return (
    Math.abs((a.x0 + a.x1) / 2 - (b.x0 + b.x1) / 2) <= tolerance ||
    Math.abs(a.x0 - b.x0) <= tolerance / 2 ||
    Math.abs(a.x1 - b.x1) <= tolerance / 2
  );
}

/** The lines of one page, in order; returns them with wrapped numbers joined onto their rows. */
export function joinWrappedNumbers(input: readonly VisualLine[]): VisualLine[] {
  const lines = input.map((l) => ({ ...l, cells: l.cells.map((c) => ({ ...c })) }));
  for (let i = 0; i < lines.length; i++) {
    const upper = lines[i]!;
    for (let u = 0; u < upper.cells.length; u++) {
      const top = upper.cells[u]!;
      if (!DIGITS.test(top.text)) continue;
      const joined = joinOne(lines, i, top);
      if (joined) u--;
    }
  }
  return lines.filter((l) => l.cells.length > 0);
}

/** Joins `top` (a cell of lines[i]) with the fragment below it, onto the row between them; whether it did. */
function joinOne(lines: VisualLine[], i: number, top: Cell): boolean {
  const upper = lines[i]!;
  const size = upper.size;
  // The lines below within one line pitch: the row's line and the fragment's line.
  for (let j = i + 1; j < lines.length && lines[j]!.page === upper.page && lines[j]!.y - upper.y <= MAX_STEP * size; j++) {
    const lower = lines[j]!;
    if (lower.y - upper.y < MIN_STEP * size || Math.abs(lower.size - size) > 0.5) continue;
    const bottom = lower.cells.find((c) => DIGITS.test(c.text) && sameColumn(top, c, size));
    if (!bottom || bottom.x1 - bottom.x0 > top.x1 - top.x0 + 0.2 * size) continue;
    const middle = (upper.y + lower.y) / 2;
    let row: VisualLine | undefined;
    for (let k = i + 1; k < j; k++) if (Math.abs(lines[k]!.y - middle) <= MIDPOINT * size) row = lines[k];
    if (!row || row.cells.some((c) => c.x0 < Math.max(top.x1, bottom.x1) && c.x1 > Math.min(top.x0, bottom.x0))) return false;
    const cell: Cell = {
      x0: Math.min(top.x0, bottom.x0),
      x1: Math.max(top.x1, bottom.x1),
      y: row.y,
      text: top.text + bottom.text,
    };
    upper.cells.splice(upper.cells.indexOf(top), 1);
    lower.cells.splice(lower.cells.indexOf(bottom), 1);
    let at = 0;
    while (at < row.cells.length && row.cells[at]!.x0 < cell.x0) at++;
    row.cells.splice(at, 0, cell);
    return true;
  }
  return false;
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
  const isStray = (l: VisualLine): boolean => l.cells.length <= MAX_STRAY_CELLS && l.cells.every((c) => DIGITS.test(c.text));
  const isRow = (l: VisualLine): boolean => !isStray(l) && digits(l) >= MIN_ROW_VALUES;
  const strays = new Set<VisualLine>();
  lines.forEach((line, i) => {
    if (!isStray(line)) return;
    let best: VisualLine | undefined;
    for (const k of [i - 2, i - 1, i + 1, i + 2]) {
      const other = lines[k];
      if (!other || other.page !== line.page || !isRow(other) || Math.abs(other.y - line.y) > MAX_STEP * line.size) continue;
      if (!best || Math.abs(other.y - line.y) < Math.abs(best.y - line.y)) best = other;
    }
    if (!best) return;
    for (const cell of line.cells) {
      let at = 0;
      while (at < best.cells.length && best.cells[at]!.x0 <= cell.x0) at++;
      best.cells.splice(at, 0, { ...cell, y: best.y });
    }
    strays.add(line);
  });
  return lines.filter((l) => !strays.has(l));
}
