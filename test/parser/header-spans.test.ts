/**
 * Table 三's header whose 法人或其他组织 spans fewer columns than the five kinds under it (red team rtP #1): a table
 * recogniser's slip (MinerU, PP-Structure) or an editor's, colspan 1–4 for 5. Laid out, the spans put 其他 after 总计,
 * and docling (a spanned cell's text in every cell) and marker (the covered cells left empty) write it so in Markdown:
 * read by those positions, 其他 and 总计 were swapped on every row (25 application-totals errors, every number of both
 * columns wrong). The finer header line's names and the count of value columns read it; when they cannot, the table
 * is unread, said once. The fixture's values are distinct and non-zero, so a swapped or shifted column shows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const PAGE = readFileSync(new URL('../fixtures/pdf/report.html', import.meta.url), 'utf8');
const GROUP = '<td colspan="5">法人或其他组织</td>';
/** The fixture's new row (一、本年新收) and 予以公开, in the template's order: six applicant columns, then 总计. */
const NEW = [1535, 4896, 8257, 11618, 14979, 18340, 59625];
const GRANTED = [3, 163, 323, 483, 643, 803, 2418];
const KEYS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];

/** Table 三's `<table>`: the one naming 申请人情况. */
const TABLE3 = /<table>(?:(?!<\/table>)[\s\S])*申请人情况[\s\S]*?<\/table>/;

const withSpan = (page: string, span: number): string => {
  expect(page).toContain(GROUP);
  return page.replace(GROUP, `<td colspan="${span}">法人或其他组织</td>`);
};

/** The `<table>` of table 三 (the one naming 申请人情况) as the rows of cells a span-expanding converter lays out. */
function laidOut(page: string): Array<Array<{ text: string; origin: boolean }>> {
  const table = TABLE3.exec(page)![0];
  const grid: Array<Array<{ text: string; origin: boolean }>> = [];
  [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].forEach((tr, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const td of tr[1]!.matchAll(/<td([^>]*)>([\s\S]*?)<\/td>/g)) {
      while (grid[r][c]) c++;
      const cols = Number(/colspan="(\d+)"/.exec(td[1]!)?.[1] ?? 1);
      const rows = Number(/rowspan="(\d+)"/.exec(td[1]!)?.[1] ?? 1);
      for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++) (grid[r + i] ??= [])[c + j] = { text: td[2]!, origin: i === 0 && j === 0 };
      c += cols;
    }
  });
  return grid;
}

/**
 * The page as Markdown the way a converter writes it: headings `#`, paragraphs as text, table 三 a GFM table of the
 * laid-out grid (docling: a spanned cell's text in every cell it covers; marker: the covered cells empty; MarkItDown
 * from a .docx: the covered cells left out, each row as short as its own cells) or kept as HTML (MinerU,
 * PP-Structure), the other tables kept as HTML.
 */
function asMarkdown(page: string, style: 'docling' | 'marker' | 'markitdown' | 'mineru'): string {
  const grid = laidOut(page);
  const width = Math.max(...grid.map((r) => r.length));
  const gfm = grid.map((row) => {
    const cells = Array.from({ length: width }, (_, c) => row[c]);
    if (style === 'markitdown') return `| ${cells.flatMap((s) => (s?.origin ? [s.text] : [])).join(' | ')} |`;
    return `| ${cells.map((s) => (s && (s.origin || style === 'docling') ? s.text : '')).join(' | ')} |`;
  });
  gfm.splice(1, 0, `|${'---|'.repeat(width)}`);
  const body = page.slice(page.indexOf('<h1>'), page.indexOf('</body>'));
  const converted = style === 'mineru' ? body : body.replace(TABLE3, `\n${gfm.join('\n')}\n`);
  return converted
    .replace(/<h1>(.*?)<\/h1>/g, '# $1\n')
    .replace(/<h2>(.*?)<\/h2>/g, '\n## $1\n')
    .replace(/<p>(.*?)<\/p>/g, '$1\n')
    .replace(/<\/table>/g, '</table>\n');
}

async function read(text: string, format: 'html' | 'markdown') {
  const { messages } = await lint(text, { format, now: NOW });
  const tables = extractReport(await parseReport(text, { format })).tables;
  return { messages, tables };
}

const rowOf = (tables: Awaited<ReturnType<typeof read>>['tables'], key: string) =>
  KEYS.map((k) => (tables.applications as Record<string, Record<string, number | null>> | undefined)?.[key]?.[k]);

describe('a table 三 header whose 法人或其他组织 spans too few columns', () => {
  it('the fixture is clean as printed', async () => {
    const { messages, tables } = await read(PAGE, 'html');
    expect(messages.map((m) => m.ruleId)).toEqual([]);
    expect(rowOf(tables, 'new')).toEqual(NEW);
  });

  describe.each([1, 2, 3, 4])('colspan %i for 5', (span) => {
    const page = withSpan(PAGE, span);

    it.each([
      ['a web page', page, 'html'],
      ['MinerU / PP-Structure Markdown (HTML tables)', asMarkdown(page, 'mineru'), 'markdown'],
      ["docling's Markdown", asMarkdown(page, 'docling'), 'markdown'],
      ["marker's Markdown", asMarkdown(page, 'marker'), 'markdown'],
      // Its rows lost the covered cells: no place in them tells a column, and they are read by count as before.
      ["MarkItDown's Markdown", asMarkdown(page, 'markitdown'), 'markdown'],
    ] as const)('%s is read in the template order, no finding', async (_, text, format) => {
      const { messages, tables } = await read(text, format);
      expect(messages.map((m) => m.ruleId)).toEqual([]);
      expect(rowOf(tables, 'new')).toEqual(NEW);
      expect(rowOf(tables, 'granted')).toEqual(GRANTED);
    });
  });

  // MinerU cuts a table at a page: its part after the break has no header, and is read in the order the first part's
  // header was read in (it had been unread: the first part's laid-out header named 总计 before 其他).
  it('a table cut at a page, its second part without a header, is read whole', async () => {
    const page = withSpan(PAGE, 4).replace(
      '<tr><td class="label">6.属于四类过程性信息</td>',
      '</table>\n<p>- 2 -</p>\n<table><tr><td class="label">6.属于四类过程性信息</td>',
    );
    const { messages, tables } = await read(asMarkdown(page, 'mineru'), 'markdown');
    expect(messages.map((m) => m.ruleId)).toEqual([]);
    expect(rowOf(tables, 'new')).toEqual(NEW);
    expect(rowOf(tables, 'carryForward')).toEqual([13, 18, 23, 28, 33, 38, 153]);
  });

  it('a real defect under such a header is still found where it is', async () => {
    const page = withSpan(PAGE, 4).replace('<td>803</td><td>2418</td>', '<td>803</td><td>2481</td>');
    for (const [text, format] of [
      [page, 'html'],
      [asMarkdown(page, 'marker'), 'markdown'],
    ] as const) {
      const { messages, tables } = await read(text, format);
      const errors = messages.filter((m) => m.severity === 2);
      expect(errors.map((m) => m.ruleId)).toEqual(['application-totals']);
      expect(errors[0]!.message).toContain('2481');
      expect(rowOf(tables, 'granted')).toEqual([...GRANTED.slice(0, 6), 2481]);
    }
  });

  it('when the count of value columns does not tell the columns, the table is unread, said once', async () => {
    // A 备注 column after 总计: the header stands over eight columns for seven values' names.
    const page = withSpan(PAGE, 4).replace(TABLE3, (table) =>
      table
        .replace('<td colspan="7">申请人情况</td>', '<td colspan="7">申请人情况</td><td rowspan="3">备注</td>')
        .replace(/(<td>\d+<\/td>)(<\/tr>)/g, '$1<td></td>$2'),
    );
    const { messages, tables } = await read(page, 'html');
    expect(messages.filter((m) => m.severity === 2)).toEqual([]);
    const unread = messages.filter((m) => m.ruleId === 'unreadable-content');
    expect(unread).toHaveLength(1);
    expect(unread[0]!.message).toContain('表头各列的顺序');
    expect(tables.applications ?? {}).toEqual({});
  });
});
