/**
 * A phrase that names the report year by number must name the title's year: "本年度（2022年）" or an overview
 * opening "2022年，本局…" in a report on 2023 is text left from last year's report. The parser keeps only phrases
 * that clearly speak of the report year (report.claims, kind reportYear); comparisons (较2022年) and plans
 * (2024年将…) are never kept. The statistical period has its own rule (statistical-period).
 */
import { candidateYears } from '../parser/report-year.js';
import { quoted } from './support/quote.js';
import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'narrative-year',
    description: {
      zh: '正文中指本年度的年份须与报告年度一致',
      en: 'Require the year the text gives for the report year to be the report year',
    },
    category: 'period',
    basis:
      '《中华人民共和国政府信息公开条例》第四十九条（上一年度政府信息公开工作年度报告）；国办公开办函〔2021〕30号 年度报告格式',
    defaultSeverity: 'warn',
    recommended: true,
    messages: {
      otherYear: {
        zh: '文中「{phrase}」说的是 {stated} 年，而本报告是 {year} 年度报告，可能是沿用上一年报告的文字',
        en: 'The text “{phrase}” speaks of {stated}, but this is the report on {year}: possibly text left from an earlier report',
      },
    },
    hints: {
      otherYear: {
        zh: '把年份改为报告年度，并核对该段的数字是否也已更新',
        en: 'Change the year to the report year, and check that the figures of that passage were updated too',
      },
    },
  },
  check(report, context) {
    const year = report.year;
    if (year === null) return;
    // Title 2024, period 2023 (statistical-period says so): text on 2023 may well be right, the title the typo.
    const years = candidateYears(report);
    for (const claim of report.claims) {
      if (claim.kind !== 'reportYear' || claim.year === undefined || years.includes(claim.year)) continue;
      const phrase = quoted(claim.text);
      context.report({
        node: claim,
        messageId: 'otherYear',
        data: { phrase, stated: claim.year, year },
        actual: claim.year,
        expected: year,
      });
    }
  },
});
