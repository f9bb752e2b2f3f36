/**
 * Red team rtX #3, #7, #13: ○ (U+25CB) is what a Chinese input method types for 〇 (二○二二年 is the commonest spelling
 * of a year), and ◯ (U+25EF) its large form. Wherever 〇 reads as zero — a count cell, the fee notices of section 六,
 * a figure of the narrative — ○ and ◯ read as 〇 does, with the same lookalike warning. A correct report with ○ zeros
 * got one numeric-cells error per cell (29), and 发出收费通知○件 against （六）2 = 705 went unsaid.
 * Other marks typed in zero cells: Cyrillic О is a lookalike like O (unread, a warning); … and · alone are
 * placeholders like — (the grouped warning); □ alone is a lost glyph or a checkbox (unread, a warning), never an error.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/engine/types.js';
import { groupLines } from '../../src/parser/adapters/pdf-lines.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { RESULT_ROWS } from '../fuzz/template.js';
import { pdfRun } from '../helpers/pdf-lines.js';
import { formatOf, LAYOUTS, recompute, writeReport, type Layout, type Value } from '../rules/support/report.js';

/** Table 三 with distinct non-zero figures (result row i, column j: 6i + j + 1; （六）2 among them), all identities holding. */
function distinct(): Record<string, number[]> {
  const values: Record<string, number[]> = {};
  RESULT_ROWS.forEach((key, i) => (values[key] = [0, 1, 2, 3, 4, 5].map((j) => 6 * i + j + 1)));
  values.carried = [0, 1, 2, 3, 4, 5].map((j) => 200 + 3 * j);
  values.carryForward = [0, 1, 2, 3, 4, 5].map((j) => 300 + 7 * j);
  return recompute(values);
}

/** Addends of table 三 that are 0 (row key, applicant column), the totals made without them. */
const ZERO_CELLS: ReadonlyArray<[string, number]> = [
  [RESULT_ROWS[0]!, 4],
  [RESULT_ROWS[3]!, 1],
  [RESULT_ROWS[7]!, 5],
  [RESULT_ROWS[12]!, 0],
];
const APPLICATIONS = (() => {
  const values = distinct();
  for (const [row, column] of ZERO_CELLS) values[row]![column] = 0;
  return recompute(values);
})();
/** （六）2, the applications whose fee notice went unpaid: the notices the fee sentence states by default. */
const UNPAID = APPLICATIONS['other.2']![6]!;
/** Table 四 with a zero in 行政复议 结果纠正 and in 行政诉讼 尚未审结. */
const REVIEW = [3, 0, 7, 2, 12, 4, 6, 8, 0, 18, 11, 12, 13, 14, 50];

/** The report with every zero cell written `mark`; `defect` adds 1 to 一、本年新收's 自然人 (an identity broken). */
function zerosAs(mark: Value, layout: Layout, spec: { other?: string[]; overview?: string[]; defect?: boolean } = {}) {
  const applications: Record<string, Value[]> = Object.fromEntries(
    Object.entries(APPLICATIONS).map(([k, v]) => [k, v.map((n) => (n === 0 ? mark : n))]),
  );
  if (spec.defect) applications.new![0] = (APPLICATIONS.new![0] ?? 0) + 1;
  const review = REVIEW.map((n) => (n === 0 ? mark : n));
  const other = spec.other ?? [`本年度发出收费通知${UNPAID}件，实际收取信息处理费0元。`];
  const { overview } = spec;
  return writeReport({ applications, review, other, ...(overview ? { overview } : {}) }, layout).text;
}

const key = (m: LintMessage): string => `${m.ruleId ?? ''}:${m.messageId ?? ''}:${m.severity}:${m.line}`;
const findings = async (text: string, layout: Layout): Promise<string[]> =>
  (await lint(text, { format: formatOf(layout) })).messages.map(key).sort();

/** Every cell of tables 三 and 四 as read: [row, column, value, content]. */
async function cells(text: string, layout: Layout): Promise<Array<[string, string, number | null, string]>> {
  const { report } = await parseReport(text, { format: formatOf(layout) });
  return (['applications', 'review'] as const).flatMap((kind) =>
    (findTable(report, kind)?.children ?? []).flatMap((row) =>
      row.children.map((c): [string, string, number | null, string] => [row.key ?? '', c.key ?? '', c.value, c.content]),
    ),
  );
}

describe.each(LAYOUTS)('%s', (layout) => {
  it.each(['○', '◯'])(
    'zeros written %s read as written 〇: 0, the same findings (one lookalike warning a table)',
    async (mark) => {
      const ling = zerosAs('〇', layout);
      const text = zerosAs(mark, layout);
      const read = await cells(text, layout);
      expect(read).toEqual(await cells(ling, layout));
      expect(read.length).toBeGreaterThan(150);
      const { report } = await parseReport(text, { format: formatOf(layout) });
      const applications = findTable(report, 'applications')!;
      expect(getCell(applications, RESULT_ROWS[3]!, 'business')).toMatchObject({ value: 0, shape: 'lookalike' });
      expect(getCell(applications, RESULT_ROWS[3]!, 'natural')?.value).toBe(6 * 3 + 1);
      expect(getCell(findTable(report, 'review')!, 'review', 'corrected')).toMatchObject({ value: 0, shape: 'lookalike' });
      const found = await findings(text, layout);
      expect(found).toEqual(await findings(ling, layout));
      expect(found.map((f) => f.split(':').slice(0, 3).join(':'))).toEqual([
        'numeric-cells:lookalike:1',
        'numeric-cells:lookalike:1',
      ]);
    },
  );

  it('○ zeros: a broken identity is still found, as with 〇', async () => {
    const found = await findings(zerosAs('○', layout, { defect: true }), layout);
    expect(found).toEqual(await findings(zerosAs('〇', layout, { defect: true }), layout));
    expect(found.filter((f) => f.includes(':2:')).length).toBeGreaterThan(0);
  });

  it('发出收费通知○件 against a non-zero （六）2: the fee-statement error, as for 〇件', async () => {
    const sentence = (mark: string) => [`本机关本年度发出收费通知${mark}件，未收取信息处理费。`];
    const circle = await lint(zerosAs(0, layout, { other: sentence('○') }), { format: formatOf(layout) });
    const ling = await lint(zerosAs(0, layout, { other: sentence('〇') }), { format: formatOf(layout) });
    const fee = (ms: readonly LintMessage[]) =>
      ms.filter((m) => m.ruleId === 'fee-statement').map((m) => [m.messageId, m.severity]);
    expect(fee(circle.messages)).toEqual([['tooFewNotices', 2]]);
    expect(fee(circle.messages)).toEqual(fee(ling.messages));
    const { report } = await parseReport(zerosAs(0, layout, { other: sentence('○') }), { format: formatOf(layout) });
    expect(report.feeStatements.map((f) => f.notices)).toEqual([0]);
  });

  it('全年共新收政府信息公开申请○件 against table 三: the narrative warning, as for 〇件', async () => {
    const overview = (mark: string) => [`全年共新收政府信息公开申请${mark}件。`];
    const narrative = (ms: readonly LintMessage[]) =>
      ms.filter((m) => m.ruleId === 'narrative-consistency').map((m) => [m.messageId, m.severity]);
    const circle = await lint(zerosAs(0, layout, { overview: overview('○') }), { format: formatOf(layout) });
    const ling = await lint(zerosAs(0, layout, { overview: overview('〇') }), { format: formatOf(layout) });
    expect(narrative(circle.messages)).toHaveLength(1);
    expect(narrative(circle.messages)[0]![1]).toBe(1);
    expect(narrative(circle.messages)).toEqual(narrative(ling.messages));
  });

  it.each(['…', '·'])('zeros written %s: placeholders, the grouped warning only', async (mark) => {
    const text = zerosAs(mark, layout);
    const { report } = await parseReport(text, { format: formatOf(layout) });
    expect(getCell(findTable(report, 'applications')!, RESULT_ROWS[3]!, 'business')?.content).toBe('placeholder');
    expect(getCell(findTable(report, 'applications')!, RESULT_ROWS[3]!, 'natural')?.value).toBe(6 * 3 + 1);
    const found = (await lint(text, { format: formatOf(layout) })).messages;
    expect(found.filter((m) => m.severity === 2)).toEqual([]);
    expect(found.every((m) => m.ruleId === 'numeric-cells')).toBe(true);
    expect(found.length).toBeGreaterThan(0);
  });

  it.each(['□', 'О'])('zeros written %s: unread (a warning a table), never an error', async (mark) => {
    const text = zerosAs(mark, layout);
    const { report } = await parseReport(text, { format: formatOf(layout) });
    const cell = getCell(findTable(report, 'applications')!, RESULT_ROWS[3]!, 'business');
    expect(cell).toMatchObject({ value: null, content: 'text', shape: 'lookalike' });
    const found = await findings(text, layout);
    expect(found.map((f) => f.split(':').slice(0, 3).join(':'))).toEqual([
      'numeric-cells:lookalike:1',
      'numeric-cells:lookalike:1',
    ]);
  });
});

describe('a borderless PDF table (Chromium print)', () => {
  it('a column of 〇 or ○ zeros down four rows is four cells, not one vertical label', () => {
    for (const mark of ['〇', '○']) {
      const rows = [
        ['一、本年新收', '1228', '1250', mark, '1294'],
        ['二、上年结转', '203', '206', mark, '212'],
        ['（一）予以公开', '7', '8', mark, '10'],
        ['（二）部分公开', '13', '14', mark, '16'],
      ];
      const items = rows.flatMap((row, r) => row.map((text, c) => pdfRun(text, c === 0 ? 40 : 200 + 60 * c, 300 + 14 * r, 9)));
      const [page] = groupLines([{ page: 1, width: 595, height: 842, items }]);
      expect(page!.lines.map((l) => l.cells.map((c) => c.text))).toEqual(rows);
    }
  });
});
