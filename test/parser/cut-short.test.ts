/**
 * A file cut short (cut-short.ts, red team rtY cause 4): a download or save stopping inside one of the format's tables,
 * rows of it still to come, before section 六. What would have stood after the cut is not missing: one
 * unreadable-content finding at the file's end, and the rows read before it are read. Each case is checked against
 * the same report whole (no finding) and against real omissions that keep their errors.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';
import { formatOf, writeReport, type Layout } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');

async function said(text: string, format: 'markdown' | 'text' | 'html'): Promise<string[]> {
  const result = await lint(text, { format, now: NOW });
  return result.messages.map((m) => `${m.ruleId}/${m.messageId}`);
}

/** The text up to and including the line holding `label`, ending there without a line break (a download cut). */
function cutAfter(text: string, label: string, keepChars?: number): string {
  const at = text.indexOf(label);
  if (at < 0) throw new Error(`no ${label}`);
  const end = text.indexOf('\n', at);
  const line = text.slice(0, end < 0 ? text.length : end);
  return keepChars === undefined ? line : line.slice(0, at + keepChars);
}

/** The text cut inside the row holding `label`: its line kept up to the label and `values` of its figures. */
function cutInsideRow(text: string, layout: Layout, label: string, values: number): string {
  const line = cutAfter(text, label);
  const head = line.slice(0, line.lastIndexOf('\n') + 1);
  const row = line.slice(head.length);
  if (layout === 'lines') return line; // one cell a line: the label's line, none of its figures
  const separator = layout === 'markdown' ? '|' : '\t';
  const cells = row.split(separator);
  const at = cells.findIndex((c) => c.includes(label));
  return head + cells.slice(0, at + 1 + values).join(separator);
}

/** The text up to the end of the row holding `label` (one cell a line: its seven figures' lines after it). */
function cutAfterRow(text: string, layout: Layout, label: string): string {
  if (layout !== 'lines') return cutAfter(text, label);
  const lines = cutAfter(text, label).split('\n').length;
  return text
    .split('\n')
    .slice(0, lines + 7)
    .join('\n');
}

describe('a file cut short inside table 三', () => {
  for (const layout of ['markdown', 'tabs', 'lines'] as const satisfies readonly Layout[]) {
    const full = writeReport({}, layout).text;
    const format = formatOf(layout);

    it(`${layout}: the whole report has no finding`, async () => {
      expect(await said(full, format)).toEqual([]);
    });

    it(`${layout}: cut inside the row 3.要求提供公开出版物: one finding at the end, the rows read kept`, async () => {
      const cut = cutInsideRow(full, layout, '要求提供公开出版物', 2);
      expect(await said(cut, format)).toEqual(['unreadable-content/cutShort']);
      const parsed = await parseReport(cut, { format });
      const { report } = parsed;
      const table = report.children
        .flatMap((c) => (c.type === 'section' ? c.children : []))
        .find((c) => c.type === 'table' && c.kind === 'applications');
      expect(table?.type === 'table' && table.children.map((r) => r.key)).toEqual(
        expect.arrayContaining(['new', 'carried', 'granted', 'partial', 'rejected.2']),
      );
      expect(table?.type === 'table' && table.missingRows).toEqual([]);
      const extracted = extractReport(parsed);
      expect(extracted.reading.otherPages).toEqual({ line: cut.split('\n').length, cutShort: true });
    });

    it(`${layout}: ending after a whole row and a line break (a section given alone): the rows are missing`, async () => {
      const cut = `${cutAfterRow(full, layout, '要求提供公开出版物')}\n`;
      const ids = await said(cut, format);
      expect(ids).toContain('table-structure/missingRows');
      expect(ids).not.toContain('unreadable-content/cutShort');
    });

    it(`${layout}: the same stopping mid-line, no line break after its last figure: ${layout === 'markdown' ? 'as it stands (Markdown often ends so)' : 'a file cut short'}`, async () => {
      // The last figure may itself be cut (127 stopped at 12): its row is not read either.
      const cut = cutAfterRow(full, layout, '要求提供公开出版物');
      if (layout === 'markdown') {
        expect(await said(cut, format)).toContain('table-structure/missingRows');
        return;
      }
      expect(await said(cut, format)).toEqual(['unreadable-content/cutShort']);
      const table = extractReport(await parseReport(cut, { format })).tables.applications as Record<string, unknown>;
      expect(Object.keys(table)).toContain('rejected.2');
      expect(Object.keys(table)).not.toContain('rejected.3');
    });
  }

  it('a saved page stopping inside table 三 (no </td></table></html>): one finding, nothing missing', async () => {
    const page = writeReport({}, 'html').text;
    const at = page.indexOf('2.重复申请');
    const cut = page.slice(0, page.indexOf('</tr>', at) + '</tr>'.length) + '\n<tr><td></td><td>3.要求';
    expect(await said(page, 'html')).toEqual([]);
    expect(await said(cut, 'html')).toEqual(['unreadable-content/cutShort']);
    // The same rows in a table the page closes: a table short of rows, then the page's end.
    const closed = `${page.slice(0, page.indexOf('</tr>', at) + '</tr>'.length)}</table></body></html>`;
    expect(await said(closed, 'html')).toContain('table-structure/missingRows');
    expect(await said(closed, 'html')).not.toContain('unreadable-content/cutShort');
  });
});

describe('what stays as it was', () => {
  it('table 三 lacking its last rows, then sections 四 to 六: the rows are missing', async () => {
    const full = writeReport({}, 'markdown').text;
    const text = full.replace(/^.*结转下年度继续办理.*\n/m, '');
    expect(text).not.toBe(full);
    expect(await said(text, 'markdown')).toContain('table-structure/missingRow');
    expect(await said(text, 'markdown')).not.toContain('unreadable-content/cutShort');
  });

  it('a report ending with a whole table 四, lacking 五 and 六: they are missing', async () => {
    const text = writeReport({ sections: ['overview', 'active', 'applications', 'review'] }, 'markdown').text;
    const ids = await said(text, 'markdown');
    expect(ids).toContain('required-sections/missing');
    expect(ids).not.toContain('unreadable-content/cutShort');
  });
});
