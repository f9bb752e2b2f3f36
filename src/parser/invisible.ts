/**
 * Characters that print as nothing: zero-width space and joiners, the word joiner, a soft hyphen, direction marks
 * and embeddings (U+202A–U+202E), a BOM inside the text. Rich-text editors, WeChat articles and web pages leave
 * them in copied text, where the editor cannot see them, yet they split a number (1, U+200B, 089), end a cell (321
 * then U+200B is no longer a number, so the row's values shift), or cut a heading or a row label in two (red team
 * rt10: eight false errors from one U+200B).
 *
 * The readers get the text without them; every position of the model is then moved back onto the text as
 * written, so findings point where the editor looks (lines never move: none of these is a line break).
 */
const CHARACTERS = '\\u00ad\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\ufeff';
const INVISIBLE = new RegExp(`[${CHARACTERS}]`, 'g');
const ANY_INVISIBLE = new RegExp(`[${CHARACTERS}]`);

/**
 * A text without the characters that print as nothing, for text decoded after the source was read: an HTML entity
 * (&#8203;, &shy;) decodes to one of them after withoutInvisible has cleaned the source, so the HTML reader strips
 * them again from the text it takes. Positions are not moved: the entity stands in the source as written.
 */
export function stripInvisible(text: string): string {
  return ANY_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
}

export interface WithoutInvisible {
  /** The text the readers get. */
  text: string;
  /** Moves every point (an object with `line` and `column`) under `root` back onto the text as written. */
  restorePositions(root: object): void;
}

/** The text without characters that print as nothing; undefined when it has none (the common case). */
export function withoutInvisible(written: string): WithoutInvisible | undefined {
  if (!ANY_INVISIBLE.test(written)) return undefined;
  // Where each removed character stood, in the text the readers get: its offset, and its line and column.
  const offsets: number[] = [];
  const columnsByLine = new Map<number, number[]>();
  let text = '';
  let from = 0;
  let line = 1;
  let lineStart = 0;
  for (const m of written.matchAll(INVISIBLE)) {
    const kept = written.slice(from, m.index);
    for (let i = kept.indexOf('\n'); i >= 0; i = kept.indexOf('\n', i + 1)) {
      line++;
      lineStart = text.length + i + 1;
    }
    text += kept;
    offsets.push(text.length);
    const columns = columnsByLine.get(line) ?? [];
    columns.push(text.length - lineStart + 1);
    columnsByLine.set(line, columns);
    from = m.index + m[0].length;
  }
  text += written.slice(from);
  const moved = new WeakSet<object>();
  const movePoint = (point: { line: number; column: number; offset?: number }): void => {
    const columns = columnsByLine.get(point.line);
    if (columns) point.column += atOrBefore(columns, point.column);
    if (typeof point.offset === 'number') point.offset += atOrBefore(offsets, point.offset);
  };
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || moved.has(value)) return;
    moved.add(value);
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record['line'] === 'number' && typeof record['column'] === 'number') {
      movePoint(record as { line: number; column: number; offset?: number });
      return;
    }
    for (const key in record) walk(record[key]);
  };
  return { text, restorePositions: walk };
}

/** How many of the sorted `places` are at or before `at`: the characters removed in front of it. */
function atOrBefore(places: readonly number[], at: number): number {
  let lo = 0;
  let hi = places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((places[mid] ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
