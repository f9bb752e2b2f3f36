/**
 * A plain text printed by a browser (Chromium prints a .txt as one <pre>, white-space: pre-wrap, TAB stops every
 * eight characters of its monospaced font): a line longer than the page goes on at the left margin on the next
 * line. Its cells are then in reading order, the continuation's after the first line's: table 四's fifteen
 * values printed 11 3 … 4 ⏎ 18 20 52. Read by position, the continuation stood under the first numbers and was
 * taken for the lower pieces of numbers wrapped in narrow cells, put among them by x (11 18 3 20 20 52 13 …,
 * every review total false), or its 125 before the row's label (red team rtAE, cause 1).
 *
 * A line goes on from the one above only when nothing else can be meant:
 * - both lie on TAB stops: each cell after the first starts at the left margin plus a multiple of eight digits'
 *   advance (a table whose columns fall so by chance, on two lines, is no table anyone drew);
 * - the continuation starts at the page's left margin and holds numbers alone (a row's values go on), the line
 *   above ends with a number (a row of values, no header line);
 * - it is the next line: one line's step below on the same page, or the first line of the next page after the
 *   last of its page (same margin and stops there), in the same size;
 * - the line above is full: a TAB after its last cell and the continuation's first cell would run past the
 *   text's right edge (the page's width less the left margin: a print's margins are equal).
 * Its cells are then moved to the end of the line above, on the TAB grid as if the line had gone on.
 */
import type { Cell, PageLines, VisualLine } from './pdf-lines.js';
import { isValueText } from '../numbers.js';

/** Digits of the monospaced font between two TAB stops. */
const TAB_SIZE = 8;
/** A cell is on a TAB stop within this (digit advances). */
const ON_STOP = 0.1;
/** Lines of one paragraph stand at most this far apart (glyphs); Chromium's monospaced lines 1.39. */
const MAX_STEP = 2;
const MIN_STEP = 0.8;

const DIGITS = /^[0-9０-９]+$/;

/** The advance of one digit of the page's monospaced font: the median over its cells of digits alone. */
function digitAdvance(lines: readonly VisualLine[]): number {
  const advances = lines
    .flatMap((l) => l.cells)
    .filter((c) => DIGITS.test(c.text))
    .map((c) => (c.x1 - c.x0) / c.text.length)
    .sort((a, b) => a - b);
  return advances.length === 0 ? 0 : advances[advances.length >> 1]!;
}

/** A page's TAB grid: its left margin, its text's right edge (the margins are equal), a digit's advance, a stop's width. */
interface Grid {
  left: number;
  right: number;
  advance: number;
  tab: number;
}

function gridOf(page: PageLines): Grid | undefined {
  const advance = digitAdvance(page.lines);
  if (advance <= 0 || page.lines.length === 0) return undefined;
  const left = Math.min(...page.lines.map((l) => l.cells[0]!.x0));
  return { left, right: page.width - left, advance, tab: TAB_SIZE * advance };
}

const onStop = (g: Grid, c: Cell): boolean => {
  const k = (c.x0 - g.left) / g.tab;
  return Math.abs(k - Math.round(k)) * TAB_SIZE <= ON_STOP;
};
const tabbed = (g: Grid, l: VisualLine): boolean => !l.ruled && l.cells.slice(1).every((c) => onStop(g, c));
const nextStop = (g: Grid, x: number): number => g.left + Math.floor((x - g.left) / g.tab + 1) * g.tab;

/**
 * The pages' lines with every line of numbers wrapped by the page's width joined to the line it goes on from: the
 * next line on the page, or the first line of the next page when the row was its page's last (Chromium breaks the
 * page between the two lines of a wrapped row as between any two lines).
 */
export function unwrapTextLines(pages: readonly PageLines[]): PageLines[] {
  const grids = pages.map(gridOf);
  const out = pages.map((p) => ({ ...p, lines: [] as VisualLine[] }));
  // The line as printed last (its end tells whether the next goes on from it) and the line it was joined to.
  let printed: { line: VisualLine; grid: Grid; last: boolean } | undefined;
  let joined: VisualLine | undefined;
  pages.forEach((page, p) => {
    const grid = grids[p];
    page.lines.forEach((line, k) => {
      // The next line on the page, or the first of the page after the one the last line printed ended.
      const next = line.page === printed?.line.page || (k === 0 && printed?.last === true && printed.line.page === page.page - 1);
      if (grid && printed && joined && next && goesOn(printed.grid, printed.line, grid, line)) {
        const to = joined;
        const shift = nextStop(printed.grid, to.cells[to.cells.length - 1]!.x1) - grid.left;
        to.cells = [...to.cells, ...line.cells.map((c) => ({ ...c, x0: c.x0 + shift, x1: c.x1 + shift, y: to.y }))];
      } else {
        joined = { ...line, cells: [...line.cells] };
        out[p]!.lines.push(joined);
      }
      printed = grid ? { line, grid, last: k === page.lines.length - 1 } : undefined;
    });
  });
  return out;
}

/** Whether `line` (printed on `at`) goes on from `above` (printed on `from`): see the file comment. */
function goesOn(from: Grid, above: VisualLine, at: Grid, line: VisualLine): boolean {
  const last = above.cells[above.cells.length - 1]!;
  const first = line.cells[0]!;
  const size = above.size;
  // On one page one line's step below; across a page, the same margin and stops.
  const placed =
    line.page === above.page
      ? line.y - above.y >= MIN_STEP * size && line.y - above.y <= MAX_STEP * size
      : Math.abs(from.left - at.left) <= ON_STOP * at.advance && Math.abs(from.tab - at.tab) <= ON_STOP * at.advance;
  return (
    placed &&
    Math.abs(line.size - size) <= 0.1 &&
    Math.abs(first.x0 - at.left) <= ON_STOP * at.advance &&
    line.cells.every((c) => isValueText(c.text)) &&
    isValueText(last.text) &&
    tabbed(from, above) &&
    tabbed(at, line) &&
    nextStop(from, last.x1) + (first.x1 - first.x0) > from.right + ON_STOP * from.advance
  );
}
