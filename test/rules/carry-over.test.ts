/** carry-over: this year's 上年结转 equals last year's 结转下年度继续办理, column by column. */
import rule from '../../src/rules/carry-over.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import { LAYOUTS, consistentApplications, formatOf, recompute, writeReport } from './support/report.js';

const format = formatOf;
// This year (2023) carries over 2, 3, 4, 5, 6, 7 (total 27).
const thisYear = consistentApplications();

/** Last year's table 三 carrying forward the given six numbers. */
function lastYear(carryForward: number[]) {
  const values = consistentApplications();
  values.carryForward = carryForward;
  values.carried = [1, 1, 1, 1, 1, 1];
  return recompute(values);
}

const valid: RuleTestCase[] = [];
const invalid: InvalidRuleTestCase[] = [];

for (const layout of LAYOUTS) {
  const fmt = format(layout);
  const doc = writeReport({ applications: thisYear }, layout);
  const previous = (carryForward: number[], year = 2022) =>
    writeReport({ applications: lastYear(carryForward), year }, layout).text;

  valid.push({
    name: `${layout}: 2022 carried forward what 2023 carried over`,
    text: doc.text,
    format: fmt,
    previous: previous([2, 3, 4, 5, 6, 7]),
  });
  valid.push({ name: `${layout}: no report of last year`, text: doc.text, format: fmt });
  valid.push({
    name: `${layout}: a report two years back is not compared`,
    text: doc.text,
    format: fmt,
    previous: previous([9, 9, 9, 9, 9, 9], 2021),
  });

  const otherOrgan = previous([9, 9, 9, 9, 9, 9]).replace(/某市某局/g, '某市另一局');
  valid.push({ name: `${layout}: another organ's report is not compared`, text: doc.text, format: fmt, previous: otherOrgan });

  invalid.push({
    name: `${layout}: 自然人 differs by one: one finding for the row, naming both columns and both years' figures`,
    text: doc.text,
    format: fmt,
    previous: previous([3, 3, 4, 5, 6, 7]),
    errors: [
      {
        messageId: 'mismatchColumns',
        severity: 'error',
        ...doc.at('carried', 'natural'),
        data: {
          count: 2,
          columns: '自然人、总计',
          details: '「自然人」本年 2、上年 3；「总计」本年 27、上年 28',
          detailsEn: '“自然人” 2 (last year 3); “总计” 27 (last year 28)',
          previousYear: 2022,
        },
      },
    ],
  });

  // Last year's 总计 says 27 though its columns add up to 28 (its own totals error): only 自然人 differs, and the
  // single-column message names it.
  const wrongTotal = lastYear([3, 3, 4, 5, 6, 7]);
  wrongTotal.carryForward![6] = 27;
  const oneColumn = writeReport({ applications: wrongTotal, year: 2022 }, layout).text;
  invalid.push({
    name: `${layout}: one column differs: the single-column message`,
    text: doc.text,
    format: fmt,
    previous: oneColumn,
    errors: [
      {
        messageId: 'mismatch',
        severity: 'error',
        ...doc.at('carried', 'natural'),
        data: { column: '自然人', actual: 2, expected: 3, previousYear: 2022 },
      },
    ],
  });
}

testRule(rule, { valid, invalid });
