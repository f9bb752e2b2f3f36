/**
 * The Markdown reader parses text without a `|` without the GFM table extension (src/parser/adapters/markdown.ts),
 * because no GFM table can stand in it. This checks that premise on the fuzzer's tab-table reports (variations
 * and defects drawn per seed): the tree is the same with the extension and without it.
 */
import { describe, expect, it } from '@jest/globals';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfmTable from '../../src/parser/adapters/gfm-table.js';
import { readMarkdown } from '../../src/parser/adapters/markdown.js';
import { renderText } from '../fuzz/layouts.js';
import { drawModel } from '../fuzz/model.js';

const withTables = unified().use(remarkParse).use(remarkGfmTable);
const without = unified().use(remarkParse);

describe('Markdown without a pipe', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])(
    'seed %i, tab tables: the same tree with the table extension and without it',
    (seed) => {
      const text = renderText(drawModel(seed), 'md-tabs');
      expect(text).not.toContain('|');
      // A whole report with its tables (seed 5 draws table 四 printed without its header: 1,965 characters).
      expect(text.length).toBeGreaterThan(1500);
      expect(text).toContain('\t');
      expect(text).toMatch(/本年新收政府信息公开申请数量/);
      expect(without.parse(text)).toEqual(withTables.parse(text));
    },
  );

  it('a pipe table still reads as a table', () => {
    const { tree } = readMarkdown('| 项目 | 数量 |\n| --- | --- |\n| 行政许可 | 317 |\n');
    expect(tree.children.map((n) => n.type)).toEqual(['table']);
  });
});
