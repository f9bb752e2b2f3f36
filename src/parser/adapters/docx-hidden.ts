/**
 * The body as Word prints it, before mammoth reads it (only when the file needs it: zip-directory.ts says):
 * - text formatted hidden (w:vanish: shown on screen only with formatting marks, never printed) is not part of the
 *   report, and mammoth reads it as any other text (a cell printing 126 that holds a hidden 0 was read 1260). A run is
 *   hidden by its own w:vanish (w:val="0" shows it), or, without one, by its styles (docx-styles.ts): its character
 *   style, its paragraph's style, each through its w:basedOn chain, and the document defaults. w:specVanish (a
 *   paragraph mark that never breaks the line) and w:webHidden (hidden in Web Layout only) hide no printed text;
 * - a simple field (w:fldSimple: a table formula =SUM(LEFT)) prints the result it holds, and mammoth drops the
 *   element, result and all (a row of formulas was read blank, and a dozen false totals errors came out);
 * - a paragraph numbered by a list (w:numPr, directly or through its style) prints its number (一、 3. （二）), which
 *   is not in its text (docx-numbering.ts): the number is written in as a run and the list taken off, so mammoth
 *   reads a paragraph as printed, not a list item without its number;
 * - a body held as an alternative format chunk (w:altChunk: html-docx-js and CMS exporters put the whole report in
 *   an HTML or web archive part) is marked where it stands, for docx.ts to put the chunk's HTML there (mammoth skips it);
 * - a table cell deleted as a tracked change (w:cellDel) is not in the table Word shows with changes accepted;
 * - a field inside another field's code prints nothing (docx-fields.ts): mammoth printed its cached result before the
 *   outer field's (351 read 351351);
 * - a DrawingML text box (wps:txbx) saved without a VML fallback (mc:Fallback) that mammoth reads, with one that
 *   prints no text (LibreOffice's empty <w:pict></w:pict>), or bare (no mc:AlternateContent): its text
 *   (w:txbxContent) is given mammoth as such a fallback (a w:pict holding it);
 * - a body whose text stands mostly in floating text boxes (a PDF converted to Word: LibreOffice's PDF import, WPS,
 *   Acrobat's layout modes write every line as a box placed on the page) is said to be one (`textBoxes`): mammoth
 *   reads the boxes in the order the file holds them, which is not the order on the page (a row's values read as
 *   another's, sections out of order), so its reading order is unknown;
 * - a floating text box anchored in a table cell, or printed above its anchor paragraph, is read where Word prints it
 *   (docx-floating.ts).
 */
import JSZip from 'jszip';
import { NO_STYLES, onOff, readStyles, type DocxStyles } from './docx-styles.js';
import { Numbering } from './docx-numbering.js';
import { withoutNestedFields } from './docx-fields.js';
import { withFloatingBoxesPlaced } from './docx-floating.js';
import { printedFormat, withScriptNamed } from './docx-raised.js';
import { mainPartName, PACKAGE_RELS, partOfType, relationships, relsNameOf } from './docx-parts.js';

/** An alternative format chunk: its part's name and bytes, in the order the body holds them. */
export interface AltChunk {
  name: string;
  data: Uint8Array;
}

/** The paragraph standing for the i-th chunk: text no report holds, which mammoth prints as <p>⟦altChunk:i⟧</p>. */
export const altChunkMark = (i: number): string => `⟦altChunk:${i}⟧`;

/**
 * The same .docx, its body as printed: without hidden runs, each simple field's result and each list number in place,
 * each alternative format chunk marked (altChunkMark) and its part returned.
 */
export async function asPrinted(bytes: Uint8Array): Promise<{ bytes: Uint8Array; chunks: AltChunk[]; textBoxes?: boolean }> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (name: string): Promise<string | undefined> => zip.file(name)?.async('string');
  // The main part, where the report's text and tables are (word/document2.xml from Word Online: docx-parts.ts).
  const main = mainPartName(await text(PACKAGE_RELS));
  const body = zip.file(main);
  if (!body) return { bytes, chunks: [] };
  const rels = await text(relsNameOf(main));
  const styles = readStyles(await text(partOfType(rels, main, 'styles')));
  const numbering = new Numbering(await text(partOfType(rels, main, 'numbering')));
  let xml = withoutNestedFields(
    unwrapSimpleFields(printedParagraphs(withoutDeletedCells(await body.async('string')), styles, numbering)),
  );
  const chunks: AltChunk[] = [];
  if (xml.includes('<w:altChunk')) {
    const targets = new Map(relationships(rels, main).map((r) => [r.id, r.part]));
    const parts: (AltChunk | undefined)[] = [];
    for (const [, id] of xml.matchAll(/<w:altChunk\b[^>]*?r:id="([^"]*)"/g)) {
      const name = targets.get(id!);
      const file = name ? zip.file(name) : null;
      parts.push(file ? { name: name!, data: await file.async('uint8array') } : undefined);
    }
    let i = 0;
    xml = xml.replace(/<w:altChunk\b[^>]*?(?:\/>|>(?:(?!<\/?w:altChunk\b)[\s\S])*<\/w:altChunk>)/g, () => {
      const part = parts[i++];
      if (!part) return '';
      chunks.push(part);
      return `<w:p><w:r><w:t>${altChunkMark(chunks.length - 1)}</w:t></w:r></w:p>`;
    });
  }
  zip.file(main, withTextBoxFallbacks(withFloatingBoxesPlaced(xml)));
  // Photos and other media are never read (images become empty pictures: docx.ts), nor inflated by this rewrite: a
  // package may be several times the file-size limit (budget.ts: zip), and only its XML parts are budgeted.
  const media: string[] = [];
  zip.forEach((name, file) => {
    if (!file.dir && !/\.(?:xml|rels)$/i.test(name) && name !== main) media.push(name);
  });
  for (const name of media) zip.remove(name);
  const boxed = inFloatingTextBoxes(xml);
  return { bytes: await zip.generateAsync({ type: 'uint8array' }), chunks, ...(boxed ? { textBoxes: true } : {}) };
}

/**
 * An innermost run (<w:r> … </w:r> holding no run: a text box's runs sit inside a run of their own); its <w:rPr>
 * opens it.
 */
const RUN_SOURCE = String.raw`<w:r(?:\s[^>]*)?>(?:(?!<w:r[\s>]|<\/w:r>)[\s\S])*<\/w:r>`;
/**
 * What paragraph properties never hold (a paragraph, a run): where a search for their end gives up, so unclosed
 * properties in a damaged body cost a scan to the next paragraph or run, not to the end of the body.
 */
const NOT_IN_PROPERTIES = String.raw`<w:p[\s>]|<\/w:p>|<w:r[\s>]`;
/** A paragraph's start tag and its properties (which may hold, in a tracked change, the properties it had before). */
const PARAGRAPH_START_SOURCE = String.raw`<w:p(?:\s[^>]*)?>(?:\s*<w:pPr>(?:<w:pPrChange\b(?:(?!<\/w:pPrChange>|${NOT_IN_PROPERTIES})[\s\S])*<\/w:pPrChange>|(?!<\/w:pPr>|<w:pPrChange\b|${NOT_IN_PROPERTIES})[\s\S])*<\/w:pPr>)?`;
/** What the body is walked by: paragraph starts and ends (paragraphs nest, in text boxes), and innermost runs. */
const TOKEN = new RegExp(`(${PARAGRAPH_START_SOURCE})|(<\\/w:p>)|(${RUN_SOURCE})`, 'g');
const RUN_PROPERTIES = /^<w:r(?:\s[^>]*)?>\s*<w:rPr>([\s\S]*?)<\/w:rPr>/;

/**
 * A table cell deleted as a tracked change (w:tcPr/w:cellDel), holding no table of its own: Word's accepted view has
 * no such cell, and mammoth read it as a live one (an extra cell shifted the row's values: rtM 5).
 */
const DELETED_CELL = new RegExp(
  String.raw`<w:tc(?:\s[^>]*)?>\s*<w:tcPr>(?:(?!<\/w:tcPr>)[\s\S])*?<w:cellDel\b[^>]*>(?:(?!<\/w:tcPr>)[\s\S])*<\/w:tcPr>(?:(?!<w:tc[\s>]|<\/w:tc>)[\s\S])*<\/w:tc>`,
  'g',
);

function withoutDeletedCells(xml: string): string {
  return xml.includes('<w:cellDel') ? xml.replace(DELETED_CELL, '') : xml;
}

/** A simple field's tags; what they hold (the result's runs) stays. */
const SIMPLE_FIELD_TAG = /<w:fldSimple\b[^>]*>|<\/w:fldSimple>/g;

function unwrapSimpleFields(xml: string): string {
  return xml.replace(SIMPLE_FIELD_TAG, '');
}

/** A tracked change of formatting: the properties the run had before (hidden then, maybe, and shown now). */
const PROPERTIES_BEFORE =
  /<w:rPrChange\b(?:(?!<\/?w:rPrChange\b)[\s\S])*<\/w:rPrChange>|<w:pPrChange\b(?:(?!<\/?w:pPrChange\b)[\s\S])*<\/w:pPrChange>/g;

const styleOf = (properties: string, name: 'pStyle' | 'rStyle'): string | undefined =>
  new RegExp(`<w:${name}\\s+w:val="([^"]*)"`).exec(properties)?.[1];

function isHidden(run: string, paragraphStyle: string | undefined, styles: DocxStyles): boolean {
  const properties = RUN_PROPERTIES.exec(run.replace(PROPERTIES_BEFORE, ''))?.[1] ?? '';
  // Set on the run itself, w:vanish is absolute; otherwise it is the styles' (a toggle through their levels).
  return onOff(properties, 'vanish') ?? styles.hiddenByStyles(paragraphStyle, styleOf(properties, 'rStyle'));
}

/**
 * The body without hidden runs (by direct formatting or by style), each numbered paragraph's number written in, each
 * run printed as a superscript or subscript said so on the run (docx-raised.ts).
 */
export function printedParagraphs(xml: string, styles: DocxStyles = NO_STYLES, numbering?: Numbering): string {
  const paragraphStyles: (string | undefined)[] = [];
  // The size of the text printed last in each open paragraph (a raised mark is smaller than the text it follows).
  const sizes: number[] = [];
  return xml.replace(TOKEN, (token, start: string | undefined, end: string | undefined, run: string | undefined) => {
    if (start !== undefined) {
      const properties = /<w:pPr>([\s\S]*)<\/w:pPr>$/.exec(start)?.[1]?.replace(PROPERTIES_BEFORE, '') ?? '';
      const style = styleOf(properties, 'pStyle');
      // An empty paragraph (<w:p />) has no end tag, nor a number.
      if (/^<w:p\b[^>]*\/>/.test(start)) return start;
      paragraphStyles.push(style);
      sizes.push(printedFormat('', style, styles).size!);
      if (!numbering || numbering.isEmpty) return start;
      // A paragraph whose mark is deleted or moved away (tracked changes) or hidden prints no number: its number is its mark's.
      const mark = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(properties)?.[1] ?? '';
      if (/<w:(?:del|moveFrom)\b/.test(mark) || (onOff(mark, 'vanish') ?? styles.hiddenByStyles(style, undefined))) return start;
      return numbered(start, properties, style, styles, numbering);
    }
    if (end !== undefined) {
      paragraphStyles.pop();
      sizes.pop();
      return end;
    }
    const paragraphStyle = paragraphStyles.at(-1);
    if (isHidden(run!, paragraphStyle, styles)) return '';
    const properties = RUN_PROPERTIES.exec(run!.replace(PROPERTIES_BEFORE, ''))?.[1] ?? '';
    const format = printedFormat(properties, paragraphStyle, styles);
    const printed = withScriptNamed(run!, properties, format, sizes.at(-1) ?? format.size!);
    // A mark is measured against the text it follows, not against the mark before it (5305¹²).
    const script = printed !== run || format.vertAlign === 'superscript' || format.vertAlign === 'subscript';
    if (sizes.length && !script && /<w:t[\s>]/.test(run)) sizes[sizes.length - 1] = format.size!;
    return printed;
  });
}

/** Runs dropped when hidden by their own w:vanish (no styles known). */
export function dropHiddenRuns(xml: string): string {
  return printedParagraphs(xml);
}

/** A paragraph's start with its list number (if it has one Word prints and it is read here) as its first run. */
function numbered(
  start: string,
  properties: string,
  style: string | undefined,
  styles: DocxStyles,
  numbering: Numbering,
): string {
  const direct = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(properties)?.[1];
  const numId = direct !== undefined ? /<w:numId\s+w:val="([^"]*)"/.exec(direct)?.[1] : undefined;
  const fromStyle = styles.numbering(style);
  const list =
    numId !== undefined ? { numId, ilvl: /<w:ilvl\s+w:val="(\d+)"/.exec(direct!)?.[1] ?? fromStyle?.ilvl ?? '0' } : fromStyle;
  // w:numId 0 takes a style's numbering off.
  if (!list || list.numId === '0') return start;
  const number = numbering.next(list.numId, list.ilvl);
  if (number === undefined) return start;
  // The list taken off (numId 0, which mammoth finds no list for), the number as printed text.
  const off = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
  // mammoth finds w:numPr wherever it stands in w:pPr.
  const withoutList = start.includes('<w:pPr>')
    ? start.replace(/<w:numPr>[\s\S]*?<\/w:numPr>/, '').replace('<w:pPr>', `<w:pPr>${off}`)
    : `${start}<w:pPr>${off}</w:pPr>`;
  const escaped = number.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `${withoutList}<w:r><w:t xml:space="preserve">${escaped}</w:t></w:r>`;
}

/** A markup-compatibility block: Word 2010+ markup (mc:Choice) and what older readers read (mc:Fallback). */
const ALTERNATE_CONTENT =
  /<mc:AlternateContent\b[^>]*>(?:(?!<mc:AlternateContent\b|<\/mc:AlternateContent>)[\s\S])*<\/mc:AlternateContent>/g;
const TEXT_BOX_CONTENT = /<w:txbxContent\b[^>]*>[\s\S]*?<\/w:txbxContent>/g;

/** A fallback's (or a box's) printed text: a w:t run holding more than white space. */
const HOLDS_TEXT = /<w:t(?:\s[^>]*)?>[^<]*\S[^<]*<\/w:t>/;
/** What the body holds of drawings and compatibility choices, walked by withTextBoxFallbacks. */
const DRAWING_TOKEN = /<mc:Choice\b[^>]*>|<\/mc:Choice>|<w:drawing\b[^>]*>|<\/w:drawing>/g;

/**
 * A DrawingML text box gets a fallback mammoth reads (a w:pict holding its w:txbxContent, read as a VML text box's):
 * - in a compatibility block (mc:AlternateContent) without a fallback, or whose fallback prints no text: LibreOffice
 *   writes every text box with an empty one (<mc:Fallback><w:pict></w:pict></mc:Fallback>), and some writers give a
 *   bare shape (<v:rect/>); mammoth reads only the fallback, and the box's text was lost (rtM 1, a fee statement and
 *   table 四 in LibreOffice frames);
 * - standing bare (a w:drawing holding wps:txbx, no compatibility block): mammoth reads a drawing's pictures only
 *   (rtM 3). The w:pict goes right after the drawing, in the same run.
 * A fallback that prints text (Word's VML copy of the box) is the box's text already, and stays.
 */
function withTextBoxFallbacks(xml: string): string {
  if (!xml.includes('<w:txbxContent')) return xml;
  const fallback = (boxes: string[]): string => `<w:pict>${boxes.join('')}</w:pict>`;
  const inBlocks = xml.replace(ALTERNATE_CONTENT, (block) => {
    const kept = /<mc:Fallback\b[^>]*>[\s\S]*?<\/mc:Fallback>|<mc:Fallback\b[^>]*\/>/.exec(block)?.[0];
    if (kept !== undefined && HOLDS_TEXT.test(kept)) return block;
    const boxes = (kept === undefined ? block : block.replace(kept, '')).match(TEXT_BOX_CONTENT);
    if (!boxes?.some((box) => HOLDS_TEXT.test(box))) return block;
    // mammoth reads a w:pict's text box contents after the paragraph it stands in, as it does a VML text box's.
    const given = `<mc:Fallback>${fallback(boxes)}</mc:Fallback>`;
    return kept === undefined
      ? block.replace(/<\/mc:AlternateContent>$/, `${given}</mc:AlternateContent>`)
      : block.replace(kept, () => given);
  });
  if (!inBlocks.includes('<w:drawing')) return inBlocks;
  // Bare drawings: outside every mc:Choice (whose drawings the block above gave a fallback), outermost only.
  let out = '';
  let last = 0;
  let choices = 0;
  let drawings = 0;
  let start = 0;
  for (const token of inBlocks.matchAll(DRAWING_TOKEN)) {
    const tag = token[0];
    if (tag.endsWith('/>')) continue;
    if (tag.startsWith('<mc:Choice')) choices += 1;
    else if (tag === '</mc:Choice>') choices = Math.max(0, choices - 1);
    else if (tag.startsWith('<w:drawing')) {
      if (drawings++ === 0) start = token.index;
    } else if (drawings > 0 && --drawings === 0 && choices === 0) {
      const end = token.index + tag.length;
      const boxes = inBlocks.slice(start, end).match(TEXT_BOX_CONTENT);
      if (!boxes?.some((box) => HOLDS_TEXT.test(box))) continue;
      out += inBlocks.slice(last, end) + fallback(boxes);
      last = end;
    }
  }
  return last === 0 ? inBlocks : out + inBlocks.slice(last);
}

/** A printed text run's text (w:t; w:delText is deleted text, and dropped hidden runs are gone already). */
const TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
/** What an older reader reads instead (the same text boxes again, as VML). */
const FALLBACK = /<mc:Fallback\b[^>]*>[\s\S]*?<\/mc:Fallback>/g;
/** A drawing placed in the line like a character: it flows with the text, in the text's order. */
const INLINE_DRAWING = /<wp:inline\b[\s\S]*?<\/wp:inline>/g;
/** A VML picture (a text box of older Word) not positioned absolutely: in the line, like an inline drawing. */
const VML_PICTURE = /<w:pict\b[^>]*>[\s\S]*?<\/w:pict>/g;

const textLength = (xml: string): number => {
  let n = 0;
  for (const [, text] of xml.matchAll(TEXT)) n += text!.trim().length;
  return n;
};

/**
 * Whether most of the body's printed text stands in floating text boxes, two or more of them: text placed on the
 * page by each box's anchor and offsets, in no order the file gives (a PDF converted to Word writes every line so).
 * A text box placed in the line (wp:inline, a VML shape not positioned absolutely) flows in the text's order.
 */
export function inFloatingTextBoxes(xml: string): boolean {
  if (!xml.includes('<w:txbxContent')) return false;
  const printed = xml
    .replace(FALLBACK, '')
    .replace(INLINE_DRAWING, '')
    .replace(VML_PICTURE, (pict) => (/position:\s*absolute/.test(pict) ? pict : ''));
  let boxes = 0;
  let boxed = 0;
  for (const [box] of printed.matchAll(TEXT_BOX_CONTENT)) {
    const n = textLength(box);
    if (n === 0) continue;
    boxes += 1;
    boxed += n;
  }
  return boxes >= 2 && boxed * 2 > textLength(xml.replace(FALLBACK, ''));
}
