/**
 * Grid tables drawn with characters: pandoc's Markdown grid tables (`+---+`, `+===+` under the header, spans as
 * borders left out), reStructuredText grid tables, and tables a terminal browser draws with box-drawing characters
 * (w3m: ┌─┬─┐ │ ├─┼─┤). A cell is the rectangle its borders close, found as docutils' grid table parser finds
 * it (from each top-left corner: right along the top border, down the right one, back along the bottom, up the
 * left), so a cell spanning rows or columns is one cell and the text lines inside it are one cell's lines.
 * Columns are display columns (a CJK character is two wide), as the converters that drew the table count them.
 * A block that is not one closed grid (a border out of line, a cell not closed, text where a border should be)
 * is no grid: the caller reads its lines as it would without this reader.
 */
import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { isBlank, type LineIndex } from '../text-run.js';
import { codeAt, isCorner, isHorizontal, isSpace, isVertical, markJoints, planeOf, type Plane } from './grid-plane.js';
import type { Piece, SourceLine } from './source-lines.js';

/** A cell of the grid: its rows and columns, and the source pieces of its text, one per text line inside it. */
interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  pieces: Piece[];
}

export interface CharGrid {
  rows: number;
  cols: number;
  cells: GridCell[];
}

/**
 * A block of lines that looks like a grid table: [first, last] line indices, and its grid when it is one; when it
 * is not, its rows when they can still be told (`bands`: rows of cells, each cell its pieces, one per line).
 */
export interface GridBlock {
  first: number;
  last: number;
  grid: CharGrid | null;
  bands: Piece[][][] | null;
}

/** A border line: a corner, then only corners and horizontal strokes (`+---+===+`, `├──┼──┤`). */
const BORDER =
  /^[ \u3000]*[+┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┏┳┓┣╋┫┗┻┛][-=:+─━═┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┏┳┓┣╋┫┗┻┛]*[+┐┤┘╗╣╝╕╡╛╖╢╜┓┫┛][ \u3000]*$/;
/** A line inside a grid: it opens with a vertical stroke or a corner and ends with one. */
const INSIDE = /^[ \u3000]*[|│┃║+├┝┠╞╟╠┣┼].*[|│┃║+┤┥┨╡╢╣┫┼][ \u3000]*$/;

/** The blocks of lines that look like grid tables: a border line, lines inside, a border line. */
export function gridBlocks(lines: readonly SourceLine[]): GridBlock[] {
  const blocks: GridBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isBorderLine(lines[i]!.text)) continue;
    let last = i;
    for (let j = i + 1; j < lines.length && (INSIDE.test(lines[j]!.text) || isBorderLine(lines[j]!.text)); j++)
      if (isBorderLine(lines[j]!.text)) last = j;
    // One border line alone, or two with nothing between them, is a rule, not a table.
    if (last - i < 2) continue;
    const block = lines.slice(i, last + 1);
    const grid = readGrid(block);
    blocks.push({ first: i, last, grid, bands: grid ? null : readBands(block) });
    i = last;
  }
  return blocks;
}

const isBorderLine = (text: string): boolean => text.length >= 3 && BORDER.test(text);

/** Cells a grid may have: table 三, the largest of a report, has about 260; a block of thousands is no report's table. */
const MAX_CELLS = 5000;
/**
 * Steps the search for cells may take per display column of the block. A drawn grid costs each cell about its
 * perimeter: tables 二, 三 and 四 drawn by pandoc, reStructuredText and w3m took 0.4 to 1.7 steps per column. A block
 * of strokes and corners that almost closes cells everywhere costs far more (a 600 × 600 one took 25 s) and is no table.
 */
const STEPS_PER_COLUMN = 16;

interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The grid the lines draw, or null when they do not close into one grid: a cell not closed, text where a border
 * should be, a text line of a cell that is itself a rule (a rule the reading took for text, as w3m's ASCII rules
 * would be without their joints: markJoints), more than MAX_CELLS cells, or a search longer than its budget.
 */
export function readGrid(lines: readonly SourceLine[]): CharGrid | null {
  const plane = planeOf(lines);
  if (!plane) return null;
  markJoints(plane);
  const top = plane.codes[0]!;
  let left = 0;
  while (left < top.length - 1 && isSpace(top[left]!)) left++;
  let right = top.length - 2;
  while (right > left && !isCorner(top[right]!)) right--;
  if (!isCorner(top[left]!) || right <= left) return null;
  if (!keepsEdges(plane, left, right)) return null;
  const rects = closedCells(plane, left, right);
  if (!rects) return null;
  const ys = indexOf(rects.flatMap((r) => [r.top, r.bottom]));
  const xs = indexOf(rects.flatMap((r) => [r.left, r.right]));
  const cells = rects
    .map((r): GridCell => {
      const pieces: Piece[] = [];
      for (let y = r.top + 1; y < r.bottom; y++) pieces.push({ start: plane.at[y]![r.left + 1]!, end: plane.at[y]![r.right]! });
      const row = ys.get(r.top)!;
      const col = xs.get(r.left)!;
      return { row, col, rowSpan: ys.get(r.bottom)! - row, colSpan: xs.get(r.right)! - col, pieces };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { rows: ys.size - 1, cols: xs.size - 1, cells };
}

/** Each of the sorted distinct values to its index. */
function indexOf(values: number[]): Map<number, number> {
  return new Map([...new Set(values)].sort((a, b) => a - b).map((v, i) => [v, i]));
}

/** Whether every line keeps the table's left and right edges where the top border has them, and nothing after. */
function keepsEdges(plane: Plane, left: number, right: number): boolean {
  for (let y = 0; y < plane.height; y++) {
    const a = codeAt(plane, y, left);
    const b = codeAt(plane, y, right);
    if (!(isCorner(a) || isVertical(a)) || !(isCorner(b) || isVertical(b))) return false;
    const row = plane.codes[y]!;
    for (let x = right + 1; x < row.length - 1; x++) if (!isSpace(row[x]!)) return false;
  }
  return true;
}

/**
 * The cells that tile the grid between columns left and right, found as docutils finds them: from each top-left
 * corner right along the top border, down the right one, back along the bottom, up the left. A cell has an inside
 * (a text line and a column at least), so a block of corners is no grid of empty cells.
 */
function closedCells(plane: Plane, left: number, right: number): Rect[] | null {
  const bottom = plane.height - 1;
  const code = (y: number, x: number): number => codeAt(plane, y, x);
  let steps = STEPS_PER_COLUMN * plane.height * (right + 1);
  const spent = (): boolean => --steps < 0;

  /** Whether the bottom border (y1) and the left border (x0) of the rectangle are drawn. */
  const closes = (y0: number, x0: number, y1: number, x1: number): boolean => {
    if (!isCorner(code(y1, x0))) return false;
    for (let x = x0 + 1; x < x1; x++) {
      const c = code(y1, x);
      if (spent() || (!isHorizontal(c) && !isCorner(c))) return false;
    }
    for (let y = y0 + 1; y < y1; y++) {
      const c = code(y, x0);
      if (spent() || (!isVertical(c) && !isCorner(c))) return false;
    }
    return true;
  };
  /** Down the right border at x1 to the first corner where the cell closes. */
  const down = (y0: number, x0: number, x1: number): number | null => {
    for (let y = y0 + 1; y <= bottom && !spent(); y++) {
      const c = code(y, x1);
      if (isCorner(c)) {
        if (y - y0 >= 2 && closes(y0, x0, y, x1)) return y;
      } else if (!isVertical(c)) return null;
    }
    return null;
  };
  /** The cell whose top-left corner is (y0, x0). */
  const cellAt = (y0: number, x0: number): Rect | null => {
    if (!isCorner(code(y0, x0))) return null;
    for (let x = x0 + 1; x <= right && !spent(); x++) {
      const c = code(y0, x);
      if (isCorner(c)) {
        const y = x - x0 >= 2 ? down(y0, x0, x) : null;
        if (y !== null) return { top: y0, left: x0, bottom: y, right: x };
      } else if (!isHorizontal(c)) return null;
    }
    return null;
  };

  const rects: Rect[] = [];
  const seen = new Set<number>();
  const queue: Array<[number, number]> = [[0, left]];
  const covered: Uint8Array[] = plane.codes.map(() => new Uint8Array(right + 1));
  for (let next = 0; next < queue.length; next++) {
    const [y0, x0] = queue[next]!;
    const key = y0 * (right + 1) + x0;
    if (seen.has(key) || y0 === bottom || x0 === right) continue;
    seen.add(key);
    const rect = cellAt(y0, x0);
    if (steps < 0) return null;
    if (!rect) continue;
    for (let y = rect.top + 1; y < rect.bottom; y++) {
      let rule = true;
      for (let x = rect.left + 1; x < rect.right; x++) {
        if (covered[y]![x]) return null;
        covered[y]![x] = 1;
        const c = code(y, x);
        rule &&= isHorizontal(c) || isCorner(c);
      }
      if (rule) return null;
    }
    rects.push(rect);
    if (rects.length > MAX_CELLS) return null;
    queue.push([rect.top, rect.right], [rect.bottom, rect.left]);
  }
  // Whatever no cell holds is border.
  for (let y = 0; y <= bottom; y++)
    for (let x = left; x <= right; x++) {
      const c = code(y, x);
      if (!covered[y]![x] && !(isCorner(c) || isHorizontal(c) || isVertical(c))) return null;
    }
  return rects.length > 0 ? rects : null;
}

/**
 * The rows of a grid whose text lines do not keep its borders' columns (pandoc's reStructuredText writer counts
 * some CJK characters one column wide, so a line's strokes stand out of line with the borders): every border line
 * whole and alike (no span leaves a border out), a row is the lines between two borders, and when each of its
 * lines splits at its vertical strokes into as many pieces as the border has segments, the k-th pieces of its lines
 * are one cell. Anything else (a corner inside a text line, a line with more or fewer pieces) tells no rows.
 */
function readBands(lines: readonly SourceLine[]): Piece[][][] | null {
  const border = lines[0]!.text.trim();
  const width = border.split(/[+┌┬┐├┼┤└┴┘]/).length - 2;
  const rows: Piece[][][] = [];
  let row: Piece[][] | null = null;
  for (const line of lines) {
    if (isBorderLine(line.text)) {
      if (!sameBorder(line.text.trim(), border)) return null;
      if (row) rows.push(row);
      row = null;
      continue;
    }
    const pieces = piecesOf(line);
    if (!pieces || pieces.length !== width) return null;
    row ??= pieces.map(() => []);
    pieces.forEach((piece, k) => row![k]!.push(piece));
  }
  return rows.length > 0 && width > 1 ? rows : null;
}

/** Two border lines alike but for the header's `=` and the alignment colons. */
const sameBorder = (a: string, b: string): boolean => a.replace(/[=:]/g, '-') === b.replace(/[=:]/g, '-');

/** The pieces of a text line between its vertical strokes; null when a corner stands among them. */
function piecesOf(line: SourceLine): Piece[] | null {
  if ([...line.text].some((c) => isCorner(c.codePointAt(0)!))) return null;
  const pieces: Piece[] = [];
  let from = -1;
  for (let i = 0; i < line.text.length; i++) {
    if (!isVertical(line.text.charCodeAt(i))) continue;
    if (from >= 0) pieces.push({ start: line.start + from, end: line.start + i });
    from = i + 1;
  }
  return pieces;
}

/**
 * The grid as an mdast table of layout 'grid': a cell spanning rows or columns is copied into every slot it covers,
 * the copies marked `spanned`, as the web page reader expands colspan and rowspan. The lines of a cell are text
 * nodes with a break between them (a label broken over lines is joined by the reader, a number is not).
 */
export function gridTable(source: string, grid: CharGrid, index: LineIndex): Table {
  const slots: Array<Array<TableCell | undefined>> = Array.from({ length: grid.rows }, () => []);
  for (const cell of grid.cells) {
    const made = cellOf(source, cell.pieces, index);
    for (let r = 0; r < cell.rowSpan; r++)
      for (let c = 0; c < cell.colSpan; c++)
        slots[cell.row + r]![cell.col + c] = r === 0 && c === 0 ? made : { ...made, data: { spanned: true } };
  }
  const rows: TableRow[] = slots.map((line) => {
    const cells = Array.from({ length: grid.cols }, (_, c) => line[c] ?? { type: 'tableCell' as const, children: [] });
    const placed = cells.filter((c) => c.position);
    const start = placed[0]?.position?.start.offset ?? 0;
    const end = placed[placed.length - 1]?.position?.end.offset ?? start;
    return { type: 'tableRow', children: cells, position: index.position(start, end) };
  });
  const first = grid.cells[0]?.pieces[0]?.start ?? 0;
  const lastCell = grid.cells[grid.cells.length - 1];
  const last = lastCell?.pieces[lastCell.pieces.length - 1]?.end ?? first;
  return { type: 'table', children: rows, position: index.position(first, last), data: { layout: 'grid' } };
}

/** The rows of a grid that does not close (readBands) as an mdast table of layout 'flattened'. */
export function bandTable(source: string, bands: readonly Piece[][][], index: LineIndex): Table {
  const rows: TableRow[] = bands.map((band) => {
    const cells = band.map((pieces) => cellOf(source, pieces, index));
    const start = band[0]?.[0]?.start ?? 0;
    const lastCell = band[band.length - 1] ?? [];
    return { type: 'tableRow', children: cells, position: index.position(start, lastCell[lastCell.length - 1]?.end ?? start) };
  });
  const start = rows[0]?.position?.start.offset ?? 0;
  const end = rows[rows.length - 1]?.position?.end.offset ?? start;
  return { type: 'table', children: rows, position: index.position(start, end), data: { layout: 'flattened' } };
}

function cellOf(source: string, pieces: readonly Piece[], index: LineIndex): TableCell {
  const children: PhrasingContent[] = [];
  let start: number | undefined;
  let end = 0;
  for (const piece of pieces) {
    let { start: a, end: b } = piece;
    while (a < b && isBlank(source.charCodeAt(a))) a++;
    while (b > a && isBlank(source.charCodeAt(b - 1))) b--;
    if (a === b) continue;
    if (children.length > 0) children.push({ type: 'break' });
    children.push({ type: 'text', value: source.slice(a, b), position: index.position(a, b) });
    start ??= a;
    end = b;
  }
  const at = pieces[0]?.start ?? 0;
  return { type: 'tableCell', children, position: index.position(start ?? at, start === undefined ? at : end) };
}
