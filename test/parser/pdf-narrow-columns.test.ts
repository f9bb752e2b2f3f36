/**
 * Table 三 in 1 cm columns without borders, as LibreOffice and WPS export a narrowed Word table (rt8 lo/): numbers
 * wrapped inside their top-aligned cells (36 ⏎ 1), one digit a line, wide line spacing, a row broken by a page.
 * Never cry wolf: no totals or structure error on these compliant tables; each row is read with its figures or
 * reported unreadable, never read with numbers cut short.
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { lint } from '../../src/engine/lint.js';
import { TABLE3 } from '../helpers/pdf-report.js';
import { narrowTablePdf, type NarrowLayout } from '../helpers/pdf-narrow.js';

/** Each layout, and the rows that cannot be read in it (the rest must be read with their figures). */
const LAYOUTS: Array<[string, NarrowLayout, string[]]> = [
  ['two digits a line, single spacing', { digits: 2, size: 10.5, spacing: 1.17 }, []],
  ['three digits a line', { digits: 3, size: 10.5, spacing: 1.17 }, []],
  // Header characters of adjacent columns 0.8 glyph apart: each column's own vertical label, not one label two wide.
  ['one digit a line, WPS line spacing', { digits: 1, size: 16, spacing: 1.8 }, []],
  // Which number each tail at the top of the next page ends cannot be told: that row is unreadable.
  ['a row broken by a page', { digits: 2, size: 10.5, spacing: 1.17, pageBreak: 'denied.3' }, ['denied.3']],
  ['sub-rows numbered on from group to group', { digits: 2, size: 10.5, spacing: 1.17, runOnNumbers: true }, []],
];

describe('pdf: numbers wrapped in narrow top-aligned cells', () => {
  for (const [name, layout, unreadable] of LAYOUTS) {
    it(`${name}: every row read with its figures or unreadable, no error`, async () => {
      const bytes = narrowTablePdf(layout);
      const parsed = await parseReport(bytes, { format: 'pdf', filePath: 'narrow.pdf' });
      const table = findTable(parsed.report, 'applications');
      expect(table).toBeDefined();
      expect(table!.unreadableRows.map((r) => r.key)).toEqual(unreadable);
      for (const [row, columns] of Object.entries(TABLE3)) {
        if (unreadable.includes(row)) continue;
        for (const [column, value] of Object.entries(columns))
          expect([row, column, getCell(table!, row, column)?.value]).toEqual([row, column, value]);
      }
      const result = await lint(bytes, { format: 'pdf', filePath: 'narrow.pdf', now: new Date('2025-03-01T00:00:00Z') });
      const errors = result.messages.filter(
        // Only table 三 is drawn: the others are missing, by design.
        (m) =>
          m.severity === 2 &&
          ['application-totals', 'table-structure', 'carry-over'].includes(m.ruleId ?? '') &&
          m.messageId !== 'missingTable',
      );
      expect(errors).toEqual([]);
    });
  }
});

describe('pdf: a row label with a note after it (red team rtD finding 2, annot.pdf)', () => {
  for (const label of ['3.其他（含申请人撤回申请）', '3.其他：申请人撤回', '3.其他情形'])
    it(`${label} is （六）3.其他, read with its figures; no row said missing`, async () => {
      const layout: NarrowLayout = { digits: 6, size: 10.5, spacing: 1.2, labels: { 'other.3': label } };
      const bytes = narrowTablePdf(layout);
      const table = findTable((await parseReport(bytes, { format: 'pdf', filePath: 'note.pdf' })).report, 'applications');
      expect([table!.missingRows, table!.unreadableRows]).toEqual([[], []]);
      for (const [column, value] of Object.entries(TABLE3['other.3']!))
        expect([column, getCell(table!, 'other.3', column)?.value]).toEqual([column, value]);
      const result = await lint(bytes, { format: 'pdf', filePath: 'note.pdf', now: new Date('2025-03-01T00:00:00Z') });
      expect(result.messages.filter((m) => m.ruleId === 'table-structure' && m.messageId !== 'missingTable')).toEqual([]);
    });
});
