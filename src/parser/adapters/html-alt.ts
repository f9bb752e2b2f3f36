/**
 * Section headings published as pictures (a WeChat or 135编辑器 banner: <p><img alt="一、总体情况"></p>): a picture
 * standing alone in its block whose alt text is a whole numbered section heading is that heading's line, read as text where
 * the picture stands. Any other picture stays a picture (a table published as an image, a photo, an icon).
 */
import type { Element, Root, Text } from 'hast';
import { wholeLineHeading } from '../heading-candidates.js';
import { isSkipped } from './html-content.js';

/** Elements whose content is a line of its own. */
const LINE = /^(?:p|div|h[1-6]|section|center|li|dt|dd|td|th|figure|blockquote)$/;

export function readHeadingPictures(root: Root): void {
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || isSkipped(child)) continue;
      if (LINE.test(child.tagName)) {
        const img = lonePicture(child);
        const alt = img ? String(img.el.properties['alt'] ?? '').trim() : '';
        // Numbered (一、总体情况): a table's picture may carry its subject's words alone as its alt.
        if (img && alt && (wholeLineHeading(alt)?.number ?? null) !== null) {
          const text: Text = { type: 'text', value: alt, ...(img.el.position ? { position: img.el.position } : {}) };
          img.parent.children.splice(img.parent.children.indexOf(img.el), 1, text);
          continue;
        }
      }
      visit(child);
    }
  };
  visit(root);
}

/** The one picture an element shows, when it shows nothing else (no other picture, no text). */
function lonePicture(block: Element): { el: Element; parent: Element } | undefined {
  let found: { el: Element; parent: Element } | undefined;
  let other = false;
  const walk = (el: Element): void => {
    for (const c of el.children) {
      if (other) return;
      if (c.type === 'text') other = c.value.trim() !== '';
      else if (c.type === 'element' && !isSkipped(c)) {
        if (c.tagName === 'img') {
          other = found !== undefined;
          found = { el: c, parent: el };
        } else if (c.tagName === 'table') other = true;
        else walk(c);
      }
    }
  };
  walk(block);
  return other ? undefined : found;
}
