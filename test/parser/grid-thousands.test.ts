/**
 * A space as thousands separator in a table cell (1 579, 12 345 678). In a real grid — an HTML table, a .docx
 * cell, a GFM row — no column boundary can be lost, so such a cell is one number; other blanks between digits
 * (24 32) still leave the row unread. In pasted text (tab rows, one cell per line) a blank may be a lost tab, so
 * the row stays unread there (numbersInOneCell), as before.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import {
  consistentApplications,
  formatOf,
  recompute,
  writeDocx,
  writeReport,
  type Layout,
  type ReportSpec,
  type Value,
} from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');

/** Table 三 with counts in the thousands (distinct in every column), all identities holding. */
function bigApplications(): Record<string, number[]> {
  const base = consistentApplications();
  const rows: Record<string, number[]> = { ...base, granted: base.granted!.map((v, j) => v + 1571 + 1000 * j) };
  rows['denied.3'] = base['denied.3']!.map((v, j) => v + 12_345_000 * (j === 5 ? 1 : 0));
  return recompute(rows);
}

/** 1579 → '1 579', 12345678 → '12 345 678'. */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, ' ');

/** Every value of 1,000 or more written with blanks between its thousands. */
const spaced = (rows: Record<string, number[]>): Record<string, Value[]> =>
  Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.map((n) => (n >= 1000 ? grouped(n) : n))]));

async function read(text: string | Uint8Array, format: 'markdown' | 'text' | 'html' | 'docx') {
  const parsed = await parseReport(text, { format });
  return { parsed, tables: extractReport(parsed).tables };
}

const messagesOf = async (text: string | Uint8Array, format: 'markdown' | 'text' | 'html' | 'docx') =>
  (await lint(text, { format, now: NOW })).messages.map((m) => `${m.ruleId}/${m.messageId}`);

describe('a space as thousands separator', () => {
  const values = bigApplications();
  const spec: ReportSpec = { applications: spaced(values) };

  it('the fixture writes the blanks it means to', () => {
    const text = writeReport(spec, 'markdown').text;
    expect(grouped(1579)).toBe('1 579');
    expect(text).toContain(`| ${grouped(values.granted![0]!)} |`);
    expect(text).toMatch(/\| 12 \d{3} \d{3} \|/);
  });

  it.each<Layout>(['markdown', 'html'])(
    '%s grid: every spaced cell is read as one number, and nothing is reported',
    async (layout) => {
      const written = writeReport(spec, layout);
      const { parsed, tables } = await read(written.text, formatOf(layout));
      expect(parsed.report.reading.tables.applications).toEqual({ status: 'read' });
      expect(findTable(parsed.report, 'applications')?.unreadableRows).toEqual([]);
      expect(tables.applications?.granted).toEqual({
        natural: values.granted![0],
        business: values.granted![1],
        research: values.granted![2],
        nonprofit: values.granted![3],
        legal: values.granted![4],
        other: values.granted![5],
        total: values.granted![6],
      });
      expect(tables.applications?.['denied.3']?.other).toBe(values['denied.3']![5]);
      expect(values['denied.3']![5]).toBeGreaterThan(12_000_000);
      expect(tables.applications?.handled?.total).toBe(values.handled![6]);
      expect(await messagesOf(written.text, formatOf(layout))).toEqual([]);
    },
  );

  it('docx grid: read as one number too', async () => {
    const { tables } = await read(await writeDocx(spec), 'docx');
    expect(tables.applications?.new).toEqual(
      Object.fromEntries(
        ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'].map((c, j) => [c, values.new![j]]),
      ),
    );
    expect(await messagesOf(await writeDocx(spec), 'docx')).toEqual([]);
  });

  it('html: a number split over two spans on two lines inside one cell is one number', async () => {
    const written = writeReport({ applications: values }, 'html');
    const n = values.granted![1]!;
    const head = String(n).slice(0, -3);
    const text = written.text.replace(`<td>${n}</td>`, `<td><span>${head}</span>\n<span>${String(n).slice(-3)}</span></td>`);
    expect(text).not.toBe(written.text);
    const { tables } = await read(text, 'html');
    expect(tables.applications?.granted?.business).toBe(n);
    expect(await messagesOf(text, 'html')).toEqual([]);
  });

  it.each<Layout>(['markdown', 'html'])(
    '%s grid: 24 32 is no thousands grouping: the row is unread, nothing accused',
    async (layout) => {
      const written = writeReport(
        { applications: { ...values, partial: values.partial!.map((v, j) => (j === 2 ? '24 32' : v)) } },
        layout,
      );
      const { parsed, tables } = await read(written.text, formatOf(layout));
      expect(findTable(parsed.report, 'applications')?.unreadableRows.map((r) => [r.key, r.reason])).toEqual([
        ['partial', 'numbersInOneCell'],
      ]);
      expect(tables.applications?.partial).toBeUndefined();
      expect(await messagesOf(written.text, formatOf(layout))).toEqual(['unreadable-content/rows']);
    },
  );

  it.each<Layout>(['markdown', 'html'])(
    '%s grid: a first group of four digits (1579 123) is no grouping either',
    async (layout) => {
      const written = writeReport(
        { applications: { ...values, partial: values.partial!.map((v, j) => (j === 2 ? '1579 123' : v)) } },
        layout,
      );
      const { parsed } = await read(written.text, formatOf(layout));
      expect(findTable(parsed.report, 'applications')?.unreadableRows.map((r) => r.key)).toEqual(['partial']);
    },
  );

  it.each<Layout>(['tabs', 'lines'])('%s (pasted text): a blank may be a lost tab, so the rows stay unread', async (layout) => {
    const written = writeReport(spec, layout);
    const { parsed, tables } = await read(written.text, 'text');
    const unread = findTable(parsed.report, 'applications')?.unreadableRows ?? [];
    expect(unread.map((r) => r.reason)).toContain('numbersInOneCell');
    expect(unread.map((r) => r.key)).toEqual(expect.arrayContaining(['new', 'granted', 'handled']));
    expect(tables.applications?.granted).toBeUndefined();
    const messages = await messagesOf(written.text, 'text');
    expect(messages.filter((m) => !m.startsWith('unreadable-content/'))).toEqual([]);
  });
});
