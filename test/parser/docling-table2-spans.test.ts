/**
 * Table 二 as docling writes a merged cell in Markdown: its text in every cell the merge covers (red team rtP #3). The
 * one-value blocks then read `| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |` over `| 行政许可 | 318 |
 * 318 | 318 |`: the four one-value rows were unread (three values for one column), and a negative count there went
 * unreported. A row repeating one value over the cells its block's header repeats one name over is that one value.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';
import { ACTIVE_EXTRACTED, writeReport } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const MARKDOWN = writeReport({}, 'markdown').text;

/** Table 二's pipe rows with docling's spans: a caption over all four cells, a one-value cell over the last three. */
function docling(text: string, row: (cells: string[]) => string[] = (cells) => cells): string {
  const from = text.indexOf('| 第二十条第（一）项');
  const to = text.indexOf('## 三、');
  const lines = text
    .slice(from, to)
    .split('\n')
    .map((line) => {
      if (!line.startsWith('|') || line.startsWith('| ---')) return line;
      const cells = line
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim());
      const repeated =
        cells[1] === ''
          ? cells.map(() => cells[0]!)
          : cells[2] === ''
            ? [cells[0]!, ...cells.slice(1).map(() => cells[1]!)]
            : cells;
      return `| ${row(repeated).join(' | ')} |`;
    });
  return `${text.slice(0, from)}${lines.join('\n')}${text.slice(to)}`;
}

const findings = async (text: string): Promise<string[]> =>
  (await lint(text, { format: 'markdown', now: NOW })).messages.map((m) => `${m.ruleId}:${m.line}:${m.message}`);
const active = async (text: string) => extractReport(await parseReport(text, { format: 'markdown' })).tables.active;

describe("table 二's merged cells repeated in every cell (docling)", () => {
  it('the one-value rows are read, each its one value', async () => {
    const text = docling(MARKDOWN);
    expect(text).toContain('| 行政许可 | 318 | 318 | 318 |');
    expect(text).toContain('| 信息内容 | 本年收费金额（单位：万元） | 本年收费金额（单位：万元） | 本年收费金额（单位：万元） |');
    expect(await findings(text)).toEqual([]);
    expect(await active(text)).toEqual(ACTIVE_EXTRACTED);
  });

  it('a negative count there is found, on its row', async () => {
    const text = docling(MARKDOWN).replace('| 行政处罚 | 57 | 57 | 57 |', '| 行政处罚 | -57 | -57 | -57 |');
    const line = text.split('\n').findIndex((l) => l.startsWith('| 行政处罚')) + 1;
    const found = await findings(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^numeric-cells:${line}:.*行政处罚.*-57`));
  });

  it('a row whose repeated cells differ is not read', async () => {
    const text = docling(MARKDOWN).replace('| 行政许可 | 318 | 318 | 318 |', '| 行政许可 | 318 | 318 | 381 |');
    const found = await findings(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^unreadable-content:.*表二.*行政许可/);
    expect((await active(text))?.licensing).toBeUndefined();
  });

  it('a value repeated under a header that does not repeat its column is not read', async () => {
    // The header as marker writes it (the merged cell's text once, the rest empty) over docling's repeated row.
    const text = docling(MARKDOWN).replace(
      /\| 信息内容 \| 本年处理决定数量 \| 本年处理决定数量 \| 本年处理决定数量 \|\n\| 行政许可/,
      '| 信息内容 | 本年处理决定数量 |  |  |\n| 行政许可',
    );
    const found = await findings(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^unreadable-content:.*表二.*行政许可/);
  });
});
