/**
 * Whether a count belongs to another year than the report's: 2022年发出收费通知1件 and 上年度共收到申请120件 in a
 * report on 2023 are last year's, and are never compared with this year's tables.
 */
import { OPENING_YEAR, STATED_YEAR } from './data/years.js';

/** Marks that end a clause: a year before one of them dates something else (根据2020年11月…印发的《办法》，共发出…). */
const CLAUSE_END = /[，,；;：:]/g;

/**
 * Whether the count at sentence[to] belongs to another year than the report's: the last year named in its own
 * clause (from `from` on), else the year the sentence opens with (2022年，本局共收到…).
 */
export function otherYear(sentence: string, from: number, to: number, year: number | null): boolean {
  const clause = sentence.slice(from, to);
  let start = 0;
  for (const m of clause.matchAll(CLAUSE_END)) start = m.index + 1;
  const tie = [...clause.slice(start).matchAll(STATED_YEAR)].at(-1) ?? OPENING_YEAR.exec(sentence) ?? undefined;
  return tie !== undefined && (tie[2] !== undefined || (tie[1] !== undefined && year !== null && Number(tie[1]) !== year));
}

/**
 * Whether the clause before sentence[to] (from `from` on) names the report's own year among the years it names:
 * 本年度和上年度均未发出收费通知, 2023年、2022年均未… in a report on 2023 deny this year's notices too.
 */
export function namesReportYear(sentence: string, from: number, to: number, year: number | null): boolean {
  const clause = sentence.slice(from, to);
  let start = 0;
  for (const m of clause.matchAll(CLAUSE_END)) start = m.index + 1;
  return [...clause.slice(start).matchAll(STATED_YEAR)].some(
    (m) => m[2] === undefined && (m[1] === undefined || (year !== null && Number(m[1]) === year)),
  );
}
