/**
 * Page furniture: page numbers (-4-, 第 4 页, 4/6, Page 4 of 6) and the lines a printer repeats at the top or
 * bottom of every page (a running title, a date, a file address). Dropped so that a table broken by a page
 * reads as one table and no header line lands among the report's paragraphs.
 */
import type { PageLines, VisualLine } from './pdf-lines.js';

/** Fraction of the page height at the top and at the bottom where furniture is looked for. */
const BAND = 0.1;

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

function inBand(line: VisualLine, height: number): boolean {
  return line.y < height * BAND || line.y > height * (1 - BAND);
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

export function dropFurniture(pages: readonly PageLines[]): PageLines[] {
  const seen = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const line of page.lines) {
      if (!inBand(line, page.height)) continue;
      const key = repeatedKey(line);
      const set = seen.get(key) ?? new Set<number>();
      set.add(page.page);
      seen.set(key, set);
    }
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((page) => ({
    ...page,
    lines: page.lines.filter((line) => {
      if (isPageNumber(line, page)) return false;
      if (!inBand(line, page.height)) return true;
      return (seen.get(repeatedKey(line))?.size ?? 0) < needed;
    }),
  }));
}
