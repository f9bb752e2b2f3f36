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
