/** statistical-period: 1 January to 31 December of the title's year, real dates, not in the future. */
import rule from '../../src/rules/statistical-period.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import { LAYOUTS, formatOf, writeReport } from './support/report.js';

const format = formatOf;
const NOW = new Date('2025-03-15T08:00:00Z');

const valid: RuleTestCase[] = [];
const invalid: InvalidRuleTestCase[] = [];
// Findings point at the statement itself, which starts at its first date (「本报告统计期限为2023年…」: at 2023).

for (const layout of LAYOUTS) {
  const fmt = format(layout);
  const doc = (period: string | null, year = 2023) => writeReport({ period, year }, layout);
  valid.push({ name: `${layout}: 统计期限为…至…`, text: doc(undefined!).text, format: fmt, now: NOW });
  valid.push({
    name: `${layout}: 统计数据从…至12月31日`,
    text: doc('本报告统计数据从2023年1月1日至12月31日。').text,
    format: fmt,
    now: NOW,
  });
  valid.push({
    name: `${layout}: 统计期限自…起至…止`,
    text: doc('报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。').text,
    format: fmt,
    now: NOW,
  });

  // A `~` between the dates, ASCII or full-width; a second `~` in the same paragraph once made GFM's single-tilde
  // strikethrough swallow both, and with them the period.
  valid.push({
    name: `${layout}: 统计期限为…~…`,
    text: doc('本报告中所列数据的统计期限为2023年1月1日~2023年12月31日，其中一季度（1月~3月）受理申请较多。').text,
    format: fmt,
    now: NOW,
  });
  valid.push({
    name: `${layout}: 统计期限为…～…`,
    text: doc('本报告中所列数据的统计期限为2023年1月1日～2023年12月31日，其中一季度（1月～3月）受理申请较多。').text,
    format: fmt,
    now: NOW,
  });

  const none = doc(null);
  invalid.push({
    name: `${layout}: no period`,
    text: none.text,
    format: fmt,
    now: NOW,
    errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
  });

  const half = doc('本报告统计期限为2023年1月1日至2023年6月30日。');
  invalid.push({
    name: `${layout}: half a year`,
    text: half.text,
    format: fmt,
    now: NOW,
    errors: [
      {
        messageId: 'wrongEnd',
        line: half.lineOf('本报告统计期限'),
        column: half.columnOf('本报告统计期限', '2023'),
        data: { end: '2023年6月30日', year: 2023 },
      },
    ],
  });

  const late = doc('本报告统计期限为2023年3月1日至2023年12月31日。');
  invalid.push({
    name: `${layout}: starting in March`,
    text: late.text,
    format: fmt,
    now: NOW,
    errors: [
      {
        messageId: 'wrongStart',
        line: late.lineOf('本报告统计期限'),
        column: late.columnOf('本报告统计期限', '2023'),
        data: { start: '2023年3月1日' },
      },
    ],
  });

  const other = doc('本报告统计期限为2022年1月1日至2022年12月31日。');
  invalid.push({
    name: `${layout}: the period of another year`,
    text: other.text,
    format: fmt,
    now: NOW,
    errors: [
      {
        messageId: 'yearMismatch',
        line: other.lineOf('本报告统计期限'),
        column: other.columnOf('本报告统计期限', '2022'),
        data: { periodYear: 2022, reportYear: 2023 },
      },
    ],
  });

  const impossible = doc('本报告统计期限为2023年2月30日至2023年12月31日。');
  invalid.push({
    name: `${layout}: a date that does not exist`,
    text: impossible.text,
    format: fmt,
    now: NOW,
    errors: [
      {
        messageId: 'invalidDate',
        line: impossible.lineOf('本报告统计期限'),
        column: impossible.columnOf('本报告统计期限', '2023'),
        data: { date: '2023-02-30' },
      },
    ],
  });

  const future = doc(undefined!, 2026);
  invalid.push({
    name: `${layout}: a report year still to come`,
    text: future.text,
    format: fmt,
    now: NOW,
    errors: [
      {
        messageId: 'futureYear',
        line: future.lineOf('本报告中所列数据'),
        column: future.columnOf('本报告中所列数据', '2026'),
        data: { year: 2026, currentYear: 2025 },
      },
    ],
  });
  valid.push({
    name: `${layout}: the same report once its year is over`,
    text: future.text,
    format: fmt,
    now: new Date('2027-01-20T00:00:00Z'),
  });
}

testRule(rule, { valid, invalid });
