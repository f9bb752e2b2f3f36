/**
 * More guards of the markdown adapter's input (besides limitNesting and limitColumns in markdown.ts), each
 * keeping every offset: the text is changed only by swapping one UTF-16 unit for another, so positions
 * still point at the original. micromark is quadratic on both shapes below (measured: 10,000 nested links
 * 33 s; 2,000 ever-deeper indented list items over 60 s); no report has either.
 */

/** More `[` (or `]`) than this on one line are read as text (full-width ［ ］): links do not nest that deep. */
const MAX_BRACKETS = 256;
/** Lines indented further than this many columns are read as text, so list nesting by indentation stops there. */
const MAX_INDENT = 128;

export function limitBrackets(text: string): string {
  if (text.length < MAX_BRACKETS) return text;
  const pieces: string[] = [];
  let copied = 0;
  let opened = 0;
  let closed = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) opened = closed = 0;
    else if ((ch === 91 && ++opened > MAX_BRACKETS) || (ch === 93 && ++closed > MAX_BRACKETS)) {
      pieces.push(text.slice(copied, i), ch === 91 ? '［' : '］');
      copied = i + 1;
    }
  }
  return pieces.length ? pieces.join('') + text.slice(copied) : text;
}

/** The first character of a line indented past MAX_INDENT becomes a no-break space (not indentation to CommonMark). */
export function limitIndent(text: string): string {
  if (text.length < MAX_INDENT) return text;
  const pieces: string[] = [];
  let copied = 0;
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let width = 0;
    for (let i = start; i < end && width <= MAX_INDENT; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) width++;
      else if (c === 9) width += 4;
      else break;
    }
    if (width > MAX_INDENT) {
      pieces.push(text.slice(copied, start), '\u00a0');
      copied = start + 1;
    }
    start = end + 1;
  }
  return pieces.length ? pieces.join('') + text.slice(copied) : text;
}
