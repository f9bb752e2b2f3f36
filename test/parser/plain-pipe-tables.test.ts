/**
 * The Markdown reader takes GFM tables of plain text out of what micromark reads and reads them from their lines
 * (src/parser/adapters/plain-pipe-tables.ts). This checks the premise: the tree is micromark's, node for node and
 * position for position, on the fuzzer's Markdown reports (variations and defects drawn per seed), on every
 * Markdown file the tests and docs hold, and on the edges of GFM's tables.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import remarkGfmTable from '../../src/parser/adapters/gfm-table.js';
import { markdownTree } from '../../src/parser/adapters/markdown.js';
import { takePlainTables } from '../../src/parser/adapters/plain-pipe-tables.js';
import { LineIndex } from '../../src/parser/text-run.js';
import { renderText } from '../fuzz/layouts.js';
import { drawModel } from '../fuzz/model.js';
import { repositoryTexts } from '../helpers/repository-texts.js';

const micromark = unified().use(remarkParse).use(remarkGfmTable);
const taken = (text: string): number => takePlainTables(text, new LineIndex(text)).tables.size;
const expectMicromarks = (text: string): Root => {
  const tree = markdownTree(text);
  expect(tree).toEqual(micromark.parse(text));
  return tree;
};

describe('plain GFM tables read from their lines', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('fuzz seed %i, md-gfm: the same tree as micromark', (seed) => {
    const text = renderText(drawModel(seed), 'md-gfm');
    expect(taken(text)).toBeGreaterThanOrEqual(2);
    const tree = expectMicromarks(text);
    expect(tree.children.filter((n) => n.type === 'table').length).toBeGreaterThanOrEqual(3);
  });

  it('every Markdown file of the tests, docs and examples: the same tree as micromark', () => {
    const files = repositoryTexts(['.md']);
    expect(files.length).toBeGreaterThan(30);
    let tables = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      tables += taken(text);
      expect({ file, tree: markdownTree(text) }).toEqual({ file, tree: micromark.parse(text) });
    }
    expect(tables).toBeGreaterThan(10);
  });

  it.each([
    ['at the start, alignments, empty cells', '| 项目 |  | 合计 |\n| :-- | :-: | --: |\n| 规章 | 17 |  |\n'],
    ['trailing spaces, CRLF', 'a\r\n\r\n| 甲 | 乙 |  \r\n|---|---|\r\n| 31 | 42 |   \r\n\r\nb'],
    ['rows of more and fewer cells than the header', '\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |\n|5|6|\n'],
    ['a character outside the BMP', '| 𠀀甲 | 乙 |\n|---|---|\n| 5 | 6 |'],
    ['a body row of dashes', '| a | b |\n|---|---|\n| --- | 7 |\n\n| c |\n| - |\n'],
    ['full-width spaces kept in the cell', '| 　a　 | b |\n|---|---|\n| 8 | 9 |\n'],
    ['inside a fence', '```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```\n'],
    ['inside a comment', '<!--\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n-->\n'],
    ['after a list, then a list', '- x\n- y\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- z\n'],
    ['after indented code, then code', '    c1\n\n| a | b |\n|---|---|\n\n    c2\n'],
    ['only a header and a delimiter, at the end without a line break', 'p\n\n| a | b |\n| --- | --- |'],
    // rtAF 1: a table of one column needs no pipe; with the plain table's pipes taken out it still reads as one.
    ['a table of one column without a pipe elsewhere', '标题\n:-:\n\n| a |\n| - |\n| 1 |\n'],
    // rtAF 3: a lone carriage return ends a line to micromark; the plain path is not taken after one.
    ['a lone carriage return before the table', 'a\rb\n\n|x|\n|-|\n|1|\n'],
  ])('%s: the same tree as micromark', (_name, text) => {
    expectMicromarks(text);
  });

  it.each([
    ['right after a paragraph', 'p\n| a | b |\n|---|---|\n| 1 | 2 |\n'],
    ['text right after the last row', '| a | b |\n|---|---|\n| 1 | 2 |\n注\n'],
    ['emphasis in a cell', '| a | b |\n|---|---|\n| **1** | 2 |\n'],
    ['an escaped pipe', '| a | b |\n|---|---|\n| 1\\|3 | 2 |\n'],
    ['a code span', '| a | b |\n|---|---|\n| `1|3` | 2 |\n'],
    ['a tab', '| a | b |\n|---|---|\n| 1\t | 2 |\n'],
    ['no closing pipe', '| a | b |\n|---|---|\n| 1 | 2\n'],
    ['a header of other width than its delimiter', '| a | b |\n|---|\n| 1 | 2 |\n'],
  ])('%s: left to micromark, and the same tree', (_name, text) => {
    expect(taken(text)).toBe(0);
    expectMicromarks(text);
  });

  it('a table taken out: micromark reads a paragraph of x and blank lines in its place, every offset kept', () => {
    const text = '甲\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n乙';
    const { text: masked, tables } = takePlainTables(text, new LineIndex(text));
    expect(masked).toBe('甲\n\nxxxxxxxxx\n         \n         \n\n乙');
    expect([...tables.keys()]).toEqual([3]);
    expect(tables.get(3)!.children.map((r) => r.children.length)).toEqual([2, 2]);
  });
});
