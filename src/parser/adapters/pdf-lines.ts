/**
 * From pdfjs text items to visual lines of cells. Items on one baseline (within a tolerance relative to the
 * glyph size) form a line; a horizontal gap wider than about one glyph separates cells. Labels printed
 * vertically, one character per line (三、本年度办理结果 beside table 三's rows, table 四's headers), are first
 * collapsed into one item, or their characters would sit between rows as lines of their own.
 */
import { isValueText, normaliseCell } from '../numbers.js';
import { readGrids } from './pdf-grid.js';
import { withoutNoteMarks } from './pdf-marks.js';
import { withoutSideColumn } from './pdf-side-column.js';
import type { PageRules } from './pdf-rules.js';
import type { PdfItem } from './pdf-item.js';
import { documentMargins, edgeOnEndPiece, markPageEdge } from './pdf-page-edge.js';
import { closeLetterSpacing } from './pdf-letter-spacing.js';

export type { PdfItem } from './pdf-item.js';

export interface PageText {
  page: number;
  width: number;
  height: number;
  items: PdfItem[];
  /** The borders the page draws (pdf-rules.ts), when they were read: tables with a drawn grid are read by it. */
  rules?: PageRules;
}

export interface Cell {
  x0: number;
  x1: number;
  /** Baseline of the cell's first item (a line's items may differ a little). */
  y: number;
  text: string;
  /** Some of its glyphs reach the page's edge: a number in it may go on past the edge, cut (pdf-page-edge.ts). */
  cut?: true;
  /**
   * A number joined from runs of digits drawn right behind each other (no visible gap): one number drawn in two
   * fonts, or the numbers of two columns that touch (a borderless table without padding). Each run with its extent;
   * the table's columns tell which (pdf-columns.ts). Holds only while the runs' texts make up the cell's text.
   */
  runs?: CellRun[];
}

export interface CellRun {
  x0: number;
  x1: number;
  text: string;
}

export interface VisualLine {
  page: number;
  /** Baseline, from the top of the page. */
  y: number;
  size: number;
  cells: Cell[];
  /**
   * A row read from a table's drawn grid (pdf-grid.ts): its cells are the cells the borders make, whole.
   * The steps that put rows back together from the text's spacing alone leave it as it is.
   */
  ruled?: boolean;
}

/** Copies of the lines and their cells, for a step that joins or edits them in place. */
/** Whether `inner` stands within `outer`'s sides (a piece of a cell's text inside that cell). */
export const within = (inner: Pick<Cell, 'x0' | 'x1'>, outer: Pick<Cell, 'x0' | 'x1'>): boolean =>
  outer.x0 <= inner.x0 && inner.x1 <= outer.x1;

export const copyLines = (input: readonly VisualLine[]): VisualLine[] =>
  input.map((l) => ({ ...l, cells: l.cells.map((c) => ({ ...c })) }));

export interface PageLines {
  page: number;
  width: number;
  height: number;
  lines: VisualLine[];
}

/** Items whose baselines differ by less than this share a line (fraction of the glyph size); the later steps measure against it too. */
export const SAME_LINE = 0.35;
/**
 * The lines of one cell stand this far apart, baseline to baseline (glyphs; items of one line differ by less than
 * SAME_LINE): a number or a label wrapped in a narrow cell (pdf-wrapped-numbers.ts, pdf-wrapped-rows.ts).
 */
export const MIN_CELL_STEP = 0.8;
export const MAX_CELL_STEP = 1.4;
/** A gap at least this wide (in glyphs) opens a new cell; a narrower one between numbers does too. */
const CELL_GAP = 0.65;
const NUMBER_GAP = 0.5;
/**
 * Two numbers drawn as runs of their own with a gap wider than this (glyphs) are two cells. pdfjs keeps the glyphs of
 * one run together up to a tenth of a glyph apart, so two runs of digits stand apart by more only where the page set
 * them apart: a borderless Chromium table with 1 px padding prints 1621 and 9426 of adjacent columns 0.15 glyph
 * apart (red team rtO #4: read as 16219426, false totals errors). Closer than this, the runs are one number drawn in
 * two fonts (a Word run boundary inside it).
 */
const NUMBERS_GAP = 0.05;
/** Vertical stacks: characters this close in x (glyphs), this far apart in y, at least this many. */
const STACK_X = 0.3;
const STACK_MAX_STEP = 3;
const STACK_MAX_STEP_TWO = 1.5;
const STACK_MIN = 3;
/** A character that reads as a value but may stand in a vertical label. */
const STACKED_WORD = /^无$/;

export function groupLines(pages: readonly PageText[]): PageLines[] {
  const margins = documentMargins(pages);
  return pages.map((p) => {
    // Letter-spaced text is read as it is written, without the blanks pdfjs sees between its glyphs.
    const items = closeLetterSpacing(p.items);
    const grid = readGrids(p.page, withoutNoteMarks(markPageEdge(items, p.width, margins)), p.rules);
    // A side column beside the report (a printed page's 相关链接 box) is left out, as the saved page's reader leaves it.
    const lines = linesOf(p.page, withoutSideColumn(collapseStacks(grid.rest)));
    // Grid rows among the other lines, top to bottom (a sort is stable: a row keeps its place among equals).
    const all = grid.lines.length > 0 ? [...lines, ...grid.lines].sort((a, b) => a.y - b.y) : lines;
    return { page: p.page, width: p.width, height: p.height, lines: all };
  });
}

function linesOf(page: number, items: readonly PdfItem[]): VisualLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  let ref: PdfItem | undefined;
  for (const item of sorted) {
    const current = groups[groups.length - 1];
    if (current && ref && item.y - ref.y <= SAME_LINE * Math.min(ref.size, item.size)) current.push(item);
    else {
      groups.push([item]);
      ref = item;
    }
  }
  return groups.map((g) => {
    const size = Math.max(...g.map((i) => i.size));
    return { page, y: g[0]!.y, size, cells: cellsOf(g, size) };
  });
}

/** `lineSize`: the line's largest glyph size. */
function cellsOf(items: readonly PdfItem[], lineSize: number): Cell[] {
  const pieces = items.flatMap(splitNumbers).sort((a, b) => a.x - b.x);
  const cells: Cell[] = [];
  let prev: PdfItem | undefined;
  for (const item of pieces) {
    const text = item.str.trim();
    const last = cells[cells.length - 1];
    if (!last || !prev) {
      cells.push(cellOf(item, text));
      prev = item;
      continue;
    }
    const size = Math.min(prev.size, item.size);
    const gap = item.x - (prev.x + prev.width);
    // A number close behind a label still opens a cell (narrow tables leave less than a glyph), and two
    // numbers with any visible gap are two cells (counts are never written with spaces for thousands): NUMBERS_GAP.
    // Full-width digits (１１) are digits too: /\d/ alone would let a label swallow them.
    const number = isValueText(text) && /[0-9０-９]/.test(text);
    const numbers = number && isValueText(last.text) && /[0-9０-９]/.test(last.text);
    if (gap >= CELL_GAP * size || (number && gap >= NUMBER_GAP * size) || (numbers && gap > NUMBERS_GAP * size)) {
      cells.push(cellOf(item, text));
    } else {
      if (numbers) {
        last.runs ??= [{ x0: last.x0, x1: last.x1, text: last.text }];
        last.runs.push({ x0: item.x, x1: item.x + item.width, text });
      }
      last.text += gap > 0.15 * size ? ` ${text}` : text;
      last.x1 = Math.max(last.x1, item.x + item.width);
      if (item.edge) last.cut = true;
    }
    prev = item;
  }
  return joinSpacedPhrases(cells, lineSize);
}

/** A blank no wider than this (glyphs) may be a wide space typed in a sentence (U+3000, NBSP), not a cell's gap. */
const SPACE_GAP = 1.6;
/** A date's pieces: its year, month and day (2024年␣3月␣20日). */
const YEAR_PIECE = /(\d{4}|[〇○零一二三四五六七八九]{4})\s*年$/u;
const MONTH_PIECE = /^(\d{1,2}|[一二三四五六七八九十]{1,2})\s*月$/u;
const DAY_PIECE = /^(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日/u;
/** A count in a sentence: words, the number, its unit and more words (申请␣8761␣件，…). */
const COUNT_UNIT = /^[件个条项次元]/u;

/**
 * A date or a count in a sentence set apart by wide spaces (U+3000 or NBSP, which pdfjs leaves as gaps a glyph wide:
 * 2024年␣3月␣20日, 发出收费通知␣709␣件, rtX #8, #9) is one phrase, not cells: read apart, the date of a late signature
 * was glued to the organ's line above it and the notices issued were not read. Joined with a blank only where the
 * pieces make the phrase: a table's cells are no year ⏐ month ⏐ day, nor words ⏐ number ⏐ unit.
 */
function joinSpacedPhrases(cells: Cell[], size: number): Cell[] {
  const out: Cell[] = [];
  for (let k = 0; k < cells.length; k++) {
    const [a, b, c] = [cells[k]!, cells[k + 1], cells[k + 2]];
    const near = (x: Cell, y: Cell | undefined): y is Cell => y !== undefined && y.x0 - x.x1 <= SPACE_GAP * size;
    const date = YEAR_PIECE.test(a.text) && near(a, b) && MONTH_PIECE.test(b.text) && near(b, c) && DAY_PIECE.test(c.text);
    const count = /[\u4e00-\u9fff]$/u.test(a.text) && near(a, b) && /^\d+$/.test(b.text) && near(b, c) && COUNT_UNIT.test(c.text);
    if (!date && !count) {
      out.push(a);
      continue;
    }
    const joined: Cell = { x0: a.x0, x1: c.x1, y: a.y, text: `${a.text} ${b.text} ${c.text}` };
    if (a.cut || c.cut) joined.cut = true;
    out.push(joined);
    k += 2;
  }
  return out;
}

function cellOf(item: PdfItem, text: string): Cell {
  const cell: Cell = { x0: item.x, x1: item.x + item.width, y: item.y, text };
  if (item.edge) cell.cut = true;
  return cell;
}

/**
 * pdfjs joins text separated by less than 0.6 glyph into one item, with a space: "7 8", or a label and its
 * first value in a narrow table ("4.无正当理由大量反复申请 115"). Numbers become pieces of their own when
 * the space they stand behind is wide (estimated from the item's width: CJK glyphs are one em, others ~0.55).
 */
function splitNumbers(item: PdfItem): PdfItem[] {
  const tokens = item.str.trim().split(/\s+/);
  if (tokens.length < 2) return [item];
  const isNumber = (t: string): boolean => /^[\d,，.０-９]+$/.test(t);
  let lead = tokens.length;
  while (lead > 0 && isNumber(tokens[lead - 1]!)) lead--;
  if (lead === tokens.length || (lead > 0 && tokens.slice(0, lead).some(isNumber))) return [item];
  const em = (t: string): number => [...t].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 1 : 0.55), 0) * item.size;
  const parts = lead > 0 ? [tokens.slice(0, lead).join(' '), ...tokens.slice(lead)] : tokens;
  const gaps = parts.length - 1;
  const gap = (item.width - parts.reduce((w, p) => w + em(p.replace(/\s+/g, '')), 0)) / gaps;
  if (lead > 0 && gap < NUMBER_GAP * item.size) return [item];
  const out: PdfItem[] = [];
  let x = item.x;
  for (const part of parts) {
    const width = em(part.replace(/\s+/g, ''));
    out.push({ ...item, str: part, x, width });
    // Split pieces are cells of their own, however narrow the estimated gap.
    x += width + Math.max(gap, NUMBER_GAP * item.size);
  }
  return edgeOnEndPiece(item, out);
}

/**
 * Single characters (or pairs, when the column is two characters wide) stacked in one column are one
 * vertical label, placed where its first piece is. Single characters may stand far apart (spread over the
 * rows they label); pairs must follow each other like the lines of one cell.
 */
function collapseStacks(items: readonly PdfItem[]): PdfItem[] {
  const single = (i: PdfItem): boolean => {
    const t = i.str.trim();
    return t.length <= 2 && (!isValueText(t) || STACKED_WORD.test(t)) && !/[A-Za-z0-9]/.test(t);
  };
  // 无 reads as a placeholder value, but it is also the first character of （四）无法提供 printed vertically: it
  // joins a stack, and a stack is a label only with STACK_MIN characters that are no value (a column of 无
  // placeholders down the rows is not a label). Nor is a column of zeros written 〇 or ○ (a Chromium print of a
  // borderless table: its 16 zero cells were one label 〇〇〇…, 22 rows unread; red team rtX #13): a count, no word.
  const words = (chain: readonly PdfItem[]): number =>
    chain.filter((c) => {
      const cell = normaliseCell(c.str.trim());
      return cell.content === 'text' && cell.value === null;
    }).length;
  const inText = inRuns(items);
  const candidates = items.filter((i) => single(i) && !inText.has(i)).sort((a, b) => a.y - b.y);
  const used = new Set<PdfItem>();
  const replaced = new Map<PdfItem, PdfItem | null>();
  const chains: PdfItem[][] = [];
  for (const start of candidates) {
    if (used.has(start)) continue;
    const chain = [start];
    for (;;) {
      const last = chain[chain.length - 1]!;
      const centre = last.x + last.width / 2;
      const next = candidates.find(
        (c) =>
          !used.has(c) &&
          !chain.includes(c) &&
          c.y > last.y + 0.5 * last.size &&
          c.y - last.y <=
            (c.str.trim().length === 1 && last.str.trim().length === 1 ? STACK_MAX_STEP : STACK_MAX_STEP_TWO) * last.size &&
          Math.abs(c.x + c.width / 2 - centre) <= STACK_X * last.size,
      );
      if (!next) break;
      chain.push(next);
    }
    if (chain.length < STACK_MIN || words(chain) < STACK_MIN) continue;
    for (const c of chain) used.add(c);
    chains.push(chain);
  }
  for (const group of pairChains(chains)) {
    // Reading order: top to bottom, and left to right on a line (a label two characters wide).
    const chars = group.flat().sort((a, b) => (Math.abs(a.y - b.y) <= SAME_LINE * a.size ? a.x - b.x : a.y - b.y));
    const first = chars[0]!;
    for (const c of chars) replaced.set(c, null);
    const x = Math.min(...chars.map((c) => c.x));
    const width = Math.max(...chars.map((c) => c.x + c.width)) - x;
    replaced.set(first, { ...first, x, str: chars.map((c) => c.str.trim()).join(''), width });
  }
  const out: PdfItem[] = [];
  for (const item of items) {
    const r = replaced.get(item);
    if (r === undefined) out.push(item);
    else if (r) out.push(r);
  }
  return out;
}

/** Items this close (glyphs) on one baseline are drawn as one run of text. */
const ABUT = 0.1;

/**
 * Items that are pieces of a run of text longer than a pair of characters: drawn on one baseline each right
 * behind the other (Word and LibreOffice draw a justified label in pieces: 当 理 由, 4. 无正). They are lines of
 * a label wrapped in its cell, never the characters of a vertical label (one character a line, or a pair):
 * stacked as one, 物 ⏎ 当 ⏎ 大 beside 无正 ⏎ 理 ⏎ 量 read as a vertical label took the lines of a row's label
 * apart, and that row went missing.
 */
function inRuns(items: readonly PdfItem[]): Set<PdfItem> {
  const out = new Set<PdfItem>();
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.y - sorted[i]!.y <= SAME_LINE * sorted[i]!.size) j++;
    const line = sorted.slice(i, j).sort((a, b) => a.x - b.x);
    for (let k = 0; k < line.length;) {
      let end = k + 1;
      while (end < line.length && Math.abs(line[end]!.x - (line[end - 1]!.x + line[end - 1]!.width)) <= ABUT * line[end]!.size)
        end++;
      const run = line.slice(k, end);
      if (run.reduce((n, r) => n + r.str.trim().length, 0) > 2) for (const r of run) out.add(r);
      k = end;
    }
    i = j;
  }
  return out;
}

/** Two vertical chains of one label two characters wide stand at most this far apart (glyphs). */
const PAIR_GAP = 0.5;

/** The horizontal space between two chains' extents (0 when they overlap). */
function gapBetween(a: readonly PdfItem[], b: readonly PdfItem[]): number {
  const left = (c: readonly PdfItem[]): number => Math.min(...c.map((i) => i.x));
  const right = (c: readonly PdfItem[]): number => Math.max(...c.map((i) => i.x + i.width));
  return Math.max(0, left(b) - right(a), left(a) - right(b));
}

/**
 * Chains side by side whose characters share baselines are one label set two characters wide, when the
 * two characters of a line are drawn apart ("三" "、" / "本" "年" / …).
 */
function pairChains(chains: PdfItem[][]): PdfItem[][][] {
  const groups: PdfItem[][][] = chains.map((c) => [c]);
  const centre = (chain: PdfItem[]): number => chain.reduce((s, c) => s + c.x + c.width / 2, 0) / chain.length;
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[i]!.flat();
      const b = groups[j]!.flat();
      const size = a[0]!.size;
      if (Math.abs(centre(a) - centre(b)) > 2 * size) continue;
      // The two characters of a line of one label stand side by side; labels of two narrow columns stand a
      // column's padding apart (LibreOffice, 1 cm columns: 信息内容 and 本年制发件数 1.9 glyphs apart, 0.9 glyph
      // between them), and paired they were read interleaved (信本息年…): their columns went missing.
      if (gapBetween(a, b) > PAIR_GAP * size) continue;
      const shorter = a.length <= b.length ? a : b;
      const other = shorter === a ? b : a;
      const shared = shorter.filter((c) => other.some((d) => Math.abs(c.y - d.y) <= SAME_LINE * size)).length;
      if (shared * 2 < shorter.length) continue;
      groups[i]!.push(...groups[j]!);
      groups.splice(j, 1);
      j = i;
    }
  }
  return groups.map((g) => g);
}
