/**
 * What a file named .pdf is when its first bytes say it is something else (rtQ F13): a picture (a scan or a
 * screenshot saved as .pdf), a zip (a .docx, an OFD, an archive under the wrong extension) or a web page (a
 * site's page or error page saved by the download in the PDF's place). "Damaged, perhaps a download that did not
 * finish" would send the reader to download it again; its own kind tells what to do. Only a signature that
 * opens the file counts; anything else stays a damaged PDF.
 */
import { byteChars, opensWith } from '../byte-chars.js';
import { isZip } from '../detect.js';

type NotPdf = { id: 'pdfIsPicture'; kind: string } | { id: 'pdfIsZip' } | { id: 'pdfIsWebPage' };

/** Picture formats by the bytes they open with (null: any byte): JPEG, PNG, GIF, TIFF in both byte orders, WebP. */
const PICTURES: ReadonlyArray<readonly [string, ReadonlyArray<number | null>]> = [
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
  ['WebP', [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]],
];

/**
 * A page: after a byte-order mark, blanks, an XML declaration or comments (a browser's `<!-- saved from url=… -->`),
 * a doctype or an html, head or body tag, in ASCII (UTF-8, GBK); a page in UTF-16 stays "damaged".
 */
const WEB_PAGE = /^(?:\u00ef\u00bb\u00bf)?\s*(?:(?:<\?xml[^>]*\?>|<!--[\s\S]*?-->)\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

export function notPdf(bytes: Uint8Array): NotPdf | undefined {
  const picture = PICTURES.find(([, magic]) => opensWith(bytes, magic));
  if (picture) return { id: 'pdfIsPicture', kind: picture[0] };
  if (isZip(bytes)) return { id: 'pdfIsZip' };
  if (WEB_PAGE.test(byteChars(bytes.subarray(0, 1024)))) return { id: 'pdfIsWebPage' };
  return undefined;
}
