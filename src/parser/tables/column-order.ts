/**
 * A column header that names the columns in another order than the template's (red team rtH A8, A9): 总计 before
 * 自然人, 本年废止件数 before 本年制发件数, as OCR of a scan puts the columns out of order or an editor drew them.
 * Read by count, every value would go to another column and each row's identity would fail (25 false errors on a
 * table 三 with 总计 first); such values are read only where a grid's header places every column.
 */
import { normaliseLabel } from '../labels.js';
import type { StreamRow } from './stream.js';

export interface HeaderOrder {
  /** Words of the columns printed on one line of the header, in the template's order; each a column's word(s). */
  lines: ReadonlyArray<ReadonlyArray<readonly string[]>>;
  /** Every word a line of the header holds (column names, the identity note's words): what may stand between two. */
  vocabulary: RegExp;
}

/** Text between two column words that is still header: OCR's stray marks, a character or two. */
const MAX_BETWEEN = 3;

/**
 * Whether a row of the table's region (a header line, a grid's header row) names two columns of one header line
 * in another order than the template's. Only nothing but header words between the two names counts: a sentence
 * (总计收到申请…其中自然人…) is no header.
 */
export function namesColumnsOutOfOrder(rows: readonly StreamRow[], order: HeaderOrder): boolean {
  // One row of the source at a time (a grid's row, a line): a header's lines joined into one piece put a lower line's
  // names after an upper one's (a PDF prints 社会公益组织 法律服务机构 above 商业企业 科研机构, each wrapped in its cell).
  return rows.some((row) => {
    const words = row.cells.map((c) => normaliseLabel(c.text)).join('');
    return order.lines.some((line) => {
      const found = line.flatMap((names) => firstOf(words, names) ?? []);
      // Out of order (a later column named first): certain only when what stands between the two is header.
      return found.some((a, i) =>
        found
          .slice(i + 1)
          .some((b) => b.start < a.start && words.slice(b.end, a.start).replace(order.vocabulary, '').length <= MAX_BETWEEN),
      );
    });
  });
}

function firstOf(text: string, words: readonly string[]): { start: number; end: number } | undefined {
  let best: { start: number; end: number } | undefined;
  for (const w of words) {
    const i = text.indexOf(w);
    if (i >= 0 && (!best || i < best.start)) best = { start: i, end: i + w.length };
  }
  return best;
}
