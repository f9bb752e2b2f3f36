/**
 * The budget check of an HTML page (or the HTML mammoth makes of a .docx) before rehype parses it: a
 * single linear scan of its tags for the number of block elements, the cells of one table row and the
 * nesting depth. Parsing and walking those pages is what costs: 100,000 paragraphs took 50 s, a 10,000-column
 * row or spans nested 100,000 deep gigabytes. The depth counted is of elements that only an end tag closes
 * (div, span, font, a, b, table…): <p>, <li>, <td> and their kin close implicitly, so old pages that never
 * close them are not mistaken for deep ones.
 */
import { spend, type Budget } from '../budget.js';

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const IMPLIED_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'colgroup',
  'caption',
  'rb',
  'rt',
  'rp',
  'html',
  'head',
  'body',
]);
const BLOCK = /^(p|div|li|tr|td|th|h[1-6]|table|dt|dd|blockquote|section|article|pre)$/;
/** Content read as text, not markup. */
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

/** Throws BudgetError when the page is over budget. */
export function checkHtmlBudget(html: string, budget: Budget): void {
  if (budget.blocks === Infinity && budget.depth === Infinity && budget.columns === Infinity) return;
  // `<` then a name: the name is matched without searching for the tag's end, so the scan stays linear.
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)|<!--/g;
  let depth = 0;
  let blocks = 0;
  let columns = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[0] === '<!--') {
      const close = html.indexOf('-->', tag.lastIndex);
      if (close < 0) break;
      tag.lastIndex = close + 3;
      continue;
    }
    const name = (m[2] as string).toLowerCase();
    const closing = m[1] === '/';
    if (!closing && RAW.has(name)) {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = tag.lastIndex;
      if (!end.exec(html)) break;
      tag.lastIndex = end.lastIndex;
      continue;
    }
    if (closing) {
      if (!VOID.has(name) && !IMPLIED_END.has(name) && depth > 0) depth--;
      continue;
    }
    if (BLOCK.test(name)) spend(budget, 'blocks', ++blocks);
    if (name === 'tr') columns = 0;
    else if (name === 'td' || name === 'th') spend(budget, 'columns', ++columns);
    if (!VOID.has(name) && !IMPLIED_END.has(name) && !selfClosing(html, tag.lastIndex)) spend(budget, 'depth', ++depth);
  }
}

/** `<span/>`: a look at the next few characters only (a tag whose end is further away counts as an open tag). */
function selfClosing(html: string, from: number): boolean {
  const head = html.slice(from, from + 200);
  const end = head.indexOf('>');
  return end > 0 && head[end - 1] === '/';
}
