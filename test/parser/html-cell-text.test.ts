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
