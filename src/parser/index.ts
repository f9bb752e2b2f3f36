/** The parser's public entry: input (bytes or text) → report AST, choosing the adapter by format. */
import { decode, type EncodingName } from './decode.js';
import { buildReport } from './report.js';
import { archiveKind, detectFormat, isCompoundFile, isZip, sniffBytes } from './detect.js';
import { DecodeError } from './decode.js';
import { readText } from './adapters/text.js';
import { sniffHtmlCharset } from './adapters/html-charset.js';
import type { AdapterOutput } from './adapters/types.js';
import type { InputFormat, OrganType, ReportRoot, Undecodable } from './types.js';
import { withoutInvisible } from './invisible.js';
import { withUnifiedIdeographs } from './ideographs.js';
import { Damage, MAX_DAMAGE_PLACES } from './damage.js';
import { LineIndex } from './text-run.js';
import { budgetFor, spend, type Budget } from './budget.js';
import { ReadError } from './read-error.js';
import { assertShowsText } from './textless.js';
import { findTable } from './query.js';
import { asExcerpt } from './excerpt.js';

export { DecodeError, decode, type EncodingName } from './decode.js';
export { detectFormat } from './detect.js';
export { ReadError } from './read-error.js';
export { BudgetError } from './budget.js';

export interface ParseOptions {
  /** Forces the adapter; otherwise chosen by extension, then by sniffing the text. */
  format?: InputFormat;
  filePath?: string;
  /** Forces the text encoding (bytes input only). */
  encoding?: EncodingName;
  /** The organ's kind as configured ("organType"): replaces what the title suggests. */
  organType?: OrganType;
  /** The file-size limit in bytes, which also scales the reading budget (budget.ts); default 20 MB, 0: none. */
  maxFileSize?: number;
  /** The text is what an editor pasted (the page): it may be part of a report (excerpt.ts). */
  pasted?: boolean;
}

export interface ParsedReport {
  report: ReportRoot;
  /** The text that positions refer to. */
  text: string;
  format: InputFormat;
  encoding?: string;
  /** PDF only: the page (1-based) each line of `text` came from, for locations people can find. */
  pages?: number[];
}

/** Formats whose adapters are registered by other modules (html, docx, pdf) so the core stays small. */
type BinaryAdapter = (bytes: Uint8Array, budget: Budget) => Promise<AdapterOutput>;
type TextAdapter = (text: string, budget: Budget) => AdapterOutput | Promise<AdapterOutput>;

const textAdapters = new Map<InputFormat, TextAdapter>([['text', readText]]);
const binaryAdapters = new Map<InputFormat, BinaryAdapter>();

function registerTextAdapter(format: InputFormat, adapter: TextAdapter): void {
  textAdapters.set(format, adapter);
}
function registerBinaryAdapter(format: InputFormat, adapter: BinaryAdapter): void {
  binaryAdapters.set(format, adapter);
}
// The readers of Markdown (micromark, ~85 ms to import), HTML (rehype), web archives (postal-mime), .docx (mammoth, jszip) and PDF (pdfjs)
// are loaded on first use: a run over one format never loads the others (mammoth alone takes ~180 ms to import).
registerTextAdapter('markdown', async (text, budget) => {
  const { readMarkdown } = await import('./adapters/markdown.js');
  // Tables an OCR tool (MinerU, PaddleOCR) or pandoc wrote as HTML are read by the web page reader, loaded only then.
  if (!/<table\b/i.test(text)) return readMarkdown(text);
  const { readHtml } = await import('./adapters/html.js');
  return readMarkdown(text, (html) => readHtml(html, budget, { whole: true }));
});
registerTextAdapter('html', async (text, budget) => (await import('./adapters/html.js')).readHtml(text, budget));
// A web archive is bytes (its parts declare their own charsets); given as text, it is read as its UTF-8 bytes.
registerBinaryAdapter('mhtml', async (bytes, budget) => (await import('./adapters/mhtml.js')).readMhtml(bytes, budget));
registerTextAdapter('mhtml', async (text, budget) =>
  (await import('./adapters/mhtml.js')).readMhtml(new TextEncoder().encode(text), budget),
);
registerBinaryAdapter('docx', async (bytes, budget) => (await import('./adapters/docx.js')).readDocx(bytes, budget));
// The time limit is the run's (30 s unless REPORTLINT_TIME_LIMIT_MS says otherwise), like plugin loading's.
registerBinaryAdapter('pdf', async (bytes, budget) => {
  const { pdfLimitsFor, readPdf } = await import('./adapters/pdf.js');
  return readPdf(bytes, pdfLimitsFor(budget), budget);
});

export async function parseReport(input: string | Uint8Array, options: ParseOptions = {}): Promise<ParsedReport> {
  const binary = typeof input !== 'string';
  // Old Word and WPS files are the commonest "binary" input: say what they are and what to do.
  if (binary && isCompoundFile(input))
    throw new DecodeError('an old Word/WPS file (.doc/.wps): save it as .docx', 'legacy-office');
  // An archive (a site's 报告合集.zip, a .rar): said as such, not as a damaged .docx or binary content.
  const archive = binary && !options.format ? archiveKind(options.filePath, input) : undefined;
  if (archive) throw new ReadError('archiveFile', { ext: archive }, `an archive (.${archive}): unpack it`);
  // Every path (files, standard input, extract, --previous, the library) comes through here: one budget for all.
  const budget = budgetFor(options.maxFileSize);
  // A zip package (.docx) is bounded apart: its photos are not read, its XML parts are (their own budget: xml).
  spend(budget, binary && isZip(input) ? 'zip' : 'bytes', binary ? input.byteLength : input.length);
  let format = options.format ?? detectFormat(options.filePath, undefined);
  if (binary && !options.format && !binaryAdapters.has(format)) format = sniffBytes(input) ?? format;
  const binaryAdapter = binaryAdapters.get(format);
  if (binaryAdapter && binary) {
    const out = await binaryAdapter(input, budget);
    if (!out.elsewhere) assertShowsText(out.tree);
    // A .docx or PDF may carry U+FFFD too (a damaged copy saved again, a font without a map for a glyph).
    return {
      report: withOrganType(withLostCharacters(buildReport(out, format), out.text, 0, undefined), options),
      text: out.text,
      format,
      ...(out.pages ? { pages: out.pages } : {}),
    };
  }
  let text: string;
  let encoding: string | undefined;
  let replaced = 0;
  if (binary) {
    const decoded = decode(input, options.encoding ?? sniffHtmlCharset(input));
    text = decoded.text;
    encoding = decoded.encoding;
    replaced = decoded.replaced ?? 0;
  } else {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  // Old Mac files end lines with a lone CR. Same length, so offsets hold; lines then count as editors count them.
  text = text.replace(/\r(?!\n)/g, '\n');
  const written = text;
  const invisible = withoutInvisible(text);
  if (invisible) text = invisible.text;
  // Radicals a PDF's font gave for ideographs (⼀ for 一): read as the ideographs, one unit for one (ideographs.ts).
  text = withUnifiedIdeographs(text);
  // Word's or WPS's "Save as RTF" (.rtf, or renamed .doc): its control words would read as a report's text.
  if (/^\s*\{\\rtf/.test(text)) throw new ReadError('rtfFile', {}, 'an RTF file: save it as .docx');
  const sniffed = !options.format && detectFormat(options.filePath, undefined) === 'text';
  if (!options.format) format = detectFormat(options.filePath, text);
  const adapter = textAdapters.get(format);
  if (!adapter) throw new ReadError('noReader', { format }, `no reader for the ${format} format`);
  const out = await adapter(text, budget);
  // (A blank text is the engine's "empty document", one message too; parsing it still gives an empty report. A page
  // showing its report from a file it does not hold, a PDF in a frame, is the noBody warning that says so.)
  if (/[^\s\u3000\ufeff]/.test(text) && !out.elsewhere) assertShowsText(out.tree);
  let report = buildReport(out, format);
  // Text judged Markdown by its look alone (a .txt, standard input) may be pasted text with one Markdown touch,
  // whose tab, pipe or one-cell-per-line tables only the text reader recovers: read as text, it is kept when
  // that places more of the tables and no fewer sections.
  let read = { out, format };
  if (sniffed && format === 'markdown' && placedTables(report) < 3) {
    const plainOut = readText(text);
    const plain = buildReport(plainOut, 'text');
    if (placedTables(plain) > placedTables(report) && placedSections(plain) >= placedSections(report)) {
      report = plain;
      read = { out: plainOut, format: 'text' };
    }
  }
  // Text given as text may hold U+FFFD too (pasted from a damaged copy): the characters there are lost all the same.
  report = withLostCharacters(report, read.out.text, replaced, encoding);
  // Pasted text may be part of a report, a section copied to check its table (excerpt.ts).
  if (options.pasted) report = asExcerpt(report, read.out.text);
  // Positions in the text as read are moved back onto the text as written, when the reader's text is the input's.
  const asInput = read.out.text === text;
  const restore = invisible && asInput ? invisible : undefined;
  restore?.restorePositions(report);
  return {
    report: withOrganType(report, options),
    text: asInput ? written : read.out.text,
    format: read.format,
    ...(encoding ? { encoding } : {}),
  };
}

function withLostCharacters(report: ReportRoot, text: string, replaced: number, encoding: string | undefined): ReportRoot {
  if (!replaced && !text.includes('\ufffd')) return report;
  const undecodable = undecodableIn(text, replaced, encoding);
  if (undecodable) report.reading.undecodable = undecodable;
  return report;
}

/**
 * Where each U+FFFD stands (decode put one for each invalid byte sequence), the first MAX_DAMAGE_PLACES of them:
 * a report damaged in more places than that is damaged everywhere after the last one listed (rules read it so).
 */
function undecodableIn(text: string, count: number, encoding: string | undefined): Undecodable | undefined {
  const runs = new Damage(text).runs;
  if (runs.length === 0) return undefined;
  const index = new LineIndex(text);
  const places = runs.slice(0, MAX_DAMAGE_PLACES).map(([from, to]) => index.position(from, to));
  return { count: Math.max(count, runs.length), position: places[0]!, places, ...(encoding ? { encoding } : {}) };
}

/** Tables 二, 三 and 四 read whole: found and placed, with no row left unreadable. */
function placedTables(report: ReportRoot): number {
  let n = 0;
  for (const kind of ['active', 'applications', 'review'] as const) {
    const table = findTable(report, kind);
    if (report.reading.tables[kind].status === 'read' && table && table.unreadableRows.length === 0) n++;
  }
  return n;
}

function placedSections(report: ReportRoot): number {
  return Object.values(report.reading.sections).filter((c) => c.status === 'read').length;
}

function withOrganType(report: ReportRoot, options: ParseOptions): ReportRoot {
  if (options.organType) report.organType = options.organType;
  return report;
}
