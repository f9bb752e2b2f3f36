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
import { displayWidth } from '../display-width.js';
import { isBlank, type LineIndex } from '../text-run.js';
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

const CORNERS = '+┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┏┳┓┣╋┫┗┻┛';
const HORIZONTALS = '-=:─━═';
const VERTICALS = '|│┃║';
const isCorner = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && CORNERS.includes(ch);
const isHorizontal = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && HORIZONTALS.includes(ch);
const isVertical = (ch: string | undefined): boolean => ch !== undefined && ch !== '' && VERTICALS.includes(ch);

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

/** One display column of a line: its character ('' for the second column of a wide one) and source offset. */
interface Slot {
  ch: string;
  at: number;
}

/** The lines as rows of display columns; null when a line holds a tab or a control (its columns are unknown). */
function slotsOf(lines: readonly SourceLine[]): Slot[][] | null {
  const out: Slot[][] = [];
  for (const line of lines) {
    const row: Slot[] = [];
    let at = line.start;
    for (const ch of line.text) {
      const width = ch === ' ' ? 1 : displayWidth(ch);
      if (width === 0) return null;
      row.push({ ch, at });
      for (let k = 1; k < width; k++) row.push({ ch: '', at });
      at += ch.length;
    }
    row.push({ ch: ' ', at }); // the line's end, so a piece may end there
    out.push(row);
  }
  return out;
}

/** The grid the lines draw, or null when they do not close into one grid. */
export function readGrid(lines: readonly SourceLine[]): CharGrid | null {
  const g = slotsOf(lines);
  if (!g) return null;
  const height = g.length;
  const top = g[0]!;
  const left = top.findIndex((s) => s.ch !== ' ' && s.ch !== '\u3000');
  let right = top.length - 2;
  while (right > left && !isCorner(top[right]!.ch)) right--;
  if (left < 0 || right <= left) return null;
  const ch = (y: number, x: number): string | undefined => g[y]?.[x]?.ch;
  // Every line keeps the table's left and right edges where the top border has them.
  for (let y = 0; y < height; y++) {
    const a = ch(y, left);
    const b = ch(y, right);
    if (!(isCorner(a) || isVertical(a)) || !(isCorner(b) || isVertical(b))) return null;
    for (let x = right + 1; x < g[y]!.length - 1; x++) if (!/^[ \u3000]?$/.test(ch(y, x) ?? '')) return null;
  }
  const rects: Array<{ top: number; left: number; bottom: number; right: number }> = [];
  const seen = new Set<number>();
  const queue: Array<[number, number]> = [[0, left]];
  const covered: Uint8Array[] = g.map(() => new Uint8Array(right + 1));
  while (queue.length > 0) {
    const [y0, x0] = queue.shift()!;
    const key = y0 * (right + 1) + x0;
    if (seen.has(key) || y0 === height - 1 || x0 === right) continue;
    seen.add(key);
    const rect = scanCell(ch, y0, x0, height - 1, right);
    if (!rect) continue;
    for (let y = rect.top + 1; y < rect.bottom; y++)
      for (let x = rect.left + 1; x < rect.right; x++) {
        if (covered[y]![x]) return null;
        covered[y]![x] = 1;
      }
    rects.push(rect);
    queue.push([rect.top, rect.right], [rect.bottom, rect.left]);
  }
  // Whatever no cell holds is border.
  for (let y = 0; y < height; y++)
    for (let x = left; x <= right; x++) {
      const c = ch(y, x);
      if (!covered[y]![x] && !(isCorner(c) || isHorizontal(c) || isVertical(c))) return null;
    }
  if (rects.length === 0) return null;
  const ys = [...new Set(rects.flatMap((r) => [r.top, r.bottom]))].sort((a, b) => a - b);
  const xs = [...new Set(rects.flatMap((r) => [r.left, r.right]))].sort((a, b) => a - b);
  const cells = rects
    .map((r): GridCell => {
      const pieces: Piece[] = [];
      for (let y = r.top + 1; y < r.bottom; y++) {
        const row = g[y]!;
        pieces.push({ start: row[r.left + 1]!.at, end: row[r.right]!.at });
      }
      const row = ys.indexOf(r.top);
      const col = xs.indexOf(r.left);
      return { row, col, rowSpan: ys.indexOf(r.bottom) - row, colSpan: xs.indexOf(r.right) - col, pieces };
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return { rows: ys.length - 1, cols: xs.length - 1, cells };
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
  if ([...line.text].some((c) => isCorner(c))) return null;
  const pieces: Piece[] = [];
  let from = -1;
  for (let i = 0; i < line.text.length; i++) {
    if (!isVertical(line.text[i])) continue;
    if (from >= 0) pieces.push({ start: line.start + from, end: line.start + i });
    from = i + 1;
  }
  return pieces;
}

type CharAt = (y: number, x: number) => string | undefined;

/** The cell whose top-left corner is (y0, x0): right along its top, down its right, left along its bottom, up. */
function scanCell(ch: CharAt, y0: number, x0: number, bottom: number, right: number) {
  if (!isCorner(ch(y0, x0))) return null;
  for (let x = x0 + 1; x <= right; x++) {
    const c = ch(y0, x);
    if (isCorner(c)) {
      const y = scanDown(ch, y0, x0, x, bottom);
      if (y !== null) return { top: y0, left: x0, bottom: y, right: x };
    } else if (!isHorizontal(c)) return null;
  }
  return null;
}

function scanDown(ch: CharAt, y0: number, x0: number, x1: number, bottom: number): number | null {
  for (let y = y0 + 1; y <= bottom; y++) {
    const c = ch(y, x1);
    if (isCorner(c)) {
      if (closes(ch, y0, x0, y, x1)) return y;
    } else if (!isVertical(c)) return null;
  }
  return null;
}

/** Whether the bottom border (y1) and the left border (x0) of the rectangle are drawn. */
function closes(ch: CharAt, y0: number, x0: number, y1: number, x1: number): boolean {
  if (!isCorner(ch(y1, x0))) return false;
  for (let x = x0 + 1; x < x1; x++) {
    const c = ch(y1, x);
    if (!isHorizontal(c) && !isCorner(c)) return false;
  }
  for (let y = y0 + 1; y < y1; y++) {
    const c = ch(y, x0);
    if (!isVertical(c) && !isCorner(c)) return false;
  }
  return true;
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
