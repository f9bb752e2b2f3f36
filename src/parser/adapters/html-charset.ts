/**
 * The character set a saved page declares (`<meta charset>` or `http-equiv` Content-Type), read from its
 * first bytes as a browser does, so a GBK page is decoded as GBK even where its bytes also happen to
 * be valid UTF-8 (short GBK texts can be). A byte-order mark wins over any declaration.
 */
import type { EncodingName } from '../decode.js';

const GB = /^(gb2312|gbk|gb18030|x-gbk|cp936|windows-936|euc-cn|csgb2312|chinese)$/;

/**
 * 'gb18030' when the page declares the GB family (TextDecoder's gb18030 reads GBK and GB2312 too), else
 * undefined: a UTF-8 declaration is left to decode's own check, which falls back to GB18030 for a
 * mislabelled page instead of failing on it.
 */
export function sniffHtmlCharset(bytes: Uint8Array): EncodingName | undefined {
  if ((bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe) return undefined;
  let head = '';
  const n = Math.min(bytes.length, 2048);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i] ?? 0);
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const name = meta?.[1]?.toLowerCase();
  return name && GB.test(name) ? 'gb18030' : undefined;
}
