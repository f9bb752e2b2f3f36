/**
 * Whether a PDF's text layer holds the report's words. A scan often carries a text layer of page numbers only,
 * and a PDF whose fonts have no ToUnicode map gives glyph ids read as code points (ߋ♢൮Ἀ㩡ᗯ…): either way
 * there is nothing to check, and saying so (one fatal line, as for a scan) is honest where "not a report" or
 * "empty" is not.
 */

/** Fewer Chinese characters than this in the whole text layer: no report's words, only page furniture. */
const MIN_HAN = 10;
/** More than this share of the printed characters outside what a Chinese report prints: glyph ids, not text. */
const MAX_FOREIGN_SHARE = 0.3;

const HAN = /\p{Script=Han}/u;
/**
 * What a Chinese report prints besides Han: ASCII, Latin-1, general punctuation, letterlike symbols and number
 * forms (Ⅰ), enclosed numbers (①), arrows, box drawing and shapes (□ ■ ○), CJK symbols, kana (OCR stray),
 * bopomofo, halfwidth and fullwidth forms, and U+FFFD.
 */
const EXPECTED =
  /[\u0020-\u007e\u00a0-\u00ff\u2000-\u206f\u2100-\u21ff\u2460-\u24ff\u2500-\u27bf\u3000-\u30ff\u3100-\u312f\uff00-\uffef\ufffd]/u;

export type TextLayer = 'text' | 'none' | 'garbled';

export function judgeTextLayer(text: string): TextLayer {
  let han = 0;
  let printed = 0;
  let foreign = 0;
  for (const ch of text) {
    if (/\s/u.test(ch)) continue;
    printed++;
    if (HAN.test(ch)) han++;
    else if (!EXPECTED.test(ch)) foreign++;
  }
  if (han < MIN_HAN) return 'none';
  return foreign > MAX_FOREIGN_SHARE * printed ? 'garbled' : 'text';
}

/** A Latin-1 or Latin Extended letter (not × ÷) with a Han character before or after it, each letter counted once. */
const LATIN_LETTER = '[\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f]';
const MISREAD = new RegExp(`\\p{Script=Han}${LATIN_LETTER}|${LATIN_LETTER}(?=\\p{Script=Han})`, 'gu');
/** At least this many such letters, and this share of the Han characters (the test prints: 8 %). */
const MIN_MISREAD = 8;
const MIN_MISREAD_SHARE = 0.02;

/**
 * A text layer partly garbled: some fonts' ToUnicode maps are wrong (Ghostscript's pdfwrite rewrites a Chromium
 * print's subset fonts so: 政务公开 → 政ó|开, 二、 → Ð、, （一） → ÿ一Ā, 1月1日 → 1o1日). Most characters still read,
 * so judgeTextLayer sees text; but the report's own words are wrong where those glyphs stand (headings, row labels,
 * dates), and reading it would accuse the report of what its PDF lost. The sign is Latin-1 and Latin Extended
 * letters (À–ɏ, not × or ÷) touching a Han character: a clean report has none (its Latin letters are words, URLs,
 * units, away from Han or beside ASCII), the broken maps put one among every dozen or so Han characters (Ghostscript's
 * output of the test prints: 62 among 762 and 810; every clean fixture and real PDF: 0).
 */
export function isPartlyGarbled(text: string): boolean {
  const misread = text.match(MISREAD)?.length ?? 0;
  if (misread < MIN_MISREAD) return false;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return misread >= MIN_MISREAD_SHARE * han;
}
