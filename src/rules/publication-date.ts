/**
 * 《政府信息公开条例》第五十条: the annual report is published by 31 January of the following year. A 发布日期,
 * 成文日期 or dated signature after that is late (warning); a date before the statistical period ends cannot be
 * the date of a report on that period (error).
 */
import type { IsoDate } from '../parser/types.js';
import { defineRule } from './types.js';

const show = (d: IsoDate): string => `${d.year}年${d.month}月${d.day}日`;
const ordinal = (d: IsoDate): number => d.year * 10000 + d.month * 100 + d.day;
const KIND: Readonly<Record<string, string>> = { published: '发布日期', written: '成文日期', signature: '落款日期' };

export default defineRule({
  meta: {
    id: 'publication-date',
    description: { zh: '年度报告须于次年1月31日前公布，且日期不早于统计期限结束', en: 'Require the report to be dated by 31 January of the following year, and not before its period ends' },
    category: 'period',
    basis: '《中华人民共和国政府信息公开条例》第五十条',
    defaultSeverity: 'error',
    severities: { late: 'warn' },
    recommended: true,
    messages: {
      late: {
        zh: '{kind}为 {date}，晚于《条例》第五十条规定的 {deadline}',
        en: 'The {kindEn} is {date}, later than the deadline of {deadline} (Regulations, article 50)',
      },
      beforePeriodEnd: {
        zh: '{kind}为 {date}，早于统计期限结束（{year}年12月31日）',
        en: 'The {kindEn} is {date}, before the period it reports on ends (31 December {year})',
      },
    },
    hints: {
      late: { zh: '下一年度请于1月31日前公布；如日期写错请更正', en: 'Publish by 31 January next time; correct the date if it is a typo' },
      beforePeriodEnd: { zh: '核对日期中的年份', en: 'Check the year of the date' },
    },
  },
  check(report, context) {
    const year = report.year ?? report.periods.find((p) => p.end)?.end?.year ?? null;
    if (year === null) return;
    const deadline: IsoDate = { year: year + 1, month: 1, day: 31 };
    const periodEnd: IsoDate = { year, month: 12, day: 31 };
    for (const statement of report.dates) {
      const kinds = { kind: KIND[statement.kind] ?? statement.kind, kindEn: `${statement.kind} date`, date: show(statement.date), year };
      if (ordinal(statement.date) < ordinal(periodEnd)) {
        context.report({ node: statement, messageId: 'beforePeriodEnd', data: kinds });
      } else if (ordinal(statement.date) > ordinal(deadline)) {
        context.report({ node: statement, messageId: 'late', data: { ...kinds, deadline: show(deadline) } });
      }
    }
  },
});
