/**
 * A finding's `location` (where lines mean little: .docx, .pdf, web archives) in the reader's language. The
 * reader writes it in one fixed Chinese shape, `第2页 表三「（一）予以公开」行·自然人`, which stays the cell's
 * identity in the model, the JSON and the page's cell matching; only its display is localised. The row and column
 * labels are the report's own words and stay as printed (the English messages quote them the same way).
 * Browser-safe.
 */
import type { Locale } from '../rules/types.js';

const TABLES: Record<string, string> = { 二: '2', 三: '3', 四: '4' };
const SHAPE = /^(?:第(\d+)页 )?表([二三四])「(.+)」行(?:·(.+))?$/u;

export function locationText(location: string, locale: Locale): string {
  if (locale !== 'en') return location;
  const m = SHAPE.exec(location);
  const place = m ? null : PLACE.exec(location);
  if (place) return placeText(place[1], place[2] ?? place[3] ?? '');
  if (!m) return location.replace(/^第(\d+)页 /u, 'page $1, ');
  const [, page, table, row, column] = m;
  const parts = [`table ${TABLES[table as string] ?? table}`, `row “${row}”`];
  if (page) parts.unshift(`page ${page}`);
  if (column) parts.push(`column “${column}”`);
  return parts.join(', ');
}

/**
 * A finding's place outside the tables (engine/finding-place.ts): `第3页 · ` before its section's heading, a
 * missing section's `「…」之前`, or `报告开头`.
 */
const PLACE = /^(?:第(\d+)页 · (.+)|(「.+」之前|报告开头))$/u;

function placeText(page: string | undefined, where: string): string {
  const before = /^「(.+)」之前$/u.exec(where);
  const said = before ? `before “${before[1]}”` : where === '报告开头' ? 'start of the report' : where;
  return page ? `page ${page} · ${said}` : said;
}

/** Whether a message opens with its table (表三「…」行…, table 3, row …), and so names the cell it is about. */
export function namesItsTable(message: string): boolean {
  return /^(表[二三四]|table [234]\b)/iu.test(message);
}

/**
 * What a one-line message still needs of its location: a message that opens with its table (表三「…」行…, table 3,
 * row …) already names the row and column, so only the page is added, as the page's check sheet does; undefined
 * when nothing is left to add.
 */
export function locationBeyond(message: string, location: string, locale: Locale): string | undefined {
  if (!namesItsTable(message)) return locationText(location, locale);
  const page = /^第(\d+)页 /u.exec(location)?.[1];
  if (page === undefined) return undefined;
  return locale === 'en' ? `page ${page}` : `第${page}页`;
}
