/**
 * Finds the report inside a whole web page. Government sites wrap the report in navigation, search
 * forms, metadata tables and footers, and do not mark it up consistently (the real page puts even its
 * header inside <article>), so the report is located by its structure: the element holding its section
 * headings in order, with content between them. A preamble naming all six subjects in one sentence is not
 * that element. The page title usually sits just outside it, so it is looked up.
 */
import type { Element, Root, RootContent } from 'hast';
import type { Item } from '../mdast-read.js';
import { chooseHeadings } from '../section-structure.js';
import { PAGE_LIMITS } from '../data/sections.js';
import { NO_BODY } from '../data/report-signals.js';
import { articleHeading, documentTitle, findTitle, type Range } from './html-title.js';
import { isUnseen, styleOf } from './html-unseen.js';
import { isWordMark } from './html-word-marks.js';
import { foldedReport, type Fold } from './html-fold.js';

/** Elements whose text is never report text. */
const SKIP = new Set([
  'head',
  'title',
  'meta',
  'link',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'menu',
  'dialog',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'map',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'label',
]);

/**
 * Text of no size (font-size:0, 0px, 0pt …) or of one pixel or point at most, anti-copy characters slipped into a
 * number (1<span style="font-size:0">8</span>0).
 */
const ZERO_SIZE =
  /font-size\s*:\s*(?:(?:0+(?:\.0*)?|\.0+)(?:px|pt|em|rem|%)?|(?:0*\.\d+|1(?:\.0*)?)(?:px|pt))\s*(?:!important\s*)?(?:;|$)/i;
const ANY_SIZE = /font-size\s*:/i;

/** Hidden, or never report text: the reader takes no text from it and a table gives it no row or column. */
export function isSkipped(el: Element): boolean {
  return skippedUnlessStyled(el) || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(styleOf(el));
}

/**
 * isSkipped without an inline style's display:none or visibility:hidden: how a page is searched for a report it
 * shows only once a script runs (a WeChat article as served: #js_content is `visibility: hidden; opacity: 0;` until
 * its script shows it).
 */
function skippedUnlessStyled(el: Element): boolean {
  if (SKIP.has(el.tagName)) return true;
  const props = el.properties;
  if ((props['hidden'] !== undefined && props['hidden'] !== false) || isUnseen(el)) return true;
  // Word's note references and comments, which a page saved from Word shows beside the text (html-word-marks.ts).
  if (isWordMark(el)) return true;
  const style = styleOf(el);
  // Text of no size is hidden for good (anti-copy characters), not until a script shows it.
  return /mso-hide\s*:\s*all/i.test(style) || (ZERO_SIZE.test(style) && !sizedInside(el));
}

/**
 * Whether an element inside sets a font size of its own: font-size:0 on a container that its children size again
 * is the layout trick that removes the blanks between inline blocks, not hidden text.
 */
function sizedInside(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (ANY_SIZE.test(styleOf(c)) || sizedInside(c)));
}

const STRUCK = new Set(['del', 's', 'strike']);

/**
 * Struck out (<del>, <s>, <strike>, text-decoration: line-through): shown, but not the report's current text — an
 * old figure left beside its correction (<del>9</del> 10). The reader drops its text; it stays in the layout (a
 * struck cell is a blank cell of its column).
 */
export function isStruckOut(el: Element): boolean {
  return STRUCK.has(el.tagName) || /text-decoration(?:-line)?\s*:[^;]*line-through/i.test(styleOf(el));
}

/** One pattern per section subject (docs/domain.md); matched on text with blanks removed. */
const SUBJECTS = [/总体情况/g, /主动公开政府信息/g, /政府信息公开申请/g, /行政复议/g, /存在的主要问题/g, /其他需要报告的事项/g];

/** Elements that end a line of text: a heading is looked for in each such line. */
const LINE_BLOCKS =
  /^(?:p|div|h[1-6]|li|td|th|tr|table|section|article|main|dd|dt|blockquote|caption|center|pre|ul|ol|dl|form|body|header|footer)$/;

interface Line {
  text: string;
  owner: Element | undefined;
  from: number;
  /** Source offset of its first visible text. */
  source: number | undefined;
}

export interface ReportContent {
  /** The node whose children are the report (the document root when nothing report-like was found). */
  container: Root | Element;
  /** Source offset where page chrome after the report begins inside the container (上一篇/下一篇, related links). */
  end?: number;
  /**
   * A page where no report was found: the source offset of the article's own heading, where what the page shows as
   * its content begins (its menus and breadcrumbs stand before it). The reader starts there, and looks for a sign
   * that the report is a file the page does not hold (html-elsewhere.ts).
   */
  start?: number;
  /**
   * The report's title: a heading before the container, else the page's <title> (the reader uses it when the
   * report does not open with its title); none when the two name different years.
   */
  title?: Element;
  /**
   * Elements hidden by their inline style that hold the report's headings, on a page that shows its report only once
   * a script runs (findReport): read as shown.
   */
  shownHidden?: ReadonlySet<Element>;
  /** The expand buttons (展开全文) beside the parts of the report folded away that shownHidden reads: not its text. */
  buttons?: ReadonlySet<Element>;
}

/**
 * The report inside a page: the element holding its section headings in order with content between them
 * (section-structure.ts, the same finder the report builder uses), grown to take in a preamble standing just
 * outside it. A page without such a structure falls back to the smallest element naming the most subjects.
 */
export function findReport(root: Root): ReportContent {
  const page = documentTitle(root);
  const shown = scan(root, isSkipped);
  let seen = shown;
  let structure = byStructure(shown.lines, shown.byElement, shown.parent);
  let best = structure?.range ?? bySubjects(shown.ranges, shown.flat);
  const shownHidden = new Set<Element>();
  if (!best) {
    // No report among what the page shows: one hidden by an inline style alone (a WeChat article before its script
    // shows it) is still the page's report, when its headings stand in order. Hidden parts inside it stay hidden.
    const all = scan(root, skippedUnlessStyled);
    structure = byStructure(all.lines, all.byElement, all.parent);
    if (structure) {
      seen = all;
      best = structure.range;
      // The hidden elements holding its headings, from the heading up to the report's element, are read.
      for (const owner of structure.owners)
        for (let e: Element | undefined = owner; e; e = e === best.el ? undefined : all.parent.get(e))
          if (isSkipped(e)) shownHidden.add(e);
    }
  }
  // Found among what the page shows: its rest may be folded away behind a 展开全文 button.
  const fold = best && shownHidden.size === 0 && hidesByStyle(root) ? unfold(root, shown, best.el) : undefined;
  if (fold?.structure) {
    ({ seen, structure } = fold);
    best = fold.structure.range;
  }
  for (const el of fold?.shown ?? []) shownHidden.add(el);
  const { flat, ranges, parent, lines, byElement } = seen;
  if (!best) return { ...article(root, ranges, flat, lines, parent, byElement), ...(page ? { title: page } : {}) };
  const title = findTitle(ranges, flat, best, parent, page);
  const end = chromeAfter(lines, ranges, best, structure?.lastHeading ?? lastSubject(flat, best));
  return {
    container: best.el,
    ...(title ? { title } : {}),
    ...(end !== undefined ? { end } : {}),
    ...(shownHidden.size > 0 ? { shownHidden } : {}),
    ...(fold ? { buttons: fold.buttons } : {}),
  };
}

/** Whether an element of the page is hidden by its style alone (what a script can show); most pages have none. */
function hidesByStyle(node: Root | Element): boolean {
  return node.children.some((c) => c.type === 'element' && !skippedUnlessStyled(c) && (isSkipped(c) || hidesByStyle(c)));
}

/**
 * The report's rest folded behind a 展开全文 button, hidden in the page (html-fold.ts), and, when later headings stand
 * in it, the report found among everything the page holds.
 */
function unfold(
  root: Root,
  shown: Scan,
  container: Element,
): (Pick<Fold, 'shown' | 'buttons'> & { seen: Scan; structure?: Structure }) | undefined {
  const all = scan(root, skippedUnlessStyled);
  const whole = byStructure(all.lines, all.byElement, all.parent);
  const common = { shown: shown.lines, all: all.lines, byElement: all.byElement, parent: all.parent, isHidden: isSkipped };
  const fold = foldedReport({ ...common, container: whole?.range.el ?? container, owners: whole?.owners ?? [] });
  if (fold?.byHeadings && whole) return { ...fold, seen: all, structure: whole };
  // No later heading is hidden: the report is the one the page shows, a fold beside its button read in it.
  const beside = foldedReport({ ...common, container, owners: [] });
  return beside ? { ...beside, seen: shown } : undefined;
}

interface Scan {
  flat: string;
  ranges: Range[];
  byElement: Map<Element, Range>;
  parent: Map<Element, Element>;
  lines: Line[];
}

/** The page's text (blanks removed), its elements' spans of it and its lines, elements `skip` says are not text left out. */
function scan(root: Root, skip: (el: Element) => boolean): Scan {
  let flat = '';
  const ranges: Range[] = [];
  const byElement = new Map<Element, Range>();
  const parent = new Map<Element, Element>();
  const lines: Line[] = [];
  let line = '';
  let lineFrom = 0;
  let lineSource: number | undefined;
  const owners: Element[] = [];
  const cut = (): void => {
    if (line.trim()) lines.push({ text: line, owner: owners[owners.length - 1], from: lineFrom, source: lineSource });
    line = '';
    lineFrom = flat.length;
    lineSource = undefined;
  };
  const visit = (node: RootContent | Root, depth: number, up: Element | undefined): void => {
    if (node.type === 'text') {
      if (!line.trim() && node.value.trim()) lineSource = node.position?.start.offset;
      line += node.value;
      flat += node.value.replace(/\s+/g, '');
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && (skip(node) || isStruckOut(node))) return;
    if (node.type === 'element' && node.tagName === 'br') return cut();
    const block = node.type === 'element' && LINE_BLOCKS.test(node.tagName);
    if (node.type === 'element' && up) parent.set(node, up);
    if (block) {
      cut();
      owners.push(node);
    }
    const from = flat.length;
    for (const child of node.children) visit(child, depth + 1, node.type === 'element' ? node : undefined);
    if (block) {
      cut();
      owners.pop();
    }
    if (node.type === 'element') {
      const range = { el: node, from, to: flat.length, depth };
      ranges.push(range);
      byElement.set(node, range);
    }
  };
  visit(root, 0, undefined);
  return { flat, ranges, byElement, parent, lines };
}

/** A line that starts the page's links to other articles: 上一篇/下一篇, 相关文章/相关链接, 附件下载. */
const CHROME_LINE = /^[\s【[［(（<《]*(?:上一篇|下一篇|上一条|下一条|相关(?:文章|链接|阅读|信息|新闻|稿件|文件|推荐)|附件下载)/;

/**
 * Where the page's chrome after the report begins inside the container, as a source offset: a 上一篇/下一篇 or
 * related-links line, or a list of nothing but links with no sentence after it, after the report's last heading.
 */
function chromeAfter(lines: readonly Line[], ranges: readonly Range[], content: Range, lastHeading: number): number | undefined {
  const marked = lines.find((l) => l.from > lastHeading && l.from < content.to && CHROME_LINE.test(l.text));
  let end = marked?.source;
  for (const r of ranges) {
    if (r.from <= lastHeading || r.from >= content.to || !/^(?:ul|ol)$/.test(r.el.tagName) || !linksOnly(r.el)) continue;
    const start = r.el.position?.start.offset;
    const sentenceAfter = lines.some((l) => l.from >= r.to && l.from < content.to && /[。；]/.test(l.text));
    if (start !== undefined && !sentenceAfter && (end === undefined || start < end)) end = start;
  }
  return end;
}

/** Whether every visible text of an element stands in a link (and there is some). */
function linksOnly(el: Element): boolean {
  let linked = 0;
  const walk = (node: Element, inLink: boolean): boolean =>
    node.children.every((c) => {
      if (c.type === 'text') {
        if (!c.value.trim()) return true;
        if (inLink) linked++;
        return inLink;
      }
      return c.type !== 'element' || isSkipped(c) || walk(c, inLink || c.tagName === 'a');
    });
  return walk(el, false) && linked > 0;
}

/** Whether an element holds a link to a document (附件: ….pdf). */
function linksDocument(el: Element): boolean {
  return el.children.some(
    (c) =>
      c.type === 'element' &&
      ((c.tagName === 'a' && NO_BODY.documentUrl.test(String(c.properties['href'] ?? ''))) || linksDocument(c)),
  );
}

/** The offset of the last section subject named in the container (a report whose headings were not placed). */
function lastSubject(flat: string, content: Range): number {
  let last = content.from;
  const text = flat.slice(content.from, content.to);
  for (const re of SUBJECTS) for (const m of text.matchAll(re)) last = Math.max(last, content.from + m.index);
  return last;
}

interface Structure {
  range: Range;
  lastHeading: number;
  owners: Element[];
}

/** The lowest element holding every heading of the report's structure, grown over a preamble just outside. */
function byStructure(
  lines: readonly Line[],
  byElement: Map<Element, Range>,
  parent: Map<Element, Element>,
): Structure | undefined {
  const items: Item[] = lines.map((l) => ({
    kind: 'line',
    run: { text: l.text, segments: [] },
    heading: /^h[1-6]$/.test(l.owner?.tagName ?? ''),
    strong: false,
  }));
  const { chain } = chooseHeadings(items);
  if (new Set(chain.map((c) => c.key)).size < PAGE_LIMITS.minSections) return undefined;
  const owners = chain.map((c) => lines[c.item]!.owner);
  if (owners.some((o) => o === undefined)) return undefined;
  let container = lowestCommonAncestor(owners as Element[], parent);
  if (!container) return undefined;
  const firstHeading = lines[chain[0]!.item]!.from;
  for (;;) {
    const range = byElement.get(container)!;
    const up = parent.get(container);
    const upRange = up ? byElement.get(up) : undefined;
    if (!up || !upRange || up.tagName === 'body' || up.tagName === 'html') break;
    if (firstHeading - range.from > PAGE_LIMITS.preambleLetters) break;
    if (upRange.to - upRange.from - (range.to - range.from) > PAGE_LIMITS.parentExtra) break;
    container = up;
  }
  return {
    range: byElement.get(container)!,
    lastHeading: lines[chain[chain.length - 1]!.item]!.from,
    owners: owners as Element[],
  };
}

function lowestCommonAncestor(elements: readonly Element[], parent: Map<Element, Element>): Element | undefined {
  const chainOf = (el: Element): Element[] => {
    const out: Element[] = [];
    for (let e: Element | undefined = el; e; e = parent.get(e)) out.unshift(e);
    return out;
  };
  let common = chainOf(elements[0]!);
  for (const el of elements.slice(1)) {
    const other = chainOf(el);
    let i = 0;
    while (i < common.length && i < other.length && common[i] === other[i]) i++;
    common = common.slice(0, i);
  }
  return common[common.length - 1];
}

/** The smallest element naming the most section subjects (a page whose headings could not be placed). */
function bySubjects(ranges: readonly Range[], flat: string): Range | undefined {
  const hits: Array<{ subject: number; at: number; end: number }> = [];
  SUBJECTS.forEach((re, subject) => {
    for (const m of flat.matchAll(re)) hits.push({ subject, at: m.index, end: m.index + m[0].length });
  });
  let best: Range | undefined;
  let bestCount = 1;
  for (const r of ranges) {
    const found = new Set(hits.filter((h) => h.at >= r.from && h.end <= r.to).map((h) => h.subject));
    const better = found.size > bestCount || (found.size === bestCount && best && r.to - r.from < best.to - best.from);
    if (better) {
      best = r;
      bestCount = found.size;
    }
  }
  return best;
}

/** A line that starts a site's footer: 主办单位：…, 网站标识码, 版权所有, a filing number. */
const FOOTER_LINE = /^[\s|｜]*(?:主办单位|主办[:：]|承办单位|网站标识码|版权所有|Copyright|©)|ICP备|公网安备/i;

/**
 * A page without report wording: its content element (article, main, else the body), read from the article's own
 * heading to the page's furniture after it (上一篇/下一篇, related links, a list of links to other pages beside it, the
 * footer), when it has such a heading. A list of links to documents is the report's attachments, not furniture.
 * Nothing that reads as a sentence (。；) is ever left out, so no report's prose is lost to a misplaced cut: no
 * heading with a sentence before it is the start, and no cut has a sentence after it.
 */
function article(
  root: Root,
  ranges: readonly Range[],
  flat: string,
  lines: readonly Line[],
  parent: Map<Element, Element>,
  byElement: Map<Element, Range>,
): Pick<ReportContent, 'container' | 'start' | 'end'> {
  const content = fallback(root);
  const heading = articleHeading(ranges, flat, parent, root);
  const start = heading?.el.position?.start.offset;
  const sentence = (l: Line): boolean => /[。；;]/.test(l.text);
  if (!heading || start === undefined || lines.some((l) => l.from < heading.from && sentence(l)))
    return { container: content ?? root };
  let inside = false;
  for (let e: Element | undefined = heading.el; e && !inside; e = parent.get(e)) inside = e === content;
  const lastSentence = lines.reduce((last, l) => (sentence(l) ? Math.max(last, l.from) : last), -1);
  const from = Math.max(heading.to, lastSentence + 1);
  // 附件下载 after the heading is the report itself here, not the page's links after it.
  const after = lines.find(
    (l) => l.from >= from && ((CHROME_LINE.test(l.text) && !/附件/.test(l.text)) || FOOTER_LINE.test(l.text)),
  );
  // From the element the line opens (its <h3>相关文章</h3> whole), else from its text.
  const opens = after?.owner && byElement.get(after.owner)?.from === after.from ? after.owner.position?.start.offset : undefined;
  let end = opens ?? after?.source;
  for (const r of ranges) {
    const at = r.el.position?.start.offset;
    if (at === undefined || r.from < from || (end !== undefined && at >= end) || !/^(?:ul|ol)$/.test(r.el.tagName)) continue;
    if (linksOnly(r.el) && !linksDocument(r.el)) end = at;
  }
  return { container: inside && content ? content : root, start, ...(end !== undefined ? { end } : {}) };
}

/** Without report wording, the page's own content element, else the body. */
function fallback(root: Root): Element | undefined {
  const all: Element[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children)
      if (child.type === 'element') {
        all.push(child);
        walk(child);
      }
  };
  walk(root);
  return (
    all.find((e) => e.tagName === 'article') ?? all.find((e) => e.tagName === 'main') ?? all.find((e) => e.tagName === 'body')
  );
}
