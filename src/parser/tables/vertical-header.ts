/**
 * A header printed one character per line in space-aligned text (table 四's narrow columns: 结 ⏎ 果 ⏎ 维 ⏎ 持 in
 * each column, pdftotext -layout): no line holds a column word, so the table would not be found. The words are
 * read down the columns: consecutive lines (or lines apart by a page break) of Chinese characters standing
 * alone, each placed by its display column (a CJK character is two columns wide), joined top to bottom per
 * column; a longer Chinese word on such a line (a header printed across) is passed over.
 */
import type { Item } from '../mdast-read.js';
import type { LineIndex } from '../text-run.js';
import { spanPosition } from '../text-run.js';
import { displayWidth } from '../display-width.js';
import { isPageFurniture } from './stream.js';

/** A header line: single characters apart (at least this many), nothing longer. */
const MIN_CHARACTERS = 3;
const MAX_LINE = 400;
/** Lines a header is printed over, at most. */
const MAX_LINES = 8;

/** The words read down the columns of the vertical header starting at items[at], or '' when there is none. */
export function verticalWords(items: readonly Item[], at: number, index: LineIndex): string {
  const columns: Array<{ x: number; text: string }> = [];
  let previous = -1;
  for (let k = at; k < items.length && k - at < MAX_LINES; k++) {
    const item = items[k]!;
    if (item.kind !== 'line') break;
    // A page break inside the header (its first characters at the foot of one page, the rest on the next).
    if (previous >= 0 && isPageFurniture(item.run.text)) continue;
    const line = spanPosition(item.run, 0, item.run.text.length, index)?.start.line;
    if (line === undefined || (previous >= 0 && !onlyBreakBetween(previous, line, index))) break;
    const characters = charactersOf(line, index);
    if (!characters) break;
    previous = line;
    for (const c of characters) {
      const column = columns.find((d) => Math.abs(d.x - c.x) <= 1);
      if (column) column.text += c.text;
      else columns.push({ ...c });
    }
  }
  if (previous < 0) return '';
  return columns
    .sort((a, b) => a.x - b.x)
    .map((c) => c.text)
    .join('|');
}

/** Lines a page break puts between two lines of a header: blank lines, the page number, a form feed. */
const MAX_BREAK_LINES = 6;

/** Whether the lines strictly between `from` and `to` are next to each other or apart by a page break only. */
function onlyBreakBetween(from: number, to: number, index: LineIndex): boolean {
  if (to <= from || to - from - 1 > MAX_BREAK_LINES) return false;
  for (let line = from + 1; line < to; line++) {
    const [start, end] = index.lineRange(line);
    const text = index.source.slice(start, end);
    if (text.trim() !== '' && !isPageFurniture(text.trim())) return false;
  }
  return true;
}

/** The single characters of a source line with their display columns, or undefined when it is not such a line. */
function charactersOf(line: number, index: LineIndex): Array<{ x: number; text: string }> | undefined {
  const [start, end] = index.lineRange(line);
  if (end - start > MAX_LINE) return undefined;
  const source = index.source.slice(start, end).replace(/[\r\n]+$/, '');
  const out: Array<{ x: number; text: string }> = [];
  const word = /\S+/g;
  let at = 0;
  let x = 0;
  for (let m = word.exec(source); m; m = word.exec(source)) {
    x += displayWidth(source.slice(at, m.index));
    // A header word printed across on the same line (未经复议直接起诉 over its columns, rows printed tight) is
    // passed over; anything else than Chinese words (a figure, Latin text) makes it no header line.
    if (!/^[\u4e00-\u9fff]+$/.test(m[0])) return undefined;
    if ([...m[0]].length === 1) out.push({ x, text: m[0] });
    x += displayWidth(m[0]);
    at = m.index + m[0].length;
  }
  return out.length >= MIN_CHARACTERS ? out : undefined;
}
