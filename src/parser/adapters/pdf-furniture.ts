/**
 * Page furniture: page numbers (-4-, 第 4 页, 4/6, Page 4 of 6) and the lines a printer repeats at the top or
 * bottom of every page (a running title, a date, a file address). Dropped so that a table broken by a page
 * reads as one table and no header line lands among the report's paragraphs.
 */
import { REPORT_WORDS, TITLE_LIMITS } from '../data/title.js';
import { MAX_CELL_STEP, within, type PageLines, type VisualLine } from './pdf-lines.js';

/** Fraction of the page height at the top and at the bottom where furniture is looked for. */
const BAND = 0.1;
/**
 * A running header set low (Word's header distance 2.6 cm: its text at 82–94 pt of an A4 page, rtD finding 5) stands
 * just past BAND, on the first page above the title, and was read as the title (organ 青川市生态环境局青川市生态环境局).
 * Between BAND and this fraction a line is furniture when it repeats at its height on the pages BAND asks for and on
 * the first page too: a table's header rows repeated at the top of the pages it runs onto (标题行重复) are never on
 * the first page's top, under the report's title, so they stay.
 */
const WIDE_BAND = 0.15;

const PAGE_NUMBER = [
  /^[-－—–~\s]*\d{1,4}[-－—–~\s]*$/,
  /^第\s*\d{1,4}\s*页(\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^(page\s*)?\d{1,4}\s*(of\s*\d{1,4})?$/i,
  /^共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页$/,
];

function lineText(line: VisualLine): string {
  return line.cells
    .map((c) => c.text)
    .join(' ')
    .trim();
}

function inBand(line: VisualLine, height: number, band = BAND): boolean {
  return line.y < height * band || line.y > height * (1 - band);
}

/** A page number stands alone on its line in the top or bottom band. */
function isPageNumber(line: VisualLine, page: PageLines): boolean {
  if (!inBand(line, page.height)) return false;
  const text = lineText(line);
  return PAGE_NUMBER.some((re) => re.test(text));
}

/** The same text (digits aside) at the same height on several pages. */
function repeatedKey(line: VisualLine): string {
  return `${lineText(line).replace(/\d+/g, '#').replace(/\s+/g, '')}@${Math.round(line.y / 6)}`;
}

/** A number alone in a cell: what a table row's wrapped rest is made of. */
const DIGITS = /^[0-9０-９]+([.,，][0-9０-９]*)?$/;

/**
 * A line of several numbers under the cells of the line above it: the rest of a table row whose numbers wrapped in
 * their narrow cells (1381 printed 13 ⏎ 81), the last line of a page (rtX #2). Two such rests at one height on two
 * pages read as one running footer once their digits are masked, and the rows were read from their first lines
 * (13, 14, … for 1381, 1406, …). A running footer's numbers stand under no table's columns.
 */
function restOfRow(line: VisualLine, page: PageLines): boolean {
  if (line.cells.length < 2 || !line.cells.every((c) => DIGITS.test(c.text.trim()))) return false;
  const at = page.lines.indexOf(line);
  const above = page.lines[at - 1];
  if (!above || above.cells.length < line.cells.length) return false;
  return line.cells.every((c) => above.cells.some((a) => a.x0 < c.x1 && c.x0 < a.x1));
}

/**
 * A number alone under a number cut after its thousands' comma (1,245 printed 1, ⏎ 24 ⏎ 5), a line of the cell's
 * step above it or under more pieces of it: the cut number's last piece, no page number. A number never ends in a
 * comma, so the cut is certain; a page number under a whole number stays one.
 */
function restOfCutNumber(line: VisualLine, page: PageLines): boolean {
  const cell = line.cells[0];
  if (line.cells.length !== 1 || !cell || !/^[0-9０-９]+$/.test(cell.text.trim())) return false;
  let lower = line;
  for (let at = page.lines.indexOf(line) - 1; at >= 0; at--) {
    const upper = page.lines[at]!;
    if (lower.y - upper.y > MAX_CELL_STEP * line.size) return false;
    const above = upper.cells.find((c) => c.x0 < cell.x1 && cell.x0 < c.x1)?.text.trim() ?? '';
    if (/^[0-9０-９]+[,，]$/.test(above)) return true;
    if (!/^[0-9０-９]+$/.test(above)) return false;
    lower = upper;
  }
  return false;
}

/**
 * Numbers alone in a row of a table's drawn grid (pdf-grid.ts), among other rows of it: the rest of a row broken by
 * the page (113 printed 1 ⏎ 13 over two pages, rtAC cause 1), which pdf-cut-rows.ts joins to its row. At the page's
 * top it read as a page number (3) or, masked, as a running header, and was dropped: the row kept its first digits.
 * A page number stands in no cell of a table.
 */
function restInGrid(line: VisualLine, page: PageLines): boolean {
  return (
    line.ruled === true && line.cells.every((c) => DIGITS.test(c.text.trim())) && page.lines.some((l) => l !== line && l.ruled)
  );
}

/**
 * A number alone atop a page, inside a number cell of the grid row the page before ends with (its last line with
 * digits): the rest of that row broken by the page where its borders made no grid (2 at the foot of page 2, 6 alone
 * atop page 3: 26 read 2, rtAC), or a page number over that cell. A page number has its like atop other pages at its
 * height; without one, the line is kept, and the row takes it and is left unread (spillAcrossPages).
 */
function restOfCutGridRow(line: VisualLine, page: PageLines, before: PageLines | undefined, series: number): boolean {
  const cell = line.cells[0];
  if (!before || series > 1 || line.cells.length !== 1 || page.lines[0] !== line || !DIGITS.test(cell!.text.trim())) return false;
  const row = before.lines.filter((l) => l.cells.some((c) => DIGITS.test(c.text.trim()))).pop();
  return row?.ruled === true && row.cells.some((c) => DIGITS.test(c.text.trim()) && within(cell!, c));
}

/** A title's words on a line of its own: no sentence (本报告根据…年度报告格式编制。 names the format, not the report). */
const readsAsTitle = (text: string): boolean =>
  text.length <= TITLE_LIMITS.maxLength && REPORT_WORDS.test(text) && !/[。，,；;]/.test(text);

export function dropFurniture(pages: readonly PageLines[]): PageLines[] {
  const seen = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (!inBand(line, page.height, WIDE_BAND)) continue;
      const key = repeatedKey(line);
      const set = seen.get(key) ?? new Set<number>();
      set.add(page.page);
      seen.set(key, set);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const first = pages[0]?.page;
  const repeated = (line: VisualLine, page: PageLines): boolean => {
    const on = seen.get(repeatedKey(line));
    if (!on || on.size < needed) return false;
    return inBand(line, page.height) || (first !== undefined && on.has(first));
  };
  // The report's title on the first page, when it is the one line there with a title's words and stands below the
  // narrow band (where the wide band's rule for page 1 applies): later pages may repeat it as their running header at
  // its height (Word's different first page, review4 F6), and it stays on the first. In the narrow band a line on
  // every page is a header, the first page's too, as before the wide band.
  const titles = pages[0]?.lines.filter((line) => readsAsTitle(lineText(line).replace(/\s+/g, ''))) ?? [];
  const title = titles.length === 1 ? titles[0] : undefined;
  return pages.map((page, k) => ({
    ...page,
    lines: page.lines.filter((line) => {
      if (line === title && !inBand(line, page.height)) return true;
      if (restInGrid(line, page)) return true;
      if (isPageNumber(line, page))
        return restOfCutNumber(line, page) || restOfCutGridRow(line, page, pages[k - 1], seen.get(repeatedKey(line))?.size ?? 0);
      if (!inBand(line, page.height, WIDE_BAND)) return true;
      return !repeated(line, page) || restOfRow(line, page);
    }),
  }));
}
