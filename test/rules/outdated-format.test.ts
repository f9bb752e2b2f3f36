/** outdated-format: a 2019-template table in a report for 2021 or later; the other table rules do not misread it. */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import rule from '../../src/rules/outdated-format.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import { LAYOUTS, formatOf, writeReport } from './support/report.js';

const format = formatOf;
const LABELS =
  '本年新制作数量、本年新公开数量、对外公开总数量、上一年项目数量、本年增/减、处理决定数量、采购项目数量、采购总金额、政府集中采购';

const valid: RuleTestCase[] = [];
const invalid: InvalidRuleTestCase[] = [];

for (const layout of LAYOUTS) {
  const fmt = format(layout);
  valid.push({ name: `${layout}: the 2021 tables`, text: writeReport({}, layout).text, format: fmt });
  valid.push({
    name: `${layout}: the 2019 table in a report for 2020`,
    text: writeReport({ activeTemplate: '2019', year: 2020 }, layout).text,
    format: fmt,
  });
  const old = writeReport({ activeTemplate: '2019' }, layout);
  invalid.push({
    name: `${layout}: the 2019 table 二 in a report for 2023`,
    text: old.text,
    format: fmt,
    errors: [
      {
        messageId: 'outdatedTable',
        severity: 'warn',
        ...old.tableAt('active'),
        data: { table: '表二', year: 2023, labels: LABELS },
      },
    ],
  });
}

testRule(rule, { valid, invalid });

describe('a 2019 table under every rule', () => {
  it.each(LAYOUTS)('%s: one outdated-format warning, nothing from the other table rules', async (layout) => {
    const result = await lint(writeReport({ activeTemplate: '2019' }, layout).text, {
      format: format(layout),
      now: new Date('2025-06-30T00:00:00Z'),
    });
    expect(result.messages.map((m) => [m.ruleId, m.messageId])).toEqual([['outdated-format', 'outdatedTable']]);
  });
});
