/**
 * Red team rtK (F1): a web page lists its column's other reports (2022年度报告, 2021年度报告, or their full titles)
 * in a link, a list or a sidebar above the report's <h1>. Those lines name other pages: they never contest the
 * report's own title, so the title's year stays known — a period of another year is reported, and the publication
 * deadline is the title year's (no false "late" warning computed for the period's year).
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { writeReport } from '../rules/support/report.js';

const ORGAN = '汝阳县发展和改革委员会';
const TITLE = `${ORGAN}2023年政府信息公开工作年度报告`;

const SIDEBARS: Record<string, string> = {
  'a list of year links':
    '<ul class="list"><li><a href="/2023.html">2023年度报告</a></li><li><a href="/2022.html">2022年度报告</a></li><li><a href="/2021.html">2021年度报告</a></li></ul>',
  'a sidebar of full titles': `<div class="side"><div>${ORGAN}2022年政府信息公开工作年度报告</div><div>${ORGAN}2021年政府信息公开工作年度报告</div></div>`,
  'links alone in paragraphs': `<div class="box"><p><a href="/a.html">${ORGAN}2022年政府信息公开工作年度报告</a></p><p><a href="/b.html">2021年度报告</a></p></div>`,
  'a definition list': '<dl><dt>年度报告</dt><dd>2022年度报告</dd><dd>2021年度报告</dd></dl>',
};

function page(sidebar: string, periodYear: number): string {
  const { text } = writeReport(
    {
      year: 2023,
      organ: ORGAN,
      period: `本报告所列数据统计期限自${periodYear}年1月1日起至${periodYear}年12月31日止。`,
    },
    'html',
  );
  const out = text
    .replace('<head><meta charset="utf-8"></head>', `<head><meta charset="utf-8"><title>${TITLE}</title></head>`)
    .replace('<article>', `<article>\n<div class="info">发布时间：2024-01-18 10:21 来源：${ORGAN}</div>\n${sidebar}`);
  expect(out).toContain(sidebar);
  return out;
}

describe.each(Object.entries(SIDEBARS))('%s above the <h1>', (_name, sidebar) => {
  it('title 2023, period 2022: the mismatch is reported, no late warning', async () => {
    const text = page(sidebar, 2022);
    expect((await parseReport(text, { format: 'html' })).report.year).toBe(2023);
    const { messages } = await lint(text, { format: 'html', now: new Date('2024-06-01T00:00:00Z') });
    const period = messages.filter((m) => m.ruleId === 'statistical-period');
    expect(period.map((m) => [m.messageId, m.severity])).toEqual([['yearMismatch', 2]]);
    expect(period[0]!.line).toBe(text.split('\n').findIndex((l) => l.includes('统计期限自2022年')) + 1);
    expect(messages.filter((m) => m.ruleId === 'publication-date')).toEqual([]);
  });

  it('title 2023, period 2023: clean of period and date findings', async () => {
    const text = page(sidebar, 2023);
    expect((await parseReport(text, { format: 'html' })).report.year).toBe(2023);
    const { messages } = await lint(text, { format: 'html', now: new Date('2024-06-01T00:00:00Z') });
    expect(messages.filter((m) => m.ruleId === 'statistical-period' || m.ruleId === 'publication-date')).toEqual([]);
  });
});

it('a title printed only in a list is still the title', async () => {
  const { text } = writeReport({ year: 2023, organ: ORGAN }, 'html');
  const listed = text.replace(`<h1>${TITLE}</h1>`, `<ul><li>${TITLE}</li></ul>`);
  expect(listed).not.toBe(text);
  const { report } = await parseReport(listed, { format: 'html' });
  expect([report.year, report.title]).toEqual([2023, TITLE]);
});
