/**
 * Table 三's row labels as organs print them besides the template's wording: 其它 for 其他 and 合计 for 总计 (one
 * spelling, folded where labels are normalised), 3.其他处理 for （六）3.其他, and the sub-row numbered （3） ⑶; a
 * label with a note after it (3.其他（撤回申请）, 3.其他：申请人撤回, 3.其他情形).
 * Every cell must be read into its row and column (distinct non-zero figures, all three identities holding), and a
 * row really left out must still be missing.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getValue } from '../../src/parser/query.js';
import { COLUMNS, RESULT_ROWS, ROW_ORDER, rowLabel } from '../fuzz/template.js';
import { LAYOUTS, formatOf, recompute, writeReport, type Layout } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const T3 = '表三（收到和处理政府信息公开申请情况）';

/** Distinct non-zero figures in every row and column; recompute() fills the totals so every identity holds. */
function figures(): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  RESULT_ROWS.forEach((key, r) => (out[key] = [0, 1, 2, 3, 4, 5].map((c) => 1 + ((r * 5 + c * 3) % 11) + c * 12)));
  out.carried = [3, 5, 7, 9, 11, 13];
  out.carryForward = [4, 6, 8, 10, 12, 14];
  return recompute(out);
}
const VALUES = figures();
/** Section 六 names the fee notices that （六）2's applicants did not pay. */
const FEES = `本机关本年度发出收费通知${VALUES['other.2']![6]}件，实际未收取信息处理费。`;

/** The report with one printed label replaced (the label as a whole cell or line, never part of another). */
function relabelled(layout: Layout, key: string, label: string, values = VALUES): string {
  const { text } = writeReport({ applications: values, other: [FEES] }, layout);
  const from = rowLabel(key);
  const at = new RegExp(`(^|[|\\t>]\\s*)${from.replace(/[.()（）]/g, '\\$&')}(?=\\s*(?:$|[|\\t<]))`, 'm');
  expect(text).toMatch(at);
  return text.replace(at, `$1${label}`);
}

async function readTable3(text: string, layout: Layout) {
  const table = findTable((await parseReport(text, { format: formatOf(layout) })).report, 'applications');
  expect(table).toBeDefined();
  return table!;
}

const SPELLINGS: ReadonlyArray<[key: string, label: string]> = [
  ['other.3', '3.其它'],
  ['other.3', '3.其他处理'],
  ['other.3', '（3）其他'],
  ['other.3', '(3)其它'],
  ['other.3', '⑶其他'],
  ['handled', '（七）合计'],
  // A note after the label, on what the row counts (red team rtD finding 2: 3.其他 with a note was "missing").
  ['other.3', '3.其他（撤回申请）'],
  ['other.3', '3.其他（含申请人撤回申请）'],
  ['other.3', '3.其他(申请人撤回)'],
  ['other.3', '3.其他：申请人撤回'],
  ['other.3', '3.其他情形'],
  ['granted', '（一）予以公开（含网上申请）'],
  ['rejected.2', '2.重复申请（含同一申请人多次申请）'],
];

describe('table 三: a row label spelt as organs print it is that row', () => {
  for (const layout of LAYOUTS)
    for (const [key, label] of SPELLINGS)
      it(`${layout}: ${label} for ${rowLabel(key)}`, async () => {
        const text = relabelled(layout, key, label);
        const table = await readTable3(text, layout);
        expect(table.missingRows).toEqual([]);
        expect(table.unreadableRows).toEqual([]);
        for (const row of ROW_ORDER)
          COLUMNS.forEach((column, c) =>
            expect([row, column, getValue(table, row, column)]).toEqual([row, column, VALUES[row]![c]]),
          );
        expect((await lint(text, { format: formatOf(layout), now: NOW })).messages).toEqual([]);
      });

  it('markdown: 其它 throughout the table (其他 column, （二）, 2., （六） and its 3.) and 合计 for the 总计 column read every cell', async () => {
    const text = relabelled('markdown', 'other.3', '3.其它')
      .replace(/其他(?=组织|情形|法律|处理)/g, '其它')
      .replace(/\| 其他 \|/, '| 其它 |')
      .replace(/\| 总计 \|/, '| 合计 |');
    expect(text.match(/其它/g)).toHaveLength(5);
    const table = await readTable3(text, 'markdown');
    expect([table.columns, table.missingRows, table.unreadableRows]).toEqual([[...COLUMNS], [], []]);
    for (const row of ROW_ORDER) expect(COLUMNS.map((c) => getValue(table, row, c))).toEqual(VALUES[row]);
    expect((await lint(text, { format: 'markdown', now: NOW })).messages).toEqual([]);
  });
});

describe('table 三: a row left out is still missing, whatever the spelling around it', () => {
  for (const layout of LAYOUTS) {
    it(`${layout}: （六）3 left out, with 其它 in the group label and 2.其它法律… present`, async () => {
      const { 'other.3': _left, ...rest } = VALUES;
      const written = writeReport({ applications: rest, other: [FEES] }, layout);
      const text = written.text.replace(/其他(?=处理|法律)/g, '其它');
      const messages = (await lint(text, { format: formatOf(layout), now: NOW })).messages.filter((m) => m.severity === 2);
      expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.message])).toEqual([
        [
          'table-structure',
          'missingRow',
          written.tableAt('applications').line,
          written.tableAt('applications').column,
          `${T3}缺少「（六）其他处理3.其他」行`,
        ],
      ]);
    });

    it(`${layout}: （七） left out, with 合计 as the column's header`, async () => {
      const { handled: _left, ...rest } = VALUES;
      const written = writeReport({ applications: rest, other: [FEES] }, layout);
      const header = layout === 'markdown' ? /\| 总计 \|/ : layout === 'html' ? /<td>总计<\/td>/ : /\t总计$/m;
      const text = written.text.replace(header, (h) => h.replace('总计', '合计'));
      expect(text).toContain('合计');
      const table = await readTable3(text, layout);
      expect(table.missingRows).toEqual(['handled']);
      expect(table.columns).toContain('total');
    });
  }
});
