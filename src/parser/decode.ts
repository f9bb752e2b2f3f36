/**
 * Bytes to text with the WHATWG TextDecoder only (Node and browsers alike): UTF-8 with or without BOM,
 * UTF-16 with BOM (or without, when its bytes leave no doubt: utf16-sniff.ts), and GB18030/GBK when the bytes
 * are not valid UTF-8; UTF-8 with a few invalid sequences (a damaged copy) is read with U+FFFD in their place,
 * and says how many (as for bytes invalid in any other encoding). Binary input is refused.
 */
import { Damage } from './damage.js';
import { ReadError } from './read-error.js';
import { utf16WithoutBom } from './utf16-sniff.js';

/** big5 only when a page declares it (it cannot be told from GB18030 by its bytes). */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface Decoded {
  text: string;
  encoding: EncodingName;
  /** Read for all that: at how many places invalid bytes became U+FFFD (a run of them is one place). */
  replaced?: number;
}

const DECODE_IDS = {
  binary: 'binaryContent',
  encoding: 'notValidText',
  'unknown-encoding': 'unknownEncoding',
  'legacy-office': 'legacyOffice',
} as const;

/** Bytes that are not text: a ReadError whose `code` says which kind (the page words each kind its own way). */
export class DecodeError extends ReadError {
  constructor(
    message: string,
    /**
     * `encoding`: not valid in the encoding given; `unknown-encoding`: text, but read as neither UTF-8 nor
     * GB18030; `legacy-office`: an old Word/WPS compound file (.doc, .wps), to be saved as .docx.
     */
    readonly code: 'binary' | 'encoding' | 'unknown-encoding' | 'legacy-office',
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
    // UTF-8 (by its BOM or as told) is held to its own bytes: a few invalid sequences are a damaged copy, read
    // with U+FFFD as without a BOM (damagedUtf8); more, and it is not UTF-8 at all.
    try {
      text = new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(body);
    } catch {
      text = new TextDecoder(encoding).decode(body);
      if (!fewReplaced(text)) throw new DecodeError(`not valid ${encoding} text`, 'encoding', { encoding });
    }
  }
  const bad = badCharacters(text);
  if (bad.controls + bad.replaced > 0.01 * bad.scanned) {
    // Binary bytes read as text give more control characters than U+FFFD (measured on images, executables,
    // fonts); text in another encoding (Shift-JIS, UTF-8 damaged all over) gives U+FFFD and hardly any controls.
    if (bad.controls >= bad.replaced) throw new DecodeError('binary content, not a text report', 'binary');
    if (forced) throw new DecodeError(`not valid ${encoding} text`, 'encoding', { encoding });
    throw new DecodeError('unknown text encoding: neither UTF-8 nor GB18030', 'unknown-encoding');
  }
  // Every decoder but UTF-8's detection reads invalid bytes as U+FFFD too (GB18030 with a byte lost, UTF-16 cut
  // short): the places are counted the same way, so the reader never takes what they destroyed for absent.
  // A run of U+FFFD is one place: one broken character gives one per byte, and the user is told of places.
  const replaced = detected.replaced ?? new Damage(text).runs.length;
  return { text, encoding, ...(replaced ? { replaced } : {}) };
}

/** The encoding, and the text when finding the encoding meant decoding it all (UTF-8 without a BOM). */
function detectEncoding(bytes: Uint8Array): { encoding: EncodingName; text?: string; replaced?: number } {
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
    return damagedUtf8(bytes) ?? { encoding: 'gb18030' };
  }
}

/**
 * UTF-8 with a few invalid sequences — a byte lost or changed in a copy, a paste cut inside a character — is
 * still UTF-8: read with U+FFFD in their place. "A few" is under one in twenty of the multibyte sequences:
 * GB18030 text read as UTF-8 fails on most of its characters (a GBK pair forms a valid UTF-8 sequence only by
 * chance, about one in seven), while a damaged UTF-8 report has a handful of bad sequences among thousands of
 * good ones. And GB18030 must read the bytes worse (more U+FFFD and control characters): UTF-8 Chinese read as
 * GB18030 falls out of step at every odd byte and gives them by the dozen.
 */
function damagedUtf8(bytes: Uint8Array): { encoding: 'utf-8'; text: string; replaced: number } | undefined {
  const text = new TextDecoder('utf-8').decode(bytes);
  const few = fewReplaced(text);
  if (!few) return undefined;
  const gb = badCharacters(new TextDecoder('gb18030').decode(bytes));
  if (gb.replaced + gb.controls <= few.replaced) return undefined;
  return { encoding: 'utf-8', text, replaced: few.places };
}

/** Text decoded as UTF-8 with some U+FFFD, under one in twenty of its multibyte characters: how many, and where. */
function fewReplaced(text: string): { replaced: number; places: number } | undefined {
  let replaced = 0;
  let places = 0;
  let multibyte = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) {
      replaced++;
      // One broken character gives one U+FFFD per byte: the user is told of places, not bytes.
      if (text.charCodeAt(i - 1) !== 0xfffd) places++;
    } else if (c >= 0x80 && (c < 0xdc00 || c > 0xdfff)) multibyte++;
  }
  // A U+FFFD the file itself holds (EF BF BD) is no invalid sequence; rare enough to count as one.
  return replaced === 0 || replaced * 20 > multibyte ? undefined : { replaced, places };
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

/**
 * In the first 64K characters: control characters other than tab, CR, LF, FF, and U+FFFD (bytes the encoding
 * could not read). Together over 1%, the text is not a report as read.
 */
function badCharacters(text: string): { scanned: number; controls: number; replaced: number } {
  const scanned = Math.min(text.length, 65536);
  let controls = 0;
  let replaced = 0;
  for (let i = 0; i < scanned; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) controls++;
    else if (c === 0xfffd) replaced++;
  }
  return { scanned, controls, replaced };
}
