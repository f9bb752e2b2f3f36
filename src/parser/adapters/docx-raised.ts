/**
 * A run printed as a superscript or subscript without saying so on the run (w:vertAlign), for docx-hidden.ts to
 * say it there, so that mammoth writes it <sup>/<sub> and the html reader reads a mark after a number as a mark
 * (5305¹ is 5305), as it reads a Word superscript:
 * - LibreOffice writes a superscript as a raised, smaller run (w:position > 0 and a smaller w:sz, no w:vertAlign),
 *   a subscript as a lowered, smaller one; mammoth ignores w:position, and 5305 with its raised 1 was read 53051
 *   (rtAC 2, every LibreOffice-written file with a note mark in a cell);
 * - a character style may print its runs raised (Word's 脚注引用 / FootnoteReference style has w:vertAlign
 *   superscript), which mammoth does not read from the style.
 * A raised run the same size as the text before it is no superscript as any editor makes one (a digit nudged up
 * stays a digit of its number): it is left as it is.
 */
import { runFormatOf, type DocxStyles, type RunFormat } from './docx-styles.js';

/** Word's size when nothing sets one: 10 points (w:sz counts half-points). */
const DEFAULT_SIZE = 20;

/**
 * No larger than this share of the text before it (pdf-marks.ts reads a PDF's marks so: LibreOffice sets a
 * superscript at 58 % of its text, Word exports one at 0.886×).
 */
const SMALLER = 0.92;

/** A run's size, raise and vertical alignment as printed: its own, else its styles'. */
export function printedFormat(properties: string, paragraphStyle: string | undefined, styles: DocxStyles): RunFormat {
  const own = runFormatOf(properties);
  const styled = styles.runFormat(paragraphStyle, /<w:rStyle\s+w:val="([^"]*)"/.exec(properties)?.[1]);
  return {
    size: own.size ?? styled.size ?? DEFAULT_SIZE,
    position: own.position ?? styled.position ?? 0,
    vertAlign: own.vertAlign ?? styled.vertAlign,
  };
}

/**
 * The run with its vertical alignment written on it when it prints as a superscript or subscript that its own
 * properties do not name (`before`: the size of the text printed before it in its paragraph); else the run as it is.
 * A run with its own w:vertAlign is mammoth's to read already, and a note reference (w:footnoteReference) mammoth
 * writes as a superscript of its own.
 */
export function withScriptNamed(run: string, properties: string, format: RunFormat, before: number): string {
  if (/<w:vertAlign\b/.test(properties) || !/<w:t[\s>]/.test(run) || /<w:(?:footnote|endnote)Reference\b/.test(run)) return run;
  const script = scriptOf(format, before);
  if (!script) return run;
  const mark = `<w:vertAlign w:val="${script}"/>`;
  const head = /^<w:r(?:\s[^>]*)?>\s*(?:<w:rPr>|<w:rPr\s*\/>)?/.exec(run)![0];
  const named = head.endsWith('<w:rPr>') ? `${head}${mark}` : `${head.replace(/<w:rPr\s*\/>$/, '')}<w:rPr>${mark}</w:rPr>`;
  return named + run.slice(head.length);
}

function scriptOf(format: RunFormat, before: number): 'superscript' | 'subscript' | undefined {
  if (format.vertAlign === 'superscript' || format.vertAlign === 'subscript') return format.vertAlign;
  const position = format.position ?? 0;
  if (position === 0 || (format.size ?? DEFAULT_SIZE) > before * SMALLER) return undefined;
  return position > 0 ? 'superscript' : 'subscript';
}
