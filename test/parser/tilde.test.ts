/**
 * `~` is text, never strikethrough: reports write date ranges as 2023年1月1日~2023年12月31日, and GFM's
 * single-tilde strikethrough (remark-gfm) used to swallow a pair of them, period and all (issue #21).
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { readMarkdown } from '../../src/parser/adapters/markdown.js';
import { readItems } from '../../src/parser/mdast-read.js';

const TITLE = '# 某某县人民政府2023年政府信息公开工作年度报告';
const WHOLE_YEAR = { start: { year: 2023, month: 1, day: 1 }, end: { year: 2023, month: 12, day: 31 } };

async function periodsOf(markdown: string) {
  const { report } = await parseReport(`${TITLE}\n\n${markdown}\n\n## 一、总体情况\n\n文字。\n`, { format: 'markdown' });
  return report.periods.map((p) => ({ text: p.text, start: p.start, end: p.end }));
}

describe('a date range written with ~', () => {
  it.each([
    ['ASCII ~ in a paragraph', '本报告中所列数据的统计期限为2023年1月1日~2023年12月31日，其中一季度（1月~3月）受理申请较多。'],
    [
      'full-width ～ in a paragraph',
      '本报告中所列数据的统计期限为2023年1月1日～2023年12月31日，其中一季度（1月～3月）受理申请较多。',
    ],
    ['ASCII ~ in a heading', '## 统计期限：2023年1月1日~2023年12月31日（一季度1月~3月）'],
  ])('%s reads as the statistical period, tildes kept', async (_name, markdown) => {
    const text = markdown.replace(/^## /, '');
    expect(await periodsOf(markdown)).toEqual([{ text, ...WHOLE_YEAR }]);
  });

  it('keeps ASCII ~ in a table cell', () => {
    const source = '| 项目 | 期间 |\n| --- | --- |\n| 统计期限 | 2023年1月1日~2023年12月31日（一季度1月~3月） |\n';
    const { tree, text } = readMarkdown(source);
    const tables = readItems(tree, text).flatMap((item) => (item.kind === 'table' ? [item.table] : []));
    expect(tables).toHaveLength(1);
    const cell = tables[0]!.rows[1]!.cells[1]!;
    expect(cell.text).toBe('2023年1月1日~2023年12月31日（一季度1月~3月）');
    expect(cell.position?.start).toMatchObject({ line: 3, column: 10 });
  });

  it('keeps ~~ as text too (no strikethrough at all)', () => {
    const source = '一季度~~二季度，1月~~3月。\n';
    const lines = readItems(readMarkdown(source).tree, source).flatMap((item) => (item.kind === 'line' ? [item.run.text] : []));
    expect(lines).toEqual(['一季度~~二季度，1月~~3月。']);
  });
});
