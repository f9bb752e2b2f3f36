/** narrative-consistency: figures in the text against tables 三 and 四; jurisdiction-wide sentences left alone. */
import rule from '../../src/rules/narrative-consistency.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import { LAYOUTS, consistentApplications, formatOf, recompute, writeReport } from './support/report.js';

// The fixture's tables: 新收 224, 上年结转 27, 结转下年度 36, （七）总计 215; 行政复议 8, 行政诉讼 6 + 3.
const format = formatOf;

const AGREEING = [
  '2023年，本局共收到政府信息公开申请224件，上年结转27件，结转下年度36件。',
  '本年度新收政府信息公开申请二百二十四件。',
  '全年共办结政府信息公开申请215件。',
  '本年度发生政府信息公开行政复议8件、行政诉讼9件。',
  // Whole-jurisdiction figures are not the organ's own table: never compared.
  '2023年，全市各级行政机关共收到政府信息公开申请3562件。',
  '全区共受理政府信息公开申请1200件，其中本局受理224件。',
  // Last year's figure beside this year's: only this year's is compared (red-team review, 2026-12-05).
  '上年度共收到政府信息公开申请120件，本年度共收到政府信息公开申请224件。',
  '2022年，本局共收到政府信息公开申请120件。',
  // A noun of more than a few words after the count still names the applications (review, 2026-12-05).
  '本年度共办结215件群众通过政府门户网站在线申请平台和邮寄信函等多种方式提交的政府信息公开申请，其中按期答复213件，延期答复2件。',
  // Parts of a total are not compared with it (red team F5, F8, 2026-12-06): replies on the spot, in time or late,
  // applications carried over, and one of the two lawsuit groups; each differs from its table's total.
  '本年度共收到政府信息公开申请224件，其中当场答复10件。',
  '2023年，本局按期答复政府信息公开申请210件，延期答复5件。',
  '本年度上年结转的政府信息公开申请办结27件。',
  '本年度因政府信息公开被直接提起行政诉讼6件，复议后提起行政诉讼3件。',
];

// Counts that are not of disclosure applications or of disclosure cases; each differs from the tables.
const OTHER_MATTERS = [
  '本年度受理行政许可申请1200件，办结1200件。',
  '政务服务大厅接到群众办事申请356件。',
  '收到群众信访申请12件。',
  '通过政府门户网站答复100件网民留言。',
  '答复170件群众诉求。',
  '全年共收到政府信息公开申请224件，另答复100件网民留言。',
  '我镇司法所协助办理行政复议案件3件。',
  '镇政府作为被告的行政诉讼案件2件均与征地有关。',
  '政府信息公开工作平稳有序，本局作为复议机关受理行政复议申请15件。',
  // A count including last year's carried over, a running total, reviews decided as the review organ (red team,
  // 2026-12-05).
  '2023年，我局共收到政府信息公开申请251件（含上年结转27件），办结215件。',
  '2023年，我局共受理政府信息公开申请251件，其中新收224件，上年结转27件。',
  '2023年，共受理依申请公开251件（其中上年结转27件），已办结215件。',
  '自2019年以来，我局累计收到政府信息公开申请900件。',
  '作为复议机关，全年受理政府信息公开类行政复议案件5件。',
  '2023年，县政府作为行政复议机关，共受理涉及政府信息公开的行政复议申请5件。',
];

// Red team rtV (2026-12-07): sentences that state no figure of the organ's whole year of what a table counts, each in
// the wording real reports use; each figure differs from the tables, so any comparison would cry wolf.
const NOT_THE_TABLES = [
  // #2: a negation of outcomes (被纠错, 被撤销, 被追究) says nothing of how many cases there were.
  '全年共收到政府信息公开申请224件，未发生行政复议、行政诉讼被纠错的情况。',
  '全年共收到政府信息公开申请224件，无行政复议、行政诉讼被纠错情况。',
  '本局没有因政府信息公开行政复议、行政诉讼而被追究责任的情况。',
  '未发生行政复议和行政诉讼结果纠正的情况。',
  '本年度因政府信息公开被提起行政诉讼9件，没有行政复议被撤销的情况。',
  '未发生行政复议决定被撤销的情形。',
  // #4: a total with last year's carried over in, written with its parts (compared with new + carried: 251).
  '全年共受理政府信息公开申请251件（其中新收224件，上年结转27件），同比增长12.3%，比上年增加36件。',
  '全年共受理政府信息公开申请251件，其中：本年新收224件，上年结转27件。',
  '全年共受理政府信息公开申请251件（本年新收224件，上年结转27件）。',
  '全年共受理政府信息公开申请251件，包括本年度新收申请224件和上年度结转申请27件。',
  '全年共受理政府信息公开申请251件，其中2022年结转27件。',
  // #5: 申请人 is no application; another organ; a part of the year.
  '本机关2023年度未收取信息处理费，未发生申请人逾期未按收费通知要求缴纳费用的情况。',
  '本年度未收到申请人对政府信息公开工作的投诉举报。',
  '本年度未受理申请人当面提交的申请，所有申请均通过网络和信函提交。',
  '本局下属事业单位未收到政府信息公开申请。',
  '第一季度未收到政府信息公开申请。',
  // #6, #6b: handled counts within the time limit or by channel; reviews handled.
  '全年共收到政府信息公开申请224件，在法定期限内答复210件，延期答复5件。',
  '全年共收到政府信息公开申请224件，在法定时限内办结210件，依法延期办结5件。',
  '全年共收到政府信息公开申请224件，20个工作日内答复210件，延期答复5件。',
  '全年共收到政府信息公开申请224件，网上答复210件，书面答复5件。',
  '因政府信息公开被申请行政复议8件，已办结6件，尚未审结2件。',
  '政府信息公开行政复议8件，办结7件，其中维持原行政行为5件。',
  // #7: part of the year, a subset, another organ, last year's quoted for comparison.
  '全年共收到政府信息公开申请224件。其中，12月份收到政府信息公开申请45件。',
  '一季度收到政府信息公开申请45件，二季度收到政府信息公开申请52件，全年共收到政府信息公开申请224件。',
  '本年度收到政府信息公开申请较多，仅征收补偿一项就收到政府信息公开申请120件。',
  '下属单位共收到政府信息公开申请2,001件。',
  '本局及所属单位共收到政府信息公开申请2,001件。',
  '与2022年收到政府信息公开申请1050件相比，2023年共收到政府信息公开申请224件。',
  // #7b: several years.
  '2021—2023年，我局共收到政府信息公开申请650件，其中2023年收到224件。',
  '近三年共收到政府信息公开申请650件，其中本年度收到224件。',
  '2021年至2023年，共收到政府信息公开申请650件。',
  '2021—2023年，本局共被申请政府信息公开行政复议35件。',
  '三年来，本局共被提起政府信息公开行政诉讼60件。',
  // #8, #8b: other things counted in 件; reviews and lawsuits together; the whole docket before the disclosure part.
  '政务服务中心全年共受理各类申请12,345件，办结12,300件，办结率99.6%。',
  '政务服务窗口全年共受理申请1,200件，办结率100%。',
  '不动产登记中心接收申请3,456件。',
  '全年发生政府信息公开行政复议、行政诉讼案件共17件，其中行政复议8起、行政诉讼9起。',
  '全年本局被申请行政复议案件58件，其中涉及政府信息公开的8件。',
  '本局作为被申请人参加行政复议案件58件、行政应诉案件120件，其中政府信息公开类行政复议8件、行政诉讼9件。',
  '全年共发生行政诉讼案件120件（其中政府信息公开类9件）。',
  // #10: no exact count.
  '全年共收到政府信息公开申请二〇〇件以上。',
];

const valid: RuleTestCase[] = [];
const invalid: InvalidRuleTestCase[] = [];

for (const layout of LAYOUTS) {
  const fmt = format(layout);
  AGREEING.forEach((sentence, i) =>
    valid.push({
      name: `${layout}: agreeing sentence ${i + 1}`,
      text: writeReport({ overview: [sentence] }, layout).text,
      format: fmt,
    }),
  );

  /** A case whose one sentence disagrees; the finding sits where the figure's phrase starts. */
  const disagree = (
    name: string,
    sentence: string,
    anchor: string,
    errors: Array<{ messageId: string; data: Record<string, number>; anchor?: string }>,
  ) => {
    const doc = writeReport({ overview: [sentence] }, layout);
    invalid.push({
      name: `${layout}: ${name}`,
      text: doc.text,
      format: fmt,
      errors: errors.map((e) => ({
        messageId: e.messageId,
        severity: 'warn' as const,
        line: doc.lineOf(sentence),
        column: doc.columnOf(sentence, e.anchor ?? anchor),
        data: e.data,
      })),
    });
  };
  disagree('230 received, table says 224', '2023年，本局共收到政府信息公开申请230件。', '共收到', [
    { messageId: 'applicationsReceived', data: { stated: 230, actual: 224 } },
  ]);
  // 上年 in another clause dates the work, not the count (third review, 2026-12-05: the warning was lost).
  disagree('230 received after 在上年工作基础上', '2023年，本局在上年工作基础上，共收到政府信息公开申请230件。', '共收到', [
    { messageId: 'applicationsReceived', data: { stated: 230, actual: 224 } },
  ]);
  disagree('十二件 in Chinese numerals', '本局收到政府信息公开申请十二件。', '收到', [
    { messageId: 'applicationsReceived', data: { stated: 12, actual: 224 } },
  ]);
  disagree('未收到 while the table has 224', '2023年，本局未收到政府信息公开申请。', '未收到', [
    { messageId: 'noApplications', data: { stated: 0, actual: 224 } },
  ]);
  disagree('办结 210, table says 215', '全年共办结政府信息公开申请210件。', '办结', [
    { messageId: 'handled', data: { stated: 210, actual: 215 } },
  ]);
  disagree('结转 figures swapped', '本局上年结转36件，结转下年度27件。', '上年结转', [
    { messageId: 'carried', data: { stated: 36, actual: 27 }, anchor: '上年结转' },
    { messageId: 'carryForward', data: { stated: 27, actual: 36 }, anchor: '结转下年度' },
  ]);
  disagree(
    'no reconsideration or lawsuit, table says 8 and 9',
    '2023年度，未发生因政府信息公开引起的行政复议和行政诉讼。',
    '未发生',
    [
      // Same place: the engine orders them by message.
      { messageId: 'litigationCases', data: { stated: 0, actual: 9 } },
      { messageId: 'reviewCases', data: { stated: 0, actual: 8 } },
    ],
  );

  // The same wrong figure (230 for 224) in the ways real reports put it.
  const PHRASINGS: Array<[string, string]> = [
    ['2023年度我局共收到依申请信息公开230件，均按时答复。', '收到'],
    ['全年共受理政府信息公开申请230件。', '共受理'],
    ['2023年，共收到政府信息公开申请230件（其中当面申请12件、网络申请218件）。', '共收到'],
    ['2023年新收政府信息公开申请230件，上年结转申请27件，共计257件。', '新收'],
    ['收到申请230件，较上年增长15%。', '收到'],
  ];
  PHRASINGS.forEach(([sentence, anchor], i) =>
    disagree(`230 received, phrasing ${i + 1}`, sentence, anchor, [
      { messageId: 'applicationsReceived', data: { stated: 230, actual: 224 } },
    ]),
  );
  disagree('received and handled in one sentence', '本年度共接收依申请公开申请224件，办结216件。', '办结', [
    { messageId: 'handled', data: { stated: 216, actual: 215 } },
  ]);
  // Words that count the whole again after a part's marker (review4 F4, 2026-12-06): with the carried-over ones
  // (连同上年结转…共办结), both lawsuit groups (直接或经复议后…), a count after 共.
  disagree('办结 210 with the carried-over ones', '连同上年结转申请，全年共办结政府信息公开申请210件。', '办结', [
    { messageId: 'handled', data: { stated: 210, actual: 215 } },
  ]);
  disagree('连同上年结转申请共办结 210', '本年度收到政府信息公开申请224件，连同上年结转申请共办结210件。', '办结', [
    { messageId: 'handled', data: { stated: 210, actual: 215 } },
  ]);
  disagree(
    '直接或经复议后 both groups, 7 for 9',
    '本年度因政府信息公开被申请行政复议8件，直接或经复议后被提起行政诉讼共7件。',
    '行政诉讼',
    [{ messageId: 'litigationCases', data: { stated: 7, actual: 9 } }],
  );
  disagree('cases counted in 起', '本年度本机关发生行政复议案件8起，行政诉讼案件7起。', '行政诉讼', [
    { messageId: 'litigationCases', data: { stated: 7, actual: 9 } },
  ]);
  // Counts of other matters (行政许可, 办事, 信访, 网民留言, others' cases, lawsuits over 征地) are not table 三's or 四's.
  OTHER_MATTERS.forEach((sentence, i) =>
    valid.push({
      name: `${layout}: other matter ${i + 1}: ${sentence}`,
      text: writeReport({ overview: [sentence] }, layout).text,
      format: fmt,
    }),
  );
  // …while the disclosure figure beside them is still read.
  disagree('1200 disclosure applications received and handled', '本年度受理政府信息公开申请1200件，办结1200件。', '受理', [
    { messageId: 'applicationsReceived', data: { stated: 1200, actual: 224 } },
    { messageId: 'handled', data: { stated: 1200, actual: 215 }, anchor: '办结' },
  ]);
  disagree(
    'a licensing clause between: its 办结 is not read',
    '本年度共收到政府信息公开申请230件，受理行政许可申请1200件，办结1200件。',
    '共收到',
    [{ messageId: 'applicationsReceived', data: { stated: 230, actual: 224 } }],
  );
  disagree('依申请公开 in the words between the verb and the noun', '本年度收到群众依申请公开230件。', '收到', [
    { messageId: 'applicationsReceived', data: { stated: 230, actual: 224 } },
  ]);
  disagree(
    'others’ reconsiderations beside the organ’s own',
    '本局协助办理行政复议案件8件，因政府信息公开被申请行政复议3件。',
    '行政复议3件',
    [{ messageId: 'reviewCases', data: { stated: 3, actual: 8 } }],
  );
  disagree('lawsuits over disclosure', '本机关因政府信息公开被提起行政诉讼2件。', '行政诉讼', [
    { messageId: 'litigationCases', data: { stated: 2, actual: 9 } },
  ]);
  NOT_THE_TABLES.forEach((sentence, i) =>
    valid.push({
      name: `${layout}: no figure of the tables ${i + 1}: ${sentence}`,
      text: writeReport({ overview: [sentence] }, layout).text,
      format: fmt,
    }),
  );
  // …while the same wordings with a wrong figure are still found (red team rtV #4, #3, #10, #11).
  disagree(
    '1,234 with the carried-over ones, table 224 + 27',
    '全年共受理政府信息公开申请1,234件（其中新收224件，上年结转27件）。',
    '共受理',
    [{ messageId: 'receivedWithCarried', data: { stated: 1234, actual: 251 } }],
  );
  // A bracket about the carried-over ones that does not count them in: the figure is the new ones (review17 F2).
  for (const [name, wording] of <Array<[string, string]>>[
    ['not including', '2023年，我局全年共新收政府信息公开申请N件（不含上年结转申请27件）。'],
    ['besides', '2023年，我局全年共新收政府信息公开申请N件（另有上年结转申请27件）。'],
    ['all handled', '2023年，我局全年共收到政府信息公开申请N件（上年结转的27件已全部办结）。'],
    ['not counted', '2023年，我局全年共收到政府信息公开申请N件（未计入上年结转申请27件）。'],
  ]) {
    valid.push({
      name: `${layout}: 224 new, a bracket about the carried ones (${name})`,
      text: writeReport({ overview: [wording.replace('N', '224')] }, layout).text,
      format: fmt,
    });
    disagree(`230 new, a bracket about the carried ones (${name})`, wording.replace('N', '230'), '共', [
      { messageId: 'applicationsReceived', data: { stated: 230, actual: 224 } },
    ]);
  }
  valid.push({
    name: `${layout}: 251 including the carried ones (包括)`,
    text: writeReport({ overview: ['2023年，我局全年共收到政府信息公开申请251件（包括上年结转申请27件）。'] }, layout).text,
    format: fmt,
  });
  disagree(
    '260 including the carried ones (包括)',
    '2023年，我局全年共收到政府信息公开申请260件（包括上年结转申请27件）。',
    '共收到',
    [{ messageId: 'receivedWithCarried', data: { stated: 260, actual: 251 } }],
  );
  // All channels listed and closed by 等: the whole; several years in a clause of their own: not this count's
  // (review17 F7). The same wordings with 其中 or the years governing the count stay unread.
  for (const [name, wording] of <Array<[string, string]>>[
    ['channels closed by 等渠道', '2023年，我局通过网上、信函、当面等渠道共收到政府信息公开申请N件。'],
    ['channels closed by 等方式', '2023年，我局通过网上申请和信函等方式，全年共收到政府信息公开申请N件。'],
    ['years in a clause of their own', '2023年，我局3年来首次实现政务公开标准化，全年共收到政府信息公开申请N件。'],
  ]) {
    valid.push({
      name: `${layout}: 224 received, ${name}`,
      text: writeReport({ overview: [wording.replace('N', '224')] }, layout).text,
      format: fmt,
    });
    disagree(`230 received, ${name}`, wording.replace('N', '230'), '共收到', [
      { messageId: 'applicationsReceived', data: { stated: 230, actual: 224 } },
    ]);
  }
  for (const sentence of [
    '2023年，我局其中通过网上、信函、当面等渠道共收到政府信息公开申请230件。',
    '2023年，我局仅通过网上等渠道收到政府信息公开申请230件。',
    '近三年来，我局通过网上、信函等渠道共收到政府信息公开申请230件。',
    '2021—2023年，我局全年共收到政府信息公开申请230件。',
    '三年来我局不断完善制度，共收到政府信息公开申请230件。',
  ])
    valid.push({
      name: `${layout}: a subset or several years: ${sentence}`,
      text: writeReport({ overview: [sentence] }, layout).text,
      format: fmt,
    });
  disagree('no review, 7 lawsuits in the next clause', '未被申请行政复议，被提起行政诉讼7起。', '未被申请', [
    { messageId: 'reviewCases', data: { stated: 0, actual: 8 } },
    { messageId: 'litigationCases', data: { stated: 7, actual: 9 }, anchor: '行政诉讼' },
  ]);
  disagree('二二〇件 digit by digit', '全年共收到政府信息公开申请二二〇件。', '共收到', [
    { messageId: 'applicationsReceived', data: { stated: 220, actual: 224 } },
  ]);
  for (const sentence of [
    '按照全市政务公开工作部署，本局全年共收到政府信息公开申请999件。',
    '本局指导各科室、各单位做好依申请公开工作，全年共收到政府信息公开申请999件。',
    '全年共收到政府信息公开申请999件，全部在法定期限内答复，未发生全市性舆情。',
  ])
    disagree(`the organ's own clause beside 全市/各单位: ${sentence}`, sentence, '共收到', [
      { messageId: 'applicationsReceived', data: { stated: 999, actual: 224 } },
    ]);
  valid.push({
    name: `${layout}: a county-wide figure`,
    text: writeReport({ overview: ['全县各乡镇、各部门共收到政府信息公开申请1230件。'] }, layout).text,
    format: fmt,
  });
}

// "All handled" while table 三 carries 36 forward; sentences about part of the applications say nothing of the rest.
const noneCarried = (() => {
  const values = consistentApplications();
  values.carryForward = values.carryForward!.map(() => 0);
  return recompute(values);
})();
for (const layout of LAYOUTS) {
  const fmt = format(layout);
  for (const [sentence, anchor] of [
    ['本局收到的政府信息公开申请全部办结。', '政府信息公开申请全部办结'],
    ['2023年，所有申请均已办理完成，群众满意度较高。', '所有申请均已办理完成'],
    ['对收到的申请，本局均已在法定期限内办结。', '均已在法定期限内办结'],
  ] as const) {
    const doc = writeReport({ overview: [sentence] }, layout);
    invalid.push({
      name: `${layout}: “${sentence}” while 36 are carried forward`,
      text: doc.text,
      format: fmt,
      errors: [
        {
          messageId: 'allHandledCarriedForward',
          severity: 'warn',
          line: doc.lineOf(sentence),
          column: doc.columnOf(sentence, anchor),
          data: { actual: 36 },
        },
      ],
    });
  }
  for (const sentence of [
    '上年结转的27件申请均已办结。',
    '除结转下年度继续办理的36件外，其余申请均已办结。',
    '全市各级行政机关收到的申请均已办结。',
    '本局对政府信息公开申请均按时予以答复。',
    '依申请公开按时办结率100%。',
  ]) {
    valid.push({
      name: `${layout}: “${sentence}” says nothing of the carried-forward ones`,
      text: writeReport({ overview: [sentence] }, layout).text,
      format: fmt,
    });
  }
  valid.push({
    name: `${layout}: all handled and nothing carried forward`,
    text: writeReport({ overview: ['本局收到的政府信息公开申请全部办结。'], applications: noneCarried }, layout).text,
    format: fmt,
  });
}

testRule(rule, { valid, invalid });
