/**
 * The report's title on a saved page: the heading just before the report, else the page's <title>. Pages list
 * other reports (other years', related articles) in sidebars and lists near the report; their titles are not
 * this report's.
 */
import type { Element, Root } from 'hast';

/** An element and the span of the page's text (blanks removed) it holds. */
export interface Range {
  el: Element;
  from: number;
  to: number;
  depth: number;
}

/** Blocks beside the report that list other pages: a sidebar, related articles, hot or recommended links. */
const BESIDE = /(?:^|[\s_-])(?:side|sidebar|nav|menu|related|relate|xgwz|xglj|hot|recommend|tuijian|links?)(?:$|[\s_-])/i;

/** A year the text names (……2021年…), full-width digits read as ASCII. */
function yearIn(text: string): number | undefined {
  const m = /([12]\d{3})\s*年/.exec(text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  return m ? Number(m[1]) : undefined;
}

/**
 * The year the report's own text names most (统计期限为2023年1月1日至2023年12月31日, 2023年，本机关…); none when two
 * years are named equally often.
 */
function mostNamedYear(text: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).matchAll(/([12]\d{3})\s*年/g))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] !== ranked[1]?.[1] ? ranked[0][0] : undefined;
}

/**
 * The report's title: the last heading (or title-classed element) before the container that names a report,
 * else the page's <title>. A candidate that is or holds a link, or stands in a list or a sidebar beside the
 * report, names another page (other years' reports, related articles). Its year must be the <title>'s, or, when the
 * <title> names none, the year the report's text names most: a box beside the report whose class names no sidebar
 * may hold another year's report as a heading. A candidate of another year is skipped for an earlier one of the
 * right year (the article's own heading); with none, no title rather than another report's year, and with no year
 * to hold a candidate to, none either.
 */
export function findTitle(
  ranges: Range[],
  flat: string,
  content: Range,
  parent: Map<Element, Element>,
  page: Element | undefined,
): Element | undefined {
  const around = new Set<Element>();
  for (let e: Element | undefined = content.el; e; e = parent.get(e)) around.add(e);
  const expected = page ? yearIn(textOf(page)) : mostNamedYear(flat.slice(content.from, content.to));
  let title: Range | undefined;
  let conflict = false;
  for (const r of ranges) {
    if (r.to > content.from || r.to === r.from) continue;
    const text = flat.slice(r.from, r.to);
    if (!isTitled(r.el) || text.length > 80 || !/报告/.test(text) || (title && r.from < title.from)) continue;
    if (holdsLink(r.el) || besideReport(r.el, parent, around)) continue;
    const year = yearIn(text);
    if (year !== undefined && year !== expected) {
      conflict = true;
      continue;
    }
    title = r;
  }
  if (title) return title.el;
  return conflict ? undefined : page;
}

function holdsLink(el: Element): boolean {
  return el.tagName === 'a' || el.children.some((c) => c.type === 'element' && holdsLink(c));
}

/** Whether an element stands in a link, a list or a sidebar that does not also hold the report. */
function besideReport(el: Element, parent: Map<Element, Element>, around: ReadonlySet<Element>): boolean {
  for (let e: Element | undefined = parent.get(el); e && !around.has(e); e = parent.get(e)) if (listsOthers(e)) return true;
  return false;
}

/** A link, a list or a sidebar (by its class or id): what it names are other pages, not the report it stands beside. */
function listsOthers(e: Element): boolean {
  return besideKind(e) !== undefined;
}

/**
 * What an element tells of the text in it: a link or a sidebar (by its class or id) names other pages; a list
 * (li, ul, ol, dl) may list other pages too, or be the article's own metadata (a CMS's
 * <ul class="info"><li>标题</li><li>发布日期：…</li></ul>, <dl><dt>标题：</dt><dd>…</dd></dl>).
 */
export function besideKind(e: Element): 'link' | 'list' | undefined {
  if (e.tagName === 'a' || BESIDE.test(`${String(e.properties['className'] ?? '')} ${String(e.properties['id'] ?? '')}`))
    return 'link';
  return /^(?:li|ul|ol|dl)$/.test(e.tagName) ? 'list' : undefined;
}

/** The page's <title> (blanks removed), when it names a year's annual report. */
export function pageTitleText(root: Root): string | undefined {
  const found = documentTitle(root);
  return found ? textOf(found).replace(/\s+/g, '') : undefined;
}

/**
 * Whether a line of the page is the page's own title: a year's report the page's <title> holds whole (the
 * <title> may add the site's name: 东河县教育局2023年…年度报告_东河县人民政府), after a 标题： label.
 */
export function namesThisPage(pageText: string | undefined, line: string): boolean {
  const text = line.replace(/\s+/g, '').replace(/^标题[:：]/, '');
  return pageText !== undefined && yearIn(text) !== undefined && /年度报告|年报/.test(text) && pageText.includes(text);
}

function textOf(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : '')).join('');
}

/** The document's <title> element, when it names an annual report with its year. */
export function documentTitle(root: Root): Element | undefined {
  const found = titleElement(root);
  const text = found ? textOf(found) : '';
  return /年度报告|年报/.test(text) && /\d{4}/.test(text) ? found : undefined;
}

function titleElement(root: Root): Element | undefined {
  let found: Element | undefined;
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (found || child.type !== 'element') continue;
      if (child.tagName === 'title') found = child;
      else if (child.tagName === 'head' || child.tagName === 'html') walk(child);
    }
  };
  walk(root);
  return found;
}

/**
 * The article's own heading on a page where no report was found (a report published as an attachment, or a page
 * with its title alone), by rank: the first element naming a year's report that the page's <title> names too
 * (东河县教育局2023年…年度报告_某某网 names <div class="bt">东河县教育局2023年…年度报告</div>; a 主题分类 cell of
 * 政府信息公开年报 names no year), else the first <h1> naming a report, else the first other heading or title-classed
 * element naming a report or short line naming a year's report (年度报告, 年报; no sentence): the page's own title
 * comes before a box beside it. Never a link, nor one in a list or a sidebar, nor one of another year than the
 * <title>'s.
 */
export function articleHeading(
  ranges: readonly Range[],
  flat: string,
  parent: Map<Element, Element>,
  root: Root,
): Range | undefined {
  const found = titleElement(root);
  const pageText = found ? textOf(found).replace(/\s+/g, '') : '';
  const pageYear = yearIn(pageText);
  const none = new Set<Element>();
  let best: { range: Range; rank: number } | undefined;
  for (const r of ranges) {
    const text = flat.slice(r.from, r.to);
    if (text.length > 80 || !/报告|年报/.test(text) || holdsLink(r.el) || besideReport(r.el, parent, none)) continue;
    const year = yearIn(text);
    if (pageYear !== undefined && year !== undefined && year !== pageYear) continue;
    const rank =
      year !== undefined && pageText.includes(text)
        ? 0
        : r.el.tagName === 'h1'
          ? 1
          : isTitled(r.el) || (year !== undefined && /年度报告|年报/.test(text) && !/[。；;，,]/.test(text))
            ? 2
            : undefined;
    if (rank === undefined || (best && (rank > best.rank || (rank === best.rank && !earlier(r, best.range))))) continue;
    best = { range: r, rank };
  }
  return best?.range;
}

/** Earlier in the page, or the same text's innermost element. */
function earlier(a: Range, b: Range): boolean {
  return a.from < b.from || (a.from === b.from && a.depth > b.depth);
}

function isTitled(el: Element): boolean {
  return /^h[1-6]$/.test(el.tagName) || /title/i.test(`${el.tagName} ${String(el.properties['className'] ?? '')}`);
}
