/** fee-statement: a 信息处理费 statement in section 六 that agrees with table 三 row （六）2 (docs/domain.md "Fees"). */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import rule from '../../src/rules/fee-statement.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import {
  LAYOUTS,
  consistentApplications,
  formatOf,
  writeDocx,
  recompute,
  writeReport,
  type ReportSpec,
} from './support/report.js';

const format = formatOf;
const ROW = '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用';

/** Table 三 with （六）2 = 2 (two applicants given a fee notice did not pay), every identity still holding. */
const twoUnpaid = (() => {
  const values = consistentApplications();
  values['other.2'] = [1, 0, 1, 0, 0, 0];
  return recompute(values);
})();

const valid: RuleTestCase[] = [];
const invalid: InvalidRuleTestCase[] = [];

for (const layout of LAYOUTS) {
  const doc = (spec: ReportSpec) => writeReport(spec, layout);
  const fmt = format(layout);
  const paid = (other: string[]) => doc({ applications: twoUnpaid, other });

  valid.push({
    name: `${layout}: none charged, none owed`,
    text: doc({ other: ['本机关本年度未收取信息处理费。'] }).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: 未发生收费情况 without the word 信息处理费`,
    text: doc({ other: ['本年度政府信息公开未发生收费情况。'] }).text,
    format: fmt,
  });
  for (const sentence of ['本机关依申请公开政府信息不收费。', '本年度依申请公开均为无偿提供。', '本年度未发生收费行为。']) {
    valid.push({
      name: `${layout}: nothing charged in general words: ${sentence}`,
      text: doc({ other: [sentence] }).text,
      format: fmt,
    });
  }
  // More words for none charged (red team F6, 2026-12-06): read as a statement, not an unclassified mention.
  for (const sentence of [
    '本机关本年度未有收取信息处理费的情况。',
    '本年度无涉及信息处理费的情况。',
    '本年度不存在政府信息公开收费情况。',
    '本年度依申请公开工作中无需收取信息处理费。',
    '本年度收取信息处理费〇元。',
    // A denial of notices then a conjunction (review8 F3: unclassified).
    '本年度未发出收费通知和收取信息处理费。',
    '本年度没有发出收费通知书并收取信息处理费的情况。',
    '本年度未发出收费通知书或收取信息处理费。',
  ])
    valid.push({ name: `${layout}: none charged: ${sentence}`, text: doc({ other: [sentence] }).text, format: fmt });
  valid.push({
    name: `${layout}: all but two sent no notice, （六）2 = 2`,
    text: paid(['本年度除2件申请外，其余申请均未发出收费通知，实际收取信息处理费0元。']).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: two notices, nothing collected, （六）2 = 2`,
    text: paid(['本年度发出收费通知2件，申请人均未缴纳，实际收取信息处理费0元。']).text,
    format: fmt,
  });

  const alone = paid(['本机关未收取信息处理费。']);
  invalid.push({
    name: `${layout}: 未收取 alone with （六）2 = 2 is a warning`,
    text: alone.text,
    format: fmt,
    errors: [
      {
        messageId: 'noticesNotMentioned',
        severity: 'warn',
        line: alone.lineOf('本机关未收取'),
        column: alone.columnOf('本机关未收取'),
        data: { count: 2, row: ROW },
      },
    ],
  });

  const none = paid(['本机关未发出收费通知，未收取信息处理费。']);
  invalid.push({
    name: `${layout}: 未发出收费通知 with （六）2 = 2 is an error`,
    text: none.text,
    format: fmt,
    errors: [
      {
        messageId: 'noNoticeContradiction',
        severity: 'error',
        line: none.lineOf('本机关未发出'),
        column: none.columnOf('本机关未发出'),
        data: { count: 2 },
      },
    ],
  });

  const one = paid(['本年度发出收费通知1件，实际收取信息处理费0元。']);
  invalid.push({
    name: `${layout}: one notice with （六）2 = 2 is an error`,
    text: one.text,
    format: fmt,
    errors: [
      {
        messageId: 'tooFewNotices',
        severity: 'error',
        line: one.lineOf('本年度发出收费通知1件'),
        column: one.columnOf('本年度发出收费通知1件'),
        data: { notices: 1, count: 2 },
      },
    ],
  });

  // The same in OCR's reading of a scan (phrases split by a blank, brackets of two kinds: reading.ocrText): either
  // count may be a digit misread, so it is said unconfirmed, never an error (red team rtR, common root cause).
  const ocr = doc({
    applications: twoUnpaid,
    other: ['本年度发出收费通知1件，实际收取信息处理费0元。'],
    overview: [
      '(一 ) 主动公开。按国办公开办函【2021] 30号推进政府信 息公开。',
      '(二 ) 依申请公开。落实国办发【2022] 14号，做好政府信 息公开。',
    ],
  });
  invalid.push({
    name: `${layout}: one notice with （六）2 = 2 in OCR text is a warning`,
    text: ocr.text,
    format: fmt,
    errors: [
      {
        messageId: 'noticesOcr',
        severity: 'warn',
        line: ocr.lineOf('本年度发出收费通知1件'),
        column: ocr.columnOf('本年度发出收费通知1件'),
        data: { notices: 1, count: 2 },
      },
    ],
  });

  const silent = paid(['本机关无其他需要报告的事项。']);
  invalid.push({
    name: `${layout}: no statement at all is an error`,
    text: silent.text,
    format: fmt,
    errors: [{ messageId: 'missing', severity: 'error', line: silent.lineOf('六、其他需要报告的事项') }],
  });

  const vague = doc({ other: ['本机关严格执行《政府信息公开信息处理费管理办法》。'] });
  invalid.push({
    name: `${layout}: a sentence that names the fee but states nothing classifiable is a warning, never "missing"`,
    text: vague.text,
    format: fmt,
    errors: [
      {
        messageId: 'unclassified',
        severity: 'warn',
        line: vague.lineOf('本机关严格执行'),
        column: vague.columnOf('本机关严格执行'),
        data: { text: '本机关严格执行《政府信息公开信息处理费管理办法》。' },
      },
    ],
  });

  // OCR misreads one character of the fee's name (处埋, 处理赞, a character lost): the sentence speaks of the fee, and
  // what it says cannot be read, so the rule says that, never "missing".
  for (const sentence of [
    '本机关未收取信息处埋费。',
    '本机关未收取信息处理赞。',
    '本年度未收取佶息处理费。',
    '本机关未收取信息处费。',
  ]) {
    const misread = doc({ other: [sentence] });
    invalid.push({
      name: `${layout}: the fee's name misread by one character (${sentence}) is unclassified, never missing`,
      text: misread.text,
      format: fmt,
      errors: [
        {
          messageId: 'unclassified',
          severity: 'warn',
          line: misread.lineOf(sentence.slice(0, 4)),
          column: misread.columnOf(sentence.slice(0, 4)),
          data: { text: sentence },
        },
      ],
    });
  }
  // 信息处理 is also the start of other words: without charging words, 信息处理能力 is no fee, and the fee is missing.
  const capacity = doc({ other: ['本机关将进一步提升信息处理能力。'] });
  invalid.push({
    name: `${layout}: 信息处理能力 is not the fee misread`,
    text: capacity.text,
    format: fmt,
    errors: [{ messageId: 'missing', severity: 'error', line: capacity.lineOf('六、其他需要报告的事项') }],
  });

  const early = doc({ overview: ['本机关未收取信息处理费。'], other: ['本机关无其他需要报告的事项。'] });
  invalid.push({
    name: `${layout}: a statement in 一、总体情况 is a warning`,
    text: early.text,
    format: fmt,
    errors: [
      {
        messageId: 'outsideSection',
        severity: 'warn',
        line: early.lineOf('本机关未收取'),
        column: early.columnOf('本机关未收取'),
        data: { section: '一、总体情况' },
      },
    ],
  });

  // The same in a report numbering its sections （一）…（六） (review5 F8: no section was placed, the warning was lost).
  for (const headingsAs of [undefined, 'bold', 'plain'] as const) {
    const paren = doc({
      parenNumbers: true,
      headingsAs,
      overview: ['本机关未收取信息处理费。'],
      other: ['本机关无其他需要报告的事项。'],
    });
    invalid.push({
      name: `${layout}: a statement in （一）总体情况 (headings as ${headingsAs ?? 'headings'}) is a warning`,
      text: paren.text,
      format: fmt,
      errors: [
        {
          messageId: 'outsideSection',
          severity: 'warn',
          line: paren.lineOf('本机关未收取'),
          column: paren.columnOf('本机关未收取'),
          data: { section: '（一）总体情况' },
        },
      ],
    });
    valid.push({
      name: `${layout}: （一）…（六） as ${headingsAs ?? 'headings'}, the statement in （六）`,
      text: doc({ parenNumbers: true, headingsAs }).text,
      format: fmt,
    });
  }

  // The count of notices in the words real reports use: before or after 收费通知, of applications or applicants.
  for (const sentence of [
    '本年度发出2份信息处理费收费通知，实际收取0元。',
    '本年度收费通知发出2件，实际收取信息处理费0元。',
    '本年度共对2件申请发出收费通知，实际收取信息处理费0元。',
  ])
    valid.push({ name: `${layout}: （六）2 = 2 and ${sentence}`, text: paid([sentence]).text, format: fmt });
  // Notices to so many applicants (名, 位) say notices were issued, not how many: two applicants may have had three
  // applications. Neither too few notices nor notices unmentioned (review, 2026-12-05: a false tooFewNotices).
  for (const sentence of [
    '本年度向1名申请人发出收费通知，申请人逾期未缴纳，实际收取信息处理费0元。',
    '本年度共对1位申请人发出信息处理费收费通知，实际收取信息处理费0元。',
  ])
    valid.push({ name: `${layout}: （六）2 = 2 and ${sentence}`, text: paid([sentence]).text, format: fmt });
  // A count after a colon or a title mark (red team rtF, 2026-12-06: too few notices so written were not seen).
  for (const [sentence, start] of [
    ['本年度发出收费通知：1件，实际收取信息处理费0元。', '本年度发出收费通知：1件'],
    ['本年度发出《收费通知书》1份，实际收取信息处理费0元。', '本年度发出《收费通知书》1份'],
  ] as const) {
    const written = paid([sentence]);
    invalid.push({
      name: `${layout}: ${sentence} with （六）2 = 2 is an error`,
      text: written.text,
      format: fmt,
      errors: [{ messageId: 'tooFewNotices', severity: 'error', line: written.lineOf(start), data: { notices: 1, count: 2 } }],
    });
  }
  valid.push({
    name: `${layout}: （六）2 = 2 and 发出收费通知：2件`,
    text: paid(['本年度发出收费通知：2件，实际收取信息处理费0元。']).text,
    format: fmt,
  });
  const oneApplication = paid(['本年度共对1件申请发出收费通知，实际收取信息处理费0元。']);
  invalid.push({
    name: `${layout}: notices for one application with （六）2 = 2 is an error`,
    text: oneApplication.text,
    format: fmt,
    errors: [
      { messageId: 'tooFewNotices', severity: 'error', line: oneApplication.lineOf('本年度共对1件'), data: { notices: 1 } },
    ],
  });
  // Notices said to be issued without their number, in a sentence of their own: mentioned (review, 2026-12-05).
  valid.push({
    name: `${layout}: （六）2 = 2, 本年度向2名申请人发出收费通知。 then 未收取`,
    text: paid(['本年度向2名申请人发出收费通知。申请人均未缴费，本机关未收取信息处理费。']).text,
    format: fmt,
  });
  // Last December's notice is last year's: this year's are not mentioned (a warning, never too few).
  const lastDecember = paid(['2022年12月向申请人发出收费通知1件，申请人逾期未缴费，本机关未收取信息处理费。']);
  invalid.push({
    name: `${layout}: a notice of 2022年12月 with （六）2 = 2 mentions no notice of this year`,
    text: lastDecember.text,
    format: fmt,
    errors: [{ messageId: 'noticesNotMentioned', severity: 'warn', line: lastDecember.lineOf('2022年12月') }],
  });
  // A month range of another year ties its count; this year's one notice is too few.
  const byMonths = paid(['2022年1月至12月共发出收费通知5件，2023年1月至12月共发出收费通知1件，均未收取信息处理费。']);
  invalid.push({
    name: `${layout}: 2022年1月至12月…5件，2023年1月至12月…1件 with （六）2 = 2 is too few`,
    text: byMonths.text,
    format: fmt,
    errors: [{ messageId: 'tooFewNotices', severity: 'error', line: byMonths.lineOf('2022年1月'), data: { notices: 1 } }],
  });
  // 未向任何申请人发出收费通知 denies every notice.
  const noneToAny = paid(['本机关未向任何申请人发出收费通知，未收取信息处理费。']);
  invalid.push({
    name: `${layout}: 未向任何申请人发出收费通知 with （六）2 = 2 is a contradiction`,
    text: noneToAny.text,
    format: fmt,
    errors: [{ messageId: 'noNoticeContradiction', severity: 'error', line: noneToAny.lineOf('本机关未向'), data: { count: 2 } }],
  });
  // Denials that name 发出收费通知 without 未 (red team rtL F3: read as notices issued, the contradiction silent);
  // 无需发出 says none was needed, not that none was issued: their number is not mentioned.
  for (const [sentence, start] of [
    ['本机关不存在发出收费通知的情况，未收取信息处理费。', '本机关不存在'],
    ['本年度不涉及发出收费通知，未收取信息处理费。', '本年度不涉及'],
    ['本年度无收费通知发出，未收取信息处理费。', '本年度无收费'],
    ['本年度未曾向申请人发出收费通知，未收取信息处理费。', '本年度未曾'],
    // A conjunction after the denied notices (review8 F5: a wrong warning or silence).
    ['本年度未发出收费通知和收取信息处理费。', '本年度未发出'],
    ['本机关未向申请人发出收费通知及收取任何费用。', '本机关未向'],
    ['本年度没有发出收费通知书并收取信息处理费的情况。', '本年度没有'],
    ['本年度未发出收费通知书也未收取信息处理费。', '本年度未发出'],
  ]) {
    const denied = paid([sentence!]);
    invalid.push({
      name: `${layout}: ${sentence} with （六）2 = 2 is a contradiction`,
      text: denied.text,
      format: fmt,
      errors: [{ messageId: 'noNoticeContradiction', severity: 'error', line: denied.lineOf(start!), data: { count: 2 } }],
    });
  }
  const needless = paid(['本年度无需发出收费通知，未收取信息处理费。']);
  invalid.push({
    name: `${layout}: 无需发出收费通知 with （六）2 = 2 does not mention the notices`,
    text: needless.text,
    format: fmt,
    errors: [{ messageId: 'noticesNotMentioned', severity: 'warn', line: needless.lineOf('本年度无需') }],
  });
  // A year in another clause, or dating a rule, ties nothing (third review, 2026-12-05: false tooFewNotices errors);
  // a 未 of another verb is no denial of notices; applications carried over are this year's business.
  for (const sentence of [
    '根据2020年11月国务院办公厅印发的《政府信息公开信息处理费管理办法》，本机关共发出收费通知2件，其中向自然人发出收费通知1件，向法人发出收费通知1件，实际收取信息处理费0元。',
    '2020年11月，国务院办公厅印发《政府信息公开信息处理费管理办法》，本机关共发出收费通知2件，其中向自然人发出收费通知1件，实际收取信息处理费0元。',
    '本机关向逾期未缴费的2名申请人发出收费通知，未收取信息处理费。',
    '去年结转的申请中发出收费通知2件，未收取信息处理费。',
  ])
    valid.push({ name: `${layout}: （六）2 = 2 and ${sentence}`, text: paid([sentence]).text, format: fmt });
  // A year that dates a rule or a day before the count ties nothing: this year's 2 notices stand.
  for (const sentence of [
    '本年度按照2020年出台的《政府信息公开信息处理费管理办法》发出收费通知2件，实际收取信息处理费0元。',
    '截至2024年1月10日共发出收费通知2件，实际收取信息处理费0元。',
  ])
    valid.push({ name: `${layout}: （六）2 = 2 and ${sentence}`, text: paid([sentence]).text, format: fmt });
  const notIssued = paid(['本年度对2件申请未发出收费通知，未收取信息处理费。']);
  invalid.push({
    name: `${layout}: 对2件申请未发出收费通知 is a denial, not a count`,
    text: notIssued.text,
    format: fmt,
    errors: [
      { messageId: 'noNoticeContradiction', severity: 'error', line: notIssued.lineOf('本年度对2件'), data: { count: 2 } },
    ],
  });

  // A count tied to another year is not this year's (the report is on 2023).
  valid.push({
    name: `${layout}: （六）2 = 2 and counts for two years, this year's 2`,
    text: paid(['2022年发出收费通知1件，2023年发出收费通知2件，均未实际收取信息处理费。']).text,
    format: fmt,
  });
  const lastYear = paid(['2023年发出收费通知1件，2022年发出收费通知3件，均未实际收取信息处理费。']);
  invalid.push({
    name: `${layout}: this year's one notice with （六）2 = 2 is an error, whatever last year's count`,
    text: lastYear.text,
    format: fmt,
    errors: [{ messageId: 'tooFewNotices', severity: 'error', line: lastYear.lineOf('2023年发出'), data: { notices: 1 } }],
  });

  // A stated count of notices outweighs a denial of the rest (其余…未发出), in the same sentence or another.
  valid.push({
    name: `${layout}: （六）2 = 2, two notices and 其余3件申请未发出收费通知`,
    text: paid(['本年度发出收费通知2件，其余3件申请未发出收费通知，实际收取信息处理费0元。']).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: （六）2 = 2, two notices, then a denial in another paragraph`,
    text: paid(['本年度发出收费通知2件，申请人均未缴纳。', '除上述情况外，本机关未发出收费通知，未收取信息处理费。']).text,
    format: fmt,
  });
  const oneAndRest = paid(['本年度发出收费通知1件，其余申请均未发出收费通知。']);
  invalid.push({
    name: `${layout}: one notice and a denial of the rest with （六）2 = 2 is still too few`,
    text: oneAndRest.text,
    format: fmt,
    errors: [
      { messageId: 'tooFewNotices', severity: 'error', line: oneAndRest.lineOf('本年度发出收费通知1件'), data: { notices: 1 } },
    ],
  });
  // A total then its breakdown states the total (red team F2, 2026-12-06): the largest count stated anywhere is
  // checked, not each; counts of one sentence that add up to （六）2 state it too (F2b).
  for (const other of [
    ['本年度共发出收费通知2件，实际收取信息处理费0元。其中，向自然人发出收费通知1件，向法人或其他组织发出收费通知1件。'],
    ['本年度共发出收费通知2件，实际收取信息处理费0元。', '其中，向自然人发出收费通知1件。'],
    ['本年度第一季度发出收费通知1件，其余季度发出收费通知1件，实际收取信息处理费0元。'],
  ])
    valid.push({ name: `${layout}: （六）2 = 2 and ${other.join(' / ')}`, text: paid(other).text, format: fmt });
  const totalTooFew = paid(['其中，向自然人发出收费通知1件。', '本年度共发出收费通知1件，实际收取信息处理费0元。']);
  invalid.push({
    name: `${layout}: a breakdown then a total of 1 with （六）2 = 2 is too few, said once`,
    text: totalTooFew.text,
    format: fmt,
    errors: [{ messageId: 'tooFewNotices', severity: 'error', line: totalTooFew.lineOf('其中，向自然人'), data: { notices: 1 } }],
  });
  // A denial of another year's notices does not contradict this year's table (red team F3, 2026-12-06): this
  // year's notices are then not mentioned (a warning), never denied.
  for (const other of [
    ['本年度未收取信息处理费。上年度未发出收费通知。'],
    ['2022年度未发出收费通知，本年度未收取信息处理费。'],
  ]) {
    const otherYearDenial = paid(other);
    invalid.push({
      name: `${layout}: （六）2 = 2 and ${other.join(' / ')} is no contradiction`,
      text: otherYearDenial.text,
      format: fmt,
      errors: [{ messageId: 'noticesNotMentioned', severity: 'warn', line: otherYearDenial.lineOf(other[0]!.slice(0, 8)) }],
    });
  }
  // A denial naming this year with another denies this year's notices too (review4 F2, 2026-12-06).
  for (const both of ['本年度和上年度均未发出收费通知。', '本年度及上一年度均未发出收费通知。', '今年和去年均未发出收费通知。']) {
    const bothYears = paid([both]);
    invalid.push({
      name: `${layout}: （六）2 = 2 and ${both} is a contradiction`,
      text: bothYears.text,
      format: fmt,
      errors: [
        { messageId: 'noNoticeContradiction', severity: 'error', line: bothYears.lineOf(both.slice(0, 6)), data: { count: 2 } },
      ],
    });
  }
  // A total with its parts, or a part of it, in one sentence states the total alone (review4 F1, 2026-12-06: the
  // counts were summed, 1 + 1 = 2 hid one notice too few).
  for (const sentence of [
    '本年度共发出收费通知1件，其中1件收费通知申请人已缴纳，实际收取信息处理费0元。',
    '本年度共发出收费通知1件，其中向自然人发出收费通知1件，实际收取信息处理费0元。',
  ]) {
    const totalAndPart = paid([sentence]);
    invalid.push({
      name: `${layout}: （六）2 = 2 and ${sentence} is too few`,
      text: totalAndPart.text,
      format: fmt,
      errors: [
        { messageId: 'tooFewNotices', severity: 'error', line: totalAndPart.lineOf(sentence.slice(0, 6)), data: { notices: 1 } },
      ],
    });
  }
  // A whole jurisdiction's notices are not the organ's (review4 F1): its own 1 is still too few.
  const citywide = paid(['全县各级行政机关共发出收费通知5件。', '本机关本年度发出收费通知1件，实际收取信息处理费0元。']);
  invalid.push({
    name: `${layout}: （六）2 = 2, 全县各级行政机关…5件 and the organ's own 1: too few`,
    text: citywide.text,
    format: fmt,
    errors: [{ messageId: 'tooFewNotices', severity: 'error', line: citywide.lineOf('本机关本年度发出'), data: { notices: 1 } }],
  });
  // Parallel parts in one sentence after a total of other things (共收到申请…) still add up.
  valid.push({
    name: `${layout}: （六）2 = 2, 共收到申请 then two parallel counts of notices`,
    text: paid(['本年度共收到申请5件，向自然人发出收费通知1件，向法人或其他组织发出收费通知1件，实际收取信息处理费0元。']).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: （六）2 = 2, 共向自然人… then 向法人…`,
    text: paid(['本年度共向自然人发出收费通知1件，向法人或其他组织发出收费通知1件，实际收取信息处理费0元。']).text,
    format: fmt,
  });
  const others = paid(['本机关及其他部门均未发出收费通知。']);
  invalid.push({
    name: `${layout}: 其他 alone does not make a denial partial`,
    text: others.text,
    format: fmt,
    errors: [{ messageId: 'noNoticeContradiction', severity: 'error', line: others.lineOf('本机关及其他'), data: { count: 2 } }],
  });

  // Wordings of "none collected" real reports use.
  for (const sentence of [
    '信息处理费收取情况：无。',
    '信息处理费：未收取。',
    '本机关依法不予收取信息处理费。',
    '本年度收取信息处理费为零。',
    '本年度无信息处理费收取。',
    '本年度无申请人缴纳信息处理费。',
    '本年度政府信息公开收费为0。',
  ])
    valid.push({ name: `${layout}: none collected: ${sentence}`, text: doc({ other: [sentence] }).text, format: fmt });
  const notNotices = paid(['本机关依法不予收取信息处理费。']);
  invalid.push({
    name: `${layout}: 不予收取 says nothing of notices: with （六）2 = 2 still a warning`,
    text: notNotices.text,
    format: fmt,
    errors: [{ messageId: 'noticesNotMentioned', severity: 'warn', line: notNotices.lineOf('本机关依法'), data: { count: 2 } }],
  });

  // OCR text spaces out every character: the statement is still read, for good and for ill.
  valid.push({
    name: `${layout}: a spaced-out OCR statement (未 收 取 信 息 处 理 费)`,
    text: doc({ other: ['本 机 关 未 收 取 信 息 处 理 费 。'] }).text,
    format: fmt,
  });
  const spacedShort = paid(['本 年 度 发 出 收 费 通 知 1 件 ， 实 际 收 取 0 元 。']);
  invalid.push({
    name: `${layout}: a spaced-out OCR count of notices below （六）2 is still an error`,
    text: spacedShort.text,
    format: fmt,
    errors: [
      { messageId: 'tooFewNotices', severity: 'error', line: spacedShort.lineOf('本 年 度'), data: { notices: 1, count: 2 } },
    ],
  });

  valid.push({
    name: `${layout}: a statement outside 六 when 六 itself is missing`,
    text: doc({ overview: ['本机关未收取信息处理费。'], sections: ['overview', 'active', 'applications', 'review', 'problems'] })
      .text,
    format: fmt,
  });
}

/**
 * Table 三 with （六）2 = 48, every identity still holding: counts of notices stated in parts or with their total (review5
 * F1, F3, 2026-12-06), distinct and non-zero. Markdown and one cell a line (flattened text) read section 六 alike.
 */
const unpaid48 = (() => {
  const values = consistentApplications();
  values['other.2'] = [21, 9, 6, 5, 4, 3];
  return recompute(values);
})();
for (const layout of ['markdown', 'lines'] as const) {
  const fmt = format(layout);
  const owed = (other: string[]) => writeReport({ applications: unpaid48, other }, layout);
  // Parts add up to the 48 notices: 其中/含/包括 after the last part, 共 inside another word (公共, 共享) or after a
  // recipient, three parts the largest of which is the sum of the others, are no total (false errors).
  for (const sentence of [
    '本年度向自然人发出收费通知30件，向法人或其他组织发出收费通知18件，其中申请人均未在规定期限内缴纳费用，实际收取信息处理费0元。',
    '本年度向自然人发出收费通知35件，向法人或其他组织发出收费通知13件，均未缴纳（含逾期未缴纳的申请），实际收取信息处理费0元。',
    '本年度向自然人发出收费通知31件，向法人或其他组织发出收费通知17件，包括逾期未缴纳费用的申请，实际收取信息处理费0元。',
    '本年度对涉及公共数据的申请发出收费通知29件，对其他申请发出收费通知19件，申请人均未缴纳，实际收取信息处理费0元。',
    '本年度通过共享平台向自然人发出收费通知33件，向法人或其他组织发出收费通知15件，实际收取信息处理费0元。',
    '本年度向自然人共发出收费通知36件，向法人或其他组织发出收费通知12件，实际收取信息处理费0元。',
    '本年度向自然人发出收费通知24件，向商业企业发出收费通知15件，向其他组织发出收费通知9件，申请人均未缴纳，实际收取信息处理费0元。',
    '本年度第一季度发出收费通知14件，第二季度发出收费通知10件，下半年发出收费通知24件，实际收取信息处理费0元。',
    // A part of the year's total is a part (review6 F5): 下半年共… is no total of the sentence, named so or not.
    '本年度上半年发出收费通知20件，下半年共发出收费通知28件，实际收取信息处理费0元。',
    '本年度第一季度发出收费通知14件，第二季度发出收费通知10件，下半年共计发出收费通知24件，实际收取信息处理费0元。',
  ])
    valid.push({ name: `${layout}: （六）2 = 48 and the parts of ${sentence}`, text: owed([sentence]).text, format: fmt });
  // A total named so, with its parts or a part of it, states the total alone; parts too few are still too few.
  for (const [sentence, notices] of [
    ['本年度共发出收费通知30件，其中向自然人发出收费通知18件，实际收取信息处理费0元。', 30],
    ['本年度共计发出收费通知40件，其中27件收费通知申请人已缴纳，实际收取信息处理费270元。', 40],
    ['本年度发出收费通知合计36件，其中，向自然人发出收费通知12件，实际收取信息处理费0元。', 36],
    ['本年度发出收费通知35件（含向法人或其他组织发出收费通知13件），实际收取信息处理费0元。', 35],
    ['本年度向自然人发出收费通知13件，向法人发出收费通知9件，共发出收费通知22件，实际收取信息处理费0元。', 22],
    // One part, then the total named so and the largest: the total alone (review6 F5: 17 + 39 = 56 hid 39 too few).
    ['本年度向自然人发出收费通知17件，共发出收费通知39件，实际收取信息处理费0元。', 39],
    // The organ by its kind before 共 (review8 F8: 19 + 41 = 60 hid 41 too few).
    ['本年度向自然人发出收费通知19件，本院共发出收费通知41件，实际收取信息处理费0元。', 41],
    ['本年度向法人发出收费通知13件，我镇共计发出收费通知44件，实际收取信息处理费0元。', 44],
    ['本年度向自然人发出收费通知20件，向法人或其他组织发出收费通知17件，实际收取信息处理费0元。', 37],
  ] as const) {
    const tooFew = owed([sentence]);
    invalid.push({
      name: `${layout}: （六）2 = 48 and ${sentence} is too few`,
      text: tooFew.text,
      format: fmt,
      errors: [
        {
          messageId: 'tooFewNotices',
          severity: 'error',
          line: tooFew.lineOf(sentence.slice(0, 8)),
          data: { notices, count: 48 },
        },
      ],
    });
  }
  // review15: a negation of notices followed by something said of them or of the fee denies a fault, not that any
  // notice was issued: no contradiction with the 48 of （六）2, only the number of notices not given (a warning). The
  // signature's lines may run into a last sentence without its full stop (F1).
  const NONE = '本年度未收取信息处理费，';
  for (const other of [
    [`${NONE}不存在发出收费通知和收取信息处理费不公开的情况`, '杭州市东河区教育局', '2024年1月15日'],
    [`${NONE}不存在发出收费通知和收取信息处理费程序瑕疵的情况`, '杭州市东河区教育局', '2024年1月15日'],
    [`${NONE}不存在发出收费通知和收取信息处理费被质疑的情况（统计截至2023年12月31日）。`],
    [`${NONE}不存在发出收费通知并未及时送达的情况。`],
    [`${NONE}不存在发出收费通知且未注明收费标准的情况。`],
    [`${NONE}没有发出收费通知和未说明收费依据的情况。`],
    [`${NONE}不存在发出收费通知并无收费依据的情况。`],
    [`${NONE}不存在发出收费通知（含催缴通知）不及时的情况。`],
    [`${NONE}不存在发出收费通知和收费后未开具正式票据。`],
    [`${NONE}不存在发出收费通知和收取费用不出具票据。`],
    [`${NONE}不存在发出收费通知、收取信息处理费随意的情况。`],
    [`${NONE}不存在发出收费通知和无依据收取信息处理费的情况。`],
    [`${NONE}不存在发出收费通知和收取信息处理费的乱收费现象。`],
  ]) {
    const fault = owed(other);
    invalid.push({
      name: `${layout}: （六）2 = 48 and the fault denied in ${other.join(' / ')}`,
      text: fault.text,
      format: fmt,
      errors: [
        { messageId: 'noticesNotMentioned', severity: 'warn', line: fault.lineOf(other[0]!.slice(0, 14)), data: { count: 48 } },
      ],
    });
  }
  // A listed denial is one clause per item (F13), and all applicants are all, a subset word among their words (F6):
  // the contradiction with the 48 of （六）2 is said.
  for (const sentence of [
    '本年度未发出收费通知、未收取信息处理费、未收到相关投诉。',
    '本机关没有发出收费通知、没有收取信息处理费、没有发生收费争议。',
    '本年度未发出收费通知、未收取信息处理费、未出现违规收费问题。',
    '本年度对所有符合申请条件的申请人均未发出收费通知，未收取信息处理费。',
    '本年度对全部符合法定条件的申请人均未发出收费通知，未收取信息处理费。',
    '本年度对包括学生在内的所有申请人均未发出收费通知，未收取信息处理费。',
  ]) {
    const denied = owed([sentence]);
    invalid.push({
      name: `${layout}: （六）2 = 48 and ${sentence} is a contradiction`,
      text: denied.text,
      format: fmt,
      errors: [
        { messageId: 'noNoticeContradiction', severity: 'error', line: denied.lineOf(sentence.slice(0, 8)), data: { count: 48 } },
      ],
    });
  }
  // A jurisdiction named outside the subject of the count's clause leaves the count the organ's (review5 F3: silent).
  for (const [sentence, notices] of [
    ['本局按照全市统一部署，本年度共发出收费通知5件，申请人均未缴纳，实际收取信息处理费0元。', 5],
    ['本年度，本局按照《政府信息公开信息处理费管理办法》向各单位申请人共发出收费通知7件，实际收取信息处理费0元。', 7],
    ['根据全省统一要求，我局本年度发出收费通知9件，实际收取信息处理费0元。', 9],
    ['本局在全区各部门的配合下共发出收费通知6件，实际收取信息处理费0元。', 6],
    // An adverbial clause before words of time is no subject (review6 F6: dropped as 全县's).
    ['全县统一部署下，本年度共发出收费通知11件，实际收取信息处理费0元。', 11],
    ['全市统一安排下本年度共发出收费通知4件，实际收取信息处理费0元。', 4],
  ] as const) {
    const own = owed([sentence]);
    invalid.push({
      name: `${layout}: （六）2 = 48 and the organ's own ${sentence} is too few`,
      text: own.text,
      format: fmt,
      errors: [
        { messageId: 'tooFewNotices', severity: 'error', line: own.lineOf(sentence.slice(0, 8)), data: { notices, count: 48 } },
      ],
    });
  }
  // A jurisdiction's count alone, or one of other organs with this one, is not the organ's: a warning that says the
  // count stated may include others' (review6 F6: never that no number was given), never silence.
  for (const [sentence, notices] of [
    ['全县各级行政机关共发出收费通知120件，实际收取信息处理费0元。', 120],
    ['2023年，全市各级行政机关共向申请人发出收费通知150件，均未收取信息处理费。', 150],
    ['全区各单位在本年度中，共发出收费通知130件，均未收取信息处理费。', 130],
    ['本局会同各乡镇共发出收费通知16件，实际收取信息处理费0元。', 16],
  ] as const) {
    const theirs = owed([sentence]);
    invalid.push({
      name: `${layout}: （六）2 = 48 and only a jurisdiction's count: ${sentence}`,
      text: theirs.text,
      format: fmt,
      errors: [
        {
          messageId: 'noticesOfOthers',
          severity: 'warn',
          line: theirs.lineOf(sentence.slice(0, 8)),
          data: { count: 48, notices },
        },
      ],
    });
  }
}

/**
 * review16 F1, F2: a verbal negation of the notices (未发出收费通知) denies their issuing whatever its clause goes on to
 * deny with them — a second clause that denies charging (或要求申请人缴纳费用, 并按规定免予收费), words before the
 * verb that name no fault (向申请人, 依申请, 实际, 按件、按量), other charges after the fee (等费用, 及其他费用), other
 * papers (以及其他收费文书) — and whatever trails its clause (：无, ……, a stray ”). With table 三 （六）2 = 0 such a
 * report is clean; with （六）2 = 1179 the denial is the contradiction (they were a warning: unclassified or
 * noticesNotMentioned).
 */
const unpaid1179 = (() => {
  const values = consistentApplications();
  values['other.2'] = [512, 233, 171, 118, 86, 59];
  return recompute(values);
})();
const DENIALS_READ = [
  '本机关未发出收费通知和收取信息处理费的情况：无。',
  '本机关未发出收费通知和收取信息处理费的情况:无',
  '本机关未发出收费通知和收取信息处理费的情况……',
  '本机关未发出收费通知和收取信息处理费的情况”。',
  '本机关未发出收费通知并按规定免予收费。',
  '本机关全年未发出收费通知以及其他收费文书。',
  '本机关未发出收费通知或要求申请人缴纳费用。',
  '本机关未发出收费通知和收取信息处理费等任何费用。',
  '本机关未发出收费通知及收取信息处理费等费用。',
  '本年度未发出收费通知和向申请人收取信息处理费。',
  '本年度未发出收费通知和依申请收取信息处理费。',
  '本年度未发出收费通知和实际收取信息处理费。',
  '本年度未发出收费通知和按件、按量收取信息处理费。',
  '本年度本机关未发出收费通知和收取信息处理费等相关费用。',
  '本年度未发出收费通知和收取信息处理费及其他费用。',
  '本年度未发出收费通知和收取信息处理费的有关情况。',
  '本年度未发出收费通知和收取信息处理费等。',
];
for (const layout of ['markdown', 'lines'] as const) {
  const fmt = format(layout);
  for (const sentence of DENIALS_READ) {
    valid.push({
      name: `${layout}: （六）2 = 0 and ${sentence} is clean`,
      text: writeReport({ other: [sentence] }, layout).text,
      format: fmt,
    });
    const denied = writeReport({ applications: unpaid1179, other: [sentence] }, layout);
    invalid.push({
      name: `${layout}: （六）2 = 1179 and ${sentence} is a contradiction`,
      text: denied.text,
      format: fmt,
      errors: [
        {
          messageId: 'noNoticeContradiction',
          severity: 'error',
          line: denied.lineOf(sentence.slice(0, 8)),
          data: { count: 1179 },
        },
      ],
    });
  }
  // The other side: notices or fees admitted, or a fault denied, keep their findings with （六）2 = 1179.
  for (const [sentence, messageId, data] of [
    ['本年度发出收费通知3份，实际收取信息处理费0元。', 'tooFewNotices', { notices: 3, count: 1179 }],
    ['本年度收取信息处理费共计1200元。', 'noticesNotMentioned', { count: 1179 }],
    // A fault after the conjunction, before the verb or after it, is what is denied.
    ['本年度未收取信息处理费，未发出收费通知和超标准收取信息处理费。', 'noticesNotMentioned', { count: 1179 }],
    ['本年度未收取信息处理费，未发出收费通知和收取超标准的信息处理费。', 'noticesNotMentioned', { count: 1179 }],
    ['本年度未收取信息处理费，不存在发出收费通知并免予收费的情况。', 'noticesNotMentioned', { count: 1179 }],
  ] as const) {
    const admitted = writeReport({ applications: unpaid1179, other: [sentence] }, layout);
    invalid.push({
      name: `${layout}: （六）2 = 1179 and ${sentence} is no denial`,
      text: admitted.text,
      format: fmt,
      errors: [
        {
          messageId,
          severity: messageId === 'tooFewNotices' ? 'error' : 'warn',
          line: admitted.lineOf(sentence.slice(0, 8)),
          data,
        },
      ],
    });
  }
  // Notices said to be issued, faultily: no denial, and no number wanted of them (as before).
  valid.push({
    name: `${layout}: （六）2 = 1179 and 未按规定发出收费通知 says notices were issued`,
    text: writeReport({ applications: unpaid1179, other: ['本年度未按规定发出收费通知，收取信息处理费共计1200元。'] }, layout)
      .text,
    format: fmt,
  });
}

/** A report whose section 六 ends in a table (rows of cells) after a sentence that says nothing of the fee. */
function withTable(
  layout: 'markdown' | 'html',
  spec: ReportSpec,
  rows: string[][],
): { text: string; lineOf(cell: string): number } {
  const base = writeReport({ ...spec, other: ['本机关无其他需要报告的事项。'] }, layout).text;
  const table =
    layout === 'markdown'
      ? rows.flatMap((row, r) => [`| ${row.join(' | ')} |`, ...(r === 0 ? [`|${' --- |'.repeat(row.length)}`] : [])])
      : ['<table>', ...rows.map((row) => `<tr>${row.map((c) => `<td>${c}</td>`).join('')}</tr>`), '</table>'];
  const text =
    layout === 'markdown' ? `${base}\n${table.join('\n')}\n` : base.replace('</article>', `${table.join('\n')}\n</article>`);
  const lines = text.split('\n');
  return { text, lineOf: (cell) => lines.findIndex((l) => l.includes(cell)) + 1 };
}

// Section 六 may state the fee in a table: a row's label and its one value, or a header over one row of values.
for (const layout of ['markdown', 'html'] as const) {
  const fmt = format(layout);
  valid.push({
    name: `${layout}: a table row 信息处理费（元） | 0`,
    text: withTable(layout, {}, [
      ['项目', '金额'],
      ['信息处理费（元）', '0'],
    ]).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: table rows 收取信息处理费情况 | 无 and 发出收费通知 | 0件`,
    text: withTable(layout, {}, [
      ['收取信息处理费情况', '无'],
      ['发出收费通知', '0件'],
    ]).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: a header over one row of values, two notices with （六）2 = 2`,
    text: withTable(layout, { applications: twoUnpaid }, [
      ['发出收费通知（件）', '实际收取信息处理费（元）'],
      ['2', '0'],
    ]).text,
    format: fmt,
  });
  const denied = withTable(layout, { applications: twoUnpaid }, [
    ['收取信息处理费情况', '无'],
    ['发出收费通知', '0件'],
  ]);
  invalid.push({
    name: `${layout}: a table row 发出收费通知 | 0件 with （六）2 = 2 is an error`,
    text: denied.text,
    format: fmt,
    errors: [{ messageId: 'noNoticeContradiction', severity: 'error', line: denied.lineOf('发出收费通知'), data: { count: 2 } }],
  });
  const short = withTable(layout, { applications: twoUnpaid }, [
    ['项目', '数量'],
    ['发出收费通知（件）', '1'],
    ['实际收取信息处理费（元）', '0'],
  ]);
  invalid.push({
    name: `${layout}: a table row of one notice with （六）2 = 2 is an error`,
    text: short.text,
    format: fmt,
    errors: [{ messageId: 'tooFewNotices', severity: 'error', line: short.lineOf('发出收费通知（件）'), data: { notices: 1 } }],
  });
  // Two values for a row: which is this year's is not known, so nothing is read (a warning, not an accusation).
  const years = withTable(layout, { applications: twoUnpaid }, [
    ['项目', '2022年', '2023年'],
    ['发出收费通知（件）', '3', '1'],
  ]);
  invalid.push({
    name: `${layout}: a fee row with two values is a mention, never a count`,
    text: years.text,
    format: fmt,
    errors: [{ messageId: 'unclassified', severity: 'warn', line: years.lineOf('发出收费通知（件）') }],
  });
}

// A fee statement written as a row of table 三 (red team F4, 2026-12-06): a note row is read as the same note below
// the table (outside section 六: a warning), a row of its own naming the fee at least as a mention; never 'missing'.
const tableWithRow = (row: string): string =>
  [
    '# 某局2023年政府信息公开工作年度报告',
    '',
    '## 三、收到和处理政府信息公开申请情况',
    '',
    '| 申请人情况 | | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    '| 一、本年新收政府信息公开申请数量 | | | 2 | 1 | 0 | 0 | 0 | 0 | 3 |',
    row,
    '',
    '## 六、其他需要报告的事项',
    '',
    '本机关无其他需要报告的事项。',
    '',
  ].join('\n');
invalid.push(
  {
    name: 'markdown: a note row of table 三 states the fee outside section 六',
    text: tableWithRow('| 注：本年度未收取信息处理费。 | | | | | | | | | |'),
    format: 'markdown',
    errors: [
      {
        messageId: 'outsideSection',
        severity: 'warn',
        line: 8,
        column: 3,
        data: { section: '三、收到和处理政府信息公开申请情况' },
      },
    ],
  },
  {
    name: 'markdown: a row of table 三 naming the fee with a value in every column is a mention',
    text: tableWithRow('| 五、收取信息处理费情况 | | | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'),
    format: 'markdown',
    errors: [{ messageId: 'unclassified', severity: 'warn', line: 8, column: 3 }],
  },
);

testRule(rule, { valid, invalid });

describe('docx', () => {
  const run = async (other: string[]) =>
    (
      await lint(await writeDocx({ applications: twoUnpaid, other }), {
        format: 'docx',
        rules: [{ id: rule.meta.id, rule, severity: 'error' }],
      })
    ).messages.map((m) => [m.messageId, m.severity, m.data?.count]);
  it('with （六）2 = 2: two notices unpaid pass, 未发出收费通知 is an error, 未收取 alone a warning', async () => {
    expect(await run(['本年度发出收费通知2件，申请人均未缴纳，实际收取信息处理费0元。'])).toEqual([]);
    expect(await run(['本机关未发出收费通知，未收取信息处理费。'])).toEqual([['noNoticeContradiction', 2, 2]]);
    expect(await run(['本机关未收取信息处理费。'])).toEqual([['noticesNotMentioned', 1, 2]]);
  });
});

// Red team rtG F2: heading 六 set as the first row of a one-column box (its text in the row below) cannot be placed,
// but every character was read: no statement anywhere is still an error, beside the placement warning. Lost text
// (lost characters where 六 stands) still keeps the rule silent (damage tests above).
describe('heading 六 read as text but not placed', () => {
  const boxed = (other: string): string =>
    writeReport({ other: [other] }, 'markdown').text.replace(
      /^## 六、其他需要报告的事项\n\n(.*)$/m,
      (_all, body: string) => `| 六、其他需要报告的事项 |\n| --- |\n| ${body} |`,
    );
  const run = async (text: string) =>
    (await lint(text, { format: 'markdown' })).messages
      .filter((m) => m.ruleId === 'fee-statement' || m.ruleId === 'unreadable-content')
      .map((m) => [m.ruleId, m.messageId]);

  it('reports the missing statement once, and the heading it could not place', async () => {
    const text = boxed('本年度无其他需要报告的事项。');
    expect(text).toContain('| 六、其他需要报告的事项 |');
    expect(await run(text)).toEqual([
      ['fee-statement', 'missing'],
      ['unreadable-content', 'section'],
    ]);
  });

  it('finds the statement in the box: no fee finding', async () => {
    expect(await run(boxed('本机关本年度未收取信息处理费。'))).toEqual([['unreadable-content', 'section']]);
  });
});
