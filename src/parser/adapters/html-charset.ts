/**
 * The character set a saved page declares (`<meta charset>` or `http-equiv` Content-Type), read from its
 * first bytes as a browser does, so a GBK page is decoded as GBK even where its bytes also happen to
 * be valid UTF-8 (short GBK texts can be). A byte-order mark wins over any declaration.
 */
import type { EncodingName } from '../decode.js';
import { byteChars } from '../byte-chars.js';

const GB = /^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|csgb2312|chinese)$/;
const BIG5 = /^(big5|big5-hkscs|cn-big5|x-x-big5|csbig5|cp950|windows-950)$/;
/** Valid UTF-8 with this many multi-byte characters is UTF-8, whatever the page says: GBK text is not, past a few characters. */
const UTF8_EVIDENCE = 8;

/**
 * 'gb18030' when the page declares the GB family (TextDecoder's gb18030 reads GBK and GB2312 too), else
 * undefined: a UTF-8 declaration is left to decode's own check, which falls back to GB18030 for a
 * mislabelled page instead of failing on it.
 */
export function sniffHtmlCharset(bytes: Uint8Array): EncodingName | undefined {
  if ((bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe) return undefined;
  const head = byteChars(bytes.subarray(0, 2048));
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return declaredCharset(meta?.[1], bytes);
}

/**
 * The encoding a charset label declares for these bytes, as sniffHtmlCharset reads a page's: the GB family
 * (gb18030) or Big5, else undefined (left to decode's own check). Also a web archive's part header (mhtml.ts).
 */
export function declaredCharset(label: string | undefined, bytes: Uint8Array): EncodingName | undefined {
  const name = label?.trim().toLowerCase();
  const declared = name && GB.test(name) ? 'gb18030' : name && BIG5.test(name) ? 'big5' : undefined;
  // A page saved again as UTF-8 often keeps its old <meta charset="gbk">: the bytes decide then.
  return declared && isClearlyUtf8(bytes) ? undefined : declared;
}

function isClearlyUtf8(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  let multibyte = 0;
  for (let i = 0; i < text.length && multibyte < UTF8_EVIDENCE; i++) if (text.charCodeAt(i) > 0x7f) multibyte++;
  return multibyte >= UTF8_EVIDENCE;
}
