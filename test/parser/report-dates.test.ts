/**
 * The report's own dates (statements.ts findDates; red team rtL, 2026-12-06). F1: a labelled date of a document the
 * header cites (《…的通知》（印发日期：…）) is that document's. F2: the signature before the attachments, and the last
 * signature when a quoted document's signature stands above it, is the report's. F5: the report's date written with
 * dashes, dots, brackets, 印发, on the organ's line, above contact lines, under the title (题注), and a CMS line with
 * both 成文日期 and 发布日期 (the publication is the 发布日期). A date no calendar has (2023年2月29日) is said unread.
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';

const TITLE = '# 某县市场监督管理局2023年政府信息公开工作年度报告';
const PERIOD = '本报告统计期限为2023年1月1日至2023年12月31日。';

/** A report: its header lines under the title, and the lines of section 六 (the signature last). */
function report(header: string[], ending: string[], title = TITLE): string {
  return [
    title,
    ...header,
    '## 一、总体情况',
    '2023年，本机关扎实推进政府信息公开工作，全年主动公开信息137条。',
    '## 六、其他需要报告的事项',
    '本机关未收取信息处理费。',
    ...ending,
  ].join('\n\n');
}

async function datesOf(text: string) {
  const { report: read } = await parseReport(text, { format: 'markdown' });
  return read.dates.map((d) => [d.kind, d.date && `${d.date.year}-${d.date.month}-${d.date.day}`]);
}

const SIGNED = ['某县市场监督管理局', '2024年1月20日'];

describe('F1: a date of a document the header cites is not the report’s', () => {
  it.each([
    '按照某县政务公开办《关于报送年度报告的通知》（印发日期：2023年12月20日）要求，现发布本报告。',
    '按照某县政务公开办《关于报送年度报告的通知》（成文日期：2023年12月21日）要求，现发布本报告。',
    '按照某县政务公开办关于报送年度报告的通知（发布日期：2023年12月22日）要求，现发布本报告。',
    '按照某县政务公开办《关于报送年度报告的通知》要求（该通知发布时间：2023年12月23日），现发布本报告。',
    '根据某政办〔2023〕17号文件，发布时间：2024年2月5日',
  ])('%s', async (intro) => {
    expect(await datesOf(report([`${intro}${PERIOD}`], SIGNED))).toEqual([['signature', '2024-1-20']]);
  });

  it('the header’s own labelled date is still read (the test above can fail)', async () => {
    expect(await datesOf(report(['发布日期：2024年2月5日', PERIOD], SIGNED))).toEqual([
      ['published', '2024-2-5'],
      ['signature', '2024-1-20'],
    ]);
    expect(await datesOf(report(['（发布日期：2024年2月6日）', PERIOD], SIGNED))).toEqual([
      ['published', '2024-2-6'],
      ['signature', '2024-1-20'],
    ]);
  });

  it('a CMS line with 成文日期 and 发布日期: the 发布日期 is the publication', async () => {
    expect(await datesOf(report(['成文日期：2024-01-10　　发布日期：2024-02-05', PERIOD], SIGNED))).toEqual([
      ['published', '2024-2-5'],
      ['signature', '2024-1-20'],
    ]);
  });
});

describe('F2: the report’s signature, not an attachment’s or a quoted document’s', () => {
  it('an attachment after the signature, signed and dated itself', async () => {
    const ending = [
      ...SIGNED,
      '附件：某县市场监督管理局政府信息公开指南',
      '一、公开的主体和机构……',
      '某县市场监督管理局',
      '2023年3月1日',
    ];
    expect(await datesOf(report([PERIOD], ending))).toEqual([['signature', '2024-1-20']]);
  });

  it('a superior notice quoted with its signature above the report’s', async () => {
    const ending = ['本局转发了上级的通知，通知落款为：', '某县人民政府办公室', '2023年11月1日', ...SIGNED];
    expect(await datesOf(report([PERIOD], ending))).toEqual([['signature', '2024-1-20']]);
  });

  it('a late signature before an attachment is the one read', async () => {
    const ending = ['某县市场监督管理局', '2024年2月5日', '附件1：政府信息公开指南', '某县市场监督管理局', '2023年3月1日'];
    expect(await datesOf(report([PERIOD], ending))).toEqual([['signature', '2024-2-5']]);
  });

  it('a date printed under the signature’s date is the page’s: the first stays', async () => {
    expect(await datesOf(report([PERIOD], [...SIGNED, '2024年1月25日']))).toEqual([['signature', '2024-1-20']]);
  });
});

describe('F5: the report’s own date written otherwise', () => {
  it.each(['2024-02-01', '2024-2-1', '2024.2.1', '（2024年2月1日）', '2024年2月1日印发'])('%s under the organ', async (date) => {
    expect(await datesOf(report([PERIOD], ['某县市场监督管理局', date]))).toEqual([['signature', '2024-2-1']]);
  });

  it('a numeric date under a sentence is not taken for a signature', async () => {
    expect(await datesOf(report([PERIOD], ['本年度工作已于下列日期完成。', '2024-02-01']))).toEqual([]);
  });

  it('the organ and the date on one line', async () => {
    expect(await datesOf(report([PERIOD], ['某县市场监督管理局　2024年2月5日']))).toEqual([['signature', '2024-2-5']]);
  });

  it('the organ and the date glued, as a PDF reader gives a right-aligned signature (rtW #1)', async () => {
    expect(await datesOf(report([PERIOD], ['某县市场监督管理局2024年3月5日']))).toEqual([['signature', '2024-3-5']]);
    // A sentence ending in a date is no signature: only an organ's name may stand before it.
    expect(await datesOf(report([PERIOD], ['本报告经局长办公会审议通过于2024年3月5日']))).toEqual([]);
  });

  it('a signature with contact lines under it', async () => {
    const ending = ['某县市场监督管理局', '2024年2月7日', '联系人：张某', '联系电话：0571-88880000', '联系地址：某县某路8号'];
    expect(await datesOf(report([PERIOD], ending))).toEqual([['signature', '2024-2-7']]);
  });

  it.each(['（2024年2月1日）', '（二〇二四年二月一日）', '2024-02-01'])('%s under the title: its 成文日期', async (note) => {
    expect(await datesOf(report([note, PERIOD], []))).toEqual([['written', '2024-2-1']]);
  });

  it('a date at the end of the title', async () => {
    expect(await datesOf(report([PERIOD], [], `${TITLE}（2024年2月1日）`))).toEqual([['written', '2024-2-1']]);
  });

  it('a signature date no calendar has (2023年2月29日) is read as a date unread', async () => {
    expect(await datesOf(report([PERIOD], ['某县市场监督管理局', '2023年2月29日']))).toEqual([['signature', null]]);
  });
});

describe('a date written otherwise never displaces the signature’s 年月日', () => {
  it('a page’s source and dashed date under the signature', async () => {
    const ending = [...SIGNED, '某市某局', '2024-01-25'];
    expect(await datesOf(report([PERIOD], ending))).toEqual([['signature', '2024-1-20']]);
  });
});

describe('review7 F5, F6: what follows the signature never displaces it', () => {
  it.each([
    ['a 版记 (抄送, the office, the day it was printed)', ['抄送：县委办公室。', '某县人民政府办公室', '2024年4月2日印发']],
    ['a 版记 with the office and the day on one line', ['抄送：县委办公室。', '某县人民政府办公室　2024年4月2日印发']],
    ['a note, then the office and the day printed', ['（此件公开发布）', '某县人民政府办公室', '2024年4月2日印发']],
    [
      'contact lines, then an office and a later date',
      ['联系人：张某', '联系电话：0571-88880000', '某县人民政府办公室', '2024年4月6日'],
    ],
  ])('%s', async (_, after) => {
    expect(await datesOf(report([PERIOD], [...SIGNED, ...after]))).toEqual([['signature', '2024-1-20']]);
  });

  it('an office and a 印发 date with no signature above: the report’s date', async () => {
    expect(await datesOf(report([PERIOD], ['抄送：县委办公室。', '某县人民政府办公室', '2024年4月2日印发']))).toEqual([
      ['signature', '2024-4-2'],
    ]);
  });

  it('a 抄送 line of a document quoted in the body, the body going on: the report’s signature is the last', async () => {
    const ending = [
      '本局转发了上级的通知：',
      '某县人民政府办公室',
      '2023年11月1日',
      '抄送：县委办公室。',
      '本局按通知要求完成了年度报告的编制。',
      ...SIGNED,
    ];
    expect(await datesOf(report([PERIOD], ending))).toEqual([['signature', '2024-1-20']]);
  });

  it('contact lines of a document quoted in the body, the body going on: the report’s signature is the last', async () => {
    const ending = [
      '本局转发了上级的通知：',
      '某县人民政府办公室',
      '2023年11月1日',
      '联系人：李某',
      '联系电话：0571-88880002',
      '本局按通知要求完成了年度报告的编制。',
      ...SIGNED,
    ];
    expect(await datesOf(report([PERIOD], ending))).toEqual([['signature', '2024-1-20']]);
  });
});

describe('a web page’s furniture under the signature', () => {
  it.each([
    ['a QR code’s line and 打印本页/关闭窗口', ['扫一扫在手机打开当前页', '【打印本页】', '【关闭窗口】', '手机扫码阅读']],
    [
      'the site’s footer',
      ['版权所有 © 2024 某县人民政府', '主办单位：某县人民政府办公室', '网站标识码：3300000001 浙ICP备05001234号'],
    ],
    [
      '上一篇/下一篇 and related articles',
      ['上一篇：某县市场监督管理局2022年政府信息公开工作年度报告', '下一篇：关于做好防汛工作的通知', '相关文章'],
    ],
  ])('%s does not push the signature out of reach', async (_, after) => {
    expect(await datesOf(report([PERIOD], [...SIGNED, ...after]))).toEqual([['signature', '2024-1-20']]);
  });

  it.each([
    ['the page’s date under a label alone', ['来源：某县市场监督管理局', '发布时间：', '2024年4月6日']],
    ['a date under the site’s footer', ['版权所有：某县人民政府', '2024年4月6日']],
  ])('%s is not the signature’s', async (_, after) => {
    expect(await datesOf(report([PERIOD], [...SIGNED, ...after]))).toEqual([['signature', '2024-1-20']]);
  });

  it('a date under a label alone with no signature above is read', async () => {
    expect(await datesOf(report([PERIOD], ['发布时间：', '2024年4月6日']))).toEqual([['signature', '2024-4-6']]);
  });
});

describe('two signatures: the one under the report’s organ', () => {
  const COUNTY = '# 某县2023年政府信息公开工作年度报告';
  it('the government’s signature above its office’s later date', async () => {
    const ending = ['某县人民政府', '2024年1月20日', '某县人民政府办公室', '2024年4月6日'];
    expect(await datesOf(report([PERIOD], ending, COUNTY))).toEqual([['signature', '2024-1-20']]);
    expect(await datesOf(report([PERIOD], ending, '# 某县人民政府2023年政府信息公开工作年度报告'))).toEqual([
      ['signature', '2024-1-20'],
    ]);
  });

  it('neither names the report’s organ: the last, as before', async () => {
    const ending = ['某县人民政府', '2024年1月20日', '某县人民政府办公室', '2024年4月6日'];
    expect(await datesOf(report([PERIOD], ending))).toEqual([['signature', '2024-4-6']]);
  });

  it('the organ and the date on one line', async () => {
    const ending = ['某县人民政府　2024年1月20日', '某县人民政府办公室', '2024年4月6日'];
    expect(await datesOf(report([PERIOD], ending, COUNTY))).toEqual([['signature', '2024-1-20']]);
  });
});

describe('review8 F2: only the report’s own title lends a date its 题注', () => {
  const LIST = '往年报告：';
  it.each([
    ['an earlier year’s report, a date under it', ['某县市场监督管理局2022年政府信息公开工作年度报告', '2023年1月18日']],
    ['a later year’s report, dashed', ['某县市场监督管理局2024年政府信息公开工作年度报告', '2025-01-16']],
    ['an earlier year’s report, its date at its end', ['某县市场监督管理局2021年政府信息公开工作年度报告（2022年1月17日）']],
    ['another organ’s report of the year', ['某县财政局2023年政府信息公开工作年度报告', '（2024年2月9日）']],
    ['the report’s own title printed again in the list', ['某县市场监督管理局2023年政府信息公开工作年度报告', '2024年2月13日']],
  ])('%s', async (_name, list) => {
    expect(await datesOf(report([PERIOD, LIST, ...list], SIGNED))).toEqual([['signature', '2024-1-20']]);
  });

  it('the own title’s 题注 is still read beside such a list (the test above can fail)', async () => {
    const list = [LIST, '某县市场监督管理局2022年政府信息公开工作年度报告', '2023年1月18日'];
    expect(await datesOf(report(['（2024年2月3日）', PERIOD, ...list], SIGNED))).toEqual([
      ['written', '2024-2-3'],
      ['signature', '2024-1-20'],
    ]);
  });

  it('a title wrapped over two lines keeps its 题注', async () => {
    const title = '# 某县市场监督管理局2023年政府信息公开工作\n\n年度报告';
    expect(await datesOf(report(['（2024年2月4日）', PERIOD], SIGNED, title))).toEqual([
      ['written', '2024-2-4'],
      ['signature', '2024-1-20'],
    ]);
  });
});

describe('review8 F7: the header’s own metadata dates the report, after a comma or the own 《title》', () => {
  it.each([
    ['索引号：000014349/2024-00012，发布日期：2024-02-05', '2024-2-5'],
    ['文号：某市监〔2024〕3号，发布日期：2024-02-06', '2024-2-6'],
    ['来源：某县市场监督管理局，成文日期：2024-01-10，发布日期：2024-02-07', '2024-2-7'],
    ['《某县市场监督管理局2023年政府信息公开工作年度报告》发布日期：2024年2月8日', '2024-2-8'],
    ['某县市场监督管理局2023年政府信息公开工作年度报告，发布时间：2024-02-09', '2024-2-9'],
  ])('%s', async (line, date) => {
    expect(await datesOf(report([line, PERIOD], SIGNED))).toEqual([
      ['published', date],
      ['signature', '2024-1-20'],
    ]);
  });

  it.each([
    '《某县市场监督管理局2022年政府信息公开工作年度报告》发布日期：2023年1月18日',
    '转发《关于做好政府信息公开工作年度报告的通知》，发布日期：2024年2月10日',
    '标题：《关于做好年报工作的通知》，发布日期：2024年2月11日',
    '按照上级要求，发布日期：2024年2月12日',
  ])('another document’s: %s', async (line) => {
    expect(await datesOf(report([line, PERIOD], SIGNED))).toEqual([['signature', '2024-1-20']]);
  });
});

describe('review9 F0: a metadata field naming a document dates that document', () => {
  it.each([
    '往年报告：某县市场监督管理局2022年政府信息公开工作年度报告，发布日期：2023-01-18',
    '依据：关于做好2023年政府信息公开工作年度报告编制工作的通知，发布日期：2024-04-06',
    // Separated by a blank, not a comma (rtW #4: 「早于统计期限结束」 was said of the 2020 report's date).
    '原文件：某县市场监督管理局2022年政府信息公开工作年度报告 发布日期：2023-01-18',
    '依据：关于做好2023年政府信息公开工作年度报告编制工作的通知　发布日期：2024-04-06',
  ])('%s', async (line) => {
    expect(await datesOf(report([PERIOD, line], SIGNED))).toEqual([['signature', '2024-1-20']]);
  });

  it.each([
    '索引号：11330000/2024-00012，来源：某县市场监督管理局，发布日期：2024-04-06',
    '索引号：11330000/2024-00012，体裁分类：报告，发布日期：2024-04-06',
    '信息分类：通知公告，发布日期：2024-04-06',
    '索引号：11330000/2024-00012 来源：某县市场监督管理局 发布日期：2024-04-06',
    // The page's 名称 field varying the report's own title (review17 F3: the late date was hidden).
    '名称：某县市场监督管理局2023年度政府信息公开年度报告 发布日期：2024-04-06',
    '文件名称：某县市场监督管理局2023年政府信息公开工作报告 发布日期：2024-04-06',
    '索引号：11330000-2024-00012 名称：某县市场监督管理局政务公开工作年度报告 发布日期：2024-04-06',
  ])('a field of the page itself still dates the report (review10 F7; the test above can fail): %s', async (line) => {
    expect(await datesOf(report([PERIOD, line], SIGNED))).toEqual([
      ['published', '2024-4-6'],
      ['signature', '2024-1-20'],
    ]);
  });
});

describe('review9 F6, wB: a signature with contact lines and a sentence under them', () => {
  const CONTACTS = ['联系人：张某', '联系电话：0571-88880000'];
  const BARE = '# 2023年政府信息公开工作年度报告';
  const CLOSING = '本报告如有疑问请与我局联系。';

  it('the report’s closing sentence under the contact lines: the late signature is read', async () => {
    const ending = ['某县市场监督管理局', '2024年4月6日', ...CONTACTS, CLOSING];
    expect(await datesOf(report([PERIOD], ending))).toEqual([['signature', '2024-4-6']]);
    expect(await datesOf(report([PERIOD], ending, BARE))).toEqual([['signature', '2024-4-6']]);
  });

  it('the organ’s own office signs, a contact line and a sentence under it: read as the organ’s (review12 F2)', async () => {
    const ending = ['某县市场监督管理局办公室', '2024年5月24日', '联系电话：0571-88880000', '欢迎社会各界提出宝贵意见。'];
    expect(await datesOf(report([PERIOD], ending))).toEqual([['signature', '2024-5-24']]);
  });

  // review13 F5: the organ signs by its name without the higher places, or with its seal's note; a bare kind is no name.
  it.each([
    ['without its higher places', '东河区市场监督管理局'],
    ['with its seal’s note', '杭州市东河区市场监督管理局（印章）'],
  ])('the organ signs %s, a contact line and a sentence under it: read as the organ’s', async (_, signature) => {
    const title = '# 杭州市东河区市场监督管理局2023年政府信息公开工作年度报告';
    const ending = [signature, '2024年3月5日', '联系电话：0571-88886666', '欢迎社会各界提出意见和建议。'];
    expect(await datesOf(report([PERIOD], ending, title))).toEqual([['signature', '2024-3-5']]);
  });

  it('a bare kind signing, a contact line and a sentence under it: whose it is cannot be told', async () => {
    const title = '# 杭州市东河区市场监督管理局2023年政府信息公开工作年度报告';
    const ending = ['市场监督管理局', '2024年3月5日', '联系电话：0571-88886666', '欢迎社会各界提出意见和建议。'];
    expect(await datesOf(report([PERIOD], ending, title))).toEqual([]);
  });

  it('a sentence not naming the report under the report’s own organ’s signature: read by the organ', async () => {
    const ending = ['某县市场监督管理局', '2024年4月7日', ...CONTACTS, '如有疑问请与我局办公室联系。'];
    expect(await datesOf(report([PERIOD], ending))).toEqual([['signature', '2024-4-7']]);
    // Whose signature it is cannot be told without the organ: none is read.
    expect(await datesOf(report([PERIOD], ending, BARE))).toEqual([]);
  });

  it.each([
    ['the closing sentence', CLOSING],
    ['running text', '欢迎社会各界对我局政府信息公开工作进行监督。'],
  ])('the report’s signature, contact lines, %s, then an office and a later date: the report’s', async (_, line) => {
    const ending = [...SIGNED, ...CONTACTS, line, '某县人民政府办公室', '2024年4月8日'];
    expect(await datesOf(report([PERIOD], ending))).toEqual([['signature', '2024-1-20']]);
  });

  it('a quoted document’s signature, contact lines, running text, then the report’s: the report’s', async () => {
    const quoted = ['某县人民政府办公室', '2023年11月2日', ...CONTACTS, '本局按通知要求完成了年度报告的编制。'];
    // The report's organ signs the last.
    expect(await datesOf(report([PERIOD], ['本局全年办结申请12件。', ...quoted, ...SIGNED]))).toEqual([
      ['signature', '2024-1-20'],
    ]);
    // The body introduced the document it quotes.
    const introduced = ['本局转发了上级的通知：', ...quoted, '某县财政局', '2024年1月21日'];
    expect(await datesOf(report([PERIOD], introduced, BARE))).toEqual([['signature', '2024-1-21']]);
  });

  it('neither the organ nor an introduction tells which signature is the report’s: none is read', async () => {
    const ending = [
      '本局全年办结申请12件。',
      '某县人民政府办公室',
      '2023年11月2日',
      ...CONTACTS,
      '本局按通知要求完成了年度报告的编制。',
    ];
    expect(await datesOf(report([PERIOD], [...ending, '某县财政局', '2024年1月22日'], BARE))).toEqual([]);
  });
});

describe('wB: a date written otherwise after a signature’s 年月日', () => {
  const QUOTED = ['某县人民政府办公室', '2023年11月3日'];
  it('the report’s organ signs the second: the report’s', async () => {
    const ending = ['本局全年办结申请12件。', ...QUOTED, '某县市场监督管理局', '2024-01-25'];
    expect(await datesOf(report([PERIOD], ending))).toEqual([['signature', '2024-1-25']]);
  });

  it('the first is a document the body introduced: the second is the report’s', async () => {
    const ending = ['本局转发了上级的通知，通知落款为：', ...QUOTED, '某县财政局', '2024-01-26'];
    expect(await datesOf(report([PERIOD], ending, '# 2023年政府信息公开工作年度报告'))).toEqual([['signature', '2024-1-26']]);
  });

  it('neither tells: none is read', async () => {
    const ending = ['本局全年办结申请12件。', ...QUOTED, '某县财政局', '2024-01-27'];
    expect(await datesOf(report([PERIOD], ending, '# 2023年政府信息公开工作年度报告'))).toEqual([]);
  });
});

describe('late signatures as editors write them', () => {
  const ORGAN = '某县市场监督管理局';
  it.each([
    ['二O二四年二月五日', '2024-2-5'],
    ['二0二四年二月六日', '2024-2-6'],
    ['二零二四年二月七日', '2024-2-7'],
    ['二〇二四年元月二十日', '2024-1-20'],
    ['2 0 2 4 年 2 月 8 日', '2024-2-8'],
    ['二〇二四 年 二 月 九 日', '2024-2-9'],
    ['2024年2月10号', '2024-2-10'],
  ])('%s under the organ', async (date, read) => {
    expect(await datesOf(report([PERIOD], [ORGAN, date]))).toEqual([['signature', read]]);
  });

  it.each([
    ['附件下载：', '1.某县市场监督管理局2023年政府信息公开工作年度报告.pdf', '2.政府信息公开情况统计表.xlsx', '3.说明.docx'],
    ['相关附件：', '某县市场监督管理局2023年政府信息公开工作年度报告.pdf', '政府信息公开情况统计表.xlsx', '说明.docx'],
  ])('a page’s list of attachments under the signature: %s', async (...list) => {
    expect(await datesOf(report([PERIOD], [ORGAN, '2024年2月11日', ...list]))).toEqual([['signature', '2024-2-11']]);
  });
});

describe('a signature set out in a table of its own (a saved page’s layout)', () => {
  async function htmlDates(signature: string) {
    const html = [
      '<html><body><h1>某县市场监督管理局2023年政府信息公开工作年度报告</h1>',
      `<p>${PERIOD}</p><h2>一、总体情况</h2><p>2023年，本机关全年主动公开信息137条。</p>`,
      '<h2>六、其他需要报告的事项</h2><p>本机关未收取信息处理费。</p>',
      signature,
      '</body></html>',
    ].join('\n');
    const { report: read } = await parseReport(html, { format: 'html' });
    return read.dates.map((d) => [d.kind, d.date && `${d.date.year}-${d.date.month}-${d.date.day}`]);
  }

  it.each([
    ['one cell', '<table><tr><td align="right">某县市场监督管理局<br>2024年2月12日</td></tr></table>', '2024-2-12'],
    ['two rows', '<table><tr><td>某县市场监督管理局</td></tr><tr><td>2024年2月13日</td></tr></table>', '2024-2-13'],
    [
      'a blank cell beside',
      '<table><tr><td></td><td><p>某县市场监督管理局</p><p>2024年2月14日</p></td></tr></table>',
      '2024-2-14',
    ],
  ])('%s', async (_, table, date) => {
    expect(await htmlDates(table)).toEqual([['signature', date]]);
  });

  it('a table with any other row is no signature’s', async () => {
    const table = '<table><tr><td>单位</td><td>日期</td></tr><tr><td>某县市场监督管理局</td><td>2024年2月15日</td></tr></table>';
    expect(await htmlDates(table)).toEqual([]);
  });
});
