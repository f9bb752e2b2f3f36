/**
 * A header printed one character per line in space-aligned text (table 四's narrow columns: 结 ⏎ 果 ⏎ 维 ⏎ 持 in
 * each column, pdftotext -layout): no line holds a column word, so the table would not be found. The words are
 * read down the columns: consecutive lines made only of single characters, each character placed by its display
 * column (a CJK character is two columns wide), joined top to bottom per column.
 */
import type { Item } from '../mdast-read.js';
import type { LineIndex } from '../text-run.js';
import { spanPosition } from '../text-run.js';
import { displayWidth } from './layout-rows.js';

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
    const line = spanPosition(item.run, 0, item.run.text.length, index)?.start.line;
    if (line === undefined || (previous >= 0 && line !== previous + 1)) break;
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
    if ([...m[0]].length !== 1 || !/[\u4e00-\u9fff]/.test(m[0])) return undefined;
    x += displayWidth(source.slice(at, m.index));
    out.push({ x, text: m[0] });
    x += displayWidth(m[0]);
    at = m.index + m[0].length;
  }
  return out.length >= MIN_CHARACTERS ? out : undefined;
}
