/**
 * Issue 5's acceptance: one report written as Markdown, as a web page and as a .docx extracts to the same
 * model and gets the same findings; and the real page and the real blank Word template read as README says.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extractReport } from '../../src/engine/extract.js';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getValue, sectionsOf, tablesOf } from '../../src/parser/query.js';
import type { InputFormat } from '../../src/parser/types.js';
import {
  APPLICATIONS,
  defectiveReport,
  REPORT,
  REVIEW,
  splitApplicationsReport,
  type Block,
} from '../helpers/html-docx-report.js';
import { buildDocx, toDocumentXml, toHtmlPage } from '../helpers/html-docx-render.js';
import { toMarkdown } from '../helpers/html-docx-report.js';

const SECTIONS = ['overview', 'active', 'applications', 'review', 'problems', 'other'];
const now = new Date('2025-03-01T00:00:00Z');

async function renderings(blocks: Block[]): Promise<Array<[InputFormat, string | Uint8Array]>> {
  return [
    ['markdown', toMarkdown(blocks)],
    ['html', toHtmlPage(blocks)],
    ['docx', await buildDocx(toDocumentXml(blocks))],
  ];
}

/** The extract model without line numbers and format: what must not depend on the rendering. */
const withoutPositions = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (key, v: unknown) => (key === 'line' || key === 'format' ? undefined : v)));

describe('the same report as Markdown, HTML and .docx', () => {
  it('extracts identical tables, sections, period and fees', async () => {
    const models = [];
    for (const [format, input] of await renderings(REPORT)) {
      const parsed = await parseReport(input, { format });
      expect(parsed.report.format).toBe(format);
      models.push(withoutPositions(extractReport(parsed)));
    }
    const [markdown, html, docx] = models as Array<ReturnType<typeof extractReport>>;
    expect(html).toEqual(markdown);
    expect(docx).toEqual(markdown);
    // …and what they agree on is the report as written, not an empty model.
    expect(markdown!.sections.map((s) => s.key)).toEqual(SECTIONS);
    expect(markdown!.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(markdown!.tables.applications).toEqual(APPLICATIONS);
    expect(markdown!.tables.review?.['litigationAfterReview']).toEqual({
      upheld: 10,
      corrected: 11,
      other: 12,
      pending: 13,
      total: 46,
    });
    expect(Object.values(markdown!.tables.review ?? {}).map((g) => g['total'])).toEqual(Object.values(REVIEW).map((g) => g[4]));
    expect(markdown!.tables.active?.['fees']).toEqual({ amount: 1.25 });
    expect(markdown!.fees.map((f) => [f.section, f.notices, f.collected])).toEqual([['other', 450, 0]]);
    expect(markdown!.problems).toEqual({});
  });

  it('gives no findings on the clean report in any rendering', async () => {
    for (const [format, input] of await renderings(REPORT)) {
      const result = await lint(input, { format, now });
      expect([format, result.messages.map((m) => m.ruleId)]).toEqual([format, []]);
    }
  });

  it('gives the same findings (ids, counts and table locations) on a defective report', async () => {
    const found = [];
    const places = [];
    for (const [format, input] of await renderings(defectiveReport())) {
      const result = await lint(input, { format, now });
      // A table finding names its cell in every format; only in a .docx is one outside the tables placed too.
      const cell = (location?: string) => (location?.startsWith('表') ? location : '');
      found.push(result.messages.map((m) => `${m.ruleId}/${m.messageId} ${cell(m.location)}`).sort());
      places.push(result.messages.filter((m) => !cell(m.location)).map((m) => `${format} ${m.location ?? ''}`));
    }
    expect(places.map((p) => p.join())).toEqual(['markdown ', 'html ', 'docx 报告开头']);
    expect(found[1]).toEqual(found[0]);
    expect(found[2]).toEqual(found[0]);
    expect(found[0]).toEqual([
      'application-totals/cellLikelyWrong 表三「（一）予以公开」行·自然人',
      'review-litigation-totals/groupTotal 表四「行政复议」·总计',
      'statistical-period/missing ',
    ]);
  });
});

describe('table 三 cut into two tables, its rowspan lost at the cut', () => {
  it('reads the same values from the page and the .docx, with no findings', async () => {
    const blocks = splitApplicationsReport(16);
    const html = toHtmlPage(blocks);
    expect(html.match(/<table class="MsoNormalTable"/g)).toHaveLength(4);
    for (const [format, input] of [
      ['html', html],
      ['docx', await buildDocx(toDocumentXml(blocks))],
    ] as const) {
      const parsed = await parseReport(input, { format });
      expect([format, extractReport(parsed).tables.applications]).toEqual([format, APPLICATIONS]);
      expect((await lint(input, { format, now })).messages).toEqual([]);
    }
  });
});

const realDir = new URL('../../../shared/real/', import.meta.url);
const page = new URL('shuyang-fgj-2023.html', realDir);
const template = new URL('template-2021-blank.docx', realDir);

(existsSync(page) ? describe : describe.skip)('the real county page (shuyang-fgj-2023.html)', () => {
  const bytes = (): Uint8Array => new Uint8Array(readFileSync(page));

  it('reads all six sections and the figures of tables 三 and 四', async () => {
    const { report } = await parseReport(bytes(), { filePath: 'shuyang-fgj-2023.html' });
    expect(report.format).toBe('html');
    expect(report.year).toBe(2023);
    expect(sectionsOf(report).map((s) => s.key)).toEqual(SECTIONS);
    const applications = findTable(report, 'applications')!;
    expect(applications.layout).toBe('grid');
    for (const row of ['new', 'granted', 'handled']) expect(getValue(applications, row, 'total')).toBe(26);
    expect(applications.missingRows).toEqual([]);
    const review = findTable(report, 'review')!;
    expect([getValue(review, 'review', 'pending'), getValue(review, 'review', 'total')]).toEqual([1, 1]);
    expect(getValue(findTable(report, 'active')!, 'normativeDocuments', 'valid')).toBe(18);
    expect(report.feeStatements.map((f) => [f.section, f.noneCollected])).toEqual([['other', true]]);
  });

  it('has no errors, and one warning per empty 法人或其他组织 column', async () => {
    const result = await lint(bytes(), { filePath: 'shuyang-fgj-2023.html', now: new Date('2024-03-01T00:00:00Z') });
    expect(result.errorCount).toBe(0);
    expect(result.messages.map((m) => m.location?.replace(/.*·/, ''))).toEqual([
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ]);
    expect(result.messages[0]?.line).toBe(420);
  });
});

(existsSync(template) ? describe : describe.skip)('the real blank Word template (template-2021-blank.docx)', () => {
  it('finds six sections and tables 二/三/四 with every row and column', async () => {
    const { report } = await parseReport(new Uint8Array(readFileSync(template)), { filePath: 'template-2021-blank.docx' });
    expect(sectionsOf(report).map((s) => s.key)).toEqual(SECTIONS);
    expect(tablesOf(report).map((t) => t.kind)).toEqual(['active', 'applications', 'review']);
    for (const t of tablesOf(report)) {
      expect([t.kind, t.missingRows, t.missingColumns, t.unreadableRows]).toEqual([t.kind, [], [], []]);
      expect(t.children.every((row) => row.children.every((cell) => cell.content === 'blank'))).toBe(true);
    }
    expect(findTable(report, 'applications')!.children).toHaveLength(25);
    expect(findTable(report, 'applications')!.columns).toHaveLength(7);
    expect(findTable(report, 'review')!.children.map((r) => r.children.length)).toEqual([5, 5, 5]);
    expect(findTable(report, 'active')!.children).toHaveLength(6);
  });
});
