/**
 * Every layout reportlint reads, with the variations each can show, whether it destroys information for a
 * given model (lossy: an unreadable-content warning is then allowed), and how a document is rendered into it.
 */
import { buildDoc, ocrRow, type Doc } from './doc.js';
import { has, labelLostRow, type Model, type Variation } from './model.js';
import { docx } from './render-docx.js';
import { damagedBytes } from './render-damage.js';
import { htmlPage, printHtml } from './render-html.js';
import { markdownGrid, textBoxes } from './render-grid.js';
import { textLayout } from './render-layout.js';
import type { Printer } from './render-pdf.js';
import {
  markdownGfm,
  markdownHtml,
  markdownTabs,
  textCellPerLine,
  textCrawl,
  textPipes,
  textPipesPadded,
} from './render-text.js';

export const LAYOUTS = [
  'md-gfm',
  'md-tabs',
  'text-cells',
  'text-pipes',
  'text-pipes-padded',
  'text-layout',
  'text-crawl',
  'html-page',
  'docx',
  'pdf',
  // Added after the others, so that every earlier layout keeps its place.
  'md-html',
  'md-grid',
  'text-boxes',
] as const;
export type LayoutId = (typeof LAYOUTS)[number];
export type Family = 'text' | 'docx' | 'pdf';

export const FAMILY: Readonly<Record<LayoutId, Family>> = {
  'md-gfm': 'text',
  'md-tabs': 'text',
  'text-cells': 'text',
  'text-pipes': 'text',
  'text-pipes-padded': 'text',
  'text-layout': 'text',
  'text-crawl': 'text',
  'html-page': 'text',
  docx: 'docx',
  pdf: 'pdf',
  'md-html': 'text',
  'md-grid': 'text',
  'text-boxes': 'text',
};

export const FILE: Readonly<Record<LayoutId, string>> = {
  'md-gfm': 'report.md',
  'md-tabs': 'report.md',
  'text-cells': 'report.txt',
  'text-pipes': 'report.txt',
  'text-pipes-padded': 'report.txt',
  'text-layout': 'report.txt',
  'text-crawl': 'report.txt',
  'html-page': 'report.html',
  docx: 'report.docx',
  pdf: 'report.pdf',
  'md-html': 'report.md',
  'md-grid': 'report.md',
  'text-boxes': 'report.txt',
};

/** The Markdown and plain-text layouts (what a web page, a .docx or a PDF is not). */
const TEXTS: readonly LayoutId[] = LAYOUTS.filter((l) => l.startsWith('md-') || l.startsWith('text-'));
const MULTILINE_CELLS: readonly LayoutId[] = ['text-cells', 'text-layout', 'html-page', 'docx', 'pdf', 'md-html'];

/** Layouts with a table's cells kept apart, as OCR tools write them (GFM, HTML in Markdown) and web pages and Word. */
const OCR_GRIDS: readonly LayoutId[] = ['md-gfm', 'md-tabs', 'md-html', 'html-page', 'docx'];

/** Layouts a variation can occur in; a variation not listed occurs in all of them. */
const ONLY: Partial<Record<Variation, readonly LayoutId[]>> = {
  'site.chrome': TEXTS,
  'text.spans': ['html-page', 'docx'],
  'text.hardBreaks': LAYOUTS.filter((l) => l !== 'text-crawl'),
  'heading.bold': ['md-gfm', 'md-tabs', 'md-html', 'html-page', 'docx', 'pdf'],
  'cells.padding': ['html-page', 'docx'],
  'table3.groupsAfter': TEXTS,
  'table3.groupsSplit': MULTILINE_CELLS,
  'table3.groupsVertical': MULTILINE_CELLS,
  'table4.verticalHeader': MULTILINE_CELLS,
  'crawl.digitsRunTogether': ['text-crawl'],
  // On one line a heading is always inside a longer line.
  'heading.inline': LAYOUTS.filter((l) => l !== 'text-crawl'),
  // Line layouts where the variation leaves the same text: pipe rows print a caption row as a lone line
  // either way, padded pipe rows and the crawler line run tables together, a crawler line has no captions.
  'table2.fourTables': LAYOUTS.filter((l) => l !== 'text-pipes' && l !== 'text-pipes-padded' && l !== 'text-crawl'),
  'table2.captionsOutside': LAYOUTS.filter((l) => l !== 'text-pipes' && l !== 'text-crawl'),
  'table3.splitNoHeader': LAYOUTS.filter((l) => l !== 'text-pipes-padded' && l !== 'text-crawl'),
  'table.wrappedHeaders': ['text-layout', 'pdf'],
  // Space-aligned text printed densely: rows with no blank line between them, and a label column so narrow that
  // labels such as 行政规范性文件 wrap onto a line of their own, next to the next row.
  'table.tightRows': ['text-layout'],
  'table.narrowLabels': ['text-layout'],
  // Value columns as wide as their header words only: a figure wider than its column (the grand totals under 总计)
  // wraps its last digits onto the next line, as pdftotext prints a Word cell too narrow for it.
  'table.narrowValues': ['text-layout'],
  'page.runningHeader': ['text-layout'],
  // Shapes of a whole saved page around the report.
  'page.layoutTable': ['html-page'],
  'page.sidebarTitles': ['html-page'],
  'page.prevNext': ['html-page'],
  'page.footerDate': ['html-page'],
  'page.untitledTitle': ['html-page'],
  'cells.untabbed': ['text-cells'],
  'cells.valuesFirst': ['text-cells'],
  // Bytes written as they are: every layout but the zipped .docx and the printed PDF.
  'bytes.damaged': LAYOUTS.filter((l) => FAMILY[l] === 'text'),
  // OCR's lost cells, in the layouts OCR writes and those with grids: a lost label cell in a line of text leaves no
  // trace of its row's place (a crawl runs the values on with the row above), which no reader can tell.
  'table.labelLost': OCR_GRIDS,
  'table.headerLost': OCR_GRIDS,
  // The grids an OCR tool writes (GFM with <br>, MinerU's HTML) and a page or a .docx holding a cell of two lines; a
  // short row where a grid keeps its cells apart.
  'cells.stacked': ['md-gfm', 'md-html', 'html-page', 'docx'],
  'cells.shortRow': ['md-gfm', 'md-html', 'html-page'],
  // Padded pipe rows keep a label's span as empty cells before the values (label||1282|…), as AsciiDoc does.
  'table.wrappedRows': ['text-pipes-padded'],
};

export const applies = (v: Variation, layout: LayoutId): boolean => ONLY[v]?.includes(layout) ?? true;

/** The model's variations that this layout shows. */
export const appliedVariations = (m: Model, layout: LayoutId): Variation[] => m.variations.filter((v) => applies(v, layout));

/** Whether the render's bytes are damaged (bytes.damaged): a few characters lost, read as U+FFFD. */
export const damaged = (m: Model, layout: LayoutId): boolean => has(m, 'bytes.damaged') && applies('bytes.damaged', layout);

/** Whether the layout destroys information of this model (digits run together, blank cells dropped). */
export function lossy(m: Model, layout: LayoutId): boolean {
  // Lost characters leave their row, section or statement unread, honestly (the damage is never where the defect is).
  if (damaged(m, layout)) return true;
  // A row whose label OCR lost, or table 四 without its header, is unread, honestly.
  if (labelLost(m, layout) || headerLost(m, layout)) return true;
  // A row of table 三 stacked with the next one's figures, or a cell short, is unread, honestly (ocrRow: never the
  // defect's row).
  if ((['cells.stacked', 'cells.shortRow'] as const).some((v) => has(m, v) && applies(v, layout)) && ocrRow(m)) return true;
  // One cell per line with no tab: a row of table 三 that does not add up is unread (a stray number may stand in
  // a lost blank), so a wrong cell or total leaves its row unread, honestly.
  if (untabbed(m, layout))
    return (
      has(m, 'cells.blank') ||
      has(m, 'table4.verticalHeader') ||
      m.defect === 'defect.wrongCell' ||
      m.defect === 'defect.wrongTotal'
    );
  return layout === 'text-crawl' && (has(m, 'crawl.digitsRunTogether') || has(m, 'cells.blank'));
}

/** One cell per line with no tab (cells.untabbed): a blank cell leaves no line, and nothing marks where a cell starts. */
const untabbed = (m: Model, layout: LayoutId): boolean =>
  layout === 'text-cells' && (has(m, 'cells.untabbed') || has(m, 'cells.valuesFirst'));

/**
 * Whether the layout loses table 四 whole: its vertical header, one character per line with nothing marking where
 * a cell starts (结 果 维 持 结 果 纠 正…), cannot be told into its columns. The reader says so (unreadable-content).
 */
export function lostReviewTable(m: Model, layout: LayoutId): boolean {
  return (untabbed(m, layout) && has(m, 'table4.verticalHeader')) || headerLost(m, layout);
}

const labelLost = (m: Model, layout: LayoutId): boolean => has(m, 'table.labelLost') && applies('table.labelLost', layout);
const headerLost = (m: Model, layout: LayoutId): boolean => has(m, 'table.headerLost') && applies('table.headerLost', layout);

/**
 * Why this layout destroys the defect's finding for this model, or null. The fuzzer then expects the one honest
 * unreadable-content warning about table 三's rows instead (or the finding, should the reader still see it).
 */
export function destroyedFinding(m: Model, layout: LayoutId): string | null {
  if (!m.defect) return null;
  if (m.defect === 'defect.reviewTotal' && headerLost(m, layout))
    return 'table 四’s header lost (OCR): its values alone cannot be told into groups with certainty, so the table is unreadable';
  if (m.defect === 'defect.reviewTotal' && lostReviewTable(m, layout))
    return 'table 四’s vertical header printed one character per line with no tab cannot be told into columns: the table is unreadable';
  if (labelLost(m, layout) && defectRow(m) === labelLostRow(m))
    return 'the label of the defect’s row is lost (OCR): the row is unread, so its figures are not checked';
  if (layout !== 'text-crawl' && !untabbed(m, layout)) return null;
  if (untabbed(m, layout) && (m.defect === 'defect.wrongCell' || m.defect === 'defect.wrongTotal'))
    return 'one cell per line with no tab: a row of table 三 that does not add up may hold a stray number for a lost blank, so it is unread';
  if (has(m, 'crawl.digitsRunTogether')) {
    if (m.defect === 'defect.wrongCell' || m.defect === 'defect.wrongTotal')
      return 'digits run together: the wrong figure breaks the row identity, the one thing that could split its digits, so the row is unreadable';
    if (m.defect === 'defect.ruoganCell')
      return 'digits run together: 若干 has no value, so no identity can split the digits on either side of it, and the row is unreadable';
    // The split stays certain only when no reading with a blank cell dropped adds up too (digits.ts): often one does.
    if (m.defect === 'defect.negativeCell')
      return 'digits run together: the minus sign fixes where a number starts, but a reading with a blank cell dropped often adds up too, so the split is not certain and the row is unreadable';
    if (m.defect === 'defect.unitCell')
      return 'digits run together: the row’s split is not certain, so the count written with its unit has no column, and the row is unreadable';
  }
  const row = defectRow(m);
  if (has(m, 'cells.blank') && row !== undefined && m.placeholders.some((p) => p.row === row))
    return 'a blank cell of the defect’s row is dropped from the line: its values no longer fit the columns, so the row is unreadable';
  return null;
}

/** The table 三 row that holds the defect's cell, if the defect is in one. */
function defectRow(m: Model): string | undefined {
  if (m.defect === 'defect.wrongTotal') return 'handled';
  for (const [row, cols] of Object.entries(m.printed3)) {
    for (const [col, text] of Object.entries(cols)) {
      const truth = m.t3[row]![col]!;
      if (m.defect === 'defect.negativeCell' ? truth < 0 : text !== '' && text !== String(truth) && !isPlaceholder(m, row, col))
        return row;
    }
  }
  return undefined;
}

const isPlaceholder = (m: Model, row: string, col: string): boolean => m.placeholders.some((p) => p.row === row && p.col === col);

export function docFor(m: Model, layout: LayoutId): Doc {
  return buildDoc({ ...m, variations: appliedVariations(m, layout) });
}

export type TextLayoutId = Exclude<LayoutId, 'docx' | 'pdf'>;

/** Each text layout's renderer, over a document (the bench grows one: bench/scale.ts). */
export const TEXT_RENDERERS: Readonly<Record<TextLayoutId, (doc: Doc) => string>> = {
  'md-gfm': markdownGfm,
  'md-tabs': markdownTabs,
  'md-html': markdownHtml,
  'md-grid': markdownGrid,
  'text-boxes': textBoxes,
  'text-cells': textCellPerLine,
  'text-pipes': textPipes,
  'text-pipes-padded': textPipesPadded,
  'text-layout': textLayout,
  'text-crawl': textCrawl,
  'html-page': htmlPage,
};

/** A text layout's render, synchronously (no zip, no printer): for callers that cannot await, such as fast-check's map. */
export function renderText(m: Model, layout: TextLayoutId): string {
  return TEXT_RENDERERS[layout](docFor(m, layout));
}

export async function render(m: Model, layout: LayoutId, printer?: Printer): Promise<string | Uint8Array> {
  if (layout !== 'docx' && layout !== 'pdf') {
    const text = renderText(m, layout);
    return damaged(m, layout) ? damagedBytes(m, text, FILE[layout]) : text;
  }
  const doc = docFor(m, layout);
  switch (layout) {
    case 'docx':
      return docx(doc);
    case 'pdf':
      if (!printer) throw new Error('the pdf layout needs a Printer');
      return printer.print(printHtml(doc), doc.title);
  }
}
