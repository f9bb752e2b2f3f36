/**
 * Numbers printed without separators (a crawl that dropped the table's cells: 713000074 is 71 3 0 0 0 0 74).
 * A split is accepted only when it is the one split into `count` numbers without leading zeros whose first
 * count − 1 sum to the last (table 三's row identity: the six applicant columns add up to 总计).
 *
 * A crawl keeps what is not a digit: a minus sign starts a number (144172-3143166433 is 14 41 72 −3 143 166
 * 433), and a cell written as text (3件, 若干, —) stands apart between runs. Those are fixed points of the split.
 * A minus sign may also be a hyphen standing for a blank cell: a split that reading allows too is not certain.
 */

/** Longer runs have too many splits to be sure of any (and would cost too much to enumerate). */
const MAX_DIGITS = 28;

export type DigitSplit = { status: 'unique'; values: number[] } | { status: 'ambiguous' | 'none' };

/**
 * One piece of a row as printed: a run of digits to split into one or more numbers (the first negative when a
 * minus sign starts it), or a cell that is one value by itself (its number for the identity: 3 for 3件, 0 for a
 * placeholder, null for text such as 若干, which leaves the identity unusable).
 */
export type RunToken = { digits: string; negative?: boolean } | { value: number | null };

/**
 * `sumIdentity`: the last number must be the sum of the others; without it (or when a cell's value is unknown),
 * the split must be the only one into `count` numbers without leading zeros at all (000 → 0 0 0).
 */
export function splitDigits(digits: string, count: number, sumIdentity = true): DigitSplit {
  return splitRun([{ digits }], count, sumIdentity);
}

/** A crawl drops blank cells; more than two in one row of figures are not looked for. */
const MAX_DROPPED = 2;

/**
 * The one split of a row as a crawl prints it. A crawl drops a blank cell without a trace (71 3 _ 0 0 0 74 prints
 * as 7130 0074, run together 71300074), so a split is certain only when no reading with one or two cells dropped
 * satisfies the identity too: the one split into `count` numbers could be a coincidence then.
 */
export function splitCrawledRow(tokens: readonly RunToken[], count: number, sumIdentity = true): DigitSplit {
  const split = splitRun(tokens, count, sumIdentity);
  if (split.status !== 'unique') return split;
  // The row as printed with blank cells dropped; its signs read as blanks, with or without cells dropped besides
  // (147 0 5 9 - _ 161 prints as 147059-161).
  for (const reading of [tokens, ...hyphenReadings(tokens)])
    for (let dropped = reading === tokens ? 1 : 0; dropped <= MAX_DROPPED && count - dropped >= 2; dropped++)
      if (splits(reading, count - dropped, sumIdentity, 1).length) return { status: 'ambiguous' };
  return split;
}

/** More minus signs than this in one row are not weighed one by one: the row is left unread. */
const MAX_SIGNS = 3;

/**
 * The row read with some of its minus signs as hyphens standing for blank cells instead: a crawl runs a blank
 * printed "-" into the digits around it just as it runs a negative number in (192 0 4 80 - 160 436 prints as
 * 1920480-160436, which also splits, uniquely and adding up, as 19 20 4 80 −160 43 6). Every subset of the signs.
 */
function hyphenReadings(tokens: readonly RunToken[]): RunToken[][] {
  const signed = tokens.flatMap((t, i) => ('digits' in t && t.negative ? [i] : []));
  if (signed.length === 0) return [];
  if (signed.length > MAX_SIGNS) return [[...tokens]]; // itself: it splits, so the row is ambiguous
  const readings: RunToken[][] = [];
  for (let mask = 1; mask < 1 << signed.length; mask++) {
    const hyphens = new Set(signed.filter((_, k) => mask & (1 << k)));
    readings.push(tokens.flatMap((t, i) => (hyphens.has(i) && 'digits' in t ? [{ value: 0 }, { digits: t.digits }] : [t])));
  }
  return readings;
}

/** The one split of the tokens into `count` values (see splitDigits); the fixed cells keep their place. */
export function splitRun(tokens: readonly RunToken[], count: number, sumIdentity = true): DigitSplit {
  const found = splits(tokens, count, sumIdentity, 2);
  if (found.length === 1) return { status: 'unique', values: found[0]! };
  return { status: found.length > 1 ? 'ambiguous' : 'none' };
}

/** Up to `enough` splits of the tokens into `count` values (the identity holding where it can be used). */
function splits(tokens: readonly RunToken[], count: number, sumIdentity: boolean, enough: number): number[][] {
  let digitCount = 0;
  for (const t of tokens) {
    if ('digits' in t) {
      if (!/^[0-9]+$/.test(t.digits) || (t.negative && t.digits[0] === '0')) return [];
      digitCount += t.digits.length;
    }
  }
  // At most how many parts the tokens from i on can give: one per digit, one per fixed cell.
  const most = new Array<number>(tokens.length + 1).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    most[i] = most[i + 1]! + ('digits' in t ? t.digits.length : 1);
  }
  if (count < 2 || digitCount > MAX_DIGITS || most[0]! < count || tokens.length > count) return [];
  const useIdentity = sumIdentity && tokens.every((t) => !('value' in t) || t.value !== null);
  // Without negative numbers, the parts before the last add up to at most what the last can hold.
  const boundBySum = useIdentity && tokens.every((t) => ('digits' in t ? !t.negative : (t.value ?? 0) >= 0));
  const last = tokens[tokens.length - 1]!;
  const found: number[][] = [];
  const parts: number[] = [];
  let sum = 0;
  // tokens[at], from character `from` of its digits on.
  const walk = (at: number, from: number): void => {
    if (found.length >= enough) return;
    if (at === tokens.length) {
      if (parts.length === count && (!useIdentity || sumHolds(parts))) found.push([...parts]);
      return;
    }
    // (The parts so far are all before the last: the split has not reached its end.)
    if (boundBySum && 'digits' in last) {
      // The last part has at most the digits of the last token: once the split is in that token, less the
      // digits used and one for each part still to come before the last.
      const spare = at === tokens.length - 1 ? last.digits.length - from - (count - 1 - parts.length) : last.digits.length;
      if (spare < 16 && sum >= 10 ** spare) return;
    }
    const token = tokens[at]!;
    // Each token still to come gives at least one part, and at most one per digit.
    if (parts.length + (tokens.length - at) > count) return;
    if (parts.length + most[at + 1]! + ('digits' in token ? token.digits.length - from : 1) < count) return;
    if ('value' in token) {
      parts.push(token.value ?? 0);
      sum += token.value ?? 0;
      walk(at + 1, 0);
      sum -= token.value ?? 0;
      parts.pop();
      return;
    }
    const { digits } = token;
    const longest = digits[from] === '0' ? 1 : digits.length - from;
    // The last part is all that is left: only its one length can end the split.
    const shortest = parts.length === count - 1 ? digits.length - from : 1;
    // The number read so far, a digit at a time (no substring per candidate: this loop is the hot one).
    let magnitude = 0;
    for (let i = from; i < from + shortest - 1; i++) magnitude = magnitude * 10 + (digits.charCodeAt(i) - 48);
    for (let len = shortest; len <= longest; len++) {
      magnitude = magnitude * 10 + (digits.charCodeAt(from + len - 1) - 48);
      // No count holds more than a double can say exactly (and a sum of inexact parts could match by rounding).
      if (magnitude > Number.MAX_SAFE_INTEGER) break;
      const value = token.negative && from === 0 ? -magnitude : magnitude;
      parts.push(value);
      sum += value;
      if (from + len === digits.length) walk(at + 1, 0);
      else walk(at, from + len);
      sum -= value;
      parts.pop();
      if (found.length >= enough) return;
    }
  };
  walk(0, 0);
  return found;
}

const sumHolds = (parts: readonly number[]): boolean => {
  let sum = 0;
  for (let i = 0; i < parts.length - 1; i++) sum += parts[i]!;
  return sum === parts[parts.length - 1];
};
