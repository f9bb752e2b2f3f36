/**
 * A header word with characters lost to damaged bytes (���然人: 自 written in invalid UTF-8 and shown as three
 * U+FFFD): the column is printed, only its name cannot be read whole. Counting it as absent shifts every value
 * of its rows one column over, and a row that lost a cell then fits the shifted columns and is read wrong
 * (fuzz seed 111: 1 科研 read as 商业). A damaged spelling counts only with at least one of its characters
 * kept, so a run of U+FFFD alone names no column.
 */

/** Lost characters a character of the word may have become: one per byte of its UTF-8 form at most. */
const LOST = '\ufffd{1,4}';

const patterns = new Map<string, RegExp>();

function damagedPattern(word: string): RegExp {
  let pattern = patterns.get(word);
  if (!pattern) {
    const chars = [...word].map((c) => `(?:${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|${LOST})`);
    pattern = new RegExp(chars.join(''), 'g');
    patterns.set(word, pattern);
  }
  return pattern;
}

/** Whether `text` holds `word`, whole or with some (not all) of its characters lost. */
export function holdsWord(text: string, word: string): boolean {
  if (text.includes(word)) return true;
  if (!text.includes('\ufffd')) return false;
  for (const match of text.matchAll(damagedPattern(word))) {
    const lost = match[0].includes('\ufffd');
    const kept = match[0].replace(/\ufffd/g, '').length > 0;
    if (lost && kept) return true;
  }
  return false;
}
