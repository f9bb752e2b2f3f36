/**
 * rtS #4: in a .docx, a PDF or a web archive a finding's line is a line of text nobody sees. A finding outside
 * the tables is placed by its page and section (engine/finding-place.ts), the way the editors' page places it.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/engine/lint.js';
import { placeOf } from '../src/engine/finding-place.js';
import { parseReport } from '../src/parser/index.js';
import { oneLine } from '../src/formatters/shared.js';
import { locationText } from '../src/messages/location-text.js';
import { HEADING } from './fuzz/template.js';
import { REPORT, type Block } from './helpers/html-docx-report.js';
import { buildDocx, toDocumentXml } from './helpers/html-docx-render.js';
import { toMarkdown } from './helpers/html-docx-report.js';

const now = new Date('2025-03-01T00:00:00Z');

/** The report without its fee statement (section 六) and without section 五 (heading and text). */
function withoutFeeAndProblems(): Block[] {
  const blocks: Block[] = structuredClone(REPORT);
  const problems = blocks.findIndex((b) => b.kind === 'heading' && b.text === HEADING.problems);
  blocks.splice(problems, 2);
  return blocks.filter((b) => !(b.kind === 'paragraph' && b.text.includes('信息处理费')));
}

describe('a finding outside the tables, where lines mean little', () => {
  it('is placed in a .docx by its section, a missing section before the one that should follow it', async () => {
    const result = await lint(await buildDocx(toDocumentXml(withoutFeeAndProblems())), { format: 'docx', now });
    const placed = result.messages.map((m) => `${m.ruleId}/${m.messageId} ${m.location ?? ''}`).sort();
    expect(placed).toEqual([`fee-statement/missing ${HEADING.other}`, `required-sections/missing 「${HEADING.other}」之前`]);
    const missing = result.messages.find((m) => m.ruleId === 'required-sections')!;
    expect(oneLine(missing, 'zh', 'docx')).toMatch(new RegExp(`（位置：「${HEADING.other}」之前）$`));
    expect(oneLine(missing, 'en', 'docx')).toMatch(new RegExp(`\\(before “${HEADING.other}”\\)$`));
  });

  it('keeps no place in Markdown, where its line is the editor’s own', async () => {
    const result = await lint(toMarkdown(withoutFeeAndProblems()), { format: 'markdown', now });
    expect(result.messages.map((m) => m.ruleId).sort()).toEqual(['fee-statement', 'required-sections']);
    expect(result.messages.map((m) => m.location)).toEqual([undefined, undefined]);
  });

  it('names a PDF’s page before the section, and the start of the report before any section', async () => {
    const parsed = await parseReport(toMarkdown(REPORT), { format: 'markdown' });
    const lines = parsed.text.split('\n');
    const review = parsed.report.children.find((p) => p.type === 'section' && p.key === 'review');
    const heading = review!.position!.start.line;
    expect(heading).toBeGreaterThan(9);
    // Lines 1–9 on page 1, the rest on page 2.
    const pages = lines.map((_, i) => (i < 9 ? 1 : 2));
    const at = (line: number, ruleId = 'fee-statement', messageId?: string, column = 1) =>
      placeOf(parsed.report, pages, { line, column, ruleId, ...(messageId ? { messageId } : {}) });
    expect(at(1)).toBe('第1页 · 报告开头');
    expect(at(heading + 1)).toBe(`第2页 · ${HEADING.review}`);
    expect(at(heading, 'required-sections', 'missing', review!.position!.start.column)).toBe(`第2页 · 「${HEADING.review}」之前`);
    expect(placeOf(parsed.report, undefined, { line: 1, column: 1, ruleId: null })).toBe('报告开头');
  });

  it('is said in the reader’s language, the report’s own headings as printed', () => {
    expect(locationText(`第2页 · ${HEADING.review}`, 'en')).toBe(`page 2 · ${HEADING.review}`);
    expect(locationText(`「${HEADING.review}」之前`, 'en')).toBe(`before “${HEADING.review}”`);
    expect(locationText('第1页 · 报告开头', 'en')).toBe('page 1 · start of the report');
    expect(locationText('报告开头', 'zh')).toBe('报告开头');
  });
});
