/**
 * Bytes as text of one character per byte, so that offsets in the text are offsets in the bytes: for looking
 * at the ASCII parts of files whose encoding is not known yet or that are binary (a page's head, a web
 * archive's headers, a zip's entry names, a PDF's markers). windows-1252 maps every byte to one character.
 */
const ONE_PER_BYTE = new TextDecoder('windows-1252');

export function byteChars(bytes: Uint8Array): string {
  return ONE_PER_BYTE.decode(bytes);
}
