/** Loose label matching: real files split labels with spaces, break them across lines, or misspell them. */
import { EQUIVALENT_SPELLINGS, MAX_COMPARED_LABEL } from './data/labels.js';
import { remembered } from './memo.js';

// A run at a time (`+`): the same text out, and fewer matches on a paragraph or a whole body (a hot path).
const PUNCTUATION = /[\s\u3000\u00a0、，。,.．:：;；!！?？（）()【】[\]《》〈〉<>“”"‘’'·•・\-—–_~～/\\|]+/g;

const EQUIVALENT = new RegExp(Object.keys(EQUIVALENT_SPELLINGS).join('|'), 'g');

/**
 * Removes spaces and punctuation; full-width Latin digits become ASCII; a spelling the format uses
 * interchangeably becomes the template's (其它 → 其他, 合计 → 总计), so every comparison of labels sees one word.
 */
export function normaliseLabel(text: string): string {
  return isPlainAscii(text) ? text : remembered(normalised, text, normaliseAnew);
}

function normaliseAnew(text: string): string {
  const plain = toAsciiDigits(text).replace(PUNCTUATION, '');
  // Most labels hold neither spelling: two plain searches are cheaper than a replace with a callback (a hot path).
  return plain.includes('它') || plain.includes('合计') ? plain.replace(EQUIVALENT, (w) => EQUIVALENT_SPELLINGS[w] ?? w) : plain;
}

/** Also removes ordinal markers (一、 （一） 1. ⑴ …), which differ between layouts. */
export function stripOrdinals(text: string): string {
  return isPlainAscii(text) ? text : remembered(stripped, text, stripAnew);
}

function stripAnew(text: string): string {
  return toAsciiDigits(text)
    .replace(/[（(]\s*[一二三四五六七八九十\d]+\s*[)）]/g, '')
    .replace(/(^|[^\u4e00-\u9fa5])[一二三四五六七八九十]+\s*[、.．]/g, '$1')
    .replace(/^[一二三四五六七八九十]+\s*[、.．]/, '')
    .replace(/\d+\s*[、.．]/g, '')
    .replace(/[⑴⑵⑶⑷⑸⑹⑺⑻⑼①②③④⑤⑥⑦⑧⑨]/g, '');
}

/** The memos of normaliseLabel, stripOrdinals and labelKey (memo.ts): a short label is normalised once. */
const normalised = new Map<string, string>();
const stripped = new Map<string, string>();
const keys = new Map<string, string>();

/**
 * Letters and ASCII digits only (a count cell, 1234): nothing to normalise or strip. A third of the cells a table
 * reader normalises are such counts, and looking each up in the memo cost more than this test.
 */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return true;
}

/** A label's words as the template's are kept: no ordinal, spaces or punctuation (one memo lookup, not two). */
export function labelKey(text: string): string {
  return isPlainAscii(text) ? text : remembered(keys, text, keyAnew);
}

const keyAnew = (text: string): string => normaliseLabel(stripOrdinals(text));

export function toAsciiDigits(text: string): string {
  // Most text has no full-width digit: skip the replace (and its callback) then.
  if (!/[０-９]/.test(text)) return text;
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** Length of the longest common subsequence (labels are short: O(n·m) is fine). */
export function lcsLength(a: string, b: string): number {
  if (!a || !b) return 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] ?? 0) + 1 : Math.max(prev[j] ?? 0, cur[j - 1] ?? 0);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? 0;
}

/** Similarity in [0, 1]: the common subsequence over the longer label. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  if (a.length > MAX_COMPARED_LABEL || b.length > MAX_COMPARED_LABEL) return a === b ? 1 : 0;
  return lcsLength(a, b) / longest;
}
