/** Format detection: by extension, by the first bytes of binary input, by sniffing text. */
import { describe, expect, it } from '@jest/globals';
import { detectFormat, sniff, sniffBytes } from '../../src/parser/detect.js';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { lint } from '../../src/engine/lint.js';
import { markdownGfm, markdownTabs, table3, textCellPerLine, textPipes } from '../helpers/report-fixture.js';

describe('format detection', () => {
  it('chooses by extension first', () => {
    expect(detectFormat('a/b.MD', undefined)).toBe('markdown');
    expect(detectFormat('a.htm', undefined)).toBe('html');
    expect(detectFormat('a.docx', undefined)).toBe('docx');
    expect(detectFormat('a.pdf', undefined)).toBe('pdf');
    expect(detectFormat('a.txt', '## 一、总体情况')).toBe('markdown');
  });
  it('sniffs text: headings, pipe tables and two kinds of Markdown construct are Markdown; a page is HTML', () => {
    expect(sniff('# 2021\n')).toBe('markdown');
    // Bold alone is no evidence (editors bold a title in pasted text); bold with a list, a link or a quote is.
    expect(sniff('前言\n**一、总体情况**\n')).toBe('text');
    expect(sniff('**报告**\n\n**一、总体情况**\n')).toBe('text');
    expect(sniff('前言\n**一、总体情况**\n- 主动公开\n')).toBe('markdown');
    expect(sniff('**一、总体情况**\n见[附件](a.pdf)\n')).toBe('markdown');
    expect(sniff('**一、总体情况**\n> 引文\n')).toBe('markdown');
    expect(sniff('| a | b |\n| --- | --- |\n')).toBe('markdown');
    expect(sniff('<!DOCTYPE html><html>')).toBe('html');
    expect(sniff('一、总体情况\n\t规章\n')).toBe('text');
  });
  it('recognises a PDF and a zip (.docx) by their first bytes', () => {
    expect(sniffBytes(new TextEncoder().encode('%PDF-1.7'))).toBe('pdf');
    expect(sniffBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0]))).toBe('docx');
    expect(sniffBytes(new TextEncoder().encode('一、总体情况'))).toBeUndefined();
  });
  it('a damaged .docx is one clear sentence', async () => {
    await expect(parseReport(new TextEncoder().encode('not a zip'), { filePath: 'a.docx' })).rejects.toMatchObject({
      name: 'ReadError',
      id: 'docxDamaged',
    });
    const { lint } = await import('../../src/engine/lint.js');
    const zh = await lint(new TextEncoder().encode('not a zip'), { filePath: 'a.docx' });
    expect(zh.messages[0]?.message).toBe('无法读取 .docx：文件已损坏，或不是 Word 文档（.doc 请另存为 .docx）');
    const en = await lint(new TextEncoder().encode('not a zip'), { filePath: 'a.docx', lang: 'en' });
    expect(en.messages[0]?.message).toBe('cannot read .docx: the file is damaged or not a Word document (save a .doc as .docx)');
    // An empty .docx: jszip's own words ("End of data reached …") in neither language.
    const empty = await lint(new Uint8Array(0), { filePath: 'empty.docx', lang: 'en' });
    expect(empty.messages.map((m) => m.message)).toEqual([en.messages[0]?.message]);
  });
});

describe('pasted text with a Markdown touch', () => {
  const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
  const boldTitle = (text: string): string => text.replace(/^(.+)$/m, '**$1**');
  // The section headings that stand on a line of their own, as ATX headings.
  const atxHeadings = (text: string): string => text.replace(/^[\u3000\t]*([一二三四五六]、[^|\t\n]{4,40})$/gm, '## $1');

  it('a .txt whose only Markdown is a bold title is read as text, every table read', async () => {
    for (const text of [boldTitle(textPipes()), boldTitle(textCellPerLine())]) {
      const parsed = await parseReport(bytes(text), { filePath: 'r.txt' });
      expect(parsed.format).toBe('text');
      expect(extractReport(parsed).tables.applications).toEqual(table3());
      expect((await lint(bytes(text), { filePath: 'r.txt' })).messages).toEqual([]);
    }
  });

  it('text tables under Markdown headings: the text reading is kept when it places more tables', async () => {
    for (const text of [atxHeadings(textPipes()), atxHeadings(textCellPerLine())]) {
      expect(text.match(/^## /gm)?.length).toBeGreaterThanOrEqual(3);
      const parsed = await parseReport(bytes(text), { filePath: 'r.txt' });
      expect(parsed.format).toBe('text');
      expect(extractReport(parsed).tables.applications).toEqual(table3());
      expect((await lint(text, { filePath: 'r.txt' })).messages).toEqual([]);
    }
  });

  it('Markdown that the Markdown reader reads whole stays Markdown; an extension or a forced format is obeyed', async () => {
    for (const text of [markdownGfm(), markdownTabs(), boldTitle(markdownTabs())]) {
      expect((await parseReport(bytes(text), { filePath: 'r.txt' })).format).toBe('markdown');
    }
    const pipes = atxHeadings(textPipes());
    expect((await parseReport(pipes, { filePath: 'r.md' })).format).toBe('markdown');
    expect((await parseReport(pipes, { format: 'markdown' })).format).toBe('markdown');
  });
});

describe('markdown nesting guard', () => {
  it('blanks container markers beyond 100 levels, keeping every offset', async () => {
    const { limitNesting } = await import('../../src/parser/adapters/markdown.js');
    const deep = '- '.repeat(150) + '一、总体情况\n';
    const limited = limitNesting(deep);
    expect(limited).toHaveLength(deep.length);
    expect(limited.slice(0, 200)).toBe('- '.repeat(100));
    expect(limited.slice(200, 300).trim()).toBe('');
    expect(limited.endsWith('一、总体情况\n')).toBe(true);
    expect(limitNesting('- - a\n> > b\n12. c')).toBe('- - a\n> > b\n12. c');
  });
  it('10,000 nested lists lint quickly to a result, not a hang or a stack overflow', async () => {
    const { lint } = await import('../../src/engine/lint.js');
    const result = await lint('- '.repeat(10000) + 'x\n', { filePath: 'deep.md' });
    expect(result.fatalErrorCount).toBe(0);
  });
});

describe('unreadable documents', () => {
  it('a stack overflow while parsing becomes one clear sentence', async () => {
    const { fatalResult } = await import('../../src/engine/lint.js');
    const result = fatalResult('deep.html', new RangeError('Maximum call stack size exceeded'));
    expect(result.messages).toEqual([
      expect.objectContaining({ ruleId: null, fatal: true, message: '文档嵌套层级过深，无法读取' }),
    ]);
    const english = fatalResult('deep.html', new RangeError('Maximum call stack size exceeded'), 'unreadable', 'en');
    expect(english.messages[0]?.message).toBe('the document is nested too deeply to read');
  });
});

describe('markdown table width guard', () => {
  it('pipes beyond 256 on a line become ｜, keeping every offset', async () => {
    const { limitColumns } = await import('../../src/parser/adapters/markdown.js');
    const row = '|'.repeat(300) + 'x\n| a | b |';
    const limited = limitColumns(row);
    expect(limited).toHaveLength(row.length);
    expect(limited.slice(0, 256)).toBe('|'.repeat(256));
    expect(limited.slice(256, 300)).toBe('｜'.repeat(44));
    expect(limited.endsWith('x\n| a | b |')).toBe(true);
  });
});

describe('an HTML table in a .txt', () => {
  it("is Markdown (an OCR tool's output saved as .txt): only the Markdown reader reads it", () => {
    expect(sniff('**某局2023年政府信息公开工作年度报告**\n\n<table><tr><td>自然人</td></tr></table>\n')).toBe('markdown');
    expect(sniff('某局报告\n\n正文提到 <table> 一词。\n')).toBe('text');
  });
});
