/**
 * The page inside a web archive (.mht/.mhtml: Chrome/Edge "Webpage, Single File", IE/WPS "Web archive"): the
 * archive's parts found and its page (root) part chosen. Only the choosing is done here — the top-level
 * header, the boundary and each part's few headers; decoding the chosen part's transfer encoding is
 * postal-mime's (mhtml.ts). Browser-safe.
 */
import { ReadError } from '../read-error.js';
import { byteChars } from '../byte-chars.js';

export interface MimePart {
  /** Lower-cased header names to their unfolded values (the first of each name). */
  headers: ReadonlyMap<string, string>;
  /** Offsets of the part's body in the archive's bytes. */
  bodyStart: number;
  bodyEnd: number;
}

/** The top-level header block is a few hundred bytes; it is looked for no further than this. */
const MAX_HEADER_BLOCK = 64 * 1024;

/**
 * The header block starting at `from` and ending at the first blank line before `to`: its fields and where the
 * body starts. A part without a blank line is all header, its body empty; undefined when there is no blank line
 * and `to` is the text's end (the archive's own header block, cut short).
 */
function readHeaders(text: string, from: number, to: number): { headers: Map<string, string>; bodyStart: number } | undefined {
  const headers = new Map<string, string>();
  const noHeaders = /^\r?\n/.exec(text.slice(from, Math.min(from + 2, to)));
  if (noHeaders) return { headers, bodyStart: from + noHeaders[0].length };
  const block = text.slice(from, to);
  const end = /\r?\n\r?\n/.exec(block);
  if (!end && to >= text.length) return undefined;
  // Folded lines (starting with a blank) continue the field above them.
  const unfolded = block.slice(0, end?.index).replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const [, name, value] = /^([!-9;-~]+)[ \t]*:[ \t]*(.*)$/.exec(line) ?? [];
    if (name && value !== undefined && !headers.has(name.toLowerCase())) headers.set(name.toLowerCase(), value.trim());
  }
  return { headers, bodyStart: end ? from + end.index + end[0].length : to };
}

/** A parameter of a structured header value (`boundary`, `charset`, `start`), quoted or not. */
export function headerParam(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^\\s;]+))`, 'i').exec(value);
  return m?.[1] ?? m?.[2];
}

/** The media type of a Content-Type value, lower-cased (`text/html`). */
function mediaType(value: string | undefined): string {
  return (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * The archive's web pages: its header block (`top`) and, for a multipart archive, every text/html part between
 * its boundaries (the rest — styles, images — cannot be the page, and is not kept: an archive of a million
 * parts holds no million header maps); a single-part archive is its own one part. Throws `mhtmlTruncated` when the closing boundary
 * is missing (a download or copy cut short: what was read would lack the report's end, and its sections
 * would be called absent).
 */
export function mimeParts(bytes: Uint8Array): { top: MimePart; pages: MimePart[] } {
  const text = byteChars(bytes);
  const head = readHeaders(text, 0, Math.min(text.length, MAX_HEADER_BLOCK));
  if (!head) throw new ReadError('mhtmlTruncated', {}, 'web archive: no end to its header block');
  const top: MimePart = { headers: head.headers, bodyStart: head.bodyStart, bodyEnd: text.length };
  const contentType = head.headers.get('content-type');
  const boundary = headerParam(contentType, 'boundary');
  if (!mediaType(contentType).startsWith('multipart/') || !boundary) return { top, pages: isHtml(top) ? [top] : [] };
  const pages: MimePart[] = [];
  const delimiter = `--${boundary}`;
  // A delimiter stands at a line start; the line break before it belongs to it, not to the part before.
  const delimiterLine = `\n${delimiter}`;
  let at = text.startsWith(delimiter, head.bodyStart) ? head.bodyStart : text.indexOf(delimiterLine, head.bodyStart) + 1;
  while (at > 0) {
    const afterDelimiter = at + delimiter.length;
    if (text.startsWith('--', afterDelimiter)) return { top, pages };
    const lineEnd = text.indexOf('\n', afterDelimiter);
    if (lineEnd < 0) break;
    // Each part is scanned once: its end first, then its header block within it.
    const next = text.indexOf(delimiterLine, lineEnd);
    if (next < 0) break;
    const partEnd = Math.max(lineEnd + 1, text[next - 1] === '\r' ? next - 1 : next);
    const part = readHeaders(text, lineEnd + 1, partEnd) ?? { headers: new Map<string, string>(), bodyStart: partEnd };
    const found = { headers: part.headers, bodyStart: Math.min(part.bodyStart, partEnd), bodyEnd: partEnd };
    if (isHtml(found)) pages.push(found);
    at = next + 1;
  }
  throw new ReadError('mhtmlTruncated', {}, 'web archive: its closing boundary is missing (cut short)');
}

/** Content-IDs are written with angle brackets in headers, with or without them in `start`. */
function bareId(id: string | undefined): string | undefined {
  return id?.replace(/^<|>$/g, '').trim();
}

function isHtml(part: MimePart): boolean {
  return mediaType(part.headers.get('content-type')) === 'text/html';
}

/**
 * The page part: the one of its web pages the archive names — its `start` parameter (a Content-ID or Content-Location, RFC 2387),
 * else its own location (Chrome's Snapshot-Content-Location, a Content-Location) — when that is a web page,
 * else the first text/html part (browsers write the page first, its frames, styles and images after it).
 * Throws `mhtmlNoPage` when there is none.
 */
export function pagePart(top: MimePart, pages: readonly MimePart[]): MimePart {
  const start = bareId(headerParam(top.headers.get('content-type'), 'start'));
  const location = top.headers.get('snapshot-content-location') ?? top.headers.get('content-location');
  const named = start
    ? pages.find((p) => bareId(p.headers.get('content-id')) === start || p.headers.get('content-location') === start)
    : location
      ? pages.find((p) => p.headers.get('content-location') === location)
      : undefined;
  const page = named ?? pages[0];
  if (!page) throw new ReadError('mhtmlNoPage', {}, 'web archive: it holds no web page (text/html part)');
  return page;
}
