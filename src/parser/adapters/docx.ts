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
  const { html, textBoxes } = await docxHtml(file, budget, 0);
  // One line per block, so findings in the HTML read as lines (mammoth escapes '<' in text: tags are tags).
  // A Word file is all report: no page furniture to locate it in (a preamble naming the six subjects stays).
  const lines = html.replace(/<\/(p|h[1-6]|li|tr|table|ul|ol)>/g, '</$1>\n');
  // Where each chunk not read stands (the comment's offset in the text positions refer to).
  const unreadChunks = [...lines.matchAll(new RegExp(UNREAD_CHUNK, 'g'))].map((m) => m.index);
  const out = readHtml(lines, budget, { whole: true });
  // A body of floating text boxes (a PDF converted to Word) is read in the file's order, not the page's (docx-hidden.ts).
  return { ...out, ...(textBoxes ? { textBoxes: true } : {}), ...(unreadChunks.length ? { unreadChunks } : {}) };
}

/** Where a chunk not read stands in the HTML: a comment, which the HTML reader skips and the text keeps. */
const UNREAD_CHUNK = '<!--altChunk-unread-->';
/** Chunks inside chunks read: a .docx chunk may hold chunks of its own, read this deep, no deeper. */
const CHUNK_DEPTH = 3;

/** A Word file's body as HTML (mammoth's, with its chunks in place), and whether it is a page of floating text boxes. */
async function docxHtml(file: Uint8Array, budget: Budget, depth: number): Promise<{ html: string; textBoxes: boolean }> {
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
  // A body held as an alternative format chunk (w:altChunk) is that chunk's content, where the chunk stands: an HTML
  // or web archive page, plain text, a Word file (read the same way). One not read (RTF) is marked there, unread.
  for (const [i, chunk] of chunks.entries()) {
    const body = await chunkHtml(chunk, budget, depth);
    html = html.replace(`<p>${altChunkMark(i)}</p>`, () => body ?? UNREAD_CHUNK);
  }
  return { html, textBoxes };
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

/**
 * A chunk's HTML body: an HTML part decoded as a saved page is, a web archive's page part, a plain text part's lines
 * as paragraphs, a Word part's body (within CHUNK_DEPTH); undefined for a kind not read (RTF: Word reads it, this
 * reader does not), which is said unread where it stands, never dropped unsaid (rtM 2: sections 五 and 六 in a .docx
 * chunk were called missing).
 */
async function chunkHtml(chunk: AltChunk, budget: Budget, depth: number): Promise<string | undefined> {
  const kind = sniffBytes(chunk.data);
  if (/\.mht(ml)?$/i.test(chunk.name) || kind === 'mhtml')
    return bodyOf(await (await import('./mhtml.js')).mhtmlPage(chunk.data));
  if (/\.x?html?$/i.test(chunk.name)) return bodyOf(decode(chunk.data, sniffHtmlCharset(chunk.data)).text);
  if (/\.txt$/i.test(chunk.name)) {
    try {
      return textHtml(decode(chunk.data).text);
    } catch (error) {
      if (error instanceof ReadError) return undefined;
      throw error;
    }
  }
  if (kind === 'docx' && depth + 1 < CHUNK_DEPTH) {
    try {
      return (await docxHtml(chunk.data, budget, depth + 1)).html;
    } catch (error) {
      // A chunk's damage is the chunk's: the body around it was read (a budget exceeded still stops the reading).
      if (error instanceof ReadError && error.id === 'docxDamaged') return undefined;
      throw error;
    }
  }
  return undefined;
}

/** Plain text as HTML paragraphs, one a line (blank lines dropped), its characters escaped. */
function textHtml(text: string): string {
  const escape = (line: string): string => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim())
    .map((line) => `<p>${escape(line)}</p>`)
    .join('');
}
