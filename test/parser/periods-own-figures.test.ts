/**
 * Spans in the body that are no statement of the report's period (periods.ts), where the preamble states none
 * (review11 G2, P2): a count so far since 1 January (自2021年1月1日起，截至2021年11月30日，我镇共…) is read as no
 * period at all; a website's, an account's, a system's or a half year's own 统计时间 is read as that thing's figures
 * (cited), never as the report's own statement.
 */
import { describe, expect, it } from '@jest/globals';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';

async function periodsOf(overview: string, preamble = '本报告依据《中华人民共和国政府信息公开条例》编制。') {
  const text = [
    '# 某镇2021年政府信息公开工作年度报告',
    '',
    preamble,
    '',
    '## 一、总体情况',
    '',
    overview,
    '',
    '## 二、主动公开政府信息情况',
    '',
    '本镇主动公开政府信息2345条。',
    '',
  ].join('\n');
  const { report } = await parseReport(text, { filePath: 'report.md' });
  return report.periods.map((p) => ({ start: p.start, end: p.end, explicit: p.explicit, own: p.own, cited: p.cited }));
}

const date = (year: number, month: number, day: number) => ({ year, month, day });

describe('a count so far since 1 January, in the body: no period (review11 G2)', () => {
  it.each([
    ['自2021年1月1日起，截至2021年11月30日，我镇共主动公开政府信息1234条。'],
    ['自2021年1月1日起截至2021年11月30日，镇政府网站共发布信息856条。'],
    ['自2022年1月1日起，截至2022年1月15日，我镇已整改完成问题3个。'],
  ])('%s', async (sentence) => {
    expect(await periodsOf(sentence)).toEqual([]);
  });

  it('to the year’s end, the year’s span is still read (review8 F1)', async () => {
    expect(await periodsOf('自2021年1月1日起，截至2021年12月31日，本机关共收到政府信息公开申请37件。')).toEqual([
      { start: date(2021, 1, 1), end: date(2021, 12, 31), explicit: false, own: false, cited: false },
    ]);
  });

  it('in the preamble, where the period is stated, a half year so written is read as one', async () => {
    const sentence = '自2021年1月1日起，截至2021年6月30日，本机关共收到政府信息公开申请37件。';
    expect(await periodsOf('本镇持续推进政务公开。', sentence)).toEqual([
      { start: date(2021, 1, 1), end: date(2021, 6, 30), explicit: false, own: false, cited: false },
    ]);
  });
});

describe('a thing’s own 统计时间 in the body: its figures, not the report’s period (review11 P2)', () => {
  it.each([
    ['镇政府网站总访问量120305次，统计时间为2021年1月1日至2021年11月30日。', date(2021, 11, 30)],
    ['“官厅微生活”公众号关注人数3056人，统计期间为2021年1月1日至2021年11月30日。', date(2021, 11, 30)],
    ['上半年（统计时间为2021年1月1日至2021年6月30日）共发布信息420条。', date(2021, 6, 30)],
    ['网站统计系统的统计周期为2021年1月1日至2021年12月20日，共记录访问量12万次。', date(2021, 12, 20)],
  ])('%s', async (sentence, end) => {
    expect(await periodsOf(sentence)).toEqual([{ start: date(2021, 1, 1), end, explicit: false, own: false, cited: true }]);
  });

  it('统计时间为… with no such thing named stays the report’s own (review8 F6)', async () => {
    expect(await periodsOf('2021年，本镇统计时间为2021年1月1日至2021年11月30日，共收到申请14件。')).toEqual([
      { start: date(2021, 1, 1), end: date(2021, 11, 30), explicit: true, own: true, cited: false },
    ]);
  });

  it.each([
    '本机关通过政府网站、政务新媒体等平台公开信息，统计时间为2021年1月1日至2021年11月30日。',
    '本机关依托政务公开平台开展工作，统计时间为2021年1月1日至2021年11月30日。',
  ])(
    'a clause naming only the means, with no figures of its own, leaves the range the report’s (review15 F10): %s',
    async (sentence) => {
      expect(await periodsOf(sentence)).toEqual([
        { start: date(2021, 1, 1), end: date(2021, 11, 30), explicit: true, own: true, cited: false },
      ]);
    },
  );

  it('a note in brackets naming where the figures come from names no thing of its own (review14 F7)', async () => {
    expect(await periodsOf('数据统计时间为2021年1月1日至2021年12月31日（数据来源：政务公开平台）。')).toEqual([
      { start: date(2021, 1, 1), end: date(2021, 12, 31), explicit: true, own: true, cited: false },
    ]);
  });

  it('the report’s own words before it (本报告所列数据) keep it the report’s, a website named or not', async () => {
    const sentence = '本报告所列数据统计时间为2021年1月1日至2021年11月30日，镇政府网站总访问量120305次。';
    expect(await periodsOf(sentence)).toEqual([
      { start: date(2021, 1, 1), end: date(2021, 11, 30), explicit: true, own: true, cited: false },
    ]);
  });

  it('in the preamble a sentence naming a website is still the report’s statement', async () => {
    const sentence = '统计时间为2021年1月1日至2021年11月30日，镇政府网站总访问量120305次。';
    expect(await periodsOf('本镇持续推进政务公开。', sentence)).toEqual([
      { start: date(2021, 1, 1), end: date(2021, 11, 30), explicit: true, own: true, cited: false },
    ]);
  });
});

describe('extract: the period is the report’s, not a thing’s own dates', () => {
  it('a website’s 统计时间 in the body gives no period; the report’s own statement does', async () => {
    const body = (overview: string) =>
      ['# 某镇2021年政府信息公开工作年度报告', '', '## 一、总体情况', '', overview, ''].join('\n');
    const website = await parseReport(body('镇政府网站总访问量120305次，统计时间为2021年1月1日至2021年11月30日。'), {
      filePath: 'report.md',
    });
    expect(extractReport(website).period).toBeNull();
    const own = await parseReport(body('本报告所列数据统计时间为2021年1月1日至2021年12月31日，镇政府网站总访问量120305次。'), {
      filePath: 'report.md',
    });
    expect(extractReport(own).period).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });
});
