/**
 * Where a clause starts in a sentence: after the last mark ending a clause before a place. Readers ask it for every
 * count or denial of a sentence, so the marks of the last sentence asked about are found once per kind of mark and
 * searched by bisection: a sentence of 20,000 counts stays linear (narrative.ts: review17 F5; fee-statements.ts:
 * 20,000 clauses of 发出收费通知和收取信息处理费的情况为0 took 39 s scanning the sentence before each). Pure.
 */

/** The marks found in the last sentence asked about, per pattern of marks. */
const found = new Map<RegExp, { sentence: string; at: number[] }>();

/** Where the clause holding sentence[at] starts: right after the last match of `marks` (global, one character) before it. */
export function clauseStartOf(sentence: string, at: number, marks: RegExp): number {
  let known = found.get(marks);
  if (known?.sentence !== sentence) {
    known = { sentence, at: [...sentence.matchAll(marks)].map((m) => m.index) };
    found.set(marks, known);
  }
  let lo = 0;
  let hi = known.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (known.at[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? known.at[lo - 1]! + 1 : 0;
}
