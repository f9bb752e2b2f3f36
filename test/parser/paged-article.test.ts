/**
 * One page of a report its website pages (上一页 1 2 3 下一页, 第1页 共3页, TRS's createPageHTML), or the part a page
 * shows before 展开全文, saved or crawled (red team rtY): what stands on the pages not there is not missing. Every case
 * is checked against the same text without its paging, which gets the errors (so each test can fail), and a real
 * omission on the page, or a whole report showing links to other articles, keeps its findings.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';
import { renderText } from '../fuzz/layouts.js';
import { makeModel } from '../fuzz/model.js';
import { formatOf, writeReport, type Layout } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const TEXT_LAYOUTS: readonly Layout[] = ['markdown', 'tabs', 'lines'];

async function said(text: string, format: 'markdown' | 'text' | 'html'): Promise<string[]> {
  const result = await lint(text, { format, now: NOW });
  return result.messages.map((m) => `${m.ruleId}/${m.messageId}`);
}

/** The report's text up to (not including) the line where `start` begins, as page 1 of a paged article shows it. */
function upTo(text: string, start: string): string {
  const at = text.indexOf(start);
  if (at < 0) throw new Error(`no ${start}`);
  return text.slice(0, text.lastIndexOf('\n', at) + 1);
}

/** The report's text from the line where `start` begins: a later page. */
function from(text: string, start: string): string {
  const at = text.indexOf(start);
  if (at < 0) throw new Error(`no ${start}`);
  return text.slice(text.lastIndexOf('\n', at) + 1);
}

const PAGINGS = [
  '上一页 1 2 3 下一页',
  '第1页 共3页',
  '【下一页】',
  '共3页 当前第1页 [1] [2] [3] 下一页',
  '1/3页 首页 上一页 下一页 尾页',
];

describe('page 1 of a paged article, cut after section 三 and inside table 三', () => {
  for (const layout of TEXT_LAYOUTS) {
    const full = writeReport({}, layout).text;
    const format = formatOf(layout);

    it.each(PAGINGS)(`${layout}: cut before 四, paging %s: one unreadable-content finding, nothing missing`, async (paging) => {
      const page = upTo(full, '四、政府信息公开行政复议');
      // Without the paging the same text lacks 四, 五, 六 and the fee statement.
      expect(await said(page, format)).toEqual(expect.arrayContaining(['required-sections/missing', 'fee-statement/missing']));
      expect(await said(`${page}\n${paging}\n`, format)).toEqual(['unreadable-content/otherPages']);
    });

    it(`${layout}: cut inside table 三 after （三）不予公开: the rows on the next page are not missing`, async () => {
      const page = upTo(full, '4.保护第三方合法权益');
      expect(await said(page, format)).toEqual(expect.arrayContaining(['table-structure/missingRows']));
      const paged = `${page}\n共3页 当前第1页 [1] [2] [3] 下一页\n`;
      expect(await said(paged, format)).toEqual(['unreadable-content/otherPages']);
      // The rows read are read, the pager's digits read as no row.
      const { report } = await parseReport(paged, { format });
      const table = report.children
        .flatMap((c) => (c.type === 'section' ? c.children : []))
        .find((c) => c.type === 'table' && c.kind === 'applications');
      expect(table?.type === 'table' && table.children.map((r) => r.key)).toEqual(
        expect.arrayContaining(['new', 'carried', 'granted', 'partial', 'denied.1', 'denied.2', 'denied.3']),
      );
      expect(table?.type === 'table' && table.unreadableRows.every((r) => r.reason === 'otherPage')).toBe(true);
    });
  }
});

describe('a later page alone', () => {
  for (const layout of TEXT_LAYOUTS) {
    const full = writeReport({}, layout).text;
    const format = formatOf(layout);
    it.each(['上一页 1 2 3 下一页', '第3页 共3页', '首页 上一页 1 2 3'])(
      `${layout}: 四 to the end, paging %s`,
      async (paging) => {
        const page = from(full, '四、政府信息公开行政复议');
        const alone = await said(page, format);
        expect(alone).toContain('required-sections/missing');
        expect(alone.some((m) => m.startsWith('statistical-period/missing'))).toBe(true);
        expect(await said(`${page}\n${paging}\n`, format)).toEqual(['unreadable-content/otherPages']);
      },
    );
  }
});

describe('what stays as it was', () => {
  const full = writeReport({}, 'markdown').text;

  it.each([
    '上一篇：关于印发某某工作要点的通知\n下一篇：某市某局2022年政府信息公开工作年度报告',
    '第1页 共1页',
    '上一页 1 下一页',
  ])('a whole report showing %s: no finding', async (furniture) => {
    expect(await said(`${full}\n${furniture}\n`, 'markdown')).toEqual([]);
  });

  it("a PDF's footers of every page (第1页 共2页 … 第2页 共2页) say the whole report is there", async () => {
    const middle = full.indexOf('三、收到和处理');
    const text = `${full.slice(0, middle)}\n第1页 共2页\n\n${full.slice(middle)}\n第2页 共2页\n`;
    const { report } = await parseReport(text, { format: 'markdown' });
    expect(report.reading.otherPages).toBeUndefined();
  });

  it('every page joined by a crawler, the pager between them: read whole, no finding', async () => {
    const pager = '上一页 1 2 3 下一页';
    const second = full.indexOf('三、收到和处理');
    const third = full.indexOf('五、存在的主要问题');
    const text = [full.slice(0, second), pager, full.slice(second, third), pager, full.slice(third), pager].join('\n\n');
    expect(await said(text, 'markdown')).toEqual([]);
  });

  // review19 #3, #4, #5: what the text already holds of the report's end and start is not on another page.
  const noFee = `${writeReport({ other: ['本机关无其他需要报告的事项。'] }, 'markdown').text}\n某市某局\n\n2024年1月20日\n`;

  it('a report without its fee statement, ending with its signature, then 展开全文 or a pager: the error stays', async () => {
    expect(await said(noFee, 'markdown')).toEqual(['fee-statement/missing']);
    for (const tail of ['展开全文', '上一页 1 2 3 下一页', '阅读全文'])
      expect(await said(`${noFee}\n${tail}\n`, 'markdown')).toEqual(['fee-statement/missing']);
  });

  it("a text of a PDF's pages whose cover lost its footer (第2页 共3页 … 第3页 共3页): the whole report, its errors kept", async () => {
    const middle = noFee.indexOf('三、收到和处理');
    const text = `${noFee.slice(0, middle)}\n第 2 页 共 3 页\n\n${noFee.slice(middle)}\n第 3 页 共 3 页\n`;
    expect(await said(text, 'markdown')).toEqual(['fee-statement/missing']);
  });

  it('a lone 下一页 right after the article is its pager; elsewhere (a carousel) it is none; a pager with numbers is', async () => {
    const model = makeModel(5, [], null);
    const page = renderText(model, 'html-page');
    const cut = page.lastIndexOf('<p', page.indexOf('四、政府信息公开行政复议', page.indexOf('id="zoom"')));
    const rest = page.indexOf('<div class="share">');
    const body = page.indexOf('<body>') + '<body>'.length;
    const carousel = '<div class="banner"><a>下一页</a></div>';
    const cutPage = (after: string) => `${page.slice(0, cut)}</div>\n${after}\n${page.slice(rest)}`;
    // Sites print the article's 【下一页】 right under it (rtY; review19 #5).
    const rightAfter = cutPage('<div class="page">【下一页】</div>');
    // A carousel above the article, or a 下一页 after other text under it: another widget's.
    const before = `${page.slice(0, body)}${carousel}${cutPage('').slice(body)}`;
    const afterText = cutPage(`<div class="tools"><a>【打印本页】</a></div>${carousel}`);
    const pager = cutPage('<div class="page"><a>上一页</a> <a>1</a> <a>2</a> <a>下一页</a></div>');
    const now = new Date(Date.UTC(model.year + 1, 2, 1));
    const ids = async (html: string) =>
      (await lint(html, { format: 'html', now })).messages.map((m) => `${m.ruleId}/${m.messageId}`);
    expect(await ids(cutPage(''))).toEqual(expect.arrayContaining(['required-sections/missing', 'fee-statement/missing']));
    expect(await ids(rightAfter)).toEqual(['unreadable-content/otherPages']);
    for (const other of [before, afterText])
      expect(await ids(other)).toEqual(expect.arrayContaining(['required-sections/missing', 'fee-statement/missing']));
    expect(await ids(pager)).toEqual(['unreadable-content/otherPages']);
  });

  it('a whole report lacking its fee statement with a lone 下一页 right after it keeps its error (its end is read)', async () => {
    const model = makeModel(5, [], 'defect.noFee');
    const noFeePage = renderText(model, 'html-page');
    const end = noFeePage.indexOf('<div class="share">');
    const withNext = `${noFeePage.slice(0, end)}<div class="page">【下一页】</div>${noFeePage.slice(end)}`;
    const now = new Date(Date.UTC(model.year + 1, 2, 1));
    const ids = async (html: string) =>
      (await lint(html, { format: 'html', now })).messages.map((m) => `${m.ruleId}/${m.messageId}`);
    expect(await ids(withNext)).toEqual(['fee-statement/missing']);
  });

  it('a section missing between two sections of the page is still missing', async () => {
    const page = upTo(
      writeReport({ sections: ['overview', 'active', 'review', 'problems'] }, 'markdown').text,
      '五、存在的主要问题',
    );
    expect(await said(`${page}\n上一页 1 2 下一页\n`, 'markdown')).toEqual([
      'required-sections/missing',
      'unreadable-content/otherPages',
    ]);
  });

  it('a whole report that really lacks 五, ending with its signature, keeps its error', async () => {
    const text = writeReport({ sections: ['overview', 'active', 'applications', 'review', 'other'] }, 'markdown').text;
    expect(await said(`${text}\n上一篇：关于某某的通知\n`, 'markdown')).toEqual(['required-sections/missing']);
  });
});

describe('展开全文: the page shows the report up to a link that opens the rest', () => {
  const full = writeReport({}, 'markdown').text;
  it.each(['展开全文', '阅读全文 ∨', '点击查看更多'])('cut before 四, then %s: one finding', async (link) => {
    const page = upTo(full, '四、政府信息公开行政复议');
    expect(await said(`${page}\n${link}\n`, 'markdown')).toEqual(['unreadable-content/collapsed']);
  });

  it('a 阅读全文 the report goes on after (a link at its top) hides nothing', async () => {
    const lines = full.split('\n');
    const text = [lines[0], '', '阅读全文', '', ...lines.slice(1)].join('\n');
    const { report } = await parseReport(text, { format: 'markdown' });
    expect(report.reading.otherPages).toBeUndefined();
  });
});

describe('a saved web page', () => {
  const model = makeModel(5, [], null);
  const page = renderText(model, 'html-page');
  const now = new Date(Date.UTC(model.year + 1, 2, 1));
  const findings = async (html: string): Promise<string[]> =>
    (await lint(html, { format: 'html', now })).messages.map((m) => `${m.ruleId}/${m.messageId}`);
  /** The page cut before section 四's heading, `inside` printed at the end of the article's element, `after` after it. */
  const cut = (inside: string, after: string): string => {
    const at = page.lastIndexOf('<p', page.indexOf('四、政府信息公开行政复议', page.indexOf('id="zoom"')));
    return `${page.slice(0, at)}${inside}</div>\n${after}${page.slice(page.indexOf('<div class="share">'))}`;
  };

  it('the whole page reads clean', async () => {
    expect(await findings(page)).toEqual([]);
  });

  it.each([
    [
      'paging inside the article',
      '<p align="center"><a>上一页</a> <span>1</span> <a href="t_1.html">2</a> <a href="t_2.html">3</a> <a href="t_1.html">下一页</a></p>',
      '',
    ],
    [
      'paging after the article',
      '',
      '<div class="page"><a>上一页</a> <span>1</span> <a href="t_1.html">2</a> <a href="t_2.html">3</a> <a href="t_1.html">下一页</a></div>\n',
    ],
    ['TRS paging script', '<script>createPageHTML(3, 0, "t20230119_123", "html");</script>', ''],
    ['展开全文 after the article', '', '<div class="more"><a href="javascript:;">展开全文</a></div>\n'],
  ])('%s: one unreadable-content finding', async (_name, inside, after) => {
    expect(await findings(cut('', ''))).toEqual(expect.arrayContaining(['required-sections/missing', 'fee-statement/missing']));
    const found = await findings(cut(inside, after));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^unreadable-content\/(otherPages|collapsed)$/);
  });

  it('extract says which page it is', async () => {
    const html = cut('<script>createPageHTML(3, 0, "t20230119_123", "html");</script>', '');
    const reading = extractReport(await parseReport(html, { format: 'html' })).reading;
    expect(reading.otherPages).toEqual({ line: expect.any(Number), page: 1, pages: 3 });
    expect(reading.sections['review']?.reason).toBe('otherPage');
  });
});
