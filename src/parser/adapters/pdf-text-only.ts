/**
 * pdfjs's worker made to skip the one step of font loading that only painting needs (issue 21: a PDF's cold
 * start). For every embedded TrueType font pdfjs runs `checkAndRepair`: it walks the whole font program to
 * rebuild a file a browser would accept (glyph outlines, `loca`, `cmap`, name tables). A report is never
 * painted, and the step is the larger part of reading a page when the fonts are big: Word's CJK subsets of
 * 130–275 KB (hongze-2024.pdf, 140 ms of its first page) and Chromium's 460 KB ones (95 ms).
 *
 * The text is the same without it, but only where pdfjs's text never depends on the font program, so the step
 * is skipped only there:
 * - a composite font (Type0, the CJK case): its text comes from the ToUnicode map or the CID ordering, both
 *   read before the font program; the repair only maps glyphs for painting;
 * - a simple font with its own ToUnicode map: the repair reads that map, never writes it.
 * A simple TrueType font without a map keeps the repair: for a symbolic one the repair may give it a WinAnsi
 * text map (adjustTrueTypeToUnicode). Widths, the font matrix and the writing mode never come from the repair.
 * test/parser/pdf-text-only.test.ts reads every PDF fixture both ways and compares the text, character for
 * character; REPORTLINT_PDF_FONTS=full reads fonts whole (engine/pdf-worker-node.ts).
 *
 * Pure string work on pdfjs's own source: no Node built-in, so the page patches the worker it embeds the same way.
 */

const CALL = 'this.checkAndRepair(';

/**
 * The statement around the call in pdfjs's Font constructor, minified or not:
 * `<data> = this.checkAndRepair(<name>, <file>, <properties>);`. Identifiers are matched, not spelled out,
 * so a rebuilt minified copy still matches.
 */
const STATEMENT = /([\w$]+)\s*=\s*this\.checkAndRepair\(\s*([\w$]+)\s*,\s*([\w$]+)\s*,\s*([\w$]+)\s*\);$/;

/** How far before the call its assignment starts (the target's name and ` = `). */
const BEFORE = 64;

/**
 * The worker's source with the repair skipped where text does not need it, or undefined when the call is not
 * found exactly once in the expected shape (another pdfjs): the worker is then used as it is, which reads the
 * same, slower. The 1 MB source is searched for the call's text, not scanned by a pattern.
 */
export function textOnlyWorkerSource(source: string): string | undefined {
  const at = source.indexOf(CALL);
  if (at < 0 || source.indexOf(CALL, at + 1) >= 0) return undefined;
  const end = source.indexOf(';', at);
  const from = Math.max(0, at - BEFORE);
  const match = end < 0 ? null : STATEMENT.exec(source.slice(from, end + 1));
  if (!match) return undefined;
  const [statement, data, name, file, props] = match as unknown as [string, string, string, string, string];
  const guarded = `${data}=${props}.composite||${props}.hasIncludedToUnicodeMap?void 0:this.checkAndRepair(${name},${file},${props});`;
  const start = end + 1 - statement.length;
  return source.slice(0, start) + guarded + source.slice(end + 1);
}
