/**
 * Table 二 with a row printed as two, its label on both with a qualifier (red team rtN F11): 行政规范性文件（政府） 5 2 23
 * ⏎ 行政规范性文件（部门） 4 6 9. The first was read as the row and the second dropped: a wrong figure, silently.
 * Whether the row's figures are their sum or one of them cannot be told: the row is unread (splitRow), said once.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { writeReport } from '../rules/support/report.js';
import { SPEC } from '../rules/support/flat-report.js';

async function run(text: string, format: 'text' | 'markdown') {
  const { messages } = await lint(text, { format });
  const { report } = await parseReport(text, { format });
  return { messages, report };
}

const rowsOf = (report: Awaited<ReturnType<typeof run>>['report']): Record<string, unknown[]> =>
  Object.fromEntries(
    (findTable(report, 'active')?.children ?? []).map((r): [string, unknown[]] => [
      r.key ?? r.label,
      r.children.map((c) => c.value),
    ]),
  );

describe('table 二 with a row printed as two (rtN F11)', () => {
  const TABS = writeReport(SPEC, 'tabs').text;
  const ROW = '行政规范性文件\t6\t3\t41';

  it.each([
    ['both rows with a qualifier', ['行政规范性文件（政府）\t5\t2\t23', '行政规范性文件（部门）\t4\t6\t9']],
    ['the second with a qualifier', ['行政规范性文件\t5\t2\t23', '行政规范性文件（部门）\t4\t6\t9']],
  ])('%s: the row unread, said once, nothing accused; the other rows read', async (_, lines) => {
    expect(TABS).toContain(ROW);
    const { messages, report } = await run(TABS.replace(ROW, lines.join('\n')), 'text');
    const table = findTable(report, 'active')!;
    expect(table.unreadableRows.map((r) => [r.key, r.reason])).toEqual([['normativeDocuments', 'splitRow']]);
    expect(rowsOf(report)).toEqual({
      regulations: [2, 1, 15],
      licensing: [318],
      punishment: [57],
      coercion: [9],
      fees: [12.5],
    });
    expect(messages.filter((m) => m.severity === 2)).toEqual([]);
    const said = messages.filter((m) => m.ruleId === 'unreadable-content');
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain('分成了两行');
  });

  it('a GFM table the same: the row unread', async () => {
    const md = writeReport(SPEC, 'markdown').text;
    const row = /^\| *行政规范性文件 *\|[^\n]*$/m.exec(md)![0];
    const cells = (label: string, values: readonly number[]) => `| ${label} | ${values.join(' | ')} |`;
    const text = md.replace(row, `${cells('行政规范性文件（政府）', [5, 2, 23])}\n${cells('行政规范性文件（部门）', [4, 6, 9])}`);
    const { report } = await run(text, 'markdown');
    const table = findTable(report, 'active')!;
    expect(table.unreadableRows.map((r) => [r.key, r.reason])).toEqual([['normativeDocuments', 'splitRow']]);
    expect(rowsOf(report)['regulations']).toEqual([2, 1, 15]);
  });

  it('the row printed once, with a qualifier (行政规范性文件（部门）), read as before', async () => {
    const { report } = await run(TABS.replace(ROW, '行政规范性文件（部门）\t6\t3\t41'), 'text');
    expect(rowsOf(report)['normativeDocuments']).toEqual([6, 3, 41]);
    expect(findTable(report, 'active')!.unreadableRows).toEqual([]);
  });
});
