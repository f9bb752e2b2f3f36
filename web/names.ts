/**
 * Short names of the built-in rules, as an editor would say them; the slug stays on the page in small type
 * for whoever configures the CLI. A rule missing here (added later) falls back to its meta.description.
 */
import { ruleById } from '../src/rules/index.js';
import type { Locale } from '../src/rules/types.js';

const NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  'application-totals': { zh: '表三数据勾稽关系', en: 'Table 3 totals' },
  'carry-over': { zh: '上年结转与上年报告一致', en: 'Carried over matches last year' },
  'fee-statement': { zh: '信息处理费说明', en: 'Fee statement' },
  'government-accountability': { zh: '考核、评议和责任追究情况', en: 'Assessment and accountability' },
  'narrative-consistency': { zh: '正文数字与表格一致', en: 'Text agrees with the tables' },
  'narrative-year': { zh: '正文中的本年度年份', en: 'Report year in the text' },
  'numeric-cells': { zh: '表格数字填写', en: 'Figures in table cells' },
  'outdated-format': { zh: '使用 2021 年版表格', en: '2021 table format' },
  'publication-date': { zh: '发布日期', en: 'Publication date' },
  'required-sections': { zh: '六个部分齐全', en: 'The six sections' },
  'required-statements': { zh: '本地要求写明的内容', en: 'Locally required statements' },
  'review-litigation-totals': { zh: '表四总计', en: 'Table 4 totals' },
  'roll-up': { zh: '与下级机关报告之和一致', en: 'Sum of the subordinate organs' },
  'stale-content': { zh: '照搬上年报告', en: 'Copied from last year' },
  'statistical-period': { zh: '统计期限', en: 'Statistical period' },
  'table-structure': { zh: '表二、表三、表四齐全', en: 'Tables 2–4 complete' },
  'unreadable-content': { zh: '无法读取的内容', en: 'Unreadable content' },
};

export function ruleName(id: string | null, lang: Locale): string {
  if (!id) return lang === 'zh' ? '文件读取' : 'Reading the file';
  return NAMES[id]?.[lang] ?? ruleById.get(id)?.meta.description[lang] ?? id;
}
