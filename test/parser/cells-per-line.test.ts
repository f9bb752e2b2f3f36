/**
 * A table copied from a PDF viewer or WPS into a .txt: every cell on a line of its own, with no tab before it.
 * A label's values go on from line to line; the count each row needs still decides whether it is read.
 * Fixtures carry distinct non-zero values (support/report.ts), so a value taken by the wrong row shows.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { consistentApplications, recompute, withCell, writeReport, type Value } from '../rules/support/report.js';
import { APPLICATIONS, SPEC } from '../rules/support/flat-report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const [NATURAL, RESEARCH, LEGAL, TOTAL] = [0, 2, 4, 6];
/** The one-cell-per-line layout with the tab before each cell taken away, as a PDF viewer's copy prints it. */
const untabbed = (text: string): string => text.replace(/^\t/gm, '');

async function tablesOf(text: string) {
  return extractReport(await parseReport(text, { format: 'text' })).tables;
}

describe('one cell per line, no tab', () => {
  it('reads tables 二, 三 and 四 with the same values as the tab-led layout', async () => {
    const tabbed = writeReport({}, 'lines').text;
    expect(tabbed).toMatch(/^\t\d+$/m);
    const text = untabbed(tabbed);
    expect(text).not.toMatch(/^\t/m);
    const read = await tablesOf(text);
    expect(read.applications).not.toBeNull();
    expect(read).toEqual(await tablesOf(tabbed));
    const result = await lint(text, { format: 'text', now: NOW });
    expect(result.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual([]);
  });

  // rtJ F3: a row of seven values, one a line, that does not add up was always left unread (a stray number may
  // stand in a lost blank), even where the table's columns pin its one wrong cell.
  it('one wrong cell, which its row total and its column total both point at, is read and named there', async () => {
    const research = APPLICATIONS['denied.4']![RESEARCH]!;
    const doc = writeReport({ ...SPEC, applications: withCell(APPLICATIONS, 'denied.4', RESEARCH, research + 5) }, 'lines');
    const text = untabbed(doc.text);
    const table = findTable((await parseReport(text, { format: 'text' })).report, 'applications');
    expect(table?.unreadableRows).toEqual([]);
    expect(table?.children.find((r) => r.key === 'denied.4')?.children.map((c) => c.value)).toEqual(
      withCell(APPLICATIONS, 'denied.4', RESEARCH, research + 5)['denied.4'],
    );
    const result = await lint(text, { format: 'text', now: NOW });
    expect(result.messages.map((m) => [m.ruleId, m.messageId, m.line, m.data?.actual, m.data?.expected])).toEqual([
      ['application-totals', 'cellLikelyWrong', doc.at('denied.4', 'research').line, research + 5, research],
    ]);
  });

  it('a page number where a blank cell left no line stays unread, never accused: the totals point to 0 there', async () => {
    const zero = withCell(APPLICATIONS, 'denied.4', RESEARCH, 0) as Record<string, number[]>;
    const blank = withCell(recompute(zero), 'denied.4', RESEARCH, '');
    const doc = writeReport({ ...SPEC, applications: blank }, 'lines');
    const lines = untabbed(doc.text).split('\n');
    // The blank cell's line, which a PDF viewer's copy drops, taken by a page number.
    lines[doc.at('denied.4', 'research').line - 1] = '5';
    const text = lines.filter((l) => l.trim() !== '').join('\n');
    const table = findTable((await parseReport(text, { format: 'text' })).report, 'applications');
    expect(table?.unreadableRows.map((r) => [r.key, r.reason])).toEqual([['denied.4', 'notAddingUp']]);
    const result = await lint(text, { format: 'text', now: NOW });
    expect(result.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(['unreadable-content/rows']);
  });

  it.each([
    [
      'two wrong cells in the row: its columns pin neither',
      [
        ['denied.4', RESEARCH, 5],
        ['denied.4', LEGAL, 3],
      ],
      ['denied.4'],
    ],
    [
      'a wrong cell in each of two rows of one column identity: neither vouches for the other',
      [
        ['denied.4', RESEARCH, 5],
        ['granted', NATURAL, 2],
      ],
      ['granted', 'denied.4'],
    ],
  ] as const)('%s: unread, never accused', async (_name, edits, unread) => {
    let values: Record<string, Value[]> = APPLICATIONS;
    for (const [key, column, delta] of edits) values = withCell(values, key, column, Number(values[key]![column]) + delta);
    const text = untabbed(writeReport({ ...SPEC, applications: values }, 'lines').text);
    const table = findTable((await parseReport(text, { format: 'text' })).report, 'applications');
    expect(table?.unreadableRows.map((r) => [r.key, r.reason])).toEqual(unread.map((key) => [key, 'notAddingUp']));
    const result = await lint(text, { format: 'text', now: NOW });
    expect(result.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toEqual(['unreadable-content/rows']);
  });

  it('a wrong cell whose column is off by more (a read row of that column wrong too) stays unread', async () => {
    // （一）'s 科研机构 and 总计 both 4 over: that row adds up and is read, its two columns 4 off.
    let values: Record<string, Value[]> = withCell(APPLICATIONS, 'granted', RESEARCH, APPLICATIONS.granted![RESEARCH]! + 4);
    values = withCell(values, 'granted', TOTAL, APPLICATIONS.granted![TOTAL]! + 4);
    values = withCell(values, 'denied.4', RESEARCH, APPLICATIONS['denied.4']![RESEARCH]! + 5);
    const text = untabbed(writeReport({ ...SPEC, applications: values }, 'lines').text);
    const table = findTable((await parseReport(text, { format: 'text' })).report, 'applications');
    expect(table?.unreadableRows.map((r) => [r.key, r.reason])).toEqual([['denied.4', 'notAddingUp']]);
    const result = await lint(text, { format: 'text', now: NOW });
    expect(result.messages.filter((m) => m.messageId === 'cellLikelyWrong')).toEqual([]);
  });

  it('a page number after a row whose blank cell left no line is no value of it', async () => {
    const blank = withCell(consistentApplications(), 'denied.1', 2, '');
    const lines = untabbed(writeReport({ applications: blank }, 'lines').text)
      .split('\n')
      .filter((l) => l.trim() !== '');
    const next = lines.findIndex((l) => l.startsWith('2.其他法律行政法规禁止公开'));
    lines.splice(next, 0, '3');
    const result = await lint(lines.join('\n'), { format: 'text', now: NOW });
    expect(result.messages.filter((m) => m.severity === 2)).toEqual([]);
  });

  // rtP #4: a bare page number right before or after a row's values made that row unread (eight lines for seven
  // columns), and with it every column identity: a wrong total in another row was then only a reading warning.
  it.each([
    ['after', 'total', 0],
    ['before', 'natural', -1],
  ] as const)('a page number %s a row its values add up without is no value of it', async (_where, column, shift) => {
    const total = APPLICATIONS.granted![TOTAL]!;
    const doc = writeReport({ ...SPEC, applications: withCell(APPLICATIONS, 'granted', TOTAL, total + 10) }, 'lines');
    const lines = untabbed(doc.text).split('\n');
    lines.splice(doc.at('denied.3', column).line + shift, 0, '7');
    const text = lines.join('\n');
    const table = findTable((await parseReport(text, { format: 'text' })).report, 'applications');
    expect(table?.unreadableRows.map((r) => [r.key, r.reason])).toEqual([]);
    expect(table?.children.find((r) => r.key === 'denied.3')?.children.map((c) => c.value)).toEqual(APPLICATIONS['denied.3']);
    const result = await lint(text, { format: 'text', now: NOW });
    expect(result.messages.map((m) => [m.ruleId, m.messageId, m.data?.actual, m.data?.expected])).toEqual([
      ['application-totals', 'cellLikelyWrong', total + 10, total],
    ]);
  });

  it("a number among a row's values, neither first nor last, leaves the row unread", async () => {
    const lines = untabbed(writeReport({}, 'lines').text).split('\n');
    lines.splice(doc3Line(lines, '3.危及') + 4, 0, '7');
    const table = findTable((await parseReport(lines.join('\n'), { format: 'text' })).report, 'applications');
    expect(table?.unreadableRows.map((r) => r.key)).toEqual(['denied.3']);
  });

  it('a row one value short is unread, never filled from the next row', async () => {
    const text = untabbed(writeReport({}, 'lines').text);
    const lines = text.split('\n');
    const label = lines.findIndex((l) => l.startsWith('（一）予以公开'));
    lines.splice(label + 1, 1);
    const result = await lint(lines.join('\n'), { format: 'text', now: NOW });
    expect(result.messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(result.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toContain('unreadable-content/rows');
  });
});

/** The index of the line opening with `start`. */
function doc3Line(lines: readonly string[], start: string): number {
  const at = lines.findIndex((l) => l.startsWith(start));
  expect(at).toBeGreaterThan(0);
  return at;
}
