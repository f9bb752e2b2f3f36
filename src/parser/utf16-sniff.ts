/**
 * UTF-16 without a byte-order mark (Notepad's "Unicode" without BOM, some export tools): told from binary only
 * when certain, for the NUL bytes of its ASCII characters made every such file "binary" before.
 */

/** Too few characters to be sure of anything. */
const MIN_UNITS = 64;
/** Code units looked at: the head of the file, as hasNul does. */
const SAMPLE_UNITS = 32_768;

/**
 * 'utf-16le' or 'utf-16be' when the bytes read that way are text of a Chinese report — every code unit one
 * of the characters such text is made of (ASCII, CJK ideographs and punctuation, full-width forms, general
 * punctuation, enclosed numbers…), surrogates in pairs, no NUL character — and the other byte order is not;
 * undefined otherwise (the caller refuses the bytes as binary, as before). Random or structured binary does
 * not pass: about half of all code units are outside those ranges, and a run of zero bytes is a NUL character.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length % 2 !== 0 || bytes.length / 2 < MIN_UNITS) return undefined;
  const le = readsAsText(bytes, 0);
  const be = readsAsText(bytes, 1);
  if (le === be) return undefined;
  return le ? 'utf-16le' : 'utf-16be';
}

/** `low`: the index (0 or 1) of each unit's low byte. */
function readsAsText(bytes: Uint8Array, low: 0 | 1): boolean {
  const n = Math.min(bytes.length / 2, SAMPLE_UNITS);
  let pendingHigh = false;
  for (let i = 0; i < n; i++) {
    const unit = bytes[2 * i + low]! | (bytes[2 * i + 1 - low]! << 8);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      if (pendingHigh) return false;
      pendingHigh = true;
      continue;
    }
    if (unit >= 0xdc00 && unit <= 0xdfff) {
      if (!pendingHigh) return false;
      pendingHigh = false;
      continue;
    }
    if (pendingHigh || !isReportCharacter(unit)) return false;
  }
  return true;
}

/** The characters a report's text is made of (one outside them and the reading is not certain). */
function isReportCharacter(c: number): boolean {
  return (
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0c ||
    c === 0x0d ||
    (c >= 0x20 && c <= 0x7e) ||
    (c >= 0xa0 && c <= 0x17f) || // Latin-1 and Latin Extended-A: ·, ×, é, ā (pinyin)
    (c >= 0x2000 && c <= 0x27bf) || // punctuation “”…—, letterlike ℃ №, Ⅰ Ⅱ, arrows, ①, box drawing, ■ ○ ★ ✓
    (c >= 0x2e80 && c <= 0x33ff) || // CJK radicals, symbols and punctuation 、。「」, kana, enclosed ㈠, units ㎡
    (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0xe000 && c <= 0xf8ff) || // private use (fonts' own glyphs, seen in Word exports)
    (c >= 0xf900 && c <= 0xfaff) || // CJK compatibility ideographs
    (c >= 0xfe30 && c <= 0xfe4f) || // CJK compatibility forms ︰
    (c >= 0xff00 && c <= 0xffef) || // full-width forms （），：１２
    c === 0xfeff // a BOM-like character inside the text
  );
}
