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
 * - it is the next line (one line's step below, same page and size);
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

/** The page's lines with every line of numbers wrapped by the page's width joined to the line it goes on from. */
export function unwrapTextLines(page: PageLines): PageLines {
  const advance = digitAdvance(page.lines);
  if (advance <= 0 || page.lines.length < 2) return page;
  const left = Math.min(...page.lines.map((l) => l.cells[0]!.x0));
  const right = page.width - left;
  const tab = TAB_SIZE * advance;
  const onStop = (c: Cell): boolean => {
    const k = (c.x0 - left) / tab;
    return Math.abs(k - Math.round(k)) * TAB_SIZE <= ON_STOP;
  };
  const tabbed = (l: VisualLine): boolean => !l.ruled && l.cells.slice(1).every(onStop);
  const nextStop = (x: number): number => left + Math.floor((x - left) / tab + 1) * tab;
  const out: VisualLine[] = [];
  // The line as printed last: its end tells whether the next one is its continuation.
  let printed: VisualLine | undefined;
  for (const line of page.lines) {
    const joined = out[out.length - 1];
    if (printed && joined && goesOn(printed, line)) {
      const shift = nextStop(joined.cells[joined.cells.length - 1]!.x1) - left;
      joined.cells = [...joined.cells, ...line.cells.map((c) => ({ ...c, x0: c.x0 + shift, x1: c.x1 + shift, y: joined.y }))];
    } else out.push({ ...line, cells: [...line.cells] });
    printed = line;
  }
  return out.length === page.lines.length ? page : { ...page, lines: out };

  function goesOn(above: VisualLine, line: VisualLine): boolean {
    const step = line.y - above.y;
    const last = above.cells[above.cells.length - 1]!;
    const first = line.cells[0]!;
    return (
      line.page === above.page &&
      Math.abs(line.size - above.size) <= 0.1 &&
      step >= MIN_STEP * above.size &&
      step <= MAX_STEP * above.size &&
      Math.abs(first.x0 - left) <= ON_STOP * advance &&
      line.cells.every((c) => isValueText(c.text)) &&
      isValueText(last.text) &&
      tabbed(above) &&
      tabbed(line) &&
      nextStop(last.x1) + (first.x1 - first.x0) > right + ON_STOP * advance
    );
  }
}
