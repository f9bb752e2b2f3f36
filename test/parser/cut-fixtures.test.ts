/**
 * review20's pages and texts around the cut-short and paging readings (fixtures in test/fixtures/cut): a report really
 * lacking parts keeps its errors whatever widget follows it; a file cut anywhere in a table (a number, a header,
 * table 二 or 四, a text stopping mid-line) gets the one cutShort finding and nothing read from the cut row.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';

const NOW = new Date('2024-03-01T00:00:00Z');

async function said(name: string): Promise<string[]> {
  const text = readFileSync(new URL(`../fixtures/cut/${name}`, import.meta.url), 'utf8');
  const result = await lint(text, { filePath: name, now: NOW });
  return result.messages.map((m) => `${m.ruleId}/${m.messageId}`);
}

describe('a report lacking parts, whatever follows it, keeps its errors (review20 1, 1b, 2)', () => {
  it.each([
    // 五 signed and dated, no 六, then a gallery's lone 下一页 right after the article.
    ['1-no-six-signed-gallery-next.html', ['fee-statement/missing', 'required-sections/missing']],
    // The same with a related-articles list's 查看更多内容 > under it.
    ['1b-no-six-signed-more-content-link.html', ['fee-statement/missing', 'required-sections/missing']],
    // 六 read without the fee sentence, its only date the 发布时间 above, a lone 下一页 after it.
    ['1c-nofee-undated-gallery-next.html', ['fee-statement/missing']],
  ])('%s', async (name, expected) => {
    expect(await said(name)).toEqual(expected);
  });

  it('a complete page whose footer leaves a layout <table> unclosed before </html> is no cut file', async () => {
    const ids = await said('2-complete-page-footer-table-unclosed.html');
    expect(ids).toEqual(expect.arrayContaining(['fee-statement/missing', 'required-sections/missing']));
    expect(ids).not.toContain('unreadable-content/cutShort');
  });
});

describe('a file cut anywhere in a table: one cutShort finding (review20 3–6)', () => {
  it.each([
    // The file stops inside a cell: 10 cut to 1, no </td>.
    '3-html-cut-mid-number.html',
    // Inside table 二, before its later blocks' headers: their columns are not absent.
    '4-html-cut-in-table2.html',
    // Inside table 三's header.
    '5-html-cut-in-table3-header.html',
    // Inside table 四's only row.
    '5-html-cut-in-table4.html',
    '5-txt-cut-in-table4.txt',
    // A text stopping mid-line in table 三's first row, six of its seven figures there.
    '6-txt-cut-first-row-6-values.txt',
  ])('%s', async (name) => {
    expect(await said(name)).toEqual(['unreadable-content/cutShort']);
  });
});
