/** publication-date: dated by the deadline of 条例第四十九条 for the organ's kind, never before the period ends. */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import rule from '../../src/rules/publication-date.js';
import { testRule, type InvalidRuleTestCase, type RuleTestCase } from '../../src/testing.js';
import { LAYOUTS, formatOf, writeReport, type Layout } from './support/report.js';

const format = formatOf;
const signed = (date: string, layout: Layout, organ?: string) =>
  writeReport(
    { other: ['本机关未收取信息处理费。', organ ?? '某市某局', date], ...(organ !== undefined ? { organ } : {}) },
    layout,
  );
const publishedOn = (date: string, layout: Layout, organ: string) =>
  writeReport({ organ, other: ['本机关未收取信息处理费。', `发布日期：${date}`] }, layout);

const valid: RuleTestCase[] = [];
const invalid: InvalidRuleTestCase[] = [];

for (const layout of LAYOUTS) {
  const fmt = format(layout);
  valid.push({ name: `${layout}: signed 20 January`, text: signed('2024年1月20日', layout).text, format: fmt });
  valid.push({ name: `${layout}: signed on the deadline`, text: signed('2024年1月31日', layout).text, format: fmt });
  valid.push({ name: `${layout}: no date at all`, text: writeReport({}, layout).text, format: fmt });

  const late = signed('2024年3月5日', layout);
  invalid.push({
    name: `${layout}: signed in March`,
    text: late.text,
    format: fmt,
    errors: [
      {
        messageId: 'late',
        severity: 'warn',
        line: late.lineOf('2024年3月5日'),
        column: late.columnOf('2024年3月5日'),
        data: { kind: '落款日期', date: '2024年3月5日', deadline: '2024年1月31日' },
      },
    ],
  });

  const early = signed('2023年10月8日', layout);
  invalid.push({
    name: `${layout}: signed before the year ended`,
    text: early.text,
    format: fmt,
    errors: [
      {
        messageId: 'beforePeriodEnd',
        severity: 'error',
        line: early.lineOf('2023年10月8日'),
        column: early.columnOf('2023年10月8日'),
        data: { date: '2023年10月8日', year: 2023 },
      },
    ],
  });

  const published = writeReport({ other: ['本机关未收取信息处理费。', '发布日期：2024年2月2日'] }, layout);
  invalid.push({
    name: `${layout}: 发布日期 two days late`,
    text: published.text,
    format: fmt,
    errors: [
      {
        messageId: 'late',
        severity: 'warn',
        line: published.lineOf('发布日期'),
        column: published.columnOf('发布日期'),
        data: { kind: '发布日期', date: '2024年2月2日' },
      },
    ],
  });
}

// A signature of a month alone (red team rtV #14): accused only where its every day is late or early; a month holding
// the deadline or the period's end is not.
for (const layout of ['markdown', 'lines', 'html'] as const) {
  const fmt = format(layout);
  for (const month of ['2024年1月', '2023年12月'])
    valid.push({ name: `${layout}: signed in ${month} alone`, text: signed(month, layout).text, format: fmt });
  for (const [month, messageId, severity] of [
    ['2024年2月', 'late', 'warn'],
    ['2023年11月', 'beforePeriodEnd', 'error'],
  ] as const) {
    const doc = signed(month, layout);
    invalid.push({
      name: `${layout}: signed in ${month} alone`,
      text: doc.text,
      format: fmt,
      errors: [{ messageId, severity, line: doc.lineOf(month), column: doc.columnOf(month), data: { date: month } }],
    });
  }
}

// Only the header's dates and the signature's are the report's: a date the body cites, or the page's date printed under
// the signature (a CMS's 发布时间 with the time and 来源, a list of other articles), is another document's.
for (const layout of LAYOUTS) {
  const fmt = format(layout);
  valid.push({
    name: `${layout}: a notice cited in section 一 with its 印发日期`,
    text: writeReport(
      { overview: ['本机关转发《关于做好政务公开工作的通知》（印发日期：2023年3月1日），全年主动公开信息120条。'] },
      layout,
    ).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: the page's 发布时间 under the signature`,
    text: writeReport(
      { other: ['本机关未收取信息处理费。', '某市某局', '2024年1月20日', '发布时间：2023-06-15 09:30 来源：某市某局'] },
      layout,
    ).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: a list of other articles with their dates under the signature`,
    text: writeReport(
      { other: ['本机关未收取信息处理费。', '某市某局', '2024年1月20日', '某市某局2023年度部门决算 发布日期：2023年9月10日'] },
      layout,
    ).text,
    format: fmt,
  });
}

// 第四十九条: a people's government's own report by 31 March, a department's by 31 January; townships as configured.
for (const layout of LAYOUTS) {
  const fmt = format(layout);
  valid.push({
    name: `${layout}: a county government's report published 20 March`,
    text: publishedOn('2024年3月20日', layout, '某县人民政府').text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: a city government's report published 20 February`,
    text: publishedOn('2024年2月20日', layout, '某市人民政府').text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: a township's report on 5 February with a township deadline of 31 March`,
    text: publishedOn('2024年2月5日', layout, '某县某镇人民政府').text,
    format: fmt,
    options: { deadlines: { township: '03-31' } },
  });
  // The title names no organ: the latest deadline applies, so nothing is called late on a guess.
  valid.push({
    name: `${layout}: no organ in the title, published 5 February`,
    text: publishedOn('2024年2月5日', layout, '').text,
    format: fmt,
  });

  // 上海市浦东新区 has a people's government of its own (31 March); a 新区 named alone is no sure kind.
  valid.push({
    name: `${layout}: 上海市浦东新区, published 20 March`,
    text: publishedOn('2024年3月20日', layout, '上海市浦东新区').text,
    format: fmt,
  });

  const bureau = publishedOn('2024年2月5日', layout, '某县市场监督管理局');
  invalid.push({
    name: `${layout}: a bureau's report published 5 February`,
    text: bureau.text,
    format: fmt,
    errors: [
      {
        messageId: 'late',
        severity: 'warn',
        line: bureau.lineOf('发布日期'),
        data: { date: '2024年2月5日', deadline: '2024年1月31日', organ: '政府部门' },
      },
    ],
  });
  const office = publishedOn('2024年2月6日', layout, '某市人民政府办公室');
  invalid.push({
    name: `${layout}: a government's office is a department`,
    text: office.text,
    format: fmt,
    errors: [{ messageId: 'late', line: office.lineOf('发布日期'), data: { deadline: '2024年1月31日', organ: '政府部门' } }],
  });
  const township = publishedOn('2024年2月5日', layout, '某县某镇人民政府');
  invalid.push({
    name: `${layout}: a township's report published 5 February, default deadline`,
    text: township.text,
    format: fmt,
    errors: [{ messageId: 'late', line: township.lineOf('发布日期'), data: { deadline: '2024年1月31日', organ: '乡镇、街道' } }],
  });
  const government = publishedOn('2024年4月2日', layout, '某县人民政府');
  invalid.push({
    name: `${layout}: a county government's report published 2 April`,
    text: government.text,
    format: fmt,
    errors: [
      {
        messageId: 'late',
        line: government.lineOf('发布日期'),
        data: { deadline: '2024年3月31日', organ: '人民政府（本级政府的报告）' },
      },
    ],
  });
  const zone = publishedOn('2024年2月20日', layout, '某市经济技术开发区管委会');
  invalid.push({
    name: `${layout}: a development zone's committee is held to the departments' deadline by default`,
    text: zone.text,
    format: fmt,
    errors: [
      { messageId: 'late', line: zone.lineOf('发布日期'), data: { deadline: '2024年1月31日', organ: '开发区、新区等管委会' } },
    ],
  });
  valid.push({
    name: `${layout}: a zone's committee with its deadline set to 31 March`,
    text: zone.text,
    format: fmt,
    options: { deadlines: { zone: '03-31' } },
  });
  // A government's 研究室 or 参事室 is a department (red team rtL F12).
  const office2 = publishedOn('2024年2月5日', layout, '某市人民政府研究室');
  invalid.push({
    name: `${layout}: a government's 研究室 is a department`,
    text: office2.text,
    format: fmt,
    errors: [{ messageId: 'late', line: office2.lineOf('发布日期'), data: { deadline: '2024年1月31日', organ: '政府部门' } }],
  });
  // A title naming no organ: the organ signing on its own line above the date is the report's (rtL F12); a
  // government's office, which may sign its government's report, leaves the kind unknown (31 March).
  const signedBureau = writeReport(
    { organ: '', other: ['本机关未收取信息处理费。', '某县市场监督管理局', '2024年2月7日'] },
    layout,
  );
  invalid.push({
    name: `${layout}: no organ in the title, signed by a bureau on 7 February`,
    text: signedBureau.text,
    format: fmt,
    errors: [
      {
        messageId: 'late',
        line: signedBureau.lineOf('2024年2月7日'),
        data: { kind: '落款日期', date: '2024年2月7日', deadline: '2024年1月31日', organ: '政府部门' },
      },
    ],
  });
  valid.push({
    name: `${layout}: no organ in the title, signed by a government's office on 7 February`,
    text: writeReport({ organ: '', other: ['本机关未收取信息处理费。', '某县人民政府办公室', '2024年2月7日'] }, layout).text,
    format: fmt,
  });
  // A zone named without 管委会 is a zone, not a people's government held to 31 March (red team rtL F4).
  const resort = publishedOn('2024年2月6日', layout, '某市某某旅游度假区');
  invalid.push({
    name: `${layout}: a resort zone named alone is held to the zones' deadline by default`,
    text: resort.text,
    format: fmt,
    errors: [
      { messageId: 'late', line: resort.lineOf('发布日期'), data: { deadline: '2024年1月31日', organ: '开发区、新区等管委会' } },
    ],
  });
}

// A report on 2018 was due by 31 March 2019 under the 2008 条例 (第三十一条), whatever the organ.
for (const layout of LAYOUTS) {
  const fmt = format(layout);
  const on = (date: string) => writeReport({ year: 2018, other: ['本机关无其他需要报告的事项。', `发布日期：${date}`] }, layout);
  valid.push({
    name: `${layout}: a bureau's report on 2018 published 20 March 2019`,
    text: on('2019年3月20日').text,
    format: fmt,
  });
  const late = on('2019年4月3日');
  invalid.push({
    name: `${layout}: a bureau's report on 2018 published 3 April 2019`,
    text: late.text,
    format: fmt,
    errors: [
      {
        messageId: 'lateOldRegulation',
        severity: 'warn',
        line: late.lineOf('发布日期'),
        data: { deadline: '2019年3月31日', year: 2018 },
      },
    ],
  });
}

// Links and a crawler's folder carry dates of their own: they are never the publication date.
for (const layout of LAYOUTS) {
  const crawled = writeReport(
    {
      other: [
        '本机关未收取信息处理费。',
        '原文链接：https://www.example.gov.cn/zwgk/xxgknb/202403/t20240305_80629.htm',
        '本地目录：zwgk/xxgknb/2024-03-05/80629',
      ],
    },
    layout,
  );
  valid.push({ name: `${layout}: dates inside a link or a folder name`, text: crawled.text, format: format(layout) });
}

// A saved page's links to other articles after the report carry those articles' dates: 上一篇/下一篇 with their
// 发布时间, a related article's title with its date under it. Neither is this report's date.
for (const layout of LAYOUTS) {
  const fmt = format(layout);
  const ending = ['本机关未收取信息处理费。', '某市某局', '2024年1月20日'];
  const prevNext = writeReport(
    {
      other: [
        ...ending,
        '上一篇：某市某局2023年度部门预算公开 发布时间：2023-02-10',
        '下一篇：某市某局2024年政府信息公开工作年度报告 发布时间：2025-01-20',
      ],
    },
    layout,
  );
  valid.push({ name: `${layout}: 上一篇/下一篇 with their dates after the report`, text: prevNext.text, format: fmt });
  const related = writeReport({ other: [...ending, '某市某局2023年度部门预算公开', '2023年12月20日'] }, layout);
  valid.push({ name: `${layout}: a related article's title with its date after the report`, text: related.text, format: fmt });
  // A signature's date in Chinese numerals, as Word's date field writes it (red team rtF, 2026-12-06).
  const hanzi = signed('二〇二四年三月五日', layout);
  invalid.push({
    name: `${layout}: signed 二〇二四年三月五日`,
    text: hanzi.text,
    format: fmt,
    errors: [
      {
        messageId: 'late',
        severity: 'warn',
        line: hanzi.lineOf('二〇二四年三月五日'),
        data: { kind: '落款日期', date: '2024年3月5日', deadline: '2024年1月31日' },
      },
    ],
  });
  valid.push({ name: `${layout}: signed 二〇二四年一月二十日`, text: signed('二〇二四年一月二十日', layout).text, format: fmt });
  // The report's own signature under its organ stays its date, however early.
  const early = writeReport({ other: ['本机关未收取信息处理费。', '某市某局', '2023年12月20日'] }, layout);
  invalid.push({
    name: `${layout}: signed under the organ before the year ended`,
    text: early.text,
    format: fmt,
    errors: [{ messageId: 'beforePeriodEnd', line: early.lineOf('2023年12月20日'), data: { date: '2023年12月20日' } }],
  });
}

// Red team rtL (2026-12-06). F1: a labelled date of a notice the header cites is the notice's, early or late.
// F2: an attachment's or a quoted document's signature is not the report's. F5: the report's date written with
// dashes or under the title is read. F8: the late message names where its deadline comes from.
for (const layout of LAYOUTS) {
  const fmt = format(layout);
  const PERIOD = '本报告统计期限为2023年1月1日至2023年12月31日。';
  for (const cited of ['（印发日期：2023年12月20日）', '（印发日期：2024年2月5日）', '（成文日期：2023年12月22日）']) {
    valid.push({
      name: `${layout}: a notice the header cites with ${cited}`,
      text: writeReport({ period: `按照某县政务公开办《关于报送年度报告的通知》${cited}要求，现发布本报告。${PERIOD}` }, layout)
        .text,
      format: fmt,
    });
  }
  valid.push({
    name: `${layout}: an attachment signed and dated after the report's signature`,
    text: writeReport(
      {
        other: [
          '本机关未收取信息处理费。',
          '某市某局',
          '2024年1月20日',
          '附件：某市某局政府信息公开指南',
          '某市某局',
          '2023年3月1日',
        ],
      },
      layout,
    ).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: a quoted notice's signature above the report's`,
    text: writeReport(
      { other: ['本机关未收取信息处理费。', '某县人民政府办公室', '2023年11月1日', '某市某局', '2024年1月20日'] },
      layout,
    ).text,
    format: fmt,
  });
  const dashed = signed('2024-02-03', layout);
  invalid.push({
    name: `${layout}: signed 2024-02-03 under the organ`,
    text: dashed.text,
    format: fmt,
    errors: [
      {
        messageId: 'late',
        line: dashed.lineOf('2024-02-03'),
        data: { kind: '落款日期', date: '2024年2月3日', basis: '《条例》第四十九条规定的' },
      },
    ],
  });
  const issued = writeReport({ period: `印发日期：2024年2月6日\n\n${PERIOD}` }, layout);
  invalid.push({
    name: `${layout}: the report's own 印发日期 is named so`,
    text: issued.text,
    format: fmt,
    errors: [{ messageId: 'late', line: issued.lineOf('印发日期'), data: { kind: '印发日期', date: '2024年2月6日' } }],
  });
  const township = publishedOn('2024年2月5日', layout, '某县某镇人民政府');
  invalid.push({
    name: `${layout}: a township's default deadline is the provinces', not article 49's`,
    text: township.text,
    format: fmt,
    errors: [{ messageId: 'late', line: township.lineOf('发布日期'), data: { basis: '各省通常规定的', organ: '乡镇、街道' } }],
  });
  const configured = publishedOn('2024年1月25日', layout, '某县市场监督管理局');
  invalid.push({
    name: `${layout}: a department's deadline set in the configuration`,
    text: configured.text,
    format: fmt,
    options: { deadlines: { department: '01-20' } },
    errors: [
      {
        messageId: 'late',
        line: configured.lineOf('发布日期'),
        data: { basis: '配置中设置的', basisEn: 'set in the configuration', deadline: '2024年1月20日' },
      },
    ],
  });
}

// Review7 F5, F6: what follows the signature — its 版记 (抄送, the office that printed it and the day), or contact
// lines and then an office with another date — never displaces the signature's date above it.
for (const layout of LAYOUTS) {
  const fmt = format(layout);
  const record = (date: string) => ['某市某局', date, '抄送：市委办公室。', '某市某局办公室', '2024年2月5日印发'];
  const contacts = (date: string) => [
    '某市某局',
    date,
    '联系人：张某',
    '联系电话：0571-88880001',
    '某市某局办公室',
    '2024年2月6日',
  ];
  valid.push({
    name: `${layout}: a 版记 printed after the deadline under a signature before it`,
    text: writeReport({ other: ['本机关未收取信息处理费。', ...record('2024年1月20日')] }, layout).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: an office and a later date after the contact lines under the signature`,
    text: writeReport({ other: ['本机关未收取信息处理费。', ...contacts('2024年1月20日')] }, layout).text,
    format: fmt,
  });
  const lateRecord = writeReport({ other: ['本机关未收取信息处理费。', ...record('2024年2月3日')] }, layout);
  invalid.push({
    name: `${layout}: a late signature above a 版记 is the one named`,
    text: lateRecord.text,
    format: fmt,
    errors: [{ messageId: 'late', line: lateRecord.lineOf('2024年2月3日'), data: { kind: '落款日期', date: '2024年2月3日' } }],
  });
  const lateContacts = writeReport({ other: ['本机关未收取信息处理费。', ...contacts('2024年2月4日')] }, layout);
  invalid.push({
    name: `${layout}: a late signature above contact lines and an office's date is the one named`,
    text: lateContacts.text,
    format: fmt,
    errors: [{ messageId: 'late', line: lateContacts.lineOf('2024年2月4日'), data: { kind: '落款日期', date: '2024年2月4日' } }],
  });
}

// A web page's furniture under the signature (a QR code's line, 打印本页/关闭窗口, the site's footer, the page's date
// under a label left alone on its line) neither hides the signature's date nor stands for it.
for (const layout of LAYOUTS) {
  const fmt = format(layout);
  const footer = ['扫一扫在手机打开当前页', '【打印本页】【关闭窗口】', '版权所有：某市某局', '主办单位：某市某局办公室'];
  const hidden = writeReport({ other: ['本机关未收取信息处理费。', '某市某局', '2024年2月3日', ...footer] }, layout);
  invalid.push({
    name: `${layout}: a late signature above a page's footer is named`,
    text: hidden.text,
    format: fmt,
    errors: [{ messageId: 'late', line: hidden.lineOf('2024年2月3日'), data: { kind: '落款日期', date: '2024年2月3日' } }],
  });
  valid.push({
    name: `${layout}: the page's date under a label alone, after the signature`,
    text: writeReport(
      { other: ['本机关未收取信息处理费。', '某市某局', '2024年1月20日', '来源：某市某局', '发布时间：', '2024年2月6日'] },
      layout,
    ).text,
    format: fmt,
  });
}

// Two signatures, the first under the report's organ, the last under its office with a later date: the report's
// organ signs the report (a quoted notice's signature above the report's, under another organ, stays the quote's).
for (const layout of LAYOUTS) {
  const fmt = format(layout);
  const twice = (date: string) =>
    writeReport(
      { organ: '某县人民政府', other: ['本机关未收取信息处理费。', '某县人民政府', date, '某县人民政府办公室', '2024年4月6日'] },
      layout,
    );
  valid.push({
    name: `${layout}: the government's signature above its office's later date`,
    text: twice('2024年3月20日').text,
    format: fmt,
  });
  const late = twice('2024年4月2日');
  invalid.push({
    name: `${layout}: a late government's signature above its office's date is the one named`,
    text: late.text,
    format: fmt,
    errors: [{ messageId: 'late', line: late.lineOf('2024年4月2日'), data: { kind: '落款日期', date: '2024年4月2日' } }],
  });
}

// Review8 (2026-12-06). F2: a date under another report's title in the header (a CMS's list of other years' reports)
// is that report's, never this one's 成文日期. F7: the header's own metadata dates the report after a comma
// (索引号：…，发布日期：…) or after the report's own 《title》; a cited document's date does not.
for (const layout of LAYOUTS) {
  const fmt = format(layout);
  const PERIOD = '本报告统计期限为2023年1月1日至2023年12月31日。';
  // Paragraphs of the header, each a <p> of its own in HTML as a CMS prints them.
  const paragraphs = (...texts: string[]) => texts.join(layout === 'html' ? '</p>\n<p>' : '\n\n');
  const listed = (entry: string, date: string) => paragraphs(PERIOD, '往年报告：', entry, date);
  valid.push({
    name: `${layout}: an earlier year's report listed in the header with its date`,
    text: writeReport({ period: listed('某市某局2022年政府信息公开工作年度报告', '2023年1月18日') }, layout).text,
    format: fmt,
  });
  valid.push({
    name: `${layout}: a later year's report listed in the header with its date`,
    text: writeReport({ period: listed('某市某局2024年政府信息公开工作年度报告', '2025-01-16') }, layout).text,
    format: fmt,
  });
  const noted = writeReport(
    { period: paragraphs('（2024年2月14日）', listed('某市某局2022年政府信息公开工作年度报告', '2023年1月18日')) },
    layout,
  );
  invalid.push({
    name: `${layout}: the report's own 题注 beside a list of other years' reports`,
    text: noted.text,
    format: fmt,
    errors: [{ messageId: 'late', line: noted.lineOf('（2024年2月14日）'), data: { kind: '成文日期', date: '2024年2月14日' } }],
  });

  const indexed = writeReport({ period: paragraphs('索引号：000014349/2024-00012，发布日期：2024-02-15', PERIOD) }, layout);
  invalid.push({
    name: `${layout}: 发布日期 after the 索引号 and a comma`,
    text: indexed.text,
    format: fmt,
    errors: [
      {
        messageId: 'late',
        severity: 'warn',
        line: indexed.lineOf('索引号'),
        column: indexed.columnOf('索引号', '发布日期'),
        data: { kind: '发布日期', date: '2024年2月15日', deadline: '2024年1月31日' },
      },
    ],
  });
  const titled = writeReport(
    { period: paragraphs('《某市某局2023年政府信息公开工作年度报告》发布日期：2024年2月16日', PERIOD) },
    layout,
  );
  invalid.push({
    name: `${layout}: 发布日期 after the report's own title in 《》`,
    text: titled.text,
    format: fmt,
    errors: [
      {
        messageId: 'late',
        line: titled.lineOf('《某市某局'),
        column: titled.columnOf('《某市某局', '发布日期'),
        data: { kind: '发布日期', date: '2024年2月16日' },
      },
    ],
  });
  for (const cited of [
    '《某市某局2022年政府信息公开工作年度报告》发布日期：2023年1月17日',
    '转发《关于做好政府信息公开工作年度报告的通知》，发布日期：2024年2月17日',
  ]) {
    valid.push({
      name: `${layout}: another document's date in the header: ${cited}`,
      text: writeReport({ period: paragraphs(cited, PERIOD) }, layout).text,
      format: fmt,
    });
  }
}

testRule(rule, { valid, invalid });

describe('the organ type set by the configuration', () => {
  it('a bureau-looking title configured as a government gets 31 March', async () => {
    const doc = publishedOn('2024年2月5日', 'markdown', '某县市场监督管理局');
    const on = await lint(doc.text, {
      format: 'markdown',
      organType: 'government',
      rules: [{ id: rule.meta.id, rule, severity: 'error' }],
    });
    expect(on.messages).toEqual([]);
    const off = await lint(doc.text, { format: 'markdown', rules: [{ id: rule.meta.id, rule, severity: 'error' }] });
    expect(off.messages.map((m) => m.ruleId)).toEqual(['publication-date']);
  });
});

// Red team rtZ: the deadline follows the kind read from the organ's name, signed 20 February 2024.
describe('the organ kind read from the name (rtZ)', () => {
  const run = async (organ: string, options?: unknown) => {
    const doc = signed('2024年2月20日', 'markdown', organ);
    const result = await lint(doc.text, { format: 'markdown', rules: [{ id: rule.meta.id, rule, severity: 'warn', options }] });
    return result.messages.map((m) => [m.ruleId, m.messageId, m.data?.deadline]);
  };
  // A 行政公署 governs its 地区 or 盟 (31 March); villagers' committees and public institutions are no departments
  // (unknown: the latest deadline): none of them was late, though each was told so as a department (31 January).
  it.each(['东河地区行政公署', '东河盟行署', '东河县东河镇东河村民委员会', '东河县东河镇卫生院'])(
    '%s in February: not late',
    async (organ) => {
      expect(await run(organ)).toEqual([]);
    },
  );
  it('a 街道办 takes the configured township deadline, not the departments’', async () => {
    expect(await run('东河区东河街道办', { deadlines: { township: '03-31' } })).toEqual([]);
    expect(await run('东河区东河街道办事处', { deadlines: { township: '03-31' } })).toEqual([]);
  });
  // A zone's and a customs office's late report was hidden under the unknown kind's or a government's 31 March.
  it.each(['东河出口加工区', '东河海关'])('%s in February: late', async (organ) => {
    expect(await run(organ)).toEqual([['publication-date', 'late', '2024年1月31日']]);
  });
});
