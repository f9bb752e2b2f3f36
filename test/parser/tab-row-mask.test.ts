/**
 * The Markdown reader gives micromark tab-separated rows as `x` after their first character, because it reads them
 * back from the source (src/parser/adapters/tab-row-mask.ts). This checks the premise: what the reader makes of a
 * text is the same with the rows masked and without, on the fuzzer's tab-table reports, on every Markdown file the
 * tests and docs hold, and where a masked row would fall in a block that is not rebuilt.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { readMarkdown } from '../../src/parser/adapters/markdown.js';
import { maskTabRows } from '../../src/parser/adapters/tab-row-mask.js';
import { renderText } from '../fuzz/layouts.js';
import { drawModel } from '../fuzz/model.js';
import { repositoryTexts } from '../helpers/repository-texts.js';

const sameReading = (text: string): void => {
  expect(readMarkdown(text).tree).toEqual(readMarkdown(text, undefined, false).tree);
};

describe('tab rows masked for micromark', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('fuzz seed %i, md-tabs: the same reading', (seed) => {
    const text = renderText(drawModel(seed), 'md-tabs');
    expect(maskTabRows(text).masked.length).toBeGreaterThan(20);
    sameReading(text);
    expect(readMarkdown(text).tree.children.filter((n) => n.type === 'table').length).toBeGreaterThanOrEqual(3);
  });

  it('every Markdown and text file of the tests, docs and seeds: the same reading', () => {
    const files = repositoryTexts(['.md', '.txt']);
    let masked = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      masked += maskTabRows(text).masked.length;
      expect({ file, tree: readMarkdown(text).tree }).toEqual({ file, tree: readMarkdown(text, undefined, false).tree });
    }
    expect(masked).toBeGreaterThan(100);
  });

  it.each([
    ['rows inside a list item', '- 项目\n  规章\t17\t29\n  文件\t31\t43\n'],
    ['rows in a quote', '> 规章\t17\t29\n> 文件\t31\t43\n'],
    ['a row lazily continuing a list item', '- 项目\n规章\t17\t29\n'],
    ['rows in an HTML comment', '<!--\n规章\t17\t29\n-->\n'],
    ['a row closing a comment', '<!--\n规章\t17\t29 -->\n\n文件\t31\t43\n'],
    ['a row before a setext underline', '规章\t17\t29\n---\n'],
    ['a row with an astral first character', '𠀀章\t17\t29\n文件\t31\t43\n'],
    ['rows in indented code and a fence', '    规章\t17\t29\n\n```\n文件\t31\t43\n```\n'],
    ['a row holding emphasis across lines', '前言 **规章\t17\t29\n文件** 31\t43\n'],
    // rtAF 2: a link reference definition's label or title running over a tab row.
    ['a definition whose label runs over a row', '[注\n项目\t数量]: /u\n\n见[注\n项目\t数量]\n'],
    ['a definition whose title runs over a row', '[注]: /u "说明\n项目\t数量"\n\n见[注]\n'],
  ])('%s: the same reading', (_name, text) => {
    sameReading(text);
  });

  it('a row keeps its indentation and first character; the rest is x, every offset kept', () => {
    const text = '标题\n  规章\t17\t29\r\n1.\t规章\t3\n';
    const { text: masked, masked: lines } = maskTabRows(text);
    expect(masked).toBe('标题\n  规xxxxxxx\r\n1.\t规章\t3\n');
    expect(lines).toEqual([[3, 13]]);
  });
});
