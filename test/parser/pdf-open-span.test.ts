/**
 * A bordered table whose cell spanning rows (三、本年度办理结果 beside table 三's result rows) goes on past the page's
 * end: Chromium draws no border under its part on the first page, though the cells beside it have theirs. That
 * cell was closed by no border, so the whole grid was given up, and the text-only reading of narrow columns whose
 * numbers wrap (15 ⏎ 21, word-break: break-all) took the wrapped lines for rows: 一、本年新收 read 15 15 15 158 160
 * 16 94, nine false application-totals errors (red team rtO #2, chr2/breakall.pdf). The table's edge closes it.
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { lint } from '../../src/engine/lint.js';
import { REPORT, TABLE3, toMarkdown, withDefects } from '../helpers/pdf-report.js';
import { ruledReport } from '../helpers/pdf-ruled.js';

const NOW = new Date('2025-03-01T00:00:00Z');

const findings = async (bytes: Uint8Array): Promise<string[]> =>
  (await lint(bytes, { format: 'pdf', filePath: 'open.pdf', now: NOW })).messages.map((m) => `${m.ruleId}:${m.messageId}`);

describe('pdf: a bordered cell spanning rows left open where the page cuts it (red team rtO #2)', () => {
  it('the grid is still read: every table 三 value whole (15 ⏎ 21 is 1521), as the Markdown reads it, no finding', async () => {
    const bytes = ruledReport(REPORT, { openSpans: true });
    const parsed = await parseReport(bytes, { format: 'pdf', filePath: 'open.pdf' });
    const table = findTable(parsed.report, 'applications')!;
    for (const [row, columns] of Object.entries(TABLE3))
      for (const [column, value] of Object.entries(columns))
        expect([row, column, getCell(table, row, column)?.value]).toEqual([row, column, value]);
    expect(table.unreadableRows ?? []).toEqual([]);
    const md = extractReport(await parseReport(toMarkdown(), { format: 'markdown' }));
    expect(extractReport(parsed).tables).toEqual(md.tables);
    expect(await findings(bytes)).toEqual([]);
  });

  it('a defect in such a table is still found, as in the closed one', async () => {
    const closed = await findings(ruledReport(withDefects()));
    expect(closed.some((f) => f.startsWith('application-totals:'))).toBe(true);
    expect(await findings(ruledReport(withDefects(), { openSpans: true }))).toEqual(closed);
  });
});
