/**
 * The report builder: mdast (from any adapter) → report AST. Finds the six sections as one structure over the
 * whole text (section-structure.ts), reads every table by its labels, and extracts the title, year, organ, statistical
 * periods, fee statements and dates, so rules only read data.
 */
import type { AdapterOutput } from './adapters/types.js';
import type {
  OtherPages,
  DateStatement,
  Certainty,
  InputFormat,
  ParagraphNode,
  PeriodStatement,
  PreambleNode,
  ReportRoot,
  SectionNode,
  TableKey,
  TableNode,
} from './types.js';
import { LineIndex, spanPosition, type TextRun } from './text-run.js';
import { readDocument } from './mdast-read.js';
import { joinSplitHeadings } from './split-headings.js';
import { findStructure, sectionOfEachItem } from './section-structure.js';
import { secondReportAt } from './second-report.js';
import { joinParagraphs, type SourceLine } from './paragraphs.js';
import { classifyTable } from './tables.js';
import { forReportYear, readRegion, readTables } from './tables/read.js';
import type { RawTable } from './raw-table.js';
import { findDates, signatureOrgan, type TextLine } from './statements.js';
import { findPeriods } from './periods.js';
import { findFeeStatements, isFeeRow, isNoteRow, type OtherTable } from './fee-statements.js';
import { findTitle } from './title.js';
import { organTypeOf } from './organ-type.js';
import { withoutOwnLevel } from './data/organ-types.js';
import { findFigures } from './narrative.js';
import { findClaims } from './claims.js';
import { isOcrReading, ocrSignals } from './ocr-text.js';
import type { Item } from './mdast-read.js';
import {
  assessReading,
  bodyText,
  rowEvidence,
  locateDamage,
  locateNumberedHeading,
  locateWords,
  picturesBySection,
  tablePlaceholders,
  attachmentLines,
  withOtherPages,
  withPicturePages,
} from './certainty.js';
import { cutShortAt, type CutSigns } from './cut-short.js';
import { findOtherPages, lastItemSpan } from './paged-article.js';
import { findSection, sectionsOf, tablesOf } from './query.js';

/** Formats a website's paging may be saved in: a page, its text (a crawl, a copy), its Markdown. */
const WEB_FORMATS: ReadonlySet<InputFormat> = new Set<InputFormat>(['html', 'mhtml', 'text', 'markdown']);

/** Formats whose blocks are the markup's (<p>), never lines wrapped by width. */
const BLOCK_FORMATS: ReadonlySet<InputFormat> = new Set<InputFormat>(['html', 'mhtml', 'docx']);

export function buildReport(out: AdapterOutput, format: InputFormat): ReportRoot {
  const index = out.lineIndex?.source === out.text ? out.lineIndex : new LineIndex(out.text);
  if (out.cutAtPageEdge) index.cutAtPageEdge = out.cutAtPageEdge;
  if (out.pictures) index.picturePages = out.pictures.filter((p) => p.whole).map((p) => p.offset);
  const document = readDocument(out.tree, out.text, { strayEmphasis: out.strayEmphasis === true, index });
  // A heading printed over two lines (a soft break in it, two short paragraphs) is read as one (split-headings.ts).
  const whole = joinSplitHeadings(document.items);
  // A second report after the first (a yearbook of reports in one PDF) is not read as part of it (second-report.ts).
  const wholeStructure = findStructure(whole);
  const second = secondReportAt(whole, wholeStructure);
  const read = second === undefined ? whole : whole.slice(0, second);
  // A PDF's pictures where no text stands are read as the HTML reader's <img>: a table's picture, or a heading's.
  const shown = (out.pictures ?? []).map((p) => index.position(p.offset, p.offset + 1));
  // A .docx chunk not read stands where it stands as a page of pictures does: whatever may be in it is not absent.
  const chunks = (out.unreadChunks ?? []).map((offset) => index.position(offset, offset + 1));
  shown.push(...chunks);
  const images = [...document.images, ...shown];
  const banners = [...document.banners, ...shown];
  const structure = second === undefined ? wholeStructure : findStructure(read);
  const body = bodyText(read, structure.listings);
  const { items, headings } = structure;
  const sectionOf = sectionOfEachItem(structure);
  // OCR's reading of a scan given as text (ocr-text.ts): its tables are read as OCR's, its absences and misreadings
  // accuse nothing. A scan's text layer says so itself (ocrScan), and then nothing in it is checked at all; its
  // tables are still read as OCR's, since extract gives their figures (rtR #8: a row shifted one column by a
  // border OCR dropped was given as read).
  const ocrText = !out.ocrScan && isOcrReading(ocrSignals(lineTexts(read), cellTexts(read)));
  const readAsOcr = ocrText || out.ocrScan === true;
  // The paging of a paged web article: a table reaching it may go on on the next page (tables/other-page-rows.ts).
  // A PDF's or a Word file's page counters are its own pages' (第1页 共3页 in a footer), never a website's paging.
  let paged = WEB_FORMATS.has(format) ? findOtherPages(read, index, out.paging) : undefined;
  const meetOtherPages = (pages: OtherPages): void => {
    // A paging printed after the text (outside a web page's report element) meets it where its last item ends.
    const { end } = lastItemSpan(read, index);
    index.laterPages = pages.places.flatMap((p) => (p.start.offset ? [Math.min(p.start.offset, end)] : []));
  };
  if (paged) meetOtherPages(paged);
  // Tables are read per region (the items of their section), before the sections are assembled.
  let tableReading = readTables(items, sectionOf, new Set(headings.keys()), index, readAsOcr);
  // A file stopping inside a table, rows of it to come (a download cut short): read again with its end as a paging's.
  const cut =
    WEB_FORMATS.has(format) && !paged ? cutShortAt(items, headings, tableReading, index, cutSigns(out, format)) : undefined;
  if (cut) {
    paged = cut;
    meetOtherPages(cut);
    index.endCut = true;
    tableReading = readTables(items, sectionOf, new Set(headings.keys()), index, readAsOcr);
  }
  const consumed = new Set(tableReading.flatMap((r) => r.consumed));
  const tablesAt = new Map<number, TableNode[]>();
  for (const r of tableReading) for (const { table, at } of r.tables) tablesAt.set(at, [...(tablesAt.get(at) ?? []), table]);
  const preamble: PreambleNode = { type: 'preamble', children: [] };
  const parts: Array<PreambleNode | SectionNode> = [preamble];
  const lines: TextLine[] = [];
  const sourceLines: SourceLine[] = [];
  /** The paragraph node of each source line. */
  const lineNodes: ParagraphNode[] = [];
  const otherTables: OtherTable[] = [];
  /** Rows of the template's tables holding one cell of text: notes, whose fee statement is read as a sentence's. */
  const noteRows: TextLine[] = [];
  let current: PreambleNode | SectionNode = preamble;
  let breakBefore = true;
  // Paragraphs written as headings (# …): a title there outranks a plain line (title.ts).
  const headingParagraphs = new Set<ParagraphNode>();
  // Lines of a web page's links, lists and sidebars (2022年度报告 in a column's list of years): never the title.
  const besideParagraphs = new Set<ParagraphNode>();
  // Lines of a web page that its <title> holds (the article's title, in a heading, a <div> or its metadata list).
  const pageTitleParagraphs = new Set<ParagraphNode>();

  items.forEach((item, i) => {
    const heading = item.kind === 'line' ? headings.get(i) : undefined;
    const position = item.kind === 'line' ? spanPosition(item.run, 0, item.run.text.length, index) : undefined;
    if (item.kind === 'line' && heading) {
      current = {
        type: 'section',
        key: heading.key,
        heading: item.run.text,
        number: heading.number,
        children: [],
        ...(position ? { position } : {}),
      };
      parts.push(current);
      breakBefore = true;
    }
    for (const table of tablesAt.get(i) ?? []) current.children.push(table);
    const key = current.type === 'section' ? current.key : null;
    if (item.kind === 'table') {
      breakBefore = true;
      if (consumed.has(i)) {
        // A note written as a row of the template's table (| 注：本年度未收取信息处理费。 | | … |) is read as the
        // same note below the table would be: its row is no template row, and no table reader reads its words.
        for (const row of item.table.rows) if (isNoteRow(row)) noteRows.push({ run: rowRun(row), section: key });
        // A row added to it for the fee (| 五、收取信息处理费情况 | 0 | … |) is read as a table no template claims.
        const feeRows = item.table.rows.filter((row) => !isNoteRow(row) && isFeeRow(row));
        if (feeRows.length) otherTables.push({ table: { ...item.table, rows: feeRows }, section: key });
        return;
      }
      // A table outside every table region: a second table of a kind (a jurisdiction summary), or another table.
      const kind = classifyTable(item.table);
      const read = kind === 'unknown' ? undefined : readRegion(kind, [item], index).table;
      // Classified by a few words (予以公开, 不予公开), it is that table only when its rows read as the template's: an
      // attachment's list of requests with their 答复类型 is no second table 三 (rtO #7).
      const table = read && templateRows(read) >= MIN_TEMPLATE_ROWS ? read : undefined;
      current.children.push(table ?? unknownTable(item.table));
      if (table) return;
      otherTables.push({ table: item.table, section: key });
      for (const row of item.table.rows) lines.push({ run: rowRun(row), section: key, inTable: true });
      return;
    }
    if (heading) return;
    const paragraph: ParagraphNode = { type: 'paragraph', text: item.run.text, ...(position ? { position } : {}) };
    if (item.heading) headingParagraphs.add(paragraph);
    if (item.beside) besideParagraphs.add(paragraph);
    if (item.pageTitle) pageTitleParagraphs.add(paragraph);
    current.children.push(paragraph);
    lines.push({ run: item.run, section: key });
    sourceLines.push({
      run: item.run,
      section: key,
      breakBefore,
      emphasised: item.heading || item.strong,
      // A block of HTML or a .docx (<p>) is no line wrapped by width; a text file's or Markdown's blocks are left as
      // they were read (a PDF copied as text may hold a number wrapped over a blank line).
      block: item.block === true && BLOCK_FORMATS.has(format),
    });
    lineNodes.push(paragraph);
    breakBefore = false;
  });

  // Sentences are read from paragraphs (wrapped lines joined); dated lines and the title from lines.
  const joined = joinParagraphs(sourceLines);
  for (const paragraph of joined)
    for (const at of paragraph.lines.slice(1)) {
      lineNodes[at]!.continues = true;
      if (sourceLines[at]!.block) lineNodes[at]!.block = true;
    }
  const paragraphs: TextLine[] = joined;
  // A saved page's headings were weighed already (html-title.ts: a box's <h4> naming another year is not the
  // title); here a heading's rank would let such a box outrank the page's own title printed in a <div>. What
  // outranks a plain line there is a line the page's <title> holds (a stray line naming another year below the
  // article's metadata list is not the title).
  const webPage = format === 'html' || format === 'mhtml';
  // A line above a bare title may be a portal's banner in text copied from a web page, a crawl or OCR of a
  // screenshot; a Word document or a PDF is the organ's own from its first line (洪泽区人民政府 ⏎ 2024年…年度报告).
  const bannerPossible = format !== 'docx' && format !== 'pdf';
  const ranked = webPage ? pageTitleParagraphs : headingParagraphs;
  const title = findTitle(
    preamble,
    parts,
    (p) => ranked.has(p),
    bannerPossible,
    (p) => besideParagraphs.has(p),
    // A heading the editor wrote (# …): a web page's headings may be its banner's.
    (p) => format === 'markdown' && headingParagraphs.has(p),
  );
  // A period may stand in a table too (| 统计期限 | 2023年1月1日至2023年12月31日 |).
  const found = findPeriods([...paragraphs, ...lines.filter((l) => l.inTable)], index, title.year);
  // In OCR's text a date that does not exist is a misreading (12月31日 read 12月81日): its statement is unread.
  const periods = readAsOcr ? found.map((p) => (p.invalidDates.length ? unreadPeriod(p) : p)) : found;
  const year = title.year ?? periods.find((p) => p.start)?.start?.year ?? null;
  // A table printed twice under 2023年度情况 and 本年度…: read only when 2023 is the report's year (tables/read.ts).
  tableReading.forEach((r, k) => {
    const resolved = forReportYear(r, year);
    tableReading[k] = resolved;
    const dropped = new Set<TableNode>(r.tables.filter((t) => !resolved.tables.includes(t)).map((t) => t.table));
    if (dropped.size === 0) return;
    for (const part of parts) part.children = part.children.filter((b) => !(b.type === 'table' && dropped.has(b)));
  });
  for (const part of parts) extendPosition(part);
  if (out.pages) addPages(parts, out.pages);
  const fees = findFeeStatements([...paragraphs, ...noteRows], otherTables, year, index);
  // A title naming no organ: the organ that signs the report, on its own line above the signature's date. An organ
  // read from a line above a bare title (# 某县人民政府 ⏎ # 2023年…年度报告) may be a portal's banner, or the signer
  // may sign for it (a bureau for its government): where the signature names another organ, whose report it is
  // cannot be told, and the organ stays unknown (review9 F3, review10 F2).
  const own = { title: title.title, year, organ: title.organ };
  const dated = findDates(lines, index, own);
  // The title names the organ itself even with its 本级 written otherwise (东河县财政局(本级)2023年…).
  const fromAbove = title.organ !== null && !(title.title ?? '').includes(withoutOwnLevel(title.organ));
  // The signature as read without the title's organ: `dated`'s own where the title names none (read once).
  const signedAt = fromAbove ? findDates(lines, index, { ...own, organ: null }).signatureAt : dated.signatureAt;
  const signer = title.organ === null || fromAbove ? signatureOrgan(lines, signedAt) : null;
  // The same organ with or without its 本级 (东河市人民政府（本级） above, 东河市人民政府 signing): the line above names it.
  const another = signer !== null && title.organ !== null && withoutOwnLevel(signer) !== withoutOwnLevel(title.organ);
  const organ = fromAbove && another ? null : (title.organ ?? signer);
  const report: ReportRoot = {
    type: 'report',
    format,
    year,
    organ,
    organType: organTypeOf(organ),
    title: title.title,
    periods,
    feeStatements: fees.statements,
    feeMentions: fees.mentions,
    dates: dated.dates,
    figures: findFigures(paragraphs, index, year),
    claims: findClaims(paragraphs, index, year),
    reading: {
      sections: {} as ReportRoot['reading']['sections'],
      tables: {} as ReportRoot['reading']['tables'],
      notAReport: false,
      noBody: false,
    },
    children: preamble.children.length > 0 ? parts : parts.slice(1),
    position: index.position(0, out.text.length),
  };
  const tableCertainty = Object.fromEntries(tableReading.map((r) => [r.kind, r.certainty])) as Record<TableKey, Certainty>;
  const pictures = picturesBySection(images, items, sectionOf, index);
  report.reading = assessReading(
    report,
    body,
    locateWords(read, index),
    tableCertainty,
    pictures,
    locateNumberedHeading(read, index, structure.listings),
    out.elsewhere === true,
    locateDamage(index),
    banners,
    picturesBySection(tablePlaceholders(items, index), items, sectionOf, index),
    rowEvidence(read, index),
    preamble.children.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])),
    picturesBySection(attachmentLines(items, index), items, sectionOf, index),
  );
  if (out.pictures?.some((p) => p.whole)) {
    const pages = out.pictures.flatMap((p, i) => (p.whole ? [{ page: p.page, place: shown[i]! }] : []));
    report.reading = withPicturePages(report, pages);
  }
  if (chunks.length)
    report.reading = withPicturePages(
      report,
      chunks.map((place) => ({ page: 0, place })),
      true,
    );
  // One page of a paged article, or what stood before a 展开全文: the parts on the pages not there are not absent.
  // A text holding all of the report (every page a crawler joined, with the paging between them) is read as it is.
  const { notAReport, noBody, formatNotChecked } = report.reading;
  const unseen = paged && !notAReport && !noBody && !formatNotChecked ? withoutEndsRead(paged, report) : undefined;
  if (unseen && !holdsWholeReport(report)) report.reading = withOtherPages(report, unseen);
  const secondTitle = second === undefined ? undefined : whole[second];
  if (secondTitle?.kind === 'line') {
    const position = spanPosition(secondTitle.run, 0, secondTitle.run.text.length, index);
    report.reading.secondReport = { title: secondTitle.run.text, ...(position ? { position } : {}) };
  }
  if (out.ocrScan) report.reading.ocrScan = true;
  if (ocrText) report.reading.ocrText = true;
  if (out.garbledText) report.reading.garbledText = true;
  if (out.textBoxes) report.reading.textBoxes = true;
  return report;
}

/** How the file shows it was cut (cut-short.ts): a page's source never closing its table, a plain text mid-line. */
function cutSigns(out: AdapterOutput, format: InputFormat): CutSigns {
  return { unclosedTable: out.unclosedTable === true, endsMidLine: format === 'text' && !/\n\s*$/.test(out.text) };
}

function unreadPeriod(p: PeriodStatement): PeriodStatement {
  return { ...p, start: null, end: null, invalidDates: [] };
}

function* lineTexts(items: readonly Item[]): Iterable<string> {
  for (const item of items) if (item.kind === 'line') yield item.run.text;
}

function* cellTexts(items: readonly Item[]): Iterable<string> {
  for (const item of items)
    if (item.kind === 'table')
      for (const row of item.table.rows) for (const cell of row.cells) if (!cell.spanned) yield cell.text;
}

/** A table outside every region is its kind's when at least this many of its rows are the template's, with values. */
const MIN_TEMPLATE_ROWS = 2;

function templateRows(table: TableNode): number {
  return table.children.filter((row) => row.key !== undefined && row.children.length > 0).length;
}

/** A table row as one line of text, each cell mapped to where it starts in the source (when the reader knows). */
function rowRun(row: RawTable['rows'][number]): TextRun {
  const segments: TextRun['segments'] = [];
  let text = '';
  for (const cell of row.cells) {
    if (text) text += ' ';
    const offset = cell.position?.start.offset;
    if (offset !== undefined) segments.push({ at: text.length, offset });
    text += cell.text;
  }
  return { text, segments };
}

function unknownTable(raw: RawTable): TableNode {
  return {
    type: 'table',
    kind: 'unknown',
    template: '2021',
    layout: raw.layout,
    columns: [],
    missingRows: [],
    missingColumns: [],
    unreadableRows: [],
    outdatedLabels: [],
    children: [],
    text: raw.rows.map((row) => rowRun(row).text),
    ...(raw.position ? { position: raw.position } : {}),
  };
}

/** In a PDF, line numbers refer to the extracted text: the page tells people where to look (第4页 表三…). */
function addPages(parts: ReadonlyArray<PreambleNode | SectionNode>, pages: readonly number[]): void {
  for (const part of parts) {
    for (const block of part.children) {
      if (block.type !== 'table') continue;
      for (const row of block.children) {
        for (const cell of row.children) {
          const page = cell.position ? pages[cell.position.start.line - 1] : undefined;
          if (page !== undefined && cell.location) cell.location = `第${page}页 ${cell.location}`;
        }
      }
    }
  }
}

/** A section spans from its heading to its last block. */
function extendPosition(part: PreambleNode | SectionNode): void {
  const first = part.position?.start ?? part.children[0]?.position?.start;
  const last = part.children[part.children.length - 1]?.position?.end ?? part.position?.end;
  if (first && last) part.position = { start: first, end: last };
}

/**
 * Whether every part of the report was read: each section and table, the statistical period and the fee statement,
 * and no row of a table left for the next page. Then a paging it shows hid nothing of it.
 */
function holdsWholeReport(report: ReportRoot): boolean {
  const { sections, tables } = report.reading;
  if (![...Object.values(sections), ...Object.values(tables)].every((c) => c.status === 'read')) return false;
  if (!report.periods.length || !report.feeStatements.length) return false;
  return !tablesOf(report).some((t) => t.unreadableRows.some((r) => r.reason === 'otherPage'));
}

/**
 * The other pages' places where the text does not already hold that end of the report (review19 #3, #4): earlier pages
 * where section 一 was read; later pages where section 六 was read with a date after its heading, or where a
 * signature's date stands between the last section read and the paging (a report lacking 六 but signed, review20 1; a
 * signature after a 展开全文 is no end of the text before it), or where section 六 was read and the only paging is a
 * lone 下一页 (a widget's as often). A 展开全文 or a pager after a whole report (a teaser's 阅读全文 beside it, a
 * comments' pager) then hides nothing.
 */
function withoutEndsRead(paged: OtherPages, report: ReportRoot): OtherPages | undefined {
  const { sections } = report.reading;
  const startRead = sections.overview.status === 'read';
  const dated = (from: number | undefined, to: number, kinds?: ReadonlyArray<DateStatement['kind']>): boolean =>
    from !== undefined &&
    report.dates.some((d) => {
      const at = d.position?.start.offset ?? -1;
      return at > from && at < to && (!kinds || kinds.includes(d.kind));
    });
  const sixRead = sections.other.status === 'read';
  const six = findSection(report, 'other')?.position?.start.offset;
  const lastRead = sectionsOf(report)
    .filter((s) => sections[s.key].status === 'read')
    .map((s) => s.position?.start.offset ?? -1)
    .reduce((a, b) => Math.max(a, b), -1);
  const endRead = (at: number): boolean =>
    (sixRead && (paged.lone === true || dated(six, Infinity))) || (lastRead >= 0 && dated(lastRead, at, ['signature']));
  const places = paged.places.filter((p) => (p.start.offset === 0 ? !startRead : !endRead(p.start.offset ?? Infinity)));
  return places.length ? { ...paged, places } : undefined;
}
