/**
 * Note marks (superscripts) dropped from a page's text before its lines, cells and columns are found. A Word
 * footnote reference or a superscript run after a figure (27129¹, the note at the page foot or under the table)
 * is a smaller run, raised, starting where the figure ends: LibreOffice exports Word's superscript at 0.886 of
 * the text's size raised 0.6 of it and a footnote's anchor in a cell at 0.44 raised 0.29, Chromium prints `<sup>` at
 * 0.83 raised 0.4, and at 0.65–0.7 when the page sets it smaller. Kept, it stands a little above the figure's baseline: read as a line of its own it became the
 * first digit of the number (the lines of a cell are joined, 1 over 27129 read 127129), in a sentence too, or a
 * column of its own between two figures, so that no row of the table had the right number of values. The .docx
 * and HTML readers drop reference marks alike.
 */

import type { PdfItem } from './pdf-item.js';

/** A mark is at most this size against the text it follows (Word's superscript exported by LibreOffice: 0.886). */
const MARK_SIZE = 0.92;
/**
 * …and at least this size: LibreOffice sets a footnote's anchor in a table cell at 0.44 of the figure (6.1 pt behind
 * 14 pt, raised 0.29: read as a line of the cell above the figure, 5675¹ was 15675, rtAC cause 4); Chromium's smallest
 * `<sup>` is 0.65. A figure beside a watermark's large glyphs is less (10.5 pt by 80 pt: 0.13).
 */
const MIN_SIZE = 0.4;
/** …and raised by this share of that text's size, at least and at most (a raise under 0.2 is the same line). */
const MIN_RAISE = 0.2;
const MAX_RAISE = 0.8;
/** It starts within this share of a glyph of where the text ends (before: overlapping; after: a blank away). */
const NEAR = 0.3;
const FAR = 0.5;
/** Items whose baselines differ by less than this share of their size are one line (pdf-lines.ts SAME_LINE). */
const SAME_LINE = 0.35;
/** Text within this share of a mark's size is of its size, and within this many of its sizes of it is beside it. */
const SAME_SIZE = 0.1;
const BESIDE = 3;
/** A mark's text: a note number, bracketed or not, or a sign (*, ※, †). */
const MARK_TEXT = /^(?:[0-9]{1,2}|[[(（〔][0-9]{1,2}[\])）〕]|[*＊※†‡])$/;

/** The page's items without the note marks in them (see the file comment); the same array when there is none. */
export function withoutNoteMarks<I extends PdfItem>(items: readonly I[]): readonly I[] {
  const candidates = items.filter((item) => MARK_TEXT.test(item.str.trim()));
  if (candidates.length === 0) return items;
  // The text a mark is on stands below it, by at most MAX_RAISE of the page's largest size: only those are tried.
  const byY = [...items].sort((a, b) => a.y - b.y);
  const reach = MAX_RAISE * items.reduce((m, i) => Math.max(m, i.size), 0);
  const from = (y: number): number => {
    let lo = 0;
    for (let hi = byY.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (byY[mid]!.y < y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const marks = new Set<I>();
  for (const mark of candidates)
    for (let k = from(mark.y); k < byY.length && byY[k]!.y - mark.y <= reach; k++)
      if (marksOn(byY[k]!, mark)) {
        marks.add(mark);
        break;
      }
  // A mark stands alone on its raised baseline: text of its own size beside it there (322 32 296, a row of figures
  // beside a watermark's large glyphs) makes it a line of its own, no mark. Other marks aside, and text of another
  // size (a label's wrapped line in the next cell) or further away (the next columns) says nothing.
  for (const mark of marks) {
    const near = SAME_LINE * mark.size;
    const beside = (other: PdfItem): boolean =>
      other !== mark &&
      !marks.has(other as I) &&
      other.str.trim() !== '' &&
      Math.abs(other.size - mark.size) <= SAME_SIZE * mark.size &&
      other.x <= mark.x + mark.width + BESIDE * mark.size &&
      other.x + other.width >= mark.x - BESIDE * mark.size;
    for (let k = from(mark.y - near); k < byY.length && byY[k]!.y - mark.y <= near; k++) {
      if (beside(byY[k]!)) {
        marks.delete(mark);
        break;
      }
    }
  }
  return marks.size === 0 ? items : items.filter((item) => !marks.has(item));
}

/** Whether `mark` is a note mark on `text`: smaller, raised, right where its last glyph ends. */
function marksOn(text: PdfItem, mark: PdfItem): boolean {
  if (text === mark || text.str.trim() === '') return false;
  if (mark.size > MARK_SIZE * text.size || mark.size < MIN_SIZE * text.size) return false;
  const raise = text.y - mark.y;
  if (raise < MIN_RAISE * text.size || raise > MAX_RAISE * text.size) return false;
  return startsWhereEnds(mark, text);
}

/** Whether `mark` starts right where the last glyph of `text` ends (pdfjs counts a trailing blank in the width). */
function startsWhereEnds(mark: PdfItem, text: PdfItem): boolean {
  const end = text.x + text.width - (text.str.length - text.str.trimEnd().length) * 0.5 * text.size;
  return mark.x >= end - NEAR * text.size && mark.x <= end + FAR * text.size;
}

/**
 * A mark may be no smaller than the figure it follows: a Word footnote reference whose run sets no size takes the
 * document's default (16 pt) where the cell's text is set small (9 pt), and LibreOffice prints it at 58 % of that,
 * 9.3 pt raised 6.3 pt behind a 9 pt 5287 (rtAC 01d: read as the cell's first line, 15287). On a page, a raised run
 * as large as the text beside it may be the upper line of a number centred in the next column, and is left alone
 * (withoutNoteMarks); inside one cell of a drawn grid it can only be the cell's: a run of the cell raised less than
 * a line of text (two lines of one cell never stand so close: MAX_CELL_RAISE) and starting where a line of the cell
 * ends is a mark on it, whatever its size up to MAX_CELL_MARK.
 */
const MAX_CELL_RAISE = 0.8;
/** A figure's text: its last glyph a digit. */
const ENDS_IN_DIGIT = /[0-9０-９]\s*$/;
const MAX_CELL_MARK = 1.25;

/** One grid cell's items without the note marks on its text (see above); the same array when there is none. */
export function withoutCellMarks<I extends PdfItem>(items: readonly I[]): readonly I[] {
  const marks = items.filter(
    (mark) =>
      MARK_TEXT.test(mark.str.trim()) &&
      // Alone on its raised line: nothing else of the cell on its baseline.
      !items.some((o) => o !== mark && o.str.trim() !== '' && Math.abs(o.y - mark.y) <= SAME_LINE * mark.size) &&
      (items.some((text) => cellMarkOn(text, mark)) || wrappedMark(items, mark)),
  );
  return marks.length === 0 ? items : items.filter((item) => !marks.includes(item));
}

function cellMarkOn(text: PdfItem, mark: PdfItem): boolean {
  if (text === mark || !ENDS_IN_DIGIT.test(text.str)) return false;
  if (mark.size > MAX_CELL_MARK * text.size || mark.size < MIN_SIZE * text.size) return false;
  const raise = text.y - mark.y;
  if (raise < MIN_RAISE * text.size || raise >= MAX_CELL_RAISE * Math.max(text.size, mark.size)) return false;
  return startsWhereEnds(mark, text);
}

/**
 * A mark wrapped onto a line of its own, the cell's last: a figure printed one digit a line in a column one glyph wide
 * leaves no room beside its last digit (5 ⏎ 2 ⏎ 5 ⏎ 7 ⏎ ¹, LibreOffice: the anchor 0.44 of the digits, or a superscript
 * at 0.9, read 52571 for 5257, rtAC b1 r039, b3 r100). Smaller than everything else in the cell, below it all, right
 * under a line that ends in a digit: no digit of the figure, whose digits share one size.
 */
function wrappedMark(items: readonly PdfItem[], mark: PdfItem): boolean {
  const others = items.filter((o) => o !== mark && o.str.trim() !== '');
  if (others.length === 0) return false;
  if (others.some((o) => o.y >= mark.y || mark.size > MARK_SIZE * o.size || mark.size < MIN_SIZE * o.size)) return false;
  const lowest = Math.max(...others.map((o) => o.y));
  const above = others.filter((o) => lowest - o.y <= SAME_LINE * o.size).sort((a, b) => a.x - b.x);
  return ENDS_IN_DIGIT.test(above[above.length - 1]!.str) && mark.y - lowest <= MAX_RAISE * 2 * above[0]!.size;
}
