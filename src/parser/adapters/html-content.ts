/**
 * Finds the report inside a whole web page. Government sites wrap the report in navigation, search
 * forms, metadata tables and footers, and do not mark it up consistently (the real page puts even its
 * header inside <article>), so the report is located by its wording: the smallest element holding the
 * most of the six section subjects. The page title usually sits just outside it, so it is looked up.
 */
import type { Element, Root, RootContent } from 'hast';

/** Elements whose text is never report text. */
const SKIP = new Set([
  'head', 'title', 'meta', 'link', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer',
  'aside', 'menu', 'dialog', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'canvas',
  'audio', 'video', 'map', 'select', 'option', 'button', 'input', 'textarea', 'label',
]);

export function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName)) return true;
  const props = el.properties;
  if (props['hidden'] !== undefined && props['hidden'] !== false) return true;
  const style = typeof props['style'] === 'string' ? props['style'] : '';
  return /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i.test(style);
}

/** One pattern per section subject (domain.md); matched on text with blanks removed. */
const SUBJECTS = [/总体情况/g, /主动公开政府信息/g, /政府信息公开申请/g, /行政复议/g, /存在的主要问题/g, /其他需要报告的事项/g];

interface Range {
  el: Element;
  from: number;
  to: number;
  depth: number;
}

export interface ReportContent {
  /** The node whose children are the report (the document root when nothing report-like was found). */
  container: Root | Element;
  /** The page's title heading when it lies before the container (the reader decides whether to use it). */
  title?: Element;
}

export function findReport(root: Root): ReportContent {
  let flat = '';
  const ranges: Range[] = [];
  const visit = (node: RootContent | Root, depth: number): void => {
    if (node.type === 'text') flat += node.value.replace(/\s+/g, '');
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && isSkipped(node)) return;
    const from = flat.length;
    for (const child of node.children) visit(child, depth + 1);
    if (node.type === 'element') ranges.push({ el: node, from, to: flat.length, depth });
  };
  visit(root, 0);

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
  if (!best) return { container: fallback(root) ?? root };
  const title = findTitle(ranges, flat, best);
  return title ? { container: best.el, title } : { container: best.el };
}

/** Without report wording, the page's own content element, else the body. */
function fallback(root: Root): Element | undefined {
  const all: Element[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) if (child.type === 'element') (all.push(child), walk(child));
  };
  walk(root);
  return all.find((e) => e.tagName === 'article') ?? all.find((e) => e.tagName === 'main') ?? all.find((e) => e.tagName === 'body');
}

/** The last heading (or title-classed element) before the container that names a report. */
function findTitle(ranges: Range[], flat: string, content: Range): Element | undefined {
  let title: Range | undefined;
  for (const r of ranges) {
    if (r.to > content.from || r.to === r.from) continue;
    const titled = /^h[1-6]$/.test(r.el.tagName) || /title/i.test(`${r.el.tagName} ${String(r.el.properties['className'] ?? '')}`);
    const text = flat.slice(r.from, r.to);
    if (titled && text.length <= 80 && /报告/.test(text) && (!title || r.from >= title.from)) title = r;
  }
  return title?.el;
}
