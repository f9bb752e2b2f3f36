/**
 * Reading certainty (docs/architecture.md, "Reading certainty"): for every section and table, whether it was
 * read, is absent (its words occur nowhere in the report body), or could not be read (its words are there but
 * nothing could be placed). Rules accuse only what is absent; unreadable-content speaks for the rest.
 * The body excludes what merely lists the six parts: a table of contents, a preamble sentence
 * ("内容包括总体情况、主动公开政府信息情况…六个部分"), so a section named only there is absent.
 */
import type {
  Certainty,
  OtherPages,
  Position,
  ReadingCertainty,
  ReportRoot,
  SectionKey,
  TableKey,
  UnreadableReasonId,
} from './types.js';
import { HEADING_PATTERNS, SECTIONS, STRUCTURE_LIMITS, SUBJECT_WORDS } from './data/sections.js';
import { NO_BODY, NOT_A_REPORT, OTHER_FORMAT } from './data/report-signals.js';
import { normaliseLabel } from './labels.js';
import { findTable, sectionsOf, tablesOf } from './query.js';
import type { Item } from './mdast-read.js';
import type { TextSpan } from './section-structure.js';
import { joinParagraphs, type SourceLine } from './paragraphs.js';
import { tableText } from './raw-table.js';
import { compactText } from './heading-candidates.js';
import { type LineIndex, spanPosition } from './text-run.js';
import { TABLE_EVIDENCE, TABLE_REMNANTS, UNLABELLED_NUMBERS } from './data/table-evidence.js';
import { editDistance } from './edit-distance.js';

const HEADING_WORDS = SECTIONS.map((spec) => ({ key: spec.key, re: new RegExp(HEADING_PATTERNS[spec.key]) }));

/**
 * The certainty of each part, from what the builder placed and what the text holds. `body` is the normalised
 * report text outside listings of the six subjects (bodyText).
 */
export function assessReading(
  report: ReportRoot,
  body: string,
  locate?: (words: RegExp) => Position | undefined,
  tableReading: Partial<Record<TableKey, Certainty>> = {},
  pictures: Partial<Record<SectionKey, Position>> = {},
  numbered?: NumberedLineFinder,
  elsewhere = false,
  damaged?: DamageFinder,
  banners: readonly Position[] = [],
  placeholders: Partial<Record<SectionKey, Position>> = {},
  rows: RowEvidence = {},
  head: readonly string[] = [],
  attachments: Partial<Record<SectionKey, Position>> = {},
): ReadingCertainty {
  const placed = sectionsOf(report);
  const present = new Set(placed.map((s) => s.key));
  // Characters lost (U+FFFD) where a part would stand: it may be among them, so it is not called absent.
  const lost = (slot: Slot): Certainty | undefined => {
    const position = damaged?.(slot);
    return position ? { status: 'unreadable', reason: { id: 'undecodable' }, position } : undefined;
  };
  // A picture where the heading would stand (a banner without alt text): the heading may be that picture.
  // A table's section showing a picture and no table read: that picture is the table's (tableImage), no heading.
  const tablePictures = new Set(
    (Object.keys(TABLE_EVIDENCE) as TableKey[])
      .filter((key) => !findTable(report, key))
      .map((key) => pictures[key]?.start.offset),
  );
  const pictured = (slot: Slot): Certainty | undefined => {
    const position = banners.find(
      (p) =>
        (p.start.offset ?? -1) > slot.after && (p.start.offset ?? Infinity) < slot.before && !tablePictures.has(p.start.offset),
    );
    return position ? { status: 'unreadable', reason: { id: 'sectionImage' }, position } : undefined;
  };
  const picturedTable = (slot: Slot): Certainty | undefined => {
    const position = banners.find((p) => (p.start.offset ?? -1) > slot.after && (p.start.offset ?? Infinity) < slot.before);
    return position ? { status: 'unreadable', reason: { id: 'tableImage' }, position } : undefined;
  };
  const sections = Object.fromEntries(
    HEADING_WORDS.map(({ key, re }) => {
      if (present.has(key)) return [key, { status: 'read' }];
      const named = re.test(body);
      const position = named ? locate?.(re) : numbered?.(key, slotOf(key, placed));
      // A heading with characters lost stands between the headings before and after it.
      if (!named && !position) {
        const slot = slotOf(key, placed);
        return [key, lost(slot) ?? pictured(slot) ?? { status: 'absent' }];
      }
      // Its words in the text, or a heading in its place worded otherwise (the words are not in the text).
      const id = named ? 'sectionHeading' : 'sectionOtherWording';
      return [key, { status: 'unreadable', reason: { id }, ...(position ? { position } : {}) }];
    }),
  ) as Record<SectionKey, Certainty>;
  // A label wrapped in a narrow column with its row's figures printed between its pieces (w3m at 40 columns:
  // 四、结转 ⏎ 下年度继 13 18 … 153 ⏎ 续办理) names its table only once the figures are out. Prose never writes those
  // words with a figure inside them, and what they tell is that a table is there unread, never that one is missing.
  let withoutFigures: string | undefined;
  const figureless = (): string => (withoutFigures ??= body.replace(/\d+/g, ''));
  const tables = Object.fromEntries(
    (Object.keys(TABLE_EVIDENCE) as TableKey[]).map((key) => {
      // The table reader saw the table's words in its region and says why it could not read them (even when
      // it kept what it could: a table whose values cannot be placed is unreadable, not read).
      const told = tableReading[key];
      // A section of debris (tables/read.ts `isTableDebris`) is said so unless something tells more (its words, a picture).
      const debris = told?.reason?.id === 'tableDebris' ? told : undefined;
      if (told?.status === 'unreadable' && !debris) return [key, told];
      if (findTable(report, key)) return [key, { status: 'read' }];
      // A picture in the table's section, and no table read there: the table is printed as an image (common on
      // government sites), there but unreadable, never missing.
      const picture = pictures[key];
      if (picture) return [key, { status: 'unreadable', reason: { id: 'tableImage' }, position: picture }];
      // A converter's mark where it dropped a table it could not write ([TABLE], pandoc's plain text): there, unread.
      const placeholder = placeholders[key];
      if (placeholder) return [key, { status: 'unreadable', reason: { id: 'tablePlaceholder' }, position: placeholder }];
      // Its section sends the reader to an attachment (详见附表2: a report split into 正文 and 附表, rtT §5): the table
      // is there, in a file not checked with this one, never missing.
      const attachment = attachments[key];
      if (attachment) return [key, { status: 'unreadable', reason: { id: 'tableAttachment' }, position: attachment }];
      const remnants = TABLE_REMNANTS[key];
      if (
        TABLE_EVIDENCE[key].line.test(body) ||
        TABLE_EVIDENCE[key].line.test(figureless()) ||
        (remnants !== undefined && (remnants.anywhere?.test(figureless()) === true || remnants.inRows.test(rows.text ?? '')))
      )
        return [key, { status: 'unreadable', reason: { id: 'tableWords' } }];
      if (debris) return [key, debris];
      // A picture where the table's section stands unplaced (a page scanned into a text PDF, a banner): there, unread.
      return [key, lost(sectionSpan(key, placed)) ?? picturedTable(sectionSpan(key, placed)) ?? { status: 'absent' }];
    }),
  ) as Record<TableKey, Certainty>;
  // A section there but not placed (its words in the body, a heading worded otherwise, a picture or lost characters
  // where it stands), and where it stands lines that may be its table (rows of numbers, the table's words in a
  // table's row, outside every table read): that table may be there, unread, so it is not called absent either
  // (review4: pdftohtml's positioned lines of table 四 without its header words, 「未找到表四」 on a compliant report).
  // Without such lines the table is nowhere, wherever its section stands (review5 F6: a township leaving table 三
  // out under 三、依申请公开情况 got two warnings and no error).
  const readSpans = tablesOf(report).flatMap((t) => (t.position ? [t.position] : []));
  for (const key of Object.keys(tables) as TableKey[]) {
    if (tables[key].status !== 'absent' || sections[key]?.status !== 'unreadable') continue;
    const lines = rows.inSlot?.(key, sectionSpan(key, placed), readSpans);
    if (!lines) continue;
    const position = sections[key].position ?? lines;
    tables[key] = { status: 'unreadable', reason: { id: 'tableSectionUnplaced' }, position };
  }
  // Sections 二, 三 and 四 are their tables: where the table's words are there, the section is there too, even
  // when its heading is worded beyond the known wordings ("四、复议和诉讼情况") and cannot be placed.
  for (const key of Object.keys(tables) as TableKey[]) {
    if (sections[key]?.status !== 'absent' || tables[key].status === 'absent') continue;
    const position = tables[key].position ?? findTable(report, key)?.position;
    sections[key] = { status: 'unreadable', reason: { id: 'sectionHeading' }, ...(position ? { position } : {}) };
  }
  // Nothing of a report's parts anywhere: no section or table read, none whose words, picture or lost characters stand there.
  const nothing = [...Object.values(sections), ...Object.values(tables)].every((c) => c.status === 'absent');
  const notAReport = isOtherGenre(report, head, sections, tables) || isNotAReport(report, body, present.size, nothing, elsewhere);
  const noBody = !notAReport && holdsNoBody(report, body, sections, tables, elsewhere);
  const other = notAReport || noBody ? undefined : formatNotChecked(report, head, tables);
  return { sections, tables, notAReport, noBody, ...(other ? { formatNotChecked: other } : {}) };
}

/**
 * A report in a format the rules do not check, with no table 三 or 四 read (red team rtT §2, §7): a public
 * institution's or enterprise's (a school's, a hospital's, a water company's) titled …信息公开工作年度报告 without 政府,
 * in its sector's own format; or a report on 2018 or earlier, before the 2019 template had tables. Where such a
 * report does carry the format's tables 三 or 四, it follows the format and is checked as any other.
 */
function formatNotChecked(
  report: ReportRoot,
  head: readonly string[],
  tables: Record<TableKey, Certainty>,
): ReadingCertainty['formatNotChecked'] {
  if (tables.applications.status === 'read' || tables.review.status === 'read') return undefined;
  // (A school's 学年 title, 2022-2023学年…, is no title the title reader knows: its first title-like lines then.)
  const unit = titlesOf(report, head).some(
    (title) =>
      /信息公开.{0,6}报告/.test(title) && !OTHER_FORMAT.governmentWords.test(title) && OTHER_FORMAT.publicUnit.test(title),
  );
  if (unit) return 'publicInstitution';
  if (report.year !== null && report.year <= OTHER_FORMAT.lastFreeYear) return 'beforeTemplate';
  return undefined;
}

/** Reasons a picture page standing in a part's place explains (a reason of its own, undecodable, cut at the page's edge, stays). */
const PICTURE_EXPLAINS = new Set<string>([
  'sectionHeading',
  'sectionOtherWording',
  'sectionImage',
  'tableWords',
  'tableImage',
  'tableRows',
  'reviewNoValues',
  'reviewValueCount',
  'tableUnlabelled',
]);

/**
 * The reading with a PDF's pages that are only pictures (pdf-pictures.ts), or a .docx's chunks not read (docx.ts): a
 * part unread where such a page or chunk stands in its place (its section's span, or the slot it would stand in) may
 * be on that page or in that chunk, and its reason is the page (pageImage) or the chunk (unreadChunk), said once for
 * all by unreadable-content.
 */
export function withPicturePages(
  report: ReportRoot,
  pages: ReadonlyArray<{ page: number; place: Position }>,
  chunks = false,
): ReadingCertainty {
  const places = pages.map((p) => p.place);
  const explained = (c: Certainty): boolean => c.status === 'unreadable' && PICTURE_EXPLAINS.has(c.reason?.id ?? '');
  const offsets = places.map((p) => p.start.offset ?? -1);
  return {
    ...report.reading,
    ...unreadWhere(report, offsets, places, chunks ? 'unreadChunk' : 'pageImage', explained),
    ...(chunks ? { unreadChunks: { places } } : { picturePages: { pages: pages.map((p) => p.page), places } }),
  };
}

/**
 * The reading of one page of a paged article (paged-article.ts): a part absent, or unplaced for a reason a page not
 * read explains, where the other pages stand in its place (its section's span, or the slot it would stand in) may be
 * on those pages, and its reason is `otherPage`, said once for all by unreadable-content. Parts read, and parts
 * missing between two parts on this page, are as read.
 */
export function withOtherPages(report: ReportRoot, other: OtherPages): ReadingCertainty {
  const unplaced = (c: Certainty): boolean =>
    c.status === 'absent' || (c.status === 'unreadable' && PICTURE_EXPLAINS.has(c.reason?.id ?? ''));
  // The earlier pages stand before the text's first character, so before a section whose heading opens the text.
  const offsets = other.places.map((p) => (p.start.offset === 0 ? -0.5 : (p.start.offset ?? -1)));
  return { ...report.reading, ...unreadWhere(report, offsets, other.places, 'otherPage', unplaced), otherPages: other };
}

/**
 * The sections and tables with each part `moves` takes unread for `id` where one of `offsets` stands in its place (its
 * section's span, or the slot it would stand in), placed at the matching one of `places`; the others as they are.
 */
function unreadWhere(
  report: ReportRoot,
  offsets: readonly number[],
  places: readonly Position[],
  id: UnreadableReasonId,
  moves: (c: Certainty) => boolean,
): Pick<ReadingCertainty, 'sections' | 'tables'> {
  const placed = sectionsOf(report);
  const onePart = (key: SectionKey, c: Certainty): Certainty => {
    if (!moves(c)) return c;
    const span = sectionSpan(key, placed);
    const at = offsets.findIndex((o) => o > span.after && o < span.before);
    return at < 0 ? c : { status: 'unreadable', reason: { id }, position: places[at]! };
  };
  const each = <K extends SectionKey>(parts: Record<K, Certainty>): Record<K, Certainty> =>
    Object.fromEntries(Object.entries<Certainty>(parts).map(([k, c]) => [k, onePart(k as K, c)])) as Record<K, Certainty>;
  return { sections: each(report.reading.sections), tables: each(report.reading.tables) };
}

/**
 * A report's title and nothing of its body: every section and table absent (their words occur nowhere, so this is
 * not a report the reader failed to place), no period or fee statement, and a sign that the body is elsewhere (an
 * attachment, a page loading it by script; `elsewhere`: a web page showing it in a frame or a viewer, or linking the
 * file) or no text besides the title at all. Such a file holds no report to accuse of missing parts. A title over a
 * few sentences of prose is a report without its sections: those are reported missing, whatever the sign.
 */
function holdsNoBody(
  report: ReportRoot,
  body: string,
  sections: Record<SectionKey, Certainty>,
  tables: Record<TableKey, Certainty>,
  elsewhere: boolean,
): boolean {
  const title = report.title ?? '';
  // A page whose markup shows its report as a file (a frame, a viewer, a link: `elsewhere`) needs no title of a
  // report: under a <title> naming only the organ, a breadcrumb and a PDF frame are no report to find parts missing in.
  if (!elsewhere && !NOT_A_REPORT.titleWords.every((re) => re.test(title))) return false;
  // What the reader found first: any of it is a body. Only then is the text weighed, which costs a pass over it.
  // A section whose place shows only a picture is no body read (a report published as pictures of its pages).
  if (Object.values(sections).some((c) => c.status !== 'absent' && c.reason?.id !== 'sectionImage')) return false;
  if (Object.values(tables).some((c) => c.status !== 'absent')) return false;
  if (report.periods.length > 0 || report.feeStatements.length > 0) return false;
  // Other reports' titles (a sidebar, a list of the column's reports linking their PDFs) are no body either.
  const rest = body.split(title).join('').replace(NOT_A_REPORT.listedTitle, '').replace(NO_BODY.publishing, '');
  // What is left once the page's furniture is gone, in Chinese characters (dates and file names read as digits
  // and letters in the normalised body): a report's prose, however short, is more than a sign of an attachment.
  const left = (rest.replace(NO_BODY.furniture, '').match(/[\u4e00-\u9fff]/g) ?? []).length;
  return left <= (elsewhere || NO_BODY.elsewhere.test(rest) ? NO_BODY.besideSign : NO_BODY.titleOnly);
}

/**
 * The first picture of each section, by its place in the source: after the section's heading and before the next
 * section's.
 */
export function picturesBySection(
  images: readonly Position[],
  items: readonly Item[],
  sectionOf: readonly (SectionKey | null)[],
  index: LineIndex,
): Partial<Record<SectionKey, Position>> {
  const out: Partial<Record<SectionKey, Position>> = {};
  if (images.length === 0) return out;
  const sorted = images.filter((p) => p.start.offset !== undefined).sort((a, b) => a.start.offset! - b.start.offset!);
  let section: SectionKey | null = null;
  let next = 0;
  for (const image of sorted) {
    // Items are in document order: the last one starting before the picture gives its section.
    for (; next < items.length; next++) {
      const item = items[next]!;
      const start = item.kind === 'table' ? item.table.position?.start.offset : spanPosition(item.run, 0, 1, index)?.start.offset;
      if (start !== undefined && start > image.start.offset!) break;
      if (start !== undefined) section = sectionOf[next] ?? null;
    }
    if (section !== null) out[section] ??= image;
  }
  return out;
}

/** A line that is only a converter's mark for a table it dropped: pandoc's plain writer leaves `[TABLE]`. */
const TABLE_PLACEHOLDER = /^\s*\[(?:TABLE|Table|table|表格)\]\s*$/;

/** A short line sending the reader to an attachment for a table: 详见附表1, 见附件2, 具体数据详见附表。 */
const ATTACHMENT_LINE =
  /^[\s*]*(?:具体(?:数据|情况)?)?(?:详|请)?见(?:附表|附件)\s*[0-9一二三四五六七八九十]{0,2}[。.；;]?[\s*]*$/;

/** Where lines stand that send the reader to an attachment for a table (placed by section as pictures are). */
export const attachmentLines = (items: readonly Item[], index: LineIndex): Position[] =>
  linesMatching(items, index, ATTACHMENT_LINE);

/** Where lines stand that are only a converter's mark for a dropped table (placed by section as pictures are). */
export const tablePlaceholders = (items: readonly Item[], index: LineIndex): Position[] =>
  linesMatching(items, index, TABLE_PLACEHOLDER);

/** Where the lines stand whose whole text `pattern` matches. */
function linesMatching(items: readonly Item[], index: LineIndex, pattern: RegExp): Position[] {
  const out: Position[] = [];
  for (const item of items) {
    if (item.kind !== 'line' || !pattern.test(item.run.text)) continue;
    const position = spanPosition(item.run, 0, item.run.text.length, index);
    if (position) out.push(position);
  }
  return out;
}

/**
 * The normalised text of the report body: every line and table, without the spans the structure found to list
 * the parts (a table of contents) and without sentences naming four or more of the six subjects (a preamble).
 */
export function bodyText(items: readonly Item[], listings: readonly TextSpan[]): string {
  const blanked = new Map<number, Array<[number, number]>>();
  for (const l of listings) {
    const list = blanked.get(l.item);
    if (list) list.push([l.from, l.to]);
    else blanked.set(l.item, [[l.from, l.to]]);
  }
  const lines: SourceLine[] = [];
  const tables: string[] = [];
  let breakBefore = true;
  items.forEach((item, i) => {
    if (item.kind === 'table') {
      tables.push(tableText(item.table));
      breakBefore = true;
      return;
    }
    const text = withoutSpans(item.run.text, blanked.get(i) ?? []);
    lines.push({ run: { text, segments: [] }, section: null, breakBefore, emphasised: item.heading || item.strong });
    breakBefore = false;
  });
  const prose = joinParagraphs(lines)
    .flatMap((p) => p.run.text.split(/(?<=[。；;！!？?])/))
    .map(withoutListing);
  return normaliseLabel([...prose, ...tables].join('\n'));
}

/**
 * A sentence without its listing of the parts: four or more of the six subjects named close together ("全文包括
 * 总体情况、主动公开政府信息情况、…以及其他需要报告的事项"). A crawl's run-on text names them too, but far apart.
 * Only the listing is cut: in a crawl, the sentence that holds a table of contents runs on into the first
 * heading and its paragraph, which are body.
 */
function withoutListing(sentence: string): string {
  const found = SUBJECT_WORDS.map((re) => re.exec(sentence)).filter((m): m is RegExpExecArray => m !== null);
  if (found.length < STRUCTURE_LIMITS.subjectsInListing) return sentence;
  const from = Math.min(...found.map((m) => m.index));
  const to = Math.max(...found.map((m) => m.index + m[0].length));
  if (Math.max(...found.map((m) => m.index)) - from > STRUCTURE_LIMITS.listingSpan) return sentence;
  return sentence.slice(0, from) + sentence.slice(to);
}

/**
 * Lines standing as a table's rows, where words of a table's rows are evidence of the table (assessReading):
 * - `text`: their normalised text (TABLE_REMNANTS.inRows);
 * - `inSlot`: the first of them between a slot's offsets and outside the tables read (`read`) that holds the
 *   table's words (TABLE_EVIDENCE.table) or, with the others there, as many numbers as the table without its words
 *   (UNLABELLED_NUMBERS): what may be a table whose section was not placed.
 */
export interface RowEvidence {
  text?: string;
  inSlot?: (key: TableKey, slot: Slot, read: readonly Position[]) => Position | undefined;
}

/**
 * A table's row: a line with cell borders OCR printed as characters (| or ] between or glued to its words), one
 * with three numbers or more standing as words (a row and its values), or three words or more with no sentence's
 * punctuation (a header's cells: 行政复议 未经复议直接起诉 复议后起诉, 持 正 果 结 计); a grid's cells. A number alone
 * on its line (a PDF's positioned cells) counts among the numbers of `inSlot`. When the text shows borders on
 * several lines (OCR's reading of a scan, OCR_LINES), all its text is taken: OCR breaks a table's rows into lines
 * that show nothing of a row.
 */
export function rowEvidence(items: readonly Item[], index: LineIndex): RowEvidence {
  const lines: Array<{ item: Item; text: string; numbers: number; row: boolean; cells?: boolean }> = [];
  let bordered = 0;
  for (const item of items) {
    const text = item.kind === 'table' ? tableText(item.table) : item.run.text;
    const numbers = text.match(NUMBER_WORD)?.length ?? 0;
    if (item.kind === 'table') {
      lines.push({ item, text, numbers, row: true });
      continue;
    }
    const borders = BORDERS.test(text);
    if (borders) bordered++;
    const words = text.trim().split(/\s+/).length;
    const sentence = SENTENCE_MARK.test(text);
    lines.push({
      item,
      text,
      numbers: sentence ? 0 : numbers,
      row: borders || numbers >= ROW_MIN_WORDS || (words >= ROW_MIN_WORDS && !sentence),
      cells: words >= 2 && !sentence,
    });
  }
  const ocr = bordered >= OCR_LINES;
  const text = normaliseLabel(
    lines
      .filter((l) => ocr || l.row)
      .map((l) => l.text)
      .join('\n'),
  );
  const inSlot = (key: TableKey, slot: Slot, read: readonly Position[]): Position | undefined => {
    let numbers = 0;
    let first: Position | undefined;
    for (const line of lines) {
      const position =
        line.item.kind === 'table' ? line.item.table.position : spanPosition(line.item.run, 0, line.item.run.text.length, index);
      const at = position?.start.offset;
      if (at === undefined || at <= slot.after || at >= slot.before) continue;
      if (read.some((p) => at >= (p.start.offset ?? Infinity) && at < (p.end.offset ?? -1))) continue;
      // In OCR's text two cells on a line are a row too (行政复议  行政诉讼, table 四's header: review5 span_ocr300).
      const row = line.row || (ocr && line.cells === true);
      if (row && TABLE_EVIDENCE[key].table.test(normaliseLabel(line.text))) return position;
      if (line.numbers === 0) continue;
      numbers += line.numbers;
      first ??= position;
      if (numbers >= UNLABELLED_NUMBERS[key]) return first;
    }
    return undefined;
  };
  return { text, inSlot };
}

/** Cell borders OCR printed as characters: a pipe anywhere, a bracket alone between blanks or glued to digits. */
const BORDERS = /[|｜]|(?:^|\s)[[\]]+(?=\s|$)|[0-9０-９][[\]]|[[\]][0-9０-９]/;
/** A number standing as a word of its own. */
const NUMBER_WORD = /(?<=^|\s)[0-9０-９]+(?=\s|$)/g;
/** What a sentence holds and a table's row does not. */
const SENTENCE_MARK = /[。，；！？,;]/;
/** Numbers or words a line needs to stand as a table's row. */
const ROW_MIN_WORDS = 3;
/** Lines showing borders that make a text OCR's reading of a scan (one stray pipe does not). */
const OCR_LINES = 3;

/** Source offsets a section's heading must lie between: after the heading of the section before, before the next's. */
interface Slot {
  after: number;
  before: number;
}

function slotOf(key: SectionKey, placed: ReturnType<typeof sectionsOf>): Slot {
  const order = SECTIONS.findIndex((s) => s.key === key);
  const rank = (k: SectionKey) => SECTIONS.findIndex((s) => s.key === k);
  const offset = (s: (typeof placed)[number] | undefined) => s?.position?.start.offset;
  const before = placed.filter((s) => rank(s.key) < order).pop();
  const after = placed.find((s) => rank(s.key) > order);
  return { after: offset(before) ?? -1, before: offset(after) ?? Infinity };
}

/** The section's own span, from its heading to the next heading placed; where it would stand, when not placed. */
function sectionSpan(key: SectionKey, placed: ReturnType<typeof sectionsOf>): Slot {
  const i = placed.findIndex((s) => s.key === key);
  const start = placed[i]?.position?.start.offset;
  if (i < 0 || start === undefined) return slotOf(key, placed);
  const next = placed.slice(i + 1).find((s) => (s.position?.start.offset ?? -1) > start);
  return { after: start, before: next?.position?.start.offset ?? Infinity };
}

/** The first characters lost (U+FFFD) between a slot's offsets, as a source position. */
type DamageFinder = (slot: Slot) => Position | undefined;

/** Finds lost characters with the source's line index (LineIndex.damage). */
export function locateDamage(index: LineIndex): DamageFinder | undefined {
  if (index.damage.none) return undefined;
  return (slot) => {
    const run = index.damage.firstBetween(slot.after, slot.before);
    return run ? index.position(run[0], run[1]) : undefined;
  };
}

/** Finds a numbered line standing where a section's heading belongs (see locateNumberedHeading). */
type NumberedLineFinder = (key: SectionKey, slot: Slot) => Position | undefined;

/**
 * A heading's numeral as 第N部分 or with its mark (五、存在的不足及改进措施). Without the mark a numeral begins
 * ordinary words: 一面坡镇人民政府, 六安市某某局, 二是强化平台建设 (review, 2026-12-05).
 */
const NUMBERED_LINE = /^(?:第([一二三四五六])部分[、.．，,:：]?|([一二三四五六])(?:[、.．，,:：)）]|(?=\s)))\s*(\S.{1,29})$/;
/** Table 三's row labels begin with 一、 to 四、 too (一、本年新收…): rows, never headings. */
const TABLE_ROW_WORDS = /新收|结转|办理结果|申请数量/;

/**
 * Section 六's heading without its numeral and worded otherwise, alone on its line (## 其他需要说明的事项, 其他事项):
 * only these words, which name nothing but the section. (Any marked line without a numeral in a section's place
 * was tried and dropped: 五's bold sub-headings then hid a 六 really left out.)
 */
const OTHER_MATTERS_LINE = /^其他(?:(?:需要|需|应当|应)(?:报告|说明)的?)?事项$|^其他需要(?:报告|说明)的?情况$/;
/** Marks around a heading's words: Markdown's, a title bar's, a colon after it. */
const HEADING_DRESS = /^[\s#*>▍▌■◆●【［]+|[\s*：:】］]+$/g;

/**
 * A short line with the section's numeral, in the section's place (after the section before it, before the one
 * after it), worded beyond every known wording (五、存在的主要问题及下一步工作打算, 六、其他事项, 一、概述), or 六's
 * heading without its numeral (OTHER_MATTERS_LINE): the section is there, its heading could not be read, and it is
 * not called absent.
 */
export function locateNumberedHeading(
  items: readonly Item[],
  index: LineIndex,
  listings: readonly TextSpan[],
): NumberedLineFinder {
  // A table of contents lists the parts as numbered lines too: never a heading.
  const listed = new Set(listings.map((l) => l.item));
  return (key, slot) => {
    const numeral = SECTIONS.find((s) => s.key === key)?.numeral;
    for (const [i, item] of items.entries()) {
      if (item.kind !== 'line' || listed.has(i)) continue;
      const start = item.run.segments[0]?.offset;
      if (start === undefined || start <= slot.after || start >= slot.before) continue;
      // Read with its blanks (a blank may be the numeral's mark: 五 下一步工作打算), Markdown's # and * aside.
      const text = item.run.text;
      const from = text.search(/[^\s#*]/);
      // (Trailing blanks counted back from the end: a regex for them backtracks quadratically on a line of blanks.)
      let to = text.length;
      while (to > from && /[\s*]/.test(text[to - 1]!)) to--;
      const m = from < 0 ? null : NUMBERED_LINE.exec(text.slice(from, to));
      if (!m || (m[1] ?? m[2]) !== numeral || /[。；;]/.test(m[3]!) || TABLE_ROW_WORDS.test(m[3]!)) continue;
      // After a blank only (no mark), a heading's words: four characters at least, never 是 (六 是加强培训, 一 二三).
      if (m[2] && /^\s/.test(text.slice(from + 1)) && (m[3]!.length < 4 || m[3]!.startsWith('是'))) continue;
      return spanPosition(item.run, from, to, index);
    }
    return (
      (key === 'other' ? unnumberedOtherMatters(items, index, listed, slot) : undefined) ??
      nearHeading(items, index, listed, slot, key)
    );
  };
}

/**
 * A short line alone in the section's place that is its heading but for one character (two in a long heading),
 * its numeral lost or misread (OCR: 人人人、总体情 讽, 其他需要报告的事顶; red team rtR #2): the heading is there,
 * unread. Its words are not in the text, so nothing else finds it; the line is neither a sentence nor a table row.
 */
function nearHeading(
  items: readonly Item[],
  index: LineIndex,
  listed: ReadonlySet<number>,
  slot: Slot,
  key: SectionKey,
): Position | undefined {
  const variants = SECTIONS.find((s) => s.key === key)?.variants ?? [];
  for (const [i, item] of items.entries()) {
    if (item.kind !== 'line' || listed.has(i) || item.run.text.length > 40) continue;
    const start = item.run.segments[0]?.offset;
    if (start === undefined || start <= slot.after || start >= slot.before) continue;
    const text = item.run.text;
    const bare = text.replace(HEADING_DRESS, '').replace(/\s+/g, '');
    if (/[。；;，,\d]/.test(bare) || TABLE_ROW_WORDS.test(bare)) continue;
    // The numeral and its mark, or what OCR made of them (人人人、 -、 —、), set aside.
    const words = bare.replace(/^[^、.．]{0,3}[、.．]/, '');
    const near = variants.some((v) => {
      if (Math.abs(words.length - v.length) > 1) return false;
      return editDistance(words, v) <= (v.length <= 5 ? 1 : 2);
    });
    if (!near) continue;
    const from = text.search(/[^\s#*>]/);
    return spanPosition(item.run, Math.max(0, from), text.trimEnd().length, index);
  }
  return undefined;
}

function unnumberedOtherMatters(
  items: readonly Item[],
  index: LineIndex,
  listed: ReadonlySet<number>,
  slot: Slot,
): Position | undefined {
  for (const [i, item] of items.entries()) {
    if (item.kind !== 'line' || listed.has(i) || item.run.text.length > 40) continue;
    const start = item.run.segments[0]?.offset;
    if (start === undefined || start <= slot.after || start >= slot.before) continue;
    const text = item.run.text;
    if (!OTHER_MATTERS_LINE.test(text.replace(HEADING_DRESS, '').replace(/\s+/g, ''))) continue;
    const from = text.search(/[^\s#*>]/);
    return spanPosition(item.run, Math.max(0, from), text.trimEnd().length, index);
  }
  return undefined;
}

/** Where words first occur in the items' lines (blanks ignored), as a source position: an unplaced heading. */
export function locateWords(items: readonly Item[], index: LineIndex): (words: RegExp) => Position | undefined {
  return (words) => {
    for (const item of items) {
      if (item.kind !== 'line') continue;
      const c = compactText(item.run.text);
      const m = words.exec(c.text);
      if (!m) continue;
      const from = c.raw[m.index] ?? 0;
      const to = (c.raw[m.index + m[0].length - 1] ?? from) + 1;
      return spanPosition(item.run, from, to, index);
    }
    return undefined;
  };
}

/** The text with the spans (in order, disjoint) cut out, in one pass. */
function withoutSpans(text: string, spans: ReadonlyArray<[number, number]>): string {
  if (!spans.length) return text;
  const pieces: string[] = [];
  let at = 0;
  for (const [from, to] of spans) {
    pieces.push(text.slice(at, Math.max(at, from)));
    at = Math.max(at, to);
  }
  pieces.push(text.slice(at));
  return pieces.join(' ');
}

/**
 * A document with no sign of being an annual report: no report title, at most one section placed, no table of
 * the format read, no statistical period or fee statement, and not Chinese prose naming the report's subjects (a README, package.json, a YAML file).
 */
function isNotAReport(
  report: ReportRoot,
  body: string,
  sectionsPlaced: number,
  nothingOfParts: boolean,
  elsewhere: boolean,
): boolean {
  if (nothingOfParts && isPageWithoutReport(report, body, elsewhere)) return true;
  // No title and nothing of the six parts: a fragment, whatever sentence of a report it holds (one OCR'd last page:
  // the fee sentence and the signature), is no report to find six parts and a period missing from (census rtW §8:
  // the same page as a PDF was already no report). A page showing its report elsewhere is left to noBody.
  if (nothingOfParts && !report.title && !elsewhere) return true;
  // A short text is judged only when it holds no Chinese at all (a package.json): a short Chinese fragment may be
  // a report cut short, which the other findings describe better.
  if (body.length < NOT_A_REPORT.minLength) return body.length > 0 && !/[\u4e00-\u9fff]/.test(body);
  const title = report.title ?? '';
  if (NOT_A_REPORT.titleWords.every((re) => re.test(title))) return false;
  // More Latin letters than Chinese characters, and no report title: a README or a program's file that quotes the
  // format's tables (a report is Chinese prose; its tables add digits, not letters).
  const { wide, latin } = letterCounts(body);
  if (latin > wide) return true;
  if (sectionsPlaced >= NOT_A_REPORT.sections) return false;
  if ((['active', 'applications', 'review'] as const).some((k) => findTable(report, k))) return false;
  if (wide / body.length < NOT_A_REPORT.chineseShare) return true;
  // Chinese prose is a report when it names its subjects, or says what only a report says (a period, a fee).
  const subjects = SUBJECT_WORDS.filter((re) => re.test(body)).length;
  return subjects < NOT_A_REPORT.subjects && report.periods.length === 0 && report.feeStatements.length === 0;
}

/** Why a table may be there unseen (a picture, a converter's mark, characters lost): then the report may be there. */
const UNSEEN_TABLE = new Set<string>(['tableImage', 'tablePlaceholder', 'undecodable', 'pageImage', 'unreadChunk']);

/**
 * A document titled as what is not the report (NOT_A_REPORT.otherGenre: the notice publishing it, its 解读 or 图解, the
 * year's 工作要点, a quarter's work) and holding no table 四 of it nor table 三 read, none possibly there unseen (red
 * team rtT §1).
 * The genre is read on the title, or, with none read, on the first lines of the head naming a year and worded as a
 * title; a real report says 公告, 解读 or 要点 in its prose, never in its title, and always carries tables 三 and 四.
 */
function isOtherGenre(
  report: ReportRoot,
  head: readonly string[],
  sections: Record<SectionKey, Certainty>,
  tables: Record<TableKey, Certainty>,
): boolean {
  // Table 四 nowhere, table 三 not read (a 解读's sentences of figures may be taken for some of its rows, unread).
  if (tables.review.status !== 'absent' || tables.applications.status === 'read') return false;
  // A report under its notice's title (关于…年度报告的公告 over all six of the report's parts) is the report, its
  // tables' absence its defects (review16 #1: it was skipped as no report at all). A 解读 may follow some of the
  // parts' headings (and its figures of table 二 be read from its sentences), never all six.
  if (Object.values(sections).every((c) => c.status === 'read')) return false;
  if (Object.values(tables).some((c) => UNSEEN_TABLE.has(c.reason?.id ?? ''))) return false;
  return titlesOf(report, head).some((title) => NOT_A_REPORT.otherGenre.some((re) => re.test(title)));
}

/** The title read, or with none read the first lines of the head naming a year and worded as a title. */
function titlesOf(report: ReportRoot, head: readonly string[]): string[] {
  if (report.title) return [report.title];
  return head
    .map((line) => line.replace(/\s+/g, ''))
    .filter(
      (line) => line.length <= GENRE_TITLE_LENGTH && /\d{4}(?:-\d{4})?(?:年|学年)/.test(line) && !/[。，；;,>›»＞]/.test(line),
    )
    .slice(0, GENRE_TITLE_LINES);
}

/** A title line is short; the genre is looked for on the first few such lines only. */
const GENRE_TITLE_LENGTH = 70;
const GENRE_TITLE_LINES = 3;

/**
 * A page saved in a crawl that holds no report: a site's error page (您访问的页面不存在), or a column's list of reports
 * (their titles, of several years, linked, with dates and paging). Either may carry a report's title (the list's first
 * link, a <title> naming the column), so this is judged before the title is; and only where nothing of a report was
 * read (the caller: every section and table absent, none a picture or unreadable), no period, no fee statement, and
 * little prose beside those words. A short report missing its sections has sentences of its own, and keeps its findings.
 * A page showing its report as a file (`elsewhere`: a frame, a viewer, a link to the PDF) with other years' reports
 * in a sidebar is that report's page, left to noBody.
 */
function isPageWithoutReport(report: ReportRoot, body: string, elsewhere: boolean): boolean {
  if (report.periods.length > 0 || report.feeStatements.length > 0) return false;
  const errorPage = body.search(NOT_A_REPORT.errorPage) >= 0;
  const listed = elsewhere ? [] : [...body.matchAll(NOT_A_REPORT.listedWhole)];
  const years = new Set(listed.map((m) => m[1]));
  // Several organs' titles (a column of the departments' reports of one year): the organ is what precedes the year.
  const organs = new Set(listed.map((m) => m[0].slice(0, m[0].indexOf(m[1]!))).filter((organ) => organ.length > 0));
  if (!errorPage && years.size < NOT_A_REPORT.listedYears && organs.size < NOT_A_REPORT.listedOrgans) return false;
  const rest = body
    .replace(NOT_A_REPORT.errorPage, '')
    .replace(NOT_A_REPORT.listedWhole, '')
    .replace(NOT_A_REPORT.listFurniture, '')
    .replace(NO_BODY.furniture, '');
  return letterCounts(rest).wide <= NOT_A_REPORT.pageOnly;
}

/** CJK ideographs (U+4E00–U+9FFF) and ASCII letters in the text, counted without building match arrays. */
function letterCounts(text: string): { wide: number; latin: number } {
  let wide = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) wide++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  return { wide, latin };
}
