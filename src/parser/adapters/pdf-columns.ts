/**
 * Blank cells in a PDF table: a blank cell prints nothing, so a row with one left empty has fewer values
 * than its neighbours and the table reader would have to call it unreadable. Here, where the page says
 * which column each value stands in, the row gets an empty cell for every column it leaves blank: the
 * value columns are where the fullest rows of the same table put their values (or the header's innermost
 * cells, when no row fills more than two), and each value of a shorter row is placed under
 * the nearest one. A value that is not clearly under one column leaves the row as it is.
 */
import type { Cell, CellRun, VisualLine } from './pdf-lines.js';
import { isValueText } from '../numbers.js';

/** Fewer value columns than this: no filling (a row of 1 or 2 values says too little about columns). */
const MIN_COLUMNS = 3;

function trailingValues(line: VisualLine): number {
  let n = 0;
  for (let i = line.cells.length - 1; i >= 0 && isValueText(line.cells[i]!.text); i--) n++;
  return n;
}

const centre = (c: Cell): number => (c.x0 + c.x1) / 2;

/**
 * Fills blank cells in the rows of one table (the lines of one run of table lines). A table broken by a page
 * may not keep its column widths (a table per page, each sized to its own contents): a page with a full row of
 * its own is placed under its own columns; a page without one, or whose rows are too sparse to show columns
 * (the header on the first page names them), under the columns of the whole run. (The whole run's columns came
 * first once, a page's own only for the rows they could not place: where the pages' columns differ by less than
 * half a column, they placed a row one column off, its blank cell first, and table 三's column totals no longer
 * added up.)
 */
export function fillBlankCells(table: readonly VisualLine[]): VisualLine[] {
  const whole = columnsOf(table);
  if (table.every((l) => l.page === table[0]!.page)) return fillUnder(table, whole);
  const fullest = Math.max(0, ...table.map(trailingValues));
  const out: VisualLine[] = [];
  for (let i = 0; i < table.length;) {
    let j = i;
    while (j < table.length && table[j]!.page === table[i]!.page) j++;
    const page = table.slice(i, j);
    const own = page.some((l) => trailingValues(l) === fullest) ? columnsOf(page) : undefined;
    out.push(...fillUnder(page, own ?? whole));
    i = j;
  }
  return out;
}

/** The centres of the value columns: where the fullest rows put their values, or the header's cells. */
function columnsOf(table: readonly VisualLine[]): number[] | undefined {
  const counts = table.map(trailingValues);
  const fullest = Math.max(0, ...counts);
  const full = table.filter((_, i) => counts[i] === fullest);
  const fromValues = Array.from({ length: fullest }, (_, k) =>
    median(full.map((l) => centre(l.cells[l.cells.length - fullest + k]!))),
  );
  const fromHeader = headerColumns(table, counts);
  // Rows too sparse to show the columns (columns left blank all the way down): the header names them, if
  // the fullest rows' values each stand under one of its innermost cells.
  const sparse = fullest < MIN_COLUMNS && fromHeader.length > fullest && fits(full, fullest, fromHeader);
  const anchors = sparse ? fromHeader : fromValues;
  if (anchors.length < MIN_COLUMNS) return undefined;
  const spacing = Math.min(...anchors.slice(1).map((a, k) => a - anchors[k]!));
  return spacing > 0 ? anchors : undefined;
}

/** Each shorter row's values placed under the nearest columns, an empty cell in each column it leaves blank. */
function fillUnder(rows: readonly VisualLine[], anchors: readonly number[] | undefined): VisualLine[] {
  const table = splitTouching(rows, anchors);
  if (!anchors) return table;
  const counts = table.map(trailingValues);
  const most = anchors.length;
  const spacing = Math.min(...anchors.slice(1).map((a, k) => a - anchors[k]!));
  // Text standing under a value column is a value written as text (若干, 3件): it is placed like a number, never
  // taken for the label (which would shift the values right of it into other columns).
  const valueLeft = anchors[0]! - spacing / 2;
  return table.map((line, i) => {
    let n = counts[i]!;
    if (n === 0) return line;
    while (n < line.cells.length - 1 && centre(line.cells[line.cells.length - n - 1]!) >= valueLeft) n++;
    if (n === most) return line;
    const values = line.cells.slice(line.cells.length - n);
    const slots = values.map((v) => nearest(anchors, centre(v), spacing / 2));
    if (slots.some((s) => s < 0) || slots.some((s, k) => k > 0 && s <= slots[k - 1]!)) return line;
    const labels = line.cells.slice(0, line.cells.length - n);
    // A row without a label must not start with an empty cell (a leading TAB means something else in text).
    const first = labels.length > 0 ? 0 : slots[0]!;
    const filled: Cell[] = [];
    for (let k = first; k < most; k++) {
      const at = slots.indexOf(k);
      filled.push(at >= 0 ? values[at]! : { x0: anchors[k]!, x1: anchors[k]!, y: line.y, text: '' });
    }
    return { ...line, cells: [...labels, ...filled] };
  });
}

/** Edges of a column this close (glyphs) are one edge: the values of a column are aligned to it. */
const ALIGNED = 0.1;

/**
 * Numbers of two columns that touch (a borderless table printed without padding: 1621 of 其他 ends where 9426 of
 * 总计 begins, red team rtO #4) are one cell of digits, and read so the row's total was 16219426 and the identities
 * false errors. A cell joined from runs of digits with no gap between them (pdf-lines.ts, `runs`) in a row with fewer
 * values than the table's columns is split where its runs stand each as the values of its own column stand in the
 * rows that fill every column (the same left edge, right edge or centre), when one split alone does. Else, when the
 * runs could be the numbers of two columns, the row is left unread: the runs are written apart, two numbers in one
 * cell (the table reader's numbersInOneCell). A cell standing whole where its column's values stand, its runs
 * nowhere a column's, is one number drawn in two fonts (a blank cell is elsewhere in the row); so is every joined cell
 * of a row as full as the table.
 */
function splitTouching(table: readonly VisualLine[], anchors: readonly number[] | undefined): VisualLine[] {
  const joined = (c: Cell): c is Cell & { runs: CellRun[] } =>
    c.runs !== undefined && c.runs.length > 1 && c.runs.map((r) => r.text).join('') === c.text;
  if (!anchors || !table.some((l) => !l.ruled && l.cells.some(joined))) return [...table];
  const most = anchors.length;
  const full = table.filter((l) => !l.ruled && trailingValues(l) === most && !l.cells.some(joined));
  const columns = full.length > 0 ? columnEdges(full, anchors) : undefined;
  return table.map((line) => {
    if (line.ruled || !line.cells.some(joined)) return line;
    const n = trailingValues(line);
    if (n >= most) return line;
    const cells = line.cells.flatMap((c, k): Cell[] => {
      if (k < line.cells.length - n || !joined(c)) return [c];
      const splits = columns ? runSplits(c.runs, columns, line.size) : [];
      if (splits.length === 1) return splits[0]!.map((r) => ({ ...r, y: c.y }));
      if (splits.length === 0 && columns && columns.some((col) => col.fits(c, line.size))) return [c];
      return [{ ...c, text: c.runs.map((r) => r.text).join(' '), runs: undefined }];
    });
    return { ...line, cells: cells.map(({ runs, ...c }) => (runs ? { ...c, runs } : c)) };
  });
}

interface Column {
  /** Whether a value with this extent stands where the column's values stand. */
  fits(cell: { x0: number; x1: number }, size: number): boolean;
}

/** Each value column's edges, from the rows that fill every column: an edge is one where all its values agree. */
function columnEdges(full: readonly VisualLine[], anchors: readonly number[]): Column[] {
  const spacing = Math.min(...anchors.slice(1).map((a, k) => a - anchors[k]!));
  return anchors.map((anchor, k) => {
    const cells = full.map((l) => ({ cell: l.cells[l.cells.length - anchors.length + k]!, size: l.size }));
    const edge = (at: (c: Cell) => number): number | undefined => {
      const xs = cells.map((c) => at(c.cell));
      const mid = median(xs);
      return cells.every((c, i) => Math.abs(xs[i]! - mid) <= ALIGNED * c.size) ? mid : undefined;
    };
    const edges = [edge((c) => c.x0), edge((c) => c.x1), edge(centre)];
    const ats = [(c: { x0: number }) => c.x0, (c: { x1: number }) => c.x1, (c: { x0: number; x1: number }) => (c.x0 + c.x1) / 2];
    return {
      fits: (cell, size) =>
        Math.abs((cell.x0 + cell.x1) / 2 - anchor) < spacing / 2 &&
        edges.some((e, i) => e !== undefined && Math.abs(ats[i]!(cell) - e) <= ALIGNED * size),
    };
  });
}

/** The splits of a joined number's runs into pieces that each stand as the values of one column, left to right. */
function runSplits(runs: readonly CellRun[], columns: readonly Column[], size: number): CellRun[][] {
  const out: CellRun[][] = [];
  // Runs are few (a number drawn in pieces): every way of cutting them between runs is tried.
  if (runs.length > 8) return out;
  for (let mask = 1; mask < 1 << (runs.length - 1); mask++) {
    const pieces: CellRun[] = [{ ...runs[0]! }];
    runs.slice(1).forEach((r, i) => {
      const last = pieces[pieces.length - 1]!;
      if (mask & (1 << i)) pieces.push({ ...r });
      else Object.assign(last, { x1: r.x1, text: last.text + r.text });
    });
    let at = -1;
    const placed = pieces.every((p) => {
      const k = columns.findIndex((col, j) => j > at && col.fits(p, size));
      at = k;
      return k >= 0;
    });
    if (placed) out.push(pieces);
  }
  return out;
}

/**
 * The centres of the header's innermost cells over the values (自然人 … 总计 under 申请人情况 and
 * 法人或其他组织): header cells right of the label columns with no other header cell below them.
 */
function headerColumns(table: readonly VisualLine[], counts: readonly number[]): number[] {
  const first = counts.findIndex((n) => n > 0);
  if (first <= 0) return [];
  const valueLeft = Math.min(...table.flatMap((l, i) => (counts[i]! > 0 ? [l.cells[l.cells.length - counts[i]!]!.x0] : [])));
  const size = table[first]!.size;
  const cells = table.slice(0, first).flatMap((l) => l.cells.filter((c) => c.x0 >= valueLeft - size && !isValueText(c.text)));
  const leaves = cells.filter((c) => !cells.some((d) => d !== c && d.y > c.y + 0.5 * size && d.x0 < c.x1 && d.x1 > c.x0));
  const centres = leaves.map(centre).sort((a, b) => a - b);
  // Leaves must stand apart like columns do, about evenly (not the pieces of labels printed in pieces).
  const steps = centres.slice(1).map((x, k) => x - centres[k]!);
  if (steps.length === 0) return [];
  const typical = median(steps);
  return steps.every((d) => d > 1.5 * size && d >= 0.5 * typical) ? centres : [];
}

function fits(rows: readonly VisualLine[], n: number, anchors: readonly number[]): boolean {
  const spacing = Math.min(...anchors.slice(1).map((a, k) => a - anchors[k]!));
  return rows.every((line) => {
    const slots = line.cells.slice(line.cells.length - n).map((c) => nearest(anchors, centre(c), spacing / 2));
    return slots.every((s, k) => s >= 0 && (k === 0 || s > slots[k - 1]!));
  });
}

function nearest(anchors: readonly number[], x: number, within: number): number {
  let best = -1;
  let distance = within;
  anchors.forEach((a, k) => {
    if (Math.abs(a - x) < distance) [best, distance] = [k, Math.abs(a - x)];
  });
  return best;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How far below a header line its table's first row of values may be (glyphs). */
const HEADER_REACH = 15;

/**
 * Header labels of two narrow columns that pdfjs joined into one item ("社会公 法律服务": less than 0.6 glyph
 * apart, so pdfjs put a space between them) are split again when their words stand over different value
 * columns of the first row of values below.
 */
export function splitHeaderCells(lines: readonly VisualLine[]): VisualLine[] {
  return lines.map((line, i) => {
    // A row read from its drawn grid (pdf-grid.ts) has its cells apart already.
    if (line.ruled || line.cells.some((c) => isValueText(c.text)) || !line.cells.some((c) => /\S\s+\S/.test(c.text))) return line;
    const below = lines.slice(i + 1).find((l) => l.y - line.y <= HEADER_REACH * line.size && trailingValues(l) >= MIN_COLUMNS);
    if (!below) return line;
    const n = trailingValues(below);
    const anchors = below.cells.slice(below.cells.length - n).map(centre);
    const spacing = Math.min(...anchors.slice(1).map((a, k) => a - anchors[k]!));
    return { ...line, cells: line.cells.flatMap((c) => splitOver(c, anchors, spacing / 2)) };
  });
}

function splitOver(cell: Cell, anchors: readonly number[], within: number): Cell[] {
  const words = cell.text.split(/\s+/).filter(Boolean);
  if (words.length < 2) return [cell];
  const em = (t: string): number => [...t].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 1 : 0.55), 0);
  const total = words.reduce((w, t) => w + em(t), 0);
  const unit = (cell.x1 - cell.x0) / total;
  let x = cell.x0;
  const placed = words.map((text) => {
    const piece = { x0: x, x1: x + em(text) * unit, y: cell.y, text };
    x = piece.x1;
    return { piece, slot: nearest(anchors, centre(piece), within) };
  });
  if (placed.some((p) => p.slot < 0) || new Set(placed.map((p) => p.slot)).size < 2) return [cell];
  const out: Cell[] = [];
  placed.forEach(({ piece, slot }, k) => {
    const last = out[out.length - 1];
    if (last && placed[k - 1]!.slot === slot) {
      last.text += ` ${piece.text}`;
      last.x1 = piece.x1;
    } else out.push({ ...piece });
  });
  return out;
}
