/**
 * One reader for tables 二, 三 and 四 in every layout. A table's region is the items of its section (or, when
 * the section was not found or holds none of the table's words, the whole document); every fragment in it
 * (tables, loose lines, captions, halves split by a page break, a header repeated on the next page) becomes one
 * stream of pieces, read against the template. One region gives one table, whatever it is cut into.
 */
import type { Position } from 'unist';
import type { Item } from '../mdast-read.js';
import { contentOf } from '../raw-table.js';
import type { Certainty, SectionKey, TableKey, TableNode, UnreadableReason, UnreadableRow } from '../types.js';
import { spanPosition, type LineIndex } from '../text-run.js';
import { labelKey, normaliseLabel } from '../labels.js';
import { isPageFurniture, streamOfItems, type StreamRow } from './stream.js';
import { piecesOf, type Piece } from './pieces.js';
import { readApplications } from './applications.js';
import { readReview } from './review.js';
import { readActive } from './active.js';
import type { TableBody } from './table-body.js';
import { withDamage } from './damaged-rows.js';
import { withPicturePages } from './picture-rows.js';
import { withOtherPageRows } from './other-page-rows.js';
import { withEdgeCuts } from './edge-cut-rows.js';
import { TABLE_EVIDENCE as EVIDENCE, UNLABELLED_NUMBERS } from '../data/table-evidence.js';
import { verticalWords } from './vertical-header.js';
import { ROW_LABEL_TESTS } from './row-labels.js';
import { valuesFirst, type RowLabels } from './values-first.js';
import { GROUP_MARKERS, applicationRowLabel } from '../data/applications.js';
import { ACTIVE_ROWS } from '../data/active.js';
import { REVIEW_GROUP_LABELS } from '../data/review.js';
import type { OcrHint } from './values.js';

export interface ReadTable {
  kind: TableKey;
  /** The table, or several when the region holds a second complete table (a jurisdiction summary). */
  tables: Array<{ table: TableNode; at: number }>;
  certainty: Certainty;
  /** Item indices whose tables this table consumed (they are not printed apart). */
  consumed: number[];
  /** The table's lines show cell borders OCR printed as characters (stream.ts `ocrBorders`): OCR's text of a scan. */
  ocrText?: boolean;
  /**
   * The table printed twice, the first under a caption naming a year and the second under one saying 本年度
   * (2023年度情况 before 本年度与上年对比情况见下表): the reading holds when `year` is the report's; otherwise the
   * first is another year's, and `certainty` stands with no table read (`forReportYear`, review13 F7).
   */
  ifReportYear?: { year: number; certainty: Certainty };
}

/** Words of the table's header or first rows: the table starts at the first piece holding one. */
const START_WORDS: Readonly<Record<TableKey, RegExp>> = {
  active: /第二十条|信息内容|规章|规范性文件/,
  applications: /申请人情况|自然人|勾稽关系|本年新收|上年结转/,
  review: /结果维持|结果纠正|尚未审结|未经复议|复议后起诉|维持|审结|行政复议|行政诉讼/,
};
/**
 * Column names a line of the header may hold by themselves, whole or wrapped apart (社会公益 ⏎ 组织): a header
 * whose cells wrapped in a PDF leaves lines of just 其他 or 组织 right above the first row, and the walk back over
 * the header stopped there (table 三 then missed 社会公益组织 and could not be read at all).
 */
const COLUMN_LINE_WORDS: Readonly<Record<TableKey, RegExp | undefined>> = {
  active: undefined,
  applications:
    /法人或其他组织|商业企业|科研机构|社会公益组织|法律服务机构|社会公益|社会公|益组织|研机构|法人或其他|组织|其他|其它|总计|合计/g,
  review: /未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|总计|合计/g,
};

/** A line of the table's header: its first words, or nothing but its column names. */
function isHeaderLine(kind: TableKey, item: Item): boolean {
  const words = itemWords(item);
  if (START_WORDS[kind].test(words)) return true;
  return item.kind === 'line' && onlyColumnWords(kind, words);
}

function onlyColumnWords(kind: TableKey, words: string): boolean {
  const columns = COLUMN_LINE_WORDS[kind];
  return columns !== undefined && words !== '' && words.replace(columns, '') === '';
}

/** A group's ordinal of table 三: （六）其他, a group's label wrapped after 其他, is no row 3.其他. */
const GROUP_ORDINAL = /^\s*(?:[（(]\s*[三四五六]\s*[)）]|三\s*、)/;

/**
 * Lines that are one of the table's row labels by itself, not a column's name (其他 and 总计 are both), and lines
 * that are a group's label of table 三 (（六）其他处理, printed as one row in the 2019 layout).
 */
const rowLabelLines = (kind: TableKey): RowLabels => ({
  row: (text) =>
    ROW_LABEL_TESTS[kind](text) &&
    !onlyColumnWords(kind, normaliseLabel(text)) &&
    !(kind === 'applications' && GROUP_ORDINAL.test(text)),
  ...(kind === 'applications' ? { group: (text: string) => GROUP_MARKERS.some(([, w]) => w === labelKey(text)) } : {}),
});

const isEvidence = (kind: TableKey, item: Item): boolean => !isSentence(item) && EVIDENCE[kind][item.kind].test(itemWords(item));

/**
 * A line that reads as a sentence — it ends a clause with 。！？； and holds fewer than three numbers, or counts every
 * number it holds in a measure word (规章2件、行政规范性文件6件，行政许可决定318件。) — is prose beside the table
 * (本年度有4件行政复议尚未审结，正在审理中。, a note), never its header or its values: a table's cells carry no unit.
 * (review18: the counting sentence above a table 二 published as a picture was read as table 二, five false errors.)
 */
function isSentence(item: Item): boolean {
  if (item.kind !== 'line') return false;
  const text = item.run.text;
  if (!/[。！？；]/.test(text)) return false;
  if ((text.match(/\d+/g)?.length ?? 0) < 3) return true;
  return (text.match(/\d+(?:\.\d+)?/g)?.length ?? 0) === (text.match(COUNTED_NUMBER)?.length ?? 0);
}

/** A number and the measure word that counts it (318件, 2 个, 12.5万元). */
const COUNTED_NUMBER = /\d+(?:\.\d+)?\s*(?:件|个|条|项|次|篇|份|万元|元)/g;

/**
 * `sectionOf`: the section of every item; `headings`: the items that are section headings (a heading repeats
 * the table's subject, 行政复议、行政诉讼, and is never part of the table).
 */
export function readTables(
  items: readonly Item[],
  sectionOf: readonly (SectionKey | null)[],
  headings: ReadonlySet<number>,
  index: LineIndex,
  ocrText = false,
): ReadTable[] {
  // OCR's text of a scan: the whole document judged so (ocr-text.ts), or lines of the tables' sections with its
  // borders (a garbled table's own lines may show none: 2|12|2|so|lsr|j7 …, table 四's figures as tesseract read them,
  // is a pipe row of letters).
  const ocr: OcrHint = ocrText
    ? 'document'
    : items.filter((item, i) => sectionOf[i] !== null && TABLE_SECTIONS.has(sectionOf[i]!) && isOcrLine(item)).length >=
      MIN_OCR_LINES;
  const read = (['active', 'applications', 'review'] as const).map((kind) =>
    readOne(kind, items, sectionOf, headings, index, ocr),
  );
  const ocrRead = ocr !== false || read.some((r) => r.ocrText === true);
  return read.map((r) =>
    r.certainty.status === 'absent' ? { ...r, certainty: lostTable(r.kind, items, sectionOf, headings, index, ocrRead) } : r,
  );
}

/**
 * A line of OCR's text of a scan: cell borders printed as | between words, a cell holding a number beside another word
 * (仍不明确   17  54  81 | 551), the text adapter's `ocrBorders`; a pipe table's row opens with | or holds one word a
 * cell. Two such lines make the document OCR's, where a table's own lines may have been too garbled to be found.
 */
const isOcrLine = (item: Item): boolean =>
  item.kind === 'line' &&
  /[|｜]/.test(item.run.text) &&
  !/^\s*[|｜]/.test(item.run.text) &&
  item.run.text.split(/[|｜]/).some((cell) => NUMBER_BESIDE_WORD.test(cell));
const NUMBER_BESIDE_WORD = /\S\s+[0-9０-９]+(?:\s|$)|(?:^|\s)[0-9０-９]+\s+\S/;
const MIN_OCR_LINES = 2;
const TABLE_SECTIONS: ReadonlySet<SectionKey> = new Set<SectionKey>(['active', 'applications', 'review']);

/** Text a section of OCR's text may hold when its table was lost: a few characters of noise (人, EIEI). */
const MAX_OCR_NOISE = 12;

/**
 * A table not found whose section's heading is there: in OCR's text of a scan (another table's lines show its borders
 * as |), with nothing after it but a few characters of noise: tesseract (--psm 6) dropped the table's picture, or
 * left a character of it (rtH: 二、主动公开政府信息情况 ⏎ 人 ⏎ 三、…, 「未找到表二」). There, unread, never missing. A
 * section holding a sentence (本年度无…) or anything longer says what the report printed there.
 */
function lostTable(
  kind: TableKey,
  items: readonly Item[],
  sectionOf: readonly (SectionKey | null)[],
  headings: ReadonlySet<number>,
  index: LineIndex,
  ocr: boolean,
): Certainty {
  const heading = items.findIndex((_, i) => headings.has(i) && sectionOf[i] === kind);
  const item = items[heading];
  if (!item || item.kind !== 'line') return { status: 'absent' };
  const inSection = items.filter((_, i) => sectionOf[i] === kind && !headings.has(i));
  // A grid's rows as lines of cells between borders (tesseract's 4|10 read as a pipe table).
  const texts = inSection.flatMap((it) =>
    it.kind === 'line' ? [it.run.text] : it.table.rows.map((row) => row.cells.map((c) => c.text).join(' | ')),
  );
  const position = spanPosition(item.run, 0, item.run.text.length, index);
  const at = position ? { position } : {};
  if (ocr && inSection.every((it) => it.kind === 'line') && texts.join('').replace(/\s+/g, '').length <= MAX_OCR_NOISE)
    return { status: 'unreadable', reason: { id: 'tableOcrLost' }, ...at };
  return isTableDebris(kind, texts, ocr) ? { status: 'unreadable', reason: { id: 'tableDebris' }, ...at } : { status: 'absent' };
}

/**
 * A section whose table was turned to debris (red team rtW §7, review5: tesseract's 四、… ⏎ 行政复议 ⏎ 2 ⏎ 4|10 ⏎ 13|145,
 * 二、… ⏎ [二TCD ⏎ EEC ⏎ 第-条第(八)项 |): no line of it says anything (a sentence's punctuation, a run of words), and
 * it holds pieces of a table — in OCR's text any line; in other text a piece of the table's own labels and a figure
 * standing alone or a cell's border. The table is there, damaged, never missing. A section that says something
 * (本年度未制发规章。, 行政复议：0件) or holds nothing is read as it stands.
 */
function isTableDebris(kind: TableKey, texts: readonly string[], ocr: boolean): boolean {
  const content = texts.filter((t) => t.trim() !== '');
  if (content.length === 0 || content.some((t) => STATEMENT.test(t))) return false;
  if (ocr) return true;
  return content.some((t) => LABEL_PIECES[kind].test(t)) && content.some((t) => CELL_FIGURE.test(t));
}
/** What a line that says something holds: a sentence's punctuation, or six characters in a row. */
const STATEMENT = /[。，；：！？,;:!?]|[\u3400-\u9fff]{6}/;
/** Pieces of each table's own labels, as a damaged table leaves them (第-条第(八)项 for 第二十条第（八）项). */
const LABEL_PIECES: Readonly<Record<TableKey, RegExp>> = {
  active: /第.{0,2}条第|信息内容|本年制发|本年废止|现行有效|处理决定|收费金额/,
  applications: /予以公开|不予公开|无法提供|不予处理|其他处理|自然人|商业企业|科研机构/,
  review: /行政复议|行政诉讼|复议后起诉|未经复议|结果维|结果纠|尚未审|其他结/,
};
/** A figure standing alone (between blanks or borders), or a cell's border. */
const CELL_FIGURE = /(?:^|[\s|｜[\]])[0-9０-９]+(?=$|[\s|｜[\]])|[|｜]/;

function readOne(
  kind: TableKey,
  items: readonly Item[],
  sectionOf: readonly (SectionKey | null)[],
  headings: ReadonlySet<number>,
  index: LineIndex,
  ocr: OcrHint,
): ReadTable {
  let indices = items.flatMap((_, i) => (sectionOf[i] === kind && !headings.has(i) ? [i] : []));
  const inSection = indices;
  // The section is missing, or the table stands elsewhere: the whole document, from the table's first words.
  if (!indices.some((i) => isEvidence(kind, items[i]!))) indices = items.flatMap((_, i) => (headings.has(i) ? [] : [i]));
  // The table's header may stand a few items before the first evidence (行政复议 ⏎ 行政诉讼 on lines of their own).
  // A row label wrapped inside its column (一、本年新收政府 ⏎ 信息公开申请数量, values between, a page number
  // maybe too): two or three lines read as one. The first evidence, of either kind, starts the table.
  // The neighbouring item in `indices` one way (+1 or -1), past a page's number and running header standing there.
  const isFurniture = (j: number): boolean => {
    const near = items[indices[j] ?? -1];
    return near?.kind === 'line' && isPageFurniture(near.run.text);
  };
  const step = (k: number, way: 1 | -1): number => {
    let j = k + way;
    while (isFurniture(j)) j += way;
    return j;
  };
  const nextAt = (k: number): number => step(k, 1);
  const wrapped = (k: number): boolean => {
    const second = nextAt(k);
    const third = nextAt(second);
    return (
      isWrappedEvidence(kind, [items[indices[k]!]!, items[indices[second] ?? -1]]) ||
      isWrappedEvidence(kind, [items[indices[k]!]!, items[indices[second] ?? -1], items[indices[third] ?? -1]])
    );
  };
  let evidence = indices.findIndex((i, k) => isEvidence(kind, items[i]!) || wrapped(k));
  // A header printed one character per line (space-aligned text) is evidence read down its columns.
  if (evidence < 0) evidence = indices.findIndex((i) => EVIDENCE[kind].line.test(verticalWords(items, i, index)));
  if (evidence < 0) return { kind, tables: [], certainty: unlabelledTable(kind, items, inSection, index), consumed: [] };
  // Back over the header's lines above the evidence, and over a page's number between them (a page break
  // between 未经复议直接起诉 and a header printed one character per line). Values printed before their labels
  // (values-first.ts) put the first row's values, a line each, between the header and the evidence.
  let first = evidence;
  let above = step(first, -1);
  for (let n = 0; above >= 0 && n < MAX_VALUE_LINES && isValueLine(items[indices[above]!]!); n++) above = step(above, -1);
  if (above !== step(first, -1) && above >= 0 && isHeaderLine(kind, items[indices[above]!]!)) first = step(above, 1);
  const from = first;
  for (let k = step(first, -1); k >= 0 && from - k <= MAX_HEADER_ITEMS; k = step(k, -1)) {
    if (!isHeaderLine(kind, items[indices[k]!]!)) break;
    first = k;
  }
  const at = indices[first];
  if (at === undefined) return { kind, tables: [], certainty: { status: 'absent' }, consumed: [] };
  const regionItems = indices.filter((i) => i >= at && !isSentence(items[i]!));
  const consumed = regionItems.filter((i) => items[i]!.kind === 'table');
  const stream = streamOfItems(
    regionItems.map((i) => items[i]!),
    index,
    ROW_LABEL_TESTS[kind],
  );
  // Each row's values printed before its label (a PDF viewer's copy): read in the usual order, or not at all.
  const order = valuesFirst(stream, rowLabelLines(kind));
  const uncertain = order === 'uncertain';
  const rows = order !== undefined && order !== 'uncertain' ? order.rows : stream;
  const all = piecesOf(rows);
  const tables: ReadTable['tables'] = [];
  /** The words before each table, since the one before it: its caption. */
  const captions: string[] = [];
  let certainty: Certainty | undefined;
  let ifReportYear: ReadTable['ifReportYear'];
  // A region may hold a second complete table after the first (a summary for the whole jurisdiction).
  // The section's lines above the region (a table's first rows whose wrapped labels hid its first evidence, review13
  // narrow_top): a row label there is printed, not missing, though the region starts below it.
  const aboveRegion = inSection
    .filter((i) => i < at && !isSentence(items[i]!))
    .map((i) => itemWords(items[i]!))
    .join('');
  for (let from = 0; from < all.length && tables.length < MAX_TABLES;) {
    const first = all.findIndex((p, k) => k >= from && START_WORDS[kind].test(p.words));
    if (first < 0) break;
    const pieces = all.slice(first);
    const seen =
      tables.length === 0
        ? aboveRegion +
          all
            .slice(0, first)
            .map((p) => p.words)
            .join('')
        : '';
    const read = readPieces(kind, pieces, index, itemStart(items[indices[0]!]), uncertain, rows, ocr, seen);
    certainty ??= read.certainty;
    // After the first, only a table with rows read is another table (not prose that names a column).
    if (!read.table || (tables.length > 0 && read.table.children.length === 0)) break;
    tables.push({ table: read.table, at: tables.length === 0 ? (consumed[0] ?? at) : regionItems[pieces[0]!.row.item]! });
    // The first table's caption is the item right before it (the region starts at its header).
    const before = tables.length === 1 ? items[indices[indices.indexOf(at) - 1] ?? -1] : undefined;
    captions.push(
      before
        ? itemWords(before)
        : all
            .slice(from, first)
            .map((p) => p.words)
            .join(''),
    );
    const lastUsed = read.last < 0 ? -1 : first + read.last;
    if (lastUsed < 0) break;
    from = lastUsed + 1;
  }
  // A table printed twice, the first under a caption naming last year (2022年度情况（上年） before 2023年度情况: red team
  // rtN F5; 上年度情况 before 本年度情况, 2020年度情况 before 本年度情况: review10 F6): which is this year's is not certain,
  // and the first is not; neither is read, said once. Table 三's captions each naming a year put the latest first.
  if (tables.length > 1 && !(kind === 'applications' && latestByYears(captions) !== undefined)) {
    // The line right before a table, none when another table stands there (a table with no caption of its own
    // never takes the one over the table before it: 上年情况 was both tables' caption).
    const captionBefore = (item: number): string => {
      for (let k = indices.length - 1; k >= 0; k--) {
        const it = items[indices[k]!]!;
        if (indices[k]! >= item) continue;
        if (it.kind === 'table') return '';
        if (it.run.text.trim()) return it.run.text;
      }
      return '';
    };
    const earlier = namesEarlierYear(captionBefore(tables[0]!.at), captionBefore(tables[1]!.at));
    const position = tables[0]!.table.position;
    const otherYear: Certainty = {
      status: 'unreadable',
      reason: { id: 'tableOtherYear' },
      ...(position ? { position } : {}),
    };
    if (earlier === true) return { kind, tables: [], certainty: otherYear, consumed };
    if (earlier !== false) ifReportYear = { year: earlier, certainty: otherYear };
  }
  // A page that is only a picture, in the region up to its last item's line end: what is not found may stand there.
  const end = itemEnd(items[indices[indices.length - 1]!]);
  const start = itemStart(items[indices[0]!]);
  const pictured = thisYearFirst(kind, tables, captions).map((t) => ({
    ...t,
    table: withOtherPageRows(kind, withPicturePages(kind, t.table, index, start, end), index, start, end),
  }));
  return {
    kind,
    tables: pictured,
    certainty: certainty ?? { status: 'absent' },
    consumed,
    ...(stream.some((r) => r.ocrBorders === true) ? { ocrText: true } : {}),
    ...(ifReportYear ? { ifReportYear } : {}),
  };
}

/**
 * A reading once the report's year is known: a table printed twice, the first under a caption naming a year and the
 * second under 本年度, is read when that year is the report's (2023年度情况 in the 2023 report: both are this year's,
 * review13 F7); under any other year, or when the report's year is not known, the first is not certainly this year's
 * and neither is read (review10 F6).
 */
export function forReportYear(reading: ReadTable, year: number | null): ReadTable {
  const { ifReportYear: pending, ...read } = reading;
  if (pending === undefined) return reading;
  if (pending.year === year) return read;
  return { kind: reading.kind, tables: [], certainty: pending.certainty, consumed: reading.consumed };
}

/**
 * None of the table's words anywhere, but its section holds a table of numbers, or lines of them, with at most a
 * few fragments of text (OCR lost or garbled a header printed vertically: 维 纠 结 审 总 总, or nothing): the table
 * is there and cannot be read, never absent. A table of figures with labels of its own is another table.
 */
function unlabelledTable(kind: TableKey, items: readonly Item[], inSection: readonly number[], index: LineIndex): Certainty {
  let count = 0;
  let position: Position | undefined;
  for (const i of inSection) {
    const item = items[i]!;
    let numbers = 0;
    let texts = 0;
    if (item.kind === 'table') {
      // A header whose words are read is no lost header.
      if (START_WORDS[kind].test(itemWords(item))) continue;
      for (const row of item.table.rows)
        for (const cell of row.cells) {
          // Blanks, dashes and a Markdown delimiter row read as a row of cells (a page's rows cut apart) are neither.
          if (cell.spanned || RULE_OR_BLANK.test(cell.text)) continue;
          if (contentOf(cell).content === 'number') numbers++;
          else texts++;
        }
    } else if (!isSentence(item)) {
      const text = item.run.text;
      numbers = text.match(/[0-9０-９]+/g)?.length ?? 0;
      texts = text.replace(/[0-9０-９]+|[\s|｜[\],，.．]/g, '').length > 0 ? numbers : 0;
    }
    if (numbers === 0 || texts * 2 > numbers) continue;
    count += numbers;
    position ??= item.kind === 'table' ? item.table.position : spanPosition(item.run, 0, item.run.text.length, index);
  }
  if (count < UNLABELLED_NUMBERS[kind]) return { status: 'absent' };
  return { status: 'unreadable', reason: { id: 'tableUnlabelled', data: { count } }, ...(position ? { position } : {}) };
}

const RULE_OR_BLANK = /^[\s:：\-—–－]*$/;

const MAX_TABLES = 4;
/** A row's values a line each above its label: table 三 has seven columns, a few more lines allow for padding. */
const MAX_VALUE_LINES = 10;

/** A line of one value alone (a number, or a placeholder such as — or 无). */
const isValueLine = (item: Item): boolean => item.kind === 'line' && VALUE_LINE.test(item.run.text);
const VALUE_LINE = /^\s*(?:[-−－]?[0-9０-９][0-9０-９,，.．]*|—+|-+|－|\/|／|无)\s*$/;
/** Lines of a header printed before the table's first evidence, taken into the region. */
const MAX_HEADER_ITEMS = 12;

/** Reads one region (its items in document order) as a table of this kind. */
export function readRegion(
  kind: TableKey,
  regionItems: readonly Item[],
  index: LineIndex,
): { table?: TableNode; certainty: Certainty } {
  const rows = streamOfItems(regionItems, index, ROW_LABEL_TESTS[kind]);
  const all = piecesOf(rows);
  const first = all.findIndex((p) => START_WORDS[kind].test(p.words));
  return readPieces(kind, first < 0 ? all : all.slice(first), index, itemStart(regionItems[0]), false, rows);
}

/**
 * `regionStart`: the source offset where the table's region starts (its section's first item): characters lost
 * between there and the table's first words may have been its caption or header. `unread`: the values cannot be
 * told to their rows (values printed before labels, values-first.ts): none is read. `rows`: the region's rows, whose
 * header lines say the columns' order (column-order.ts). `ocr`: the document is OCR's text of a scan (`readTables`).
 * `seenAbove`: the words of the section's lines above the table's pieces: a row label there is printed (table 三).
 */
function readPieces(
  kind: TableKey,
  pieces: readonly Piece[],
  index: LineIndex,
  regionStart: number | undefined,
  unread: boolean,
  rows: readonly StreamRow[],
  ocr: OcrHint = false,
  seenAbove = '',
): { table?: TableNode; certainty: Certainty; last: number } {
  const read: TableBody =
    kind === 'applications'
      ? readApplications(pieces, seenAbove + pieces.map((p) => p.words).join(''), rows, ocr)
      : kind === 'review'
        ? readReview(pieces, rows, ocr)
        : readActive(pieces, rows, ocr);
  const own = unread ? withoutValues(read) : read;
  const body = withEdgeCuts(
    withDamage(kind, ocr === 'document' ? asOcrReading(kind, own) : own, pieces, index, regionStart),
    index,
  );
  const order = new Map(pieces.map((p, k) => [p, k]));
  const last = body.used.reduce((m, p) => Math.max(m, order.get(p) ?? -1), -1);
  const position = spanOf(pieces, body);
  const certainty: Certainty =
    body.children.length > 0
      ? { status: 'read' }
      : {
          status: 'unreadable',
          reason: body.unreadable ?? unreadableReason(body),
          ...(pieces[0]?.position ? { position: pieces[0].position } : {}),
        };
  // Nothing read and nothing to say about rows: the certainty says it; a table node would only be empty.
  if (body.children.length === 0 && body.unreadableRows.length === 0) return { certainty, last };
  const fragments = [...new Set(pieces.slice(0, last + 1).flatMap((p) => (p.row.table ? [p.row.table] : [])))];
  const grid =
    fragments.length > 0 && fragments.every((t) => t.layout === 'grid') && pieces.slice(0, last + 1).every((p) => p.row.tabular);
  const table: TableNode = {
    type: 'table',
    kind,
    template: body.template ?? '2021',
    layout: grid ? 'grid' : 'flattened',
    columns: body.columns,
    missingRows: body.missingRows,
    missingColumns: body.missingColumns,
    unreadableRows: body.unreadableRows,
    outdatedLabels: body.outdatedLabels ?? [],
    children: body.children,
    ...(position ? { position } : {}),
  };
  return { table, certainty, last };
}

/**
 * Every row is said to be unread instead, for that reason, where it stands: the rows read, and those that could not
 * be (a label left bare, a block one row off), whose other reasons are only what the usual order made of them.
 */
function withoutValues(body: TableBody): TableBody {
  const unread = (row: { key?: string; label: string; position?: Position }): UnreadableRow => ({
    ...(row.key ? { key: row.key } : {}),
    label: row.label,
    reason: 'valuesBeforeLabels',
    ...(row.position ? { position: row.position } : {}),
  });
  return { ...body, children: [], unreadableRows: [...body.unreadableRows.map(unread), ...body.children.map(unread)] };
}

/**
 * A table of a document that is OCR's reading of a scan (ocr-text.ts): a row or column not found is one OCR lost or
 * misread beyond recognition, unread (`ocrLabelLost`), never missing. A table 三 short of columns has its values
 * read onto the wrong ones, and table 二, whose rows no identity confirms, is damaged around a row lost (行政强制 9
 * printed 89, its neighbour 行政处罚 dropped: rtR #7): their rows are unread (`ocrTableDamaged`).
 */
function asOcrReading(kind: TableKey, body: TableBody): TableBody {
  if (body.missingRows.length === 0 && body.missingColumns.length === 0) return body;
  const lost: UnreadableRow[] = body.missingRows.map((key) => ({ key, label: rowLabelOf(kind, key), reason: 'ocrLabelLost' }));
  const damaged = body.missingColumns.length > 0 || kind === 'active';
  const doubted: UnreadableRow[] = damaged
    ? body.children.map((row) => ({
        ...(row.key ? { key: row.key } : {}),
        label: row.key ? rowLabelOf(kind, row.key) : row.label,
        reason: 'ocrTableDamaged',
        ...(row.position ? { position: row.position } : {}),
      }))
    : [];
  return {
    ...body,
    children: damaged ? [] : body.children,
    missingRows: [],
    missingColumns: [],
    unreadableRows: [...body.unreadableRows, ...doubted, ...lost],
    ...(damaged
      ? { unreadable: { id: 'tableOcrDamaged', data: { count: body.missingRows.length + body.missingColumns.length } } }
      : {}),
  };
}

function rowLabelOf(kind: TableKey, key: string): string {
  if (kind === 'applications') return applicationRowLabel(key);
  if (kind === 'review') return REVIEW_GROUP_LABELS[key] ?? key;
  return ACTIVE_ROWS.find((r) => r.key === key)?.label ?? key;
}

function unreadableReason(body: TableBody): UnreadableReason {
  if (body.unreadableRows.some((r) => r.reason === 'columnOrder')) return { id: 'tableColumnOrder' };
  const digits = body.unreadableRows.filter((r) => r.reason === 'digitsRunTogether').length;
  if (digits > 0) return { id: 'tableDigits', data: { count: digits } };
  // A table wider than its page: the cut rows say why, the rows whose last values fell wholly past the edge
  // (too few values) have the same cause.
  const cut = body.unreadableRows.filter((r) => r.reason === 'cutAtPageEdge').length;
  return cut > 0 ? { id: 'tableCutAtPageEdge', data: { count: cut } } : { id: 'tableRows' };
}

const LAST_YEAR = /上年|上一年|去年|往年/;
/**
 * A sentence comparing with last year (与上年相比，…如下：) is no caption of last year's data (review9 F4), nor is a
 * long line: a caption is short. A caption may say what last year's table is for (上年度情况（供对比）, review10 F9).
 */
const COMPARING = /相比|同比|较上|[与和同比]上一?年|增加|减少|增长|下降|持平/;
const MAX_CAPTION = 40;
const namesLastYear = (caption: string): boolean =>
  LAST_YEAR.test(caption) && !COMPARING.test(caption.replace(PURPOSE, '')) && caption.length <= MAX_CAPTION;
/** What a caption says its table is for, in brackets: （供同比）, （用于同比）, (作为对比). */
const PURPOSE = /[（(]\s*(?:供|用于|用作|作为)[^（()）]*[)）]/g;
/** This year's, without its number: 本年度情况, 今年数据. */
const THIS_YEAR = /本年|今年/;
/**
 * A year the caption's data are of: never a full date's (（2022年1月10日统计）, 数据截至2022年1月…: the day the figures
 * were compiled, in the next year; review9 F1). A month or a span of months is the data's (2021年1月至12月, 2021年1-12月).
 */
const YEAR = /((?:19|20)[0-9]{2})\s*年(?!\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日)/;

/**
 * The year a caption's data are of: the first year outside brackets, else the first in brackets that is no note of
 * when the figures were compiled (2020年度情况（供对比，2022年1月整理）is 2020's: review11 G3).
 */
function captionYear(caption: string): number | undefined {
  const outside = YEAR.exec(caption.replace(BRACKETED, ''))?.[1];
  if (outside !== undefined) return Number(outside);
  const inside = [...caption.matchAll(new RegExp(YEAR.source, 'g'))].find(
    (m) => !MONTH_AFTER.test(caption.slice(m.index + m[0].length)),
  );
  return inside ? Number(inside[1]) : undefined;
}
const BRACKETED = /[（(][^（()）]*[)）]/g;
const MONTH_AFTER = /^\s*[0-9０-９]{1,2}\s*月/;

/**
 * Whether a table's caption names an earlier year than the next table's (上年, or 2022年 before 2023年); where the
 * first names a year and the second says 本年度, the year the first names: it is earlier unless it is the report's.
 */
function namesEarlierYear(first: string, second: string): boolean | number {
  // Two years named: they decide (2021年度情况（与上年对比） before 2020年度情况 is this year's first: review11 G4).
  const a = captionYear(first);
  const b = captionYear(second);
  if (a !== undefined && b !== undefined) return a < b;
  if (namesLastYear(first) && !namesLastYear(second)) return true;
  // 2020年度情况 before 本年度情况: the first is of another year than this one (review10 F6).
  const thisYear = (c: string): boolean => THIS_YEAR.test(c) && !YEAR.test(c) && c.length <= MAX_CAPTION;
  return a !== undefined && !THIS_YEAR.test(first) && thisYear(second) ? a : false;
}

/**
 * The index of the caption naming the latest year, when every caption names a year and no two the same; else
 * undefined.
 */
function latestByYears(captions: readonly string[]): number | undefined {
  const years = captions.map(captionYear);
  if (years.some((y) => y === undefined) || new Set(years).size !== years.length) return undefined;
  return years.indexOf(Math.max(...(years as number[])));
}

/** The source offset just past an item's last character (its line's end). */
function itemEnd(item: Item | undefined): number | undefined {
  if (!item) return undefined;
  if (item.kind === 'table') return item.table.position?.end.offset;
  const last = item.run.segments[item.run.segments.length - 1];
  return last === undefined ? undefined : last.offset + (item.run.text.length - last.at);
}

function itemStart(item: Item | undefined): number | undefined {
  if (!item) return undefined;
  return item.kind === 'line' ? item.run.segments[0]?.offset : item.table.position?.start.offset;
}

/**
 * A row label wrapped in its column is short; longer lines are prose or a crawl. Counted without blanks: a line of
 * space-aligned text (pandoc's plain and multiline tables, wide columns) pads its label and values with hundreds of
 * spaces, and 一、本年新收 ⏎ 政府信息公开申请数量 so padded is as short a wrap as any.
 */
const MAX_WRAPPED_LINE = 200;

/** The characters a line prints, blanks left out, counted up to just past the limit. */
function printedLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= MAX_WRAPPED_LINE; i++) if (!/\s/.test(text[i]!)) n++;
  return n;
}

function isWrappedEvidence(kind: TableKey, lines: ReadonlyArray<Item | undefined>): boolean {
  let words = '';
  for (const line of lines) {
    if (line?.kind !== 'line' || printedLength(line.run.text) > MAX_WRAPPED_LINE || isSentence(line)) return false;
    words += itemWords(line);
  }
  return EVIDENCE[kind].line.test(words.replace(/[0-9０-９]+/g, ''));
}

/** Normalised words of each item, computed once: every table kind and both evidence checks look at them. */
const WORDS = new WeakMap<Item, string>();

function itemWords(item: Item): string {
  let words = WORDS.get(item);
  if (words === undefined) {
    words = wordsOf(item);
    WORDS.set(item, words);
  }
  return words;
}

function wordsOf(item: Item): string {
  if (item.kind === 'line') return normaliseLabel(item.run.text);
  let out = '';
  for (const row of item.table.rows) for (const cell of row.cells) out += normaliseLabel(cell.text);
  return out;
}

/** From the table's first words (the start of its first table row) to the last value read. */
function spanOf(pieces: readonly Piece[], body: TableBody): Position | undefined {
  const head = pieces[0];
  const start = head?.row.table?.position?.start ?? head?.row.position?.start ?? head?.position?.start;
  let end: Position['end'] | undefined;
  const consider = (point: Position['end'] | undefined): void => {
    if (point && (!end || (point.offset ?? 0) > (end.offset ?? 0))) end = point;
  };
  for (const row of body.children) {
    consider(row.position?.end);
    for (const cell of row.children) consider(cell.position?.end);
  }
  for (const row of body.unreadableRows) consider(row.position?.end);
  return start && end ? { start, end } : undefined;
}

/**
 * Table 三 printed twice, last year's for comparison before this year's, each under a caption naming its year
 * (2022年收到和处理…（上年数据）, 2023年收到和处理…): the rules check the first table, so last year's figures were
 * checked as this year's (rtN F5: a false fee-notice error, 762 of 2022 against 2023's 720 notices). When every
 * table's caption names a year, and these years differ, the table of the latest year, the report's (a report never
 * holds a later year's figures), is put first, in the first table's place; otherwise the order stays.
 */
function thisYearFirst(kind: TableKey, tables: ReadTable['tables'], captions: readonly string[]): ReadTable['tables'] {
  if (kind !== 'applications' || tables.length < 2) return tables;
  const latest = latestByYears(captions) ?? 0;
  if (latest <= 0) return tables;
  const out = tables.map((t) => ({ ...t }));
  out[0] = { ...out[0]!, table: tables[latest]!.table };
  out[latest] = { ...out[latest]!, table: tables[0]!.table };
  return out;
}
