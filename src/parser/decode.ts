/**
 * Bytes to text with the WHATWG TextDecoder only (Node and browsers alike): UTF-8 with or without BOM,
 * UTF-16 with BOM (or without, when its bytes leave no doubt: utf16-sniff.ts), and GB18030/GBK when the bytes are not valid UTF-8. Binary input is refused.
 */
import { ReadError } from './read-error.js';
import { utf16WithoutBom } from './utf16-sniff.js';

/** big5 only when a page declares it (it cannot be told from GB18030 by its bytes). */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface Decoded {
  text: string;
  encoding: EncodingName;
}

const DECODE_IDS = { binary: 'binaryContent', encoding: 'notValidText', 'legacy-office': 'legacyOffice' } as const;

/** Bytes that are not text: a ReadError whose `code` says which kind (the page words each kind its own way). */
export class DecodeError extends ReadError {
  constructor(
    message: string,
    /** `legacy-office`: an old Word/WPS compound file (.doc, .wps), to be saved as .docx. */
    readonly code: 'binary' | 'encoding' | 'legacy-office',
    data: Readonly<Record<string, string>> = {},
  ) {
    super(DECODE_IDS[code], data, message);
    this.name = 'DecodeError';
  }
}

/**
 * The outcome of the last decode of each byte array: the file layer asks whether a file met in a folder is
 * binary, then the parser decodes the same bytes: the text is made once (entries go with the bytes).
 */
const decoded = new WeakMap<Uint8Array, { forced: EncodingName | undefined; outcome: Decoded | DecodeError }>();

/** Decode bytes; `forced` skips detection (the CLI's --encoding). Throws DecodeError for binary input. */
export function decode(bytes: Uint8Array, forced?: EncodingName): Decoded {
  const known = decoded.get(bytes);
  let outcome = known && known.forced === forced ? known.outcome : undefined;
  if (!outcome) {
    try {
      outcome = decodeOnce(bytes, forced);
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      outcome = error;
    }
    decoded.set(bytes, { forced, outcome });
  }
  if (outcome instanceof DecodeError) throw outcome;
  return outcome;
}

function decodeOnce(bytes: Uint8Array, forced: EncodingName | undefined): Decoded {
  const detected = forced ? { encoding: forced } : detectEncoding(bytes);
  const encoding = detected.encoding;
  let text: string;
  if (detected.text !== undefined) {
    text = detected.text;
  } else {
    const body = stripBom(bytes, encoding);
    try {
      text = new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(body);
    } catch {
      throw new DecodeError(`not valid ${encoding} text`, 'encoding', { encoding });
    }
  }
  if (looksBinary(text)) throw new DecodeError('binary content, not a text report', 'binary');
  return { text, encoding };
}

/** The encoding, and the text when finding the encoding meant decoding it all (UTF-8 without a BOM). */
function detectEncoding(bytes: Uint8Array): { encoding: EncodingName; text?: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be' };
  if (hasNul(bytes)) {
    // NUL bytes in every other place may be the ASCII of UTF-16 saved without a BOM: read so only when certain.
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return { encoding: utf16 };
    throw new DecodeError('binary content, not a text report', 'binary');
  }
  try {
    return { encoding: 'utf-8', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { encoding: 'gb18030' };
  }
}

function stripBom(bytes: Uint8Array, encoding: EncodingName): Uint8Array {
  if (encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3);
  if ((encoding === 'utf-16le' || encoding === 'utf-16be') && bytes.length >= 2) {
    const bom = encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    if (bytes[0] === bom[0] && bytes[1] === bom[1]) return bytes.subarray(2);
  }
  return bytes;
}

/** NUL bytes never occur in UTF-8 or GB18030 text (UTF-16 was handled by its BOM; without one, see utf16-sniff.ts). */
function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Control characters other than tab, CR, LF, FF in more than 1% of the text mean it is not a report. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return n > 0 && bad / n > 0.01;
}
