/** narrative-year: a phrase naming the report year by number must name the title's year (text left from last year). */
import rule from '../../src/rules/narrative-year.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import { LAYOUTS, formatOf, writeReport } from './support/report.js';

const valid: RuleTestCase[] = [];
const invalid: InvalidRuleTestCase[] = [];

// Comparisons, plans, other reports and sentences about two years name other years rightly.
const RIGHT = [
  '本年度（2023年），本局主动公开政府信息318条。',
  '主动公开政府信息318条，较2022年增长12%。',
  '与2022年全年相比，主动公开信息增加41条。',
  '2024年将进一步加强政策解读，丰富解读形式。',
  '按规定发布了2022年度政府信息公开工作年度报告。',
  '2022年共收到申请9件，2023年共收到申请14件。',
  '2019年以来，本局持续推进政务公开标准化建设。',
  '2022年全年收到申请9件，今年收到申请14件。',
];
// Phrases that speak of the report year as another year.
const STALE: Array<[string, string, number]> = [
  ['本年度（2022年），本局主动公开政府信息318条。', '本年度（2022年）', 2022],
  ['2022年度（本年度）本局共主动公开政府信息318条。', '2022年度（本年度）', 2022],
  ['2022年1-12月，本局共受理政务公开咨询57次。', '2022年1-12月', 2022],
  ['本年度即2024年，本局共主动公开政府信息318条。', '本年度即2024年', 2024],
];

for (const layout of LAYOUTS) {
  const fmt = formatOf(layout);
  RIGHT.forEach((sentence, i) =>
    valid.push({
      name: `${layout}: right ${i + 1}: ${sentence}`,
      text: writeReport({ overview: [sentence] }, layout).text,
      format: fmt,
    }),
  );
  for (const [sentence, anchor, stated] of STALE) {
    const doc = writeReport({ overview: [sentence] }, layout);
    invalid.push({
      name: `${layout}: ${sentence}`,
      text: doc.text,
      format: fmt,
      errors: [
        {
          messageId: 'otherYear',
          severity: 'warn',
          line: doc.lineOf(sentence),
          column: doc.columnOf(sentence, anchor),
          data: { stated, year: 2023 },
        },
      ],
    });
  }
  valid.push({
    name: `${layout}: a report on 2020 opening with 2020年`,
    text: writeReport({ year: 2020 }, layout).text,
    format: fmt,
  });
}

// The opening of 一、总体情况 speaks of the report year.
const opening = (first: string) =>
  ['# 某局2023年政府信息公开工作年度报告', '', '## 一、总体情况', '', first, '', '本局持续推进政务公开。', ''].join('\n');
invalid.push({
  name: 'markdown: the overview opens with last year',
  text: opening('2022年，本局认真贯彻《条例》，持续推进政务公开。'),
  format: 'markdown',
  errors: [{ messageId: 'otherYear', line: 5, column: 1, data: { stated: 2022, year: 2023 } }],
});
valid.push({
  name: 'markdown: the overview opens with the year of a document issued before',
  text: opening('2022年，中共中央办公厅、国务院办公厅印发《关于全面推进政务公开工作的意见》后，本局持续推进政务公开。'),
  format: 'markdown',
});
// The year of a document issued, published, handed down or revised (red team, 2026-12-05), not the report's.
for (const first of [
  '2022年，省政府印发《某某省政务公开规定》，我局严格贯彻执行。',
  '2022年，省政府办公厅发布《某某省政务公开规定》，我局认真抓好落实。',
  '2022年，市政府下达《政务公开工作考核办法》，我局认真抓好落实。',
  '2022年，《某某省政务公开规定》修订，我局严格贯彻执行。',
  '2022年，我局制定的《政务公开工作制度》在本年度继续有效运行。',
]) {
  valid.push({ name: `markdown: the overview opens with a document's year: ${first}`, text: opening(first), format: 'markdown' });
}
// The organ's own work after an event of its own is still its year.
invalid.push({
  name: 'markdown: the overview opens with last year and the organ’s own work',
  text: opening('2022年，本局在机构改革后，持续推进政务公开。'),
  format: 'markdown',
  errors: [{ messageId: 'otherYear', line: 5, column: 1, data: { stated: 2022, year: 2023 } }],
});
// An opening compared with the report year in a clause that opens the same way (red team rt9 NARR_prev_year_problems).
valid.push({
  name: 'markdown: the overview opens with last year compared with the report year',
  text: opening('2022年，本局共收到政府信息公开申请1874件；2023年，本局全年共收到政府信息公开申请2500件。'),
  format: 'markdown',
});
// A plan for the report year after it is no comparison: last year's text keeps last year's plans.
invalid.push({
  name: 'markdown: the overview opens with last year and a plan for the report year',
  text: opening('2022年，本局共收到政府信息公开申请1874件。2023年，本局将继续推进政务公开。'),
  format: 'markdown',
  errors: [{ messageId: 'otherYear', line: 5, column: 1, data: { stated: 2022, year: 2023 } }],
});
valid.push({
  name: 'markdown: the overview opens with the report year',
  text: opening('2023年，本局认真贯彻《条例》，持续推进政务公开。'),
  format: 'markdown',
});
valid.push({
  name: 'markdown: the overview opens with a comparison',
  text: opening('2022年以来，本局持续推进政务公开。'),
  format: 'markdown',
});
// The comparison and plan filter reads constructions, not characters (red team rtL F6): 将 used as 把, 比照, 较为, 较好,
// 比例, 将近 and 增加/减少 of a past action compare and plan nothing, and left last year's opening unreported.
for (const first of [
  '2022年，本局将政务公开纳入绩效考核，持续推进政务公开。',
  '2022年，本局比照上级要求完善了考核制度。',
  '2022年，本局政务公开工作较为扎实。',
  '2022年，本局增加了政务公开栏目。',
  '2022年，本局减少了纸质文件印发。',
  '2022年，本局政务公开工作取得较好成效。',
  '2022年，本局按比例抽查政务公开栏目。',
  '2022年，本局收到申请将近100件。',
]) {
  invalid.push({
    name: `markdown: the overview opens with last year: ${first}`,
    text: opening(first),
    format: 'markdown',
    errors: [{ messageId: 'otherYear', line: 5, column: 1, data: { stated: 2022, year: 2023 } }],
  });
}
// Real comparisons with last year and plans for the next still name those years rightly.
for (const first of [
  '2022年，本局共收到申请1874件，本年度增长至2500件。',
  '2022年，本局主动公开信息318条，本年度比上年增加41条。',
  '2022年，本局收到申请1874件，本年度同比下降12%。',
  '2022年，本局收到申请100件，本年度较上年有所增加。',
  '2022年，本局收到申请100件，本年度增加至120件。',
  '2022年，本局收到申请100件，与之相比本年度收到申请更多。',
  '2024年，我局将政务公开纳入年度考核。',
  '2024年，我局将把政务公开纳入考核。',
  '2024年，本局将于3月开展政务公开培训。',
  '2024年，本局将继续推进政务公开。',
  '2024年，本局计划开展政务公开培训3次。',
  '2024年，本局拟修订政务公开制度。',
  '2024年，本局即将上线新版政务公开平台。',
]) {
  valid.push({
    name: `markdown: the overview opens with a comparison or a plan: ${first}`,
    text: opening(first),
    format: 'markdown',
  });
}
// A year after the report year is never last year's text (red team rtV #9): a plan written without 将, in 五 or
// opening 一; an earlier year in the same words is still found.
const improvements = (sentence: string) =>
  [
    '# 某局2023年政府信息公开工作年度报告',
    '',
    '## 一、总体情况',
    '',
    '2023年，本局持续推进政务公开。',
    '',
    '## 五、存在的主要问题及改进情况',
    '',
    sentence,
    '',
  ].join('\n');
for (const sentence of [
  '2024年全年，我局重点抓好以下工作：一是丰富解读形式；二是加强业务培训。',
  '下一步，我局将重点做好以下工作。2024年全年，持续丰富解读形式，加强业务培训。',
  '2024年1-12月，重点做好政策解读工作。',
])
  valid.push({ name: `markdown: a plan for the next year: ${sentence}`, text: improvements(sentence), format: 'markdown' });
valid.push({
  name: 'markdown: the overview opens with the next year',
  text: opening('2024年，本局重点抓好以下工作。'),
  format: 'markdown',
});
invalid.push({
  name: 'markdown: 2022年全年 in 五 of a report on 2023',
  text: improvements('2022年全年，我局重点抓好以下工作：一是丰富解读形式；二是加强业务培训。'),
  format: 'markdown',
  errors: [{ messageId: 'otherYear', line: 9, column: 1, data: { stated: 2022, year: 2023 } }],
});
// The opening after a sub-heading of 一, and a year in Chinese numerals (red team rtV #15).
const headed = (...paragraphs: string[]) =>
  [
    '# 某局2023年政府信息公开工作年度报告',
    '',
    '## 一、总体情况',
    '',
    ...paragraphs.flatMap((p) => [p, '']),
    '## 二、主动公开政府信息情况',
    '',
  ].join('\n');
for (const [name, text, line, column] of [
  ['a sub-heading alone on its line', headed('（一）主动公开。', '2022年，我局认真贯彻落实《条例》，推进政务公开。'), 7, 1],
  ['a sub-heading as a markdown heading', headed('### （一）主动公开', '2022年，我局认真贯彻落实《条例》，推进政务公开。'), 7, 1],
  ['a sub-heading opening the line', headed('（一）主动公开。2022年，我局认真贯彻落实《条例》，推进政务公开。'), 5, 9],
  ['a year in Chinese numerals', headed('二〇二二年，我局认真贯彻落实《条例》，推进政务公开。'), 5, 1],
] as const)
  invalid.push({
    name: `markdown: the overview opens with last year after ${name}`,
    text,
    format: 'markdown',
    errors: [{ messageId: 'otherYear', line, column, data: { stated: 2022, year: 2023 } }],
  });
invalid.push({
  name: 'markdown: a year in Chinese numerals is quoted as written',
  text: headed('二〇二二年，我局认真贯彻落实《条例》。'),
  format: 'markdown',
  errors: [{ messageId: 'otherYear', line: 5, data: { phrase: '二〇二二年，我局认真贯彻落实《条例》。', stated: 2022 } }],
});
valid.push(
  {
    name: 'markdown: the second paragraph after a sub-heading is not the opening',
    text: headed('（一）主动公开。', '2023年，我局持续推进政务公开。', '2022年，我局获评政务公开先进单位。'),
    format: 'markdown',
  },
  {
    name: 'markdown: the report year in Chinese numerals after a sub-heading',
    text: headed('（一）主动公开。', '二〇二三年，我局认真贯彻落实《条例》，推进政务公开。'),
    format: 'markdown',
  },
);
valid.push({
  name: 'markdown: a later paragraph starting with another year is not the opening',
  text: [
    '# 某局2023年政府信息公开工作年度报告',
    '',
    '## 一、总体情况',
    '',
    '2023年，本局持续推进政务公开。',
    '',
    '2022年，本局获评政务公开先进单位。',
    '',
  ].join('\n'),
  format: 'markdown',
});

testRule(rule, { valid, invalid });
