/**
 * Bytes as text of one character per byte, so that offsets in the text are offsets in the bytes: for looking
 * at the ASCII parts of files whose encoding is not known yet or that are binary (a page's head, a web
 * archive's headers, a zip's entry names, a PDF's markers). windows-1252 maps every byte to one character.
 */
const ONE_PER_BYTE = new TextDecoder('windows-1252');

export function byteChars(bytes: Uint8Array): string {
  return ONE_PER_BYTE.decode(bytes);
}

/** Whether the bytes open with a file signature (`null`: any byte there): a zip's PK\3\4, a JPEG's FF D8 FF. */
export function opensWith(bytes: Uint8Array, magic: ReadonlyArray<number | null>): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => b === null || bytes[i] === b);
}
