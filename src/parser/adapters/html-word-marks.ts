/**
 * The marks Word writes into a page saved as a web page, or copied to the clipboard as HTML, beside the text it
 * prints (rtAD 2 and 3): none is the report's text, and the reader takes none of it.
 * - a footnote's or endnote's reference: <a style='mso-footnote-id:ftn1' href="#_ftn1">[1]</a> (the printed ¹), read
 *   142[1] in a count cell; a .docx's reference marks are dropped the same way (docx.ts). The notes themselves stay;
 * - a comment's anchor, <a class=msocomanchor>[张1]</a> (Word prints no comment): a cell 142[张1] made its row
 *   unread; and the comments, listed at the page's end (mso-element:comment-list, class msocomtxt). The text the
 *   comment is on (mso-comment-continuation, mso-comment-reference) is the report's and stays.
 */
import type { Element } from 'hast';
import { styleOf } from './html-unseen.js';

const NOTE_REFERENCE = /mso-(?:footnote|endnote)-id\s*:/i;
const COMMENTS = /mso-element\s*:\s*comment(?:-list)?\s*(?:;|$)/i;
const COMMENT_CLASSES = new Set(['msocomanchor', 'msocomtxt', 'msocomoff']);

export function isWordMark(el: Element): boolean {
  const classes = el.properties['className'];
  if (Array.isArray(classes) && classes.some((c) => COMMENT_CLASSES.has(String(c).toLowerCase()))) return true;
  const style = styleOf(el);
  return (el.tagName === 'a' && NOTE_REFERENCE.test(style)) || COMMENTS.test(style);
}
