/**
 * Markdown whose tables are HTML (MinerU, PaddleOCR and pandoc write a table with merged cells as
 * `<table><tr><td colspan="3">…`): read by the web page reader, placed in the Markdown file. Before, the HTML was
 * dropped and every table was called missing (red-team review, 2026-12-05).
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/index.js';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { consistentApplications, withCell, writeReport } from '../rules/support/report.js';

/**
 * The HTML report as Markdown, line for line: headings as `#`, paragraphs as text, tables kept as HTML, each
 * followed by the blank line that ends a Markdown HTML block (so lines after a table move down by one per table).
 */
function asMarkdown(html: string): { text: string; lineOf: (htmlLine: number) => number } {
  const out: string[] = [];
  const moved: number[] = [];
  for (const line of html.split('\n')) {
    moved.push(out.length + 1);
    if (/^<(!DOCTYPE|\/?html|head|\/?body|\/?article)/.test(line)) out.push('');
    else if (line.startsWith('<h1>')) out.push(`# ${line.slice(4, -5)}`);
    else if (line.startsWith('<h2>')) out.push(`## ${line.slice(4, -5)}`);
    else if (line.startsWith('<p>')) out.push(line.slice(3, -4), '');
    else if (line === '</table>') out.push(line, '');
    else out.push(line);
  }
  return { text: out.join('\n'), lineOf: (htmlLine) => moved[htmlLine - 1]! };
}

const ROW = 'denied.3';

describe('tables written as HTML inside Markdown', () => {
  const html = writeReport({}, 'html');
  const md = asMarkdown(html.text);

  it('are read cell for cell as the same tables in a web page', async () => {
    expect(md.text).toMatch(/^<table>$/m);
    const fromMarkdown = extractReport(await parseReport(md.text, { format: 'markdown' }));
    const fromHtml = extractReport(await parseReport(html.text, { format: 'html' }));
    expect(fromMarkdown.tables).toEqual(fromHtml.tables);
    expect(fromMarkdown.tables.applications?.[ROW]?.business).toBe(consistentApplications()[ROW]![1]);
  });

  it('give no finding on a clean report (each was a missingTable error)', async () => {
    const { messages } = await lint(md.text, { format: 'markdown', now: new Date('2025-06-01T00:00:00Z') });
    expect(messages.map((m) => `${m.ruleId}:${m.messageId ?? ''}`)).toEqual([]);
  });

  // A blank line inside the table ends Markdown's HTML block; the rows after it are still the table's.
  it('are read whole with a blank line between their rows', async () => {
    let rows = 0;
    const gapped = md.text.replace(/<\/tr>/g, (tr) => (++rows % 7 === 0 ? `${tr}\n` : tr));
    expect(gapped).toMatch(/<\/tr>\n\n<tr>/);
    const read = extractReport(await parseReport(gapped, { format: 'markdown' }));
    expect(read.tables).toEqual(extractReport(await parseReport(html.text, { format: 'html' })).tables);
    const { messages } = await lint(gapped, { format: 'markdown', now: new Date('2025-06-01T00:00:00Z') });
    expect(messages.map((m) => `${m.ruleId}:${m.messageId ?? ''}`)).toEqual([]);
  });

  it('place a wrong cell at its line and column in the Markdown file', async () => {
    const wrong = writeReport({ applications: withCell(consistentApplications(), ROW, 1, 9) }, 'html');
    const doc = asMarkdown(wrong.text);
    const { messages } = await lint(doc.text, { format: 'markdown', now: new Date('2025-06-01T00:00:00Z') });
    const cell = wrong.at(ROW, 'business');
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([
      ['application-totals', 'cellLikelyWrong', doc.lineOf(cell.line), cell.column],
    ]);
  });

  // MinerU writes every figure as inline math; what the math prints is the cell (red team rt9: before, every row
  // holding one was unread, and a wrong total in table 三 went unfound).
  it.each([
    ['$…$', (n: string) => `$${n}$`],
    ['$\\mathbf{…}$', (n: string) => `$\\mathbf{${n}}$`],
    ['$\\text{…}$', (n: string) => `$\\text{${n}}$`],
    ['$ d d d $ (math drops blanks)', (n: string) => `$ ${[...n].join(' ')} $`],
  ])('read figures written as inline math (%s) as their numbers', async (_name, math) => {
    const mathCells = (text: string): string =>
      text.replace(/<td([^>]*)>(\d+)<\/td>/g, (_, attrs: string, n: string) => `<td${attrs}>${math(n)}</td>`);
    const clean = mathCells(md.text);
    expect(clean).toContain(math('1'));
    expect(extractReport(await parseReport(clean, { format: 'markdown' })).tables).toEqual(
      extractReport(await parseReport(html.text, { format: 'html' })).tables,
    );
    const wrong = writeReport({ applications: withCell(consistentApplications(), ROW, 1, 9) }, 'html');
    const { messages } = await lint(mathCells(asMarkdown(wrong.text).text), {
      format: 'markdown',
      now: new Date('2025-06-01T00:00:00Z'),
    });
    expect(messages.map((m) => `${m.ruleId}:${m.messageId ?? ''}`)).toEqual(['application-totals:cellLikelyWrong']);
  });

  it('keep the blanks of \\text{…} (it prints as written): $\\text{4 0 3}$ is not one number', async () => {
    const spaced = md.text.replace(
      /<td([^>]*)>(\d{2,})<\/td>/,
      (_, attrs: string, n: string) => `<td${attrs}>$\\text{${[...n].join(' ')}}$</td>`,
    );
    const { messages } = await lint(spaced, { format: 'markdown', now: new Date('2025-06-01T00:00:00Z') });
    expect(messages.map((m) => `${m.ruleId}:${m.messageId ?? ''}`)).toEqual(['unreadable-content:rows']);
  });
});
