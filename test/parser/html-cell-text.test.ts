/**
 * Text of a web page's cells as a browser shows it (red team B, E3–E7, S1, S2): struck-out figures beside their
 * correction, rows and cells hidden in the page, invisible characters written as entities, footnote marks after a
 * number and text of no size. Each was read into a value (910 for <del>9</del> 10) that the rules then reported, or
 * that was extracted wrong without a word.
 */
import { describe, expect, it } from '@jest/globals';
import type { Paragraph, Root, Table, TableCell, Text } from 'mdast';
import { readHtml } from '../../src/parser/adapters/html.js';
import { isSkipped } from '../../src/parser/adapters/html-content.js';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { lint } from '../../src/index.js';
import { consistentApplications, REVIEW_OK, withCell, writeReport, type Value } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const findings = async (html: string): Promise<string[]> =>
  (await lint(html, { format: 'html', now: NOW })).messages.map((m) => `${m.ruleId}:${m.messageId ?? ''}`);
const tablesOf = async (html: string) => extractReport(await parseReport(html, { format: 'html' })).tables;

const cellText = (cell: TableCell | undefined): string => (cell?.children[0] as Text).value;
const grid = (tree: Root): string[][] =>
  tree.children.filter((n): n is Table => n.type === 'table').flatMap((t) => t.children.map((row) => row.children.map(cellText)));
const paragraphs = (tree: Root): string[] =>
  tree.children.filter((n): n is Paragraph => n.type === 'paragraph').map((p) => (p.children[0] as Text).value);

/** Table 四 with its 行政复议 总计 (written 8: 3 + 2 + 1 + 2) as given. */
const reviewTotal = (cell: Value): string => writeReport({ review: REVIEW_OK.map((v, i) => (i === 4 ? cell : v)) }, 'html').text;

const clean = writeReport({}, 'html').text;

describe('struck-out text is not the report’s text', () => {
  it.each([
    ['<del>9</del> 8'],
    ['<s>9</s>8'],
    ['<strike>9</strike>8'],
    ['<span style="text-decoration: line-through">9</span>&nbsp;8'],
    ['<span style="text-decoration-line:line-through">9</span>8'],
    ['<del>4</del><ins>8</ins>'],
  ])('table 四 总计 %s reads 8, with no finding (the struck digit was read into the total)', async (cell) => {
    const html = reviewTotal(cell);
    expect((await tablesOf(html)).review?.['review']?.['total']).toBe(8);
    expect(await findings(html)).toEqual([]);
  });

  it('a wrong current figure beside a struck one is still reported', async () => {
    const html = reviewTotal('<del>8</del> 9');
    expect((await tablesOf(html)).review?.['review']?.['total']).toBe(9);
    expect(await findings(html)).toEqual(['review-litigation-totals:groupTotal']);
  });

  it('table 二: <s>300</s>318 reads 318 (it read 300318 without a word)', async () => {
    expect(clean.match(/<td>318<\/td>/g)).toHaveLength(1);
    const html = clean.replace('<td>318</td>', '<td><s>300</s>318</td>');
    expect((await tablesOf(html)).active?.['licensing']?.['decisions']).toBe(318);
    expect(await tablesOf(html)).toEqual(await tablesOf(clean));
  });

  it('a struck cell or row is blank, keeping its column; prose drops struck text and keeps <ins>', () => {
    const src =
      '<p>本年度收到申请<del>9</del>10件，<s>旧</s>新<ins>增</ins>。</p>' +
      '<table><tr><td>甲</td><td style="text-decoration:line-through">5</td><td>6</td></tr>' +
      '<tr style="text-decoration: line-through"><td>乙</td><td>7</td><td>8</td></tr></table>';
    const { tree } = readHtml(src);
    expect(paragraphs(tree)).toEqual(['本年度收到申请10件，新增。']);
    expect(grid(tree)).toEqual([
      ['甲', '', '6'],
      ['', '', ''],
    ]);
  });
});

describe('hidden rows and cells are not read', () => {
  const applications = consistentApplications();
  const page = writeReport({ applications }, 'html');

  /** The page with a copy of a row, hidden by `hide`, every value of it `value`, inserted before the row. */
  function withHiddenCopy(text: string, rowLine: number, hide: string, value: number): string {
    const lines = text.split('\n');
    const start = rowLine - 1;
    const end = lines.indexOf('</tr>', start);
    const copy = lines.slice(start, end + 1).map((l) => l.replace(/^<td>\d+<\/td>$/, `<td>${value}</td>`));
    expect(copy[0]).toBe('<tr>');
    copy[0] = `<tr ${hide}>`;
    expect(copy.filter((l) => l === `<td>${value}</td>`).length).toBeGreaterThan(0);
    return [...lines.slice(0, start), ...copy, ...lines.slice(start)].join('\n');
  }

  it.each([['style="display:none"'], ['hidden'], ['style="font-size:0px"']])(
    'an old 四、结转下年度 row of 99s in table 三, <tr %s>, is no row (8 application-totals errors before)',
    async (hide) => {
      const html = withHiddenCopy(page.text, page.rowAt('carryForward'), hide, 99);
      expect((await tablesOf(html)).applications?.['carryForward']).toEqual(
        (await tablesOf(page.text)).applications?.['carryForward'],
      );
      expect((await tablesOf(html)).applications?.['carryForward']?.['total']).toBe(applications['carryForward']![6]);
      expect(await findings(html)).toEqual([]);
    },
  );

  it('a hidden row of 7s in table 四 does not replace the shown values (they read 7, blaming the narrative)', async () => {
    const review = writeReport({}, 'html');
    const lines = review.text.split('\n');
    // Its data row: the last row of the table.
    const tr = lines.lastIndexOf('<tr>', lines.indexOf('</table>', review.tableAt('review').line - 1));
    expect(lines.slice(tr + 1, tr + 16)).toEqual(REVIEW_OK.map((v) => `<td>${v}</td>`));
    const hidden = `<tr style="display: none">${'<td>7</td>'.repeat(15)}</tr>`;
    const html = [...lines.slice(0, tr), hidden, ...lines.slice(tr)].join('\n');
    expect((await tablesOf(html)).review).toEqual((await tablesOf(review.text)).review);
    expect((await tablesOf(html)).review?.['litigation']?.['total']).toBe(6);
    expect(await findings(html)).toEqual([]);
  });

  it('a hidden cell takes no column: the cells after it stay under their headers', async () => {
    const html = reviewTotal('8</td><td hidden>77');
    expect(html).toContain('<td>8</td><td hidden>77</td>');
    expect(await tablesOf(html)).toEqual(await tablesOf(clean));
    expect(await findings(html)).toEqual([]);
    const src = '<table><tr><td>甲</td><td style="display:none">1</td><td>2</td><td>3</td></tr></table>';
    expect(grid(readHtml(src).tree)).toEqual([['甲', '2', '3']]);
  });

  it('a hidden row group is no rows', () => {
    const src =
      '<table><tbody hidden><tr><td>甲</td><td>1</td></tr></tbody><tbody><tr><td>乙</td><td>2</td></tr></tbody></table>';
    expect(grid(readHtml(src).tree)).toEqual([['乙', '2']]);
  });
});

describe('invisible characters written as entities', () => {
  const applications = consistentApplications();
  const total = applications['handled']![6]!;

  it.each([['&#8203;'], ['&#x200B;'], ['&shy;'], ['&#xFEFF;'], ['&#8288;']])(
    'inside every value of （七）总计, %s is dropped (numeric-cells errors and a false missing row before)',
    async (entity) => {
      expect(total).toBeGreaterThanOrEqual(10);
      const split = (v: number): string => (v >= 10 ? `${String(v).slice(0, 1)}${entity}${String(v).slice(1)}` : `${v}${entity}`);
      let values: Record<string, Value[]> = applications;
      applications['handled']!.forEach((v, i) => (values = withCell(values, 'handled', i, split(v))));
      const html = writeReport({ applications: values }, 'html').text;
      expect(html).toContain(`<td>${split(total)}</td>`);
      const read = await tablesOf(html);
      expect(read.applications?.['handled']?.['total']).toBe(total);
      expect(read).toEqual(await tablesOf(clean));
      expect(await findings(html)).toEqual([]);
    },
  );

  it('in a row label too', () => {
    const { tree } = readHtml('<table><tr><td>（七）&#8203;总&shy;计</td><td>1&#x2060;2</td></tr></table>');
    expect(grid(tree)).toEqual([['（七）总计', '12']]);
  });
});

describe('a footnote mark after a number in a cell', () => {
  const applications = consistentApplications();
  const total = applications['new']![6]!;

  it.each([['<sup>1</sup>'], ['<sup>注</sup>'], ['<sup>[2]</sup>']])(
    '%s after 一、本年新收 总计 is no part of it',
    async (mark) => {
      expect(total).toBeGreaterThanOrEqual(10);
      const html = writeReport({ applications: withCell(applications, 'new', 6, `${total}${mark}`) }, 'html').text;
      const read = await tablesOf(html);
      expect(read.applications?.['new']?.['total']).toBe(total);
      expect(read).toEqual(await tablesOf(clean));
      expect(await findings(html)).toEqual([]);
    },
  );

  it('table 四 总计 8<sup>1</sup> reads 8 (it read 81 and accused the total)', async () => {
    const html = reviewTotal('8<sup>1</sup>');
    expect((await tablesOf(html)).review?.['review']?.['total']).toBe(8);
    expect(await findings(html)).toEqual([]);
  });

  it('leaves <sup> alone elsewhere: in prose and in a cell that is no number', () => {
    const { tree } = readHtml(
      '<p>办公面积120m<sup>2</sup>。</p><table><tr><td>m<sup>2</sup></td><td>12<sup>1</sup></td></tr></table>',
    );
    expect(paragraphs(tree)).toEqual(['办公面积120m2。']);
    expect(grid(tree)).toEqual([['m2', '12']]);
  });
});

describe('text of no size (font-size:0) is hidden', () => {
  it.each([['font-size:0'], ['font-size: 0px'], ['font-size:0pt !important']])(
    'table 四 总计 <span style="%s">5</span>8 reads 8',
    async (style) => {
      const html = reviewTotal(`<span style="${style}">5</span>8`);
      expect((await tablesOf(html)).review?.['review']?.['total']).toBe(8);
      expect(await findings(html)).toEqual([]);
    },
  );

  it('but not a container of font-size:0 whose children set their own size (the inline-block spacing trick)', () => {
    const el = (style: string, inner = '') => ({
      type: 'element' as const,
      tagName: 'div',
      properties: { style },
      children: inner ? [{ type: 'element' as const, tagName: 'span', properties: { style: inner }, children: [] }] : [],
    });
    expect(isSkipped(el('font-size:0'))).toBe(true);
    expect(isSkipped(el('font-size:0', 'font-size:14px'))).toBe(false);
    expect(isSkipped(el('font-size:0.5em'))).toBe(false);
    const src = '<table><tr><td style="font-size:0"><span style="font-size:14px">8</span></td><td>9</td></tr></table>';
    expect(grid(readHtml(src).tree)).toEqual([['8', '9']]);
  });
});
