/**
 * Fee statements (fee-statements.ts): what a sentence or a table cell about the 信息处理费 is read as, and what is
 * left a mere mention because it cannot be read with certainty.
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import type { FeeStatement, ReportRoot } from '../../src/parser/types.js';

type Reading = Partial<
  Pick<FeeStatement, 'noneCollected' | 'noNotice' | 'notices' | 'noticesSum' | 'noticesOfOthers' | 'noticesIssued' | 'collected'>
>;

const HEAD = [
  '# 某局2023年政府信息公开工作年度报告',
  '',
  '## 一、总体情况',
  '',
  '本局持续推进政务公开。',
  '',
  '## 六、其他需要报告的事项',
  '',
];

async function parse(body: string[]): Promise<ReportRoot> {
  return (await parseReport([...HEAD, ...body, ''].join('\n'), { filePath: 'report.md' })).report;
}

describe('fee tables in section 六', () => {
  const tables: Array<[string, string[], Reading & { line: number }]> = [
    [
      'a row and its value 0',
      ['| 项目 | 金额 |', '| --- | --- |', '| 信息处理费（元） | 0 |'],
      { line: 11, noneCollected: true, collected: 0 },
    ],
    ['a row and its value 无', ['| 收取信息处理费情况 | 无 |', '| --- | --- |'], { line: 9, noneCollected: true }],
    ['notices 0件', ['| 项目 | 数量 |', '| --- | --- |', '| 发出收费通知 | 0件 |'], { line: 11, noNotice: true, notices: 0 }],
    ['notices 3', ['| 项目 | 数量 |', '| --- | --- |', '| 发出收费通知（件） | 3 |'], { line: 11, notices: 3, noNotice: false }],
    [
      'an amount',
      ['| 项目 | 数量 |', '| --- | --- |', '| 实际收取信息处理费 | 150元 |'],
      { line: 11, collected: 150, noneCollected: false },
    ],
    [
      'an amount in 万元',
      ['| 项目 | 数量 |', '| --- | --- |', '| 实际收取信息处理费（万元） | 0.5 |'],
      { line: 11, collected: 5000 },
    ],
    ['a header over one row', ['| 发出收费通知（件） | 收取金额 |', '| --- | --- |', '| 4 | 0 |'], { line: 9, notices: 4 }],
  ];
  it.each(tables)('%s', async (_name, body, { line, ...expected }) => {
    const report = await parse(body);
    expect(report.feeStatements).toHaveLength(1);
    expect(report.feeStatements[0]).toMatchObject({ section: 'other', ...expected });
    expect(report.feeStatements[0]!.position?.start.line).toBe(line);
  });

  const mentions: Array<[string, string[]]> = [
    ['two values in a row (two years)', ['| 项目 | 2022年 | 2023年 |', '| --- | --- | --- |', '| 发出收费通知（件） | 3 | 1 |']],
    ['a header over two rows of values', ['| 年度 | 发出收费通知（件） |', '| --- | --- |', '| 2022 | 3 |', '| 2023 | 1 |']],
    ['a dash ("not filled in", not "none")', ['| 项目 | 金额 |', '| --- | --- |', '| 信息处理费（元） | — |']],
    ['a count in 件 for an amount', ['| 项目 | 数量 |', '| --- | --- |', '| 收取信息处理费 | 2件 |']],
    ['an amount of notices in 元', ['| 项目 | 数量 |', '| --- | --- |', '| 收费通知金额 | 200 |']],
  ];
  it.each(mentions)('reads nothing from %s', async (_name, body) => {
    const report = await parse(body);
    expect(report.feeStatements).toEqual([]);
    expect(report.feeMentions).toHaveLength(1);
  });
});

describe('fee sentences', () => {
  const sentences: Array<[string, Reading]> = [
    ['本年度发出2份信息处理费收费通知，实际收取0元。', { notices: 2, collected: 0 }],
    // A count of people is no count of notices (review, 2026-12-05): notices are said to be issued, not how many.
    ['本年度向3名申请人发出收费通知，未收取信息处理费。', { notices: null, noticesIssued: true }],
    ['本年度共对2位申请人发出信息处理费收费通知，未收取信息处理费。', { notices: null, noticesIssued: true }],
    // A year that dates a rule or a day, not the count, ties nothing.
    ['本年度按照2020年出台的《办法》发出收费通知3件，其中1件已缴费，收取信息处理费100元。', { notices: 3 }],
    ['截至2024年1月10日共发出收费通知3件，其中1份收费通知已缴费，收取信息处理费50元。', { notices: 3 }],
    ['本年度收费通知发出4件。', { notices: 4 }],
    // 缴费通知书 is the notice by its other name (red team rtB: "未提及发出收费通知的数量" on a page giving 33).
    ['本年度共发出缴费通知书33份，未收取信息处理费。', { notices: 33, noneCollected: true }],
    ['本年度未发出缴费通知，未收取信息处理费。', { noNotice: true, noneCollected: true }],
    ['本年度向申请人发出缴费通知书，实际收取信息处理费120元。', { notices: null, noticesIssued: true, collected: 120 }],
    ['本年度共对5件申请发出收费通知。', { notices: 5 }],
    // The count of applications is not the count of notices when the notices are counted too.
    ['本年度收到3件申请并发出收费通知1件。', { notices: 1 }],
    ['本年度对2件申请未发出收费通知。', { notices: null, noNotice: true }],
    // A denial of the rest (其余…) is no denial; 其他 alone is not "the rest".
    ['本年度发出收费通知2件，其余3件申请未发出收费通知。', { notices: 2, noNotice: false }],
    ['本年度发出收费通知2件，其余申请均未发出收费通知。', { notices: 2, noNotice: false }],
    ['本机关及其他部门均未发出收费通知。', { noNotice: true }],
    // Denials naming 发出收费通知 without 未 (rtL F3); 无需发出 denies nothing and affirms nothing.
    ['本机关不存在发出收费通知的情况，未收取信息处理费。', { noNotice: true, noticesIssued: false, noneCollected: true }],
    ['本年度不涉及发出收费通知。', { noNotice: true, noticesIssued: false }],
    ['本年度无收费通知发出。', { noNotice: true, noticesIssued: false }],
    ['本年度没有信息处理费收费通知发出。', { noNotice: true, noticesIssued: false }],
    ['本年度未曾发出收费通知。', { noNotice: true }],
    ['本年度无需发出收费通知，未收取信息处理费。', { noNotice: false, noticesIssued: false, noneCollected: true }],
    // A denial of something else about notices denies none was issued (review7 F3).
    ['本年度不存在发出收费通知后未在规定时限内处理的情况，未收取信息处理费。', { noNotice: false, noneCollected: true }],
    ['本年度没有收费通知送达不成功的情况。', { noNotice: false }],
    ['本年度未发出收费通知及时告知申请人，未收取信息处理费。', { noNotice: false, noneCollected: true }],
    // A denial of notices then a conjunction (和/及/或/并/也) or a bracket denies notices, and with them collecting
    // (review8 F3, F5); 未向申请人发出 is no notice issued.
    ['本年度未发出收费通知和收取信息处理费。', { noNotice: true, noticesIssued: false, noneCollected: true }],
    ['本年度没有发出收费通知书并收取信息处理费的情况。', { noNotice: true, noticesIssued: false, noneCollected: true }],
    ['本年度未发出收费通知书或收取信息处理费。', { noNotice: true, noticesIssued: false, noneCollected: true }],
    ['本机关未向申请人发出收费通知及收取任何费用。', { noNotice: true, noticesIssued: false, noneCollected: true }],
    ['本年度未发出收费通知书也未收取信息处理费。', { noNotice: true, noticesIssued: false, noneCollected: true }],
    ['本年度未发出收费通知（含电子通知），未收取信息处理费。', { noNotice: true, noticesIssued: false, noneCollected: true }],
    // A fault named after the conjunction is what is denied (review7 F3 kept).
    ['本年度不存在发出收费通知和收取信息处理费不规范的情况，未收取信息处理费。', { noNotice: false, noneCollected: true }],
    ['本机关对所有的申请人均未发出收费通知。', { noNotice: true }],
    // The clause may end with what did not happen (的行为, 的情况发生: review12 F3); applicants who applied are all.
    ['本年度未发出收费通知和收取信息处理费的行为。', { noNotice: true, noneCollected: true }],
    ['本年度没有发出收费通知及收取信息处理费的情况发生。', { noNotice: true, noneCollected: true }],
    ['本年度不存在发出收费通知或收取费用等行为。', { noNotice: true, noneCollected: true }],
    ['本机关对提出政府信息公开申请的申请人未发出收费通知。', { noNotice: true }],
    // A total written last stands alone only when nothing but the organ or the year stands before its marker
    // (review7 F2): a part counted with 共 is summed.
    ['本年度通过邮寄方式发出收费通知2件，通过电子邮件共发出收费通知3件。', { notices: 3, noticesSum: 5 }],
    ['本年度信息处理费收费通知已发出，未收取信息处理费。', { noNotice: false, noticesIssued: true }],
    // None collected, in the words real reports use; an amount above 0 is never none.
    ['信息处理费收取情况：无。', { noneCollected: true }],
    ['信息处理费：未收取。', { noneCollected: true }],
    ['本机关依法不予收取信息处理费。', { noneCollected: true }],
    ['本年度收取信息处理费为零。', { noneCollected: true }],
    ['本年度无信息处理费收取。', { noneCollected: true }],
    ['本年度无申请人缴纳信息处理费。', { noneCollected: true }],
    ['本年度政府信息公开收费为0。', { noneCollected: true }],
    ['本年度收取信息处理费为150元。', { noneCollected: false, collected: 150 }],
    ['信息处理费：收取150元。', { noneCollected: false, collected: 150 }],
    ['本年度收取信息处理费为0.5万元。', { noneCollected: false, collected: 5000 }],
    // Nothing charged in general words of charging (domain.md: "none were charged" is a statement without the word
    // 信息处理费), in section 六 or said of disclosure on application.
    ['本机关依申请公开政府信息不收费。', { noneCollected: true }],
    ['本年度无收费。', { noneCollected: true }],
    ['本年度未收取申请人任何费用。', { noneCollected: true }],
    ['本年度未收取政府信息公开申请相关费用。', { noneCollected: true }],
    ['本年度我局依申请提供政府信息均免费。', { noneCollected: true }],
    ['本机关依申请提供政府信息，一律免费。', { noneCollected: true }],
    ['本机关依申请公开政府信息，未收取检索、复制、邮寄等成本费用。', { noneCollected: true }],
    ['本年度未向申请人收取复制费、邮寄费等费用。', { noneCollected: true }],
    ['本年度依申请公开政府信息未计收费用。', { noneCollected: true }],
    ['本年度未发生收费行为。', { noneCollected: true }],
    ['本年度依申请公开均为无偿提供。', { noneCollected: true }],
    ['本年度无申请人缴纳费用的情况。', { noneCollected: true }],
    ['本年度未收取信息处理成本费用。', { noneCollected: true }],
    // The negation far from 收取, other verbs, a nil amount, a nil after a colon.
    ['本年度未对政府信息公开申请人收取信息处理费。', { noneCollected: true }],
    ['本机关未向政府信息公开申请人收取信息处理费。', { noneCollected: true }],
    ['本年度未因政府信息公开申请收取费用。', { noneCollected: true }],
    ['本年度我局无信息处理费收费情况。', { noneCollected: true }],
    ['本年度不涉及信息处理费收取。', { noneCollected: true }],
    ['本年度未出现收取信息处理费的情况。', { noneCollected: true }],
    ['本年度未出现收费情况。', { noneCollected: true }],
    ['无相关收费情况。', { noneCollected: true }],
    ['本年度收取信息处理费零元。', { noneCollected: true }],
    ['信息处理费0元。', { noneCollected: true }],
    ['信息处理费用：无。', { noneCollected: true }],
    ['本年度无申请人支付信息处理费。', { noneCollected: true }],
    ['本年度无实际收取信息处理费。', { noneCollected: true }],
    ['按照《政府信息公开信息处理费管理办法》规定，本年度对申请人免予收费。', { noneCollected: true }],
    ['关于信息处理费收取情况：2023年度未收取。', { noneCollected: true }],
    ['依据《政府信息公开信息处理费管理办法》收取信息处理费的情况：本年度未收取。', { noneCollected: true }],
    ['本年度未开具信息处理费缴费通知书。', { noNotice: true }],
    // All but two were sent no notice: two were.
    ['本年度除2件申请外，其余申请均未发出收费通知，实际收取信息处理费0元。', { notices: 2, noNotice: false }],
    // The report is on 2023: a count tied to another year is not read; a year compared with ties nothing.
    ['2022年发出收费通知5件，2023年发出收费通知2件。', { notices: 2 }],
    ['上年度发出收费通知5件，本年度发出收费通知2件。', { notices: 2 }],
    ['与上年相比，本年度发出收费通知3件。', { notices: 3 }],
    ['较2022年，发出收费通知3件。', { notices: 3 }],
    // Parts are summed unless a total is named by its own words (review5 F1); a jurisdiction's count is not the organ's
    // (review5 F3): only the subject of the count's clause names one.
    ['本年度向自然人发出收费通知30件，向法人发出收费通知18件，其中申请人均未缴纳。', { notices: 30, noticesSum: 48 }],
    ['本年度对涉及公共数据的申请发出收费通知29件，对其他申请发出收费通知19件。', { notices: 29, noticesSum: 48 }],
    ['本年度向自然人发出收费通知24件，向企业发出收费通知15件，向其他组织发出收费通知9件。', { notices: 24, noticesSum: 48 }],
    ['本局按照全市统一部署，本年度共发出收费通知5件。', { notices: 5, noticesIssued: true }],
    [
      '全县各级行政机关共发出收费通知120件，实际收取信息处理费0元。',
      { notices: null, noticesOfOthers: 120, noticesIssued: false, collected: 0 },
    ],
    // Other organs with this one (review6 F6): their joint count is kept apart, stated but not the organ's alone.
    ['本局会同各乡镇共发出收费通知17件。', { notices: null, noticesOfOthers: 17, noticesIssued: false }],
    // An adverbial of circumstance (全县统一部署下) is no subject: the count is the organ's (review6 F6).
    ['全县统一部署下，本年度共发出收费通知3件。', { notices: 3, noticesIssued: true }],
    ['全区统一安排下本年度共发出收费通知4件。', { notices: 4, noticesIssued: true }],
    // A part of the year's total is a part (review6 F5): summed, named 共 or not.
    ['本年度上半年发出收费通知20件，下半年共发出收费通知28件。', { notices: 28, noticesSum: 48 }],
    ['本年度第一季度发出收费通知14件，第二季度发出收费通知10件，下半年共计发出收费通知24件。', { notices: 24, noticesSum: 48 }],
    // Notices and the fee said nil together (census rtW #5: with table 三's notices, a contradiction went unsaid).
    ['本年度发出收费通知和收取信息处理费的情况为0。', { noNotice: true, noneCollected: true }],
    ['本年度发出收费通知、收取信息处理费数量为零。', { noNotice: true }],
    ['本年度发出收费通知和收取信息处理费的情况：无。', { noNotice: true, noneCollected: true }],
    // Irregular notices denied, or the nil not ending the clause, deny no notice (review17 F1: false errors).
    ['本年度违规发出收费通知和收取信息处理费的情况为零，申请人均未缴纳。', { noNotice: false }],
    ['本年度超标准发出收费通知和收取信息处理费的情况为0。', { noNotice: false }],
    ['本年度未按规定发出收费通知和收取信息处理费的情况为0。', { noNotice: false }],
    ['本年度发出收费通知和收取信息处理费的情况：无违规情形，申请人均未缴纳。', { noNotice: false }],
    ['本年度发出收费通知和收取信息处理费的情况为零星发生，申请人均已缴纳。', { noNotice: false }],
    // A nil count of collections and a nil amount (census rtW #9: a false 「未能读出」 on a correct report).
    ['本年度信息处理费收取数量为0件，金额为0元。', { noneCollected: true, noNotice: false, noticesIssued: false }],
    ['本年度信息处理费收费件数0件。', { noneCollected: true }],
    // An amount of another year is not this year's (rtAE 4: 300 read as collected beside the denial); the first one
    // of this year is, after it or before.
    ['本年度未收取信息处理费（上年度收取300元）。', { noneCollected: true, collected: null }],
    ['本年度未收取信息处理费，2022年收取信息处理费300元。', { noneCollected: true, collected: null }],
    ['上年度收取信息处理费300元，本年度收取信息处理费120元。', { noneCollected: false, collected: 120 }],
    ['本年度收取信息处理费150元（上年度收取300元）。', { noneCollected: false, collected: 150 }],
    ['2023年收取信息处理费80元。', { noneCollected: false, collected: 80 }],
  ];
  it.each(sentences)('%s', async (sentence, expected) => {
    const report = await parse([sentence]);
    expect(report.feeStatements).toHaveLength(1);
    expect(report.feeStatements[0]).toMatchObject({ section: 'other', ...expected });
  });

  it.each([
    ['本年度共发出收费通知30件，其中向自然人发出收费通知18件。', 30],
    ['本年度发出收费通知35件（含向法人发出收费通知13件）。', 35],
    ['本年度向自然人发出收费通知13件，向法人发出收费通知9件，共发出收费通知22件。', 22],
    // One part, then the total named so and the largest (review6 F5: 3 + 5 summed hid 5 too few).
    ['本年度向自然人发出收费通知3件，共发出收费通知5件。', 5],
    ['本机关2023年向法人发出收费通知9件，合计发出收费通知31件。', 31],
    // The organ by its kind before the marker (review8 F8: 300 + 569 summed hid 569 too few).
    ['本年度向自然人发出收费通知300件，本院共发出收费通知569件。', 569],
    ['本年度向自然人发出收费通知27件，我镇共发出收费通知43件。', 43],
    ['本年度向法人发出收费通知12件，本中心合计发出收费通知38件。', 38],
    ['本年度向自然人发出收费通知16件，我厅共计发出收费通知29件。', 29],
  ])('a total named by its own words states the total alone, unsummed: %s', async (sentence, notices) => {
    const report = await parse([sentence]);
    expect(report.feeStatements).toHaveLength(1);
    expect(report.feeStatements[0]).toMatchObject({ notices });
    expect(report.feeStatements[0]).not.toHaveProperty('noticesSum');
  });

  it.each([
    ['**（一）收取信息处理费情况。**本年度未收取。'],
    ['（一）收取信息处理费情况', '本年度未收取。'],
    ['（一）收取信息处理费情况', '', '本年度未收取。'],
    ['收取信息处理费情况：', '本年度无。'],
  ])('a lead-in naming the fee is read with the sentence after it: %s', async (...body) => {
    const report = await parse(body);
    expect(report.feeStatements).toHaveLength(1);
    expect(report.feeStatements[0]).toMatchObject({ section: 'other', noneCollected: true });
  });

  it('a lead-in followed by another matter is no statement, only a mention', async () => {
    const report = await parse(['（一）收取信息处理费情况。本年度未发生政府信息公开行政复议。']);
    expect(report.feeStatements).toEqual([]);
    expect(report.feeMentions).toHaveLength(1);
  });

  it.each([
    // Free of charge, but not said of the applicant's fees: a mention in section 六 at most.
    ['政务服务大厅为群众提供免费WiFi。', 1],
    // A budget is no fee of the applicant's.
    ['本年度政府信息公开工作经费有保障，未产生额外费用。', 0],
  ])('%s is no statement of the fee', async (sentence, mentions) => {
    const report = await parse([sentence]);
    expect(report.feeStatements).toEqual([]);
    expect(report.feeMentions ?? []).toHaveLength(mentions);
  });

  it('general words of charging outside section 六 count only when said of disclosure on application', async () => {
    const text = [
      '# 某局2023年政府信息公开工作年度报告',
      '',
      '## 一、总体情况',
      '',
      '本局开展惠民活动，全年无收费。依申请提供政府信息一律免费。',
      '',
      '## 六、其他需要报告的事项',
      '',
      '无。',
      '',
    ].join('\n');
    const { report } = await parseReport(text, { filePath: 'report.md' });
    expect(report.feeStatements.map((f) => f.text)).toEqual(['依申请提供政府信息一律免费。']);
  });

  it("table 二's 行政事业性收费为0 says nothing of this fee", async () => {
    const report = await parse(['本年度行政事业性收费为0，信息处理费情况详见说明。']);
    expect(report.feeStatements).toEqual([]);
  });

  it('a count of another year alone is a mention, not a statement of this year', async () => {
    const report = await parse(['2022年发出收费通知5件。']);
    expect(report.feeStatements).toEqual([]);
    expect(report.feeMentions).toHaveLength(1);
  });
});

describe('a denial of something else', () => {
  // A fault named after the fee is what is denied, and a denial for some applicants only says nothing of the others:
  // neither denies notices or collecting (review11 G1).
  it.each([
    '本机关未发出收费通知和收取信息处理费违反规定的情况。',
    '本机关没有发出收费通知或收取费用超出标准的情况。',
    '本机关不存在发出收费通知及收取费用不合理的现象。',
    '本机关不存在发出收费通知和收取信息处理费方面的问题。',
    '本机关没有发出收费通知和收取信息处理费引发投诉的情况。',
    '本机关不存在发出收费通知和收取信息处理费未按规定执行的情况。',
    // review14 F1: faults no list named (违纪, 异议): what follows the fee is the fault denied, unless it ends the clause.
    '本机关不存在发出收费通知和收取信息处理费方面的违纪行为。',
    '本机关不存在发出收费通知和收取信息处理费被申请人提出异议的情形。',
    '本机关不存在发出收费通知、收取信息处理费不规范的情况。',
  ])('%s', async (sentence) => {
    const report = await parse([sentence]);
    expect(report.feeStatements.filter((s) => s.noNotice || s.noneCollected)).toEqual([]);
  });

  // Applicants set apart by their qualifier (review11 G1, review14 F3).
  it.each([
    '本机关对经济困难的申请人未发出收费通知。',
    '本年度对按件计收标准以下的申请人均未发出收费通知。',
    '本年度对非营利目的的申请人均未发出收费通知。',
  ])('a denial of notices for some applicants only: %s', async (sentence) => {
    const report = await parse([sentence]);
    expect(report.feeStatements.filter((s) => s.noNotice)).toEqual([]);
  });
});

describe('a denial of notices and collecting, however its clause ends', () => {
  // review13 F1–F3: the endings editors write after the fee are many (…的相关情况, 之情形, 事宜, no full stop before the
  // signature, ！, （见表三）), and a denial of notices joined to other things than the fee (…及催缴通知, …也未收到相关投诉)
  // is a denial still; listing the endings left these unread (a false warning, and an error lost against table 三).
  it.each([
    ['本机关未发出收费通知和收取信息处理费的相关情况。', true],
    ['本年度未发出收费通知和收取信息处理费等相关情况。', true],
    ['本机关未发出收费通知和收取信息处理费之情形。', true],
    ['本机关未发出收费通知和收取信息处理费事宜。', true],
    ['本机关没有发出收费通知和收取信息处理费的情况发生过。', true],
    ['本机关未发出收费通知和收取信息处理费的情况、未收到投诉。', true],
    ['本机关未发出收费通知和收取信息处理费的情况！', true],
    ['本机关未发出收费通知和收取信息处理费的情况（见表三）。', true],
    ['本机关未向申请人发出收费通知和收取信息处理费的记录。', true],
    ['本机关未发出收费通知也未收到相关投诉。', false],
    ['本年度未发出收费通知及催缴通知。', false],
    ['本机关未发出收费通知和补正通知。', false],
  ])('%s', async (sentence, collecting) => {
    const report = await parse([sentence]);
    expect(report.feeStatements.some((s) => s.noNotice)).toBe(true);
    if (collecting) expect(report.feeStatements.some((s) => s.noneCollected)).toBe(true);
  });

  it('the same sentence without a full stop, run into the signature under it', async () => {
    const report = await parse([
      '本年度本机关未发出收费通知及收取信息处理费的情况',
      '',
      '杭州市东河区教育局',
      '',
      '2024年1月20日',
    ]);
    expect(report.feeStatements.some((s) => s.noNotice && s.noneCollected)).toBe(true);
  });

  // review13 F4: a qualifier that sets no applicants apart names them all.
  it.each([
    '本机关对本年度的申请人均未发出收费通知。',
    '本机关对依法提出的申请人未发出收费通知。',
    '本机关向来我局的申请人均未发出收费通知。',
  ])('%s denies notices to all applicants', async (sentence) => {
    const report = await parse([sentence]);
    expect(report.feeStatements.some((s) => s.noNotice)).toBe(true);
  });
});

// review15: a sentence denies notices only when what it denies is their issuing, read clause by clause. The denied
// clause ends at the notice, or at the fee or a paper denied with it; any further word about them (不及时, 未送达,
// 不公开, 票据, 乱收费 …) is a fault denied, which says nothing of how many notices were issued: never a denial (the
// sentence may still say none was collected). A listed denial (、) is one clause per item.
describe('what a negation of notices denies (review15)', () => {
  const SIGNATURE = ['', '杭州市东河区教育局', '2024年1月15日'];
  const NONE = '本年度未收取信息处理费，';
  const cases: Array<[string, string[], 'denial' | 'fault' | 'partial' | 'unread']> = [
    // F1: a fault denial whose last sentence has no full stop, the signature's lines joined to it.
    ['F1 不公开的情况 ⏎ signature', [`${NONE}不存在发出收费通知和收取信息处理费不公开的情况`, ...SIGNATURE], 'fault'],
    ['F1 程序瑕疵的情况 ⏎ signature', [`${NONE}不存在发出收费通知和收取信息处理费程序瑕疵的情况`, ...SIGNATURE], 'fault'],
    [
      'F1 后被申请人质疑的情况 ⏎ signature',
      [`${NONE}不存在发出收费通知和收取信息处理费后被申请人质疑的情况`, ...SIGNATURE],
      'fault',
    ],
    [
      'F1 偏离…要求的情况 ⏎ signature',
      [`${NONE}不存在发出收费通知和收取信息处理费偏离国办函〔2020〕109号要求的情况`, ...SIGNATURE],
      'fault',
    ],
    ['F1 a date in a bracket', [`${NONE}不存在发出收费通知和收取信息处理费被质疑的情况（统计截至2023年12月31日）。`], 'fault'],
    [
      'F1 organ and date on one line',
      [`${NONE}不存在发出收费通知和收取信息处理费不公开的情况`, '杭州市东河区教育局 2024年1月15日'],
      'fault',
    ],
    // A true denial run into the signature's own lines is still one; an organ run on from the sentence is unread.
    ['signature under a denial', ['本年度未发出收费通知和收取信息处理费', ...SIGNATURE], 'denial'],
    [
      'signature on one line under a denial',
      ['本年度未发出收费通知和收取信息处理费的情况', '杭州市东河区教育局 2024年1月15日'],
      'denial',
    ],
    [
      'organ run on from the sentence',
      ['本年度未发出收费通知和收取信息处理费的情况杭州市东河区教育局', '2024年1月15日'],
      'unread',
    ],
    // F2: a second predicate of the notices after a conjunction.
    ['F2 并未及时送达', [`${NONE}不存在发出收费通知并未及时送达的情况。`], 'fault'],
    ['F2 且未注明收费标准', [`${NONE}不存在发出收费通知且未注明收费标准的情况。`], 'fault'],
    ['F2 并未告知缴费方式', [`${NONE}不存在发出收费通知并未告知申请人缴费方式的情况。`], 'fault'],
    ['F2 和未说明收费依据', [`${NONE}没有发出收费通知和未说明收费依据的情况。`], 'fault'],
    ['F2 并无收费依据', [`${NONE}不存在发出收费通知并无收费依据的情况。`], 'fault'],
    // F3: the fault after a bracketed note.
    ['F3 （含催缴通知）不及时', [`${NONE}不存在发出收费通知（含催缴通知）不及时的情况。`], 'fault'],
    ['F3 （含催缴）不规范', [`${NONE}不存在发出收费通知和收取信息处理费（含催缴）不规范的情况。`], 'fault'],
    ['F3 （详见表三）的违规情况', [`${NONE}不存在发出收费通知和收取信息处理费（详见表三）的违规情况。`], 'fault'],
    // F7: a paper after the conjunction that is no paper's name.
    ['F7 和收费后未开具正式票据', [`${NONE}不存在发出收费通知和收费后未开具正式票据。`], 'fault'],
    ['F7 和收取费用不出具票据', [`${NONE}不存在发出收费通知和收取费用不出具票据。`], 'fault'],
    ['F7 与收费标准不一致的通知书', [`${NONE}不存在发出收费通知与收费标准不一致的通知书。`], 'fault'],
    // F12: faults the fault words never named.
    ['F12 、…随意的情况', [`${NONE}不存在发出收费通知、收取信息处理费随意的情况。`], 'fault'],
    ['F12 、…标准不一的情况', [`${NONE}不存在发出收费通知、收取信息处理费标准不一的情况。`], 'fault'],
    ['F12 和无依据收取', [`${NONE}不存在发出收费通知和无依据收取信息处理费的情况。`], 'fault'],
    ['F12 和无故收取', [`${NONE}不存在发出收费通知和无故收取信息处理费的情况。`], 'fault'],
    ['F12 并无正当理由收取', [`${NONE}不存在发出收费通知并无正当理由收取信息处理费的情况。`], 'fault'],
    ['F12 的乱收费现象', [`${NONE}不存在发出收费通知和收取信息处理费的乱收费现象。`], 'fault'],
    // A condition, and a question, deny nothing.
    ['的情况下', ['在未发出收费通知的情况下，申请人无需缴纳信息处理费。'], 'unread'],
    ['有无 asks', ['本年度有无发出收费通知，有，申请人均未缴纳信息处理费。'], 'unread'],
    ['a quoted phrase', ['本报告所称“未发出收费通知”，是指申请人未缴纳信息处理费的情形。'], 'unread'],
    // F13: a listed denial, one clause per item.
    ['F13 、未收取、未收到相关投诉', ['本年度未发出收费通知、未收取信息处理费、未收到相关投诉。'], 'denial'],
    ['F13 、没有收取、没有发生收费争议', ['本机关没有发出收费通知、没有收取信息处理费、没有发生收费争议。'], 'denial'],
    ['F13 、未出现违规收费问题', ['本年度未发出收费通知、未收取信息处理费、未出现违规收费问题。'], 'denial'],
    ['、收费决定书等文书', [`${NONE}不存在发出收费通知、收费决定书等文书。`], 'denial'],
    ['且未收取 (the issuing negated itself)', ['本机关未发出收费通知且未收取信息处理费。'], 'denial'],
    ['亦未收取', ['本机关未发出收费通知亦未收取信息处理费。'], 'denial'],
    ['和收费决定书等', ['本机关未向申请人发出收费通知和收费决定书等。'], 'denial'],
    ['的记录（详见表三）', [`${NONE}无发出收费通知和收取信息处理费的记录（详见表三）。`], 'denial'],
    // F6: all applicants, a subset word among their words; some applicants stay partial.
    ['F6 对所有符合申请条件的申请人', ['本年度对所有符合申请条件的申请人均未发出收费通知，未收取信息处理费。'], 'denial'],
    ['F6 对全部符合法定条件的申请人', ['本年度对全部符合法定条件的申请人均未发出收费通知，未收取信息处理费。'], 'denial'],
    ['F6 对包括学生在内的所有申请人', ['本年度对包括学生在内的所有申请人均未发出收费通知，未收取信息处理费。'], 'denial'],
    ['对所有经济困难的申请人', ['本年度对所有经济困难的申请人均未发出收费通知。'], 'partial'],
    ['对符合法定条件的申请人', ['本年度对符合法定条件的申请人均未发出收费通知。'], 'partial'],
    ['对所有符合减免条件的申请人', ['本年度对所有符合减免条件的申请人均未发出收费通知。'], 'partial'],
  ];
  it.each(cases)('%s', async (_name, body, reading) => {
    const report = await parse(body);
    expect(report.feeStatements.some((s) => s.noNotice)).toBe(reading === 'denial');
    // Whatever is not a denial is still spoken of: a statement or a mention, never nothing said.
    expect(report.feeStatements.length + (report.feeMentions ?? []).length).toBeGreaterThan(0);
    if (reading === 'unread') expect(report.feeStatements.some((s) => s.noNotice || s.noticesIssued)).toBe(false);
  });
});

// review16 F1, F2: the issuing's own negation (未发出收费通知) denies the issuing whatever it goes on to deny with
// the notices, in the words real reports use: a second clause that denies charging, words before the verb that name
// no fault, other charges after the fee, other papers, and what trails the clause (：无, ……, a stray closing quote).
// A fault named anywhere on the way, a quote paired before the denial, a situation denied (不存在…并免予收费的情况:
// no case of a notice then waived) and a colon before anything but a nil are left unread.
describe('a denial of notices read to its clause end (review16)', () => {
  const NONE = '本年度未收取信息处理费，';
  const cases: Array<[string, 'denial' | 'denial+fee' | 'none']> = [
    ['本机关未发出收费通知和收取信息处理费的情况：无。', 'denial+fee'],
    ['本机关未发出收费通知和收取信息处理费的情况:无', 'denial+fee'],
    ['本机关未发出收费通知和收取信息处理费的情况……', 'denial+fee'],
    ['本机关未发出收费通知和收取信息处理费的情况…', 'denial+fee'],
    ['本机关未发出收费通知和收取信息处理费的情况”。', 'denial+fee'],
    ['本机关未发出收费通知和收取信息处理费的情况：无”。', 'denial+fee'],
    ['本机关未发出收费通知并按规定免予收费。', 'denial'],
    ['本机关未发出收费通知并一律免费向申请人提供政府信息。', 'denial'],
    ['本机关全年未发出收费通知以及其他收费文书。', 'denial'],
    ['本机关未发出收费通知或要求申请人缴纳费用。', 'denial+fee'],
    ['本机关未发出收费通知和收取信息处理费等任何费用。', 'denial+fee'],
    ['本机关未发出收费通知及收取信息处理费等费用。', 'denial+fee'],
    ['本年度未发出收费通知和向申请人收取信息处理费。', 'denial+fee'],
    ['本年度未发出收费通知和依申请收取信息处理费。', 'denial+fee'],
    ['本年度未发出收费通知和实际收取信息处理费。', 'denial+fee'],
    ['本年度未发出收费通知和按件、按量收取信息处理费。', 'denial+fee'],
    ['本年度本机关未发出收费通知和收取信息处理费等相关费用。', 'denial+fee'],
    ['本年度未发出收费通知和收取信息处理费及其他费用。', 'denial+fee'],
    ['本年度未发出收费通知和收取信息处理费的有关情况。', 'denial+fee'],
    ['本年度未发出收费通知和收取信息处理费等。', 'denial+fee'],
    // The other side: a fault, a paired quote, a situation, a colon before something else.
    [`${NONE}未发出收费通知和超标准收取信息处理费。`, 'none'],
    [`${NONE}未发出收费通知和收取超标准的信息处理费。`, 'none'],
    [`${NONE}未发出收费通知和收取信息处理费等违规行为。`, 'none'],
    [`${NONE}未发出收费通知和收取信息处理费等其他不规范行为。`, 'none'],
    [`${NONE}不存在发出收费通知并免予收费的情况。`, 'none'],
    [`${NONE}没有发出收费通知并一律免费的情况。`, 'none'],
    ['报告模板写作“本机关未发出收费通知和收取信息处理费的情况”，本年度共收取信息处理费420元。', 'none'],
    [`${NONE}未发出收费通知和收取信息处理费的情况：共3件。`, 'none'],
    [`${NONE}未发出收费通知和收取信息处理费的情况……等多种情形。`, 'none'],
    [`${NONE}未发出收费通知”和收费决定书。`, 'none'],
  ];
  it.each(cases)('%s', async (sentence, reading) => {
    const report = await parse([sentence]);
    expect(report.feeStatements.some((s) => s.noNotice)).toBe(reading !== 'none');
    if (reading === 'denial+fee') expect(report.feeStatements.some((s) => s.noNotice && s.noneCollected)).toBe(true);
    // Whatever is not a denial is still spoken of.
    expect(report.feeStatements.length + (report.feeMentions ?? []).length).toBeGreaterThan(0);
  });
});
