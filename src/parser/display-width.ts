/**
 * Display width in terminal columns, as string-width measures it (East Asian Wide and Fullwidth two columns,
 * ambiguous characters such as “ ” one, combining marks, controls and ANSI escapes none, emoji sequences two),
 * for the columns of space-aligned text (tables/layout-rows.ts), grid tables drawn with characters and the
 * terminal's aligned messages (formatters/width.ts).
 *
 * Two reasons it is not string-width alone:
 * - speed: string-width segments graphemes and its first call compiles an emoji regular expression (~50 ms of a
 *   cold start); a report is ASCII, CJK and full-width punctuation, which are measured here character by
 *   character, with the ranges where string-width gives every character the same width on its own;
 * - string-width 8.1 throws on a cluster of nothing but a prepended format character (U+0600–U+0605, U+06DD,
 *   U+070F, U+0890–U+0891, U+08E2, U+FFF9–U+FFFB, U+110BD, U+110CD, U+13430–U+1343F at a string's end): they
 *   print as nothing, so they are dropped before it measures.
 */
import stringWidth from 'string-width';

/** The BMP ranges where every character is two columns wide and a grapheme of its own ([first, last] pairs). */
const WIDE: readonly number[] = [
  0x2e80, 0x2e99, 0x2e9b, 0x2ef3, 0x2f00, 0x2fd5, 0x2ff0, 0x3029, 0x3030, 0x303e, 0x3041, 0x3096, 0x309b, 0x30ff, 0x3105, 0x312f,
  0x3131, 0x3163, 0x3165, 0x318e, 0x3190, 0x31e5, 0x31ef, 0x321e, 0x3220, 0x3247, 0x3250, 0xa48c, 0xac00, 0xd7a3, 0xf900, 0xfaff,
  0xfe10, 0xfe19, 0xfe30, 0xfe52, 0xfe54, 0xfe66, 0xfe68, 0xfe6b, 0xff01, 0xff60, 0xffe0, 0xffe6,
];

/** Columns of one UTF-16 unit when it is a grapheme of its own of a known width, else -1. */
function unitWidth(c: number): number {
  if (c >= 0x20 && c < 0x7f) return 1;
  if (c >= 0x4e00 && c <= 0x9fff) return 2; // the common case, inside WIDE
  if (c < 0x20) return c === 0x1b ? -1 : 0; // an ESC starts an ANSI escape: string-width drops the whole sequence
  if (c < 0xa0) return c === 0x9b ? -1 : 0; // DEL and the C1 controls; a CSI (U+009B) starts an escape too
  if (c < 0x300) return c === 0xad ? -1 : 1; // Latin-1 and Latin Extended; the soft hyphen prints as nothing
  if (c >= 0x2010 && c <= 0x2029) return 1; // dashes, quotation marks, …
  if (c < WIDE[0]!) return -1;
  for (let i = 0; i < WIDE.length; i += 2) {
    if (c < WIDE[i]!) return -1;
    if (c <= WIDE[i + 1]!) return 2;
  }
  return -1;
}

/** Format characters that string-width cannot measure alone and that print as nothing. */
const PREPENDED_FORMAT = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\ufff9-\ufffb\u{110bd}\u{110cd}\u{13430}-\u{1343f}]/gu;

function measured(text: string): number {
  try {
    return stringWidth(text.replace(PREPENDED_FORMAT, ''));
  } catch {
    return [...text].length; // a later string-width that throws on something else: one column per character
  }
}

/** Beyond this many characters string-width's grapheme splitting slows sharply (115 s for 100,000 on Node 20). */
const WHOLE_REST = 4096;

/** Terminal columns of a string. */
export function displayWidth(text: string): number {
  let width = 0;
  let i = 0;
  while (i < text.length) {
    const w = unitWidth(text.charCodeAt(i));
    if (w >= 0) {
      width += w;
      i++;
      continue;
    }
    // The rest goes to string-width with the character before it (a mark or joiner joins that one): exact.
    const from = i > 0 ? i - 1 : 0;
    if (i > 0) width -= unitWidth(text.charCodeAt(i - 1));
    if (text.length - from <= WHOLE_REST || /[\u001b\u009b]/.test(text)) return width + measured(text.slice(from));
    // A long rest: only the run of other characters, and the one after it (a prepended letter joins the next one),
    // so a long line costs what its runs cost; a cluster across the run's end may be measured apart (a column off).
    let end = i + 1;
    while (end < text.length && unitWidth(text.charCodeAt(end)) < 0) end++;
    end = Math.min(text.length, end + 1);
    width += measured(text.slice(from, end));
    i = end;
  }
  return width;
}
