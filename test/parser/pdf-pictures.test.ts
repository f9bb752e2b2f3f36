/**
 * Pictures where a PDF's text would stand (rtH A1, A1b, A10): a page scanned into a text PDF was never noticed, so
 * the sections and tables on it were called missing (6 errors on a compliant report), and table 三 pasted as a
 * screenshot was "missing table 3" where the same page as HTML says the table is an image. Now a page that is only
 * a picture is said once, by its number, and nothing that may stand on it is accused; a large picture in a table's
 * section is that table as an image. A small picture (a seal, a logo) hides nothing, and defects on the text pages
 * are still found. A scan whose OCR text is drawn transparent (fill opacity 0) is a scan like one in render mode 3.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { readingOf } from '../../src/engine/extract.js';
import { report, toLines } from '../web/fixture.js';
import { buildPicturePdf, type PictureLine } from '../helpers/pdf-pictures.js';

const lines = (defects = {}): PictureLine[] => toLines(report(defects));
const at = (all: PictureLine[], words: string): number => all.findIndex((l) => 'cells' in l && l.cells[0]!.includes(words));
const summary = (messages: Array<{ ruleId: string | null; messageId?: string; severity: number }>): string[] =>
  messages.map((m) => `${m.ruleId}:${m.messageId}:${m.severity}`);

/** Page 1 up to `from`, then a page that is only a picture, then the rest from `to` (lines of the report). */
function withPicturePage(all: PictureLine[], from: number, to: number): Uint8Array {
  return buildPicturePdf([all.slice(0, from), [{ picture: 46 }], all.slice(to)]);
}

describe('pdf: a page that is only a picture', () => {
  it('sections 二 to 四 on a picture page: one warning naming page 2, nothing missing', async () => {
    const all = lines();
    const bytes = withPicturePage(all, at(all, '二、'), at(all, '五、'));
    const result = await lint(bytes, { filePath: 'report.pdf' });
    expect(result.errorCount).toBe(0);
    expect(summary(result.messages)).toEqual(['unreadable-content:picturePages:1']);
    expect(result.messages[0]!.message).toContain('第 2 页');
    const { report: parsed } = await parseReport(bytes, { filePath: 'report.pdf' });
    expect(readingOf(parsed).picturePages).toEqual([2]);
    expect(parsed.reading.sections.applications).toMatchObject({ status: 'unreadable', reason: { id: 'pageImage' } });
  });

  it('a table broken by the picture page: its rows and columns after the break are not missing', async () => {
    const all = lines();
    const bytes = withPicturePage(all, at(all, '二、') + 8, at(all, '三、'));
    const result = await lint(bytes, { filePath: 'report.pdf' });
    expect(result.messages.filter((m) => m.ruleId === 'table-structure')).toEqual([]);
    expect(result.messages.filter((m) => m.messageId === 'picturePages')).toHaveLength(1);
  });

  it('parts unread because the picture page stands in their place are said once, by the page', async () => {
    const all = lines();
    const bytes = withPicturePage(all, at(all, '二、') + 4, at(all, '四、'));
    const result = await lint(bytes, { filePath: 'report.pdf' });
    expect(result.errorCount).toBe(0);
    expect(summary(result.messages)).toEqual(['unreadable-content:picturePages:1']);
  });

  it('defects on the text pages are still found', async () => {
    const all = lines({ halfYear: true });
    const result = await lint(withPicturePage(all, at(all, '二、'), at(all, '五、')), { filePath: 'report.pdf' });
    expect(result.messages.some((m) => m.ruleId === 'statistical-period' && m.severity === 2)).toBe(true);
    expect(result.messages.some((m) => m.ruleId === 'required-sections')).toBe(false);
  });
});

describe('pdf: a picture in a page of text', () => {
  /** Table 三's rows replaced by a picture `width` points wide under its heading (none when 0). */
  async function table3As(width: number): Promise<string[]> {
    const all = lines();
    const from = at(all, '三、') + 1;
    const to = at(all, '四、');
    const shown: PictureLine[] = width ? [{ picture: 20, width }] : [];
    const result = await lint(buildPicturePdf([[...all.slice(0, from), ...shown, ...all.slice(to)]]), { filePath: 'report.pdf' });
    expect(result.errorCount).toBe(0);
    return result.messages.filter((m) => m.ruleId === 'unreadable-content').map((m) => m.message);
  }

  it('table 三 pasted as a picture under its heading is a table published as an image', async () => {
    const messages = await table3As(515);
    expect(messages).toContain('表三以图片形式发布，无法读取和核对其中的数据');
    expect(messages.some((m) => m.startsWith('无法读取表三'))).toBe(false);
  });

  it('a small picture there (a seal, a logo) is no table: read as without it', async () => {
    const without = await table3As(0);
    expect(without.some((m) => m.startsWith('无法读取表三'))).toBe(true);
    expect(await table3As(100)).toEqual(without);
  });
});

describe('pdf: a scan under an OCR layer drawn transparent', () => {
  it('text with fill opacity 0 over a page-size picture is an OCR layer: one ocrScan warning', async () => {
    const all = lines({ halfYear: true });
    const result = await lint(buildPicturePdf([all.slice(0, 40), all.slice(40)], { transparentOverScan: true }), {
      filePath: 'report.pdf',
    });
    expect(summary(result.messages)).toEqual(['unreadable-content:ocrScan:1']);
  });
});
