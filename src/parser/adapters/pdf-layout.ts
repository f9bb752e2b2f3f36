/**
 * From visual lines to the text the text adapter reads: a plain text's lines wrapped by the page's width put back
 * together in reading order (pdf-text-wrap.ts), page furniture dropped (pdf-furniture.ts), numbers
 * wrapped inside narrow cells joined onto their row (pdf-wrapped-numbers.ts), label
 * fragments joined to their row (pdf-rows.ts), a grid row broken by a page joined with its rest (pdf-cut-rows.ts), blank cells put back under their columns (pdf-columns.ts),
 * table lines written as TAB-separated cells (a one-cell line inside a table gets a trailing TAB so the
 * table is not cut; a table broken by a page reads on), and paragraphs wrapped by the page joined
 * into one line, so a statement broken at the margin is read whole. Returns the page of every output line.
 */
import type { PageLines, VisualLine } from './pdf-lines.js';
import { dropFurniture } from './pdf-furniture.js';
import { joinCutRows } from './pdf-cut-rows.js';
import { joinAcrossPages, joinLabelFragments, joinWrappedHeaders } from './pdf-rows.js';
import { isHeadingLine } from './pdf-headings.js';
import { fillBlankCells, splitHeaderCells } from './pdf-columns.js';
import { attachStrayDigits, joinWrappedNumbers } from './pdf-wrapped-numbers.js';
import { joinWrappedRows, linePitch, spillAcrossPages } from './pdf-wrapped-rows.js';
import { unwrapTextLines } from './pdf-text-wrap.js';
import { isValueText } from '../numbers.js';

export interface LaidOut {
  text: string;
  /** Page (1-based) of every line of `text`. */
  pages: number[];
  /** [start, end) offsets in `text` of the table cells holding a number cut at the page's edge (pdf-page-edge.ts). */
  cuts: Array<[number, number]>;
  /** Where every line of `text` starts: its page and the baseline of its first visual line (pictures are placed by it). */
  starts: Array<{ page: number; y: number }>;
}

/** Single-cell lines between two table lines are table rows when there are at most this many in a row. */
const MAX_INNER_LINES = 8;
/** Lines further apart than this (glyphs) are not in one table, nor one paragraph. */
const TABLE_GAP = 4.5;
const PARAGRAPH_GAP = 2.4;

interface Placed extends VisualLine {
  pageWidth: number;
}

export function layoutText(pages: readonly PageLines[]): LaidOut {
  // Before furniture: a wrapped row's last number alone in the bottom band (128) is no page number.
  const kept = dropFurniture(unwrapTextLines(pages));
  const width = new Map(kept.map((p) => [p.page, p.width]));
  const joined = kept.map((p) => joinWrappedNumbers(p.lines));
  const pitch = linePitch(joined);
  const wrapped = joined.map((lines) => joinWrappedRows(lines, pitch));
  spillAcrossPages(wrapped);
  const perPage = wrapped.flatMap((lines) => joinWrappedHeaders(splitHeaderCells(joinLabelFragments(attachStrayDigits(lines)))));
  const lines: Placed[] = joinWrappedHeadings(joinAcrossPages(joinCutRows(perPage))).map((l) => ({
    ...l,
    pageWidth: width.get(l.page) ?? 0,
  }));
  const inTable = tableLines(lines);
  fillTables(lines, inTable);
  const margins = paragraphMargins(lines, inTable);
  const out: string[] = [];
  const pageOf: number[] = [];
  const lineStarts: Array<{ page: number; y: number }> = [];
  /** Cut cells: output line, and [from, to) in it. */
  const cutCells: Array<[number, number, number]> = [];
  let paragraph: Placed | undefined;
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    if (inTable[i]) {
      paragraph = undefined;
      const cells = line.cells.map((c) => clean(c.text));
      let at = 0;
      line.cells.forEach((c, k) => {
        if (c.cut && /[0-9０-９]/.test(cells[k]!)) cutCells.push([out.length, at, at + cells[k]!.length]);
        at += cells[k]!.length + 1;
      });
      push(cells.length === 1 ? `${cells[0]}\t` : cells.join('\t'), line);
      return;
    }
    // Autospacing is narrower than a cell gap: a gap between cells (a heading run into its text) stays a blank.
    const text = clean(line.cells.map((c) => closeDigitGaps(clean(c.text))).join(' '));
    if (paragraph && prev === paragraph && continues(paragraph, line, margins)) {
      out[out.length - 1] = joinText(out[out.length - 1] ?? '', text);
    } else push(text, line);
    paragraph = line;
  });
  const starts: number[] = [];
  out.reduce((at, text) => (starts.push(at), at + text.length + 1), 0);
  const cuts = cutCells.map(([n, from, to]): [number, number] => [starts[n]! + from, starts[n]! + to]);
  return { text: `${out.join('\n')}\n`, pages: [...pageOf, pageOf[pageOf.length - 1] ?? 1], cuts, starts: lineStarts };

  function push(text: string, line: Placed): void {
    out.push(text);
    pageOf.push(line.page);
    lineStarts.push({ page: line.page, y: line.y });
  }
}

/** A heading's last characters wrapped by the page's width onto a line of their own are this short at most. */
const MAX_HEADING_TAIL = 4;

/**
 * A section heading wrapped by the page's width, its last character alone on the next line (三、收到和处理政府信息公开
 * 申请情 ⏎ 况, a mobile-width page or a large heading; rtO #8): right above a table the tail was read as the
 * table's header and the heading went unplaced. The two lines are one when only together they are a heading.
 */
function joinWrappedHeadings(lines: readonly VisualLine[]): VisualLine[] {
  const out: VisualLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const [head] = line.cells;
    const tail = next?.cells[0];
    if (
      next &&
      head &&
      tail &&
      line.cells.length === 1 &&
      next.cells.length === 1 &&
      !line.ruled &&
      !next.ruled &&
      next.page === line.page &&
      tail.text.trim().length <= MAX_HEADING_TAIL &&
      Math.abs(next.size - line.size) <= 0.5 &&
      next.y > line.y &&
      next.y - line.y <= 1.8 * line.size &&
      Math.abs(tail.x0 - head.x0) <= line.size &&
      !isHeadingLine(line)
    ) {
      const joined: VisualLine = {
        ...line,
        cells: [{ ...head, text: head.text + tail.text.trim(), x1: Math.max(head.x1, tail.x1) }],
      };
      if (isHeadingLine(joined)) {
        out.push(joined);
        i++;
        continue;
      }
    }
    out.push(line);
  }
  return out;
}

/** Blank cells filled in each run of table lines (pdf-columns.ts), in place. */
function fillTables(lines: Placed[], inTable: readonly boolean[]): void {
  for (let i = 0; i < lines.length;) {
    if (!inTable[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && inTable[j]) j++;
    fillBlankCells(lines.slice(i, j)).forEach((line, k) => (lines[i + k] = { ...lines[i + k]!, cells: line.cells }));
    i = j;
  }
}

function clean(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

/**
 * Word and LibreOffice set a little space between Chinese and digits (autospacing, no character in the
 * document); pdfjs reads it as a space ("申请 59625 件"). Paragraph text is written without it.
 */
function closeDigitGaps(text: string): string {
  return text.replace(CJK_BEFORE_DIGIT, '$1').replace(DIGIT_BEFORE_CJK, '$1');
}

/** Chinese characters and punctuation, full-width forms included. */
const CJK_CLASS = '\u3000-\u303f\u4e00-\u9fff\uff00-\uffef';
const CJK = new RegExp(`[${CJK_CLASS}]`);
const CJK_BEFORE_DIGIT = new RegExp(`([${CJK_CLASS}]) (?=\\d)`, 'g');
const DIGIT_BEFORE_CJK = new RegExp(`(\\d) (?=[${CJK_CLASS}])`, 'g');

/**
 * A paragraph's lines joined: Latin words wrapped over a line keep a space between them; a number wrapped inside
 * Chinese text (2024年6月3 ⏎ 0日) is one number (with the space, the statistical period went unread).
 */
function joinText(a: string, b: string): string {
  if (!/[A-Za-z0-9]$/.test(a) || !/^[A-Za-z0-9]/.test(b)) return a + b;
  const before = a.replace(/[A-Za-z0-9]+$/, '').slice(-1);
  const after = b.replace(/^[A-Za-z0-9]+/, '').slice(0, 1);
  return CJK.test(before) || CJK.test(after) ? a + b : `${a} ${b}`;
}

/** Lines with two or more cells, and the short runs of one-cell lines between and above them (header labels). */
function tableLines(lines: readonly Placed[]): boolean[] {
  // A heading with a gap in it (第二部分 ⎵ 主动公开…, a heading run into its text) is no line of cells.
  // A row read from a drawn grid (pdf-grid.ts) is a table's row whatever it holds: a caption row of one cell, a
  // row as tall as a label wrapped one character a line.
  const multi = lines.map((l) => (l.cells.length >= 2 || l.ruled === true) && !isHeadingLine(l));
  // Rows may be tall (cells with wide line spacing): lines are near when no further apart than a table row.
  const pitch = rowPitch(lines, multi);
  const near = (a: Placed, b: Placed): boolean =>
    a.page !== b.page ||
    (a.ruled === true && b.ruled === true) ||
    b.y - a.y <= Math.max(TABLE_GAP * Math.max(a.size, b.size), 1.3 * pitch);
  // A line of text with a wide gap in it (a signature and its date, a phone number set apart) is not a table:
  // a line of cells without any number needs another line of cells next to it.
  const lone = multi.map(
    (m, i) =>
      m &&
      !lines[i]!.ruled &&
      !lines[i]!.cells.some((c) => isValueText(c.text)) &&
      !(i > 0 && multi[i - 1] && near(lines[i - 1]!, lines[i]!)) &&
      !(i + 1 < lines.length && multi[i + 1] && near(lines[i]!, lines[i + 1]!)),
  );
  lone.forEach((l, i) => l && (multi[i] = false));
  const out = [...multi];
  let i = 0;
  while (i < lines.length) {
    if (multi[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && !multi[j]) j++;
    const before = i - 1;
    if (before >= 0 && j < lines.length && j - i <= MAX_INNER_LINES) {
      const run = lines.slice(before, j + 1);
      const joined = run.every((l, k) => k === 0 || near(run[k - 1]!, l));
      if (joined && !lines.slice(i, j).some(isHeadingLine)) for (let k = i; k < j; k++) out[k] = true;
    }
    i = j;
  }
  // Header lines above a table's first line of cells (申请人情况, a label wrapped in its cell), up to a
  // heading, a gap, a long line, or the tail of a paragraph (the line above it reaches the right margin).
  const right = Math.max(0, ...lines.filter((_, k) => !multi[k]).map((l) => l.cells[0]!.x1));
  for (let k = 1; k < lines.length; k++) {
    if (!multi[k] || out[k - 1]) continue;
    for (let h = k - 1, n = 0; h >= 0 && n < MAX_INNER_LINES; h--, n++) {
      const line = lines[h]!;
      const above = lines[h - 1];
      const text = line.cells[0]!.text;
      if (out[h] || isHeadingLine(line) || text.length > 30 || !near(line, lines[h + 1]!)) break;
      if (above && !out[h - 1] && above.page === line.page && above.cells[above.cells.length - 1]!.x1 >= right - 1.5 * above.size)
        break;
      out[h] = true;
    }
  }
  return out;
}

/** The usual distance between two table rows in this document (the median over lines of cells). */
function rowPitch(lines: readonly Placed[], multi: readonly boolean[]): number {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (multi[i - 1] && multi[i] && a.page === b.page && b.y > a.y && b.y - a.y < 8 * b.size) steps.push(b.y - a.y);
  }
  steps.sort((x, y) => x - y);
  return steps[steps.length >> 1] ?? 0;
}

interface Margins {
  left: number;
  right: number;
}

function paragraphMargins(lines: readonly Placed[], inTable: readonly boolean[]): Margins {
  const text = lines.filter((_, i) => !inTable[i]);
  if (text.length === 0) return { left: 0, right: 0 };
  return {
    left: Math.min(...text.map((l) => l.cells[0]!.x0)),
    right: Math.max(...text.map((l) => l.cells[l.cells.length - 1]!.x1)),
  };
}

/** Whether `next` carries on the paragraph whose last line is `prev` (prev reached the right margin). */
function continues(prev: Placed, next: Placed, m: Margins): boolean {
  const size = prev.size;
  if (Math.abs(next.size - size) > 0.5 || isHeadingLine(next)) return false;
  if (next.page === prev.page && (next.y <= prev.y || next.y - prev.y > PARAGRAPH_GAP * size)) return false;
  if (next.page !== prev.page && next.page !== prev.page + 1) return false;
  const prevRight = prev.cells[prev.cells.length - 1]!.x1;
  if (prevRight < m.right - 1.5 * size) return false;
  const nextLeft = next.cells[0]!.x0;
  if (nextLeft <= m.left + 0.5 * size) return !/^[（(]?[一二三四五六七八九十\d]+[）)、.．]/.test(next.cells[0]!.text);
  const centred = (l: Placed): boolean =>
    Math.abs((l.cells[0]!.x0 + l.cells[l.cells.length - 1]!.x1) / 2 - l.pageWidth / 2) < size;
  return centred(prev) && centred(next);
}
