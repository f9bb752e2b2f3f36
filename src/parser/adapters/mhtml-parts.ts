/**
 * The page inside a web archive (.mht/.mhtml: Chrome/Edge "Webpage, Single File", IE/WPS "Web archive"): the
 * archive's parts found and its page (root) part chosen. Only the choosing is done here — the top-level
 * header, the boundary and each part's few headers; decoding the chosen part's transfer encoding is
 * postal-mime's (mhtml.ts). Browser-safe.
 */
import { ReadError } from '../read-error.js';

export interface MimePart {
  /** Lower-cased header names to their unfolded values (the first of each name). */
  headers: ReadonlyMap<string, string>;
  /** Offsets of the part's body in the archive's bytes. */
  bodyStart: number;
  bodyEnd: number;
}

/** The archive as one character per byte (windows-1252 maps every byte to one character): offsets are byte offsets. */
function byteText(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}

/**
 * Header blocks are a few hundred bytes; one is looked for no further than this, so an archive of many parts
 * without blank lines costs one scan, not one scan of the rest per part.
 */
const MAX_HEADER_BLOCK = 64 * 1024;

/** The header block starting at `from`: its fields and where the body starts (after the blank line). */
function readHeaders(text: string, from: number): { headers: Map<string, string>; bodyStart: number } | undefined {
  const headers = new Map<string, string>();
  const noHeaders = /^\r?\n/.exec(text.slice(from, from + 2));
  if (noHeaders) return { headers, bodyStart: from + noHeaders[0].length };
  const block = text.slice(from, from + MAX_HEADER_BLOCK);
  const end = /\r?\n\r?\n/.exec(block);
  if (!end) return undefined;
  // Folded lines (starting with a blank) continue the field above them.
  const unfolded = block.slice(0, end.index).replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const [, name, value] = /^([!-9;-~]+)[ \t]*:[ \t]*(.*)$/.exec(line) ?? [];
    if (name && value !== undefined && !headers.has(name.toLowerCase())) headers.set(name.toLowerCase(), value.trim());
  }
  return { headers, bodyStart: from + end.index + end[0].length };
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
 * The archive's parts: its header block (`top`) and, for a multipart archive, every part between its
 * boundaries; a single-part archive is its own one part. Throws `mhtmlTruncated` when the closing boundary
 * is missing (a download or copy cut short: what was read would lack the report's end, and its sections
 * would be called absent).
 */
export function mimeParts(bytes: Uint8Array): { top: MimePart; parts: MimePart[] } {
  const text = byteText(bytes);
  const head = readHeaders(text, 0);
  if (!head) throw new ReadError('mhtmlTruncated', {}, 'web archive: no end to its header block');
  const top: MimePart = { headers: head.headers, bodyStart: head.bodyStart, bodyEnd: text.length };
  const contentType = head.headers.get('content-type');
  const boundary = headerParam(contentType, 'boundary');
  if (!mediaType(contentType).startsWith('multipart/') || !boundary) return { top, parts: [top] };
  const parts: MimePart[] = [];
  const delimiter = `--${boundary}`;
  let at = text.indexOf(delimiter, head.bodyStart);
  while (at >= 0) {
    // A delimiter stands at a line start; the line break before it belongs to it, not to the body.
    const afterDelimiter = at + delimiter.length;
    if (text.startsWith('--', afterDelimiter)) return { top, parts };
    const lineEnd = text.indexOf('\n', afterDelimiter);
    if (lineEnd < 0) break;
    const part = readHeaders(text, lineEnd + 1) ?? { headers: new Map<string, string>(), bodyStart: lineEnd + 1 };
    let next = text.indexOf(`\n${delimiter}`, part.bodyStart - 1);
    if (next < 0) break;
    const bodyEnd = text[next - 1] === '\r' ? next - 1 : next;
    parts.push({ headers: part.headers, bodyStart: Math.min(part.bodyStart, bodyEnd), bodyEnd });
    next += 1;
    at = next;
  }
  throw new ReadError('mhtmlTruncated', {}, 'web archive: its closing boundary is missing (cut short)');
}

/** Content-IDs are written with angle brackets in headers, with or without them in `start`. */
function bareId(id: string | undefined): string | undefined {
  return id?.replace(/^<|>$/g, '').trim();
}

/**
 * The page part: the one the archive names — its `start` parameter (a Content-ID or Content-Location, RFC 2387),
 * else its own location (Chrome's Snapshot-Content-Location, a Content-Location) — when that is a web page,
 * else the first text/html part (browsers write the page first, its frames, styles and images after it).
 * Throws `mhtmlNoPage` when there is none.
 */
export function pagePart(top: MimePart, parts: readonly MimePart[]): MimePart {
  const start = bareId(headerParam(top.headers.get('content-type'), 'start'));
  const location = top.headers.get('snapshot-content-location') ?? top.headers.get('content-location');
  const isHtml = (p: MimePart): boolean => mediaType(p.headers.get('content-type')) === 'text/html';
  const named = start
    ? parts.find((p) => bareId(p.headers.get('content-id')) === start || p.headers.get('content-location') === start)
    : location
      ? parts.find((p) => p.headers.get('content-location') === location)
      : undefined;
  const page = named && isHtml(named) ? named : parts.find(isHtml);
  if (!page) throw new ReadError('mhtmlNoPage', {}, 'web archive: it holds no web page (text/html part)');
  return page;
}
