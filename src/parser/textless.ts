/**
 * A document that shows no text at all cannot be checked: a web page or .docx that is nothing but pictures (a
 * scanned report pasted into Word, LibreOffice's "PDF as web page" export, which draws every line as a GIF) or
 * nothing at all (an empty <body>). Every rule would otherwise report what it did not find: eight "missing"
 * errors for one cause. The source text is not the test (a page's markup is text); the reader's tree is.
 */
import type { Nodes, Root } from 'mdast';
import { ReadError } from './read-error.js';

/** Whether the tree holds a word or a number anywhere (raw HTML left in Markdown counts: it is read elsewhere). */
function holdsText(node: Nodes): boolean {
  if ('value' in node && typeof node.value === 'string') return /[^\s\u3000\ufeff]/.test(node.value);
  return 'children' in node && node.children.some((child) => holdsText(child));
}

function holdsPicture(node: Nodes): boolean {
  if (node.type === 'image' || node.type === 'imageReference') return true;
  return 'children' in node && node.children.some((child) => holdsPicture(child));
}

/** Throws a ReadError when the document shows no text: `picturesOnly` when it shows pictures, else `noText`. */
export function assertShowsText(tree: Root): void {
  if (holdsText(tree)) return;
  if (holdsPicture(tree)) throw new ReadError('picturesOnly', {}, 'the document holds pictures and no text');
  throw new ReadError('noText', {}, 'the document shows no text');
}
