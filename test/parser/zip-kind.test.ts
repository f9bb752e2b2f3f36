/**
 * A zip that is no Word document (an OFD file, an OpenDocument file, a spreadsheet, an archive of reports) is named
 * for what it is, not called a damaged .docx (src/parser/adapters/zip-kind.ts); a real .docx still reads.
 */
import { describe, expect, it } from '@jest/globals';
import JSZip from 'jszip';
import { lint } from '../../src/engine/lint.js';
import { buildDocx } from '../helpers/html-docx-render.js';

async function zipOf(entries: Record<string, string>, stored: string[] = []): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(entries))
    zip.file(name, text, { compression: stored.includes(name) ? 'STORE' : 'DEFLATE' });
  return zip.generateAsync({ type: 'uint8array' });
}

const ODF = (type: string): Promise<Uint8Array> =>
  zipOf({ mimetype: `application/vnd.oasis.opendocument.${type}`, 'content.xml': '<office:document-content/>' }, ['mimetype']);

describe('a zip that is not a Word document', () => {
  it.each([
    [
      'an OFD document',
      'report.ofd',
      () => zipOf({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<ofd:Document/>' }),
      'ofdFile',
      '这是 OFD 版式文件，不是 Word 文档，无法读取；请检查原始的 Word/WPS 文档，或将其导出为 PDF 后再检查',
    ],
    [
      'an OpenDocument text',
      'report.odt',
      () => ODF('text'),
      'odtFile',
      '这是 OpenDocument 文档（.odt），无法直接读取；请“另存为” .docx 后再检查',
    ],
    [
      'an OpenDocument spreadsheet',
      'data.ods',
      () => ODF('spreadsheet'),
      'spreadsheetFile',
      '这是 Excel 或 WPS 表格文件，不是年度报告文档；请检查报告的 Word/WPS 文档',
    ],
    [
      'an Excel workbook',
      'data.xlsx',
      () => zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }),
      'spreadsheetFile',
      '这是 Excel 或 WPS 表格文件，不是年度报告文档；请检查报告的 Word/WPS 文档',
    ],
    [
      'a PowerPoint file',
      'slides.pptx',
      () => zipOf({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' }),
      'presentationFile',
      '这是演示文稿文件，不是年度报告文档；请检查报告的 Word/WPS 文档',
    ],
    [
      'an archive of reports named .docx',
      'reports.docx',
      () => zipOf({ '2023/a.md': '# 报告', '2023/b.pdf': '%PDF-1.7' }),
      'zipArchive',
      '这是 ZIP 压缩包，不是 Word 文档；请先解压，再检查其中的报告文件',
    ],
  ])('%s (%s) says what it is, in one fatal message', async (_name, filePath, make, messageId, message) => {
    const result = await lint(await make(), { filePath });
    expect(result.messages.map((m) => [m.fatal, m.line, m.column, m.message])).toEqual([[true, 1, 1, message]]);
    expect(result.fatalErrorCount).toBe(1);
    const { parseReport } = await import('../../src/parser/index.js');
    await expect(parseReport(await make(), { filePath })).rejects.toMatchObject({ name: 'ReadError', id: messageId });
  });

  it('in English too', async () => {
    const result = await lint(await zipOf({ 'OFD.xml': '<ofd:OFD/>' }), { filePath: 'r.ofd', lang: 'en' });
    expect(result.messages[0]?.message).toBe(
      'this is an OFD document, not a Word document, and cannot be read; check the original Word/WPS document, or export it as PDF',
    );
  });

  it('a real .docx still reads', async () => {
    const result = await lint(await buildDocx(), { filePath: 'report.docx' });
    expect(result.fatalErrorCount).toBe(0);
  });
});
