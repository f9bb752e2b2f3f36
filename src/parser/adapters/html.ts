/**
 * The `html` adapter: a web page (or the HTML mammoth makes of a .docx) to mdast with source positions.
 * Block elements become headings and paragraphs; Word's `<p><span>` soup and `<o:p>` are read as the
 * inline text they are, so a label split one character per span comes out whole; tables become
 * rectangular grids with every span expanded (adapters/types.ts).
 */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Heading, Image, Paragraph, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { AdapterOutput, CellData, TableData } from './types.js';
import { findReport, isSkipped as isHidden, isStruckOut } from './html-content.js';
import { besideKind, namesThisPage, pageTitleText } from './html-title.js';
import { expandGrid } from './html-grid.js';
import { isLayoutTable } from './html-layout.js';
import { showsElsewhere } from './html-elsewhere.js';
import { pagingOutside } from './html-paging.js';
import { readHeadingPictures } from './html-alt.js';
import { makeLocator, render, span, trimSpan, type Segment } from './html-text.js';
import { checkHtmlBudget } from './html-budget.js';
import { budgetFor, type Budget } from '../budget.js';
import { stripInvisible } from '../invisible.js';
import { withUnifiedIdeographs } from '../ideographs.js';
import { applyStylesheets } from './html-stylesheet.js';
import { markUnseenText, styleOf } from './html-unseen.js';

export { sniffHtmlCharset } from './html-charset.js';

/** Elements that end the line of text before them and start a new one. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
const HEADING = /^h([1-6])$/;

/** An icon or a spacer (width or height under this many pixels) is no picture of a table. */
const MIN_PICTURE = 48;

/** Where a lazy-loading page keeps a picture's address while a placeholder (blank.gif, 1×1) stands in its src. */
const LAZY_SOURCES = ['dataOriginal', 'dataSrc', 'dataLazySrc', 'dataUrl', 'dataEcho'];
/** A link to a picture: a thumbnail inside it stands for the full picture (点击查看大图). */
const IMAGE_URL = /\.(?:jpe?g|png|gif|bmp|webp)(?:$|[?#])/i;

function isPicture(img: Element, enlarged: boolean): boolean {
  // The sizes of a lazy placeholder or of a thumbnail linked to its full picture are not the picture's.
  if (enlarged || LAZY_SOURCES.some((key) => String(img.properties[key] ?? '').trim() !== '')) return true;
  return ['width', 'height'].every((side) => {
    const value = String(img.properties[side] ?? '');
    // A size in percent (width="30%") is a share of the page's width, no small size in pixels.
    if (/%\s*$/.test(value)) return true;
    const size = Number.parseFloat(value);
    return Number.isNaN(size) || size >= MIN_PICTURE;
  });
}

function isBold(el: Element): boolean {
  if (el.tagName === 'b' || el.tagName === 'strong') return true;
  return /font-weight\s*:\s*(bold|[6-9]00)/i.test(styleOf(el));
}

export interface HtmlOptions {
  /** The whole document is the report (a .docx converted to HTML): no page around it to look past. */
  whole?: boolean;
}

export function readHtml(text: string, budget: Budget = budgetFor(), options: HtmlOptions = {}): AdapterOutput {
  // A .docx's or a web archive's text comes here without passing parseReport's text path: its radicals are read
  // as ideographs here (ideographs.ts), as the text path does for a page given as text.
  const source = withUnifiedIdeographs(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  checkHtmlBudget(source, budget);
  const hast = unified().use(rehypeParse).parse(source);
  withoutInvisibleText(hast);
  applyStylesheets(hast);
  markUnseenText(hast);
  const locate = makeLocator(source);
  readHeadingPictures(hast);
  const { container, title, end, start, shownHidden, buttons } = options.whole ? { container: hast } : findReport(hast);
  // The page's <title>, when it names a year's report: a line it holds whole is the page's own title (pageTitle).
  const page = options.whole ? undefined : pageTitleText(hast);
  /**
   * Whether an element's text is no text the page shows (a report hidden until a script shows it is read, and so is
   * its rest folded behind a 展开全文 button, which is no text of it).
   */
  const isSkipped = (el: Element): boolean => (isHidden(el) && !shownHidden?.has(el)) || buttons?.has(el) === true;
  /** Whether a node starts in the page's chrome after the report (上一篇/下一篇, related links). */
  const afterReport = (node: HastContent): boolean => end !== undefined && (node.position?.start.offset ?? -1) >= end;
  /** Whether a node ends before the article's heading, on a page without a report (its menus and breadcrumbs). */
  const beforeReport = (node: HastContent): boolean => start !== undefined && (node.position?.end.offset ?? Infinity) <= start;

  /** Inline text of an element and everything in it; blocks and <br> become line breaks. */
  const inline = (nodes: readonly ElementContent[], out: Segment[], bold: boolean): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        out.push({ value: node.value, from: node.position?.start.offset ?? -1, to: node.position?.end.offset ?? -1, bold });
      }
      if (node.type !== 'element' || isSkipped(node) || isStruckOut(node)) continue;
      if (node.tagName === 'br') out.push({ value: '\n' });
      else {
        const block = BLOCKS.has(node.tagName) || HEADING.test(node.tagName);
        if (block) out.push({ value: '\n' });
        inline(node.children, out, bold || isBold(node));
        if (block) out.push({ value: '\n' });
      }
    }
  };

  /** The mdast text of some segments, positioned at its visible characters (else at `fallback`). */
  const textOf = (segments: Segment[], fallback: Element | undefined): { node: Text; bold: boolean } => {
    const r = render(segments);
    const node: Text = { type: 'text', value: r.value };
    if (r.from !== undefined && r.to !== undefined && r.from >= 0) {
      const [from, to] = trimSpan(source, r.from, r.to);
      node.position = span(locate, from, to);
    } else if (fallback?.position) {
      node.position = { start: fallback.position.start, end: fallback.position.end };
    }
    return { node, bold: r.bold };
  };

  const blocks: RootContent[] = [];
  let pending: Segment[] = [];
  // Pictures in the running text, kept after the paragraph they stand in: a table published as an image.
  let pictures: Image[] = [];
  // Text in a link, a list or a sidebar (html-title.ts): a line of it names another page (2022年度报告 in a column's
  // list of years), never the report's title. `pendingKind`: the least of what the pending text stands in (a line
  // partly outside every link is not a link's; undefined: no text yet).
  let linkDepth = 0;
  let listDepth = 0;
  let pendingKind: Standing | undefined;
  const standing = (): Standing => (linkDepth > 0 ? 'link' : listDepth > 0 ? 'list' : 'own');
  const flush = (): void => {
    const { node, bold } = textOf(pending, undefined);
    const kind = pendingKind ?? 'own';
    pending = [];
    pendingKind = undefined;
    if (node.value !== '') paragraph(node, bold, mark(kind, node.value));
    // A picture alone in its block, without a word beside it: a banner (a section heading published as a picture).
    if (pictures.length === 1 && node.value.trim() === '') pictures[0]!.data = { alone: true };
    if (pictures.length > 0) blocks.push({ type: 'paragraph', children: pictures });
    pictures = [];
  };
  /**
   * What a line is to the title: the page's own title when the page's <title> holds it (even printed in the
   * article's metadata list); a link's or a sidebar's names another page; a list's too when the page's <title>
   * names the report (a list naming another year's report beside it: 2022年度报告 in a <dl>), but without a <title>
   * to hold it to, a list line may be the article's own title (<ul class="info"><li>…2021年…年度报告</li>) and
   * contests the title as a plain line does.
   */
  const mark = (kind: Standing, text: string): LineData | undefined => {
    if (namesThisPage(page, text)) return { pageTitle: true };
    return kind === 'link' || (kind === 'list' && page !== undefined) ? { beside: true } : undefined;
  };
  const paragraph = (node: Text, bold: boolean, data: LineData | undefined): void => {
    const block: Paragraph = {
      type: 'paragraph',
      children: [bold ? { type: 'strong', children: [node], position: node.position } : node],
      position: node.position,
      ...(data ? { data } : {}),
    };
    blocks.push(block);
  };
  const heading = (el: Element, depth: number): Heading | undefined => {
    const segments: Segment[] = [];
    inline(el.children, segments, false);
    const { node } = textOf(segments, el);
    if (node.value === '') return undefined;
    return { type: 'heading', depth: depth as Heading['depth'], children: [node], position: node.position };
  };
  const table = (el: Element): Table => {
    const grid = expandGrid(el);
    const texts = new Map<Element, Text>();
    const cellText = (cell: Element, struck: boolean): Text => {
      let t = texts.get(cell);
      if (!t) {
        const segments: Segment[] = [];
        // A struck-out cell (or row) shows an old figure: a blank cell of its column.
        const current = !struck && !isStruckOut(cell);
        if (current) inline(cell.children, segments, false);
        t = textOf(segments, cell).node;
        const marked = current && hasSup(cell) ? withoutFootnoteMark(cell, t) : undefined;
        if (marked) t = marked;
        texts.set(cell, t);
      }
      return t;
    };
    /** A number with a note mark after it (10<sup>1</sup>, 10<sup>注</sup>, 10<sub>2</sub>): the number, without its mark. */
    const withoutFootnoteMark = (cell: Element, t: Text): Text | undefined => {
      const segments: Segment[] = [];
      inline(withoutSup(cell).children, segments, false);
      const bare = textOf(segments, cell).node;
      return NUMBER.test(bare.value) && t.value.startsWith(bare.value) && bare.value !== t.value ? bare : undefined;
    };
    const rows: TableRow[] = grid.rows.map(({ tr, slots }) => ({
      type: 'tableRow',
      children: slots.map(({ cell, origin }): TableCell => {
        const t = cellText(cell, isStruckOut(tr));
        const out: TableCell = { type: 'tableCell', children: [{ ...t }] };
        if (t.position) out.position = t.position;
        if (!origin) out.data = { spanned: true } satisfies CellData;
        return out;
      }),
      ...(tr.position ? { position: { start: tr.position.start, end: tr.position.end } } : {}),
    }));
    const node: Table = { type: 'table', align: Array.from({ length: grid.width }, () => null), children: rows };
    node.data = { layout: grid.ragged ? 'flattened' : 'grid' } satisfies TableData;
    if (el.position) node.position = { start: el.position.start, end: el.position.end };
    return node;
  };

  /** Thumbnails linked to their full picture. */
  const enlarged = new Set<Element>();
  const flow = (nodes: readonly HastContent[], bold: boolean): void => {
    for (const node of nodes) {
      if (afterReport(node)) break;
      if (beforeReport(node)) continue;
      if (node.type === 'text') {
        const from = node.position?.start.offset ?? -1;
        const to = node.position?.end.offset ?? -1;
        pending.push({ value: node.value, from, to, bold });
        if (node.value.trim()) pendingKind = least(pendingKind, standing());
        continue;
      }
      if (node.type !== 'element' || isSkipped(node) || isStruckOut(node)) continue;
      const kind = besideKind(node);
      if (kind === 'link') linkDepth++;
      if (kind === 'list') listDepth++;
      visitElement(node, bold);
      if (kind === 'link') linkDepth--;
      if (kind === 'list') listDepth--;
    }
  };
  const visitElement = (node: Element, bold: boolean): void => {
    const depth = HEADING.exec(node.tagName)?.[1];
    if (node.tagName === 'br') pending.push({ value: '\n' });
    else if (node.tagName === 'img') {
      if (isPicture(node, enlarged.has(node)) && node.position)
        pictures.push({ type: 'image', url: '', position: node.position });
    } else if (node.tagName === 'table' && isLayoutTable(node)) {
      // A page's layout table (the report in one cell): its cells are running text, its nested tables tables.
      flush();
      flow(node.children, bold);
      flush();
    } else if (node.tagName === 'table') {
      flush();
      const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
      if (caption) flow(caption.children, bold);
      flush();
      const t = table(node);
      if (t.children.length > 0) blocks.push(t);
    } else if (depth) {
      flush();
      const h = heading(node, Number(depth));
      const data = h ? mark(standing(), headingText(h)) : undefined;
      if (h && data) h.data = data;
      if (h) blocks.push(h);
    } else if (BLOCKS.has(node.tagName)) {
      flush();
      flow(node.children, bold || isBold(node));
      flush();
    } else {
      if (node.tagName === 'a' && IMAGE_URL.test(String(node.properties['href'] ?? ''))) {
        const thumbs = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'img');
        for (const c of thumbs) enlarged.add(c);
        // A link to a picture, in words (详见附表：<a href="t3.jpg">…情况表.jpg</a>): the page shows that picture.
        if (thumbs.length === 0 && node.position) pictures.push({ type: 'image', url: '', position: node.position });
      }
      flow(node.children, bold || isBold(node));
    }
  };

  flow(container.children, false);
  flush();
  // The title heading near the report, or the page's own <title> (in <head>, never report text otherwise).
  if (title && !startsWithTitle(blocks)) {
    const h = heading({ ...title, tagName: 'h1' }, 1);
    const data = h ? mark('own', headingText(h)) : undefined;
    if (h && data) h.data = data;
    if (h) blocks.unshift(h);
  }
  const tree: Root = { type: 'root', children: blocks };
  if (source.length > 0) tree.position = span(locate, 0, source.length);
  // A page without a report: is the report a file it shows or links (a PDF in a frame, a download)?
  const inArticle = (offset: number): boolean => start !== undefined && offset >= start && (end === undefined || offset < end);
  // Without an article heading, a frame or viewer of a document anywhere on the page still counts (a <title> naming
  // only the organ, a breadcrumb and a PDF frame: red team rtB 4a11).
  const elsewhere = showsElsewhere(hast, inArticle);
  // Paging printed after the article's element or written by script: the report may be one page of several.
  const paging = pagingOutside(hast, container);
  return {
    tree,
    text: source,
    linesFromSource: false,
    ...(elsewhere ? { elsewhere } : {}),
    ...(paging.length ? { paging } : {}),
    ...(HOCR.test(source.slice(0, HOCR_HEAD)) ? { ocrScan: true } : {}),
    ...(endsInsideTable(source) ? { unclosedTable: true } : {}),
  };
}

/** Where a line of the page stands: in a link or a sidebar, in a list, or in neither. */
type Standing = 'link' | 'list' | 'own';
/** The mark a line of the page carries to the title's reader (mdast-read.ts). */
type LineData = { beside: true } | { pageTitle: true };

/** The lesser standing of two (a line with text in a list and text outside it is not the list's). */
function least(a: Standing | undefined, b: Standing): Standing {
  const order: Standing[] = ['own', 'list', 'link'];
  return a === undefined ? b : order[Math.min(order.indexOf(a), order.indexOf(b))]!;
}

function headingText(h: Heading): string {
  return h.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}

/**
 * tesseract's (or another engine's) hOCR saved as a web page: its words are an OCR's guess at a scan, each a span
 * placed by its box, so a table's rows come out as the engine cut them. It is read as a scan under an OCR layer is
 * (ocrScan): one finding, nothing asserted. hOCR names its engine in a meta tag and marks its pages ocr_page.
 */
const HOCR = /<meta\s[^>]*name\s*=\s*["']ocr-system["']|class\s*=\s*["'][^"']*\bocr_page\b/i;
/** Both marks stand at the file's start: the head's meta, the first page's div. */
const HOCR_HEAD = 4096;

/** A number as a cell prints it: digits, thousands separators, a decimal part (full-width forms too). */
const NUMBER = /^[-−－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?$/;

/**
 * A mark set above or below the line: a superscript, or a subscript (LibreOffice's lowered run, docx-raised.ts), which
 * after a number is no digit of it either.
 */
const isScript = (tagName: string): boolean => tagName === 'sup' || tagName === 'sub';

function hasSup(el: Element): boolean {
  return el.children.some((c) => c.type === 'element' && (isScript(c.tagName) || hasSup(c)));
}

/** A copy of an element without its <sup> and <sub> elements. */
function withoutSup(el: Element): Element {
  const children: ElementContent[] = [];
  for (const c of el.children) {
    if (c.type !== 'element') children.push(c);
    else if (!isScript(c.tagName)) children.push(withoutSup(c));
  }
  return { ...el, children };
}

/**
 * Every text node without the characters that print as nothing, and with its radicals read as ideographs. The source
 * was cleaned of both before parsing (invisible.ts, ideographs.ts); these came from entities (1&#8203;0, 1&shy;0 would
 * split a number or a row label; &#12032; is ⼀).
 */
function withoutInvisibleText(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type === 'text') child.value = withUnifiedIdeographs(stripInvisible(child.value));
    else if (child.type === 'element') withoutInvisibleText(child);
  }
}

/**
 * Whether the report already opens with its title: a short block naming a year's report, not a breadcrumb (首页 >
 * 政务公开 > 年度报告 names no report: with the page's title left out, a page framing its report was read as a
 * report without a title, and every part of it called missing).
 */
function startsWithTitle(blocks: RootContent[]): boolean {
  const first = blocks[0];
  if (!first || (first.type !== 'heading' && first.type !== 'paragraph')) return false;
  const inner = first.children[0];
  const leaf = inner?.type === 'strong' ? inner.children[0] : inner;
  const value = leaf?.type === 'text' ? leaf.value : '';
  return (
    value.length <= 80 &&
    /报告/.test(value) &&
    !/[。；]/.test(value) &&
    /(?:\d|[０-９]){4}\s*年|[〇○零一二三四五六七八九]{4}\s*年/.test(value) &&
    !/[>›»]|当前位置|首页/.test(value)
  );
}

/**
 * Whether the source stops inside its last <table>: no </table> after it, and no </html> (a page whose CMS leaves a
 * layout table unclosed still ends with </html>: review20 2).
 */
function endsInsideTable(source: string): boolean {
  let open = -1;
  for (const m of source.matchAll(/<(\/?)table\b/gi)) open = m[1] === '' ? m.index : -1;
  return open >= 0 && !/<\/html\s*>/i.test(source.slice(open));
}
