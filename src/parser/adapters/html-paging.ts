/**
 * A saved page's paging outside the report's element (paged-article.ts reads what it says): sites print it after
 * the article's <div> (<div class="page">上一页 1 2 3 下一页</div>), or write it by script (TRS's
 * createPageHTML(3, 0, "t20240115_123", "html"), which a crawl saves unrun). The report's own text carries the
 * paging printed inside its element.
 */
import type { Element, Root } from 'hast';
import { isSkipped } from './html-content.js';
import { COLLAPSE } from '../data/report-signals.js';
import { MAX_PAGING_LINE } from '../paged-article.js';

/** A line of paging text and where it stands in the page's source. */
export interface PagingText {
  text: string;
  offset: number;
  /** The first text after the report's element (nothing but markup between): where a site prints the article's pager. */
  rightAfter?: boolean;
}

/** TRS's paging script: createPageHTML(pages, current page from 0, name, extension). */
const TRS_PAGING = /createPageHTML\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*[,)]/;

/**
 * Every element's text outside `report` that may be paging, and what a paging script says anywhere (inside the
 * report's element too: its text leaves scripts out), in the page's order.
 */
export function pagingOutside(root: Root, report: Root | Element): PagingText[] {
  const out: PagingText[] = [];
  // After the report's element: whether any text has stood since it ended.
  let ended = false;
  let textSince = false;
  const walk = (nodes: Root['children'] | Element['children'], inside: boolean): void => {
    for (const node of nodes) {
      if (node.type === 'text' && ended && !inside && node.value.trim()) textSince = true;
      if (node.type !== 'element') continue;
      const offset = node.position?.start.offset ?? -1;
      if (node.tagName === 'script') {
        const m = TRS_PAGING.exec(scriptText(node));
        if (m && Number(m[1]) > 1) out.push({ text: `第${Number(m[2]) + 1}页 共${Number(m[1])}页`, offset });
        continue;
      }
      if (isSkipped(node)) continue;
      const within = inside || node === report;
      // An element with more characters than a paging line is looked into, not read whole: each element's text is
      // gathered once at most, not again at every level above it.
      const text = within || !fewCharacters(node) ? '' : textOf(node).replace(/\s+/g, ' ').trim();
      if (!within && (text.includes('页') || COLLAPSE.test(text)) && text.length <= MAX_PAGING_LINE) {
        out.push({ text, offset, ...(ended && !textSince ? { rightAfter: true } : {}) });
      } else walk(node.children, within);
      if (ended && text) textSince = true;
      if (node === report) ended = true;
    }
  };
  walk(root.children, root === report);
  return out;
}

function scriptText(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
}

/** An element's text, its parts apart by a blank (<a>1</a><a>2</a> is two page numbers). */
function textOf(el: Element): string {
  return el.children
    .map((c) => (c.type === 'text' ? c.value : c.type === 'element' && !isSkipped(c) ? ` ${textOf(c)} ` : ''))
    .join('');
}

/** Whether the element's text holds no more than MAX_PAGING_LINE characters besides blanks (counted up to one more). */
function fewCharacters(el: Element): boolean {
  let count = 0;
  const add = (node: Element): boolean => {
    for (const c of node.children) {
      if (c.type === 'text') count += c.value.replace(/\s+/g, '').length;
      else if (c.type === 'element' && !isSkipped(c) && !add(c)) return false;
      if (count > MAX_PAGING_LINE) return false;
    }
    return true;
  };
  return add(el);
}
