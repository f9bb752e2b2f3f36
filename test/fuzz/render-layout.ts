/**
 * Space-aligned text as `pdftotext -layout` gives it for a printed report: paragraphs wrapped at the page
 * width, table columns aligned by spaces, long labels wrapped inside their column, merged cells' text
 * vertically centred across the rows they span (so a group label lands among or after its sub-rows), blank
 * lines between table rows, and a page number with a form feed every ~56 lines (tables run across pages).
 */
import { layout } from '../helpers/report-model.js';
import { chromeLines, type DCell, type DGrid, type Doc } from './doc.js';
import { has } from './model.js';

const wide = (ch: string): boolean => ch.codePointAt(0)! >= 0x2e80;
const width = (s: string): number => [...s].reduce((w, ch) => w + (wide(ch) ? 2 : 1), 0);

/** Wraps text into lines of at most `max` display columns; '\n' in the text forces a break. */
function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  for (const part of text.split('\n')) {
    let line = '';
    for (const ch of part) {
      if (width(line) + width(ch) > max && line) {
        out.push(line);
        line = '';
      }
      line += ch;
    }
    out.push(line);
  }
  return out;
}

function put(canvas: string[], y: number, x: number, text: string): void {
  while (canvas.length <= y) canvas.push('');
  const line = canvas[y]!;
  const w = width(line);
  canvas[y] = w < x ? line + ' '.repeat(x - w) + text : `${line}  ${text}`;
}

interface TableStyle {
  wrapHeaders: boolean;
  /** Blank lines between rows: 1, or 0 with table.tightRows. */
  rowGap: number;
  /** The widest a label column's text runs before it wraps: 16, or 10 with table.narrowLabels. */
  labelWidth: number;
  /**
   * Value columns as wide as their header words only, and three digits (table.narrowValues): a figure wider (a
   * grand total) wraps its last digits onto the line below (1138 ⏎ 9), right-aligned like the rest of the column.
   */
  narrowValues: boolean;
  /** Display columns of one digit: 2 with cells.fullWidth. */
  digitWidth: number;
}

function table(grid: DGrid, { wrapHeaders, rowGap, labelWidth, narrowValues, digitWidth }: TableStyle): string[] {
  const slots = layout(grid);
  const ncols = Math.max(...slots.map((l) => l.length));
  const hasValue = Array.from({ length: ncols }, (_, col) =>
    slots.some((l) => {
      const cell: DCell | undefined = l[col]?.cell;
      return cell?.value;
    }),
  );
  // Value columns are as narrow as their figures: a header word wider than 4 characters wraps (社会公益 / 组织)
  // with table.wrappedHeaders; otherwise the column is as wide as its header words.
  const limit = (col: number): number => (hasValue[col] ? (wrapHeaders ? 8 : 12) : labelWidth);
  // Column widths: the widest single-column cell (wrapped), at least 4.
  const colWidth = Array.from({ length: ncols }, (_, col) => {
    // Narrow value columns still hold a count of three digits (full-width ones are two columns each).
    let w = narrowValues && hasValue[col] ? Math.max(4, 3 * digitWidth) : 4;
    for (const line of slots) {
      const slot = line[col];
      if (!slot || !slot.top || !slot.left || (slot.cell.colspan ?? 1) > 1) continue;
      if (narrowValues && (slot.cell as DCell).value) continue;
      w = Math.max(w, ...wrap((slot.cell as DCell).text, limit(col)).map(width));
    }
    return w;
  });
  const x = colWidth.map((_, col) => colWidth.slice(0, col).reduce((a, b) => a + b + 3, 0));
  const spanWidth = (col: number, span: number): number => x[col + span - 1]! + colWidth[col + span - 1]! - x[col]!;
  // Row heights from the cells that start and end in the row.
  const texts = new Map<DCell, string[]>();
  grid.forEach((line) =>
    line.forEach((cell) => {
      const col = slots[grid.indexOf(line)]!.findIndex((s) => s?.cell === cell);
      const room = spanWidth(col, cell.colspan ?? 1);
      texts.set(cell, wrap(cell.text, narrowValues && cell.value ? room : Math.max(limit(col), room)));
    }),
  );
  const heights = grid.map((line) => {
    const cells = line.filter((c) => (c.rowspan ?? 1) === 1);
    let h = Math.max(1, ...cells.map((c) => texts.get(c)!.length));
    // A wrapped value starts on the row's middle line (where its one-line values stand): room for its rest below.
    for (const c of cells) if (c.value) while (Math.floor((h - 1) / 2) + texts.get(c)!.length > h) h++;
    return h;
  });
  // A merged cell taller than its rows stretches its last row.
  grid.forEach((line, r) =>
    line.forEach((cell) => {
      const span = cell.rowspan ?? 1;
      if (span < 2) return;
      const rows = heights.slice(r, r + span);
      const room = rows.reduce((a, b) => a + b, 0) + (rows.length - 1) * rowGap;
      const need = texts.get(cell)!.length;
      if (need > room) heights[Math.min(r + span, heights.length) - 1]! += need - room;
    }),
  );
  const top = heights.map((_, r) => heights.slice(0, r).reduce((a, b) => a + b + rowGap, 0));
  const canvas: string[] = [];
  grid.forEach((line, r) =>
    line.forEach((cell) => {
      const col = slots[r]!.findIndex((s) => s?.cell === cell);
      const span = Math.min(cell.rowspan ?? 1, grid.length - r);
      const lines = texts.get(cell)!;
      const bottom = top[r + span - 1]! + heights[r + span - 1]!;
      // A value's first line stands where the row's one-line values do (its wrapped rest below it).
      const y0 = top[r]! + Math.floor((bottom - top[r]! - (cell.value ? 1 : lines.length)) / 2);
      const w = spanWidth(col, cell.colspan ?? 1);
      lines.forEach((text, i) => {
        if (!text) return;
        const pad = cell.value ? w - width(text) : Math.max(0, Math.floor((w - width(text)) / 2));
        put(canvas, y0 + i, x[col]! + pad, text);
      });
    }),
  );
  return canvas.map((l) => l.replace(/\s+$/, ''));
}

const PAGE = 56;

export function textLayout(doc: Doc): string {
  const lines: string[] = [];
  const para = (text: string, indent: string): void => {
    wrap(text, 76).forEach((l, i) => lines.push(`${i === 0 ? indent : ''}${l}`));
  };
  if (has(doc.model, 'site.chrome')) lines.push(...chromeLines(doc.model).before, '');
  const style: TableStyle = {
    wrapHeaders: has(doc.model, 'table.wrappedHeaders'),
    rowGap: has(doc.model, 'table.tightRows') ? 0 : 1,
    labelWidth: has(doc.model, 'table.narrowLabels') ? 10 : 16,
    narrowValues: has(doc.model, 'table.narrowValues'),
    digitWidth: has(doc.model, 'cells.fullWidth') ? 2 : 1,
  };
  for (const b of doc.blocks) {
    if (b.kind === 'title') lines.push(...b.lines.map((l) => `${' '.repeat(Math.max(0, 40 - width(l) / 2))}${l}`), '');
    else if (b.kind === 'heading') para(b.inline !== undefined ? `${b.text}　${b.inline}` : b.text, '    ');
    else if (b.kind === 'paragraph') for (const l of b.lines) para(l, b.role === 'signature' ? ' '.repeat(50) : '    ');
    else lines.push('', ...table(b.grid, style), '');
  }
  if (has(doc.model, 'site.chrome')) lines.push('', ...chromeLines(doc.model).after);
  const pages: string[] = [];
  // page.runningHeader: the title again at the top of every page after the first, as a PDF prints it.
  const header = has(doc.model, 'page.runningHeader')
    ? [`${' '.repeat(Math.max(0, 40 - width(doc.title) / 2))}${doc.title}`, '']
    : [];
  for (let i = 0; i < lines.length; i += PAGE)
    pages.push(
      [...(i > 0 ? header : []), ...lines.slice(i, i + PAGE), '', `${' '.repeat(38)}- ${pages.length + 1} -`].join('\n'),
    );
  return `${pages.join('\n\f')}\n`;
}
