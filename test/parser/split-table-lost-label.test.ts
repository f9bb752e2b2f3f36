/**
 * Table 三 split in two with its header printed again over the second part (a page break, an editor's copy), and
 * one row's label cells lost (blank): the first or last row of either part. The row is there, its label unread:
 * an unreadable row, never a row missing (table-structure, an error). Before, the header over the second part
 * ran into the label-less row under it (its lines hold no values), its words were taken as that row's label, and
 * the row was called missing (fuzzer seed 44031, table3.splitRepeatHeader with table.labelLost).
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/index.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { APPLICATION_ROWS } from '../../src/parser/data/applications.js';
import { applicationsHeaderGrid, toMarkdown, toTabText, type Block, type Cell, type Grid } from '../helpers/report-model.js';
import { APPLICATIONS, REPORT } from '../helpers/html-docx-report.js';
import { buildDocx, toDocumentXml, toHtmlPage } from '../helpers/html-docx-render.js';
import { APPLICATIONS_HEADER, COLUMNS, GROUP_LABELS, groupOf, rowLabel } from '../fuzz/template.js';

const KEYS = APPLICATION_ROWS.map((r) => r.key);
const OUTER = new Set(['new', 'carried', 'carryForward']);

const cell = (text: string | number, colspan?: number, rowspan?: number): Cell => ({
  text: String(text),
  ...(colspan ? { colspan } : {}),
  ...(rowspan ? { rowspan } : {}),
});

/** One part of table 三: the header again, then the rows `keys`, the label cells of `lost` left blank. */
function part(keys: readonly string[], lost: string): Grid {
  const grid = applicationsHeaderGrid();
  const results = keys.filter((k) => !OUTER.has(k));
  let group: string | undefined;
  for (const key of keys) {
    const labels: Cell[] = [];
    if (OUTER.has(key)) labels.push(cell(rowLabel(key), 3));
    else {
      if (key === results[0]) labels.push(cell(APPLICATIONS_HEADER.results, 0, results.length));
      const spec = groupOf(key);
      if (!spec) labels.push(cell(rowLabel(key), 2));
      else {
        if (spec !== group) labels.push(cell(GROUP_LABELS[spec], 0, results.filter((k) => groupOf(k) === spec).length));
        labels.push(cell(rowLabel(key)));
      }
      group = spec ?? undefined;
    }
    if (key === lost) for (const l of labels) l.text = '';
    grid.push([...labels, ...COLUMNS.map((col) => cell(APPLICATIONS[key]![col]!))]);
  }
  return grid;
}

/** The report with table 三 in two parts, cut before row `at`. */
function blocks(at: string, lost: string): Block[] {
  const out: Block[] = structuredClone(REPORT);
  const index = out.findIndex((b) => b.kind === 'table' && b.grid.length > 20);
  const cut = KEYS.indexOf(at);
  out.splice(
    index,
    1,
    { kind: 'table', grid: part(KEYS.slice(0, cut), lost) },
    { kind: 'table', grid: part(KEYS.slice(cut), lost) },
  );
  return out;
}

const FORMATS = ['html', 'docx', 'markdown', 'text'] as const;

async function input(format: (typeof FORMATS)[number], report: Block[]): Promise<string | Uint8Array> {
  if (format === 'html') return toHtmlPage(report);
  if (format === 'docx') return buildDocx(toDocumentXml(report));
  if (format === 'markdown') return toMarkdown(report);
  return toTabText(report);
}

const CASES: Array<[string, string, string]> = [
  ['the first row of the second part', 'rejected.4', 'rejected.4'],
  ['the first row of the second part, its group label over it', 'rejected.1', 'rejected.1'],
  ['the last row of the first part', 'rejected.4', 'rejected.3'],
  ['the first row of the first part', 'rejected.4', 'new'],
  ['the last row of the second part', 'rejected.4', 'carryForward'],
];

describe('table 三 split with its header repeated, a row with its label cells lost', () => {
  for (const format of FORMATS)
    for (const [where, at, lost] of CASES)
      it(`${format}: ${where} (${lost}) is unreadable, never missing`, async () => {
        const data = await input(format, blocks(at, lost));
        const table = findTable((await parseReport(data, { format })).report, 'applications');
        expect(table?.missingRows).toEqual([]);
        expect(table?.unreadableRows.map((r) => r.key)).toEqual([lost]);
        // Every other row read with its own values.
        const read = new Map(table?.children.map((r) => [r.key, r.children.map((c) => c.value)]));
        expect([...read.keys()].sort()).toEqual(KEYS.filter((k) => k !== lost).sort());
        for (const key of read.keys()) expect(read.get(key)).toEqual(COLUMNS.map((col) => APPLICATIONS[key ?? '']?.[col]));
        const { messages } = await lint(data, { format, now: new Date('2025-06-01T00:00:00Z') });
        expect(messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}:${m.messageId ?? ''}`)).toEqual([]);
        expect(messages.some((m) => m.ruleId === 'unreadable-content')).toBe(true);
      });
});
