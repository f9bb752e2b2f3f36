/**
 * The report's blocks (report-model.ts) laid out as LibreOffice, Word and WPS export a table whose columns are
 * narrow: every border drawn, value columns two digits wide so a longer number wraps inside its cell (11550
 * printed 11 ⏎ 55 ⏎ 0), labels wrapped in their cells, text set at the top of each cell and the next row one line
 * below, at the same left edge. From the text's spacing alone a wrapped line and a new row look the same; the
 * borders tell them apart (pdf-grid.ts). `borders: 'filled'` draws each border as a thin filled rectangle
 * under a scaling matrix, as Word does; `'none'` draws no border at all (the text-only reading).
 */
import { layout, type Block, type Grid } from './report-model.js';
import { buildPdf, type PageSpec, type TextOp } from './pdf-writer.js';

export interface RuledOptions {
  borders?: 'stroked' | 'filled' | 'none';
  /**
   * A cell spanning rows on two pages is left open where the page cuts it (no border under its part on the first
   * page, none over its rest on the next), as Chromium prints a rowspan broken by a page.
   */
  openSpans?: boolean;
  /** Pages (from 0) drawn turned on their paper, and how (pdf-writer.ts `turn`, `rotate`). */
  turned?: Record<number, Pick<PageSpec, 'turn' | 'rotate'>>;
}

const SIZE = 10.5;
const LINE = 12.6;
const PAD = 2;
const LEFT = 60;
const TOP = 70;
const BOTTOM = 780;
const RIGHT = 535;
/** Column widths (points) by table width in columns: a wide label column or two, the rest two digits wide. */
const NARROW = 15;

const glyphs = (text: string): number => [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x7f ? 0.5 : 1), 0);

/** The text broken into lines no wider than `width`. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && glyphs(line + ch) * SIZE > width) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) out.push(line);
  return out;
}

class Sheet {
  /** Every page so far, the current one last. */
  readonly pages: Array<{ texts: TextOp[]; rules: Array<[number, number, number, number]> }> = [{ texts: [], rules: [] }];
  y = TOP;

  get page(): { texts: TextOp[]; rules: Array<[number, number, number, number]> } {
    return this.pages[this.pages.length - 1]!;
  }

  need(height: number): void {
    if (this.y + height <= BOTTOM) return;
    this.pages.push({ texts: [], rules: [] });
    this.y = TOP;
  }

  paragraph(text: string, size = 12): void {
    for (const line of wrap(text, ((RIGHT - LEFT) * SIZE) / size)) {
      this.need(size * 1.6);
      this.page.texts.push({ x: LEFT, y: this.y + size, size, text: line });
      this.y += size * 1.6;
    }
  }
}

/** The width of each column: label columns share what the narrow value columns leave. */
function widths(grid: Grid, columns: number): number[] {
  const slots = layout(grid);
  const numeric = Array.from({ length: columns }, (_, col) =>
    slots.some((line) => /^\d+(\.\d+)?$/.test(line[col]?.cell.text ?? '')),
  );
  const values = numeric.filter(Boolean).length;
  const labels = columns - values;
  const rest = Math.max(60, RIGHT - LEFT - values * (NARROW + 2 * PAD));
  return numeric.map((n) => (n ? NARROW + 2 * PAD : rest / labels));
}

function table(sheet: Sheet, grid: Grid, openSpans = false): void {
  const slots = layout(grid);
  const columns = Math.max(...slots.map((l) => l.length));
  const w = widths(grid, columns);
  const x = w.reduce<number[]>((acc, width) => [...acc, acc[acc.length - 1]! + width], [LEFT]);
  // Each row as tall as its tallest cell that does not span rows; a spanning cell fits in its rows or stretches the last.
  const lines = (cell: { text: string; colspan?: number }, col: number): string[] =>
    wrap(cell.text, x[col + (cell.colspan || 1)]! - x[col]! - 2 * PAD);
  const heights = slots.map((line) =>
    Math.max(1, ...line.map((s, col) => (s.top && s.left && !s.cell.rowspan ? lines(s.cell, col).length : 1))),
  );
  slots.forEach((line, r) => {
    line.forEach((s, col) => {
      if (!s.top || !s.left || !s.cell.rowspan) return;
      const need = lines(s.cell, col).length;
      const have = heights.slice(r, r + s.cell.rowspan).reduce((a, b) => a + b, 0);
      if (need > have) heights[r + s.cell.rowspan - 1]! += need - have;
    });
  });
  // Rows top to bottom, a row that does not fit opening a new page (LibreOffice lets rows break across pages).
  const placed = heights.map((h) => {
    const height = h * LINE + 2 * PAD;
    sheet.need(height);
    const row = { page: sheet.page, top: sheet.y, bottom: sheet.y + height };
    sheet.y += height;
    return row;
  });
  slots.forEach((line, r) => {
    line.forEach((s, col) => {
      if (!s.top || !s.left) return;
      const [left, right] = [x[col]!, x[col + (s.cell.colspan || 1)]!];
      const rows = placed.slice(r, r + (s.cell.rowspan || 1));
      // A cell spanning rows on two pages is drawn on each, its text in its first part.
      const pages = [...new Set(rows.map((p) => p.page))];
      pages.forEach((page, k) => {
        const mine = rows.filter((p) => p.page === page);
        const [top, bottom] = [mine[0]!.top, mine[mine.length - 1]!.bottom];
        page.rules.push([left, top, left, bottom], [right, top, right, bottom]);
        if (!openSpans || k === 0) page.rules.push([left, top, right, top]);
        if (!openSpans || k === pages.length - 1) page.rules.push([left, bottom, right, bottom]);
      });
      const first = rows[0]!;
      lines(s.cell, col).forEach((text, k) =>
        first.page.texts.push({ x: left + PAD, y: first.top + PAD + (k + 1) * LINE - 2.5, size: SIZE, text }),
      );
    });
  });
  sheet.y += 12;
}

/** The blocks as a PDF whose tables are drawn as narrow bordered grids (see the file comment). */
export function ruledReport(blocks: readonly Block[], options: RuledOptions = {}): Uint8Array {
  const sheet = new Sheet();
  for (const block of blocks) {
    if (block.kind === 'table') table(sheet, block.grid, options.openSpans);
    else sheet.paragraph(block.text, block.kind === 'title' ? 16 : 12);
  }
  const pages: PageSpec[] = sheet.pages.map((p, k) => ({ ...p, ...options.turned?.[k] }));
  if (options.borders === 'none') return buildPdf(pages.map((p) => ({ ...p, rules: [] })));
  return buildPdf(pages, options.borders === 'filled' ? { filledRules: true } : {});
}
