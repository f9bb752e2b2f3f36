/**
 * Table 三's column header whose two lines disagree (red team rtP #1): 法人或其他组织 spans fewer columns than the five
 * kinds printed under it (colspan 4 for 5: a table recogniser's slip, as MinerU's and PP-Structure's make, or an
 * editor's). Laid out, the spans put the last kind (其他) after 总计, whose rowspan holds the column it was meant for,
 * and docling and marker write it so in their Markdown: read by those positions, 其他 and 总计 were swapped on every
 * row (25 false totals errors, every number of both columns wrong). Where the lines disagree, the finer line's names
 * and the count of value columns decide: the upper line's order of 自然人, 法人或其他组织 and 总计, the kinds in the
 * lower line's order in place of 法人或其他组织, one value column each, when that names every column once in exactly as
 * many columns as the header stands over. Anything else cannot be told: the fragment is read by no position.
 */
import type { RawTable } from '../raw-table.js';
import { APPLICATION_COLUMNS } from '../data/applications.js';
import { normaliseLabel } from '../labels.js';

/** The kinds of 法人或其他组织: the columns the group's cell stands over. */
const KINDS: ReadonlySet<string> = new Set(['business', 'research', 'nonprofit', 'legal', 'other']);

const NUMBER_CELL = /^[0-9０-９]+$/;

/**
 * A header whose lines disagree: `indices`, the cell of each column, when the finer line and the count of value
 * columns tell them (`ordered`: in the template's order); 'unsure' when they do not.
 */
export type SpanReading = { indices: number[]; ordered: boolean } | 'unsure';

/** The column a header cell names alone (法人或其他组织 is 'group'); undefined for a blank, a label, a note. */
function keyOf(text: string): string | undefined {
  const words = normaliseLabel(text);
  if (!words || words.length > 12) return undefined;
  if (/^法人(?:或者?|及|和|与)其他组织$/.test(words)) return 'group';
  const named = APPLICATION_COLUMNS.filter((c) => c.match(words));
  return named.length === 1 ? named[0]!.key : undefined;
}

/** Consecutive repeats as one (docling repeats a spanned cell's text in every cell it covers). */
const once = (keys: readonly string[]): string[] => keys.filter((k, i) => i === 0 || keys[i - 1] !== k);

/**
 * The reading of a fragment whose header lines disagree on where the kinds stand: the kinds start under
 * 法人或其他组织 and run on past the columns it spans (its cell, its copies, the blank cells after it). Undefined when
 * they agree, or when the fragment has no such two lines: the header's own positions (or the count) read it, as before.
 */
export function spanReading(table: RawTable, columns: readonly string[]): SpanReading | undefined {
  const first = table.rows.findIndex((r) => r.cells.some((c) => NUMBER_CELL.test(c.text.trim())));
  const rows = first < 0 ? table.rows : table.rows.slice(0, first);
  // Cells stand at their columns only in a grid, or in rows laid out with their spans' copies (a ragged web page's
  // table): rows that lost the cells a span covered (a PDF's, a crawl's) are read by count, their places telling nothing.
  if (table.layout !== 'grid' && !rows.some((r) => r.cells.some((c) => c.spanned))) return undefined;
  const header = rows.map((r) => r.cells.map((c) => keyOf(c.text)));
  const upper = header.findIndex((keys) => keys.includes('group'));
  if (upper < 0) return undefined;
  const groupKeys = header[upper]!;
  const cells = rows[upper]!.cells;
  const g0 = groupKeys.indexOf('group');
  let g1 = g0;
  while (g1 + 1 < cells.length && (groupKeys[g1 + 1] === 'group' || cells[g1 + 1]!.text.trim() === '')) g1++;
  const total = groupKeys.indexOf('total', g1);
  const lower = header.slice(upper + 1).filter((keys) => keys.some((k) => k !== undefined && KINDS.has(k)));
  // The kinds start under 法人或其他组织 and run on past its span, under or after the upper line's 总计. A row whose
  // kinds start elsewhere lost the cells a span covered (a ragged table, read by count) or is drawn otherwise.
  const outside =
    total > g1 &&
    lower.some((keys) => {
      const at = keys.flatMap((k, i) => (k !== undefined && KINDS.has(k) ? [i] : []));
      return at[0] === g0 && at[at.length - 1]! >= total;
    });
  if (!outside) return undefined;
  if (lower.length !== 1) return 'unsure';
  const named = once(groupKeys.filter((k): k is string => k !== undefined));
  const kinds = once(lower[0]!.filter((k): k is string => k !== undefined && KINDS.has(k)));
  if (named.filter((k) => k === 'group').length !== 1 || named.some((k) => KINDS.has(k))) return 'unsure';
  const order = named.flatMap((k) => (k === 'group' ? kinds : [k]));
  const complete =
    new Set(order).size === order.length && order.length === columns.length && columns.every((k) => order.includes(k));
  if (!complete) return 'unsure';
  // The value columns: from the header's first named column to its last cell, one for each column named.
  const at = [groupKeys, lower[0]!].flatMap((keys) => keys.flatMap((k, i) => (k === undefined ? [] : [i])));
  const from = Math.min(...at);
  const width = Math.max(...rows.map((r) => r.cells.length));
  if (width - from !== order.length) return 'unsure';
  const indices = columns.map((k) => from + order.indexOf(k));
  return { indices, ordered: indices.every((i, n) => n === 0 || i > indices[n - 1]!) };
}
