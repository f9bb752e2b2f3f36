/**
 * Table 二 as pdftotext -layout prints it: a block header line, then a data row right under it, no blank line
 * between. A data row whose only value is a placeholder (—) holds no digit, and its block was taken for a header
 * broken over lines and glued into the header line: the row was then "found, its values not", where the report
 * only wrote — for a number (review2 F4).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/engine/types.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';

const FIXTURE = readFileSync(new URL('../fixtures/text/pdftotext-layout-libreoffice.txt', import.meta.url), 'utf8');
const key = (m: LintMessage): string => `${m.ruleId ?? ''}:${m.messageId ?? ''}`;

describe('a table 二 row whose value is — right under its header line', () => {
  it.each([
    ['行政事业性收费', '行政事业性收费 12.5', '行政事业性收费      —', 'fees', 'amount'],
    ['行政许可', '行政许可    356', '行政许可    —', 'licensing', 'decisions'],
  ])('%s: read as a placeholder, the one table 二 finding', async (_name, printed, dashed, row, column) => {
    expect(FIXTURE).toContain(`${printed}\n`);
    const text = FIXTURE.replace(`${printed}\n`, `${dashed}\n`);
    const table = findTable((await parseReport(text, { filePath: 'r.txt' })).report, 'active')!;
    expect(table.unreadableRows).toEqual([]);
    expect(getCell(table, row, column)?.content).toBe('placeholder');
    const line = text.split('\n').indexOf(dashed) + 1;
    const { messages } = await lint(text, { filePath: 'r.txt' });
    const table2 = messages.filter((m) => m.message.includes('表二'));
    expect(table2.map((m) => [key(m), m.line, m.column])).toEqual([
      ['numeric-cells:placeholderCell', line, dashed.indexOf('—') + 1],
    ]);
  });
});
