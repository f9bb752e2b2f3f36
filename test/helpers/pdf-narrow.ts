/**
 * Table 三 laid out as LibreOffice and WPS export a Word table narrowed to 1 cm columns, drawn item by item with
 * pdf-writer.ts and no borders: cells top-aligned, rows one line apart (no padding), labels wrapped in their
 * column, and numbers too wide for their column wrapped inside the cell, `digits` digits a line (36 ⏎ 1 for 361).
 * The figures are pdf-report.ts's (distinct, non-zero, identities hold); `pageBreak` puts the page's end inside a
 * row, so the tails of its numbers open the next page.
 */
import {
  APPLICATION_ROWS,
  APPLICATIONS_HEADER,
  COLUMNS,
  GROUP_LABELS,
  HEADING,
  ORGANISATION_COLUMNS,
  columnLabel,
  rowLabel,
} from '../fuzz/template.js';
import { buildPdf, type PageSpec, type TextOp } from './pdf-writer.js';
import { ORGAN, TABLE3, YEAR } from './pdf-report.js';

export interface NarrowLayout {
  /** Digits a value column holds on one line. */
  digits: number;
  /** Glyph size of the table and the text. */
  size: number;
  /** Distance between lines, in glyphs (1.2: single spacing; 1.8: WPS's). */
  spacing: number;
  /** Row (by key) at whose second line the first page ends. */
  pageBreak?: string;
  /** Sub-rows numbered on from group to group (1. to 20.), as LibreOffice renders one Word list run through all groups. */
  runOnNumbers?: boolean;
  /** A note mark (1) after the figure of each of these cells, at `scale` of its size, raised `raise` of it (a superscript). */
  marks?: { cells: ReadonlyArray<readonly [row: string, column: string]>; scale: number; raise: number };
  /** Row labels printed instead of the template's, by row key (a note in a label: 3.其他（撤回申请）). */
  labels?: Readonly<Record<string, string>>;
  /** Where the text and the table start (points from the page's left edge; 72 by default). */
  left?: number;
  /**
   * Draw only the glyphs that start on the page, as LibreOffice draws a table wider than its page: a number in a
   * column running off the page keeps its first digits, up to the edge, and the rest are not in the file at all.
   */
  clipAtPageEdge?: boolean;
}

const LEFT = 72;
/** pdf-writer's page (A4) width, points. */
const PAGE_WIDTH = 595;
const TOP = 80;
const BOTTOM = 780;
/** A digit is half a glyph wide (pdf-writer's font: 500 units). */
const DIGIT = 0.5;

/** The text op with only the glyphs that start before the page's right edge (none: undefined). */
function onPage(op: TextOp): TextOp | undefined {
  let x = op.x;
  let kept = '';
  for (const ch of op.text) {
    if (x >= PAGE_WIDTH) break;
    kept += ch;
    x += (ch.charCodeAt(0) < 0x7f ? DIGIT : 1) * op.size;
  }
  return kept ? { ...op, text: kept } : undefined;
}

/** Splits text into lines of at most `n` characters. */
function wrap(text: string, n: number): string[] {
  const chars = [...text];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += n) out.push(chars.slice(i, i + n).join(''));
  return out;
}

export function narrowTablePdf(layout: NarrowLayout): Uint8Array {
  const { size, digits } = layout;
  const left = layout.left ?? LEFT;
  const pitch = layout.spacing * size;
  const pages: PageSpec[] = [];
  let texts: TextOp[] = [];
  let y = TOP;
  const text = (x: number, at: number, t: string): void => void texts.push({ x, y: at, size, text: t });
  const newPage = (): void => {
    pages.push({ texts: clip(texts) });
    texts = [];
    y = TOP;
  };
  const paragraph = (t: string): void => {
    for (const line of wrap(t, 28)) {
      text(left, y, line);
      y += pitch;
    }
  };
  paragraph(`${ORGAN}${YEAR}年政府信息公开工作年度报告`);
  paragraph(`本报告所列数据的统计期限为${YEAR}年1月1日至${YEAR}年12月31日。`);
  paragraph(HEADING.applications);
  // Columns: group labels (4 glyphs), row labels (6 glyphs), seven values `digits` digits wide, 0.9 glyph apart.
  const groupX = left;
  const labelX = left + 4.6 * size;
  // A column holds a header character at least: 1 cm holds one at 16 pt, with 0.8 glyph of padding beside it.
  const valueX = (c: number): number => labelX + 6.6 * size + c * Math.max(digits * DIGIT + 0.9, 1.8) * size;
  const cells = (x: number, lines: readonly string[], from: number): void =>
    lines.forEach((l, k) => text(x, from + k * pitch, l));
  // Header: the note and each column's label wrapped in its column (one character a line when one glyph wide).
  const perLine = Math.max(1, Math.floor(digits * DIGIT + 0.3));
  const header = [wrap(APPLICATIONS_HEADER.note, 10), wrap(APPLICATIONS_HEADER.applicants, 10)];
  cells(groupX, header[0]!, y);
  cells(valueX(0), header[1]!, y);
  y += pitch;
  cells(valueX(1), wrap(APPLICATIONS_HEADER.organisations, 10), y);
  y += pitch;
  let tallest = header[0]!.length - 2;
  COLUMNS.forEach((col, c) => {
    if (c === 0 || ORGANISATION_COLUMNS.includes(col) || col === 'total') {
      const lines = wrap(columnLabel(col), perLine);
      cells(valueX(c), lines, y);
      tallest = Math.max(tallest, lines.length);
    }
  });
  y += tallest * pitch;
  const seen = new Set<string>();
  let numbered = 0;
  for (const row of APPLICATION_ROWS) {
    const group = row.group && !seen.has(row.group) ? GROUP_LABELS[row.group] : undefined;
    if (row.group) seen.add(row.group);
    const grouped = row.group !== undefined || ['granted', 'partial'].includes(row.key);
    const printed = layout.labels?.[row.key] ?? rowLabel(row.key);
    const own = row.group && layout.runOnNumbers ? printed.replace(/^\d+/, String(++numbered)) : printed;
    const label = wrap(own, grouped ? 6 : 10);
    const values = COLUMNS.map((c) => wrap(String(TABLE3[row.key]![c]), digits));
    const height = Math.max(label.length, group ? wrap(group, 4).length : 0, ...values.map((v) => v.length));
    if (y + height * pitch > BOTTOM && layout.pageBreak === undefined) newPage();
    const pieces: Array<{ x: number; k: number; t: string }> = [];
    const put = (x: number, lines: readonly string[]): void => lines.forEach((t, k) => pieces.push({ x, k, t }));
    const marked = (c: number): boolean => !!layout.marks?.cells.some(([r, col]) => r === row.key && col === COLUMNS[c]);
    if (group) put(groupX, wrap(group, 4));
    put(grouped ? labelX : groupX, label);
    values.forEach((v, c) => put(valueX(c), v));
    if (layout.pageBreak === row.key) {
      // The page ends after the row's first line: its other lines open the next page.
      for (const p of pieces.filter((q) => q.k === 0)) text(p.x, y, p.t);
      newPage();
      for (const p of pieces.filter((q) => q.k > 0)) text(p.x, TOP + (p.k - 1) * pitch, p.t);
      y = TOP + (height - 1) * pitch;
    } else {
      for (const p of pieces) text(p.x, y + p.k * pitch, p.t);
      values.forEach((v, c) => {
        if (!marked(c) || !layout.marks) return;
        const { scale, raise } = layout.marks;
        const last = v.length - 1;
        texts.push({
          x: valueX(c) + v[last]!.length * DIGIT * size,
          y: y + last * pitch - raise * size,
          size: scale * size,
          text: '1',
        });
      });
      y += height * pitch;
    }
  }
  y += pitch;
  paragraph(HEADING.review);
  pages.push({ texts: clip(texts) });
  return buildPdf(pages);

  function clip(ops: TextOp[]): TextOp[] {
    return layout.clipAtPageEdge ? ops.flatMap((op) => onPage(op) ?? []) : ops;
  }
}
