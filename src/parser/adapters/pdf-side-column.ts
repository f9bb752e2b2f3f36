/**
 * A side column printed beside the report: a web page printed from a browser keeps its 相关链接 / 热点信息 box
 * (other years' reports, with their dates) or its left menu beside the article. Read by baseline, its lines were
 * glued into the report's or set between them, and its dates and titles were read as the report's (red team rtO
 * #1: 成文日期 2022年1月21日, the title of the 2022 report). A saved page's reader leaves such a box out (html-content.ts:
 * the report is the element holding its sections); here it is left out when the page shows it with certainty:
 * a narrow block of text lines at the page's right or left, apart from the article by a gutter no line crosses,
 * beside lines of the article's running text. A table's columns are no side column (their lines are values, or
 * the article beside them is rows of cells, not running text).
 */
import type { PdfItem } from './pdf-item.js';
import { isValueText } from '../numbers.js';

/** A side column has at least this many lines. */
const MIN_SIDE_LINES = 4;
/** It is at most this wide against the article beside it. */
const MAX_SIDE_RATIO = 0.6;
/** Lines of running text beside it (single runs at least this share of the article's width). */
const MIN_BODY_LINES = 2;
const BODY_LINE_SHARE = 0.6;
/** The gutter between the article and the side column (glyphs of the page's usual size). */
const MIN_GUTTER = 0.5;
/** Items of one line further apart than this (glyphs) are two runs (a line of running text is one). */
const RUN_GAP = 1;
/** A side column's lines start at most this far right of its left edge (glyphs). */
const MAX_INDENT = 4;
/** Distinct gutter positions tried on a page, at most. */
const MAX_CANDIDATES = 600;

interface RawLine {
  y: number;
  size: number;
  items: PdfItem[];
}

interface Part {
  line: RawLine;
  items: PdfItem[];
}

/** The page's items without a side column beside the report, when the page has one for certain. */
/** Words only the report's own text uses of itself: its period, its figures. */
const OWN_REPORT_WORDS = /本报告|所列数据|统计期限|统计时间|统计周期/;

export function withoutSideColumn(items: readonly PdfItem[]): PdfItem[] {
  const text = items.filter((i) => i.str.trim() !== '');
  if (text.length < 2 * MIN_SIDE_LINES) return [...items];
  const lines = rawLines(text);
  if (lines.length < MIN_SIDE_LINES + MIN_BODY_LINES) return [...items];
  const size = median(text.map((i) => i.size));
  const left = Math.min(...text.map((i) => i.x));
  const right = Math.max(...text.map((i) => i.x + i.width));
  const xs = [...new Set(text.map((i) => Math.round(i.x)))].filter((x) => x > left + 2 && x < right - 2).sort((a, b) => a - b);
  if (xs.length > MAX_CANDIDATES) return [...items];
  const best = { right: [] as PdfItem[], left: [] as PdfItem[] };
  for (const g of xs) sideAt(lines, g - 0.5, size, best);
  const dropped = new Set([...best.right, ...best.left]);
  return dropped.size === 0 ? [...items] : items.filter((i) => !dropped.has(i));
}

/** The side columns (right, left) whose gutter ends at `g` (the right group's left edge), kept in `best` when larger. */
function sideAt(lines: readonly RawLine[], g: number, size: number, best: Record<'right' | 'left', PdfItem[]>): void {
  const gutter = MIN_GUTTER * size;
  let run: Array<{ l?: Part; r?: Part }> = [];
  const close = (): void => {
    for (const side of ['right', 'left'] as const) {
      const found = judge(run, side, size);
      if (found.length > best[side].length) best[side] = found;
    }
    run = [];
  };
  for (const line of lines) {
    const l = line.items.filter((i) => i.x + i.width <= g - Math.min(gutter, 0.5 * i.size));
    const r = line.items.filter((i) => i.x >= g);
    if (l.length + r.length < line.items.length) {
      close();
      continue;
    }
    run.push({ ...(l.length > 0 ? { l: { line, items: l } } : {}), ...(r.length > 0 ? { r: { line, items: r } } : {}) });
  }
  close();
}

/** The side column in one run of lines that no item crosses at the gutter: its items, or none. */
function judge(run: ReadonlyArray<{ l?: Part; r?: Part }>, side: 'right' | 'left', size: number): PdfItem[] {
  const sideParts = run.flatMap((p) => (side === 'right' ? (p.r ? [p.r] : []) : p.l ? [p.l] : []));
  const bodyParts = run.flatMap((p) => (side === 'right' ? (p.l ? [p.l] : []) : p.r ? [p.r] : []));
  if (sideParts.length < MIN_SIDE_LINES || bodyParts.length < MIN_BODY_LINES) return [];
  // Only the lines beside the article: a page's header above it (the site's name, breadcrumbs) stays.
  const top = bodyParts[0]!.line.y - 1.5 * size;
  const bottom = bodyParts[bodyParts.length - 1]!.line.y + 1.5 * size;
  const beside = sideParts.filter((p) => p.line.y >= top && p.line.y <= bottom);
  if (beside.length < MIN_SIDE_LINES) return [];
  const [s0, s1] = extent(beside.flatMap((p) => p.items));
  const [b0, b1] = extent(bodyParts.flatMap((p) => p.items));
  if (s1 - s0 > MAX_SIDE_RATIO * (b1 - b0)) return [];
  // One column: each of its lines one run of text, starting at its left edge (an indented heading aside); a
  // table's columns set side by side are not.
  if (!beside.every((p) => oneRun(p.items) && extent(p.items)[0] - s0 <= MAX_INDENT * size)) return [];
  // Its lines are text (titles of other pages), not a table's column of values.
  const texts = beside.map((p) => words(p.items));
  if (texts.filter((t) => (t.match(/[\u4e00-\u9fff]/g) ?? []).length >= 2).length * 2 < texts.length) return [];
  if (texts.filter((t) => isValueText(t.replace(/\s+/g, ''))).length * 4 > texts.length) return [];
  // A box that speaks of the report itself (本报告统计期限为…, a 报告说明 beside the overview) is the report's, whatever
  // its place on the page: dropped, its statement would be called missing (review9 F2).
  if (OWN_REPORT_WORDS.test(texts.join('').replace(/\s+/g, ''))) return [];
  // Beside it, the article's running text: lines of one run as wide as the article, never rows of cells.
  const [from, to] = extent(beside.map((p) => p.line.y).map((y) => ({ x: y, width: 0 })));
  const running = bodyParts.filter((p) => {
    if (p.line.y < from - 1.5 * size || p.line.y > to + 1.5 * size) return false;
    const [x0, x1] = extent(p.items);
    return oneRun(p.items) && x1 - x0 >= BODY_LINE_SHARE * (b1 - b0);
  });
  if (running.length < MIN_BODY_LINES) return [];
  return beside.flatMap((p) => p.items);
}

function rawLines(items: readonly PdfItem[]): RawLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: RawLine[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && item.y - last.y <= 0.35 * Math.min(last.size, item.size)) last.items.push(item);
    else lines.push({ y: item.y, size: item.size, items: [item] });
  }
  return lines;
}

function oneRun(items: readonly PdfItem[]): boolean {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  return sorted.every((i, k) => k === 0 || i.x - (sorted[k - 1]!.x + sorted[k - 1]!.width) <= RUN_GAP * i.size);
}

function words(items: readonly PdfItem[]): string {
  return [...items]
    .sort((a, b) => a.x - b.x)
    .map((i) => i.str.trim())
    .join('');
}

function extent(items: ReadonlyArray<{ x: number; width: number }>): [number, number] {
  return [Math.min(...items.map((i) => i.x)), Math.max(...items.map((i) => i.x + i.width))];
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}
