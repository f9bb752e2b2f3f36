/**
 * What a zip that is not a Word document is. A .docx, an OFD document, an OpenDocument file, a spreadsheet and a
 * plain archive all open with the same zip signature; mammoth would call each of them a damaged Word file, which
 * sends an editor looking for damage that is not there. The entry names (and an OpenDocument's `mimetype`) say
 * which it is.
 */
import type { ReadErrorId } from '../read-error.js';

/** The read error for a zip that is clearly something else than a Word document; undefined for a .docx (or a doubt). */
export function otherZipKind(names: readonly string[], mimetype: () => string): ReadErrorId | undefined {
  const has = (name: string): boolean => names.some((n) => n.toLowerCase() === name);
  if (names.some((n) => n.toLowerCase().startsWith('word/'))) return undefined;
  if (has('ofd.xml')) return 'ofdFile';
  if (has('mimetype') && has('content.xml')) {
    const type = mimetype();
    return type.includes('spreadsheet') ? 'spreadsheetFile' : type.includes('presentation') ? 'presentationFile' : 'odtFile';
  }
  if (has('xl/workbook.xml')) return 'spreadsheetFile';
  if (has('ppt/presentation.xml')) return 'presentationFile';
  // A Word document always has its content types; without them and without word/ it is an archive of files.
  return has('[content_types].xml') ? undefined : 'zipArchive';
}
