/**
 * tesseract's hOCR saved as a web page (rtH A10b): its words are an OCR engine's guess at a scan, each span placed by
 * its box, so table 二's row 规章 3 2 17 was cut into words and the row called missing. hOCR is read as a scan under an
 * OCR layer is: one unreadable-content finding, nothing asserted. A page without hOCR's marks is read as before.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { report, toMarkdown } from '../web/fixture.js';

/** The report's lines as hOCR writes them: a page div, a line span, a word span each. */
function hocr(marked: boolean): string {
  const lines = toMarkdown(report({ halfYear: true }))
    .split('\n')
    .filter((l) => l.trim() !== '' && !/^\|\s*-/.test(l))
    .map((l) =>
      l
        .replace(/^#+\s*/, '')
        .replace(/\|/g, ' ')
        .trim(),
    );
  const meta = marked ? "<meta name='ocr-system' content='tesseract 5.3.0' />" : '';
  const page = marked ? "class='ocr_page' id='page_1' title='bbox 0 0 1654 2339'" : "id='page_1'";
  const body = lines
    .map(
      (l, i) =>
        `<span class='ocr_line' id='line_1_${i}' title='bbox 100 ${100 + 30 * i} 1500 ${125 + 30 * i}'>${l
          .split(/\s+/)
          .map((w, k) => `<span class='ocrx_word' id='word_1_${i}_${k}'>${w}</span>`)
          .join(' ')}</span><br/>`,
    )
    .join('\n');
  return `<!DOCTYPE html><html><head><title></title>${meta}</head><body><div ${page}>\n${body}\n</div></body></html>`;
}

describe('html: hOCR', () => {
  it('an OCR engine’s hOCR output gets one unreadable-content finding (ocrText) and no other', async () => {
    const result = await lint(hocr(true), { filePath: 'report.hocr.html' });
    expect(result.messages.map((m) => `${m.ruleId}:${m.messageId}`)).toEqual(['unreadable-content:ocrText']);
  });

  it('the same page without hOCR’s marks is checked: its planted defect is found', async () => {
    const result = await lint(hocr(false), { filePath: 'report.html' });
    expect(result.messages.some((m) => m.messageId === 'ocrText')).toBe(false);
    expect(result.messages.some((m) => m.ruleId === 'statistical-period' && m.severity === 2)).toBe(true);
  });
});
