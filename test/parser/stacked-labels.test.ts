/**
 * Row labels stacked above their values (OCR read the label column as a block, then the values): two or more
 * labels on lines of their own, then a line of values each. Read in order, the last label took the first line of
 * values, another row's (other.2 given other.1's total: a false fee-notice error on a compliant report). Which line
 * is whose cannot be told: the block's rows are unread (stackedLabels), never read with a neighbour's values.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { APPLICATIONS, FLAT } from '../rules/support/flat-report.js';

async function run(text: string) {
  const { messages } = await lint(text, { format: 'text' });
  const { report } = await parseReport(text, { format: 'text' });
  return { messages, report };
}

/** The rows' lines (found by their starts, consecutive) written as labels first, then values. */
function stacked(starts: readonly string[], valuesAfterEach = false): string {
  const lines = FLAT.split('\n');
  const at = lines.findIndex((l) => l.startsWith(starts[0]!));
  expect(at).toBeGreaterThan(0);
  const rows = lines.slice(at, at + starts.length);
  rows.forEach((row, i) => expect(row.startsWith(starts[i]!)).toBe(true));
  const split = rows.map((row) => /^(.*?\D) ((?:\d+(?:\.\d+)? ?)+)$/.exec(row)!.slice(1, 3) as [string, string]);
  const block = valuesAfterEach ? split.flat() : [...split.map(([l]) => l), ...split.map(([, v]) => v)];
  lines.splice(at, starts.length, ...block);
  return lines.join('\n');
}

const errors = (messages: Awaited<ReturnType<typeof run>>['messages']) => messages.filter((m) => m.severity === 2);

describe('labels stacked above their values', () => {
  // Table 二's labels have no ordinal: stacked, they are one label, and its two values one a line are too many
  // for one row (valueCount); either way neither row is read.
  const cases: ReadonlyArray<[kind: 'applications' | 'active', starts: string[], keys: string[], reason?: string]> = [
    ['applications', ['（六）其他处理 1.申请人', '2.申请人逾期'], ['other.1', 'other.2'], 'stackedLabels'],
    ['applications', ['（七）总计', '四、结转下年度'], ['handled', 'carryForward'], 'stackedLabels'],
    ['active', ['行政处罚', '行政强制'], ['punishment', 'coercion']],
    ['active', ['规章', '行政规范性文件'], ['regulations', 'normativeDocuments']],
  ];
  for (const [kind, starts, keys, reason] of cases)
    it(`${keys.join(' and ')}: both unread, neither given the other's values; no error`, async () => {
      const { messages, report } = await run(stacked(starts));
      expect(errors(messages)).toEqual([]);
      const table = findTable(report, kind)!;
      expect(table.missingRows).toEqual([]);
      expect(table.unreadableRows.map((r) => r.key).sort()).toEqual([...keys].sort());
      if (reason) expect(table.unreadableRows.map((r) => r.reason)).toEqual(keys.map(() => reason));
      for (const key of keys) expect(table.children.find((r) => r.key === key)).toBeUndefined();
    });

  it('three labels, then three lines of values: none of the three is read with a line of values', async () => {
    const { messages, report } = await run(stacked(['（六）其他处理 1.申请人', '2.申请人逾期', '3.其他']));
    expect(errors(messages)).toEqual([]);
    const table = findTable(report, 'applications')!;
    expect(table.missingRows).toEqual([]);
    expect(table.unreadableRows.map((r) => r.key).sort()).toEqual(['other.1', 'other.2', 'other.3']);
  });

  it('each label on its line with its values on the next (a wrapped label) is read, row by row', async () => {
    const { messages, report } = await run(stacked(['（六）其他处理 1.申请人', '2.申请人逾期', '3.其他'], true));
    expect(messages).toEqual([]);
    const table = findTable(report, 'applications')!;
    for (const key of ['other.1', 'other.2', 'other.3'])
      expect(table.children.find((r) => r.key === key)?.children.map((c) => c.value)).toEqual(APPLICATIONS[key]);
  });
});
