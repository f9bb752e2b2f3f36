/**
 * The PDF adapter (issue 13) on committed PDFs made from our own report (test/helpers/make-pdf-fixtures.ts):
 * printed by Chromium, and hand-laid with the traits of real published PDFs. Values are read by key and
 * located in the extracted text; the same report as Markdown and as PDF extracts and lints the same.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseReport, type ParsedReport } from '../../src/parser/index.js';
import { pageOfLine, readPdf } from '../../src/parser/adapters/pdf.js';
import { say } from '../../src/i18n/messages.js';
import { groupLines, type PdfItem } from '../../src/parser/adapters/pdf-lines.js';
import { layoutText } from '../../src/parser/adapters/pdf-layout.js';
import { extractReport, type ExtractedReport } from '../../src/engine/extract.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { lint } from '../../src/engine/lint.js';
import { lintFiles } from '../../src/engine/files.js';
import { pdfFile } from '../web/pdf.js';
import type { TableNode } from '../../src/parser/types.js';
import {
  BLANK_COLUMNS,
  BLANKS,
  FEE_NOTICES,
  TABLE3,
  TABLE4,
  toMarkdown,
  withBlanks,
  withDefects,
} from '../helpers/pdf-report.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${name}`, import.meta.url)));
const parsePdf = (name: string): Promise<ParsedReport> => parseReport(fixture(name), { format: 'pdf', filePath: name });
const NOW = new Date('2025-03-01T00:00:00Z');
const CHECKED_ROWS = Object.keys(TABLE3);

function applications(parsed: ParsedReport): TableNode {
  const table = findTable(parsed.report, 'applications');
  if (!table) throw new Error('no table 三');
  return table;
}

/** Every table 三 value by key, and the text at each cell's position is the value. */
function expectTable3(parsed: ParsedReport, rows = CHECKED_ROWS): void {
  const table = applications(parsed);
  const lines = parsed.text.split('\n');
  for (const row of rows) {
    for (const [column, value] of Object.entries(TABLE3[row]!)) {
      const cell = getCell(table, row, column);
      expect([row, column, cell?.value]).toEqual([row, column, value]);
      const start = cell!.position!.start;
      expect(lines[start.line - 1]!.slice(start.column - 1, start.column - 1 + String(value).length)).toBe(String(value));
    }
  }
}

/** What must agree between layouts: everything but line numbers and the format. */
function comparable(x: ExtractedReport): unknown {
  return {
    year: x.year,
    period: x.period,
    tables: x.tables,
    problems: x.problems,
    sections: x.sections.map((s) => [s.key, s.heading]),
    fees: x.fees.map(({ line: _line, ...rest }) => rest),
  };
}

function ruleCounts(messages: ReadonlyArray<{ ruleId: string | null }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of messages) counts[m.ruleId ?? 'fatal'] = (counts[m.ruleId ?? 'fatal'] ?? 0) + 1;
  return counts;
}

describe('pdf adapter: a report printed by Chromium', () => {
  it('reads every cell of table 三 and table 四 by key', async () => {
    const parsed = await parsePdf('report-chromium.pdf');
    expect(parsed.format).toBe('pdf');
    expectTable3(parsed);
    const review = findTable(parsed.report, 'review')!;
    expect(getCell(review, 'litigationAfterReview', 'total')?.value).toBe(TABLE4['litigationAfterReview']![4]);
    expect(getCell(review, 'review', 'corrected')?.value).toBe(TABLE4['review']![1]);
  });

  it('locates a cell by table, row and column, and by page', async () => {
    const out = await readPdf(fixture('report-chromium.pdf'));
    const parsed = await parsePdf('report-chromium.pdf');
    const cell = getCell(applications(parsed), 'handled', 'natural')!;
    expect(cell.location).toBe('第2页 表三「（七）总计」行·自然人');
    expect(out.text).toBe(parsed.text);
    expect(pageOfLine(out, cell.position!.start.line)).toBe(2);
    expect(pageOfLine(out, 1)).toBe(1);
    expect(out.pages).toHaveLength(out.text.split('\n').length);
  });

  it('drops the running header and the page numbers, keeps the title once', async () => {
    const { text } = await parsePdf('report-chromium.pdf');
    expect(text).not.toMatch(/^- \d+ -$/m);
    expect(text.match(/澄江市临湖区交通运输局2024年政府信息公开工作年度报告/g)).toHaveLength(1);
  });

  it('joins a paragraph wrapped by the page into one line', async () => {
    const { text } = await parsePdf('report-chromium.pdf');
    expect(text).toContain(`本年度共发出收费通知${FEE_NOTICES}件，申请人均未缴纳，实际收取信息处理费0元。\n`);
    expect(text).toMatch(/统计期限为2024年1月1日至2024年12月31日。/);
  });

  it('reads a six-page print (tables 二 and 三 broken by pages) like the three-page one', async () => {
    const six = extractReport(await parsePdf('report-6-pages.pdf'));
    const three = extractReport(await parsePdf('report-chromium.pdf'));
    expect(six.tables).toEqual(three.tables);
    expect(six.problems).toEqual({});
  });
});

describe('pdf adapter: equivalence with the same report as Markdown', () => {
  for (const name of ['report-chromium.pdf', 'traits.pdf']) {
    it(`${name}: identical tables, sections, period and fees`, async () => {
      const md = extractReport(await parseReport(toMarkdown(), { format: 'markdown' }));
      const pdf = extractReport(await parsePdf(name));
      expect(md.tables.applications).not.toBeNull();
      expect(comparable(pdf)).toEqual(comparable(md));
    });

    it(`${name}: the rules give the same findings`, async () => {
      const md = await lint(toMarkdown(), { format: 'markdown', filePath: 'report.md', now: NOW });
      const pdf = await lint(fixture(name), { format: 'pdf', filePath: name, now: NOW });
      expect(pdf.fatalErrorCount).toBe(0);
      expect(ruleCounts(pdf.messages)).toEqual(ruleCounts(md.messages));
    });
  }
});

describe('pdf adapter: findings in a PDF', () => {
  it('a report with three defects gets the same findings as its Markdown, located by page, table and row', async () => {
    const md = await lint(toMarkdown(withDefects()), { format: 'markdown', filePath: 'report.md', now: NOW });
    const pdf = await lint(fixture('report-defects.pdf'), { format: 'pdf', filePath: 'report-defects.pdf', now: NOW });
    expect(ruleCounts(md.messages)).toEqual({ 'statistical-period': 1, 'application-totals': 1, 'fee-statement': 1 });
    expect(ruleCounts(pdf.messages)).toEqual(ruleCounts(md.messages));
    expect(pdf.messages.map((m) => m.messageId)).toEqual(md.messages.map((m) => m.messageId));
    const total = pdf.messages.find((m) => m.ruleId === 'application-totals')!;
    expect(total.location).toBe('第2页 表三「（七）总计」行·自然人');
    // Line and column point into the text `reportlint extract --format text` prints.
    const line = pdf.source!.split('\n')[total.line - 1]!;
    expect(line.slice(total.column - 1)).toMatch(/^1543\t/);
    expect(line).toMatch(/^（七）总计\t/);
  });
});

describe('pdf adapter: blank cells', () => {
  it('a blank cell is placed under its column, so the row is read (blank) and not unreadable', async () => {
    const parsed = await parsePdf('blank-cells.pdf');
    const table = applications(parsed);
    // A row whose 总计 alone is blank where every other row fills it is unread in every layout: in a grid (OCR's
    // GFM, padded at the row's end) a lost cell and a blank total cannot be told apart (takeRowsCutShort).
    expect(table.unreadableRows).toEqual([expect.objectContaining({ key: 'rejected.3', reason: 'valueCount', actual: 6 })]);
    for (const [row, columns] of Object.entries(BLANKS)) {
      if (row === 'rejected.3') continue;
      for (const [column, value] of Object.entries(TABLE3[row]!)) {
        const cell = getCell(table, row, column)!;
        expect([row, column, cell.content, cell.value]).toEqual(
          columns.includes(column) ? [row, column, 'blank', null] : [row, column, 'number', value],
        );
      }
    }
  });

  const cases: Array<[string, Record<string, readonly string[]>]> = [
    ['blank-cells.pdf', BLANKS],
    ['blank-columns.pdf', BLANK_COLUMNS],
  ];
  for (const [name, blanks] of cases) {
    it(`${name}: the same blanks in Markdown and in the PDF give the same tables and findings`, async () => {
      const markdown = toMarkdown(withBlanks(blanks));
      const md = extractReport(await parseReport(markdown, { format: 'markdown' }));
      const pdf = extractReport(await parsePdf(name));
      expect(pdf.problems).toEqual(md.problems);
      expect(comparable(pdf)).toEqual(comparable(md));
      const mdLint = await lint(markdown, { format: 'markdown', filePath: 'report.md', now: NOW });
      const pdfLint = await lint(fixture(name), { format: 'pdf', filePath: name, now: NOW });
      expect(mdLint.messages.length).toBeGreaterThan(0);
      expect(pdfLint.messages.map((m) => [m.ruleId, m.messageId])).toEqual(mdLint.messages.map((m) => [m.ruleId, m.messageId]));
    });
  }
});

describe('pdf adapter: traits of real published PDFs', () => {
  it('reads table 三 across a page break with a footer and a running header inside it', async () => {
    const out = await readPdf(fixture('traits.pdf'));
    const parsed = await parsePdf('traits.pdf');
    const tables = parsed.report.children
      .flatMap((p) => p.children)
      .filter((b) => b.type === 'table' && b.kind === 'applications');
    expect(tables).toHaveLength(1);
    const table = applications(parsed);
    const pages = table.children.map((r) => pageOfLine(out, r.position!.start.line));
    expect(new Set(pages)).toEqual(new Set([1, 2]));
    expect(parsed.text).not.toMatch(/^- \d -$/m);
    expectTable3(parsed);
  });

  it('reads spaced labels, the misspelt 其他法律行政止公开, and the vertical 三、本年度办理结果', async () => {
    const parsed = await parsePdf('traits.pdf');
    const table = applications(parsed);
    const label = (key: string): string | undefined => table.children.find((r) => r.key === key)?.label;
    // Spaced evenly (letter spacing), the label is read without its blanks (pdf-letter-spacing.ts); it is the carried row either way.
    expect(label('carried')).toMatch(/^二 ?、 ?上 ?年/);
    expect(label('denied.2')).toContain('其他法律行政止公开');
    expect(parsed.text).toMatch(/(^|\t)三、本年度办理结果\t/m);
    expect(table.unreadableRows).toEqual([]);
  });

  it('joins a wrapped label whose values sit between its halves, and a label on another baseline', async () => {
    const parsed = await parsePdf('traits.pdf');
    const table = applications(parsed);
    const row = table.children.find((r) => r.key === 'other.2')!;
    expect(row.label.replace(/\s/g, '')).toBe('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
    // The group label is read apart (it may stand before, between or after its rows), not as part of a row's label.
    expect(table.children.find((r) => r.key === 'other.1')!.label.replace(/\s/g, '')).toBe(
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    );
    expect(getCell(table, 'rejected.2', 'total')?.value).toBe(TABLE3['rejected.2']!['total']);
    // The group label, centred on its rows in the PDF, stays where it is printed: the table reader takes group
    // labels wherever they stand within their rows.
    expect(getCell(table, 'rejected.1', 'natural')?.value).toBe(94);
  });

  it('reads text in a font that is not embedded, encoded with a predefined CMap (UniGB-UCS2-H)', async () => {
    const cmap = extractReport(await parsePdf('predefined-cmap.pdf'));
    expect(comparable(cmap)).toEqual(comparable(extractReport(await parsePdf('traits.pdf'))));
  });

  it('reads table 四 as one line of 15 values under a three-row header', async () => {
    const review = findTable((await parsePdf('traits.pdf')).report, 'review')!;
    expect(review.children.map((r) => [r.key, r.children.map((c) => c.value)])).toEqual([
      ['review', TABLE4['review']],
      ['litigation', TABLE4['litigation']],
      ['litigationAfterReview', TABLE4['litigationAfterReview']],
    ]);
  });

  it('reads （六）其他处理 printed as one row, and table-structure says its sub-rows are missing', async () => {
    const table = applications(await parsePdf('other-as-one-row.pdf'));
    expect(table.missingRows).toEqual(['other.1', 'other.2', 'other.3']);
    expect(getCell(table, 'rejected.5', 'natural')?.value).toBe(TABLE3['rejected.5']!['natural']);
    const result = await lint(fixture('other-as-one-row.pdf'), { format: 'pdf', filePath: 'x.pdf', now: NOW });
    const structure = result.messages
      .filter((m) => m.ruleId === 'table-structure')
      .map((m) => m.message)
      .join('\n');
    expect(structure).toContain('申请人无正当理由逾期不补正');
  });
});

describe('pdf adapter: files that cannot be read', () => {
  const cases: Array<[string, 'pdfNoText' | 'pdfEncrypted' | 'pdfDamaged']> = [
    ['scanned.pdf', 'pdfNoText'],
    ['encrypted.pdf', 'pdfEncrypted'],
    ['truncated.pdf', 'pdfDamaged'],
  ];
  for (const [name, id] of cases) {
    it(`${name}: one fatal message, in the caller's language`, async () => {
      await expect(parsePdf(name)).rejects.toMatchObject({ name: 'PdfReadError', id });
      const result = await lint(fixture(name), { format: 'pdf', filePath: name });
      expect(result.messages).toHaveLength(1);
      expect(result.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2, message: say(id, 'zh') });
      const english = await lint(fixture(name), { format: 'pdf', filePath: name, lang: 'en' });
      expect(english.messages[0]?.message).toBe(say(id, 'en'));
      expect(say(id, 'zh')).not.toMatch(/\n| \/ /);
    });
  }

  it('a text layer of page numbers only (a scan with a printed footer): no text layer, not an empty document', async () => {
    const pages = ['- 1 -', '- 2 -', '- 3 -'];
    await expect(parseReport(pagesPdf(pages), { format: 'pdf' })).rejects.toMatchObject({
      name: 'PdfReadError',
      id: 'pdfNoText',
    });
    const result = await lint(pagesPdf(pages), { format: 'pdf', filePath: 'scan.pdf' });
    expect(result.messages.map((m) => m.message)).toEqual([say('pdfNoText', 'zh')]);
  });

  it('fonts without a ToUnicode map (glyph ids read as code points): garbled, one fatal line, never "not a report"', async () => {
    const bytes = Buffer.from(fixture('report-chromium.pdf')).toString('latin1');
    expect(bytes.split('/ToUnicode').length - 1).toBe(4);
    const stripped = new Uint8Array(Buffer.from(bytes.replaceAll('/ToUnicode', '/ToUnicodX'), 'latin1'));
    await expect(parseReport(stripped, { format: 'pdf' })).rejects.toMatchObject({ name: 'PdfReadError', id: 'pdfGarbled' });
    const result = await lint(stripped, { format: 'pdf', filePath: 'garbled.pdf', lang: 'en' });
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject({ fatal: true, severity: 2, message: say('pdfGarbled', 'en') });
  });

  it('bytes that are not a PDF at all', async () => {
    await expect(parseReport(new TextEncoder().encode('not a pdf'), { format: 'pdf' })).rejects.toMatchObject({
      id: 'pdfDamaged',
    });
  });

  it('a picture, a zip or a web page saved as .pdf is said to be what it is, not a damaged PDF (rtQ F13)', async () => {
    const bytes = (...b: number[]): Uint8Array => new Uint8Array([...b, 0x13, 0x29, 0x3b, 0x47, 0x59, 0x61]);
    const text = (t: string): Uint8Array => new TextEncoder().encode(t);
    const cases: Array<[string, Uint8Array, string, Record<string, string>]> = [
      ['扫描.pdf', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46), 'pdfIsPicture', { kind: 'JPEG' }],
      ['截图.pdf', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x0d), 'pdfIsPicture', { kind: 'PNG' }],
      ['tiff.pdf', bytes(0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x08), 'pdfIsPicture', { kind: 'TIFF' }],
      ['报告.pdf', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x06), 'pdfIsZip', {}],
      [
        '下载.pdf',
        text(
          '\ufeff\n<!-- saved from url=(0041)https://www.example.gov.cn/2023/7.pdf -->\n<!DOCTYPE html>\n<html><body>404</body></html>',
        ),
        'pdfIsWebPage',
        {},
      ],
      ['登录.pdf', text('<html lang="zh-CN"><head><title>统一身份认证</title></head></html>'), 'pdfIsWebPage', {}],
      // No signature: still a damaged PDF; nor does a PDF cut short that opens with %PDF- turn into anything else.
      ['乱码.pdf', text('<p>not a pdf 37</p>'), 'pdfDamaged', {}],
      ['cut.pdf', text('%PDF-1.7\n<html><body>3 0 obj'), 'pdfDamaged', {}],
    ];
    for (const [name, input, id, data] of cases) {
      await expect(parseReport(input, { format: 'pdf', filePath: name })).rejects.toMatchObject({
        name: 'PdfReadError',
        id,
        data,
      });
      const zh = await lint(input, { filePath: name });
      expect([name, zh.messages.map((m) => [m.ruleId, m.fatal, m.message])]).toEqual([
        name,
        [[null, true, say(id as 'pdfDamaged', 'zh', data)]],
      ]);
      expect((await lint(input, { filePath: name, lang: 'en' })).messages[0]?.message).toBe(say(id as 'pdfDamaged', 'en', data));
    }
    expect(say('pdfIsPicture', 'zh', { kind: 'JPEG' })).toMatch(/^这是图片文件（JPEG），不是 PDF/);
    expect(say('pdfIsPicture', 'en', { kind: 'PNG' })).toMatch(/^this is a picture \(PNG\), not a PDF/);
    expect(say('pdfIsWebPage', 'zh')).not.toMatch(/下载未完成/);
  });

  it('refuses more pages than the limit, and stops at the time limit', async () => {
    await expect(readPdf(fixture('report-6-pages.pdf'), { maxPages: 5, timeoutMs: 60_000 })).rejects.toMatchObject({
      id: 'pdfTooManyPages',
      data: { pages: 6, max: 5 },
    });
    await expect(readPdf(fixture('report-6-pages.pdf'), { maxPages: 200, timeoutMs: 0 })).rejects.toMatchObject({
      id: 'pdfTimeout',
      data: { seconds: 0 },
    });
  });
});

describe('pdf adapter: many files', () => {
  it('accepts a Node Buffer, as lintFiles reads files', async () => {
    const parsed = await parseReport(readFileSync(new URL('../fixtures/pdf/traits.pdf', import.meta.url)), {
      filePath: 'traits.pdf',
    });
    expect(parsed.format).toBe('pdf');
    expect(getCell(applications(parsed), 'new', 'total')?.value).toBe(TABLE3['new']!['total']);
  });

  it('a folder: PDFs are picked up, the unreadable ones get their one message and the others are linted', async () => {
    const dir = new URL('../fixtures/pdf/', import.meta.url).pathname;
    const results = await lintFiles([dir], { cwd: dir, now: NOW, ignore: false });
    const byName = new Map(results.map((r) => [r.filePath.slice(r.filePath.lastIndexOf('/') + 1), r]));
    for (const name of ['scanned.pdf', 'encrypted.pdf', 'truncated.pdf']) expect(byName.get(name)?.fatalErrorCount).toBe(1);
    for (const name of ['report-chromium.pdf', 'report-6-pages.pdf', 'traits.pdf', 'report.md'])
      expect(byName.get(name)?.messages).toEqual([]);
    expect(ruleCounts(byName.get('report-defects.pdf')!.messages)).toEqual({
      'statistical-period': 1,
      'application-totals': 1,
      'fee-statement': 1,
    });
  });
});

describe('pdf lines: grouping text items', () => {
  const item = (str: string, x: number, y: number, size = 10): PdfItem => ({
    str,
    x,
    y,
    width: [...str].length * size * (/\d/.test(str) ? 0.5 : 1),
    size,
  });
  const lines = (items: PdfItem[]): string[] =>
    groupLines([{ page: 1, width: 595, height: 842, items }])[0]!.lines.map((l) => l.cells.map((c) => c.text).join('|'));

  it('puts items on close baselines on one line and splits cells at wide gaps', () => {
    expect(lines([item('规章', 80, 200), item('4', 200, 201.5), item('19', 240, 200), item('行政许可', 80, 220)])).toEqual([
      '规章|4|19',
      '行政许可',
    ]);
  });

  it('splits numbers pdfjs joined with a space, and keeps spaced label characters together', () => {
    expect(lines([item('11618 14979', 300, 200)])).toEqual(['11618|14979']);
    expect(lines([item('三 、本', 80, 200)])).toEqual(['三 、本']);
  });

  it('collapses a label printed one character per line into one cell', () => {
    const chars = [...'三、本年度办理结果'].map((ch, i) => item(ch, 50, 300 + i * 14));
    expect(lines([...chars, item('（一）予以公开', 100, 300), item('3', 300, 300)])).toEqual([
      '三、本年度办理结果|（一）予以公开|3',
    ]);
  });

  const text = (pages: PdfItem[][]): string =>
    layoutText(groupLines(pages.map((items, i) => ({ page: i + 1, width: 595, height: 842, items })))).text;

  it('drops page numbers (第 4 页, -4-, 4/6) and a header repeated on every page; keeps a table whole', () => {
    const page = (n: number, rows: PdfItem[]): PdfItem[] => [
      item('某某局年度报告', 250, 40, 8),
      ...rows,
      item(n === 1 ? `第 ${n} 页` : n === 2 ? `-${n}-` : `${n}/3`, 280, 810),
    ];
    const row = (label: string, y: number, v: string): PdfItem[] => [item(label, 80, y), item(v, 300, y), item(v, 340, y)];
    const out = text([
      page(1, [item('正文', 80, 100), ...row('甲', 760, '1'), ...row('乙', 780, '2')]),
      page(2, row('丙', 100, '3')),
      page(3, [item('结尾', 80, 100)]),
    ]);
    expect(out).toBe('正文\n甲\t1\t1\n乙\t2\t2\n丙\t3\t3\n结尾\n');
  });

  it('a line of text with a wide gap in it stays a paragraph', () => {
    expect(text([[item('联系人：张三', 80, 100), item('电话：0571-86120345', 300, 100)]])).toBe(
      '联系人：张三 电话：0571-86120345\n',
    );
  });

  it('splits header words pdfjs joined when they stand over two value columns, and joins a header wrapped in its cell', () => {
    const out = text([
      [
        { str: '社会公 法律服务', x: 200, y: 100, width: 75, size: 10 },
        item('益组织', 200, 112),
        item('机构', 243.5, 112),
        item('甲', 80, 140),
        ...['1', '2', '3', '4'].map((v, k) => item(v, 150 + k * 55, 140)),
      ],
    ]);
    expect(out).toBe('社会公益组织\t法律服务机构\n甲\t1\t2\t3\t4\n');
  });

  it('writes paragraph text without the space Word sets between Chinese and digits', () => {
    expect(text([[item('全年共收到申请 59625 件。', 80, 100)]])).toBe('全年共收到申请59625件。\n');
  });

  it('a row label broken by a page continues the last row of the page before', () => {
    const row = (label: string, y: number, v: string): PdfItem[] => [
      item(label, 80, y),
      ...[0, 1, 2].map((k) => item(v, 300 + k * 40, y)),
    ];
    const out = text([
      [...row('1.信访举报投诉类申请', 700, '5'), ...row('2.申请人逾期未按收费', 740, '6')],
      [item('通知要求缴纳费用', 80, 90), ...row('3.其他', 130, '7')],
    ]);
    expect(out).toBe('1.信访举报投诉类申请\t5\t5\t5\n2.申请人逾期未按收费通知要求缴纳费用\t6\t6\t6\n3.其他\t7\t7\t7\n');
  });
});

/** A minimal PDF: one line of Helvetica text per page, with a correct cross-reference table. */
function pagesPdf(lines: readonly string[]): Uint8Array {
  const objects: string[] = [];
  const kids = lines.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${lines.length} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  lines.forEach((line, i) => {
    const content = `BT /F1 10 Tf 280 30 Td (${line}) Tj ET`;
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
    );
    objects.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  return pdfFile(objects, '1.4');
}
