/**
 * The `docx` adapter: a Word file to mdast through mammoth's HTML and the html adapter. mammoth turns
 * w:gridSpan into colspan and w:vMerge runs into rowspan (checked on the real blank 2021 template), so
 * the html adapter's grid expansion serves Word tables as well. Positions refer to that HTML, which is
 * why the report builder also gives cells a `location` (表三「（七）总计」行·自然人) people can find in Word.
 */
import mammoth from 'mammoth';
import type { AdapterOutput } from './types.js';
import { readHtml } from './html.js';
import { budgetFor, type Budget } from '../budget.js';
import { checkDocxBudget } from './zip-directory.js';
import { altChunkMark, asPrinted, type AltChunk } from './docx-hidden.js';
import { ReadError } from '../read-error.js';
import { decode } from '../decode.js';
import { sniffBytes } from '../detect.js';
import { sniffHtmlCharset } from './html-charset.js';

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

export async function readDocx(file: Uint8Array, budget: Budget = budgetFor()): Promise<AdapterOutput> {
  const { rewriteBody } = await checkDocxBudget(file, budget);
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  let chunks: AltChunk[] = [];
  let textBoxes = false;
  try {
    // Hidden text (w:vanish) is not printed; a simple field (w:fldSimple) prints its result, a list its numbers
    // (docx-hidden.ts).
    const printed = rewriteBody ? await asPrinted(file) : { bytes: file, chunks };
    const bytes = printed.bytes;
    chunks = printed.chunks;
    textBoxes = 'textBoxes' in printed && printed.textBoxes === true;
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both accept these bytes.
    const input = { arrayBuffer, buffer: bytes } as unknown as MammothInput;
    result = await mammoth.convertToHtml(input, {
      // Images carry no report text; embedding them as data URLs would only bloat the HTML positions refer to.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
  } catch (error) {
    // jszip's and mammoth's own messages name their internals; say what the user can act on.
    const reason = error instanceof Error ? error.message.split(/[.:]/)[0] : String(error);
    throw new ReadError('docxDamaged', { reason: reason ?? '' }, `cannot read .docx: ${reason}`);
  }
  let html = withoutNoteReferences(result.value);
  // A body held as an HTML or web archive chunk (w:altChunk) is that HTML, where the chunk stands.
  for (const [i, chunk] of chunks.entries()) {
    const body = bodyOf(await chunkHtml(chunk));
    html = html.replace(`<p>${altChunkMark(i)}</p>`, () => body);
  }
  // One line per block, so findings in the HTML read as lines (mammoth escapes '<' in text: tags are tags).
  // A Word file is all report: no page furniture to locate it in (a preamble naming the six subjects stays).
  const out = readHtml(html.replace(/<\/(p|h[1-6]|li|tr|table|ul|ol)>/g, '</$1>\n'), budget, { whole: true });
  // A body of floating text boxes (a PDF converted to Word) is read in the file's order, not the page's (docx-hidden.ts).
  return textBoxes ? { ...out, textBoxes: true } : out;
}

/**
 * A footnote's or endnote's reference mark (w:footnoteReference: a superscript ¹ after 11550) is no part of the text
 * it follows; mammoth prints it as <sup><a …>[1]</a></sup>, which made a count cell read 11550[1]. The notes
 * themselves stay, after the body, where mammoth puts them.
 */
function withoutNoteReferences(html: string): string {
  return html.replace(/<sup><a href="#(?:footnote|endnote)-[^"]*" id="(?:footnote|endnote)-ref-[^"]*">\[\d+\]<\/a><\/sup>/g, '');
}

/** What a page's <body> holds (its head, title and styles are not the report's text). */
function bodyOf(page: string): string {
  const body = /<body\b[^>]*>([\s\S]*?)(?:<\/body>|$)/i.exec(page);
  return body ? body[1]! : page.replace(/<head\b(?:(?!<\/?head\b)[\s\S])*<\/head>|<!DOCTYPE[^>]*>|<\/?html\b[^>]*>/gi, '');
}

/** A chunk's HTML: an HTML part decoded as a saved page is, a web archive's page part; other kinds are not read. */
async function chunkHtml(chunk: AltChunk): Promise<string> {
  if (/\.mht(ml)?$/i.test(chunk.name) || sniffBytes(chunk.data) === 'mhtml')
    return (await import('./mhtml.js')).mhtmlPage(chunk.data);
  if (/\.x?html?$/i.test(chunk.name)) return decode(chunk.data, sniffHtmlCharset(chunk.data)).text;
  return '';
}
