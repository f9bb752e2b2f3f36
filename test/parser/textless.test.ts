/**
 * A document that shows no text is one finding that says so, not eight "missing" errors (red team rtE): an empty
 * web page, a page of pictures (LibreOffice's "PDF as web page" export draws each line as a GIF), a .docx of
 * pasted scans with no typed title; Markdown of pictures alone too. A page with text is read as before.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { buildDocx, PICTURE_PARAGRAPH, toDocumentXml } from '../helpers/html-docx-render.js';

const NOW = new Date('2025-03-01T00:00:00Z');
const PAGE_OF_PICTURES =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>' +
  [1, 2, 3].map((n) => `<p><img src="page${n}.gif" width="800" height="1131"></p>`).join('') +
  '</body></html>';

async function fatal(
  input: string | Uint8Array,
  filePath: string,
): Promise<{ rules: (string | null)[]; message: string; fatal: number }> {
  const result = await lint(input, { filePath, now: NOW });
  return {
    rules: result.messages.map((m) => m.ruleId ?? null),
    message: result.messages[0]?.message ?? '',
    fatal: result.fatalErrorCount,
  };
}

describe('a document that shows no text', () => {
  it('an empty web page is one fatal "no text" message', async () => {
    const out = await fatal('<!DOCTYPE html><html><head><title></title></head><body>\n</body></html>', 'empty.html');
    expect(out).toEqual({ rules: [null], message: '文档中没有文字，没有可检查的内容', fatal: 1 });
  });

  it('a web page of pictures alone says it holds pictures and no text, in either language', async () => {
    const out = await fatal(PAGE_OF_PICTURES, 'scan.html');
    expect(out.rules).toEqual([null]);
    expect(out.message).toBe('文档中只有图片，没有文字（扫描件，或以图片发布），无法检查；请提供可复制文字的版本');
    const en = await lint(PAGE_OF_PICTURES, { filePath: 'scan.html', now: NOW, lang: 'en' });
    expect(en.messages.map((m) => m.message)).toEqual([
      'the document holds pictures and no text (a scan, or published as pictures): provide a version with text',
    ]);
  });

  it('a .docx of pasted scans with no typed word is the same one message', async () => {
    const body = PICTURE_PARAGRAPH.repeat(3);
    const xml = toDocumentXml([]).replace('<w:body>', `<w:body>${body}`);
    const out = await fatal(await buildDocx(xml), 'scan.docx');
    expect(out.rules).toEqual([null]);
    expect(out.message).toContain('文档中只有图片');
  });

  it('a page showing its report from a PDF in a frame, with no text of its own, is the noBody warning, not refused', async () => {
    const page = '<!DOCTYPE html><html><head><title></title></head><body><iframe src="report.pdf"></iframe></body></html>';
    const result = await lint(page, { filePath: 'framed.html', now: NOW });
    expect([result.fatalErrorCount, result.messages.map((m) => m.ruleId)]).toEqual([0, ['unreadable-content']]);
    expect(result.messages[0]?.message).toContain('没有报告正文');
  });

  it('Markdown of pictures alone too; one word beside them and the rules run', async () => {
    expect((await fatal('![第1页](p1.png)\n\n![第2页](p2.png)\n', 'scan.md')).message).toContain('文档中只有图片');
    const worded = await lint('# 某县2024年政府信息公开工作年度报告\n\n![第1页](p1.png)\n', { filePath: 'titled.md', now: NOW });
    expect(worded.fatalErrorCount).toBe(0);
    expect(worded.messages.map((m) => m.ruleId)).toEqual(['unreadable-content']);
  });
});

describe('a file written in another format', () => {
  it('an RTF file (Word or WPS "Save as RTF", as .rtf or renamed .doc) is one message to save it as .docx', async () => {
    const rtf = '{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 SimSun;}}\\pard 某县2024年政府信息公开工作年度报告\\par}';
    for (const name of ['report.rtf', 'report.doc', 'report.txt']) {
      const out = await fatal(rtf, name);
      expect(out).toEqual({ rules: [null], message: '这是 RTF 文档，无法直接读取；请“另存为” .docx 后再检查', fatal: 1 });
    }
  });
});
