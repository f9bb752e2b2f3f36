/** publication-date: dated by 31 January of the following year (条例第五十条), never before the period ends. */
import rule from '../../src/rules/publication-date.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import { LAYOUTS, formatOf, writeReport, type Layout } from './support/report.js';

const format = formatOf;
const signed = (date: string, layout: Layout) => writeReport({ other: ['本机关未收取信息处理费。', '某市某局', date] }, layout);

const valid: RuleTestCase[] = [];
const invalid: InvalidRuleTestCase[] = [];

for (const layout of LAYOUTS) {
  const fmt = format(layout);
  valid.push({ name: `${layout}: signed 20 January`, text: signed('2024年1月20日', layout).text, format: fmt });
  valid.push({ name: `${layout}: signed on the deadline`, text: signed('2024年1月31日', layout).text, format: fmt });
  valid.push({ name: `${layout}: no date at all`, text: writeReport({}, layout).text, format: fmt });

  const late = signed('2024年3月5日', layout);
  invalid.push({
    name: `${layout}: signed in March`,
    text: late.text,
    format: fmt,
    errors: [{ messageId: 'late', severity: 'warn', line: late.lineOf('2024年3月5日'), column: late.columnOf('2024年3月5日'), data: { kind: '落款日期', date: '2024年3月5日', deadline: '2024年1月31日' } }],
  });

  const early = signed('2023年10月8日', layout);
  invalid.push({
    name: `${layout}: signed before the year ended`,
    text: early.text,
    format: fmt,
    errors: [{ messageId: 'beforePeriodEnd', severity: 'error', line: early.lineOf('2023年10月8日'), column: early.columnOf('2023年10月8日'), data: { date: '2023年10月8日', year: 2023 } }],
  });

  const published = writeReport({ other: ['本机关未收取信息处理费。', '发布日期：2024年2月2日'] }, layout);
  invalid.push({
    name: `${layout}: 发布日期 two days late`,
    text: published.text,
    format: fmt,
    errors: [{ messageId: 'late', severity: 'warn', line: published.lineOf('发布日期'), column: published.columnOf('发布日期'), data: { kind: '发布日期', date: '2024年2月2日' } }],
  });
}

testRule(rule, { valid, invalid });
