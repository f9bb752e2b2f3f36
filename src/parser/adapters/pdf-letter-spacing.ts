/**
 * Letter-spaced text (CSS letter-spacing, Word's expanded character spacing): every glyph is followed by the same
 * extra space. pdfjs writes a blank for each such space (根 据 《 中 华 …, 2 0 2 1) and cuts the text into runs where
 * the font changes (2 0 2 1 ⎵ 年 ⎵ 1), so the period statement read 统 计 数 据 从 2 0 2 1 年 1 … and was not found
 * (a false 未写明统计期限, review9 F7), and the tables' numbers were numbers with blanks (unread). Here the blanks of
 * a run are taken out where the page shows they are the letter spacing and nothing else, and runs standing that
 * same space apart are joined.
 *
 * How it is known: a run of full-width characters (Chinese, full-width punctuation) is one glyph size wide a
 * character, so a run of them with a blank between every two gives the spacing exactly: its width less its
 * characters', over the gaps. The runs of one glyph size on a page must agree on it. A run with digits is taken when
 * its digits come out as wide as digits are (about half a glyph) and as wide as in the page's other such runs: a
 * real blank in it (two numbers, 1 3) makes its digits a quarter glyph wider or more, and it keeps its blanks.
 * Anything else keeps its blanks, and what it says is read (or left unread) as before.
 */
import type { PdfItem } from './pdf-item.js';

/** Full-width characters: one glyph size wide each. */
const WIDE = /^[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]$/u;
const DIGIT = /^[0-9]$/;
/** The spacing of two runs agrees within this (glyphs); a gap between runs is the spacing within it too. */
const AGREE = 0.03;
/** Digits are this wide (glyphs) in the fonts that print reports, and one run's agree with the others' within DIGIT_AGREE. */
const DIGIT_MIN = 0.4;
const DIGIT_MAX = 0.7;
const DIGIT_AGREE = 0.05;
/** Letter spacing pdfjs writes blanks for: from a tenth of a glyph to where it starts a new run (0.6). */
const MIN_SPACING = 0.08;
const MAX_SPACING = 0.65;

/** The characters of a run pdfjs wrote with a blank between every two (two at least), else undefined. */
function spacedChars(item: PdfItem): string[] | undefined {
  const text = item.str.trim();
  if (!/^\S( \S)+$/u.test(text)) return undefined;
  const chars = text.split(' ');
  return chars.every((c) => [...c].length === 1) ? chars : undefined;
}

/**
 * The letter spacing of a page's runs of each glyph size (points), where the page shows it unambiguously: by its
 * letter-spaced runs of full-width characters, or, a size without any (a title pdfjs cut into one run a glyph),
 * by the gaps between single full-width characters side by side, when enough of them agree.
 */
function spacings(items: readonly PdfItem[]): Map<number, number> {
  const runs = new Map<number, number[]>();
  for (const item of items) {
    const chars = spacedChars(item);
    if (!chars || chars.length < 3 || !chars.every((c) => WIDE.test(c))) continue;
    push(runs, sizeKey(item.size), (item.width - chars.length * item.size) / (chars.length - 1));
  }
  const pairs = new Map<number, number[]>();
  const single = (i: PdfItem): boolean => WIDE.test(i.str.trim()) && Math.abs(i.width - i.size) <= AGREE * i.size;
  const singles = items.filter(single).sort((a, b) => a.y - b.y || a.x - b.x);
  singles.forEach((b, k) => {
    const a = singles[k - 1];
    if (a && Math.abs(a.y - b.y) <= 0.1 * a.size && Math.abs(a.size - b.size) <= 0.01 * a.size) {
      const gap = b.x - (a.x + a.width);
      if (gap >= MIN_SPACING * a.size && gap <= MAX_SPACING * a.size) push(pairs, sizeKey(a.size), gap);
    }
  });
  const out = new Map<number, number>();
  for (const key of new Set([...runs.keys(), ...pairs.keys()])) {
    const xs = runs.get(key) ?? pairs.get(key) ?? [];
    if (!runs.has(key) && xs.length < MIN_PAIRS) continue;
    const s = median(xs);
    const agree = xs.filter((x) => Math.abs(x - s) <= AGREE * key).length;
    if (s >= MIN_SPACING * key && s <= MAX_SPACING * key && agree * 5 >= xs.length * 4) out.set(key, s);
  }
  return out;
}

/** Gaps between single characters show a size's spacing only when there are this many. */
const MIN_PAIRS = 4;

function push(map: Map<number, number[]>, key: number, x: number): void {
  map.set(key, [...(map.get(key) ?? []), x]);
}

const sizeKey = (size: number): number => Math.round(size * 10) / 10;

/**
 * The page's runs with the blanks of letter spacing taken out and runs standing the letter spacing apart joined
 * (two runs of digits are never joined: numbers of two cells may stand that close; pdf-lines.ts tells them apart).
 * A page without letter spacing is returned as it is.
 */
export function closeLetterSpacing(items: readonly PdfItem[]): PdfItem[] {
  const spacing = spacings(items);
  if (spacing.size === 0) return [...items];
  const digitWidth = (item: PdfItem, chars: readonly string[], s: number): number | undefined => {
    if (!chars.every((c) => WIDE.test(c) || DIGIT.test(c))) return undefined;
    const digits = chars.filter((c) => DIGIT.test(c)).length;
    const wide = chars.length - digits;
    return digits > 0 ? (item.width - wide * item.size - (chars.length - 1) * s) / digits / item.size : undefined;
  };
  // The width of digits in each size's runs with digits, to hold every such run against.
  const widths = new Map<number, number[]>();
  for (const item of items) {
    const chars = spacedChars(item);
    const s = spacing.get(sizeKey(item.size));
    const w = chars && s !== undefined ? digitWidth(item, chars, s) : undefined;
    if (w !== undefined && w >= DIGIT_MIN && w <= DIGIT_MAX)
      widths.set(sizeKey(item.size), [...(widths.get(sizeKey(item.size)) ?? []), w]);
  }
  const typical = new Map([...widths].map(([key, ws]) => [key, median(ws)]));
  const closed = new Set<PdfItem>();
  const out = items.map((item) => {
    const chars = spacedChars(item);
    const key = sizeKey(item.size);
    const s = spacing.get(key);
    if (!chars || s === undefined) return item;
    const own = (item.width - chars.length * item.size) / (chars.length - 1);
    const w = digitWidth(item, chars, s);
    const t = typical.get(key);
    const fits = chars.every((c) => WIDE.test(c))
      ? Math.abs(own - s) <= AGREE * item.size
      : w !== undefined && t !== undefined && w >= DIGIT_MIN && w <= DIGIT_MAX && Math.abs(w - t) <= DIGIT_AGREE;
    if (!fits) return item;
    const done = { ...item, str: chars.join('') };
    closed.add(done);
    return done;
  });
  return joinSpaced(out, spacing, closed);
}

/**
 * Runs on one baseline standing the letter spacing apart, one of them a letter-spaced run whose blanks were taken
 * out or a single character (a font change cuts 2021年1月 into 2021 ⎵ 年 ⎵ 1 ⎵ 月), are one run.
 */
function joinSpaced(items: readonly PdfItem[], spacing: ReadonlyMap<number, number>, closed: ReadonlySet<PdfItem>): PdfItem[] {
  const order = items.map((item, i) => ({ item, i })).sort((a, b) => a.item.y - b.item.y || a.item.x - b.item.x);
  const merged = new Map<number, PdfItem | null>();
  const spaced = (item: PdfItem): boolean => closed.has(item) || [...item.str.trim()].length === 1;
  let last: { item: PdfItem; i: number; open: boolean } | undefined;
  for (const { item, i } of order) {
    const s = spacing.get(sizeKey(item.size));
    if (last && s !== undefined && joins(last.item, item, s) && (last.open || spaced(item))) {
      const prev = last.item;
      const joined: PdfItem = { ...prev, str: prev.str.trimEnd() + item.str.trim(), width: item.x + item.width - prev.x };
      if (item.edge) joined.edge = item.edge;
      merged.set(last.i, joined);
      merged.set(i, null);
      last = { item: joined, i: last.i, open: last.open || spaced(item) };
      continue;
    }
    last = { item, i, open: spaced(item) };
  }
  return items.flatMap((item, i) => {
    const m = merged.get(i);
    return m === null ? [] : [m ?? item];
  });
}

function joins(a: PdfItem, b: PdfItem, s: number): boolean {
  if (Math.abs(a.size - b.size) > 0.01 * a.size || Math.abs(a.y - b.y) > 0.1 * a.size) return false;
  if (/[0-9０-９]$/.test(a.str.trim()) && /^[0-9０-９]/.test(b.str.trim())) return false;
  return Math.abs(b.x - (a.x + a.width) - s) <= AGREE * a.size;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
