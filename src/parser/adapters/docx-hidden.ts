/**
 * The body as Word prints it, before mammoth reads it (only when the body needs it: zip-directory.ts says):
 * - text formatted hidden (w:vanish: shown on screen only with formatting marks, never printed) is not part of the
 *   report, and mammoth reads it as any other text (a cell printing 126 that holds a hidden 0 was read 1260);
 * - a simple field (w:fldSimple: a table formula =SUM(LEFT)) prints the result it holds, and mammoth drops the
 *   element, result and all (a row of formulas was read blank, and a dozen false totals errors came out).
 */
import JSZip from 'jszip';

/** The main document part, where the report's text and tables are. */
const BODY = 'word/document.xml';

/** The same .docx, its body as printed: without hidden runs, each simple field's result in its place. */
export async function asPrinted(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const body = zip.file(BODY);
  if (!body) return bytes;
  zip.file(BODY, unwrapSimpleFields(dropHiddenRuns(await body.async('string'))));
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * An innermost run (<w:r> … </w:r> holding no run: a text box's runs sit inside a run of their own); its <w:rPr>
 * opens it.
 */
const RUN = /<w:r(?:\s[^>]*)?>(?:(?!<w:r[\s>]|<\/w:r>)[\s\S])*<\/w:r>/g;
/** A run whose own properties hide it (w:vanish alone, or with a true value; w:val="0"/"false"/"off" shows it). */
const HIDDEN = /^<w:r(?:\s[^>]*)?>\s*<w:rPr>(?:(?!<\/w:rPr>)[\s\S])*<w:vanish(?:\s+w:val="(?:true|1|on)")?\s*\/>/;

/** A simple field's tags; what they hold (the result's runs) stays. */
const SIMPLE_FIELD_TAG = /<w:fldSimple\b[^>]*>|<\/w:fldSimple>/g;

function unwrapSimpleFields(xml: string): string {
  return xml.replace(SIMPLE_FIELD_TAG, '');
}

/** A tracked change of formatting: the properties the run had before (hidden then, maybe, and shown now). */
const PROPERTIES_BEFORE = /<w:rPrChange\b[\s\S]*?<\/w:rPrChange>/g;

export function dropHiddenRuns(xml: string): string {
  return xml.replace(RUN, (run) => (HIDDEN.test(run.replace(PROPERTIES_BEFORE, '')) ? '' : run));
}
