/**
 * Why a document could not be read, as a message id and its data: the one error model of the parser. The
 * parser knows no language (it may not import the catalogue); the edge that shows the error — lint()'s fatal
 * message, the CLI, the page — words it through src/i18n/messages.ts in the caller's language
 * (src/messages/unreadable.ts). `message` is a plain English line for stack traces only.
 */
export type ReadErrorId =
  | 'binaryContent'
  | 'notValidText'
  | 'unknownEncoding'
  | 'legacyOffice'
  | 'pdfNoText'
  | 'pdfGarbled'
  | 'pdfEncrypted'
  | 'pdfDamaged'
  | 'pdfTooManyPages'
  | 'pdfTimeout'
  | 'pdfIsPicture'
  | 'pdfIsZip'
  | 'pdfIsWebPage'
  | 'docxDamaged'
  | 'docxLying'
  | 'ofdFile'
  | 'odtFile'
  | 'rtfFile'
  | 'spreadsheetFile'
  | 'presentationFile'
  | 'zipArchive'
  | 'archiveFile'
  | 'mhtmlNoPage'
  | 'mhtmlTruncated'
  | 'mhtmlDamaged'
  | 'noReader'
  | 'noText'
  | 'picturesOnly'
  | 'overBudget';

export class ReadError extends Error {
  constructor(
    readonly id: ReadErrorId,
    readonly data: Readonly<Record<string, string | number>> = {},
    message: string = id,
  ) {
    super(message);
    this.name = 'ReadError';
  }
}
