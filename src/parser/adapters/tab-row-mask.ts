/**
 * Tab-separated table rows given to micromark as `x` (issue 21). The Markdown reader reads such rows back from the
 * source by offset (markdown.ts, recoverTabTables: a paragraph or code block holding one is rebuilt from its lines),
 * so what micromark makes of their text is thrown away, yet its inline pass over them was half the parse of a
 * report whose tables are tab-separated. What decides a line's block (its indentation and first character, a `|`
 * of a GFM table) is kept; the rest of the line becomes `x`. Whether every masked row did fall in a block that is
 * rebuilt is checked on the tree (rowsRebuilt); where one did not, the caller parses the text as written.
 */
import type { Root, RootContent } from 'mdast';
import { isTabRow, sourceLines } from './source-lines.js';

export interface MaskedRows {
  text: string;
  /** [start, end) offsets of the masked lines, in order. */
  masked: Array<readonly [number, number]>;
}

/** A row is masked after its first character when that is no ASCII (no marker, digit or punctuation of Markdown). */
const MASKABLE = /^[ \t]*[^\x00-\x7f]/;

export function maskTabRows(text: string): MaskedRows {
  // A link reference definition's label or title may run over lines ([注 ⏎ 项目\t数量]: /u): masked, such a row would
  // change what it defines and where it ends (rtAF 2). There is none without `]:`.
  if (!text.includes('\t') || text.includes(']:')) return { text, masked: [] };
  const pieces: string[] = [];
  const masked: Array<readonly [number, number]> = [];
  let copied = 0;
  for (const { start, end, text: line } of sourceLines(text)) {
    const first = MASKABLE.exec(line);
    if (!first || line.includes('|') || line.includes('\r') || !isTabRow(line)) continue;
    // A character outside the BMP is two code units: both are kept.
    const high = line.charCodeAt(first[0].length - 1);
    const keep = start + first[0].length + (high >= 0xd800 && high <= 0xdbff ? 1 : 0);
    pieces.push(text.slice(copied, keep), 'x'.repeat(Math.max(0, end - keep)));
    copied = end;
    masked.push([start, end]);
  }
  return masked.length ? { text: pieces.join('') + text.slice(copied), masked } : { text, masked };
}

/** Whether every masked row stands in a paragraph or code block at the root, which the reader rebuilds from source. */
export function rowsRebuilt(tree: Root, masked: MaskedRows['masked']): boolean {
  let m = 0;
  for (const node of tree.children) {
    if (m >= masked.length) break;
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) continue;
    const rebuilt = holdsTabRowsRead(node);
    while (m < masked.length && masked[m]![1] <= to && masked[m]![0] >= from) {
      if (!rebuilt) return false;
      m++;
    }
    if (m < masked.length && masked[m]![0] < to) return false;
  }
  return m === masked.length;
}

/** A block the Markdown reader rebuilds from its source lines when it holds a tab row (markdown.ts recoverTabTables). */
export function holdsTabRowsRead(node: RootContent): boolean {
  return node.type === 'paragraph' || (node.type === 'code' && !node.lang);
}
