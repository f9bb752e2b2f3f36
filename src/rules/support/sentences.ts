/**
 * Narrative sentences in a comparable form, for stale-content: split at sentence ends, then stripped of
 * blanks, punctuation and digits, so a sentence copied from last year with only its year and figures updated
 * still counts as repeated. The function is idempotent, which lets last year's summary keep sentences already
 * normalised (year-over-year.ts) and this year's be normalised here the same way.
 */

/** Shorter normalised sentences ("无。", "一是") say too little to call repeated. */
const MIN_SENTENCE = 8;

export function normalSentences(text: string): string[] {
  return text
    .split(/[。！？!?；;\n]+/)
    .map((s) => s.replace(/[\s\p{P}\p{S}0-9０-９一二三四五六七八九十〇零百千万亿]+/gu, ''))
    .filter((s) => s.length >= MIN_SENTENCE);
}
