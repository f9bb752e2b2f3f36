/**
 * Writes small PDFs by hand, object by object, for the traits real published PDFs have and a browser's
 * print never produces (labels drawn one character at a time, vertical labels, offset baselines, footers
 * inside tables). Text uses a Type0 font with Identity-H encoding: each character is drawn as its UTF-16
 * code unit, and a ToUnicode CMap maps it back, as WPS and Word exports do with their embedded fonts.
 * Also writes the broken inputs: a scan-like page (an image, no text) and an encrypted file.
 */

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;

/** Text drawn at (x, y) in PDF points, y measured from the top of an A4 page. */
export interface TextOp {
  x: number;
  y: number;
  size: number;
  text: string;
  /** The text matrix's a b c d (PDF space, y up), times the size: a turned or slanted run; level by default. */
  matrix?: [number, number, number, number];
}

export interface PageSpec {
  texts?: TextOp[];
  /** Ruling lines (x1, y1, x2, y2), y from the top. */
  rules?: Array<[number, number, number, number]>;
  /** Draw a grey image over the page instead of text (a scanned page). */
  image?: boolean;
  /**
   * The page's drawing turned on the paper (degrees, counter-clockwise), without /Rotate: a page placed sideways
   * (90, 270: the paper landscape, 842 × 595) or upside down (180), as Ghostscript's BeginPage turn or a driver draws it.
   */
  turn?: 90 | 180 | 270;
  /** The page's /Rotate: how a viewer turns it for display. */
  rotate?: 90 | 180 | 270;
}

/** The matrix that turns an A4 page's drawing counter-clockwise onto its paper (turn: 90, 180, 270). */
const TURN_MATRIX: Record<90 | 180 | 270, string> = {
  90: `0 1 -1 0 ${PAGE_HEIGHT} 0`,
  180: `-1 0 0 -1 ${PAGE_WIDTH} ${PAGE_HEIGHT}`,
  270: `0 -1 1 0 0 ${PAGE_WIDTH}`,
};

export interface PdfOptions {
  /** Adds an /Encrypt dictionary whose user password is not empty. */
  encrypted?: boolean;
  /** A font that is not embedded, encoded with the predefined CMap UniGB-UCS2-H and no ToUnicode. */
  predefinedCMap?: boolean;
  /** Ruling lines drawn as filled rectangles 0.5 pt thick under a matrix that halves every length, as Word draws borders. */
  filledRules?: boolean;
}

const hex4 = (n: number): string => n.toString(16).toUpperCase().padStart(4, '0');
const num = (n: number): string => String(Math.round(n * 100) / 100);

function encodeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return `<${out}>`;
}

function toUnicodeCMap(highBytes: Set<number>): string {
  const ranges = [...highBytes]
    .sort((a, b) => a - b)
    .map((h) => `<${hex4(h << 8)}> <${hex4((h << 8) | 0xff)}> <${hex4(h << 8)}>`);
  const chunks: string[] = [];
  for (let i = 0; i < ranges.length; i += 100) {
    const part = ranges.slice(i, i + 100);
    chunks.push(`${part.length} beginbfrange\n${part.join('\n')}\nendbfrange`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

function pageContent(page: PageSpec, options: PdfOptions = {}): string {
  const ops: string[] = [];
  if (page.image) ops.push(`q ${PAGE_WIDTH - 100} 0 0 ${PAGE_HEIGHT - 100} 50 50 cm /Im1 Do Q`);
  for (const [x1, y1, x2, y2] of page.rules ?? []) {
    if (!options.filledRules) {
      ops.push(`${num(x1)} ${num(PAGE_HEIGHT - y1)} m ${num(x2)} ${num(PAGE_HEIGHT - y2)} l S`);
      continue;
    }
    // In the halved space: every coordinate doubled, the rule 1 unit (0.5 pt) thick around its line.
    const [x, y] = [2 * Math.min(x1, x2) - 0.5, 2 * (PAGE_HEIGHT - Math.max(y1, y2)) - 0.5];
    const [w, h] = [2 * Math.abs(x2 - x1) + 1, 2 * Math.abs(y2 - y1) + 1];
    ops.push(`q 0.5 0 0 0.5 0 0 cm ${num(x)} ${num(y)} ${num(w)} ${num(h)} re f Q`);
  }
  for (const t of page.texts ?? []) {
    const m = (t.matrix ?? [1, 0, 0, 1]).map((v) => String(Math.round(v * 10000) / 10000)).join(' ');
    ops.push(`BT /F1 ${num(t.size)} Tf ${m} ${num(t.x)} ${num(PAGE_HEIGHT - t.y)} Tm ${encodeText(t.text)} Tj ET`);
  }
  if (page.turn) return [`q ${TURN_MATRIX[page.turn]} cm`, ...ops, 'Q'].join('\n');
  return ops.join('\n');
}

export function buildPdf(pages: PageSpec[], options: PdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const stream = (dict: string, data: string): string =>
    `<< ${dict} /Length ${Buffer.byteLength(data, 'latin1')} >>\nstream\n${data}\nendstream`;

  const highBytes = new Set<number>();
  for (const p of pages)
    for (const t of p.texts ?? []) for (let i = 0; i < t.text.length; i++) highBytes.add(t.text.charCodeAt(i) >> 8);
  const catalog = add('');
  const pagesObj = add('');
  const toUnicode = add(stream('', toUnicodeCMap(highBytes)));
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /FangSong /Flags 4 /FontBBox [0 -140 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /FangSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>`,
  );
  const font = options.predefinedCMap
    ? add(
        `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${add(
          `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 95 500] >>`,
        )} 0 R] >>`,
      )
    : add(
        `<< /Type /Font /Subtype /Type0 /BaseFont /FangSong /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
      );
  let image = 0;
  if (pages.some((p) => p.image)) {
    const side = 32;
    let pixels = '';
    for (let i = 0; i < side * side; i++) pixels += String.fromCharCode(((i * 37) % 200) + 30);
    image = add(
      stream(`/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8`, pixels),
    );
  }
  const pageIds: number[] = [];
  for (const page of pages) {
    const content = add(stream('', pageContent(page, options)));
    const xobject = image ? ` /XObject << /Im1 ${image} 0 R >>` : '';
    const box = page.turn === 90 || page.turn === 270 ? `0 0 ${PAGE_HEIGHT} ${PAGE_WIDTH}` : `0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}`;
    const rotate = page.rotate ? ` /Rotate ${page.rotate}` : '';
    pageIds.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [${box}]${rotate} /Resources << /Font << /F1 ${font} 0 R >>${xobject} >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  let encrypt = 0;
  const id = '<5265706F72746C696E74504446466978>';
  if (options.encrypted) {
    // Arbitrary /O and /U: no password, not even the empty one, opens the file.
    const o = `<${'7A'.repeat(32)}>`;
    const u = `<${'3C'.repeat(32)}>`;
    encrypt = add(`<< /Filter /Standard /V 1 /R 2 /O ${o} /U ${u} /P -44 >>`);
  }

  let out = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [${id} ${id}]${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
