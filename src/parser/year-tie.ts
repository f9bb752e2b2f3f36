/**
 * Whether a count belongs to another year than the report's: 2022年发出收费通知1件 and 上年度共收到申请120件 in a
 * report on 2023 are last year's, and are never compared with this year's tables.
 */
import { STATED_YEAR } from './data/years.js';

/** Whether the last year named in sentence[from, to) is another than the report's (2022年…, 上年度…). */
export function otherYear(sentence: string, from: number, to: number, year: number | null): boolean {
  const tie = [...sentence.slice(from, to).matchAll(STATED_YEAR)].at(-1);
  return tie !== undefined && (tie[2] !== undefined || (tie[1] !== undefined && year !== null && Number(tie[1]) !== year));
}
