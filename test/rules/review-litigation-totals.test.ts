/** review-litigation-totals: 总计 = 维持 + 纠正 + 其他 + 尚未审结 in each of table 四's three groups. */
import rule from '../../src/rules/review-litigation-totals.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import { BLANK_LAYOUTS, LAYOUTS, REVIEW_OK, formatOf, writeReport, type Value } from './support/report.js';

const format = formatOf;
const replace = (at: number, value: Value, values: Value[] = REVIEW_OK) => values.map((v, i) => (i === at ? value : v));

const valid: RuleTestCase[] = [];
const invalid: InvalidRuleTestCase[] = [];

for (const layout of LAYOUTS) {
  const doc = (review: Value[]) => writeReport({ review }, layout);
  valid.push({ name: `${layout}: every group adds up`, text: doc(REVIEW_OK).text, format: format(layout) });

  // 行政复议: 3 + 2 + 1 + 2 = 8, written 9.
  const first = doc(replace(4, 9));
  invalid.push({
    name: `${layout}: 行政复议 total off by one`,
    text: first.text,
    format: format(layout),
    errors: [
      {
        messageId: 'groupTotal',
        ...first.at('review:review', 'total'),
        data: { group: '行政复议', actual: 9, expected: 8, difference: 1, upheld: 3, corrected: 2, other: 1, pending: 2 },
      },
    ],
  });

  // 复议后起诉: 1 + 1 + 1 + 0 = 3; 尚未审结 written 4 makes 7.
  const last = doc(replace(13, 4));
  invalid.push({
    name: `${layout}: 复议后起诉 pending too high`,
    text: last.text,
    format: format(layout),
    errors: [
      {
        messageId: 'groupTotal',
        ...last.at('review:litigationAfterReview', 'total'),
        data: { group: '行政诉讼·复议后起诉', actual: 3, expected: 7, pending: 4 },
      },
    ],
  });
}

// Blank cells: layouts that can show an empty cell.
for (const layout of BLANK_LAYOUTS) {
  const doc = (review: Value[]) => writeReport({ review }, layout);
  valid.push({ name: `${layout}: a blank total is not compared`, text: doc(replace(9, '')).text, format: format(layout) });
  const blank = doc(replace(6, ''));
  invalid.push({
    name: `${layout}: a blank addend counts as 0 and is named`,
    text: blank.text,
    format: format(layout),
    errors: [
      {
        messageId: 'groupTotalBlank',
        ...blank.at('review:litigation', 'total'),
        data: { actual: 6, expected: 5, corrected: 0, blanks: '结果纠正' },
      },
    ],
  });
}

// Fifteen values that cannot be split into the three groups: table-structure reports it, this rule stays silent.
const fourteen = writeReport({ review: REVIEW_OK.slice(0, 14) }, 'tabs').text;
valid.push({ name: 'tabs: an unreadable table 四 is left to table-structure', text: fourteen, format: 'text' });

testRule(rule, { valid, invalid });
