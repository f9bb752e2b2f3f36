/**
 * Shapes of whole saved government pages around the report (red team, fourth round): a one-cell layout table
 * holding the report, other years' reports beside it, 上一篇/下一篇 and related lists with dates after it. Each
 * compliant page must read as the same page without that shape, and a planted defect must still be reported.
 */
import { describe, expect, it } from '@jest/globals';
import type { Element } from 'hast';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { extractReport } from '../../src/engine/extract.js';
import { lint } from '../../src/engine/lint.js';
import { isLayoutTable } from '../../src/parser/adapters/html-layout.js';
import { parseReport } from '../../src/parser/index.js';
import { renderText } from '../fuzz/layouts.js';
import { makeModel, type Defect, type Model, type Variation } from '../fuzz/model.js';

const page = (m: Model): string => renderText(m, 'html-page');
const nowFor = (m: Model): Date => new Date(Date.UTC(m.year + 1, 2, 1));
const findings = async (m: Model): Promise<string[]> =>
  (await lint(page(m), { format: 'html', now: nowFor(m) })).messages.map(
    (x) => `${x.severity === 2 ? 'error' : 'warn'} ${x.ruleId}/${x.messageId}`,
  );
const tables = async (m: Model): Promise<unknown> => extractReport(await parseReport(page(m), { format: 'html' })).tables;
const model = (seed: number, variations: Variation[], defect: Defect | null = null): Model => makeModel(seed, variations, defect);

/** The first <table> of a snippet of HTML. */
function firstTable(html: string): Element {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  let found: Element | undefined;
  const walk = (nodes: typeof tree.children): void => {
    for (const n of nodes)
      if (!found && n.type === 'element') {
        if (n.tagName === 'table') found = n;
        else walk(n.children);
      }
  };
  walk(tree.children);
  return found!;
}

describe('a report inside a one-cell layout table', () => {
  // Odd seeds put the title and preamble above the layout table in the same element, so the report's element
  // is that element and the layout table one of its children; even seeds put everything in the cell.
  it.each([3, 8, 21, 197])('seed %i reads as the same report without the layout table', async (seed) => {
    const plain = model(seed, []);
    const laid = model(seed, ['page.layoutTable']);
    expect(page(laid)).toContain('<table width="100%"><tr><td>');
    expect(await findings(laid)).toEqual(await findings(plain));
    expect(await tables(laid)).toEqual(await tables(plain));
  });

  it('the shape of older county portals: the sections alone in the cell, the period stated at the end', async () => {
    const m = model(5, []);
    const plain = page(m);
    const body = plain.slice(
      plain.lastIndexOf('<p', plain.indexOf('一、总体情况', plain.indexOf('id="zoom"'))),
      plain.indexOf('</div>\n<div class="share">'),
    );
    const period = `<p>本报告中所列数据统计时限为${m.year}年1月1日至${m.year}年12月31日。</p>`;
    const html = `<html><head><meta charset="utf-8"><title>${m.organ}${m.year}年政府信息公开工作年度报告</title></head><body>
<div class="con"><table width="100%"><tr><td>\n${body}${period}\n</td></tr></table></div></body></html>`;
    expect((await lint(html, { format: 'html', now: nowFor(m) })).messages).toEqual([]);
    expect(extractReport(await parseReport(html, { format: 'html' })).tables).toEqual(await tables(m));
  });

  it.each<[Defect, string]>([
    ['defect.wrongCell', 'error application-totals'],
    ['defect.partialPeriod', 'error statistical-period/wrongEnd'],
    ['defect.noFee', 'error fee-statement/missing'],
  ])('still reports %s', async (defect, finding) => {
    for (const seed of [3, 8]) {
      const got = await findings(model(seed, ['page.layoutTable'], defect));
      expect(got.some((f) => f.startsWith(finding))).toBe(true);
      expect(got).toEqual(await findings(model(seed, [], defect)));
    }
  });
});

describe('isLayoutTable', () => {
  it('is true for a cell of running text or a cell holding a table', () => {
    const paragraphs = [
      '一、总体情况',
      '本机关坚持以公开为常态、不公开为例外。',
      '二、主动公开政府信息情况',
      '全年主动公开政府信息1833条。',
    ];
    expect(isLayoutTable(firstTable(`<table><tr><td>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</td></tr></table>`))).toBe(
      true,
    );
    expect(
      isLayoutTable(firstTable('<table><tr><td><p>三、收到和处理</p><table><tr><td>自然人</td></tr></table></td></tr></table>')),
    ).toBe(true);
  });

  it('is false for data tables: a header one character per paragraph, a label in two paragraphs, a note row, a title row', () => {
    const vertical = '<td><p>结</p><p>果</p><p>维</p><p>持</p></td>';
    expect(isLayoutTable(firstTable(`<table><tr>${vertical}<td>总计</td></tr><tr><td>1</td><td>1</td></tr></table>`))).toBe(
      false,
    );
    const label = '<td><p>（二）部分公开</p><p>（区分处理的，只计这一情形，不计其他情形）</p></td>';
    expect(isLayoutTable(firstTable(`<table><tr>${label}<td>3</td></tr></table>`))).toBe(false);
    const rows = Array.from(
      { length: 25 },
      (_, i) => `<tr><td>${i + 1}.本机关不掌握相关政府信息</td><td>${i}</td><td>${i + 1}</td></tr>`,
    );
    const note = '<p>注：本表数据来源于本机关依申请公开登记台账。</p>'.repeat(3);
    const withNote = `<table><tr><td colspan="3"><h3>三、收到和处理政府信息公开申请情况</h3></td></tr>${rows.join('')}<tr><td colspan="3">${note}</td></tr></table>`;
    expect(isLayoutTable(firstTable(withNote))).toBe(false);
  });
});

describe("other reports' titles near the report", () => {
  const read = async (html: string): Promise<{ title: string | null; year: number | null; organ: string | null }> => {
    const { report } = await parseReport(html, { format: 'html' });
    return { title: report.title, year: report.year, organ: report.organ };
  };
  /** A page: its <title>, what stands before the report, and the report without its title. */
  const pageWith = (m: Model, pageTitle: string, before: string): string => {
    const plain = page(m);
    const body = plain.slice(plain.indexOf('<div class="TRS_Editor"'), plain.indexOf('<div class="share">'));
    const report = body.replace(/<p class="MsoNormal" align="center"><b>.*?<\/b><\/p>\n/, '');
    return `<html><head><meta charset="utf-8"><title>${pageTitle}</title></head><body>\n${before}\n${report}</body></html>`;
  };
  const m = model(3, []);
  const own = `${m.organ}${m.year}年政府信息公开工作年度报告`;
  const last = `${m.organ}${m.year - 1}年政府信息公开工作年度报告`;

  it.each([1, 4, 6, 13])('seed %i with other years listed in a sidebar reads as without them', async (seed) => {
    const plain = model(seed, []);
    const sidebar = model(seed, ['page.sidebarTitles']);
    expect(page(sidebar)).toMatch(/<div class="hot"><h4>/);
    expect(await findings(sidebar)).toEqual(await findings(plain));
    const { report } = await parseReport(page(sidebar), { format: 'html' });
    expect([report.year, report.organ]).toEqual([plain.year, plain.organ]);
  });

  it('skips a title that is a link, in a list, or in a hot/related block, and takes the heading before them', async () => {
    const links = `<div class="left"><ul><li class="title"><a href="/a1">${last}</a></li></ul></div>`;
    expect(await read(pageWith(m, own, `<div class="bt">${own}</div>${links}`))).toEqual({
      title: own,
      year: m.year,
      organ: m.organ,
    });
    const hot = `<h1>${own}</h1><div class="hot"><h3>某县人民政府${m.year - 1}年政府信息公开工作年度报告</h3></div>`;
    expect(await read(pageWith(m, '年报', hot))).toEqual({ title: own, year: m.year, organ: m.organ });
  });

  it("trusts neither a heading nor the <title> when their years differ (the period's year stands)", async () => {
    const html = pageWith(m, own, `<h4>${last}</h4>`);
    // No title: the organ is the one signing the report (青石县自然资源局 ⏎ 2025年1月5日), not a title's (rtL F12).
    expect(await read(html)).toEqual({ title: null, year: m.year, organ: m.organ });
    expect((await lint(html, { format: 'html', now: nowFor(m) })).messages.filter((x) => x.severity === 2)).toEqual([]);
  });

  // page.untitledTitle by seed: the page's heading an h1 (0, 16, 32) or a plain div (4, 52); the <title> the site's
  // name (0, 4, 32) or 政府信息公开年报 and it (16, 52); the box's h4 two years before (0, 4, 16) or the next year (32, 52).
  it.each([0, 4, 16, 32, 52])(
    'seed %i with a <title> without the year and a box naming another year reads as without them',
    async (seed) => {
      const plain = model(seed, []);
      const untitled = model(seed, ['page.untitledTitle']);
      expect(page(untitled)).toMatch(/<div class="box"><h4>/);
      expect(page(untitled)).not.toMatch(/<title>[^<]*\d{4}/);
      expect(await findings(untitled)).toEqual(await findings(plain));
      const { report } = await parseReport(page(untitled), { format: 'html' });
      expect(report.year).toBe(plain.year);
    },
  );

  it("with a <title> without the year, prefers the article's own heading to a later box's, else takes none", async () => {
    const box = `<div class="box"><h4>${m.organ}${m.year + 1}年政府信息公开工作年度报告</h4></div>`;
    expect(await read(pageWith(m, m.organ, `<h1>${own}</h1>${box}`))).toEqual({ title: own, year: m.year, organ: m.organ });
    const html = pageWith(m, m.organ, `<div class="bt">${own}</div>${box}`);
    // No title: the organ is the one signing the report, not a title's (rtL F12).
    expect(await read(html)).toEqual({ title: null, year: m.year, organ: m.organ });
    expect((await lint(html, { format: 'html', now: nowFor(m) })).messages).toEqual([]);
  });

  it('still reports a period that differs from the year both titles name', async () => {
    const html = pageWith(m, last, `<h1>${last}</h1>`);
    const got = (await lint(html, { format: 'html', now: nowFor(m) })).messages.map((x) => `${x.ruleId}/${x.messageId}`);
    expect(got).toContain('statistical-period/yearMismatch');
  });
});

describe('links to other articles after the report', () => {
  it.each([2, 5, 10, 49])('seed %i with 上一篇/下一篇 or a related list after the report reads as without them', async (seed) => {
    const plain = model(seed, []);
    const linked = model(seed, ['page.prevNext']);
    expect(page(linked)).toMatch(/上一篇|class="xgwz"/);
    expect(await findings(linked)).toEqual(await findings(plain));
    const dates = async (mm: Model): Promise<string[]> =>
      (await parseReport(page(mm), { format: 'html' })).report.dates.map((d) => `${d.kind} ${d.text}`);
    expect(await dates(linked)).toEqual(await dates(plain));
  });

  // Seed 1 draws 上一篇/下一篇 inside the article's element, which also holds the title, the preamble and the report.
  const m = model(1, ['page.prevNext']);
  const linked = page(m);
  const prevNext = /<div class="prevnext">.*?<\/div>/;

  it('keeps a list of links followed by running text in the report', async () => {
    // The report without its fee statement, which follows a list of links (an attachment) after the signature.
    const noFee = model(1, ['page.prevNext'], 'defect.noFee');
    const list = '<ul><li><a href="/f">附件：收费情况表</a></li></ul><p>本机关本年度未收取信息处理费。</p>';
    expect(page(noFee)).toMatch(prevNext);
    const got = await lint(page(noFee).replace(prevNext, list), { format: 'html', now: nowFor(noFee) });
    expect(got.messages.filter((x) => x.ruleId === 'fee-statement' && x.messageId === 'missing')).toEqual([]);
    expect((await findings(noFee)).some((f) => f.startsWith('error fee-statement'))).toBe(true);
  });

  it("still reports an impossible date in the article's metadata line before the report", async () => {
    const info = `<div class="info">发布时间：${m.year}-02-10 来源：${m.organ}</div>`;
    const early = linked.replace('<div class="article">', `<div class="article">${info}`);
    const got = (await lint(early, { format: 'html', now: nowFor(m) })).messages
      .filter((x) => x.ruleId === 'publication-date')
      .map((x) => `${x.severity} ${x.messageId} ${x.data?.['date'] ?? ''}`);
    expect(got).toEqual([`2 beforePeriodEnd ${m.year}年2月10日`]);
  });
});

describe("the page's dates after the report's signature", () => {
  /** Line and column (1-based) of the last occurrence of some text. */
  const at = (html: string, text: string): string => {
    const i = html.lastIndexOf(text);
    return `${html.slice(0, i).split('\n').length}:${i - html.lastIndexOf('\n', i - 1)}`;
  };
  // page.footerDate by seed: 2 a 发布时间 before the period ends, 9 a 发布日期 and 来源 after the deadline, 17 a list of
  // other articles with their dates; all inside the report's element, after the signature, with no 上一篇/下一篇 words.
  it.each([2, 9, 17])('seed %i reads as without them: the same findings and the same dates', async (seed) => {
    const plain = model(seed, []);
    const dated = model(seed, ['page.footerDate']);
    expect(page(dated)).toMatch(/<\/p>\n(?:<p class="MsoNormal">发布时间|<div class="fbsj">发布日期|<ul class="list">)/);
    expect(await findings(dated)).toEqual(await findings(plain));
    const dates = async (mm: Model): Promise<string[]> =>
      (await parseReport(page(mm), { format: 'html' })).report.dates.map((d) => `${d.kind} ${d.text}`);
    expect(await dates(dated)).toEqual([`signature ${plain.year + 1}年1月${plain.publishDay}日`]);
  });

  it('a 发布时间 after the signature, once read as the report date (beforePeriodEnd), is not a date of the report', async () => {
    const m = model(2, ['page.footerDate']);
    const html = page(m);
    const got = (await lint(html, { format: 'html', now: nowFor(m) })).messages.filter((x) => x.ruleId === 'publication-date');
    expect(got).toEqual([]);
    const { report } = await parseReport(html, { format: 'html' });
    const signature = `${m.year + 1}年1月${m.publishDay}日`;
    expect(report.dates.map((d) => `${d.kind} ${d.position?.start.line}:${d.position?.start.column}`)).toEqual([
      `signature ${at(html, signature)}`,
    ]);
  });

  it("keeps the signature's own labelled date and reports it at its place", async () => {
    const m = model(2, []);
    const signature = `${m.year + 1}年1月${m.publishDay}日`;
    const labelled = page(m).replace(`>${signature}<`, `>发布日期：${m.year + 1}年3月5日<`);
    const got = (await lint(labelled, { format: 'html', now: nowFor(m) })).messages.filter(
      (x) => x.ruleId === 'publication-date',
    );
    expect(got.map((x) => `${x.messageId} ${x.line}:${x.column}`)).toEqual([`late ${at(labelled, '发布日期：')}`]);
  });
});
