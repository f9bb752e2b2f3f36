/**
 * Table labels written letter-spaced, every character apart (行 政 许 可, 结 果 维 持), as a copy of WPS's
 * 分散对齐 cells gives (red team rtX #10). Table 三 so written was read, but a spaced label of table 二 or 四 of
 * three characters or more read like OCR's debris of a figure (权 本 本) and was taken for a value: table 二 lost
 * five rows and table 四 was unread, so a wrong table 四 total went unsaid. And a fee header 单 位 ： 万 元 named
 * 元 to the unit reader: 12.5 万元 would have been read as 0.00125.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { ACTIVE_EXTRACTED, LAYOUTS, formatOf, writeReport, type Layout } from '../rules/support/report.js';
import { APPLICATIONS, REVIEW, SPEC } from '../rules/support/flat-report.js';
import { REPORT, TABLE4, type Block } from '../helpers/pdf-report.js';
import { reviewGrid } from '../helpers/report-model.js';
import { ruledReport } from '../helpers/pdf-ruled.js';

const ACTIVE = ACTIVE_EXTRACTED;

const reviewOf = (values: readonly number[]) =>
  Object.fromEntries(
    ['review', 'litigation', 'litigationAfterReview'].map((g, i) => {
      const [upheld, corrected, other, pending, total] = values.slice(5 * i, 5 * i + 5);
      return [g, { upheld, corrected, other, pending, total }];
    }),
  );

const isLabel = (text: string) => text.trim() !== '' && !/^[\d.]+$/.test(text.trim());

/** Every label cell of every table written with `sep` between its characters (`only`: just the cells it accepts). */
function spaced(text: string, layout: Layout, sep: string, only: (cell: string) => boolean = () => true): string {
  const space = (cell: string) => (isLabel(cell) && only(cell.trim()) ? [...cell.trim()].join(sep) : cell);
  return text
    .split('\n')
    .map((line) => {
      if (layout === 'markdown' && line.startsWith('|') && !line.startsWith('| ---'))
        return line
          .split('|')
          .map((c) => (c.trim() ? ` ${space(c)} ` : c))
          .join('|');
      if (layout === 'tabs' && line.includes('\t')) return line.split('\t').map(space).join('\t');
      if (layout === 'lines' && line.startsWith('\t')) return `\t${space(line.slice(1))}`;
      if (layout === 'html') return line.replace(/^<td>(.*)<\/td>$/, (_m, c: string) => `<td>${space(c)}</td>`);
      return line;
    })
    .join('\n');
}

const SEPARATORS: Array<[string, string, readonly Layout[]]> = [
  ['an ASCII space', ' ', LAYOUTS],
  ['an ideographic space (U+3000)', '\u3000', LAYOUTS],
  ['a no-break space (U+00A0)', '\u00a0', LAYOUTS],
  ['&ensp;', '&ensp;', ['html']],
  ['&emsp;', '&emsp;', ['html']],
];

async function read(text: string, layout: Layout) {
  const format = formatOf(layout);
  const { messages } = await lint(text, { format });
  const model = extractReport(await parseReport(text, { format }));
  return { messages, model };
}

describe.each(SEPARATORS)('table labels letter-spaced with %s', (_name, sep, layouts) => {
  it.each(layouts)('%s: tables 二 三 四 read exactly, nothing said', async (layout) => {
    const text = spaced(writeReport(SPEC, layout).text, layout, sep);
    expect(text).toContain(['行', '政', '许', '可'].join(sep));
    expect(text).toContain(['结', '果', '维', '持'].join(sep));
    const { messages, model } = await read(text, layout);
    expect(model.tables.active).toEqual(ACTIVE);
    expect(model.tables.review).toEqual(reviewOf(REVIEW));
    expect(model.tables.applications?.['new']?.['total']).toBe(APPLICATIONS['new']![6]);
    expect(model.problems).toEqual({});
    expect(messages).toEqual([]);
  });

  it.each(layouts)('%s: a wrong table 四 total is found', async (layout) => {
    const wrong = [...REVIEW];
    wrong[9] = REVIEW[9]! + 2;
    const text = spaced(writeReport({ ...SPEC, review: wrong }, layout).text, layout, sep);
    const { messages, model } = await read(text, layout);
    expect(model.tables.review?.['litigation']?.['total']).toBe(REVIEW[9]! + 2);
    const errors = messages.filter((m) => m.severity === 2);
    expect(errors.map((m) => [m.ruleId, m.data?.['total'], m.data?.['expected']])).toEqual([
      ['review-litigation-totals', REVIEW[9]! + 2, REVIEW[9]],
    ]);
  });
});

describe.each([
  ['an ideographic space (U+3000)', '\u3000'],
  ['a no-break space (U+00A0)', '\u00a0'],
])('a PDF whose table labels are letter-spaced with %s', (_name, sep) => {
  const blocks = (review: readonly number[]): Block[] =>
    REPORT.map((b): Block => {
      if (b.kind !== 'table') return b;
      const grid =
        b.grid[0]?.[0]?.text === reviewGrid(TABLE4)[0]![0]!.text ? reviewGrid({ ...TABLE4, review: [...review] }) : b.grid;
      return {
        kind: 'table',
        grid: grid.map((row) => row.map((c) => (isLabel(c.text) ? { ...c, text: [...c.text].join(sep) } : c))),
      };
    });
  const pdf = { format: 'pdf', filePath: 'r.pdf' } as const;

  it('reads tables 二 and 四 exactly; a wrong table 四 total is found', async () => {
    const clean = extractReport(await parseReport(ruledReport(blocks(TABLE4['review']!)), pdf));
    expect(clean.tables.active).toEqual({
      regulations: { made: 4, repealed: 2, valid: 19 },
      normativeDocuments: { made: 7, repealed: 3, valid: 36 },
      licensing: { decisions: 286 },
      punishment: { decisions: 73 },
      coercion: { decisions: 12 },
      fees: { amount: 2.6 },
    });
    expect(clean.tables.review?.['review']).toEqual({ upheld: 3, corrected: 5, other: 2, pending: 4, total: 14 });
    const { messages } = await lint(ruledReport(blocks([3, 5, 2, 4, 16])), pdf);
    expect(messages.filter((m) => m.severity === 2).map((m) => [m.ruleId, m.data?.['total'], m.data?.['expected']])).toEqual([
      ['review-litigation-totals', 16, 14],
    ]);
  });
});

describe('a fee header letter-spaced alone', () => {
  it.each(LAYOUTS)('%s: 单 位 ： 万 元 is 万元: the fee is read as written', async (layout) => {
    const text = spaced(writeReport(SPEC, layout).text, layout, ' ', (c) => c.startsWith('本年收费金额'));
    expect(text).toContain('万 元');
    const { messages, model } = await read(text, layout);
    expect(model.tables.active?.['fees']).toEqual({ amount: 12.5 });
    expect(messages).toEqual([]);
  });
});

describe('OCR debris of a figure is still no label', () => {
  it('权 本 本 in a table 四 count cell: the cell is a value that cannot be read, never a label', async () => {
    const text = writeReport(SPEC, 'tabs').text;
    const row = REVIEW.join('\t');
    expect(text).toContain(row);
    const { model } = await read(text.replace(row, ['权 本 本', ...REVIEW.slice(1)].join('\t')), 'tabs');
    expect(model.tables.review?.['review']?.['upheld'] ?? null).toBeNull();
    expect(model.tables.review?.['litigation']).toEqual(reviewOf(REVIEW)['litigation']);
  });
});
