/**
 * A number OCR damaged in a table cell (red team rtH A4–A6, A11): a mark glued to its edge (1063. 1063* 103|), a
 * letter a recogniser puts for a digit (丨09, Z05, 2S4, 106З, 103g) or a separator nobody prints (-039, 12,35).
 * The cell is unread, with one "perhaps misread" warning, in GFM, HTML and flattened text alike; the row's other
 * cells stay in their columns and no identity uses the unread cell. Every figure differs from every other, so a
 * value read a column off cannot pass.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';
import { normaliseCell } from '../../src/parser/numbers.js';
import { RESULT_ROWS } from '../fuzz/template.js';
import { recompute, withCell, writeReport, type Layout } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'] as const;

/** Table 三 with distinct non-zero figures (row i, column c: 30c + i + 101), （六）2 zero, identities holding. */
function distinct(): Record<string, number[]> {
  const rows: Record<string, number[]> = {};
  RESULT_ROWS.forEach((key, i) => (rows[key] = [0, 1, 2, 3, 4, 5].map((c) => 30 * c + i + 101)));
  rows['other.2'] = [0, 0, 0, 0, 0, 0];
  rows['carried'] = [0, 1, 2, 3, 4, 5].map((c) => 3 * c + 2);
  rows['carryForward'] = [0, 1, 2, 3, 4, 5].map((c) => 4 * c + 3);
  return recompute(rows);
}
const values = distinct();
const granted = values['granted']!;

/** The report in `layout`; 'spaces' is the tab text with every tab a blank (OCR's flattened rows). */
function written(rows: Record<string, Array<number | string>>, layout: Layout | 'spaces') {
  const w = writeReport({ applications: rows }, layout === 'spaces' ? 'tabs' : layout);
  return { ...w, text: layout === 'spaces' ? w.text.replace(/\t+/g, ' ') : w.text };
}

async function read(text: string, layout: Layout | 'spaces') {
  const format = layout === 'html' ? 'html' : layout === 'markdown' ? 'markdown' : 'text';
  const parsed = await parseReport(text, { format });
  const result = await lint(text, { format, now: NOW });
  return {
    tables: extractReport(parsed).tables,
    messages: result.messages.map((m) => [`${m.ruleId}/${m.messageId}`, m.line, m.column]),
  };
}

/** granted's figures as extract prints them, the unread column left out. */
const grantedWithout = (column: number) => Object.fromEntries(COLUMNS.flatMap((c, j) => (j === column ? [] : [[c, granted[j]]])));

describe('a damaged cell of a grid row is that cell unread, the row in place', () => {
  const total = String(granted[6]);
  it.each<[string, Layout | 'spaces', number, string]>([
    ['GFM, 总计 with a full stop', 'markdown', 6, `${total}.`],
    ['GFM, 总计 with an asterisk', 'markdown', 6, `${total}*`],
    ['GFM, 总计 with a closing quote', 'markdown', 6, `${total}”`],
    ['GFM, 总计 with a semicolon', 'markdown', 6, `${total};`],
    ['GFM, 总计 with 丨', 'markdown', 6, `${total}丨`],
    ['GFM, 总计 with an escaped pipe', 'markdown', 6, `${total}\\|`],
    ['GFM, 总计 ending in a Cyrillic З', 'markdown', 6, `${total.slice(0, -1)}З`],
    ['GFM, 总计 with ] inside (rtR #5)', 'markdown', 6, `${total.slice(0, 1)}]${total.slice(1)}`],
    ['GFM, [ inside', 'markdown', 3, `${String(granted[3]).slice(0, 2)}[${String(granted[3]).slice(2)}`],
    ['GFM, 丨 for a first 1', 'markdown', 0, `丨${String(granted[0]).slice(1)}`],
    ['GFM, Z for a 2', 'markdown', 4, `Z${String(granted[4]).slice(1)}`],
    ['GFM, S inside', 'markdown', 2, `${String(granted[2]).slice(0, 1)}S${String(granted[2]).slice(2)}`],
    ['HTML, 丨 for a first 1', 'html', 0, `丨${String(granted[0]).slice(1)}`],
    ['HTML, 总计 with a full stop', 'html', 6, `${total}.`],
    ['text, 总计 with g glued on', 'spaces', 6, `${total}g`],
    ['text, Z for the first 2', 'spaces', 0, `Z${String(granted[0])}`],
    ['text, a border dash before a zero', 'spaces', 6, `-0${total}`],
  ])('%s: one lookalike warning, granted read but for that cell', async (_, layout, column, cell) => {
    const doc = written(withCell(values, 'granted', column, cell), layout);
    const { tables, messages } = await read(doc.text, layout);
    const at = doc.at('granted', COLUMNS[column]!);
    expect(messages).toEqual([['numeric-cells/lookalike', at.line, expect.any(Number)]]);
    const row = tables.applications?.granted;
    expect(Object.fromEntries(Object.entries(row ?? {}).filter(([, v]) => v !== null))).toEqual(grantedWithout(column));
    expect(tables.applications?.partial).toEqual(Object.fromEntries(COLUMNS.map((c, j) => [c, values['partial']![j]])));
  });

  // A stroke glued to a number in text is tesseract's cell border as often as a misread digit: the number is kept,
  // marked, and its row read only when its figures add up to its total (tables/stream.ts, wocrtab); here they do.
  it('text, 总计 with | glued on, the row adding up: read whole, nothing said', async () => {
    const doc = written(withCell(values, 'granted', 6, `${total}|`), 'spaces');
    const { tables, messages } = await read(doc.text, 'spaces');
    expect(messages).toEqual([]);
    expect(tables.applications?.granted).toEqual(Object.fromEntries(COLUMNS.map((c, j) => [c, granted[j]])));
  });

  it('the same row written clean is read whole (the tests above can fail)', async () => {
    const doc = written(values, 'spaces');
    const { tables, messages } = await read(doc.text, 'spaces');
    expect(messages).toEqual([]);
    expect(tables.applications?.granted).toEqual(Object.fromEntries(COLUMNS.map((c, j) => [c, granted[j]])));
  });
});

describe('normaliseCell: damaged numbers are unread, clean ones stay numbers', () => {
  it.each([
    '1063.',
    '109.',
    '1063*',
    '1063”',
    '106З',
    '丨09',
    'Z05',
    '2丨4',
    '103g',
    'g4',
    '12.3S',
    '12,35',
    '-039',
    '5OO',
    'S00',
  ])('%s is a lookalike without a value', (raw) =>
    expect(normaliseCell(raw)).toEqual({ value: null, content: 'text', shape: 'lookalike' }),
  );
  it.each<[string, number]>([
    ['1,234', 1234],
    ['0', 0],
    ['12.35', 12.35],
    ['-3', -3],
    ['1,234,567', 1234567],
  ])('%s is the number %d', (raw, value) => expect(normaliseCell(raw).value).toBe(value));
  it.each(['S', 'Bob', 'DIGI', '1.', '3、', '（3）', ']', 'g'])('%s is text, no number misread', (raw) =>
    expect(normaliseCell(raw).shape).toBeUndefined(),
  );
  it.each(['—', '/', '无'])('%s is a placeholder', (raw) => expect(normaliseCell(raw).content).toBe('placeholder'));
});

describe('a count printed with a point for its thousands separator', () => {
  it('18,857 printed 18.857 is perhaps misread (a warning), no decimal error; 2.5 is still one', async () => {
    const big = withCell(
      values,
      'granted',
      6,
      `${Math.floor(granted[6]! / 1000)}.${String(granted[6]! % 1000).padStart(3, '0')}`,
    );
    const misread = written(big, 'markdown');
    expect((await read(misread.text, 'markdown')).messages).toEqual([
      ['numeric-cells/thousandsPoint', misread.at('granted', 'total').line, misread.at('granted', 'total').column],
    ]);
    const decimal = written(withCell(values, 'granted', 6, '2.5'), 'markdown');
    expect((await read(decimal.text, 'markdown')).messages).toEqual([
      ['numeric-cells/decimal', decimal.at('granted', 'total').line, decimal.at('granted', 'total').column],
    ]);
  });
});
