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
  // 自…起，截至… is the report's own period when the sentence names the report (review7 F1).
  valid.push({
    name: `${layout}: 本报告自…起，截至…`,
    text: doc('本报告自2023年1月1日起，截至2023年12月31日。').text,
    format: fmt,
    now: NOW,
  });
  valid.push({
    name: `${layout}: 自…起，截至…，本报告所列数据统计完毕`,
    text: doc('自2023年1月1日起，截至2023年12月31日，本报告所列数据统计完毕。').text,
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

  // Full-width figures and full stops (red team rtX #15: the period was unread).
  valid.push({
    name: `${layout}: 统计期限为２０２３．１．１—２０２３．１２．３１`,
    text: doc('本报告中所列数据的统计期限为２０２３．１．１—２０２３．１２．３１。').text,
    format: fmt,
    now: NOW,
  });
  const halfDotted = doc('本报告统计期限为２０２３．１．１—２０２３．６．３０。');
  invalid.push({
    name: `${layout}: half a year in full-width figures and full stops`,
    text: halfDotted.text,
    format: fmt,
    now: NOW,
    errors: [
      {
        messageId: 'wrongEnd',
        line: halfDotted.lineOf('本报告统计期限'),
        column: halfDotted.columnOf('本报告统计期限', '２０２３'),
        data: { end: '2023年6月30日', year: 2023 },
      },
    ],
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
        // As the report writes it; ISO in English (rtL F11).
        data: { date: '2023年2月30日', date_en: '2023-02-30' },
      },
    ],
  });

  // Across the year's turn, ending in the report year: wrong start and end, no year mismatch naming 2022 (rtL F9).
  const acrossTurn = doc('本报告统计期限为2022年12月1日至2023年11月30日。');
  invalid.push({
    name: `${layout}: a period across the year's turn is a wrong start and end, not another year`,
    text: acrossTurn.text,
    format: fmt,
    now: NOW,
    errors: [
      { messageId: 'wrongEnd', line: acrossTurn.lineOf('本报告统计期限') },
      { messageId: 'wrongStart', line: acrossTurn.lineOf('本报告统计期限') },
    ],
  });

  // Two whole years: nothing wrong at either end, the other year is said.
  const twoYears = doc('本报告统计期限为2022年1月1日至2023年12月31日。');
  invalid.push({
    name: `${layout}: a period of two whole years names another year`,
    text: twoYears.text,
    format: fmt,
    now: NOW,
    errors: [
      { messageId: 'yearMismatch', line: twoYears.lineOf('本报告统计期限'), data: { periodYear: 2022, reportYear: 2023 } },
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
  // 统计口径 naming the report year, 开始…结束, quarters (red team rtV #1, #13: a false 'missing' error, 'unread').
  '本报告统计口径为2023年度。',
  '本报告数据统计口径为2023年度。',
  '本报告所列数据统计口径为2023年全年。',
  '本报告统计口径为2023年度，数据来源于各科室。',
  '本报告中所列数据统计期限从2023年1月1日开始，到2023年12月31日结束。',
  '统计期限为2023年第一季度至第四季度。',
  '统计期限为2023年一至四季度。',
  '统计期限为2023年第1季度至第4季度。',
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

  // Named, but in words no date can be read from: said so, as a warning, never 'missing'. So is 统计口径 naming another
  // year, or a year in words: a period named, not read (统计口径 may name a basis: 统计口径按2022年度标准), never
  // 'missing' nor another year accused (red team rtV #1).
  for (const [wording, from] of [
    ['统计期限为2023年上半年及下半年。', '统计期限'],
    ['本报告中所列数据的统计期限为上一年度全年。', '统计期限'],
    ['本报告统计口径为2022年度。', '统计口径'],
    ['本报告统计口径按2022年度标准执行。', '统计口径'],
    ['本报告数据统计口径为上一年度。', '数据统计'],
    ['本报告统计口径为本年度。', '统计口径'],
  ] as const) {
    const unread = doc(wording);
    const line = wording.slice(0, 6);
    invalid.push({
      name: `${layout}: ${wording} could not be read`,
      text: unread.text,
      format: format(layout),
      now: NOW,
      errors: [{ messageId: 'unread', severity: 'warn', line: unread.lineOf(line), column: unread.columnOf(line, from) }],
    });
  }
  // Quarters and 开始…结束 read: a part of the year is still a defect; 统计口径 naming whose figures states no period.
  for (const [wording, end, anchor = '2023'] of [
    ['统计期限为2023年第一季度至第三季度。', '2023年9月30日'],
    ['本报告中所列数据统计期限从2023年1月1日开始，到2023年11月30日结束。', '2023年11月30日'],
    // 统计口径 naming the year never vindicates a period stated in dates (review17 F4).
    ['本报告统计口径为2023年度，统计期限为2023年1月1日至2023年6月30日。', '2023年6月30日', '2023年1月1日'],
  ] as const) {
    const part = doc(wording);
    invalid.push({
      name: `${layout}: ${wording}`,
      text: part.text,
      format: format(layout),
      now: NOW,
      errors: [
        {
          messageId: 'wrongEnd',
          line: part.lineOf(wording),
          column: part.columnOf(wording, anchor),
          data: { end, year: 2023 },
        },
      ],
    });
  }
  invalid.push({
    name: `${layout}: 统计口径为本机关及所属单位 states no period`,
    text: doc('本报告统计口径为本机关及所属单位。').text,
    format: format(layout),
    now: NOW,
    errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
  });
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

// The report's period stated by what its figures cover, beside other ranges (red team rtK F0, 2026-12-06): an
// activity's figures (经统计、据不完全统计、经初步统计…), a publication window, a reorganisation are not the period.
const STATED_PERIODS = [
  '本报告所列数据统计截至2023年12月31日。',
  '本报告数据统计时间截至2023年12月31日。',
  '本报告中所列数据的统计期限为2023年1月1日至2023年12月31日。',
  '本报告统计期限以公历年度计。',
];
const OTHER_RANGES: Array<{ where: 'period' | 'overview' | 'other'; sentence: string }> = [
  { where: 'overview', sentence: '经统计，2023年1月1日至6月30日，我委门户网站访问量达12.3万人次。' },
  { where: 'overview', sentence: '据不完全统计，2023年3月至12月，共发布信息1,234条。' },
  { where: 'overview', sentence: '经初步统计，2023年4月1日至2023年9月30日，政务新媒体发布信息517条。' },
  { where: 'overview', sentence: '2023年5月至8月，全县政务数据共享平台新增数据集86个。' },
  { where: 'period', sentence: '本报告于2024年1月10日至1月15日在门户网站进行了公示。' },
  { where: 'period', sentence: '门户网站于2023年10月至12月改版升级。' },
  { where: 'period', sentence: '我分局于2023年3月1日至2023年12月31日由两个分局整合组建。' },
  { where: 'other', sentence: '经统计，2023年1月至11月，我局共完成工作要点任务46项。' },
  { where: 'overview', sentence: '政府数据开放平台自2022年5月1日起，截至2023年12月31日累计开放数据集120个。' },
];
for (const layout of ['markdown', 'lines', 'html'] as const)
  for (const stated of STATED_PERIODS)
    for (const { where, sentence } of OTHER_RANGES)
      valid.push({
        name: `${layout}: ${stated} beside ${sentence}`,
        text: writeReport(
          {
            year: 2023,
            period: where === 'period' ? stated + sentence : stated,
            ...(where === 'overview' ? { overview: [sentence] } : {}),
            ...(where === 'other' ? { other: ['本年度未收取信息处理费。', sentence] } : {}),
          },
          layout,
        ).text,
        format: format(layout),
        now: NOW,
      });
// The one sentence holding both: the range after the period's end is the publication's.
valid.push({
  name: 'markdown: 所列数据统计截至2023年12月31日，本报告于…公示 in one sentence',
  text: preamble('本报告所列数据统计截至2023年12月31日，本报告于2024年1月10日至1月15日在门户网站进行了公示。'),
  format: 'markdown',
  now: NOW,
});
// Defects beside the same ranges are still found, at the statement and only there.
for (const { where, sentence } of OTHER_RANGES) {
  const spec = (period: string): ReportSpec => ({
    year: 2023,
    period: where === 'period' ? period + sentence : period,
    ...(where === 'overview' ? { overview: [sentence] } : {}),
    ...(where === 'other' ? { other: ['本年度未收取信息处理费。', sentence] } : {}),
  });
  const half = writeReport(spec('本报告所列数据的统计期限为2023年1月1日至2023年6月30日。'), 'markdown');
  invalid.push({
    name: `markdown: a half year beside ${sentence}`,
    text: half.text,
    format: 'markdown',
    now: NOW,
    errors: [
      {
        messageId: 'wrongEnd',
        line: half.lineOf('本报告所列数据'),
        column: half.columnOf('本报告所列数据', '2023'),
        data: { end: '2023年6月30日', year: 2023 },
      },
    ],
  });
  const other = writeReport(spec('本报告统计期限按2022年度计算。'), 'markdown');
  invalid.push({
    name: `markdown: 按2022年度计算 in a 2023 report beside ${sentence}`,
    text: other.text,
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'yearMismatch', line: other.lineOf('本报告统计期限'), data: { periodYear: 2022, reportYear: 2023 } }],
  });
  // An end on another day beside them: the day the figures were taken, said to be unread, nothing accused.
  const taken = writeReport(spec('本报告数据统计截至2024年1月10日。'), 'markdown');
  invalid.push({
    name: `markdown: 数据统计截至2024年1月10日 beside ${sentence}`,
    text: taken.text,
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'unread', severity: 'warn', line: taken.lineOf('本报告数据统计') }],
  });
}
// A bare whole year in the preamble beside other ranges after period words: one correct statement is enough.
for (const sentence of [
  '报告期内，2023年3月至5月开展政务公开专项检查，共检查网站27个。',
  '统计期限内，2023年3月至5月开展政务公开专项检查，共检查网站27个。',
  '依申请公开统计数据：2023年3月至5月受理申请12件。',
])
  valid.push({
    name: `markdown: 2023年1月1日至2023年12月31日 beside ${sentence}`,
    text: preamble('2023年1月1日至2023年12月31日，本局政务公开工作情况如下。', sentence),
    format: 'markdown',
    now: NOW,
  });
// A whole year of an activity's figures (据不完全统计…) does not make a half-year period right.
invalid.push({
  name: 'markdown: 零时…二十四时 of a half year beside 据不完全统计，2023年1月至12月…',
  text: preamble(
    '本报告统计期限自2023年1月1日零时起至2023年6月30日二十四时止。',
    '据不完全统计，2023年1月至12月，共发布信息1,234条。',
  ),
  format: 'markdown',
  now: NOW,
  errors: [{ messageId: 'wrongEnd', line: 3, column: 9, data: { end: '2023年6月30日', year: 2023 } }],
});
// Within the period (报告期内, 统计期限内) dates an activity, not the period.
valid.push({
  name: 'markdown: 所列数据统计截至2023年12月31日 beside 报告期内，2023年3月至5月…',
  text: preamble('本报告所列数据统计截至2023年12月31日。', '报告期内，2023年3月至5月开展政务公开专项检查。'),
  format: 'markdown',
  now: NOW,
});
// A count up to a day cited from statistics is no period's end: the report states none.
invalid.push({
  name: 'markdown: 据不完全统计截至2023年12月31日… is no period',
  text: preamble('本报告依据条例编制。', '据不完全统计截至2023年12月31日我局共发布信息1,234条。'),
  format: 'markdown',
  now: NOW,
  errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
});
// No period at all beside an activity's figures: 'missing', not the activity's range (rtK F0b).
invalid.push({
  name: 'markdown: 经统计，2023年1月1日至6月30日… is no period',
  text: preamble('本报告依据条例编制。', '经统计，2023年1月1日至6月30日，我委门户网站访问量达12.3万人次。'),
  format: 'markdown',
  now: NOW,
  errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
});

// No period beside a campaign's own 统计时间 in 总体情况 (rtL F7): the activity's span is no period, 'missing'.
for (const sentence of [
  '2023年，本局开展政务公开数据统计专项整治，统计时间为2023年3月1日至2023年6月30日，将政务公开纳入绩效考核。',
  '统计时间为2023年3月1日至2023年5月31日的专项检查中发现问题3个。',
])
  invalid.push({
    name: `markdown: ${sentence} in 总体情况 is no period`,
    text: preamble('本报告依据条例编制。', sentence),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
  });
// The campaign's span a whole year is enough; a clause with a subject of its own after the activity, or the same
// sentence in the preamble, is the report's statement and is judged.
valid.push({
  name: 'markdown: 开展…专项整治，统计时间为2023年1月1日至2023年12月31日 in 总体情况',
  text: preamble('本报告依据条例编制。', '本局开展政务公开数据统计专项整治，统计时间为2023年1月1日至2023年12月31日。'),
  format: 'markdown',
  now: NOW,
});
invalid.push(
  {
    name: 'markdown: 开展专项检查3次，本局数据统计时间为…11月30日 in 总体情况',
    text: preamble('本报告依据条例编制。', '开展专项检查3次，本局数据统计时间为2023年1月1日至2023年11月30日。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'wrongEnd', line: 7, column: 19, data: { end: '2023年11月30日', year: 2023 } }],
  },
  {
    name: 'markdown: 开展…专项整治，统计时间为…6月30日 in the preamble',
    text: preamble('本局开展政务公开数据统计专项整治，统计时间为2023年3月1日至2023年6月30日。'),
    format: 'markdown',
    now: NOW,
    errors: [
      { messageId: 'wrongEnd', line: 3, column: 23, data: { end: '2023年6月30日', year: 2023 } },
      { messageId: 'wrongStart', line: 3, column: 23, data: { start: '2023年3月1日', year: 2023 } },
    ],
  },
);

// A running total since a day (自…起，截至…累计) is no period (review6 F7): the report states none.
for (const overview of [false, true]) {
  const sentence = '政府数据开放平台自2022年5月1日起，截至2023年12月31日累计开放数据集120个。';
  invalid.push({
    name: `markdown: ${sentence} in ${overview ? '总体情况' : 'the preamble'} is no period`,
    text: overview ? preamble('本报告依据条例编制。', sentence) : preamble(sentence),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
  });
}

// The whole year opening 总体情况 without 统计 words, beside an activity's span after words of statistics in the body
// (review6 F1): the activity's span is not the report's statement, and the whole year is enough.
const OPENING = '2023年1月1日至2023年12月31日，本局按照“应公开、尽公开”的要求推进政务公开。';
for (const layout of ['markdown', 'lines', 'html'] as const)
  for (const overview of [
    [OPENING, '开展依申请公开数据统计，2023年3月1日至2023年5月31日本局收到政府信息公开申请7件。'],
    [`${OPENING}统计时间为2023年3月1日至2023年5月31日的专项检查中发现问题3个。`],
    ['本报告所列内容时间为2023年1月1日至2023年12月31日。平台统计数据：2023年3月1日至2023年5月31日访问量12万次。'],
  ])
    valid.push({
      name: `${layout}: ${overview.join('')} in 总体情况`,
      text: writeReport({ year: 2023, period: null, overview }, layout).text,
      format: format(layout),
      now: NOW,
    });
// The report's own statement stays the one judged: in the preamble, or with 所列数据 in the body.
const ownHalf = writeReport(
  { year: 2023, period: '本报告统计期限为2023年1月1日至2023年6月30日。', overview: [OPENING] },
  'markdown',
);
invalid.push(
  {
    name: 'markdown: 统计期限为…6月30日 in the preamble beside the whole year opening 总体情况',
    text: ownHalf.text,
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'wrongEnd', line: ownHalf.lineOf('本报告统计期限'), data: { end: '2023年6月30日', year: 2023 } }],
  },
  {
    name: 'markdown: 所列数据统计截至2023年6月30日 in 总体情况 beside the whole year',
    text: preamble('本报告依据条例编制。', `${OPENING}本报告所列数据统计截至2023年6月30日。`),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'unread', severity: 'warn', line: 7 }],
  },
);
// An activity's cited figures or running total is never accused as the period: alone, the report states none.
const NOT_A_PERIOD = [
  '据统计，2023年1月至6月，我局主动公开政府信息620条。',
  '政府数据开放平台自2022年5月1日起至2023年12月31日累计开放数据集120个。',
  // 自…起，截至… from another day, over years, or before 累计: a running total (review8 F1).
  '自2016年1月1日起，截至2023年12月31日，本机关共公开政府信息4321条。',
  '自2023年3月1日起，截至2023年12月31日，政务服务平台共发布信息88条。',
  '自2023年1月1日起，截至2023年12月31日，政务服务平台累计发布信息88条。',
];
for (const sentence of NOT_A_PERIOD)
  invalid.push({
    name: `markdown: ${sentence} in the preamble is no period`,
    text: preamble(sentence),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
  });

/** A compliant 2023 report stating its period with `sentence`, in Markdown, one cell a line and HTML: no finding. */
function validInEveryLayout(sentence: string): void {
  for (const layout of ['markdown', 'lines', 'html'] as const)
    valid.push({
      name: `${layout}: ${sentence}`,
      text: writeReport({ year: 2023, period: sentence }, layout).text,
      format: format(layout),
      now: NOW,
    });
}

// The period named as the calendar year (red team rtK F7): the title's year, or the year it names.
[
  '本报告中所列数据统计期限以公历年度计。',
  '本报告统计期限按2023年度计算。',
  '本报告所列数据统计时间以自然年度计。',
  '本报告所列数据的统计期限按公历年度计算。',
  '本报告所列数据以公历年度计。',
  '本报告统计期限以2023年计。',
  '本报告统计期限为一个自然年度。',
  // The report's figures given a year without 统计期限 words (review6): the whole year.
  '本报告所列数据以2023年度计。',
  '本报告数据以2023年度计。',
  '本报告数据统计以2023年度计。',
].forEach(validInEveryLayout);
invalid.push(
  {
    name: 'markdown: 统计期限按2022年度计算 in a 2023 report',
    text: preamble('本报告统计期限按2022年度计算。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'yearMismatch', line: 3, column: 4, data: { periodYear: 2022, reportYear: 2023 } }],
  },
  {
    name: 'markdown: 所列数据以2022年度计 in a 2023 report',
    text: preamble('本报告所列数据以2022年度计。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'yearMismatch', line: 3, column: 4, data: { periodYear: 2022, reportYear: 2023 } }],
  },
  {
    name: "markdown: 平台数据以2023年度计 is no statement of the report's period",
    text: preamble('政务数据开放平台数据以2023年度计。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
  },
  {
    name: 'no title: 统计期限以公历年度计 could not be checked',
    text: untitled('本报告统计期限以公历年度计。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'unreadNoYear', severity: 'warn', line: 2, column: 4 }],
  },
  {
    name: 'markdown: 统计范围为2024年1月1日以来 could not be read (a statement, never missing)',
    text: preamble('本报告数据统计范围为2023年1月1日以来。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'unread', severity: 'warn', line: 3 }],
  },
);

// The calendar year's words beside dates of their own (review6 F2): the dates written are the period, 公历年度 says only
// its kind. Last year's sentence copied, or a half year, is found as it is without those words.
invalid.push(
  {
    name: 'markdown: 按自然年度计算，即2022年1月1日至2022年12月31日 in a 2023 report',
    text: preamble('本报告统计期限按自然年度计算，即2022年1月1日至2022年12月31日。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'yearMismatch', line: 3, column: 17, data: { periodYear: 2022, reportYear: 2023 } }],
  },
  {
    name: 'markdown: 统计期限以公历年度计，为2022年1月1日至2022年12月31日 in a 2023 report',
    text: preamble('本报告所列数据统计期限以公历年度计，为2022年1月1日至2022年12月31日。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'yearMismatch', line: 3, column: 20, data: { periodYear: 2022, reportYear: 2023 } }],
  },
  {
    name: 'markdown: 统计期限为公历年度，自2023年1月1日至2023年6月30日',
    text: preamble('本报告统计期限为公历年度，自2023年1月1日至2023年6月30日。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'wrongEnd', line: 3, column: 15, data: { end: '2023年6月30日', year: 2023 } }],
  },
  {
    name: "markdown: 统计期限为公历年度，即2022年度 could not be read (another year than the title's)",
    text: preamble('本报告统计期限为公历年度，即2022年度。'),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'unread', severity: 'warn', line: 3, column: 4 }],
  },
);
['本报告2023年度所列数据统计期限以公历年度计。', '本报告统计期限为公历年度，即2023年1月1日至2023年12月31日。'].forEach(
  validInEveryLayout,
);

// Hours at the bounds (red team rtK F5): 零时…二十四时, 0时0分0秒, 00:00—24:00.
[
  '报告中所列数据的统计期限自2023年1月1日零时起至2023年12月31日二十四时止。',
  '统计期限为2023年1月1日0时0分0秒至2023年12月31日24时0分0秒。',
  '统计期限为2023年1月1日00:00—2023年12月31日24:00。',
  '统计期限为2023年1月1日 0:00 至 2023年12月31日 24:00。',
  '统计期限为2023年1月1日零点至12月31日二十四点。',
  '统计期限自2023年1月1日起截至2023年12月31日。',
  '统计期限自2023年1月1日起，截至2023年12月31日止。',
].forEach(validInEveryLayout);
const halfHours = writeReport({ year: 2023, period: '统计期限自2023年1月1日零时起至2023年6月30日二十四时止。' }, 'markdown');
invalid.push({
  name: 'markdown: 零时…二十四时 of a half year',
  text: halfHours.text,
  format: 'markdown',
  now: NOW,
  errors: [
    {
      messageId: 'wrongEnd',
      line: halfHours.lineOf('统计期限自'),
      column: halfHours.columnOf('统计期限自', '2023'),
      data: { end: '2023年6月30日', year: 2023 },
    },
  ],
});

// 自…起，截至… from 1 January to a day of that year is the year's span, not a running total (review8 F1: a false
// 'missing'); from another day, over years, or before 累计 it is one, and no period.
[
  '自2023年1月1日起，截至2023年12月31日，本机关共收到政府信息公开申请37件。',
  '本年度自2023年1月1日起，截至2023年12月31日，本机关共收到政府信息公开申请37件。',
].forEach(validInEveryLayout);
// The three running totals so written are with the preamble's other non-periods above (NOT_A_PERIOD).
invalid.push({
  name: 'markdown: 自2023年1月1日起，截至2023年6月30日 in the preamble is a half year',
  text: preamble('自2023年1月1日起，截至2023年6月30日，本机关共收到政府信息公开申请37件。'),
  format: 'markdown',
  now: NOW,
  errors: [{ messageId: 'wrongEnd', line: 3, column: 2, data: { end: '2023年6月30日', year: 2023 } }],
});

// 公历年度 beside a year that names no period, a law's revision or the day of publication (review8 F4: unread).
[
  '根据2019年修订的《中华人民共和国政府信息公开条例》要求，本报告所列数据统计期限为公历年度。',
  '本报告所列数据统计期限为公历年度，报告电子版于2024年1月20日在本机关门户网站公布。',
  '本报告所列数据统计期限以公历年度计，本报告2024年1月18日印发。',
].forEach(validInEveryLayout);
invalid.push({
  name: 'markdown: 2019年修订的《条例》 and 统计期限为公历年度，即2022年度 could not be read',
  text: preamble('根据2019年修订的《条例》，本报告统计期限为公历年度，即2022年度。'),
  format: 'markdown',
  now: NOW,
  errors: [{ messageId: 'unread', severity: 'warn', line: 3 }],
});

// 统计时间为…/统计期间为… standing alone in 总体情况 is the report's statement: a whole-year range of an activity does not
// excuse it (review8 F6); a sentence about an activity (专项检查) dates that activity.
const WHOLE_YEAR_ACTIVITY = '2023年1月1日至2023年12月31日，全局共办理政务服务事项3456件。';
for (const [sentence, end] of [
  ['统计时间为2023年1月1日至2023年6月30日。', '2023年6月30日'],
  ['统计期间为2023年1月1日至2023年11月30日。', '2023年11月30日'],
] as const)
  invalid.push({
    name: `markdown: ${sentence} in 总体情况 beside an activity's whole year`,
    text: preamble('本报告依据条例编制。', `${sentence}${WHOLE_YEAR_ACTIVITY}`),
    format: 'markdown',
    now: NOW,
    errors: [{ messageId: 'wrongEnd', line: 7, column: 6, data: { end, year: 2023 } }],
  });
valid.push({
  name: 'markdown: 开展政务公开专项检查，统计时间为…5月31日 in 总体情况 beside the whole year',
  text: preamble('本报告依据条例编制。', `${WHOLE_YEAR_ACTIVITY}开展政务公开专项检查，统计时间为2023年3月1日至2023年5月31日。`),
  format: 'markdown',
  now: NOW,
});

// A website's, an account's, a system's or a half year's own 统计时间 in 总体情况 gives that thing's figures: where the
// preamble states no period, the report states none (review11 P2: not 「统计期限至…结束」).
for (const layout of ['markdown', 'lines', 'html'] as const)
  for (const sentence of [
    '镇政府网站总访问量120305次，统计时间为2023年1月1日至2023年11月30日。',
    '“某某发布”公众号关注人数3056人，统计期间为2023年1月1日至2023年11月30日。',
    '上半年（统计时间为2023年1月1日至2023年6月30日）共发布信息420条。',
    '网站统计系统的统计周期为2023年1月1日至2023年12月20日，共记录访问量12万次。',
  ])
    invalid.push({
      name: `${layout}: ${sentence} in 总体情况 is no period`,
      text: writeReport({ year: 2023, period: null, overview: [sentence] }, layout).text,
      format: format(layout),
      now: NOW,
      errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
    });

// A web page of the report's pages as pictures, only its title and 发布日期 in text (rtW #3): the period may stand in a
// picture; the pictures are said by unreadable-content, and no period is said missing. A page with text where section
// 一 stands and no period is still told so.
const pictured = (overview: string): string =>
  [
    '<html><body><h1>江州市生态环境局2023年政府信息公开工作年度报告</h1><p>发布日期：2024-01-20</p>',
    overview,
    '<h2>二、主动公开政府信息情况</h2><img src="p2.png"><h2>三、收到和处理政府信息公开申请情况</h2><img src="p3.png">',
    '</body></html>',
  ].join('');
valid.push({
  name: 'html: section 一 a picture, no period in text',
  text: pictured('<img src="p1.png">'),
  format: 'html',
  now: NOW,
});
invalid.push({
  name: 'html: a picture for the heading of 一 only, its text read after it without a period (review17 F6)',
  text: pictured('<p><img src="banner.png"></p><p>2023年，本局全面推进政务公开，主动公开信息326条。</p>'),
  format: 'html',
  now: NOW,
  errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
});
invalid.push({
  name: 'html: section 一 in text without a period, the later sections pictures',
  text: pictured('<h2>一、总体情况</h2><p>2023年，本局全面推进政务公开，主动公开信息326条。</p>'),
  format: 'html',
  now: NOW,
  errors: [{ messageId: 'missing', line: 1, column: 1, data: { year: 2023 } }],
});

testRule(rule, { valid, invalid });
