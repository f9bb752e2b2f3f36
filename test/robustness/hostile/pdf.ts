/** A minimal PDF writer for hostile PDFs: many pages, huge Flate streams, forms drawn inside forms. */
import { deflateSync } from 'node:zlib';

type Obj = string | { dict: string; stream: Uint8Array };

function pdf(objects: readonly Obj[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const body =
      typeof o === 'string'
        ? Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1')
        : Buffer.concat([
            Buffer.from(`${i + 1} 0 obj\n<< ${o.dict} /Length ${o.stream.length} >>\nstream\n`, 'latin1'),
            Buffer.from(o.stream),
            Buffer.from('\nendstream\nendobj\n'),
          ]);
    parts.push(body);
    length += body.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
  ].join('');
  parts.push(
    Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'),
  );
  return new Uint8Array(Buffer.concat(parts));
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** `pages` pages of text; object 1 catalog, 2 pages, 3 font, then page/content pairs. */
export function textPdf(pages: number, line = 'Annual report 2023', contentOf?: (page: number) => Uint8Array): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${4 + 2 * i} 0 R`).join(' ');
  const objects: Obj[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`, FONT];
  for (let i = 0; i < pages; i++) {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`,
    );
    const raw = contentOf?.(i) ?? Buffer.from(`BT /F1 12 Tf 72 770 Td (${line} p${i + 1}) Tj ET`, 'latin1');
    objects.push({ dict: '/Filter /FlateDecode', stream: deflateSync(raw) });
  }
  return pdf(objects);
}

/**
 * One page drawing form 1, which draws form 2 `fan` times, … down `levels` levels, the last showing text:
 * fan^levels text runs from a few hundred bytes.
 */
export function fanOutPdf(fan: number, levels: number): Uint8Array {
  const objects: Obj[] = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [4 0 R] /Count 1 >>', FONT];
  const formId = (level: number): number => 6 + level;
  objects.push(
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> /XObject << /X ${formId(0)} 0 R >> >> /Contents 5 0 R >>`,
  );
  objects.push({ dict: '/Filter /FlateDecode', stream: deflateSync(Buffer.from('/X Do')) });
  for (let level = 0; level < levels; level++) {
    const last = level === levels - 1;
    // Each copy is shifted a little, so pdfjs cannot merge the runs into one.
    const body = last
      ? 'BT /F1 1 Tf 10 10 Td (x) Tj ET'
      : Array.from({ length: fan }, (_, k) => `q 1 0 0 1 ${k + 1} ${level + 1} cm /X Do Q`).join('\n');
    const resources = last ? '/Font << /F1 3 0 R >>' : `/XObject << /X ${formId(level + 1)} 0 R >>`;
    objects.push({
      dict: `/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << ${resources} >> /Filter /FlateDecode`,
      stream: deflateSync(Buffer.from(body)),
    });
  }
  return pdf(objects);
}

/** A one-page PDF whose content stream inflates to `megabytes` MB (spaces: valid, meaningless content). */
export function flateBombPdf(megabytes: number): Uint8Array {
  const raw = Buffer.alloc(megabytes * 1024 * 1024, 0x20);
  return textPdf(1, '', () => raw);
}
