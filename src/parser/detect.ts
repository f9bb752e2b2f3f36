/** Chooses the input format: by extension, then (for .txt, stdin and unknown extensions) by sniffing the text. */
import type { InputFormat } from './types.js';
import { byteChars, opensWith } from './byte-chars.js';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  mht: 'mhtml',
  mhtml: 'mhtml',
  docx: 'docx',
  pdf: 'pdf',
};

export function detectFormat(filePath: string | undefined, text: string | undefined): InputFormat {
  const ext = filePath?.match(/\.([A-Za-z0-9]+)$/)?.[1]?.toLowerCase();
  const known = ext ? BY_EXTENSION[ext] : undefined;
  if (known) return known;
  return text === undefined ? 'text' : sniff(text);
}

/**
 * An HTML document means html. Markdown needs evidence of its structure: an ATX heading, a GFM pipe table, or
 * two kinds of Markdown construct. Bold alone is not enough: editors bold a title in pasted text, and the text
 * reader reads `**` and GFM tables too, while the Markdown reader cannot recover text tables (tab, pipe
 * rows without a delimiter row, one cell per line), so a wrong guess of text costs less.
 */
export function sniff(text: string): InputFormat {
  if (isWebArchive(text.slice(0, SNIFF_BYTES))) return 'mhtml';
  const head = skipPreamble(text.slice(0, 4096)).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(body|article|div|table|p)[\s>]/.test(head))
    return 'html';
  if (/^#{1,6}[ \t]+\S/m.test(text)) return 'markdown';
  if (/^\|.*\|[ \t]*\r?\n\|[ \t]*:?-{3,}/m.test(text)) return 'markdown';
  // An HTML table in text (an OCR tool's Markdown saved as .txt): only the Markdown reader reads it.
  if (/^[ \t]*<table[\s>]/im.test(text)) return 'markdown';
  return MARKDOWN_CONSTRUCTS.filter((re) => re.test(text)).length >= 2 ? 'markdown' : 'text';
}

/** Bold at a line start, a list item, a link or picture, a block quote, a fenced code block. */
const MARKDOWN_CONSTRUCTS = [
  /^\*\*\S/m,
  /^[ \t]{0,3}[-*+][ \t]+\S/m,
  // A link's text holds no [ and its address no (: each try stops at the next one (a 100 KB line of 企[ took 28 s
  // scanning to its end from every [).
  /!?\[[^[\]\n]*\]\([^()\n]*\)/,
  /^[ \t]{0,3}>[ \t]?\S/m,
  /^[ \t]{0,3}(?:```|~~~)/m,
];

/**
 * What may precede a page's first tag: BOMs and blanks, an XML declaration, and comments, such as the
 * `<!-- saved from url=(0047)https://… -->` browsers write at the top of a saved page.
 */
function skipPreamble(head: string): string {
  let rest = head.replace(/^[\s\ufeff]+/, '');
  for (;;) {
    const m = /^(?:<!--[\s\S]*?-->|<\?xml[^>]*\?>)[\s\ufeff]*/i.exec(rest);
    if (!m) return rest;
    rest = rest.slice(m[0].length);
  }
}

/** The first bytes as text, one character per byte (enough to sniff a header block or a page's first tag). */
export function headText(bytes: Uint8Array): string {
  return byteChars(bytes.subarray(0, SNIFF_BYTES));
}

/** Binary formats recognised by their first bytes (a .docx piped to stdin, a PDF saved as .txt, a web archive). */
export function sniffBytes(bytes: Uint8Array): InputFormat | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head === '%PDF-') return 'pdf';
  if (isZip(bytes)) return 'docx';
  if (isWebArchive(headText(bytes))) return 'mhtml';
  return undefined;
}

/** A web archive's header block is a few hundred bytes; a longer one is no archive's. */
const SNIFF_BYTES = 4096;

/**
 * A web archive (.mht/.mhtml) opens with a MIME header block — header fields from the first line on, up to a
 * blank line — that declares `MIME-Version` and a `multipart/related` content type (Chrome, IE, WPS and Word
 * all write both). A report's text never opens like that.
 */
function isWebArchive(head: string): boolean {
  const block = /^([!-9;-~]+[ \t]*:[^\n]*\n(?:[ \t][^\n]*\n)*)+?\r?\n/.exec(head.replace(/^\ufeff/, ''))?.[0];
  if (!block) return false;
  return /^mime-version[ \t]*:/im.test(block) && /^content-type[ \t]*:[ \t]*multipart\/related\b/im.test(block);
}

/** The OLE2 compound file signature (D0 CF 11 E0 A1 B1 1A E1): Word 97–2003 `.doc`, WPS `.wps`, old Excel. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return opensWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/** Whether bytes open as a zip package (a .docx, an OFD, an archive): PK\3\4. */
export function isZip(bytes: Uint8Array): boolean {
  return opensWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

/**
 * The archive a file is, by its name (.zip, .rar, .7z: a site's 报告合集.zip, whatever it holds) or by its first
 * bytes (RAR, 7-Zip under another name; a zip under another name is left to the .docx reader, which names what it
 * holds: an OFD, a spreadsheet, an archive of reports). Undefined for anything else.
 */
export function archiveKind(filePath: string | undefined, bytes: Uint8Array): string | undefined {
  const ext = filePath?.match(/\.(zip|rar|7z)$/i)?.[1]?.toLowerCase();
  if (ext) return ext;
  if (opensWith(bytes, [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) return 'rar';
  if (opensWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
  return undefined;
}
