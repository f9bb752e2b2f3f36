/** The narrative's claims on the report year (claims.ts): which phrases speak of the report year, which compare or plan. */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';

async function handledClaims(sentence: string): Promise<string[]> {
  const text = ['# 某局2023年政府信息公开工作年度报告', '', '## 一、总体情况', '', sentence, ''].join('\n');
  const { report } = await parseReport(text, { format: 'markdown' });
  return report.claims.filter((c) => c.kind === 'allHandled').map((c) => c.scope);
}

async function claimedYears(first: string, title = '# 某局2023年政府信息公开工作年度报告'): Promise<number[]> {
  const text = [title, '', '## 一、总体情况', '', first, ''].join('\n');
  const { report } = await parseReport(text, { format: 'markdown' });
  return report.claims.filter((c) => c.kind === 'reportYear').map((c) => c.year ?? NaN);
}

describe('claims of the report year: 将 (red team rtL F6)', () => {
  it('将 used as 把 with an earlier year is no plan: the opening speaks of that year', async () => {
    expect(await claimedYears('2022年，本局将政务公开纳入绩效考核。')).toEqual([2022]);
  });
  it('将 with a year after the report year is a plan: no claim', async () => {
    expect(await claimedYears('2024年，我局将政务公开纳入年度考核。')).toEqual([]);
  });
  it('a plan by its construction (将于, 计划) makes no claim, whatever the year', async () => {
    expect(await claimedYears('2021年，本局将于3月开展培训。')).toEqual([]);
    expect(await claimedYears('2021年，本局计划开展培训5次。')).toEqual([]);
  });
  it('an earlier year beside this year in one sentence is background, no claim (review7 F5)', async () => {
    expect(await claimedYears('2020年，区政府将我镇列为政务公开标准化试点，本年度我镇继续推进。')).toEqual([]);
  });
  it('较前一年 compares (review7 F5)', async () => {
    expect(await claimedYears('2022年，本局主动公开信息数量较前一年有较大提升。')).toEqual([]);
  });
  it('with no report year known, 将 alone is taken for a plan', async () => {
    expect(await claimedYears('2022年，本局将政务公开纳入绩效考核。', '# 政府信息公开工作年度报告')).toEqual([]);
  });
});

// 均已办结 of applications of another kind says nothing of table 三 (red team rtV #8: a false allHandledCarriedForward).
describe('claims that every application was handled', () => {
  it.each([
    '全年受理行政许可申请1,200件，均已按时办结。',
    '办理群众来信来访申请200件、12345热线工单1,234件，均已按时办结。',
    '全年受理政务服务事项申请3,456件，均已按期办结。',
  ])('another kind of application: %s', async (sentence) => {
    expect(await handledClaims(sentence)).toEqual([]);
  });
  it.each([
    '全年共收到政府信息公开申请226件，均已按时办结。',
    '全年共收到申请226件，均已按时办结。',
    '本局收到的政府信息公开申请全部办结。',
    '全年共收到政府信息公开申请226件，受理行政许可申请1,200件，均已按时办结。',
    '全年共收到政府信息公开申请226件，均已按时办结，申请人诉求得到及时回应。',
  ])('applications for government information: %s', async (sentence) => {
    expect(await handledClaims(sentence)).toEqual(['organ']);
  });
});
