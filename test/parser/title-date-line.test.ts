/**
 * A date printed under a title that names no year (发布日期：2025年1月20日, （2025年1月20日）, the organ and the day)
 * is never a piece of the title: joined to it, it made the publication year the report's year, and a compliant
 * 2024 report got false statistical-period, publication-date and narrative-year errors (red team I1, 2026-12-06).
 * Every family: Markdown, plain text, a Word-style web page (title in <p><b>) and .docx.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import type { InputFormat } from '../../src/parser/types.js';
import { ORGAN, REPORT, toMarkdown, type Block } from '../helpers/html-docx-report.js';
import { buildDocx, toDocumentXml, toHtmlPage } from '../helpers/html-docx-render.js';
import { reportUnder } from '../helpers/title-report.js';

const now = new Date('2025-03-01T00:00:00Z');
const TITLE = `${ORGAN}政府信息公开工作年度报告`;

/** REPORT (a 2024 report, stated so by its period) under a yearless title, with `under` printed below the title. */
function blocks(titleKind: 'title' | 'heading', under: string[]): Block[] {
  const rest = REPORT.filter((b) => b.kind !== 'title');
  return [{ kind: titleKind, text: TITLE }, ...under.map((text): Block => ({ kind: 'paragraph', text })), ...rest];
}

async function renderings(under: string[]): Promise<Array<[string, InputFormat, string | Uint8Array]>> {
  const markdown = toMarkdown(blocks('title', under));
  return [
    ['markdown', 'markdown', markdown],
    ['text', 'text', markdown.replace(/^#+ /gm, '')],
    // Word's "save as web page": no <h1>, the title a bold centred paragraph.
    ['word-style page', 'html', toHtmlPage(blocks('heading', under))],
    ['docx, title styled', 'docx', await buildDocx(toDocumentXml(blocks('title', under)))],
    ['docx, title in bold', 'docx', await buildDocx(toDocumentXml(blocks('heading', under)))],
  ];
}

describe('a date line under a yearless title', () => {
  it.each([
    ['发布日期：', ['发布日期：2025年1月20日']],
    ['发布时间： with dashes', ['发布时间：2025-01-20']],
    ['a bracketed day', ['（2025年1月20日）']],
    ['the organ, then the day', [ORGAN, '2025年1月20日']],
  ])('%s: the title is its own words and the year is the period’s, no finding', async (_name, under) => {
    const read = [];
    for (const [name, format, input] of await renderings(under)) {
      const { report } = await parseReport(input, { format });
      const result = await lint(input, { format, now });
      read.push([name, report.title, report.year, report.organ, result.messages.map((m) => m.ruleId)]);
    }
    // Every rendering read alike: its own title, the period's year, no finding.
    expect(read).toEqual(read.map(([name]) => [name, TITLE, 2024, ORGAN, []]));
  });
});

describe('what a yearless title’s next line may still add', () => {
  it('its year in brackets (（2023年度）)', async () => {
    const report = await reportUnder(['青石县自然资源局政府信息公开工作年度报告', '（2023年度）'], 'report.txt');
    expect([report.title, report.year]).toEqual(['青石县自然资源局政府信息公开工作年度报告（2023年度）', 2023]);
  });

  it('not the organ’s name printed again under it', async () => {
    const report = await reportUnder(['# 青石县自然资源局政府信息公开工作年度报告', '', '青石县自然资源局', '', '2024年1月20日']);
    expect([report.title, report.year]).toEqual(['青石县自然资源局政府信息公开工作年度报告', 2023]);
  });
});
