/**
 * Text of HTML as a reader sees it: the runs of text met while walking the page, joined the way a
 * browser shows them (whitespace collapsed, `<br>` and block ends as line breaks), with the source
 * span of the visible characters so findings point at the cell or paragraph in the page.
 */
import type { Point, Position } from 'unist';
import { LineIndex } from '../text-run.js';

/** One run of text from the page (a hast text node), or a line break (`<br>`, a block boundary). */
export type Segment = { value: string; from: number; to: number; bold: boolean } | { value: '\n' };

export interface Rendered {
  value: string;
  /** Source offsets of the first and last visible character; absent when nothing visible. */
  from?: number;
  to?: number;
  /** Every visible character is inside <strong>/<b> (a bold-only line is a heading candidate). */
  bold: boolean;
}

const BREAK = '\u0000';
/** CJK ideographs, kana, full-width forms and CJK punctuation. */
const WIDE = '\\u2e80-\\u303f\\u3040-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef';
/** A source line break between two wide characters is not a space (CSS Text 3 segment-break rule). */
const WIDE_BREAK = new RegExp(`([${WIDE}])[^\\S\\u0000]*[\\r\\n][^\\S\\u0000]*(?=[${WIDE}])`, 'g');
const SPACES = /[^\S\u0000]+/g;
const VISIBLE = /[^\s]/;

export function render(segments: readonly Segment[]): Rendered {
  let joined = '';
  let from: number | undefined;
  let to: number | undefined;
  let bold = true;
  let visible = false;
  for (const seg of segments) {
    if (!('from' in seg)) {
      joined += BREAK;
      continue;
    }
    joined += seg.value;
    if (!VISIBLE.test(seg.value)) continue;
    visible = true;
    if (!seg.bold) bold = false;
    from ??= seg.from;
    to = seg.to;
  }
  const value = joined
    .replace(WIDE_BREAK, '$1')
    .replace(SPACES, ' ')
    .split(BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
  if (!visible || value === '') return { value: '', bold: false };
  return { value, from, to, bold };
}

/** Entities that stand for blank characters: a cell of `&nbsp;` is blank, and positions skip them. */
const BLANK_ENTITY = /^&(?:nbsp|ensp|emsp|thinsp|#160|#x0*a0|#12288|#x0*3000|#32|#x0*20|#9|#10|#13);?/i;

/** Narrows a source span to its visible characters (the hast span of a text node includes blanks). */
export function trimSpan(source: string, from: number, to: number): [number, number] {
  let start = from;
  while (start < to) {
    const ch = source[start] ?? '';
    if (/\s/.test(ch)) start++;
    else if (ch === '&') {
      const m = BLANK_ENTITY.exec(source.slice(start, start + 10));
      if (!m) break;
      start += m[0].length;
    } else break;
  }
  let end = to;
  while (end > start) {
    const ch = source[end - 1] ?? '';
    if (/\s/.test(ch)) {
      end--;
      continue;
    }
    // Only the last 10 characters can hold the entity: a search back through the whole page for an '&' made
    // every text node cost the length of the page before it (a page of 3 MB of tables took minutes).
    const tail = source.slice(Math.max(start, end - 10), end);
    const inTail = tail.lastIndexOf('&');
    if (inTail >= 0) {
      const amp = end - tail.length + inTail;
      const m = BLANK_ENTITY.exec(source.slice(amp, end));
      if (m && amp + m[0].length === end) {
        end = amp;
        continue;
      }
    }
    break;
  }
  return end > start ? [start, end] : [from, to];
}

/** Offsets to unist points (1-based line and column, columns in UTF-16 code units): the builder's LineIndex. */
export function makeLocator(source: string): (offset: number) => Point {
  const index = new LineIndex(source);
  return (offset) => index.point(offset);
}

export function span(locate: (offset: number) => Point, from: number, to: number): Position {
  return { start: locate(from), end: locate(to) };
}
