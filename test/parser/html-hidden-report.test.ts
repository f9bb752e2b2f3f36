/**
 * Pages whose report a browser shows, however the saved markup hides or places it (red team B): a WeChat article as
 * served (#js_content hidden until its script runs), a report framed on a page with a breadcrumb, section headings
 * published as pictures, headings behind a decoration mark, a table picture sized in percent. None of them may be
 * accused of a missing part; what cannot be read is said once.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';
import { formatOf, LAYOUTS, REVIEW_OK, writeReport } from '../rules/support/report.js';

const NOW = new Date(Date.UTC(2025, 2, 1));
const findings = async (html: string): Promise<string[]> =>
  (await lint(html, { format: 'html', now: NOW })).messages.map(
    (m) => `${m.severity === 2 ? 'error' : 'warn'} ${m.ruleId}/${m.messageId}`,
  );
const tablesOf = async (html: string): Promise<unknown> => extractReport(await parseReport(html, { format: 'html' })).tables;

/** The written report's body (what stands inside its <article>), and its title. */
function parts(html: string): { title: string; body: string } {
  const title = /<h1>(.*?)<\/h1>/.exec(html)![1]!;
  const body = html.slice(html.indexOf('</h1>') + 5, html.indexOf('</article>'));
  return { title, body };
}

/** A WeChat article page around a body, #js_content carrying `style`. */
function wechat(title: string, body: string, style: string): string {
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8">',
    `<title>${title}</title></head><body id="activity-detail"><div class="rich_media_inner">`,
    `<h1 class="rich_media_title" id="activity-name">${title}</h1>`,
    '<div id="meta_content"><span id="js_name">某市某局</span><em id="publish_time">2025-01-20 17:30</em></div>',
    `<div class="rich_media_content" id="js_content" style="${style}">${body}</div>`,
    '<div class="qr_code_pc"><p>微信扫一扫<br>关注该公众号</p></div>',
    '<div id="js_read_area">阅读 1024 在看 12</div>',
    '</div></body></html>',
  ].join('\n');
}

describe('a WeChat article as served: #js_content hidden by its style until a script shows it', () => {
  const written = writeReport({}, 'html').text;
  const { title, body } = parts(written);
  const shown = wechat(title, body, 'visibility: visible;');

  it.each(['visibility: hidden; opacity: 0;', 'visibility: hidden;', 'display: none;'])(
    'with %s it reads as the same article shown',
    async (style) => {
      const hidden = wechat(title, body, style);
      expect(await findings(shown)).toEqual([]);
      expect(await findings(hidden)).toEqual([]);
      const read = (await tablesOf(hidden)) as { review: { rows: unknown[] } };
      expect(read).toEqual(await tablesOf(shown));
      expect(read.review).not.toBeNull();
    },
  );

  it('hidden parts inside the hidden article stay unread', async () => {
    // A paragraph the editor hid inside the article is no text the reader shows: its period is not read.
    const period = /<p>[^<]*统计期限[^<]*<\/p>/.exec(body)![0];
    const inner = body.replace(period, period.replace('<p>', '<p style="display:none">'));
    expect(await findings(wechat(title, inner, 'visibility: hidden;'))).toEqual(['error statistical-period/missing']);
  });

  it('two copies, the hidden one with other figures: the shown copy is read', async () => {
    const other = writeReport({ review: REVIEW_OK.map((v) => v + 20) }, 'html').text;
    const page = wechat(title, body, 'visibility: visible;').replace(
      '<div class="qr_code_pc">',
      `<div style="display:none">${parts(other).body}</div><div class="qr_code_pc">`,
    );
    expect(await findings(page)).toEqual([]);
    expect(await tablesOf(page)).toEqual(await tablesOf(shown));
  });
});

describe('a report framed on a page with a breadcrumb naming 年度报告 and no <h1>', () => {
  const title = '某市某局2024年政府信息公开工作年度报告';
  const framed = (frame: string): string =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>` +
    `<div class="nav">首页 &gt; 政务公开 &gt; 年度报告</div>${frame}</body></html>`;
  const srcdoc = writeReport({}, 'html').text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

  it.each([
    ['an iframe of a page', '<iframe src="/u/2025/report.html" width="100%" height="3000"></iframe>'],
    ['an iframe of a PDF', '<iframe src="/u/2025/report.pdf"></iframe>'],
    ['an embed of a PDF', '<div class="content"><embed src="/u/2025/report.pdf" type="application/pdf"></div>'],
    ['an iframe srcdoc holding the report', `<iframe srcdoc="${srcdoc}"></iframe>`],
  ])('%s: the page holds the title and no body, said once', async (_, frame) => {
    const page = framed(frame);
    expect(await findings(page)).toEqual(['warn unreadable-content/noBody']);
    const { report } = await parseReport(page, { format: 'html' });
    expect(report.title).toBe(title);
    expect(report.reading.noBody).toBe(true);
  });

  it('a breadcrumb is no title: a page opening with one still takes its <title> as the report title', async () => {
    const written = writeReport({ year: 2024 }, 'html').text;
    const page = written
      .replace('<head><meta charset="utf-8"></head>', `<head><meta charset="utf-8"><title>${title}</title></head>`)
      .replace(/<h1>.*?<\/h1>/, '<div class="nav">首页 &gt; 政务公开 &gt; 年度报告</div>');
    expect(await findings(page)).toEqual([]);
    expect((await parseReport(page, { format: 'html' })).report.title).toBe(title);
  });
});

describe('a table published as a picture sized in percent', () => {
  const page = (size: string): string =>
    writeReport({ year: 2024, noTable: ['applications'] }, 'html').text.replace(
      /(<h2>三、[^<]*<\/h2>)/,
      `$1\n<p style="text-align:center"><img src="/u/2025/t3.png" ${size}></p>`,
    );

  it('width="30%" is a share of the page, not 30 pixels: the table is a picture, unreadable, never missing', async () => {
    expect(await findings(page('width="30%"'))).toEqual(['warn unreadable-content/tableImage']);
    const { report } = await parseReport(page('width="30%" height="40%"'), { format: 'html' });
    expect(report.reading.tables.applications).toMatchObject({ status: 'unreadable', reason: { id: 'tableImage' } });
  });

  it('an icon 30 pixels wide is still no table', async () => {
    expect(await findings(page('width="30"'))).toContain('error table-structure/missingTable');
  });

  it("a lazy-loading page's 1×1 placeholder and a thumbnail linked to its full picture are the table's picture", async () => {
    const lazy = page('class="lazy" data-original="/u/2025/t3.png" width="1" height="1"');
    expect(await findings(lazy)).toEqual(['warn unreadable-content/tableImage']);
    const thumb = page('width="40" height="30"').replace(/(<img [^>]*>)/, '<a href="/u/2025/t3-big.jpg">$1</a>（点击查看大图）');
    expect(await findings(thumb)).toEqual(['warn unreadable-content/tableImage']);
    // A link to the picture in words (详见附表：…情况表.jpg) shows it too; a link to a page does not.
    const linked = (href: string): string =>
      page('width="30"').replace(/<img [^>]*>/, `详见附表：<a href="${href}">收到和处理政府信息公开申请情况表</a>`);
    expect(await findings(linked('/u/2025/t3.jpg'))).toEqual(['warn unreadable-content/tableImage']);
    expect(await findings(linked('/u/2025/t3.html'))).toContain('error table-structure/missingTable');
    // An icon linking to a page is still an icon.
    const icon = page('width="40" height="30"').replace(/(<img [^>]*>)/, '<a href="/share.html">$1</a>');
    expect(await findings(icon)).toContain('error table-structure/missingTable');
  });
});

describe('headings behind a title bar mark (▍ ◆ ■ ▌, 【…】, 一丨), in every layout', () => {
  const marked: Array<[string, (numeral: string, words: string) => string]> = [
    ['▍', (n, w) => `▍${n}、${w}`],
    ['◆', (n, w) => `◆${n}、${w}`],
    ['■', (n, w) => `■${n}、${w}`],
    ['▌', (n, w) => `▌${n}、${w}`],
    ['【】', (n, w) => `【${n}、${w}】`],
    ['丨', (n, w) => `${n}丨${w}`],
  ];
  const cases = LAYOUTS.flatMap((layout) => marked.map(([name, mark]) => [layout, name, mark] as const));

  it.each(cases)('%s, %s: the six headings are placed', async (layout, _, mark) => {
    const plain = writeReport({ year: 2024 }, layout).text;
    let count = 0;
    const text = plain.replace(
      /^(## |<h2>)?([一二三四五六])、((?:总体情况|主动公开|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告)[^<\n]*)/gm,
      (_m, pre: string | undefined, n: string, w: string) => {
        count++;
        return `${pre ?? ''}${mark(n, w)}`;
      },
    );
    expect(count).toBe(6);
    const format = formatOf(layout);
    const messages = (await lint(text, { format, now: NOW })).messages.map((m) => `${m.ruleId}/${m.messageId}`);
    expect(messages).toEqual([]);
    const { report } = await parseReport(text, { format });
    expect(Object.values(report.reading.sections).map((c) => c.status)).toEqual(Array(6).fill('read'));
  });
});

describe('section headings published as pictures', () => {
  const HEADING = /<h2>([一二三四五六]、[^<]*)<\/h2>/g;
  const banners = (alt: (heading: string) => string): string =>
    writeReport({ year: 2024 }, 'html').text.replace(
      HEADING,
      (_m, h: string) =>
        `<p style="text-align:center"><span><img src="/banner/b.png" ${alt(h)} width="600" height="80"></span></p>`,
    );

  it('a banner whose alt is a numbered heading is that heading, placed where the picture stands', async () => {
    const page = banners((h) => `alt="${h}"`);
    expect(await findings(page)).toEqual([]);
    const { report } = await parseReport(page, { format: 'html' });
    expect(Object.values(report.reading.sections).map((c) => c.status)).toEqual(Array(6).fill('read'));
    const five = report.children.find((s) => s.type === 'section' && s.key === 'problems');
    const line = page.split('\n').findIndex((l) => l.includes('alt="五、')) + 1;
    expect(five?.position?.start.line).toBe(line);
  });

  it('banners without alt: the sections are unreadable where the pictures stand, never missing', async () => {
    const page = banners(() => '');
    expect(await findings(page)).toEqual(['warn unreadable-content/section']);
    const { report } = await parseReport(page, { format: 'html' });
    const problems = report.reading.sections.problems;
    expect(problems).toMatchObject({ status: 'unreadable', reason: { id: 'sectionImage' } });
    const line = page.split('\n').findIndex((l) => l.includes('<img') && l.indexOf('<img') > 0) + 1;
    expect(report.reading.sections.overview.position?.start.line).toBe(line);
  });

  it("a section left out beside table 四's picture is still missing: the table's picture is no heading", async () => {
    const page = writeReport(
      { year: 2024, sections: ['overview', 'active', 'applications', 'review', 'other'], noTable: ['review'] },
      'html',
    ).text.replace(/(<h2>四、[^<]*<\/h2>)/, '$1\n<p><img src="/t4.png" width="900" height="200"></p>');
    expect((await findings(page)).sort()).toEqual(['error required-sections/missing', 'warn unreadable-content/tableImage']);
  });

  it("a table's picture whose alt names the table's subject stays a picture of the table", async () => {
    const page = writeReport({ year: 2024, noTable: ['applications'] }, 'html').text.replace(
      /(<h2>三、[^<]*<\/h2>)/,
      '$1\n<p><img src="/t3.png" alt="收到和处理政府信息公开申请情况"></p>',
    );
    expect(await findings(page)).toEqual(['warn unreadable-content/tableImage']);
  });
});
