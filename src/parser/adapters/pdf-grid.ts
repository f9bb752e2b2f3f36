/**
 * Text placed in the cells a table's drawn borders make (pdf-rules.ts). In a table with narrow columns a
 * number wraps inside its cell (11550 printed 115 ⏎ 50) and a tight table puts the next row one line below,
 * at the same left edge: from the text's spacing alone a wrapped line and a new row look the same, and read
 * apart the number is cut (86 read as 8) and its rest lands in another row. The borders say which lines are
 * one cell: its lines are joined (digits run on without a space), and every row between two level borders
 * becomes one visual line of cells. A page without a drawn grid, or a table whose text does not fit its grid
 * with certainty (a text item across a border, text outside any closed cell), is left to the text-only
 * reading (pdf-lines.ts): the grid is used only where it leaves no doubt.
 */
import type { PageRules, Rule } from './pdf-rules.js';
import type { PdfItem } from './pdf-item.js';
import { edgeOnEndPiece } from './pdf-page-edge.js';
import { withoutCellMarks } from './pdf-marks.js';

// The line shapes of pdf-lines.ts, repeated here so that the two modules do not import each other.
interface Cell {
  x0: number;
  x1: number;
  y: number;
  text: string;
  cut?: true;
}
interface VisualLine {
  page: number;
  y: number;
  size: number;
  cells: Cell[];
  ruled?: boolean;
}

/** Border ends and crossings this close (points) meet; a line drawn in pieces is one line. */
const TOUCH = 2;
/** Borders this close (points) across their length are one border (double lines, a cell's and its neighbour's). */
const SAME_RULE = 1.5;
/** A grid has at least this many level and this many upright borders (2 × 2 cells): a framed box is no table. */
const MIN_RULES = 3;
/** Items whose baselines differ by less than this (glyphs) are one line of a cell (pdf-lines.ts SAME_LINE). */
const SAME_LINE = 0.35;
/** The middle of a glyph stands this far (glyphs) above its baseline. */
const MIDDLE = 0.35;

interface Table {
  horizontal: Rule[];
  vertical: Rule[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface GridReading<I extends PdfItem> {
  /** One line per row of each table read by its grid, marked `ruled`. */
  lines: VisualLine[];
  /** The items not placed in a grid, for the text-only reading. */
  rest: I[];
}

/** The page's items read through its tables' grids where they fit with certainty (see the file comment). */
export function readGrids<I extends PdfItem>(page: number, items: readonly I[], rules: PageRules | undefined): GridReading<I> {
  if (!rules || rules.horizontal.length < MIN_RULES || rules.vertical.length < MIN_RULES) return { lines: [], rest: [...items] };
  const lines: VisualLine[] = [];
  let rest: I[] = [...items];
  for (const table of tables(merge(rules.horizontal, 'h'), merge(rules.vertical, 'v'))) {
    const inside = rest.filter((i) => within(table, centre(i)));
    if (inside.length === 0) continue;
    const rows = readTable(page, table, inside);
    if (!rows) continue;
    const used = new Set(inside);
    rest = rest.filter((i) => !used.has(i));
    lines.push(...rows);
  }
  return { lines, rest };
}

const centre = (i: PdfItem): { x: number; y: number } => ({ x: i.x + i.width / 2, y: i.y - MIDDLE * i.size });

function within(t: Table, p: { x: number; y: number }): boolean {
  return p.x > t.x0 && p.x < t.x1 && p.y > t.y0 && p.y < t.y1;
}

/** Collinear pieces that touch or overlap joined into one border (a border is often drawn cell by cell). */
function merge(rules: readonly Rule[], axis: 'h' | 'v'): Rule[] {
  const level = axis === 'h';
  const across = (r: Rule): number => (level ? r.y0 : r.x0);
  const from = (r: Rule): number => (level ? r.x0 : r.y0);
  const to = (r: Rule): number => (level ? r.x1 : r.y1);
  const sorted = [...rules].sort((a, b) => across(a) - across(b) || from(a) - from(b));
  const out: Rule[] = [];
  // Rules within SAME_RULE of each other across their length form a band; within a band, pieces that touch join.
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && across(sorted[j]!) - across(sorted[j - 1]!) <= SAME_RULE) j++;
    const band = sorted.slice(i, j).sort((a, b) => from(a) - from(b));
    const at = band.reduce((s, r) => s + across(r), 0) / band.length;
    let start = from(band[0]!);
    let end = to(band[0]!);
    for (const r of band.slice(1)) {
      if (from(r) <= end + TOUCH) end = Math.max(end, to(r));
      else {
        out.push(level ? { x0: start, x1: end, y0: at, y1: at } : { x0: at, x1: at, y0: start, y1: end });
        [start, end] = [from(r), to(r)];
      }
    }
    out.push(level ? { x0: start, x1: end, y0: at, y1: at } : { x0: at, x1: at, y0: start, y1: end });
    i = j;
  }
  return out;
}

const crosses = (h: Rule, v: Rule): boolean =>
  v.x0 >= h.x0 - TOUCH && v.x0 <= h.x1 + TOUCH && h.y0 >= v.y0 - TOUCH && h.y0 <= v.y1 + TOUCH;

/** The borders that meet each other, grouped: each group with enough of both kinds is a table. */
function tables(horizontal: readonly Rule[], vertical: readonly Rule[]): Table[] {
  const all = [...horizontal, ...vertical];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  horizontal.forEach((h, i) =>
    vertical.forEach((v, k) => {
      if (crosses(h, v)) parent[find(i)] = find(horizontal.length + k);
    }),
  );
  const groups = new Map<number, Table>();
  all.forEach((r, i) => {
    const root = find(i);
    const t = groups.get(root) ?? { horizontal: [], vertical: [], x0: Infinity, x1: -Infinity, y0: Infinity, y1: -Infinity };
    (i < horizontal.length ? t.horizontal : t.vertical).push(r);
    [t.x0, t.x1, t.y0, t.y1] = [Math.min(t.x0, r.x0), Math.max(t.x1, r.x1), Math.min(t.y0, r.y0), Math.max(t.y1, r.y1)];
    groups.set(root, t);
  });
  const out = [...groups.values()].filter((t) => t.horizontal.length >= MIN_RULES && t.vertical.length >= MIN_RULES);
  // A table broken by a page has no border where it is cut (Chromium draws none under a row that goes on, nor
  // over its rest on the next page): its upright borders end there, and the page's edge of the table closes the
  // cells of that row.
  for (const t of out) {
    const ys = t.horizontal.map((h) => h.y0);
    if (Math.max(...ys) < t.y1 - TOUCH) t.horizontal.push({ x0: t.x0, x1: t.x1, y0: t.y1, y1: t.y1 });
    if (Math.min(...ys) > t.y0 + TOUCH) t.horizontal.push({ x0: t.x0, x1: t.x1, y0: t.y0, y1: t.y0 });
  }
  return out;
}

/** The closed cell around a point: the nearest border on each side that reaches past the point. */
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

function cellAt(t: Table, p: { x: number; y: number }): Box | undefined {
  let top = -Infinity;
  let bottom = Infinity;
  let left = -Infinity;
  let right = Infinity;
  for (const h of t.horizontal) {
    if (p.x < h.x0 - TOUCH || p.x > h.x1 + TOUCH) continue;
    if (h.y0 < p.y) top = Math.max(top, h.y0);
    else bottom = Math.min(bottom, h.y0);
  }
  for (const v of t.vertical) {
    if (p.y < v.y0 - TOUCH || p.y > v.y1 + TOUCH) continue;
    if (v.x0 < p.x) left = Math.max(left, v.x0);
    else right = Math.min(right, v.x0);
  }
  // A cell spanning rows past the page's end (三、本年度办理结果 beside the rows of table 三 that go on overleaf) has
  // no border where the page cuts it, though the cells beside it have theirs: the table's edge there closes it.
  if (bottom === Infinity && p.y < t.y1) bottom = t.y1;
  if (top === -Infinity && p.y > t.y0) top = t.y0;
  return Number.isFinite(top + bottom + left + right) ? { top, bottom, left, right } : undefined;
}

/**
 * The table's rows, one visual line each, or undefined when any item does not fit the grid with certainty
 * (see `place`).
 */
function readTable(page: number, table: Table, items: readonly PdfItem[]): VisualLine[] | undefined {
  const cells = new Map<string, { box: Box; items: PdfItem[] }>();
  for (const item of items) {
    const placed = place(table, item);
    if (!placed) return undefined;
    for (const { box, piece } of placed) {
      const key = `${box.top.toFixed(1)} ${box.left.toFixed(1)}`;
      const cell = cells.get(key) ?? { box, items: [] };
      cell.items.push(piece);
      cells.set(key, cell);
    }
  }
  // A note mark on a cell's figure, as large as the figure, is known for one only inside its cell (pdf-marks.ts).
  for (const cell of cells.values()) cell.items = [...withoutCellMarks(cell.items)];
  if ([...cells.values()].some((cell) => mixed(cell.items) || severalNumbers(cell.items))) return undefined;
  // Rows: the bands between the table's level borders (at least one of them crosses the table).
  const levels = [...new Set(table.horizontal.map((h) => h.y0))].sort((a, b) => a - b);
  const rows = new Map<number, Cell[]>();
  const sizes = new Map<number, number>();
  for (const { box, items: own } of cells.values()) {
    const text = cellText(own);
    if (text === '') continue;
    const first = own.reduce((a, b) => (b.y < a.y ? b : a));
    // A cell spanning rows (a group label, a vertical label) stands on the row its first line is in.
    const row = levels.filter((y) => y < centre(first).y).length;
    const list = rows.get(row) ?? [];
    const cell: Cell = { x0: box.left, x1: box.right, y: first.y, text };
    // A glyph of the cell at the page's edge: a number in it may go on past the edge (pdf-page-edge.ts).
    if (own.some((i) => i.edge)) cell.cut = true;
    list.push(cell);
    rows.set(row, list);
    sizes.set(row, Math.max(sizes.get(row) ?? 0, ...own.map((i) => i.size)));
  }
  return [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, list]) => {
      list.sort((a, b) => a.x0 - b.x0);
      const baselines = list.map((c) => c.y).sort((a, b) => a - b);
      return { page, y: baselines[baselines.length >> 1]!, size: sizes.get(row)!, cells: list, ruled: true };
    });
}

/**
 * The cell (or cells) an item stands in:
 * - inside one closed cell: that cell;
 * - across upright borders, with blanks in it: pdfjs joins text a little apart into one item, the end of
 *   one cell and the start of the next ("社会公 法律服务", "反复申请 115"); its words are placed by their
 *   estimated extent (CJK one glyph wide, others about half), each wholly inside one cell, or not at all;
 * - across a border without a blank and without a digit: a label longer than its cell, overflowing to the
 *   right (LibreOffice sets an automatic number's text past a narrow cell's edge), belongs where it starts;
 * - anything else (a number across a border, text in no closed cell): undefined, and the table is read
 *   from its text alone, as without borders.
 */
function place(table: Table, item: PdfItem): Array<{ box: Box; piece: PdfItem }> | undefined {
  const box = cellAt(table, centre(item));
  if (!box) return undefined;
  if (item.x >= box.left - TOUCH && item.x + item.width <= box.right + TOUCH) return [{ box, piece: item }];
  const words = item.str.trim().split(/\s+/);
  if (words.length > 1) {
    const em = (t: string): number => [...t].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 1 : 0.55), 0);
    const inked = words.reduce((w, t) => w + em(t), 0);
    // The blanks share what the words' estimated widths leave of the item's width.
    const unit = item.size;
    const gap = Math.max(0, (item.width - inked * unit) / (words.length - 1));
    const out: Array<{ box: Box; piece: PdfItem }> = [];
    let x = item.x;
    for (const word of words) {
      const width = em(word) * unit;
      const piece = { ...item, str: word, x, width };
      const own = cellAt(table, centre(piece));
      if (!own || x < own.left - TOUCH || x + width > own.right + TOUCH) return undefined;
      out.push({ box: own, piece });
      x += width + gap;
    }
    const pieces = edgeOnEndPiece(
      item,
      out.map((o) => o.piece),
    );
    return out.map((o, k) => ({ box: o.box, piece: pieces[k]! }));
  }
  if (/[0-9０-９]/.test(item.str)) return undefined;
  // Its first glyph may stand mostly past the border: where it starts is what counts, clearly inside a cell.
  const start = cellAt(table, { x: item.x + TOUCH / 2, y: centre(item).y });
  return start && item.x >= start.left - TOUCH && item.x <= start.right - TOUCH ? [{ box: start, piece: item }] : undefined;
}

/**
 * A cell's text: its lines top to bottom, each left to right. Lines run on without a space (a number wrapped
 * in its cell is one number, a label wrapped is one label) except between Latin words.
 */
function cellText(items: readonly PdfItem[]): string {
  let text = '';
  for (const own of cellLines(items)) text = /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(own) ? `${text} ${own}` : text + own;
  return text.trim();
}

/** A cell's lines of text, top to bottom, each left to right (a gap wider than a sliver is a blank). */
function cellLines(items: readonly PdfItem[]): string[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: PdfItem[][] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && item.y - line[0]!.y <= SAME_LINE * Math.min(line[0]!.size, item.size)) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    let own = '';
    line.forEach((item, k) => {
      const prev = line[k - 1];
      const gap = prev ? item.x - (prev.x + prev.width) : 0;
      own += prev && gap > 0.15 * Math.min(prev.size, item.size) ? ` ${item.str.trim()}` : item.str.trim();
    });
    return own;
  });
}

/**
 * Whether a cell holds a line of digits and a line of words: the words may be another cell's text drawn into
 * it (a header printed vertically runs down past its border into the first row: 织 over 2197), and which
 * is the cell's own cannot be told. A count's unit wrapped (173 ⏎ 件) is no word of that kind, nor is a label's
 * number on a line of its own (2. ⏎ 属于…: not digits alone).
 */
function mixed(items: readonly PdfItem[]): boolean {
  const lines = cellLines(items);
  return lines.some((l) => /^[0-9０-９]+$/.test(l)) && lines.some((l) => /\p{Script=Han}/u.test(l) && !UNIT.test(l));
}

/**
 * Whether a cell holds two numbers side by side (158 257): the borders between their columns are not drawn, or
 * not read, and a cell so wide may hold a label and its values, which its lines joined would mix (the label's
 * wrapped line after the numbers: …公开 158 … 2510申请数量, every row said missing; rtY #2). The grid does not say
 * which text is which cell: the text alone is read.
 */
function severalNumbers(items: readonly PdfItem[]): boolean {
  return cellLines(items).some((l) => TWO_NUMBERS.test(l));
}

const TWO_NUMBERS = /(?:^|\s)[0-9０-９][0-9０-９,，.]*\s+[0-9０-９][0-9０-９,，.]*(?=\s|$)/;

/** A count's unit on a line of its own (pdf-wrapped-numbers.ts). */
const UNIT = /^[件个条项次]$/;
