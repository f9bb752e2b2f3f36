// Red team rtG F0/F3: a section heading printed over two lines (Shift+Enter in Word: w:br, <br> in HTML; typed over two
// short paragraphs; a wrapped text line) could not be placed, and with it every check tied to the section was lost.
// The two pieces are read as one heading (split-headings.ts) when neither alone opens one.
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { sectionsOf } from '../../src/parser/query.js';
import { lint } from '../../src/engine/lint.js';
import type { ReportRoot, SectionKey } from '../../src/parser/types.js';
import { HEADING, SECTION_KEYS } from '../fuzz/template.js';
import { buildDocx, toDocumentXml } from '../helpers/html-docx-render.js';
import { REPORT } from '../helpers/html-docx-report.js';

const TITLE = '某县人民政府2023年政府信息公开工作年度报告';
const BODY = '本年度工作平稳推进。';
const ALL: SectionKey[] = [...SECTION_KEYS];

/** A report of bold headings, heading 三 written as `split` (already marked up for the format). */
function report(format: 'text' | 'html', split: string): string {
  if (format === 'html')
    return `<html><body><h1>${TITLE}</h1>${ALL.map((k) => `${k === 'applications' ? split : `<p><strong>${HEADING[k]}</strong></p>`}<p>${BODY}</p>`).join('')}</body></html>`;
  return [TITLE, ...ALL.flatMap((k) => [k === 'applications' ? split : HEADING[k], BODY])].join('\n\n') + '\n';
}

const placed = async (text: string, filePath: string): Promise<ReportRoot> => (await parseReport(text, { filePath })).report;

describe('a section heading over two lines is one heading', () => {
  it.each([
    ['text, two paragraphs', report('text', '三、收到和处理\n\n政府信息公开申请情况'), 'r.txt'],
    ['text, one line wrapped', report('text', '三、收到和处理政府信息\n公开申请情况'), 'r.txt'],
    ['Markdown, a hard break', report('text', '三、收到和处理  \n政府信息公开申请情况'), 'r.md'],
    [
      'HTML, <br> in a bold paragraph',
      report('html', '<p><strong>三、收到和处理<br>政府信息公开申请情况</strong></p>'),
      'r.html',
    ],
  ])('%s', async (_name, text, filePath) => {
    const r = await placed(text, filePath);
    expect(sectionsOf(r).map((s) => s.key)).toEqual(ALL);
    expect(sectionsOf(r).find((s) => s.key === 'applications')?.heading).toBe(HEADING.applications);
    expect(r.reading.sections.applications).toEqual({ status: 'read' });
  });

  it('joins nothing when the first piece is prose ending a sentence, or a heading of its own', async () => {
    const prose = await placed(
      report('text', `${HEADING.applications}\n\n本年共收到申请42件。\n\n四、政府信息公开行政复议`),
      'r.txt',
    );
    expect(sectionsOf(prose).map((s) => s.key)).toEqual(ALL);
    // Two headings on consecutive lines stay two (一 has no content, but both are placed).
    const empty = [TITLE, HEADING.overview, HEADING.active, BODY, ...ALL.slice(2).flatMap((k) => [HEADING[k], BODY])].join('\n');
    expect(sectionsOf(await placed(empty, 'r.txt')).map((s) => s.key)).toEqual(ALL);
  });

  it('a .docx heading with a soft line break (w:br) is placed, and the report lints clean', async () => {
    const marked = REPORT.map((b) => (b.kind === 'heading' && b.text === HEADING.applications ? { ...b, text: '⟪H3⟫' } : b));
    const bold = (t: string) => `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const split = `<w:p>${bold('三、收到和处理政府信息')}<w:r><w:br/></w:r>${bold('公开申请情况')}</w:p>`;
    const xml = toDocumentXml(marked).replace(/<w:p>(?:(?!<w:p>).)*?⟪(?:(?!<\/w:p>).)*<\/w:p>/, split);
    expect(xml).toContain('<w:br/>');
    expect(xml).not.toContain('⟪');
    const bytes = await buildDocx(xml);
    const r = (await parseReport(bytes, { format: 'docx' })).report;
    expect(sectionsOf(r).map((s) => s.key)).toEqual(ALL);
    const messages = (await lint(bytes, { format: 'docx', now: new Date('2025-03-01T00:00:00Z') })).messages;
    expect(messages.map((m) => [m.ruleId, m.line, m.message])).toEqual([]);
  });
});
