/** The parser reads our own report in every layout into the same tables, sections, period and fees. */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { extractReport } from '../../src/engine/extract.js';
import {
  COLUMNS,
  TABLE2,
  TABLE4,
  YEAR,
  markdownGfm,
  markdownTabs,
  table3,
  textCellPerLine,
  textPipes,
} from '../helpers/report-fixture.js';

const expected3 = table3();
const layouts: Array<[string, string, string]> = [
  ['markdown, GFM tables', markdownGfm(), 'report.md'],
  ['markdown, tab-separated tables in paragraphs', markdownTabs(), 'report.txt'],
  ['text, one cell per line', textCellPerLine(), 'report.txt'],
  ['text, | separated rows', textPipes(), 'report.txt'],
];

describe.each(layouts)('%s', (_name, text, filePath) => {
  it('reads all six sections, the year, period and fee statement', async () => {
    const { report } = await parseReport(text, { filePath });
    const model = extractReport({ report });
    expect(model.sections.map((s) => s.key)).toEqual(['overview', 'active', 'applications', 'review', 'problems', 'other']);
    expect(model.year).toBe(YEAR);
    expect(model.period).toEqual({ start: `${YEAR}-01-01`, end: `${YEAR}-12-31` });
    expect(model.fees).toHaveLength(1);
    expect(model.fees[0]).toMatchObject({
      section: 'other',
      notices: expected3['other.2']!.total,
      collected: 0,
      noneCollected: true,
      noNotice: false,
    });
  });

  it('maps every table 三 cell by its row and column keys', async () => {
    const { report } = await parseReport(text, { filePath });
    const model = extractReport({ report });
    expect(model.problems).toEqual({});
    expect(model.tables.applications).toEqual(expected3);
  });

  it('maps table 四 and table 二', async () => {
    const { report } = await parseReport(text, { filePath });
    const model = extractReport({ report });
    const review = Object.fromEntries(
      Object.entries(TABLE4).map(([g, v]) => [g, { upheld: v[0], corrected: v[1], other: v[2], pending: v[3], total: v[4] }]),
    );
    expect(model.tables.review).toEqual(review);
    expect(model.tables.active).toEqual({
      regulations: { made: TABLE2.regulations[0], repealed: TABLE2.regulations[1], valid: TABLE2.regulations[2] },
      normativeDocuments: {
        made: TABLE2.normativeDocuments[0],
        repealed: TABLE2.normativeDocuments[1],
        valid: TABLE2.normativeDocuments[2],
      },
      licensing: { decisions: TABLE2.licensing[0] },
      punishment: { decisions: TABLE2.punishment[0] },
      coercion: { decisions: TABLE2.coercion[0] },
      fees: { amount: TABLE2.fees[0] },
    });
  });

  it('keeps each cell at the source position of its text', async () => {
    const { report, text: source } = await parseReport(text, { filePath });
    const table = findTable(report, 'applications')!;
    for (const [row, col] of [
      ['new', 'natural'],
      ['denied.2', 'legal'],
      ['handled', 'total'],
      ['other.3', 'business'],
    ] as const) {
      const cell = getCell(table, row, col)!;
      expect(source.slice(cell.position!.start.offset, cell.position!.end.offset)).toBe(String(expected3[row]![col]));
      const lineText = source.split('\n')[cell.position!.start.line - 1]!;
      expect(lineText.slice(cell.position!.start.column - 1)).toMatch(new RegExp(`^${expected3[row]![col]}`));
    }
  });
});

describe('encodings and line endings', () => {
  it('reads a GB18030 file to the same tables', async () => {
    const text = textCellPerLine();
    const bytes = encodeGb18030(text);
    const parsed = await parseReport(bytes, { filePath: 'gbk.txt' });
    expect(parsed.encoding).toBe('gb18030');
    expect(extractReport(parsed).tables.applications).toEqual(expected3);
  });

  it('reads CRLF line endings with correct columns', async () => {
    const text = markdownTabs().replace(/\n/g, '\r\n');
    const parsed = await parseReport(new TextEncoder().encode(text), { filePath: 'crlf.txt' });
    expect(extractReport(parsed).tables.applications).toEqual(expected3);
    const cell = getCell(findTable(parsed.report, 'applications')!, 'new', 'business')!;
    expect(parsed.text.slice(cell.position!.start.offset, cell.position!.end.offset)).toBe(String(expected3.new!.business));
  });

  it('reads UTF-8 with a BOM and UTF-16LE with a BOM', async () => {
    const text = markdownGfm();
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(extractReport(await parseReport(bom, { filePath: 'a.md' })).tables.applications).toEqual(expected3);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const parsed = await parseReport(utf16, { filePath: 'a.md' });
    expect(parsed.encoding).toBe('utf-16le');
    expect(extractReport(parsed).tables.review).toMatchObject({ review: { total: 10 } });
  });

  it('refuses binary input with a clear error', async () => {
    const bytes = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]);
    await expect(parseReport(bytes, { filePath: 'x.txt' })).rejects.toThrow(/binary/);
  });
});

describe('format detection', () => {
  it('sniffs Markdown and plain text layouts', async () => {
    expect((await parseReport(markdownTabs(), {})).format).toBe('markdown');
    expect((await parseReport(textCellPerLine(), {})).format).toBe('text');
    expect((await parseReport(textCellPerLine(), { format: 'markdown' })).format).toBe('markdown');
  });
});

void COLUMNS;

/** GB18030 bytes for our fixture text: ASCII as is, CJK through a reverse table of TextDecoder('gb18030'). */
function encodeGb18030(text: string): Uint8Array {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      if (lo === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([hi, lo]));
      if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GB18030 two-byte code for ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}
