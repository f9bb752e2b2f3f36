/**
 * A report's year-over-year check (`LintResult.carryOverCheck`) in words, for the formats an evaluator reads a
 * batch in (csv, summary-html): whether its 上年结转 was checked against last year's report, whether it agrees,
 * and when it was not checked, why — so "checked and consistent" is never confused with "never compared".
 */
import type { CarryOverCheck, LintResult } from '../engine/types.js';
import type { FormatterContext } from './types.js';

/** What the check came to, as a word a spreadsheet can filter on. */
export type CarryOverState = 'consistent' | 'mismatch' | 'partial' | 'notChecked';

export function carryOverState(check: CarryOverCheck | undefined): CarryOverState | undefined {
  if (!check) return undefined;
  if (check.status === 'checked') return check.mismatch ? 'mismatch' : 'consistent';
  return check.status === 'partial' ? 'partial' : 'notChecked';
}

const TEXT = {
  zh: {
    consistent: (f: string) => `一致（与 ${f} 核对）`,
    mismatch: (f: string) => `不符（与 ${f} 核对）`,
    partial: (f: string) => `部分核对：与 ${f} 读出的列一致，其余列未读出`,
    unread: (f: string) => `未核对：上一年度报告 ${f} 的结转下年度继续办理无法读取`,
    uncertain: (f: string) => `未核对：上一年度报告有互不相同的几份（${f}），无法判断哪份为准`,
    noPrevious: '未核对：本次检查中没有同一机关上一年度的报告',
    notRead: '未核对：本报告的上年结转未读出（或表三为 2019 年格式）',
    unreadable: '未核对：文件无法读取',
    notAReport: '未核对：不是年度报告',
    off: '未核对：carry-over 规则已关闭，或报告未读为文字（扫描件、文本框等）',
    join: '、',
  },
  en: {
    consistent: (f: string) => `consistent (checked against ${f})`,
    mismatch: (f: string) => `differs (checked against ${f})`,
    partial: (f: string) => `partly checked: agrees with ${f} where read, the other columns not read`,
    unread: (f: string) => `not checked: the carried-forward row of last year’s report ${f} could not be read`,
    uncertain: (f: string) => `not checked: last year’s report comes in differing copies (${f}), which is final cannot be told`,
    noPrevious: 'not checked: no report of the same organ for the year before in this run',
    notRead: 'not checked: this report’s carried-over row was not read (or table 3 is on the 2019 form)',
    unreadable: 'not checked: the file could not be read',
    notAReport: 'not checked: not an annual report',
    off: 'not checked: the carry-over rule is off, or the report was not read as text (a scan, text boxes)',
    join: ', ',
  },
} as const;

/** One line saying what became of the check, and why when it was not made. */
export function carryOverText(result: LintResult, locale: FormatterContext['locale']): string {
  const t = TEXT[locale === 'en' ? 'en' : 'zh'];
  const check = result.carryOverCheck;
  if (!check) return result.fatalErrorCount > 0 ? t.unreadable : result.notAReport ? t.notAReport : t.off;
  const files = (check.files ?? []).join(t.join);
  switch (check.status) {
    case 'checked':
      return check.mismatch ? t.mismatch(files) : t.consistent(files);
    case 'partial':
      return t.partial(files);
    case 'unread':
      return t.unread(files);
    case 'uncertain':
      return t.uncertain(files);
    case 'noPrevious':
      return t.noPrevious;
    case 'notRead':
      return t.notRead;
  }
}
