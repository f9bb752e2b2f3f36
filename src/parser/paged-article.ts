/**
 * A report that is one page of an article its website pages (上一页 1 2 3 下一页, 第1页 共3页), or a page that shows
 * only the first part of it (展开全文): saved or crawled, such a page holds part of the report, and the parts on the
 * other pages are not missing from the report (red team rtY). The parser finds the paging and the collapse; what is
 * absent where the other pages stand is then unread (certainty.ts, withOtherPages), never absent.
 */
import { COLLAPSE } from './data/report-signals.js';
import type { Item } from './mdast-read.js';
import { spanPosition, type LineIndex } from './text-run.js';
import type { OtherPages, Position } from './types.js';

/** A paging line's own words: the links, the counter, a jump box. Nothing else may stand on the line. */
const PAGING_TOKENS =
  /首页|上一页|上页|前一页|下一页|下页|后一页|尾页|末页|最后一页|第\s*\d{1,3}\s*页|共\s*\d{1,3}\s*页|当前|页次|跳转到?|转到|到第|\d{1,3}|页|GO|Go|go|确定|&[lg]t;|[…．.·<>«»‹›[\]【】()（）|｜:：,，、/／\s]/g;
/** A link to a later page: the article goes on elsewhere. */
const NEXT_PAGE = /下一页|下页|后一页/;
/** A link to an earlier or the first page. */
const EARLIER_PAGE = /上一页|上页|前一页|首页/;
/** The page's counter: 第1页 共3页, 共3页 第1页, 1/3页. */
const COUNTER = [
  { re: /第\s*(\d{1,3})\s*页\s*[,，/／]?\s*共\s*(\d{1,3})\s*页/, page: 1, pages: 2 },
  { re: /共\s*(\d{1,3})\s*页\s*[,，]?\s*(?:当前)?\s*第\s*(\d{1,3})\s*页/, page: 2, pages: 1 },
  { re: /(?:^|[\s[【(（])(\d{1,3})\s*[/／]\s*(\d{1,3})\s*页/, page: 1, pages: 2 },
] as const;
/** The page's own page numbers, links to the article's pages (1 2 3). */
const PAGE_NUMBER = /(?<![\d/／第共])\d{1,3}(?![\d/／页])/g;

interface PagingLine {
  place: Position;
  page?: number;
  pages?: number;
  next: boolean;
  earlier: boolean;
  numbers: number;
}

/**
 * The paging or collapse the text shows, or undefined when it shows none or shows every page (a PDF's 第1页 共3页 …
 * 第3页 共3页 footers, or a crawler that joined every page of the article). `outside`: a web page's paging and
 * collapse links printed outside the report's element (html-paging.ts), with their offsets.
 */
export function findOtherPages(
  items: readonly Item[],
  index: LineIndex,
  outside: ReadonlyArray<{ text: string; offset: number; rightAfter?: boolean }> = [],
): OtherPages | undefined {
  const paging: PagingLine[] = [];
  let outsideCollapse: number | undefined;
  for (const { text, offset, rightAfter } of outside) {
    const line = pagingLine(text);
    // Outside the article a lone 下一页 may be any widget's (a banner's carousel): a pager there shows its numbers,
    // or stands right after the article's element, where sites print the article's 【下一页】 (rtY; review19 #5).
    const pager = line && (line.page !== undefined || line.numbers >= 2 || (rightAfter === true && line.next));
    if (line && pager && offset >= 0) paging.push({ ...line, place: index.position(offset, offset + 1) });
    if (COLLAPSE.test(text) && offset >= 0) outsideCollapse = offset;
  }
  let collapse: Position | undefined;
  let afterCollapse = false;
  for (const item of items) {
    if (item.kind !== 'line') {
      if (collapse) afterCollapse = true;
      continue;
    }
    const text = item.run.text;
    const place = () => spanPosition(item.run, 0, text.length, index);
    if (COLLAPSE.test(text)) {
      collapse = place();
      afterCollapse = false;
      continue;
    }
    if (collapse && /[\u4e00-\u9fff]{20}/.test(text)) afterCollapse = true;
    const line = pagingLine(text);
    const position = line && place();
    if (line && position) paging.push({ ...line, place: position });
  }
  // A collapse link outside the report's element, after all of its text, hid the rest.
  if (!collapse && outsideCollapse !== undefined && outsideCollapse > lastItemSpan(items, index).start) {
    collapse = index.position(outsideCollapse, outsideCollapse + 1);
    afterCollapse = false;
  }
  // A collapse the text goes on after (more prose, a table) hid nothing of it.
  if (collapse && !afterCollapse && !paging.length) return { places: [collapse], collapsed: true };
  paging.sort((a, b) => (a.place.start.offset ?? 0) - (b.place.start.offset ?? 0));
  return fromPaging(paging, index);
}

/** Whether a line holds nothing but a web page's paging (上一页 1 2 3 下一页, 第1页 共3页): no report text. */
export const isPagingLine = (text: string): boolean =>
  text.length <= MAX_PAGING_LINE && text.includes('页') && text.replace(PAGING_TOKENS, '') === '';

/** Paging is a short line (a web page's element holding more text holds more than paging: html-paging.ts). */
export const MAX_PAGING_LINE = 120;

function pagingLine(text: string): Omit<PagingLine, 'place'> | undefined {
  if (!isPagingLine(text)) return undefined;
  const counter = COUNTER.map((c) => ({ c, m: c.re.exec(text) })).find((x) => x.m);
  const page = counter ? Number(counter.m![counter.c.page]) : undefined;
  const pages = counter ? Number(counter.m![counter.c.pages]) : undefined;
  const numbers = new Set(text.replace(COUNTER[0].re, '').match(PAGE_NUMBER) ?? []).size;
  return {
    ...(page !== undefined && pages !== undefined ? { page, pages } : {}),
    next: NEXT_PAGE.test(text),
    earlier: EARLIER_PAGE.test(text),
    numbers,
  };
}

function fromPaging(lines: readonly PagingLine[], index: LineIndex): OtherPages | undefined {
  if (!lines.length) return undefined;
  const start = index.position(0, 1);
  const last = lines[lines.length - 1]!.place;
  const counted = lines.filter((l) => l.pages !== undefined && l.page !== undefined && l.page >= 1 && l.page <= l.pages);
  if (counted.length) {
    const pages = Math.max(...counted.map((l) => l.pages!));
    if (pages < 2) return undefined;
    const seen = new Set(counted.map((l) => l.page!));
    // Counters of more than one page: the text holds those pages (a PDF's footers, some lost with its cover; pages a
    // crawler joined), not one page of a web article (review19 #3).
    if (seen.size > 1) return undefined;
    const page = counted[0]!.page!;
    const places = [...(page > 1 ? [start] : []), ...(page < pages ? [last] : [])];
    return { places, page, pages };
  }
  // Without a counter, links to other pages say the article is paged: a link to the next page, or two page numbers
  // beside the paging words; a pager listing one page number (上一页 1 下一页) is a site's pager on a page of one.
  // Which page this is stays unknown: a site prints the article's title on every page.
  if (!lines.some((l) => (l.next && l.numbers !== 1) || (l.numbers >= 2 && l.earlier))) return undefined;
  // A lone 下一页 with no page numbers is the weakest sign: a widget's link may read so too (review20 1).
  const lone = lines.every((l) => l.numbers === 0 && !l.earlier);
  return { places: [start, last], ...(lone ? { lone: true as const } : {}) };
}

/**
 * Where the text's last item starts and ends (-1 with none): a collapse link printed after its start hid the rest; a
 * paging printed after it ends the last table's region at its end.
 */
export function lastItemSpan(items: readonly Item[], index: LineIndex): { start: number; end: number } {
  const last = items[items.length - 1];
  const position = last?.kind === 'table' ? last.table.position : last && spanPosition(last.run, 0, last.run.text.length, index);
  return { start: position?.start.offset ?? -1, end: position?.end.offset ?? -1 };
}
