/**
 * A row whose label OCR garbled, its values intact (SARTRE Sen ACER 30 61 200 …, 了属干行攻执去案巻, fin ar 389):
 * a full row of values stands where the template has the row, between its neighbours. The row is there with its
 * label unread (labelUnreadable), as when the label is lost outright, never "the table lacks the row"; its values
 * are not given to it by position. A row of values whose label is another row's is no garbled label.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { FLAT, withLine } from '../rules/support/flat-report.js';

async function run(text: string) {
  const { messages } = await lint(text, { format: 'text' });
  const { report } = await parseReport(text, { format: 'text' });
  return { messages, report };
}

/** The row's own label (the word before its first value, after a group label if any) replaced. */
const relabel = (label: string) => (line: string) => line.replace(/\S+(?= \d+(?: |$))/, label);

describe('a row whose label OCR garbled', () => {
  const cases: ReadonlyArray<[start: string, garbled: string, kind: 'applications' | 'active', key: string]> = [
    ['7.属于行政执法案卷 ', 'SARTRE Sen ACER', 'applications', 'denied.7'],
    ['7.属于行政执法案卷 ', '了属干行攻执去案巻', 'applications', 'denied.7'],
    ['（六）其他处理 1.申请人', 'TEA GHIA Onnee', 'applications', 'other.1'],
    ['一、本年新收', 'ee ARERR', 'applications', 'new'],
    ['行政许可 ', 'fin ar', 'active', 'licensing'],
  ];
  for (const [start, garbled, kind, key] of cases)
    it(`${key} labelled “${garbled}”: unreadable, not missing; no error`, async () => {
      const text = withLine(start, relabel(garbled));
      expect(text).toContain(garbled);
      const { messages, report } = await run(text);
      expect(messages.filter((m) => m.severity === 2)).toEqual([]);
      const table = findTable(report, kind)!;
      expect(table.missingRows).toEqual([]);
      expect(table.unreadableRows).toEqual([expect.objectContaining({ key, reason: 'labelUnreadable' })]);
      expect(table.children.find((r) => r.key === key)).toBeUndefined();
      // Placed at the row of values (its piece may open at a caption or header above it, as in table 二).
      const row = table.unreadableRows.find((r) => r.key === key);
      expect(row?.position?.end.line).toBe(FLAT.split('\n').findIndex((l) => l.startsWith(start)) + 1);
      expect(messages.filter((m) => m.ruleId === 'unreadable-content')).toHaveLength(1);
    });

  it('a row short of values under a garbled label is no row of the template: the row stays missing', async () => {
    // Two values where table 三 takes seven: the junk names nothing, and no row stands there.
    const text = withLine('7.属于行政执法案卷 ', () => 'SARTRE Sen ACER 30 61');
    const { report } = await run(text);
    expect(findTable(report, 'applications')!.missingRows).toEqual(['denied.7']);
  });

  it('a row of values under another row’s label, out of its place, does not stand for the row missing here', async () => {
    // 8.属于行政查询事项 printed twice, 7. left out: the second 8. is that row's label, not a garbled 7.
    const eight = FLAT.split('\n').find((l) => l.startsWith('8.属于行政查询事项 '))!;
    const text = withLine('7.属于行政执法案卷 ', () => eight);
    const { report } = await run(text);
    const table = findTable(report, 'applications')!;
    expect(table.unreadableRows.filter((r) => r.key === 'denied.7' && r.reason === 'labelUnreadable')).toEqual([]);
  });
});
