/**
 * A scanned report published as a PDF with an OCR text layer (ocrmypdf, tesseract, ABBYY, WPS): a page-size
 * image with the OCR's text drawn invisibly over it (3 Tr). That text is a guess at the report (characters
 * misread, words on the wrong line): the red team's scans had false errors in 17 of 17 reads (rt12). Such a
 * PDF gets one unreadable-content warning (ocrScan) and no other finding; the same text drawn visibly, or a
 * born-digital page with a small logo, is read and checked as before.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { factsOf } from '../../src/engine/facts.js';
import { extractReport } from '../../src/engine/extract.js';
import { verdictOf } from '../../src/formatters/summary-data.js';
import { readPdf } from '../../src/parser/adapters/pdf.js';
import { hasMaskedImages, isOcrPage, type ScanOps } from '../../src/parser/adapters/pdf-scan.js';
import { buildPdf, type PdfLayer } from '../web/pdf.js';
import { report, toLines } from '../web/fixture.js';

const DEFECTS = { wrongReviewTotal: true, halfYear: true };
const pdf = (layer: PdfLayer): Uint8Array => buildPdf(toLines(report(DEFECTS)), 48, layer);

async function lintPdf(bytes: Uint8Array) {
  return lint(bytes, { filePath: 'report.pdf' });
}

describe('pdf: a scan with an OCR text layer', () => {
  it('gets one unreadable-content warning (ocrScan), no error, and is not read in full', async () => {
    const result = await lintPdf(pdf({ image: 'page', invisible: true }));
    expect(result.errorCount).toBe(0);
    expect(result.messages.map((m) => `${m.ruleId}:${m.messageId}:${m.severity}`)).toEqual(['unreadable-content:ocrScan:1']);
    expect(result.messages[0]!.message).toContain('扫描件');
    const parsed = await parseReport(pdf({ image: 'page', invisible: true }), { filePath: 'report.pdf' });
    // The scan is named first; what else its guessed text left unread may follow.
    expect(factsOf(parsed.report).unread?.[0]).toBe('ocrScan');
    expect(verdictOf({ ...result, facts: factsOf(parsed.report) })).toBe('unreadable');
    const out = await readPdf(pdf({ image: 'page', invisible: true }));
    expect(out.ocrScan).toBe(true);
  });

  it('its tables are read as OCR’s, for extract: a row that does not add up is unread, not given (rtR #8)', async () => {
    // （一）予以公开's total 7 more than its parts: as typed, a wrong total; in OCR's text, maybe a misread digit.
    const lines = toLines(report(DEFECTS)).map(({ cells }) =>
      cells.some((c) => c.includes('予以公开'))
        ? { cells: cells.map((c, k) => (k === cells.length - 1 && /^\d+$/.test(c) ? String(Number(c) + 7) : c)) }
        : { cells },
    );
    const read = async (layer: PdfLayer) => extractReport(await parseReport(buildPdf(lines, 48, layer), { filePath: 'r.pdf' }));
    const typed = await read({});
    const scan = await read({ image: 'page', invisible: true });
    expect(typed.tables.applications?.['granted']).toBeDefined();
    expect(scan.reading.ocrScan).toBe(true);
    expect(scan.tables.applications?.['granted']).toBeUndefined();
  });

  it('the same text drawn visibly, without the image, is checked: its planted defects are found', async () => {
    const result = await lintPdf(pdf({}));
    const rules = new Set(result.messages.filter((m) => m.severity === 2).map((m) => m.ruleId));
    expect(rules).toContain('statistical-period');
    expect(rules).toContain('review-litigation-totals');
    expect(result.messages.some((m) => m.messageId === 'ocrScan')).toBe(false);
    expect((await readPdf(pdf({}))).ocrScan).toBeUndefined();
  });

  it('a born-digital page with a small logo is no scan; nor is visible text over a page-size image', async () => {
    for (const layer of [{ image: 'logo' }, { image: 'page' }, { image: 'logo', invisible: true }] as PdfLayer[]) {
      const result = await lintPdf(pdf(layer));
      expect(result.messages.some((m) => m.messageId === 'ocrScan')).toBe(false);
      expect(result.messages.some((m) => m.ruleId === 'statistical-period' && m.severity === 2)).toBe(true);
    }
  });

  // A watermark laid over typed text (review15 F4): a page-size image painted after the text, but translucent (a
  // PNG's alpha channel, an opacity), shows the text through it: read and checked. Opaque, it hides the text: the
  // text under it is an OCR's (FineReader's sandwich), a scan.
  it('a translucent page-size image over visible text is a watermark, not a scan', async () => {
    for (const layer of [
      { image: 'page', over: true, alpha: true },
      { image: 'page', over: true, opacity: 0.3 },
    ] as PdfLayer[]) {
      const result = await lintPdf(pdf(layer));
      expect(result.messages.some((m) => m.messageId === 'ocrScan')).toBe(false);
      expect(result.messages.some((m) => m.ruleId === 'statistical-period' && m.severity === 2)).toBe(true);
    }
    const sandwich = await lintPdf(pdf({ image: 'page', over: true }));
    expect(sandwich.messages.map((m) => `${m.ruleId}:${m.messageId}`)).toEqual(['unreadable-content:ocrScan']);
    expect(hasMaskedImages(pdf({ image: 'page', alpha: true }))).toBe(true);
    expect(hasMaskedImages(pdf({ image: 'page' }))).toBe(false);
    expect(hasMaskedImages(new TextEncoder().encode('<< /Type /ExtGState /SMask /None >> << /SMaskInData 0 >>'))).toBe(false);
    expect(hasMaskedImages(new TextEncoder().encode('<< /Subtype /Image /Mask [0 10] >>'))).toBe(true);
  });
});

describe('isOcrPage', () => {
  const ops: ScanOps = {
    save: 1,
    restore: 2,
    transform: 3,
    paintFormXObjectBegin: 4,
    paintFormXObjectEnd: 5,
    setTextRenderingMode: 6,
    showText: 7,
    showSpacedText: 8,
    nextLineShowText: 9,
    nextLineSetSpacingShowText: 10,
    paintImageXObject: 11,
    paintInlineImageXObject: 12,
    dependency: 13,
  };
  const area = 595 * 842;
  const page = [3, [595, 0, 0, 842, 0, 0]];
  it('sees the image painted, or removed by pdfjs (a page-size transform with nothing drawn)', () => {
    const painted: Array<[number, unknown]> = [
      [1, null],
      page as [number, unknown],
      [13, null],
      [11, ['img', 10, 10]],
      [2, null],
      [6, [3]],
      [7, []],
    ];
    expect(
      isOcrPage(
        painted.map((x) => x[0]),
        painted.map((x) => x[1]),
        ops,
        area,
      ),
    ).toBe(true);
    const removed: Array<[number, unknown]> = [[1, null], page as [number, unknown], [2, null], [6, [3]], [7, []], [7, []]];
    expect(
      isOcrPage(
        removed.map((x) => x[0]),
        removed.map((x) => x[1]),
        ops,
        area,
      ),
    ).toBe(true);
  });
  it('sees a scan written in strips (images that together cover the page)', () => {
    const strip = (k: number): Array<[number, unknown]> => [
      [1, null],
      [3, [595, 0, 0, 210, 0, 210 * k]],
      [2, null],
    ];
    const list: Array<[number, unknown]> = [...strip(0), ...strip(1), ...strip(2), ...strip(3), [6, [3]], [7, []]];
    expect(
      isOcrPage(
        list.map((x) => x[0]),
        list.map((x) => x[1]),
        ops,
        area,
      ),
    ).toBe(true);
    const two = list.slice(6);
    expect(
      isOcrPage(
        two.map((x) => x[0]),
        two.map((x) => x[1]),
        ops,
        area,
      ),
    ).toBe(false);
  });
  // FineReader's "text under the page image" (red team rtR #1): the OCR text drawn visibly, then the page's scan
  // painted over it, opaque. Drawn after the image, or under a translucent one, the text shows: no scan.
  it('sees text drawn under an opaque page-size image painted after it', () => {
    const run = (list: Array<[number, unknown]>) =>
      isOcrPage(
        list.map((x) => x[0]),
        list.map((x) => x[1]),
        { ...ops, setGState: 14, beginGroup: 15, endGroup: 16 },
        area,
      );
    const text: Array<[number, unknown]> = [
      [7, []],
      [8, []],
      [7, []],
    ];
    const image: Array<[number, unknown]> = [[1, null], page as [number, unknown], [11, ['img', 10, 10]], [2, null]];
    expect(run([...text, ...image])).toBe(true);
    expect(run([...text, [1, null], page as [number, unknown], [2, null]])).toBe(true);
    expect(run([...image, ...text])).toBe(false);
    expect(run([...text, [14, [[['ca', 0.3]]]], ...image])).toBe(false);
    // Translucent otherwise (review15 F4): a soft mask set, a group painted at an opacity (CSS opacity as Chromium
    // prints it: `0.5 ca`, a group, `1 ca` inside), or an image of the file that may carry an alpha channel.
    expect(run([...text, [14, [[['SMask', { subtype: 'Alpha' }]]]], ...image])).toBe(false);
    const group = { smask: null, isolated: true };
    const inGroup: Array<[number, unknown]> = [
      [14, [[['ca', 0.5]]]],
      [15, [group]],
      [4, [null, null]],
      [14, [[['ca', 1]]]],
    ];
    const grouped = [...text, [1, null], ...inGroup, ...image, [5, []], [16, [group]], [2, null]] as Array<[number, unknown]>;
    expect(run(grouped)).toBe(false);
    expect(run(grouped.map(([op, a]) => (op === 14 && a !== undefined ? [op, [[['ca', 1]]]] : [op, a])))).toBe(true);
    const masked = [...text, ...image];
    const scanIf = (hasMaskedImages: boolean) =>
      isOcrPage(
        masked.map((x) => x[0]),
        masked.map((x) => x[1]),
        ops,
        area,
        () => hasMaskedImages,
      );
    expect(scanIf(true)).toBe(false);
    expect(scanIf(false)).toBe(true);
  });
  it('needs the text invisible, the image large, and some text', () => {
    const cases: Array<Array<[number, unknown]>> = [
      [[1, null], page as [number, unknown], [2, null], [7, []]],
      [
        [1, null],
        [3, [40, 0, 0, 40, 500, 780]],
        [11, ['img', 10, 10]],
        [2, null],
        [6, [3]],
        [7, []],
      ],
      [[1, null], page as [number, unknown], [2, null], [6, [3]]],
      [[1, null], page as [number, unknown], [2, null], [6, [3]], [7, []], [6, [0]], [7, []]],
    ];
    for (const c of cases)
      expect(
        isOcrPage(
          c.map((x) => x[0]),
          c.map((x) => x[1]),
          ops,
          area,
        ),
      ).toBe(false);
  });
});
