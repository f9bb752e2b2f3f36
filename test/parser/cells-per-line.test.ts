/**
 * A table copied from a PDF viewer or WPS into a .txt: every cell on a line of its own, with no tab before it.
 * A label's values go on from line to line; the count each row needs still decides whether it is read.
 * Fixtures carry distinct non-zero values (support/report.ts), so a value taken by the wrong row shows.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';
import { consistentApplications, withCell, writeReport } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
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

  it('a row that does not add up is unread, never accused: a stray number may stand in a lost blank', async () => {
    const wrong = withCell(consistentApplications(), 'granted', 6, 999);
    const result = await lint(untabbed(writeReport({ applications: wrong }, 'lines').text), { format: 'text', now: NOW });
    expect(result.messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(result.messages.map((m) => `${m.ruleId}/${m.messageId}`)).toContain('unreadable-content/rows');
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
