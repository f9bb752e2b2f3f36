/**
 * `**` that CommonMark leaves literal next to CJK punctuation are dropped while the tree is read (one walk),
 * in paragraphs, GFM cells and tab rows alike, every piece keeping its exact source position.
 */
import { describe, expect, it } from '@jest/globals';
import { readMarkdown } from '../../src/parser/adapters/markdown.js';
import { readItems } from '../../src/parser/mdast-read.js';
import { LineIndex } from '../../src/parser/text-run.js';

function read(source: string) {
  const out = readMarkdown(source);
  return readItems(out.tree, out.text, { strayEmphasis: out.strayEmphasis === true, index: new LineIndex(out.text) });
}

describe('stray ** in Markdown', () => {
  it('are dropped from a paragraph, the text after them mapped to its own offset', () => {
    const source = '**（一）主动公开情况。**围绕中心工作。\n';
    const [line] = read(source);
    expect(line).toMatchObject({ kind: 'line', run: { text: '（一）主动公开情况。围绕中心工作。' } });
    const run = line?.kind === 'line' ? line.run : undefined;
    expect(run?.segments).toEqual([
      { at: 0, offset: 2 },
      { at: 10, offset: 14 },
    ]);
  });

  it('are dropped from a GFM cell, whose position starts after them', () => {
    const source = '| 项目 | 说明 |\n| --- | --- |\n| **（一）规章：**件 | 12 |\n';
    const [item] = read(source);
    const cell = item?.kind === 'table' ? item.table.rows[1]!.cells[0]! : undefined;
    expect(cell?.text).toBe('（一）规章：件');
    expect(cell?.position).toMatchObject({ start: { line: 3, column: 5, offset: 30 }, end: { line: 3, column: 14, offset: 39 } });
  });

  it('are dropped from a tab row recovered from the source', () => {
    const source = '**（一）规章：**件\t12\t3\n';
    const [item] = read(source);
    const cells = item?.kind === 'table' ? item.table.rows[0]!.cells.map((c) => c.text) : [];
    expect(cells).toEqual(['（一）规章：件', '12', '3']);
  });

  it('a line of parsed bold stays strong; a line of only literal markers is not', () => {
    expect(read('**一、总体情况**\n')[0]).toMatchObject({ kind: 'line', strong: true, run: { text: '一、总体情况' } });
    expect(read('文字**\n')[0]).toMatchObject({ kind: 'line', strong: false, run: { text: '文字' } });
  });
});
