/**
 * Grid tables drawn with characters: pandoc's Markdown grid tables (`+---+`, merged cells as borders left out, as
 * pandoc ≥ 3.2 writes a Word table with merged cells) and a terminal browser's box drawing (w3m -dump: ┌─┬─┐ │ ├─┼─┤).
 * Label columns are narrow, so labels wrap over the lines of their cells; a CJK character is two columns wide.
 */
import stringWidth from 'string-width';
import { layout } from '../helpers/report-model.js';
import type { DCell, DGrid, Doc } from './doc.js';
import { withChrome } from './render-text.js';

/** Widest a label column is drawn, in display columns (a figure is never wrapped). */
const LABEL_WIDTH = 12;

/** The lines of a cell's text wrapped to `width` display columns (its own line breaks kept). */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let current = '';
    for (const ch of line) {
      if (current && stringWidth(current + ch) > width) {
        out.push(current);
        current = '';
      }
      current += ch;
    }
    out.push(current);
  }
  return out;
}

interface Placed {
  cell: DCell;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The grid's cells where they stand; a row shorter than the others is filled with empty cells, as a table is drawn. */
function placed(grid: DGrid): Placed[] {
  const out: Placed[] = [];
  const slots = layout(grid);
  const cols = Math.max(...slots.map((line) => line.length));
  slots.forEach((line, r) => {
    for (let c = 0; c < cols; c++) {
      const slot = line[c];
      if (!slot) out.push({ cell: { text: '', value: true }, row: r, col: c, rows: 1, cols: 1 });
      else if (slot.top && slot.left)
        out.push({ cell: slot.cell, row: r, col: c, rows: slot.cell.rowspan || 1, cols: slot.cell.colspan || 1 });
    }
  });
  return out;
}

const width = (cell: DCell): number =>
  Math.max(1, ...cell.text.split('\n').map((l) => (cell.value ? stringWidth(l) : Math.min(LABEL_WIDTH, stringWidth(l)))));

/** The grid drawn: `box` with box-drawing characters, else with `+`, `-` and `|`. */
function drawGrid(grid: DGrid, box: boolean): string[] {
  const cells = placed(grid);
  const nRows = Math.max(...cells.map((p) => p.row + p.rows));
  const nCols = Math.max(...cells.map((p) => p.col + p.cols));
  const widths = Array<number>(nCols).fill(1);
  const heights = Array<number>(nRows).fill(1);
  // Single cells first, then a merged cell widens its last column (or row) when the ones it covers are too narrow.
  for (const p of [...cells].sort((a, b) => a.cols - b.cols)) {
    const have = widths.slice(p.col, p.col + p.cols).reduce((a, b) => a + b, 0) + 3 * (p.cols - 1);
    const need = width(p.cell);
    if (need > have) widths[p.col + p.cols - 1]! += need - have;
  }
  const lines = new Map(
    cells.map((p) => [p, wrap(p.cell.text, widths.slice(p.col, p.col + p.cols).reduce((a, b) => a + b, 0) + 3 * (p.cols - 1))]),
  );
  for (const p of [...cells].sort((a, b) => a.rows - b.rows)) {
    const have = heights.slice(p.row, p.row + p.rows).reduce((a, b) => a + b, 0) + (p.rows - 1);
    const need = lines.get(p)!.length;
    if (need > have) heights[p.row + p.rows - 1]! += need - have;
  }
  const xs = [0];
  for (const w of widths) xs.push(xs[xs.length - 1]! + w + 3);
  const ys = [0];
  for (const h of heights) ys.push(ys[ys.length - 1]! + h + 1);
  const canvas: string[][] = Array.from({ length: ys[nRows]! + 1 }, () => Array<string>(xs[nCols]! + 1).fill(' '));
  const H = 1;
  const V = 2;
  for (const p of cells) {
    const [x0, x1, y0, y1] = [xs[p.col]!, xs[p.col + p.cols]!, ys[p.row]!, ys[p.row + p.rows]!];
    for (let x = x0; x <= x1; x++) for (const y of [y0, y1]) canvas[y]![x] = mark(canvas[y]![x]!, H);
    for (let y = y0; y <= y1; y++) for (const x of [x0, x1]) canvas[y]![x] = mark(canvas[y]![x]!, V);
    lines.get(p)!.forEach((text, k) => {
      let x = x0 + 2;
      for (const ch of text) {
        canvas[y0 + 1 + k]![x] = ch;
        if (stringWidth(ch) === 2) canvas[y0 + 1 + k]![++x] = '';
        x++;
      }
    });
  }
  // Each border point drawn as its arms make it.
  const arm = (y: number, x: number, kind: number): boolean =>
    MARKS.has(canvas[y]?.[x] ?? '') && (MARKS.get(canvas[y]![x]!)! & kind) !== 0;
  return canvas.map((row, y) =>
    row
      .map((ch, x) => {
        if (!MARKS.has(ch)) return ch;
        const up = arm(y - 1, x, V);
        const down = arm(y + 1, x, V);
        const left = arm(y, x - 1, H);
        const right = arm(y, x + 1, H);
        return box ? BOX[`${+up}${+down}${+left}${+right}`]! : (up || down) && (left || right) ? '+' : up || down ? '|' : '-';
      })
      .join('')
      .trimEnd(),
  );
}

/** Border marks on the canvas while drawing: which strokes pass through the point. */
const MARKS = new Map<string, number>([
  ['\u0001', 1],
  ['\u0002', 2],
  ['\u0003', 3],
]);
const mark = (ch: string, kind: number): string => String.fromCharCode((MARKS.get(ch) ?? 0) | kind);

/** up, down, left, right → box-drawing character. */
const BOX: Readonly<Record<string, string>> = {
  '0011': '─',
  '0001': '─',
  '0010': '─',
  '1100': '│',
  '1000': '│',
  '0100': '│',
  '0101': '┌',
  '0111': '┬',
  '0110': '┐',
  '1101': '├',
  '1111': '┼',
  '1110': '┤',
  '1001': '└',
  '1011': '┴',
  '1010': '┘',
};

/** Markdown as pandoc writes a report whose tables have merged cells: `+---+` grid tables. */
export function markdownGrid(doc: Doc): string {
  const parts = doc.blocks.map((b) => {
    if (b.kind === 'title') return b.lines.length === 1 ? `# ${b.lines[0]}` : b.lines.join('\n');
    if (b.kind === 'heading')
      return b.inline !== undefined ? `${b.text}　${b.inline}` : b.bold ? `**${b.text}**` : `## ${b.text}`;
    if (b.kind === 'paragraph') return b.lines.join('\n');
    return drawGrid(b.grid, false).join('\n');
  });
  return `${withChrome(doc, parts, '\n\n').join('\n\n')}\n`;
}

/** A web page dumped as text by w3m: lines of text, tables drawn with box-drawing characters. */
export function textBoxes(doc: Doc): string {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'title') out.push(...b.lines, '');
    else if (b.kind === 'heading') out.push(b.inline !== undefined ? `${b.text} ${b.inline}` : b.text, '');
    else if (b.kind === 'paragraph') out.push(...b.lines, '');
    else out.push(...drawGrid(b.grid, true), '');
  }
  return `${withChrome(doc, out, '\n').join('\n')}\n`;
}
