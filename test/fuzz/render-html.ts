/**
 * HTML layouts of one document (doc.ts): a whole saved government web page (site chrome, navigation, a
 * `<script>` full of column names, 扫一扫在手机打开当前页, footer) with the report in Word-export markup, and a
 * print page that Chromium turns into a PDF (render-pdf.ts).
 */
import { chunks } from '../helpers/html-docx-render.js';
import { esc, spanAttrs } from '../helpers/report-model.js';
import type { DBlock, DCell, Doc } from './doc.js';
import { has } from './model.js';
import { APPLICANTS, COLUMN_LABEL_LIST, HEADING, REVIEW_HEADS, rowLabel, SECTION_KEYS } from './template.js';

/** A site's script names the columns and links the headings: words the reader must not take for the report. */
const SCRIPT_WORDS = [
  ...COLUMN_LABEL_LIST,
  ...['new', 'carried'].map((k) => rowLabel(k).slice(2)),
  rowLabel('granted').slice(3),
  ...[0, 1, 3].map((i) => REVIEW_HEADS[i]!),
];
const SCRIPT_NAV = Object.fromEntries(SECTION_KEYS.map((k, i) => [HEADING[k], `#s${i + 1}`]));
/** Header words that stay on one line in print unless table.wrappedHeaders. */
const ONE_LINE = new Set(
  ['business', 'research', 'nonprofit', 'legal', 'natural'].map((k) => COLUMN_LABEL_LIST[[...APPLICANTS].indexOf(k as never)]!),
);

const SPAN = '<span style="font-family: 仿宋_GB2312; font-size: 16pt;">';

/** Text as Word exports it: with text.spans cut into runs at arbitrary places (inside numbers too). */
function runs(doc: Doc, text: string): string {
  if (!has(doc.model, 'text.spans')) return `${SPAN}${esc(text)}</span>`;
  return chunks(text)
    .map((t) => `${SPAN}<font face="仿宋_GB2312">${esc(t)}</font></span>`)
    .join('');
}

const lines = (doc: Doc, ls: readonly string[]): string => ls.map((l) => runs(doc, l)).join('<br>\n');

function cellHtml(doc: Doc, cell: DCell): string {
  const paras = cell.text.split('\n').map((l) => `<p class="MsoNormal" align="center">${l ? runs(doc, l) : ''}</p>`);
  const pad = cell.pad ? '<p class="MsoNormal"><span><o:p>&nbsp;</o:p></span></p>' : '';
  const inner = cell.pad ? [pad, ...paras.map((p) => p.replace('</p>', '&nbsp;</p>')), pad] : paras;
  return `<td${spanAttrs(cell)} valign="center">${inner.join('')}</td>`;
}

function block(doc: Doc, b: DBlock): string {
  if (b.kind === 'title') return `<p class="MsoNormal" align="center"><b>${lines(doc, b.lines)}</b></p>`;
  if (b.kind === 'heading') {
    if (b.inline !== undefined) return `<p class="MsoNormal" style="text-indent:32pt">${runs(doc, `${b.text}　${b.inline}`)}</p>`;
    return `<p class="MsoNormal" style="text-indent:32pt">${b.bold ? `<b>${runs(doc, b.text)}</b>` : runs(doc, b.text)}</p>`;
  }
  if (b.kind === 'paragraph') return `<p class="MsoNormal" style="text-indent:32pt">${lines(doc, b.lines)}</p>`;
  const rows = b.grid.map((line) => `<tr>${line.map((cell) => cellHtml(doc, cell)).join('')}</tr>`);
  return `<div align="center"><table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
}

/**
 * The report's element: Word-export markup in the CMS's div; with page.layoutTable in a one-cell layout table.
 * With page.prevNext (and page.layoutTable on odd seeds) that element holds the sections only: the title and
 * preamble stand before it in the article's element, which also holds 上一篇/下一篇 after it.
 */
function reportElement(doc: Doc): string {
  const m = doc.model;
  // page.sidebarTitles, page.untitledTitle: the report's title only in the page's heading, not again in the text.
  const titled = !has(m, 'page.sidebarTitles') && !has(m, 'page.untitledTitle');
  const blocks = titled ? doc.blocks : doc.blocks.filter((b) => b.kind !== 'title');
  const html = (blocks: readonly DBlock[]): string => blocks.map((b) => block(doc, b)).join('\n') + footerDate(m, blocks);
  const layout = has(m, 'page.layoutTable');
  if (!layout && !has(m, 'page.prevNext')) return `<div class="TRS_Editor" id="zoom">\n${html(blocks)}\n</div>`;
  const first = blocks.findIndex((b) => b.kind === 'heading');
  const split = has(m, 'page.prevNext') || m.seed % 2 === 1;
  const [head, rest] = split ? [blocks.slice(0, first), blocks.slice(first)] : [[], blocks];
  const inner = layout
    ? `<table width="100%"><tr><td>\n${html(rest)}\n</td></tr></table>`
    : `<div class="TRS_Editor" id="zoom">\n${html(rest)}\n</div>`;
  return `<div class="${has(m, 'page.prevNext') ? 'article' : 'con'}">${html(head)}\n${inner}\n${prevNext(m)}</div>`;
}

/**
 * page.footerDate: after the report's signature, inside its element, a date of the page's own (发布时间, before the
 * period ends), a 发布日期 and 来源 line later than the deadline, or a list of other articles with their dates, none
 * under 上一篇/下一篇 or 相关 words. Written after the blocks that end with the signature only.
 */
function footerDate(m: Doc['model'], blocks: readonly DBlock[]): string {
  const last = blocks[blocks.length - 1];
  if (!has(m, 'page.footerDate') || last?.kind !== 'paragraph' || last.role !== 'signature') return '';
  const organ = esc(m.organ);
  const kind = (m.seed >> 3) % 3;
  if (kind === 0) return `\n<p class="MsoNormal">发布时间：${m.year}-06-15</p>`;
  if (kind === 1) return `\n<div class="fbsj">发布日期：${m.year + 1}-05-20 09:30　来源：${organ}</div>`;
  return `\n<ul class="list"><li><a href="/c1">${organ}${m.year}年度部门决算公开</a>　发布时间：${m.year}-09-10</li><li><a href="/c2">${organ}${m.year + 1}年度部门预算公开</a>　发布时间：${m.year + 1}-03-20</li></ul>`;
}

/**
 * page.untitledTitle: a <title> without the year (the site's name, or 政府信息公开年报 and the site's name), and in a box
 * beside the report, whose class names no sidebar, another year's report as a heading (two years before, or the next).
 */
function untitled(m: Doc['model']): { title: string; box: string } {
  const organ = esc(m.organ);
  const title = (m.seed >> 4) % 2 === 0 ? organ : `政府信息公开年报_${organ}`;
  const year = (m.seed >> 5) % 2 === 0 ? m.year - 2 : m.year + 1;
  return { title, box: `<div class="box"><h4>${organ}${year}年政府信息公开工作年度报告</h4></div>\n` };
}

/** Other years' reports in a sidebar between the page's title and the report (page.sidebarTitles). */
function sidebar(m: Doc['model']): string {
  if (!has(m, 'page.sidebarTitles')) return '';
  const item = (k: number): string =>
    `<li class="title"><a href="/nb${k}">${esc(m.organ)}${m.year - k}年政府信息公开工作年度报告</a></li>`;
  return `<div class="left"><div class="left-title">信息公开年报</div><ul>${item(1)}${item(2)}</ul></div>
<div class="hot"><h4>${esc(m.organ)}${m.year - 1}年政府信息公开工作年度报告</h4></div>\n`;
}

/** After the report, inside the article's element: 上一篇/下一篇 with their dates, or a related list with a date. */
function prevNext(m: Doc['model']): string {
  if (!has(m, 'page.prevNext')) return '';
  const organ = esc(m.organ);
  if ((m.seed >> 1) % 2 === 0)
    return `<div class="prevnext"><p>上一篇：${organ}${m.year}年度部门预算公开 发布时间：${m.year}-02-10</p><p>下一篇：${organ}${m.year + 1}年政府信息公开工作年度报告 发布时间：${m.year + 2}-01-20</p></div>`;
  return `<div class="xgwz"><ul><li><a href="/b1">${organ}${m.year}年度部门预算公开</a></li></ul><div class="date">${m.year}年12月20日</div></div>`;
}

export function htmlPage(doc: Doc): string {
  return page(doc, reportElement(doc));
}

/** How a page shows a report published as a file: a frame, an embed, an object, a download link, a pdf.js viewer. */
export const ATTACHMENTS = ['iframe', 'embed', 'object', 'link', 'viewer'] as const;
export type Attachment = (typeof ATTACHMENTS)[number];

/**
 * The same whole page showing the report as a PDF it does not hold (the report's noBody family): the article's
 * element holds a 发布时间/来源/浏览次数 line, the file (`how`), and 打印/关闭; `prose` (a paragraph of the report)
 * stands before the file when given.
 */
export function attachmentPage(doc: Doc, how: Attachment, prose?: string): string {
  const m = doc.model;
  const pdf = `/uploads/${m.year + 1}/01/P0${m.seed}.pdf`;
  const file = {
    iframe: `<iframe src="${pdf}" width="100%" height="900" frameborder="0"></iframe>`,
    embed: `<embed src="${pdf}" type="application/pdf" width="100%" height="900">`,
    object: `<object data="${pdf}" type="application/pdf" width="100%" height="900"><p>您的浏览器不支持在线预览，请<a href="${pdf}">下载</a>后查看。</p></object>`,
    link: `<p>附件：<a href="${pdf}">${esc(doc.title)}.pdf</a></p>`,
    viewer: `<div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div><script src="/static/pdfjs/build/pdf.min.js"></script><script>pdfjsLib.getDocument("${pdf}").promise.then(show);</script>`,
  }[how];
  const info = `<div class="info">发布时间：${m.year + 1}-01-${String(m.publishDay).padStart(2, '0')} 10:31　来源：${esc(m.organ)}　浏览次数：386</div>`;
  const text = prose ? `<p class="MsoNormal" style="text-indent:32pt">${esc(prose)}</p>\n` : '';
  return page(
    doc,
    `<div class="TRS_Editor" id="zoom">\n${info}\n${text}${file}\n<div class="tools">【打印本页】　【关闭窗口】</div>\n</div>`,
  );
}

/** The saved page around the report's element: the site's menus, metadata, the page's title, sidebars and footer. */
function page(doc: Doc, report: string): string {
  const m = doc.model;
  // page.sidebarTitles on odd seeds: the page prints its title in a plain div (no heading, no title class).
  const pageTitle =
    (has(m, 'page.sidebarTitles') || has(m, 'page.untitledTitle')) && (m.seed >> 2) % 2 === 1
      ? `<div class="bt">${esc(doc.title)}</div>`
      : `<h1 class="article-title">${esc(doc.title)}</h1>`;
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${has(m, 'page.untitledTitle') ? untitled(m).title : `${esc(doc.title)}_${esc(m.organ)}`}</title>
<script>
var columns = ${JSON.stringify(SCRIPT_WORDS)};
var nav = ${JSON.stringify(SCRIPT_NAV)};
</script>
</head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/hdjl">互动交流</a> | 无障碍浏览 | 长者模式</div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府信息公开年报</div>
<table class="meta"><tr><td>索引号：</td><td>11330100MB0000000X/${m.year + 1}-00012</td><td>发布机构：</td><td>${esc(m.organ)}</td></tr>
<tr><td>发布日期：</td><td>${m.year + 1}-01-${String(m.publishDay).padStart(2, '0')}</td><td>主题分类：</td><td>政府信息公开年报</td></tr></table>
${pageTitle}
${sidebar(m)}${has(m, 'page.untitledTitle') ? untitled(m).box : ''}<div class="info">字号：[ <a>大</a> <a>中</a> <a>小</a> ]　浏览次数：1024</div>
${report}
<div class="share">分享到：<a>微信</a> <a>微博</a></div>
<div class="qr"><img src="qr.png" alt="">扫一扫在手机打开当前页</div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a1">${esc(m.organ)}${m.year - 1}年政府信息公开工作年度报告</a></li><li><a href="/a2">政府信息公开指南</a></li></ul></div>
<div class="footer">主办单位：${esc(m.organ)}　承办单位：信息中心　网站标识码：3301000001　浙ICP备05000000号</div>
<script>document.getElementById("zoom").style.fontSize = "16px";</script>
</body>
</html>
`;
}

/** The page Chromium prints (render-pdf.ts): an official document's look, A4, bordered tables, narrow label column. */
export function printHtml(doc: Doc): string {
  const text = (ls: readonly string[]): string => ls.map(esc).join('<br>');
  const body = doc.blocks
    .map((b) => {
      if (b.kind === 'title') return `<h1>${text(b.lines)}</h1>`;
      if (b.kind === 'heading') {
        if (b.inline !== undefined) return `<p>${esc(b.text)}　${esc(b.inline)}</p>`;
        return b.bold ? `<p class="h"><b>${esc(b.text)}</b></p>` : `<p class="h">${esc(b.text)}</p>`;
      }
      if (b.kind === 'paragraph') return `<p${b.role === 'signature' ? ' class="sig"' : ''}>${text(b.lines)}</p>`;
      const rows = b.grid.map(
        (line) =>
          `<tr>${line
            .map((cell) => {
              // The widths of ../helpers/pdf-html.ts: 三、本年度办理结果 one character wide, group and row labels fixed.
              // Header words over the value columns stay on one line unless table.wrappedHeaders (社会公益 / 组织).
              const nowrap = !has(doc.model, 'table.wrappedHeaders') && ONE_LINE.has(cell.text);
              const cls =
                (cell.rowspan ?? 1) > 10
                  ? ' class="narrow"'
                  : /^（[三四五六]）/.test(cell.text) && cell.rowspan
                    ? ' class="group"'
                    : /^\d\./.test(cell.text)
                      ? ' class="label"'
                      : nowrap
                        ? ' class="h"'
                        : '';
              return `<td${spanAttrs(cell)}${cls}>${cell.text.split('\n').map(esc).join('<br>')}</td>`;
            })
            .join('')}</tr>`,
      );
      // Table 三 starts on a page of its own and is kept whole: a page break inside it is what the
      // table3.split* variations draw.
      return `<table${b.table === 'applications' ? ' class="whole"' : ''}>${rows.join('\n')}</table>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(doc.title)}</title>
<style>
@page { size: A4; margin: 25mm 22mm; }
body { font-family: "Droid Sans Fallback", sans-serif; font-size: 16px; line-height: 1.6; }
h1 { font-size: 22px; text-align: center; font-weight: normal; margin: 0 0 24px; }
p { margin: 0 0 8px; text-indent: 2em; text-align: justify; }
p.sig { text-align: right; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 10.5pt; line-height: 1.3; }
td { border: 1px solid #000; padding: 4px 3px; text-align: center; vertical-align: middle; }
td.narrow { width: 1.2em; padding: 2px 6px; }
td.group { width: 7.5em; }
td.label { width: 11em; }
td.h { white-space: nowrap; padding: 4px 8px; }
table.whole { break-before: page; break-inside: avoid; font-size: 9pt; line-height: 1.15; }
table.whole td { padding: 2px 3px; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
