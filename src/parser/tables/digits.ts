/**
 * Numbers printed without separators (a crawl that dropped the table's cells: 713000074 is 71 3 0 0 0 0 74).
 * A split is accepted only when it is the one split into `count` numbers without leading zeros whose first
 * count − 1 sum to the last (table 三's row identity: the six applicant columns add up to 总计).
 */

/** Longer runs have too many splits to be sure of any (and would cost too much to enumerate). */
const MAX_DIGITS = 28;

export type DigitSplit = { status: 'unique'; values: number[] } | { status: 'ambiguous' | 'none' };

/**
 * `sumIdentity`: the last number must be the sum of the others; without it, the split must be the only one into
 * `count` numbers without leading zeros at all (000 → 0 0 0).
 */
export function splitDigits(digits: string, count: number, sumIdentity = true): DigitSplit {
  if (!/^[0-9]+$/.test(digits) || digits.length < count || digits.length > MAX_DIGITS || count < 2) return { status: 'none' };
  const found: number[][] = [];
  const parts: number[] = [];
  const walk = (at: number, sum: number): void => {
    if (found.length > 1) return;
    if (parts.length === count - 1) {
      const rest = digits.slice(at);
      if (rest.length > 0 && (rest.length === 1 || rest[0] !== '0') && (!sumIdentity || Number(rest) === sum))
        found.push([...parts, Number(rest)]);
      return;
    }
    // Leave at least one digit for each part still to come.
    const room = digits.length - at - (count - 1 - parts.length);
    const longest = digits[at] === '0' ? 1 : room;
    for (let len = 1; len <= longest; len++) {
      const value = Number(digits.slice(at, at + len));
      parts.push(value);
      walk(at + len, sum + value);
      parts.pop();
      if (found.length > 1) return;
    }
  };
  walk(0, 0);
  if (found.length === 1) return { status: 'unique', values: found[0]! };
  return { status: found.length > 1 ? 'ambiguous' : 'none' };
}
