/** statistical-period: 1 January to 31 December of the title's year, real dates, not in the future. */
import rule from '../../src/rules/statistical-period.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import { LAYOUTS, formatOf, writeReport, type ReportSpec } from './support/report.js';

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

// The whole year in the other ways editors write it (red-team review, 2026-12-05: each was a false 'missing').
const WHOLE_YEAR_WORDINGS = [
  '统计期限自2023年1月1日起，至2023年12月31日止。',
  '本报告中所列数据的统计期限为2023年度。',
  '本报告数据统计时间为2023年全年。',
  '统计期限为2023年1-12月。',
  '统计期限为2023年1月至12月。',
  '统计期限为2023.1.1—2023.12.31。',
  '统计期限为2023.01.01-2023.12.31。',
  '统计期限为2023/1/1至2023/12/31。',
  '统计期限为二〇二三年一月一日至二〇二三年十二月三十一日。',
  '统计期限为二○二三年一月一日至十二月三十一日。',
  '统计期限为2023年1月1日0时至2023年12月31日24时。',
  '统计期限为2023年1月1日（星期日）至2023年12月31日。',
  '统计期限为2023年1月1日--2023年12月31日。',
  '统计期限为2023年1月1日〜2023年12月31日。',
  '统计期限为2023年1月1日‐2023年12月31日。',
  // OCR reads the dash as 一, and puts blanks between characters.
  '统计期限为2023年1月1日一2023年12月31日。',
  '统 计 期 限 为 2 0 2 3 年 1 月 1 日 至 2 0 2 3 年 1 2 月 3 1 日 。',
  '统计期限为2023年1月1号至2023年12月31号。',
];
for (const layout of ['markdown', 'lines', 'html'] as const) {
  const doc = (period: string | null, spec: Partial<ReportSpec> = {}) => writeReport({ period, year: 2023, ...spec }, layout);
  for (const wording of WHOLE_YEAR_WORDINGS)
    valid.push({ name: `${layout}: ${wording}`, text: doc(wording).text, format: format(layout), now: NOW });

  // An event's dates in 总体情况 are not the period (the period itself written as a year).
  valid.push({
    name: `${layout}: a week of events in 总体情况 beside 统计期限为2023年度`,
    text: doc('统计期限为2023年度。', { overview: ['2023年5月10日至5月20日，本局开展政务公开宣传周活动。'] }).text,
    format: format(layout),
    now: NOW,
  });
  const eventOnly = doc(null, { overview: ['2023年5月10日至5月20日，本局开展政务公开宣传周活动。'] });
  invalid.push({
    name: `${layout}: only an event's dates in 总体情况: no period`,
    text: eventOnly.text,
    format: format(layout),
    now: NOW,
    errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
  });

  // A partial year in a month range is still a defect.
  const months = doc('统计期限为2023年1-6月。');
  invalid.push({
    name: `${layout}: 统计期限为2023年1-6月`,
    text: months.text,
    format: format(layout),
    now: NOW,
    errors: [
      {
        messageId: 'wrongEnd',
        line: months.lineOf('统计期限为'),
        column: months.columnOf('统计期限为', '2023'),
        data: { end: '2023年6月30日', year: 2023 },
      },
    ],
  });

  // Named, but in words no date can be read from: said so, as a warning, never 'missing'.
  for (const wording of [
    '统计期限为2023年上半年及下半年。',
    '本报告中所列数据的统计期限为上一年度全年。',
    // A year alone, quarters (review, 2026-12-05): a period named, its dates not read.
    '统计期限为2023年第一季度至第四季度。',
  ]) {
    const unread = doc(wording);
    invalid.push({
      name: `${layout}: ${wording} could not be read`,
      text: unread.text,
      format: format(layout),
      now: NOW,
      errors: [
        {
          messageId: 'unread',
          severity: 'warn',
          line: unread.lineOf(wording.slice(0, 6)),
          column: unread.columnOf(wording.slice(0, 6), '统计期限'),
        },
      ],
    });
  }
  // 统计数据显示… names no period.
  const shows = doc('统计数据显示，2023年度本局政务公开工作平稳。');
  invalid.push({
    name: `${layout}: 统计数据显示… is no period`,
    text: shows.text,
    format: format(layout),
    now: NOW,
    errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
  });
}

// The period in a small table of its own (| 统计期限 | … |), as some sites print the report's particulars.
const tabled = (end: string) =>
  `# 某局2023年政府信息公开工作年度报告\n\n| 项目 | 内容 |\n|---|---|\n| 统计期限 | 2023年1月1日至2023年${end} |\n\n## 一、总体情况\n\n文字。\n`;
valid.push({ name: 'markdown: the period in a table', text: tabled('12月31日'), format: 'markdown', now: NOW });
invalid.push({
  name: 'markdown: a half year in a table, placed at its cell',
  text: tabled('6月30日'),
  format: 'markdown',
  now: NOW,
  errors: [{ messageId: 'wrongEnd', line: 5, column: 10, data: { end: '2023年6月30日', year: 2023 } }],
});

// A row named 数据期限 or 数据起止时间 states the period too (third review, 2026-12-05).
for (const label of ['数据期限', '数据起止时间'])
  valid.push({
    name: `markdown: | ${label} | … | in a table`,
    text: `# 某局2023年政府信息公开工作年度报告\n\n| 项目 | 内容 |\n|---|---|\n| ${label} | 2023年1月1日至2023年12月31日 |\n\n## 一、总体情况\n\n文字。\n`,
    format: 'markdown',
    now: NOW,
  });
// Two dates in two cells of the row (| 统计期限 | 2023年1月1日 | 2023年12月31日 |) are the range.
valid.push({
  name: 'markdown: the period in two cells of a table',
  text: '# 某局2023年政府信息公开工作年度报告\n\n| 统计期限 | 2023年1月1日 | 2023年12月31日 |\n|---|---|---|\n\n## 一、总体情况\n\n文字。\n',
  format: 'markdown',
  now: NOW,
});
// A task's dates in a table row (数据 in its name) are no period: the report states none, and is not accused of
// a wrong start or end (review, 2026-12-05).
invalid.push({
  name: 'markdown: a task with two dates in a table, no period',
  text: '# 某局2023年政府信息公开工作年度报告\n\n| 公共数据资源目录编制 | 2023年3月1日 | 2023年9月30日 |\n|---|---|---|\n\n## 一、总体情况\n\n文字。\n',
  format: 'markdown',
  now: NOW,
  errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
});
invalid.push({
  name: 'markdown: 本报告统计数据时间为2023年。 could not be read',
  text: '# 某局2023年政府信息公开工作年度报告\n\n本报告统计数据时间为2023年。\n\n## 一、总体情况\n\n文字。\n',
  format: 'markdown',
  now: NOW,
  errors: [{ messageId: 'unread', severity: 'warn', line: 3, column: 4 }],
});
// Words that may name other things, then a count or a day, state no period: 'missing', not 'unread' (review).
for (const sentence of ['依申请公开数据统计：2023年共收到申请12件。', '统计时间：2024年1月15日。'])
  invalid.push({
    name: `markdown: ${sentence} is no period`,
    text: `# 某局2023年政府信息公开工作年度报告\n\n${sentence}\n\n## 一、总体情况\n\n文字。\n`,
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
  });

// A body pasted without its title and without a period (red-team review of the editors' page, 2026-12-05): the
// message said 应为 X年1月1日至12月31日, a placeholder an editor cannot act on. It names the report year in words.
const untitled = (period: string | null): string =>
  writeReport({ period, year: 2023 }, 'markdown').text.replace(/^#[^\n]*\n/, '');
invalid.push(
  {
    name: 'no title, no period',
    text: untitled(null),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'missingNoYear', line: 1, column: 1 }],
  },
  {
    name: 'no title, a period in words',
    text: untitled('本报告统计期限为上一年度全年。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'unreadNoYear', line: 2, column: 4 }],
  },
);

// A period stated by its end alone (red team F1, 2026-12-06): 31 December of the title's year is the annual
// report's period, not accused; any other end may be the day the figures were taken, so it is said to be unread,
// never 'missing'.
const preamble = (sentence: string, overview = '文字。'): string =>
  `# 某局2023年政府信息公开工作年度报告\n\n${sentence}\n\n## 一、总体情况\n\n${overview}\n`;
for (const sentence of [
  '本报告所列数据统计期限截至2023年12月31日。',
  '本报告中所列数据统计时间截至2023年12月31日。',
  '本报告所列数据统计截止时间为2023年12月31日。',
])
  valid.push({ name: `markdown: ${sentence}`, text: preamble(sentence), format: 'markdown', now: NOW });
for (const sentence of ['本报告所列数据统计期限截至2023年6月30日。', '本报告所列数据统计期限截至2022年12月31日。'])
  invalid.push({
    name: `markdown: ${sentence} could not be read`,
    text: preamble(sentence),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'unread', severity: 'warn', line: 3, column: 8, data: { year: 2023 } }],
  });
// A range read in full beside a period stated by its end alone (review4 F3, 2026-12-06): the end says nothing of
// the start, and another end is the day the figures were taken; the range read is accused as without them.
invalid.push(
  {
    name: 'markdown: 7月1日至12月31日 then 数据截至2023年12月31日: the start is still wrong',
    text: preamble('本报告所列数据的统计期限为2023年7月1日至2023年12月31日。报告中统计数据截至2023年12月31日。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'wrongStart', severity: 'error', line: 3 }],
  },
  {
    name: 'markdown: 1月1日至6月30日 then 数据统计截至2024年1月10日: the end is still wrong',
    text: preamble('本报告所列数据的统计期限为2023年1月1日至2023年6月30日。', '本报告数据统计截至2024年1月10日。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'wrongEnd', severity: 'error', line: 3 }],
  },
);
valid.push({
  name: 'markdown: a whole year read in full beside the day the figures were taken',
  text: preamble('本报告所列数据的统计期限为2023年1月1日至2023年12月31日。', '本报告数据统计截至2024年1月10日。'),
  format: 'markdown',
  now: NOW,
});
// 据统计 cites figures and names no period (red team F7): beside a statement that could not be read, its half year
// is no wrongEnd; alone, the report states no period.
invalid.push(
  {
    name: 'markdown: 据统计，2023年1月至6月… beside a period that could not be read',
    text: preamble('本报告所列数据统计期限为上一年度全年。', '据统计，2023年1月至6月，我局主动公开政府信息620条。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'unread', severity: 'warn', line: 3, column: 6 }],
  },
  {
    name: 'markdown: 根据统计数据，2023年1月1日至6月30日… is no period',
    text: preamble('本报告依据条例编制。', '根据统计数据，2023年1月1日至6月30日，门户网站访问量12万次。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
  },
);

testRule(rule, { valid, invalid });
