/**
 * Web archives (.mht/.mhtml) built for tests: the MIME structure IE's "Web archive" writes (its header block,
 * a folded Content-Type, quoted-printable with CRLF and soft breaks at 76), the page in GB2312 as a Chinese IE
 * saves it. Chromium's own archives are made by Chromium (test/parser/mhtml-chromium.test.ts).
 */
const BOUNDARY = '----=_NextPart_000_0000_01DA6F12.3C4B5A60';

/** GBK bytes of a text (TextEncoder only writes UTF-8): the decoder's table read backwards. */
const GBK: Map<string, number[]> = (() => {
  const map = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !map.has(char)) map.set(char, [lead, trail]);
    }
  return map;
})();

export function gbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else out.push(...(GBK.get(char) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

/** Quoted-printable as IE writes it: CRLF line breaks, `=XX` for bytes past ASCII and '=', soft breaks at 76. */
export function quotedPrintable(bytes: Uint8Array): string {
  const lines: string[] = [];
  let line = '';
  const put = (token: string): void => {
    if (line.length + token.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += token;
  };
  for (const b of bytes) {
    if (b === 0x0a) {
      lines.push(line);
      line = '';
    } else if (b === 0x0d) continue;
    else if (b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09)) put(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    else put(String.fromCharCode(b));
  }
  lines.push(line);
  return lines.join('\r\n');
}

export interface Part {
  headers: string[];
  body: string;
}

/** An archive with IE's header block (its Content-Type folded over three lines) and its parts. */
export function archive(parts: Part[], options: { close?: boolean; start?: string; location?: string } = {}): string {
  const start = options.start ? `;\r\n\tstart="${options.start}"` : '';
  return [
    'From: =?gb2312?B?08kgV2luZG93cyBJbnRlcm5ldCBFeHBsb3JlciA4ILGjtOY=?=',
    ...(options.location ? [`Snapshot-Content-Location: ${options.location}`] : []),
    'Subject: =?gb2312?B?x+C6zMrQuNPN5cf4yv2+3de21LTT0Q==?=',
    'Date: Mon, 20 Jan 2025 10:12:31 +0800',
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${BOUNDARY}"${start}`,
    'X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24158',
    '',
    'This is a multi-part message in MIME format.',
    '',
    ...parts.flatMap((p) => [`--${BOUNDARY}`, ...p.headers, '', p.body, '']),
    ...(options.close === false ? [] : [`--${BOUNDARY}--`, '']),
  ].join('\r\n');
}

/** The page as IE saved it: declared GB2312 in the part header and its own <meta>, quoted-printable. */
export function iePage(html: string): { html: string; part: Part } {
  const page = html.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
  const part = {
    headers: [
      'Content-Type: text/html;',
      '\tcharset="gb2312"',
      'Content-Transfer-Encoding: quoted-printable',
      'Content-Location: http://www.example.gov.cn/xxgk/202501/t20250120_7.htm',
    ],
    body: quotedPrintable(gbk(page)),
  };
  return { html: page, part };
}

/** A one-pixel logo, as every saved page carries images beside the page. */
export const logo: Part = {
  headers: [
    'Content-Type: image/gif',
    'Content-Transfer-Encoding: base64',
    'Content-Location: http://www.example.gov.cn/images/logo.gif',
  ],
  body: 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==',
};
