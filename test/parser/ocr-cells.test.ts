/**
 * Table cells as OCR tools write them (MinerU's HTML tables in Markdown, Marker's GFM with `<br>`): two values
 * stacked in one cell when a faint ruling line merged two rows (16<br>17), and a row one cell short when a faint
 * cell was lost. Either row is unread (`stackedValues`, `valueCount`), never read as a number nobody printed (1617)
 * or with its values a column off; nothing but `unreadable-content` is reported. Every value differs from every
 * other, so a value read from the wrong row or column cannot pass.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { RESULT_ROWS } from '../fuzz/template.js';
import { recompute, writeReport, type Layout, type Value } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'] as const;

/** Table 三 with a distinct non-zero figure in every cell but （六）2 (row i, column c: 30c + i + 1), identities holding. */
function distinct(): Record<string, number[]> {
  const rows: Record<string, number[]> = {};
  RESULT_ROWS.forEach((key, i) => (rows[key] = [0, 1, 2, 3, 4, 5].map((c) => 30 * c + i + 1)));
  // （六）2 (fee notices unpaid) is 0: the report's fee sentence says none was charged.
  rows['other.2'] = [0, 0, 0, 0, 0, 0];
  rows['carried'] = [0, 1, 2, 3, 4, 5].map((c) => 3 * c + 2);
  rows['carryForward'] = [0, 1, 2, 3, 4, 5].map((c) => 4 * c + 3);
  return recompute(rows);
}

const values = distinct();
const asRow = (row: readonly number[]) => Object.fromEntries(COLUMNS.map((c, j) => [c, row[j]]));

async function read(text: string, format: 'markdown' | 'html') {
  const parsed = await parseReport(text, { format });
  const result = await lint(text, { format, now: NOW });
  return {
    report: parsed.report,
    tables: extractReport(parsed).tables,
    messages: result.messages.map((m) => ({ id: `${m.ruleId}/${m.messageId}`, line: m.line, column: m.column })),
  };
}

/** The unread rows of a table as [key, reason]. */
const unread = (report: Awaited<ReturnType<typeof read>>['report'], table: 'active' | 'applications' | 'review') =>
  (findTable(report, table)?.unreadableRows ?? []).map((r) => [r.key, r.reason]);

/** The Markdown report with its table 三 written as one line of HTML (MinerU's Markdown). */
function mineru(rows: Record<string, Value[]>): string {
  const md = writeReport({ applications: rows }, 'markdown').text.split('\n');
  const html = writeReport({ applications: rows }, 'html');
  const htmlLines = html.text.split('\n');
  const from = html.tableAt('applications').line - 1;
  const to = htmlLines.indexOf('</table>', from);
  const table = htmlLines.slice(from, to + 1).join('');
  const start = md.findIndex((l) => l.includes('本年新收')) - 2;
  const end = md.findIndex((l, i) => i > start && l === '');
  return [...md.slice(0, start), table, ...md.slice(end)].join('\n');
}

describe('two values stacked in one cell', () => {
  /** denied.1's cells holding denied.2's figure under its own (two rows merged), joined by `sep`. */
  const stackedRows = (sep: string): Record<string, Value[]> => ({
    ...values,
    'denied.1': values['denied.1']!.map((v, j) => `${v}${sep}${values['denied.2']![j]}`),
  });

  it.each<[string, Layout, string]>([
    ['GFM, <br>', 'markdown', '<br>'],
    ['GFM, <br/>', 'markdown', '<br/>'],
    ['GFM, <p>', 'markdown', '</p><p>'],
    ['HTML, <br>', 'html', '<br>'],
    ['HTML, <p>', 'html', '</p><p>'],
  ])('%s: the row is unread, never 1617; the rows around it keep their figures', async (_, layout, sep) => {
    const written = writeReport({ applications: stackedRows(sep) }, layout);
    const { report, tables, messages } = await read(written.text, layout === 'html' ? 'html' : 'markdown');
    expect(unread(report, 'applications')).toEqual([['denied.1', 'stackedValues']]);
    expect(tables.applications?.['denied.1']).toBeUndefined();
    expect(tables.applications?.['denied.2']).toEqual(asRow(values['denied.2']!));
    expect(tables.applications?.['denied.3']).toEqual(asRow(values['denied.3']!));
    expect(tables.applications?.handled).toEqual(asRow(values['handled']!));
    expect(messages).toEqual([{ id: 'unreadable-content/rows', line: written.rowAt('denied.1'), column: 1 }]);
  });

  it('MinerU Markdown (table 三 as HTML): the same', async () => {
    const text = mineru(stackedRows('<br>'));
    const { report, tables, messages } = await read(text, 'markdown');
    expect(unread(report, 'applications')).toEqual([['denied.1', 'stackedValues']]);
    expect(tables.applications?.['denied.4']).toEqual(asRow(values['denied.4']!));
    expect(messages.map((m) => m.id)).toEqual(['unreadable-content/rows']);
  });

  it('GFM, two rows merged into one (labels and figures stacked, the second row gone): both unread, nothing accused', async () => {
    const lines = writeReport({ applications: stackedRows('<br>') }, 'markdown').text.split('\n');
    const text = lines
      .filter((l) => !l.includes('2.其他法律行政法规禁止公开'))
      .map((l) => l.replace('1.属于国家秘密', '1.属于国家秘密<br>2.其他法律行政法规禁止公开'))
      .join('\n');
    const { report, tables, messages } = await read(text, 'markdown');
    // Both labels in one cell over one row of values (labelsInOneCell, pieces.ts) is found before the stacked figures.
    expect(unread(report, 'applications').sort()).toEqual([
      ['denied.1', 'labelsInOneCell'],
      ['denied.2', 'labelsInOneCell'],
    ]);
    expect(tables.applications?.['denied.1']).toBeUndefined();
    expect(tables.applications?.['denied.2']).toBeUndefined();
    expect(tables.applications?.['denied.3']).toEqual(asRow(values['denied.3']!));
    expect(messages.map((m) => m.id)).toEqual(['unreadable-content/rows']);
  });

  it('a number wrapped in a narrow cell whose rest opens with 0 (1<br>05) is one number', async () => {
    const rows = recompute({ ...values, granted: [105, ...values['granted']!.slice(1, 6)] });
    const written = writeReport(
      { applications: { ...rows, granted: rows['granted']!.map((v, j) => (j === 0 ? '1<br>05' : v)) } },
      'markdown',
    );
    const { report, tables, messages } = await read(written.text, 'markdown');
    expect(unread(report, 'applications')).toEqual([]);
    expect(tables.applications?.granted).toEqual(asRow(rows['granted']!));
    expect(messages).toEqual([]);
  });

  it("1<br>0 may be 10 or two rows' 1 and 0: unread", async () => {
    const written = writeReport(
      { applications: { ...values, partial: values['partial']!.map((v, j) => (j === 2 ? '1<br>0' : v)) } },
      'markdown',
    );
    const { report, tables } = await read(written.text, 'markdown');
    expect(unread(report, 'applications')).toEqual([['partial', 'stackedValues']]);
    expect(tables.applications?.partial).toBeUndefined();
  });

  it('table 四: a stacked cell leaves the table unread, never read as 10', async () => {
    const review = [3, 2, 4, 1, 10, 5, 1, 2, 6, 14, 7, 8, 3, 9, 27];
    const written = writeReport({ applications: values, review: review.map((v, j) => (j === 4 ? '1<br>0' : v)) }, 'markdown');
    const { report, tables, messages } = await read(written.text, 'markdown');
    expect(findTable(report, 'review')?.children).toEqual([]);
    expect(unread(report, 'review')).toEqual([[undefined, 'stackedValues']]);
    // Found but not read: null in extract, as docs/extract.md says (rtAE 6), never {} (a table read with no rows).
    expect(tables.review).toBeNull();
    expect(messages.map((m) => m.id)).toEqual(['unreadable-content/table']);
  });

  it("table 二: 行政处罚 holding 行政强制's figure under its own is unread; 行政强制 keeps its own", async () => {
    const text = writeReport({ applications: values }, 'markdown').text.replace(
      /^\| 行政处罚 \| 57 \|/m,
      '| 行政处罚 | 57<br>9 |',
    );
    expect(text).toContain('57<br>9');
    const { report, tables, messages } = await read(text, 'markdown');
    expect(unread(report, 'active')).toEqual([['punishment', 'stackedValues']]);
    expect(tables.active?.punishment).toBeUndefined();
    expect(tables.active?.coercion).toEqual({ decisions: 9 });
    expect(messages.map((m) => m.id)).toEqual(['unreadable-content/rows']);
  });
});

describe('a row one cell short', () => {
  /** The Markdown line of a row, with its figure in column `lost` left out and `tail` after the last pipe. */
  const dropCell = (text: string, key: string, lost: number, tail: string): string => {
    const row = values[key]!;
    const printed = row.map(String).join(' | ');
    const kept = row.filter((_, j) => j !== lost).join(' | ');
    expect(text).toContain(`| ${printed} |`);
    return text.replace(`| ${printed} |`, `| ${kept} |${tail}`);
  };

  it.each<[string, string]>([
    ['written short', ''],
    ['padded with an empty last cell', '  |'],
  ])('GFM table 三, a middle figure lost, %s: unread, never shifted', async (_, tail) => {
    const written = writeReport({ applications: values }, 'markdown');
    const text = dropCell(written.text, 'denied.3', 2, tail);
    const { report, tables, messages } = await read(text, 'markdown');
    expect(unread(report, 'applications')).toEqual([['denied.3', 'valueCount']]);
    expect(tables.applications?.['denied.3']).toBeUndefined();
    expect(tables.applications?.['denied.4']).toEqual(asRow(values['denied.4']!));
    expect(messages).toEqual([{ id: 'unreadable-content/rows', line: written.rowAt('denied.3'), column: 1 }]);
  });

  it('HTML table 三, a <td> lost: unread (as before)', async () => {
    const written = writeReport({ applications: values }, 'html');
    const lost = `<td>${values['denied.3']![2]}</td>\n`;
    const at = written.text.indexOf(lost, written.text.indexOf('3.危及'));
    const text = written.text.slice(0, at) + written.text.slice(at + lost.length);
    const { report, messages } = await read(text, 'html');
    expect(unread(report, 'applications')).toEqual([['denied.3', 'valueCount']]);
    expect(messages.map((m) => m.id)).toEqual(['unreadable-content/rows']);
  });

  it.each<[string, Layout, (t: string) => string]>([
    ['GFM, short', 'markdown', (t) => t.replace('| 规章 | 2 | 1 | 15 |', '| 规章 | 2 | 15 |')],
    ['GFM, padded', 'markdown', (t) => t.replace('| 规章 | 2 | 1 | 15 |', '| 规章 | 2 | 15 |  |')],
    ['HTML, short', 'html', (t) => t.replace(/(<td>规章<\/td>\n<td>2<\/td>\n)<td>1<\/td>\n/, '$1')],
  ])('table 二 %s: 规章 with a figure lost is unread; its label is no figure', async (_, layout, mutate) => {
    const original = writeReport({ applications: values }, layout).text;
    const text = mutate(original);
    expect(text).not.toBe(original);
    const { report, tables, messages } = await read(text, layout === 'html' ? 'html' : 'markdown');
    expect(unread(report, 'active')).toEqual([['regulations', 'valueCount']]);
    expect(tables.active?.regulations).toBeUndefined();
    expect(tables.active?.normativeDocuments).toEqual({ made: 6, repealed: 3, valid: 41 });
    expect(messages.map((m) => m.id)).toEqual(['unreadable-content/rows']);
  });

  it('a row whose total is blank where every other row fills it is unread; a 总计 column left blank throughout is read', async () => {
    const blankTotal = (keys: readonly string[]) =>
      Object.fromEntries(Object.entries(values).map(([k, v]) => [k, keys.includes(k) ? [...v.slice(0, 6), ''] : v]));
    const one = await read(writeReport({ applications: blankTotal(['granted']) }, 'markdown').text, 'markdown');
    expect(unread(one.report, 'applications')).toEqual([['granted', 'valueCount']]);
    expect(one.messages.map((m) => m.id)).toEqual(['unreadable-content/rows']);
    const all = await read(writeReport({ applications: blankTotal(Object.keys(values)) }, 'markdown').text, 'markdown');
    expect(unread(all.report, 'applications')).toEqual([]);
    expect(all.tables.applications?.granted).toEqual({ ...asRow(values['granted']!), total: null });
    expect(all.messages.every((m) => m.id.startsWith('numeric-cells/'))).toBe(true);
  });
});
