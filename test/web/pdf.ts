/**
 * A minimal PDF for the page test: lines of text on A4 pages, drawn with a Type0 font in Identity-H
 * (each character as its UTF-16 code unit) and a ToUnicode CMap mapping it back, as Word and WPS exports
 * do, so pdfjs extracts the Chinese text without any CMap file. Table rows are drawn as one text run per
 * cell at fixed x positions.
 */

export interface PdfLine {
  /** One cell for a paragraph; a table row's label first, then its values in columns. */
  cells: string[];
}

/** x and font size of cell c of n: the label in small type at the left, the values in even columns. */
export function place(c: number, n: number): [number, number] {
  if (n === 1) return [40, 10];
  if (c === 0) return [30, 5];
  return [250 + (c - 1) * Math.min(40, 320 / (n - 1)), 6];
}

/** A UTF-16 code unit as the four hex digits an Identity-H string and the ToUnicode map write. */
export const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');

function toUnicode(highBytes: number[]): string {
  const ranges = highBytes.map((h) => `<${hex4(h << 8)}> <${hex4((h << 8) | 0xff)}> <${hex4(h << 8)}>`);
  const blocks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const part = ranges.slice(i, i + 100);
    blocks.push(`${part.length} beginbfrange\n${part.join('\n')}\nendbfrange`);
  }
  return `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def /CMapType 2 def
1 begincodespacerange <0000> <FFFF> endcodespacerange
${blocks.join('\n')}
endcmap CMapName currentdict /CMap defineresource pop end end`;
}

/**
 * Objects 3 to 6 of such a PDF (objects 1 and 2 are the catalog and the page tree): the Type0 font in Identity-H,
 * its CID font, their descriptor and the ToUnicode map of every 256-character block `text` uses.
 */
export function addCidFont(add: (body: string) => number, stream: (data: string) => string, text: string): void {
  const high = [...new Set([...text].map((c) => c.charCodeAt(0) >> 8))].sort((a, b) => a - b);
  add('<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 6 0 R >>');
  add(
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /DW 1000 /CIDToGIDMap /Identity >>',
  );
  add(
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  add(stream(toUnicode(high)));
}

/**
 * How the page is drawn: `image` adds a grey image, over the whole page (`page`: a scan) or a small one in a
 * corner (`logo`); `invisible` draws the text in render mode 3 (3 Tr), unseen, as an OCR layer over a scan is.
 * `over` paints the image after the text (over it, as FineReader's "text under the page image" or a watermark);
 * `alpha` gives the image a soft mask (a PNG with an alpha channel), `opacity` paints it with that fill opacity.
 */
export interface PdfLayer {
  image?: 'page' | 'logo';
  invisible?: boolean;
  over?: boolean;
  alpha?: boolean;
  opacity?: number;
}

export function buildPdf(lines: PdfLine[], linesPerPage = 48, layer: PdfLayer = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const stream = (data: string) => `<< /Length ${new TextEncoder().encode(data).length} >>\nstream\n${data}\nendstream`;
  const text = lines.flatMap((l) => l.cells).join('');
  const pages: PdfLine[][] = [];
  for (let i = 0; i < lines.length; i += linesPerPage) pages.push(lines.slice(i, i + linesPerPage));
  // 1 catalog, 2 pages, 3 font, 4 cid font, 5 descriptor, 6 ToUnicode, then page + content pairs.
  const kids = pages.map((_, i) => `${7 + 2 * i} 0 R`).join(' ');
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  addCidFont(add, stream, text);
  // The image, when there is one, is the last object (written after the pages).
  const image = 7 + 2 * pages.length;
  const xobject = layer.image ? ` /XObject << /Im1 ${image} 0 R >>` : '';
  const gstate = layer.opacity === undefined ? '' : ` /ExtGState << /G1 << /ca ${layer.opacity} >> >>`;
  const placed = layer.image === 'page' ? '595 0 0 842 0 0' : '40 0 0 40 520 790';
  pages.forEach((page, p) => {
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >>${xobject}${gstate} >> /Contents ${8 + 2 * p} 0 R >>`,
    );
    const ops = page.flatMap((line, i) =>
      line.cells.map((cell, c) => {
        const [x, size] = place(c, line.cells.length);
        const hex = [...cell].map((ch) => hex4(ch.charCodeAt(0))).join('');
        return `BT /F1 ${size} Tf ${layer.invisible ? '3 Tr ' : ''}1 0 0 1 ${x} ${800 - 16 * i} Tm <${hex}> Tj ET`;
      }),
    );
    const paint = `q ${gstate ? '/G1 gs ' : ''}${placed} cm /Im1 Do Q`;
    if (layer.image && layer.over) ops.push(paint);
    else if (layer.image) ops.unshift(paint);
    add(stream(ops.join('\n')));
  });
  if (layer.image) {
    const side = 16;
    const pixels = Array.from({ length: side * side }, (_, i) => String.fromCharCode(((i * 37) % 90) + 33)).join('');
    const mask = layer.alpha ? ` /SMask ${image + 1} 0 R` : '';
    const gray = (extra: string) =>
      `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8${extra} /Length ${side * side} >>\nstream\n${pixels}\nendstream`;
    add(gray(mask));
    if (layer.alpha) add(gray(''));
  }
  return pdfFile(objects);
}

/**
 * The file of numbered objects (object i + 1 is objects[i], 1 the catalog): header, bodies, cross-reference table
 * and trailer. Offsets are byte offsets: the bodies must be ASCII (non-ASCII text written in hex).
 */
export function pdfFile(objects: readonly string[], version = '1.7'): Uint8Array {
  let out = `%PDF-${version}\n`;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
