/**
 * PDFs with pictures where text would stand, drawn the way Chromium prints them (`q cm`, a colour, a graphics
 * state and a marked-content span around `/Im1 Do`): a page scanned into a text PDF (a page of nothing but a
 * picture), a table pasted as a screenshot under its heading, and a scan under an OCR layer drawn transparent
 * (fill opacity 0, Chromium's `color: transparent`) instead of in render mode 3. Lines as in test/web/pdf.ts:
 * one cell a paragraph, a table row's label then its values; a Type0 font with a ToUnicode map.
 */

import { addCidFont, hex4, pdfFile, place } from '../web/pdf.js';

export type PictureLine = { cells: string[] } | { picture: number; width?: number };

export interface PicturePdfOptions {
  /** Every page shows a page-size picture and its text drawn with fill opacity 0 over it (an OCR layer). */
  transparentOverScan?: boolean;
}

const TOP = 800;
const STEP = 16;

/** A picture painted as Chromium paints one: state set between its transformation and the image. */
const picture = (w: number, h: number, x: number, y: number): string =>
  `q ${w} 0 0 ${h} ${x} ${y} cm 0 0 0 RG 0 0 0 rg /GS1 gs /P <<>> BDC /Im1 Do EMC Q`;

/**
 * One PDF page per entry. `{ picture: n }` takes n line slots and draws a picture over them (`width` points wide,
 * 515 by default), no text.
 */
export function buildPicturePdf(pages: PictureLine[][], options: PicturePdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const stream = (data: string): string => `<< /Length ${data.length} >>\nstream\n${data}\nendstream`;
  const text = pages.flatMap((p) => p.flatMap((l) => ('cells' in l ? l.cells : []))).join('');
  // 1 catalog, 2 pages, 3 font, 4 cid font, 5 descriptor, 6 ToUnicode, 7 opaque state, 8 transparent state,
  // 9 image, then page + content pairs.
  const kids = pages.map((_, i) => `${10 + 2 * i} 0 R`).join(' ');
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  addCidFont(add, stream, text);
  add('<< /Type /ExtGState /ca 1 /BM /Normal >>');
  add('<< /Type /ExtGState /ca 0 /BM /Normal >>');
  const side = 16;
  const pixels = Array.from({ length: side * side }, (_, i) => String.fromCharCode(((i * 37) % 90) + 33)).join('');
  add(
    `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${side * side} >>\nstream\n${pixels}\nendstream`,
  );
  pages.forEach((page, p) => {
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /ExtGState << /GS1 7 0 R /GS0 8 0 R >> /XObject << /Im1 9 0 R >> >> /Contents ${11 + 2 * p} 0 R >>`,
    );
    const ops: string[] = options.transparentOverScan ? [picture(595, 842, 0, 0)] : [];
    let slot = 0;
    for (const line of page) {
      if ('picture' in line) {
        const bottom = TOP - STEP * (slot + line.picture - 1) - 4;
        ops.push(picture(line.width ?? 515, STEP * line.picture, 40, bottom));
        slot += line.picture;
        continue;
      }
      line.cells.forEach((cell, c) => {
        const [x, size] = place(c, line.cells.length);
        const hex = [...cell].map((ch) => hex4(ch.charCodeAt(0))).join('');
        const state = options.transparentOverScan ? 'q /GS0 gs ' : '';
        ops.push(`${state}BT /F1 ${size} Tf 1 0 0 1 ${x} ${TOP - STEP * slot} Tm <${hex}> Tj ET${state ? ' Q' : ''}`);
      });
      slot++;
    }
    add(stream(ops.join('\n')));
  });
  return pdfFile(objects);
}
