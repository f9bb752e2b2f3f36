/**
 * Review6 F4: a county CMS prints the article's title in a metadata list or table (<ul class="info"><li>标题</li>
 * <li>发布日期：…</li></ul>, <dl><dt>标题：</dt><dd>…</dd></dl>, <table><tr><th>标题</th><td>…</td></tr></table>),
 * and a stray line of another year's title may follow it (a copy-edit slip). The page's <title> (with or without
 * the site's name after it) holds the article's title: that line is the title, the stray line is not. Without a
 * <title> to tell, the two contest the title and its year is uncertain: never an accusation built on the stray line.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { writeReport } from '../rules/support/report.js';

const ORGAN = '原州区官厅镇';
const titled = (year: number): string => `${ORGAN}${year}年政府信息公开工作年度报告`;
const TITLE = titled(2023);

const METAS: Record<string, string> = {
  'a metadata list': `<ul class="info"><li>${TITLE}</li><li>发布日期：2024-01-20</li></ul>`,
  'a metadata list with labels': `<ul class="info"><li>标题：${TITLE}</li><li>发布日期：2024-01-20</li></ul>`,
  'a definition list': `<dl class="detail"><dt>标题：</dt><dd>${TITLE}</dd><dt>发布日期：</dt><dd>2024-01-20</dd></dl>`,
  'a metadata table': `<table class="xxgk"><tr><th>标题</th><td>${TITLE}</td></tr><tr><th>发布日期</th><td>2024-01-20</td></tr></table>`,
  'a table header cell': `<table class="xxgk"><tr><th colspan="2">${TITLE}</th></tr><tr><td>发布日期</td><td>2024-01-20</td></tr></table>`,
};

/** The page's <title>: the article's title, with the site's name after it or not. */
const PAGE_TITLES: Record<string, string> = {
  'the title': TITLE,
  'the title and the site': `${TITLE}_原州区人民政府`,
  'the title, a dash and the site': `${TITLE} - 原州区人民政府网站`,
};

/** The report under the metadata, a stray line of 2022's title after it, a sidebar of other years' links. */
function page(meta: string, pageTitle: string | undefined, periodYear: number): string {
  const { text } = writeReport(
    { year: 2023, organ: ORGAN, period: `本报告所列数据统计期限自${periodYear}年1月1日起至${periodYear}年12月31日止。` },
    'html',
  );
  const side = `<ul class="list"><li><a href="a.html">${titled(2022)}</a></li><li><a href="b.html">${titled(2024)}</a></li></ul>`;
  const out = text
    .replace(
      '<head><meta charset="utf-8"></head>',
      `<head><meta charset="utf-8"><title>${pageTitle ?? '原州区人民政府'}</title></head>`,
    )
    .replace('<article>', `${side}\n<article>`)
    .replace(`<h1>${TITLE}</h1>`, `${meta}\n<p>${titled(2022)}</p>`);
  expect(out).toContain(meta);
  return out;
}

const periodFindings = async (text: string): Promise<string[]> =>
  (await lint(text, { format: 'html', now: new Date('2024-06-01T00:00:00Z') })).messages
    .filter((m) => m.ruleId === 'statistical-period')
    .map((m) => `${m.messageId}:${m.severity}`);

describe.each(Object.entries(METAS))('the title in %s, a stray 2022 title after it', (_name, meta) => {
  it.each(Object.entries(PAGE_TITLES))('<title> is %s: the title is 2023, the stray line is not', async (_t, pageTitle) => {
    const text = page(meta, pageTitle, 2023);
    const { report } = await parseReport(text, { format: 'html' });
    expect([report.year, report.title]).toEqual([2023, TITLE]);
    expect(await periodFindings(text)).toEqual([]);
  });

  it('a period of 2022 under the 2023 title the <title> confirms is still reported', async () => {
    expect(await periodFindings(page(meta, `${TITLE}_原州区人民政府`, 2022))).toEqual(['yearMismatch:2']);
  });

  it('with a <title> naming only the site, the year is uncertain: no period finding', async () => {
    expect(await periodFindings(page(meta, undefined, 2023))).toEqual([]);
  });
});
