/**
 * Dates written in Chinese numerals (二〇二三年一月一日至十二月三十一日, a signature's 二〇二五年二月二十日) read as
 * digits, for the period reader (periods.ts) and the signature's date (statements.ts).
 */
// A year typed with a letter O or a digit 0 for 〇 (二O二二年, 二0二二年) is as plain to its reader.
const CN_DIGIT: Record<string, number> = { '○': 0, 零: 0, O: 0, o: 0, Ｏ: 0, '0': 0 };
[...'〇一二三四五六七八九'].forEach((c, i) => (CN_DIGIT[c] = i));

/**
 * 二〇二三年 → 2023年; 十二月三十一日 → 12月31日 (only before 年, 月, 日, 号: 一是…, 统一 stay as they are); 二O二二年
 * (from 一 or 二, a zero typed as O or 0) → 2022年; 元月 after a year → 1月.
 */
const CN_DATE_PART =
  /([〇○零一二三四五六七八九]{4}|[一二][〇○零一二三四五六七八九0OoＯ]{3})(?=\s*年)|([一二三四五六七八九十]{1,3})(?=\s*[月日号])|(?<=年\s*)(元)(?=\s*月)/g;

/** The text with Chinese date numerals as digits, each character still mapped to its index in the original. */
export function withArabicDates(text: string, raw: Int32Array): { text: string; at: number[] } {
  const at: number[] = [];
  let out = '';
  let last = 0;
  CN_DATE_PART.lastIndex = 0;
  for (let m = CN_DATE_PART.exec(text); m; m = CN_DATE_PART.exec(text)) {
    const value = m[1] ? [...m[1]].map((c) => CN_DIGIT[c]).join('') : m[3] ? '1' : chineseNumber(m[2]!);
    if (value === null) continue;
    for (let i = last; i < m.index; i++) at.push(raw[i]!);
    out += text.slice(last, m.index) + value;
    for (let i = 0; i < value.length; i++) at.push(raw[m.index]!);
    last = m.index + m[0].length;
  }
  for (let i = last; i < text.length; i++) at.push(raw[i]!);
  return { text: out + text.slice(last), at };
}

/** A line with its Chinese date numerals as digits (二〇二五年二月二十日 → 2025年2月20日), for the signature's date. */
export function arabicDates(text: string): string {
  return withArabicDates(text, new Int32Array(text.length)).text;
}

/** 一 … 三十一 as a number; null for what is not one (十十). */
function chineseNumber(word: string): string | null {
  const ten = word.indexOf('十');
  if (ten < 0) return word.length === 1 ? String(CN_DIGIT[word]) : null;
  if (ten > 1 || word.indexOf('十', ten + 1) >= 0) return null;
  const tens = ten === 0 ? 1 : (CN_DIGIT[word[0]!] ?? NaN);
  const ones = ten === word.length - 1 ? 0 : (CN_DIGIT[word[ten + 1]!] ?? NaN);
  const n = tens * 10 + ones;
  return Number.isFinite(n) && n > 0 ? String(n) : null;
}
