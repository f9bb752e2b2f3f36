/**
 * Digits in separate blocks of HTML or a .docx (<p>…申请</p><p>1</p><p>2</p><p>件。</p>, a PDF converted to Word or
 * HTML writes a number a paragraph) are two numbers, never one wrapped at the line's end: the text never says 12
 * (red team E, item 3). A number wrapped over two lines of one block of text (申请1 ⏎ 2件) is still one number.
 */
import { parseReport } from '../../src/parser/index.js';
import { proseOf } from '../../src/parser/query.js';
import { lint } from '../../src/engine/lint.js';
import { buildDocx } from '../helpers/html-docx-render.js';
import { consistentApplications, writeReport } from '../rules/support/report.js';

const NEW_TOTAL = consistentApplications().new![6]!;
const narrative = async (text: string, format: 'html' | 'text'): Promise<string[]> =>
  (await lint(text, { format, now: new Date('2024-03-01T00:00:00Z') })).messages
    .filter((m) => m.ruleId === 'narrative-consistency')
    .map((m) => m.message);

describe('digits in blocks of their own', () => {
  it('HTML: <p>1</p><p>2</p> between the words is not “says 12”', async () => {
    expect(NEW_TOTAL).not.toBe(12);
    const doc = writeReport({ overview: ['本局共收到政府信息公开申请', '1', '2', '件。'] }, 'html').text;
    expect(doc).toContain('<p>1</p>\n<p>2</p>');
    expect(await narrative(doc, 'html')).toEqual([]);
    const report = (await parseReport(doc, { format: 'html' })).report;
    expect(proseOf(report, 'overview')).toContain('本局共收到政府信息公开申请1 2件。');
  });

  it('text: a number wrapped over two lines of one paragraph is one number, 12, compared with the table', async () => {
    const doc = writeReport({ overview: ['本局共收到政府信息公开申请1\n2件。'] }, 'lines').text;
    expect(await narrative(doc, 'text')).toEqual([expect.stringMatching(new RegExp(`12.*${NEW_TOTAL}`))]);
  });

  it('.docx: Word paragraphs holding 1 and 2 are not joined into 12', async () => {
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const p = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body = ['某市某局2023年政府信息公开工作年度报告', '一、总体情况', '本局共收到政府信息公开申请', '3', '7', '件。']
      .map(p)
      .join('');
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${ns}><w:body>${body}<w:sectPr/></w:body></w:document>`;
    const report = (await parseReport(await buildDocx(xml), { format: 'docx' })).report;
    expect(proseOf(report, 'overview')).toEqual(['本局共收到政府信息公开申请3 7件。']);
  });
});
