/** The parser's public entry: input (bytes or text) → report AST, choosing the adapter by format. */
import { decode, type EncodingName } from './decode.js';
import { buildReport } from './report.js';
import { detectFormat, isCompoundFile, sniffBytes } from './detect.js';
import { DecodeError } from './decode.js';
import { readMarkdown } from './adapters/markdown.js';
import { readText } from './adapters/text.js';
import { sniffHtmlCharset } from './adapters/html-charset.js';
import type { AdapterOutput } from './adapters/types.js';
import type { InputFormat, OrganType, ReportRoot } from './types.js';

export { DecodeError, decode, type EncodingName } from './decode.js';
export { detectFormat } from './detect.js';

export interface ParseOptions {
  /** Forces the adapter; otherwise chosen by extension, then by sniffing the text. */
  format?: InputFormat;
  filePath?: string;
  /** Forces the text encoding (bytes input only). */
  encoding?: EncodingName;
  /** The organ's kind as configured ("organType"): replaces what the title suggests. */
  organType?: OrganType;
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
export type BinaryAdapter = (bytes: Uint8Array) => Promise<AdapterOutput>;
export type TextAdapter = (text: string) => AdapterOutput | Promise<AdapterOutput>;

const textAdapters = new Map<InputFormat, TextAdapter>([
  ['markdown', readMarkdown],
  ['text', readText],
]);
const binaryAdapters = new Map<InputFormat, BinaryAdapter>();

export function registerTextAdapter(format: InputFormat, adapter: TextAdapter): void {
  textAdapters.set(format, adapter);
}
export function registerBinaryAdapter(format: InputFormat, adapter: BinaryAdapter): void {
  binaryAdapters.set(format, adapter);
}
// The readers of HTML (rehype), .docx (mammoth, jszip) and PDF (pdfjs) are loaded on first use: a run over
// Markdown and text reports never loads them (mammoth alone takes ~180 ms to import).
registerTextAdapter('html', async (text) => (await import('./adapters/html.js')).readHtml(text));
registerBinaryAdapter('docx', async (bytes) => (await import('./adapters/docx.js')).readDocx(bytes));
registerBinaryAdapter('pdf', async (bytes) => (await import('./adapters/pdf.js')).readPdf(bytes));

export async function parseReport(input: string | Uint8Array, options: ParseOptions = {}): Promise<ParsedReport> {
  const binary = typeof input !== 'string';
  // Old Word and WPS files are the commonest "binary" input: say what they are and what to do.
  if (binary && isCompoundFile(input)) throw new DecodeError('an old Word/WPS file (.doc/.wps): save it as .docx', 'legacy-office');
  let format = options.format ?? detectFormat(options.filePath, undefined);
  if (binary && !options.format && !binaryAdapters.has(format)) format = sniffBytes(input) ?? format;
  const binaryAdapter = binaryAdapters.get(format);
  if (binaryAdapter && binary) {
    const out = await binaryAdapter(input);
    return { report: withOrganType(buildReport(out, format), options), text: out.text, format, ...(out.pages ? { pages: out.pages } : {}) };
  }
  let text: string;
  let encoding: string | undefined;
  if (binary) {
    const decoded = decode(input, options.encoding ?? sniffHtmlCharset(input));
    text = decoded.text;
    encoding = decoded.encoding;
  } else {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  }
  // Old Mac files end lines with a lone CR. Same length, so offsets hold; lines then count as editors count them.
  text = text.replace(/\r(?!\n)/g, '\n');
  if (!options.format) format = detectFormat(options.filePath, text);
  const adapter = textAdapters.get(format);
  if (!adapter) throw new Error(`no reader for the ${format} format`);
  const out = await adapter(text);
  return { report: withOrganType(buildReport(out, format), options), text: out.text, format, ...(encoding ? { encoding } : {}) };
}

function withOrganType(report: ReportRoot, options: ParseOptions): ReportRoot {
  if (options.organType) report.organType = options.organType;
  return report;
}
