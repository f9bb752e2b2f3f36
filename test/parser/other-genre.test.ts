/**
 * Documents an evaluator's folder holds beside the reports that are not one (red team rtT §1): the notice publishing
 * the report, its 解读 or 图解, the year's 工作要点, a quarter's work, a column's list of several organs' reports. Each
 * shares the report's words and got 3–15 errors; each is now not a report (one finding), decided by its title's kind
 * with no table 四 and no table 三 read. A page titled as the report whose text is only the publishing sentence and a
 * link is the report's page (noBody). A report saying 公告, 解读 or 要点 in its prose, or carried under a publishing
 * notice's title, stays a report.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { lint } from '../../src/index.js';
import { parseReport } from '../../src/parser/index.js';

const report = readFileSync(new URL('../fixtures/pdf/report.md', import.meta.url), 'utf8');
const TITLE = '青山县人民政府2023年政府信息公开工作年度报告';
const page = (title: string, body: string): string =>
  `<html><head><title>${title}</title></head><body><h1>${title}</h1><div>发布时间：2024-03-21 来源：县政府办</div>${body}</body></html>`;
const PUBLISHING = `<p>根据《中华人民共和国政府信息公开条例》规定，现将《${TITLE}》予以公布，欢迎社会各界监督。</p><p>附件：<a href="/P020240321.pdf">${TITLE}.pdf</a></p><p>青山县人民政府办公室</p><p>2024年3月21日</p>`;
const FIGURES =
  '<p>一、总体情况 2023年，全县共收到政府信息公开申请5124件，上年结转81件，办结5103件，结转下年度继续办理102件。</p>' +
  '<p>二、主动公开政府信息情况 全年制发规章10件，行政规范性文件13件，作出行政许可决定135件，行政处罚64件。</p>' +
  '<p>三、收到和处理政府信息公开申请情况 予以公开63件，部分公开81件。</p>' +
  '<p>四、政府信息公开行政复议、行政诉讼情况 被申请行政复议38件，被提起行政诉讼54件。</p>' +
  '<p>五、存在的主要问题及改进情况 公开质量有待提升。</p><img src="a.png"><p>原文链接：<a href="/t20240321.html">' +
  TITLE +
  '</a></p>';
const PLAN =
  '<p>青政办发〔2023〕12号</p><p>各乡镇人民政府，县政府各部门：</p><p>现将《青山县2023年政务公开工作要点》印发给你们，请认真贯彻执行。</p>' +
  '<p>一、总体要求 坚持以公开为常态、不公开为例外，全面贯彻《中华人民共和国政府信息公开条例》。</p>' +
  '<p>二、加强主动公开政府信息工作 各单位制发的行政规范性文件应当在印发后20个工作日内公开，做好行政许可、行政处罚、行政强制信息公开。</p>' +
  '<p>三、规范政府信息公开申请办理 对收到和处理政府信息公开申请情况进行统计，依法依规收取信息处理费。</p>' +
  '<p>四、做好政府信息公开行政复议、行政诉讼应诉工作。</p>' +
  '<p>五、认真编制年度报告 各单位于2024年1月31日前公布本机关2023年政府信息公开工作年度报告，统计期限为2023年1月1日至2023年12月31日。</p>' +
  '<p>六、其他需要报告的事项 各单位要加强组织领导。</p><p>青山县人民政府办公室</p><p>2023年4月10日</p>';
const QUARTER = [
  '青山县交通运输局2023年第一季度政府信息公开工作情况',
  '',
  '2023年第一季度，我局扎实推进政府信息公开工作。统计期限为2023年1月1日至2023年3月31日。',
  '',
  '一、主动公开政府信息情况',
  '一季度共主动公开政府信息45条，其中行政规范性文件2件，行政许可决定36件，行政处罚决定7件。',
  '',
  '二、收到和处理政府信息公开申请情况',
  '一季度共收到政府信息公开申请3件，均已按时答复，其中予以公开2件，本机关不掌握相关政府信息1件。',
  '',
  '三、政府信息公开行政复议、行政诉讼情况',
  '一季度未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。',
  '',
  '四、存在的主要问题及改进情况',
  '信息公开的及时性有待提高。',
  '',
  '青山县交通运输局',
  '2023年4月6日',
  '',
].join('\n');
const list = (titles: string[]): string =>
  '<html><head><title>年度报告_青山县人民政府</title></head><body><div>首页 &gt; 政府信息公开 &gt; 年度报告</div><ul>' +
  titles.map((t, i) => `<li><a href="./t${i + 17}.html">${t}</a><span>2024-01-${i + 11}</span></li>`).join('') +
  `</ul><div>共${titles.length}条 1/1页</div></body></html>`;
const DEPARTMENTS = ['发展和改革局', '教育局', '公安局', '民政局', '财政局', '交通运输局', '水利局', '卫生健康局'];

async function reading(text: string, filePath: string) {
  const r = (await parseReport(text, { filePath })).report.reading;
  return [r.notAReport, r.noBody];
}

describe('documents about the report, not the report (rtT §1)', () => {
  it.each([
    ['the notice publishing it', page(`关于${TITLE}的公告`, PUBLISHING), 'notice.html'],
    ['the same as a 通知', page(`关于${TITLE}的通知`, PUBLISHING), 'notice.html'],
    ['its 解读', page(`关于${TITLE}的解读`, FIGURES), 'jiedu.html'],
    ['its 一图读懂', page(`一图读懂${TITLE}`, FIGURES), 'tujie.html'],
    ['the year’s 工作要点', page('青山县人民政府办公室关于印发青山县2023年政务公开工作要点的通知', PLAN), 'plan.html'],
    ['a quarter’s work', QUARTER, 'quarter.txt'],
    [
      'an organ’s column listing six years',
      list([2018, 2019, 2020, 2021, 2022, 2023].map((y) => `青山县交通运输局${y}年政府信息公开工作年度报告`)),
      'list.html',
    ],
    [
      'a column of the departments’ reports of one year',
      list(DEPARTMENTS.map((d) => `青山县${d}2023年政府信息公开工作年度报告`)),
      'list.html',
    ],
  ])('%s is not a report: one finding', async (_name, text, filePath) => {
    expect(await reading(text, filePath)).toEqual([true, false]);
    const { messages } = await lint(text, { filePath });
    expect(messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(['unreadable-content/notAReport']);
  });

  it('a page titled as the report holding only the publishing sentence and the PDF is the report’s page (noBody)', async () => {
    expect(await reading(page(TITLE, PUBLISHING), 'page.html')).toEqual([false, true]);
  });

  it('a report under a publishing notice’s title, its text following, is a report', async () => {
    const text = `# 关于青山县人民政府2023年政府信息公开工作年度报告的公告\n\n根据《中华人民共和国政府信息公开条例》规定，现将报告予以公布。\n\n${report}`;
    expect(await reading(text, 'report.md')).toEqual([false, false]);
    const { messages } = await lint(text, { filePath: 'report.md' });
    expect(messages.filter((m) => m.messageId === 'notAReport')).toEqual([]);
  });

  it('a report under its notice’s title with all six parts but no tables 三 and 四 is a report missing them (review16 #1)', async () => {
    const text = readFileSync(new URL('../fixtures/notice-title-no-tables.md', import.meta.url), 'utf8');
    expect(await reading(text, 'report.md')).toEqual([false, false]);
    const { messages } = await lint(text, { filePath: 'report.md' });
    expect(messages.filter((m) => m.ruleId === 'table-structure').map((m) => `${m.messageId} ${m.line}`)).toEqual([
      'missingTable 37',
      'missingTable 39',
    ]);
  });

  it('a report saying 公告, 解读, 工作要点 and 第一季度 in its prose is a report', async () => {
    const text = report.replace(
      '发布政策解读37篇',
      '按照《2024年政务公开工作要点》和第一季度工作方案，发布政策解读37篇、一图读懂12篇、公告9件',
    );
    expect(await reading(text, 'report.md')).toEqual([false, false]);
  });

  it('a column listing one organ’s report and its corrected copy is no list of organs', async () => {
    const html = list(['青山县水利局2023年政府信息公开工作年度报告', '青山县水利局2023年政府信息公开工作年度报告（更正）']);
    expect((await reading(html, 'page.html'))[0]).toBe(false);
  });
});
