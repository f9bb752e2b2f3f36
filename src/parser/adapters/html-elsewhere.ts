/**
 * Whether a saved page shows its report from a file it does not hold: the report published as a PDF (or OFD, Word)
 * in an <iframe>, <embed> or <object>, through a pdf.js viewer, or as a link to download. Such a page holds the
 * report's title and none of its body; the text a reader sees says nothing of the frame (it is no text), so the
 * markup is the sign (certainty.ts, noBody).
 */
import type { Element, Root } from 'hast';
import { NO_BODY } from '../data/report-signals.js';
import { isSkipped } from './html-content.js';

const FRAMES = new Set(['iframe', 'frame', 'embed', 'object']);

/**
 * A frame, embed or object naming a document or a viewer anywhere on the page, or any frame in the report's place
 * (`inReport`: from its title to the page's furniture after it); a link to a document in the report's place; a
 * script of a PDF viewer. A hidden frame (a counter's) is none.
 */
export function showsElsewhere(root: Root, inReport: (offset: number) => boolean): boolean {
  const at = (el: Element): boolean => inReport(el.position?.start.offset ?? -1);
  const url = (el: Element, key: string): string => String(el.properties[key] ?? '');
  const sign = (el: Element): boolean => {
    if (FRAMES.has(el.tagName)) {
      const target = url(el, el.tagName === 'object' ? 'data' : 'src');
      return NO_BODY.documentUrl.test(target) || NO_BODY.viewer.test(target) || at(el);
    }
    if (el.tagName === 'a') return NO_BODY.documentUrl.test(url(el, 'href')) && at(el);
    if (el.tagName === 'script')
      return NO_BODY.viewer.test(url(el, 'src')) || el.children.some((c) => c.type === 'text' && NO_BODY.viewer.test(c.value));
    return false;
  };
  const walk = (nodes: Root['children'] | Element['children']): boolean =>
    nodes.some((n) => n.type === 'element' && !hidden(n) && (sign(n) || (n.tagName !== 'script' && walk(n.children))));
  return walk(root.children);
}

/** Hidden by its attributes or style (isSkipped's test, without the tags it skips for their text). */
function hidden(el: Element): boolean {
  return isSkipped({ ...el, tagName: 'div' });
}
