/**
 * The `mhtml` adapter: a web page saved as one file (.mht/.mhtml: Chrome/Edge "Webpage, Single File",
 * IE/old Edge/WPS "Web archive", often GB2312 quoted-printable) to mdast through the html adapter. Its page
 * part is chosen (mhtml-parts.ts), its transfer encoding decoded by postal-mime (quoted-printable with soft
 * line breaks, base64), its bytes decoded as the html adapter decodes a saved page (the part's charset, else
 * the page's <meta charset>, else UTF-8 or GB18030), and the HTML read as a whole saved page, so the report
 * is found in it as in a .html. Positions refer to that decoded HTML, as a .docx's refer to mammoth's.
 */
import PostalMime from 'postal-mime';
import type { AdapterOutput } from './types.js';
import { readHtml } from './html.js';
import { declaredCharset, sniffHtmlCharset } from './html-charset.js';
import { headerParam, mimeParts, pagePart, type MimePart } from './mhtml-parts.js';
import { budgetFor, type Budget } from '../budget.js';
import { decode, DecodeError } from '../decode.js';
import { headText, sniff, sniffBytes } from '../detect.js';
import { ReadError } from '../read-error.js';
import { byteChars } from '../byte-chars.js';

export async function readMhtml(bytes: Uint8Array, budget: Budget = budgetFor()): Promise<AdapterOutput> {
  return readHtml(await mhtmlPage(bytes), budget);
}

/** The HTML of a web archive's page part, decoded (a plain page saved under .mht: that page). */
export async function mhtmlPage(bytes: Uint8Array): Promise<string> {
  // Some sites and tools save a plain page under .mht: it is read as the page it is, not called a broken archive.
  const head = headText(bytes);
  if (sniffBytes(bytes) !== 'mhtml' && sniff(head) === 'html') return decode(bytes, sniffHtmlCharset(bytes)).text;
  const { top, pages } = mimeParts(bytes);
  const page = pagePart(top, pages);
  const body = await bodyBytes(bytes, page);
  const forced = declaredCharset(headerParam(page.headers.get('content-type'), 'charset'), body) ?? sniffHtmlCharset(body);
  try {
    return decode(body, forced).text;
  } catch (error) {
    // Bytes that are no text (a base64 part decoded from garbage) mean a damaged archive, not a binary file.
    if (error instanceof DecodeError) throw damaged('its page part decodes to binary content');
    throw error;
  }
}

/** Transfer encodings whose bytes are the page's bytes as they stand. */
const IDENTITY = new Set(['', '7bit', '8bit', 'binary']);
const DECODED = new Set(['quoted-printable', 'base64']);
/** A base64 body holds nothing else (a few stray characters are tolerated by decoders, garbage is not). */
const NOT_BASE64 = /[^A-Za-z0-9+/=\s]/;

/** The page part's body with its transfer encoding undone. */
async function bodyBytes(bytes: Uint8Array, part: MimePart): Promise<Uint8Array> {
  const raw = bytes.subarray(part.bodyStart, part.bodyEnd);
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (IDENTITY.has(encoding)) return raw;
  if (!DECODED.has(encoding)) throw damaged(`unknown transfer encoding ${encoding}`);
  if (encoding === 'base64' && NOT_BASE64.test(byteChars(raw))) throw damaged('its page part is not valid base64');
  // postal-mime reads the body as an attachment of a one-part message: its bytes, decoded, charset left to us.
  const header = new TextEncoder().encode(
    `Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n`,
  );
  const message = new Uint8Array(header.length + raw.length);
  message.set(header);
  message.set(raw, header.length);
  let content: ArrayBuffer | Uint8Array | string | undefined;
  try {
    content = (await PostalMime.parse(message)).attachments[0]?.content;
  } catch {
    throw damaged('its page part cannot be decoded');
  }
  if (content === undefined) return new Uint8Array(0);
  return typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content);
}

function damaged(reason: string): ReadError {
  return new ReadError('mhtmlDamaged', {}, `web archive: ${reason}`);
}
