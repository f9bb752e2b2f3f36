/**
 * The budget check of a .docx before mammoth opens it. mammoth inflates every XML part into memory (and a
 * 60 MB part into gigabytes of objects), so the zip's central directory is read first: the number of
 * entries and the sizes the XML parts claim must fit the budget. Claims can lie, so each XML part is then
 * inflated here with its claim as a ceiling (counting, not keeping, the output), and the paragraphs and
 * table cells of the main part (word/document.xml, or the part _rels/.rels names: docx-parts.ts) are counted on the
 * way. Only then does mammoth get the file.
 */
import { spend, type Budget } from '../budget.js';
import { inflatedSize, patternCounter } from './inflate.js';
import { ReadError } from '../read-error.js';
import { otherZipKind } from './zip-kind.js';
import { byteChars } from '../byte-chars.js';
import { mainPartName, PACKAGE_RELS, partOfType, relsNameOf } from './docx-parts.js';

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Throws BudgetError when the .docx is over budget, and a ReadError naming what a zip that is no Word document is
 * (zip-kind.ts); a file that is not a zip is left for mammoth to refuse.
 */
export async function checkDocxBudget(bytes: Uint8Array, budget: Budget): Promise<{ rewriteBody: boolean }> {
  const entries = centralDirectory(bytes, budget);
  if (!entries) return { rewriteBody: false };
  const other = otherZipKind(
    entries.map((e) => e.name),
    () =>
      storedText(
        bytes,
        entries.find((e) => e.name === 'mimetype'),
      ),
  );
  if (other) throw new ReadError(other);
  // The XML parts, and the HTML, web archive or text parts a body may hold as an alternative format chunk (w:altChunk).
  const xml = entries.filter((e) => /\.(xml|rels|html?|mht(ml)?|txt)$/i.test(e.name));
  spend(
    budget,
    'xml',
    xml.reduce((n, e) => n + e.size, 0),
  );
  // The main part and its styles, as Word finds them (Word Online saves word/document2.xml).
  const named = (name: string): ZipEntry | undefined => entries.find((e) => e.name === name);
  const main = mainPartName(await relsText(bytes, named(PACKAGE_RELS)));
  const styles = partOfType(await relsText(bytes, named(relsNameOf(main))), main, 'styles');
  let inflated = 0;
  // Text formatted hidden (w:vanish) in the body or in a style, which the adapter then drops (it is not printed),
  // simple fields, whose results it keeps, list numbers (w:numPr, in the body or a style), which it writes in, and
  // text boxes, which it gives a fallback mammoth reads, alternative format chunks, which it marks, and fields, whose
  // nested fields it drops, table cells deleted as a tracked change, which it drops, and runs raised or lowered (in
  // the body or by a style), which it names superscripts (docx-hidden.ts, docx-fields.ts, docx-raised.ts).
  const rewrite = patternCounter([
    '<w:vanish',
    '<w:fldSimple ',
    '<w:numPr>',
    '<w:txbxContent',
    '<w:altChunk',
    '<w:fldChar ',
    '<w:cellDel',
    '<w:position ',
    '<w:vertAlign ',
  ]);
  for (const entry of xml) {
    const data = entryData(bytes, entry);
    if (!data) continue;
    const isBody = entry.name.toLowerCase() === main.toLowerCase();
    const isStyles = entry.name.toLowerCase() === styles.toLowerCase();
    const counter = isBody ? patternCounter(['<w:p>', '<w:p ', '<w:tc>', '<w:tc ']) : undefined;
    const feed =
      isBody || isStyles
        ? (chunk: Uint8Array): void => {
            counter?.feed(chunk);
            rewrite.feed(chunk);
          }
        : undefined;
    const left = budget.xml - inflated;
    // A part may not inflate to more than it claims, nor past what is left of the budget.
    const cap = Math.min(entry.size, left);
    if ((isBody || isStyles) && entry.method === 0) rewrite.feed(data);
    const size =
      entry.method === 8 ? await inflatedSize(data, 'deflate-raw', cap, feed) : entry.method === 0 ? data.length : undefined;
    if (size === undefined) continue;
    if (size > entry.size) throw new ReadError('docxLying');
    spend(budget, 'xml', inflated + size);
    inflated += size;
    if (counter) spend(budget, 'blocks', counter.count());
  }
  return { rewriteBody: rewrite.count() > 0 };
}

/** The central directory's entries; undefined when there is none (not a zip: mammoth says so). */
function centralDirectory(bytes: Uint8Array, budget: Budget): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(bytes, view);
  if (end < 0) return undefined;
  const declared = view.getUint16(end + 10, true);
  spend(budget, 'entries', declared);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  // Walked, bounded by the file's length and by the entry budget (the declared count may be a lie).
  while (at + 46 <= bytes.length && view.getUint32(at, true) === CENTRAL) {
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const name = byteChars(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      // 0xFFFFFFFF means "see the zip64 record": at least 4 GB, far over any budget.
      size: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    spend(budget, 'entries', entries.length);
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** The end-of-central-directory record: within the last 64 KB (its comment is at most that long). */
function findEnd(bytes: Uint8Array, view: DataView): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const at = entry.localOffset;
  if (at + 30 > bytes.length) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(at, true) !== LOCAL) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
}

/** The most a relationships file is read to: a body's rels list its few parts, far under this. */
const RELS_CAP = 1 << 20;

/** A relationships part's text ('' when missing, damaged or larger than RELS_CAP: the usual part names stand). */
async function relsText(bytes: Uint8Array, entry: ZipEntry | undefined): Promise<string> {
  const data = entry ? entryData(bytes, entry) : undefined;
  if (!entry || !data || entry.size > RELS_CAP) return '';
  if (entry.method === 0) return new TextDecoder().decode(data);
  const chunks: Uint8Array[] = [];
  const size = await inflatedSize(data, 'deflate-raw', entry.size, (chunk) => chunks.push(chunk.slice()));
  if (size === undefined || size > entry.size) return '';
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return new TextDecoder().decode(out);
}

/** An entry stored without compression, as text (an OpenDocument's `mimetype` is stored first, uncompressed). */
function storedText(bytes: Uint8Array, entry: ZipEntry | undefined): string {
  const data = entry && entry.method === 0 ? entryData(bytes, entry) : undefined;
  return data ? byteChars(data.subarray(0, 200)) : '';
}
