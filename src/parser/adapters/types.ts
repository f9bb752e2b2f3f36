/**
 * The adapter contract: one adapter per input format turns the input into an mdast tree with positions.
 *
 * Tables: every adapter emits mdast `table` nodes whose `data.layout` says how trustworthy positions are:
 * - 'grid': a rectangular grid (GFM, HTML or Word with colspan/rowspan expanded); a cell copied by the
 *   expansion of a span carries `data.spanned = true` (its text repeats the origin cell's text).
 * - 'flattened': rows recovered from text (tabs, one cell per line, `|`), of unequal lengths.
 * Cells hold one `text` child (the cell text, line breaks as "\n") with the position of the source text.
 */
import type { Root } from 'mdast';
import type { LineIndex } from '../text-run.js';

export interface AdapterOutput {
  tree: Root;
  /** The text that positions refer to (the decoded source, or the HTML a .docx was converted to). */
  text: string;
  /** Whether paragraph positions slice `text` into readable lines (true for markdown and text). */
  linesFromSource: boolean;
  /** The adapter's line index of `text`, reused by the report builder instead of scanning the text again. */
  lineIndex?: LineIndex;
  /** Markdown: `**` that CommonMark left literal are markup, dropped by the reader (mdast-read.ts, ReadOptions). */
  strayEmphasis?: boolean;
  /**
   * HTML only: a page without a report that shows it from a file it does not hold (a PDF in a frame or a viewer, a
   * link to download it): a sign that the body is elsewhere (certainty.ts, noBody), which its text does not show.
   */
  elsewhere?: boolean;
  /** PDF only: the page (1-based) of every line of `text` (index = line - 1). */
  pages?: number[];
  /**
   * PDF: the text is an OCR layer drawn invisibly over a scanned page (pdf-scan.ts); HTML: the page is an OCR
   * engine's hOCR output (html.ts). Either way a guess at the report, not the report (unreadable-content, ocrScan).
   */
  ocrScan?: boolean;
  /** A saved page's source stops inside a <table> it never closes: a download or save cut short (cut-short.ts). */
  unclosedTable?: true;
  /**
   * PDF only: part of the text layer is garbled, some fonts' character maps wrong (pdf-text-layer.ts,
   * isPartlyGarbled): the report's words are misread where those glyphs stand (unreadable-content, garbledText).
   */
  garbledText?: boolean;
  /**
   * PDF only: [start, end) offsets in `text` of table cells holding a number whose glyphs reach the page's edge
   * (pdf-page-edge.ts): digits past the edge were not printed, so the number is cut (tables/edge-cut-rows.ts).
   */
  cutAtPageEdge?: Array<[number, number]>;
  /**
   * PDF only: pictures shown where no text stands (pdf-pictures.ts), each at an offset of `text` (the end of the
   * line before it) and with its page; `whole`: the page shows nothing but the picture (a scanned page in a text
   * PDF). What they hold is not read: read as the HTML reader's <img> (certainty.ts, sectionImage, tableImage).
   */
  pictures?: Array<{ page: number; offset: number; whole: boolean }>;
  /**
   * .docx only: most of the text stands in floating text boxes placed on the page (a PDF converted to Word,
   * docx-hidden.ts), read in the file's order, which is not the page's: its reading order is unknown
   * (unreadable-content, textBoxes).
   */
  textBoxes?: boolean;
  /**
   * .docx only: offsets in `text` where an alternative format chunk (w:altChunk) stands that was not read (an RTF
   * chunk: docx.ts): anything may stand there, so nothing is called missing (unreadable-content, unreadChunks).
   */
  unreadChunks?: number[];
  /**
   * HTML only: paging the page prints outside the report's element, or writes by script (html-paging.ts), each with
   * its offset in `text`: the report may be one page of a paged article (paged-article.ts).
   */
  paging?: Array<{ text: string; offset: number }>;
}

export interface TableData {
  layout: 'grid' | 'flattened';
}

export interface CellData {
  spanned?: boolean;
}
