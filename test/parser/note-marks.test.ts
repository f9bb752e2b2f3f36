/**
 * A figure with a note mark after it (red team rtX #1, #4): 8661¹, 8661①, 8661※, 8661（注）, and Markdown's own
 * footnote forms 8661[^1], 8661^1^, 8661<sup>1</sup>. The figure is read, the mark is a note: no finding on a correct
 * report, a wrong figure still found at its cell. Read as a label, the cell in 总计 let the row's values slide one
 * column over the label's blank span cells (8 false errors), and <sup>1</sup> in a GFM cell was read 86611. A text
 * that is no figure where the last value stands ((8661), an accounting negative or a note) leaves the row unread, one
 * warning, never slid. Every figure differs from every other, so a value read a column off cannot pass.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';
import { readHtml } from '../../src/parser/adapters/html.js';
import { findTable } from '../../src/parser/query.js';
import { normaliseCell } from '../../src/parser/numbers.js';
import { RESULT_ROWS } from '../fuzz/template.js';
import { recompute, withCell, writeDocx, writeReport, type Layout, type Value } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'] as const;
type Format = 'markdown' | 'text' | 'html' | 'docx';

/** Table 三 with distinct non-zero figures (row i, column c: 25c + 6i + 1381 for the results), identities holding. */
function distinct(): Record<string, number[]> {
  const rows: Record<string, number[]> = {};
  RESULT_ROWS.forEach((key, i) => (rows[key] = [0, 1, 2, 3, 4, 5].map((c) => 25 * c + 6 * i + 1381)));
  rows['other.2'] = [0, 0, 0, 0, 0, 0];
  rows['carried'] = [0, 1, 2, 3, 4, 5].map((c) => 3 * c + 200);
  rows['carryForward'] = [0, 1, 2, 3, 4, 5].map((c) => 7 * c + 300);
  return recompute(rows);
}
const values = distinct();
/** Table 四: three groups of four results and their total, every figure distinct. */
const REVIEW = [3, 5, 7, 2, 17, 4, 6, 8, 9, 27, 11, 12, 13, 14, 50];

const formatOf = (layout: Layout): Format => (layout === 'markdown' ? 'markdown' : layout === 'html' ? 'html' : 'text');
const rowOf = (key: string, row: readonly number[] = values[key]!) => Object.fromEntries(COLUMNS.map((c, j) => [c, row[j]]));

async function read(text: string | Uint8Array, format: Format) {
  const parsed = await parseReport(text, { format });
  const result = await lint(text, { format, now: NOW });
  return {
    tables: extractReport(parsed).tables,
    unread: (findTable(parsed.report, 'applications')?.unreadableRows ?? []).map((r) => r.key),
    messages: result.messages.map((m) => [`${m.ruleId}/${m.messageId}`, m.line, m.column] as const),
  };
}

const total = values['new']![6]!;
const other = values['new']![5]!;

describe('a note mark after the figure in 总计: the figure, the row in place, nothing said', () => {
  const marks = ['¹', '²', '①', '⑳', '※', '†', '‡', '△', '▲', '#', '（注）', '(注1)', '（注①）'];
  const cases: Array<[Layout, string]> = [];
  for (const layout of ['markdown', 'tabs', 'lines', 'html'] as const)
    for (const mark of layout === 'markdown' ? marks : ['¹', '①', '※', '（注）']) cases.push([layout, mark]);
  it.each(cases)('%s, 8661%s', async (layout, mark) => {
    const doc = writeReport({ applications: withCell(values, 'new', 6, `${total}${mark}`), review: REVIEW }, layout);
    expect(doc.text).toContain(`${total}${mark}`);
    const { tables, messages, unread } = await read(doc.text, formatOf(layout));
    expect(tables.applications?.new).toEqual(rowOf('new'));
    expect(tables.applications?.carried).toEqual(rowOf('carried'));
    expect(unread).toEqual([]);
    expect(messages).toEqual([]);
  });

  it.each<[Layout, string]>([
    ['markdown', '¹'],
    ['tabs', '①'],
    ['html', '※'],
  ])('%s: the mark in 其他 (1506%s): read, no slide of two columns', async (layout, mark) => {
    const doc = writeReport({ applications: withCell(values, 'new', 5, `${other}${mark}`), review: REVIEW }, layout);
    const { tables, messages } = await read(doc.text, formatOf(layout));
    expect(tables.applications?.new).toEqual(rowOf('new'));
    expect(messages).toEqual([]);
  });

  it.each<[string, string]>([
    ['[^1], no definition', `${total}[^1]`],
    ['[^1] with its note below', `${total}[^1]`],
    ['^1^', `${total}^1^`],
    ['<sup>1</sup> (was read 86611)', `${total}<sup>1</sup>`],
    ['<sup>①</sup>', `${total}<sup>①</sup>`],
    ['<sup>注</sup>', `${total}<sup>注</sup>`],
  ])('markdown footnote form %s', async (name, cell) => {
    const doc = writeReport({ applications: withCell(values, 'new', 6, cell), review: REVIEW }, 'markdown');
    const text = name.includes('note below') ? `${doc.text}\n\n[^1]: 含网上申请。\n` : doc.text;
    const { tables, messages } = await read(text, 'markdown');
    expect(tables.applications?.new).toEqual(rowOf('new'));
    expect(messages).toEqual([]);
  });

  it('<sup> inside a GFM figure (14<sup>3</sup>1) is no note: the digits read as written', async () => {
    const n = values['new']![2]!;
    const cell = `${String(n).slice(0, 2)}<sup>${String(n).slice(2, 3)}</sup>${String(n).slice(3)}`;
    const doc = writeReport({ applications: withCell(values, 'new', 2, cell), review: REVIEW }, 'markdown');
    const { tables, messages } = await read(doc.text, 'markdown');
    expect(tables.applications?.new).toEqual(rowOf('new'));
    expect(messages).toEqual([]);
  });

  it('Word, a table with its merges undone (real blank label cells): read, nothing said', async () => {
    const docx = await writeDocx({ applications: withCell(values, 'new', 6, `${total}¹`), review: REVIEW });
    const { tables, messages } = await read(docx, 'docx');
    expect(tables.applications?.new).toEqual(rowOf('new'));
    expect(messages).toEqual([]);
  });
});

// Red team rtAD 2 and 3: a page saved from Word (or copied from it as HTML) writes a footnote's reference as a link
// [1] and a comment's anchor as a link [张1] beside the figure, and the comments themselves at the page's end.
describe("Word's note references and comments in a saved page are not the report's text", () => {
  const FOOTNOTE =
    '<a style=\'mso-footnote-id:ftn1\' href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference><span style=\'mso-special-character:footnote\'><![if !supportFootnotes]>[1]<![endif]></span></span></a>';
  const COMMENT =
    '<span class=MsoCommentReference><span style=\'font-size:9.0pt\'><![if !supportAnnotations]><a class=msocomanchor id="_anchor_1" href="#_msocom_1" name="_msoanchor_1">[张1]</a><![endif]></span></span>';
  const COMMENTS =
    "<div style='mso-element:comment-list'><hr class=msocomoff align=left size=1 width=\"33%\"><div style='mso-element:comment'>" +
    '<div id="_com_1" class=msocomtxt><p class=MsoCommentText>本年度共收到政府信息公开申请9999件，请核对。</p></div></div></div>';
  const NOTES =
    "<div style='mso-element:footnote-list'><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText>" +
    '<a style=\'mso-footnote-id:ftn1\' href="#_ftnref1" name="_ftn1">[1]</a>含网上申请。</p></div></div>';
  const saved = (column: number, figure: number, mark: string, end: string): string => {
    const doc = writeReport({ applications: withCell(values, 'new', column, `${figure}⟦mark⟧`), review: REVIEW }, 'html');
    expect(doc.text).toContain(`${figure}⟦mark⟧`);
    // The notes and comments at the end of the report's own element (Word's page has no other).
    expect(doc.text).toContain('</article>');
    return doc.text.replace('⟦mark⟧', mark).replace('</article>', `${end}</article>`);
  };

  it.each<[string, string, string]>([
    ['a footnote reference after 总计, its note at the end', FOOTNOTE, NOTES],
    ["a comment's anchor after 总计, the comment at the end naming another figure", COMMENT, COMMENTS],
  ])('%s: the figure read, the row in place, nothing said', async (_name, mark, end) => {
    const text = saved(6, total, mark, end);
    const { tables, messages, unread } = await read(text, 'html');
    expect(tables.applications?.new).toEqual(rowOf('new'));
    expect(unread).toEqual([]);
    expect(messages).toEqual([]);
    // The footnote itself is read, as a .docx's is; a comment is not (Word prints none).
    const read_ = JSON.stringify(readHtml(text).tree);
    expect([read_.includes('含网上申请'), read_.includes('请核对'), read_.includes('[1]')]).toEqual([
      end === NOTES,
      false,
      false,
    ]);
  });

  it('a wrong figure with a footnote reference in 商业企业 is still found at its cell', async () => {
    const wrong = values['new']![1]! + 10;
    const text = saved(1, wrong, FOOTNOTE, NOTES);
    const { tables, messages } = await read(text, 'html');
    expect(tables.applications?.new?.['business']).toBe(wrong);
    const line = text.slice(0, text.indexOf(`${wrong}<a`)).split('\n').length;
    expect(messages).toEqual([['application-totals/cellLikelyWrong', line, expect.any(Number)]]);
  });
});

describe('a wrong figure with a note mark is still found at its cell', () => {
  it.each<[Layout, number, string]>([
    ['markdown', 6, '¹'],
    ['tabs', 6, '①'],
    ['lines', 6, '※'],
    ['html', 6, '（注）'],
    ['markdown', 0, '②'],
    ['html', 3, '†'],
  ])('%s, column %d with %s', async (layout, column, mark) => {
    const wrong = values['new']![column]! + 10;
    const doc = writeReport({ applications: withCell(values, 'new', column, `${wrong}${mark}`), review: REVIEW }, layout);
    const { tables, messages } = await read(doc.text, formatOf(layout));
    expect(tables.applications?.new?.[COLUMNS[column]!]).toBe(wrong);
    expect(tables.applications?.carried).toEqual(rowOf('carried'));
    const at = doc.at('new', COLUMNS[column]!);
    expect(messages.filter(([id]) => id.startsWith('application-totals/'))).toContainEqual([
      expect.any(String),
      at.line,
      expect.any(Number),
    ]);
    expect(messages.every(([id]) => id.startsWith('application-totals/') || id.startsWith('narrative'))).toBe(true);
  });
});

describe('a text that is no figure in the last value column leaves the row unread, never slid', () => {
  const cases: Array<[Format | Layout, number, string]> = [
    ['markdown', 6, `(${total})`],
    ['tabs', 6, `(${total})`],
    ['html', 6, `（${total}）`],
    ['markdown', 6, '详见附注说明'],
    ['markdown', 5, `(${other})`],
    ['tabs', 5, '详见附注说明'],
  ];
  it.each(cases)('%s, column %d: %s', async (layout, column, cell) => {
    const doc = writeReport({ applications: withCell(values, 'new', column, cell), review: REVIEW }, layout as Layout);
    const { tables, messages, unread } = await read(doc.text, formatOf(layout as Layout));
    expect(tables.applications?.new ?? null).toBeNull();
    expect(unread).toEqual(['new']);
    expect(tables.applications?.carried).toEqual(rowOf('carried'));
    expect(messages.map(([id]) => id)).toEqual(['unreadable-content/rows']);
  });

  it('Word, merges undone, (8661) in 总计: the row unread, one warning', async () => {
    const docx = await writeDocx({ applications: withCell(values, 'new', 6, `(${total})`), review: REVIEW });
    const { tables, messages } = await read(docx, 'docx');
    expect(tables.applications?.new ?? null).toBeNull();
    expect(messages.map(([id]) => id)).toEqual(['unreadable-content/rows']);
  });
});

describe('a marked figure in a middle cell (rtX #4): the figure, no 「应为数字」', () => {
  it.each<[Layout, string]>([
    ['html', '¹'],
    ['tabs', '①'],
    ['markdown', '※'],
  ])('%s, 17%s in table 三 and table 四', async (layout, mark) => {
    const legal = values['denied.1']![4]!;
    const review = REVIEW.map((v, i): Value => (i === 4 ? `${v}${mark}` : v));
    const doc = writeReport({ applications: withCell(values, 'denied.1', 4, `${legal}${mark}`), review }, layout);
    const { tables, messages } = await read(doc.text, formatOf(layout));
    expect(tables.applications?.['denied.1']).toEqual(rowOf('denied.1'));
    expect(messages).toEqual([]);
    expect(tables.review).toBeDefined();
  });
});

describe('normaliseCell: a note mark after a figure', () => {
  it.each<[string, number]>([
    ['8661¹', 8661],
    ['8661²³', 8661],
    ['17①', 17],
    ['93※', 93],
    ['1,506†', 1506],
    ['57#', 57],
    ['８６６１（注１）', 8661],
    ['8661(注)', 8661],
    ['8661[^1]', 8661],
    ['8661^12^', 8661],
    ['12.5▲', 12.5],
  ])('%s is the number %d', (raw, value) => {
    const cell = normaliseCell(raw);
    expect(cell.value).toBe(value);
    expect(cell.content).toBe('number');
    expect(cell.shape).toBeUndefined();
  });
  // ＊ and * are also what OCR makes of a speck on a figure (misread-number.ts): the figure perhaps damaged.
  it.each(['17＊', '17*'])('%s is a lookalike without a value, as before', (raw) =>
    expect(normaliseCell(raw)).toEqual({ value: null, content: 'text', shape: 'lookalike' }),
  );
  it.each(['(8661)', '（8661）', '①', '※', '注1', '1.属于国家秘密', '一、本年新收', '8661注'])('%s is no figure', (raw) => {
    expect(normaliseCell(raw).value).toBeNull();
    expect(normaliseCell(raw).content).toBe('text');
  });
});
