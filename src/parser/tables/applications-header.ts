/**
 * Table 三's column header read cell by cell (red team rtN F1, F4): a row of a table fragment (tab rows, `|` rows, a
 * grid) whose cells each name one column says the columns' order for certain. 总计 right after 自然人 (自然人 ⇥ 总计 ⇥
 * 商业企业 …), 自然人 after the kinds of 法人或其他组织, 其他 before 法律服务机构: read by count, every value went to another
 * column (25 false totals errors, a false carry-over error, columns swapped silently). Space-aligned text (pdftotext
 * -layout) is no such row: a wrapped header puts the words of several columns on one line in any order, so only the
 * word order check of `column-order.ts` applies there.
 */
import type { RawTable } from '../raw-table.js';
import { APPLICATION_COLUMNS } from '../data/applications.js';
import { normaliseLabel } from '../labels.js';
import type { StreamRow } from './stream.js';

/** The template's place of each column; 法人或其他组织 (the group over the five kinds) spans theirs. */
const RANK: Readonly<Record<string, readonly [number, number]>> = {
  natural: [0, 0],
  business: [1, 1],
  research: [2, 2],
  nonprofit: [3, 3],
  legal: [4, 4],
  other: [5, 5],
  group: [1, 5],
  total: [6, 6],
};

const NUMBER_CELL = /^[0-9０-９]+$/;

/** The column a header cell names, each cell one: undefined for a label, a note, or a cell naming two. */
function columnOfCell(text: string): string | undefined {
  const words = normaliseLabel(text);
  if (!words || words.length > 12) return undefined;
  // 法人或者其他组织, 法人及其他组织, 法人和其他组织: the group's other spellings (review10 F3).
  if (/^法人(?:或者?|及|和|与)其他组织$/.test(words)) return 'group';
  const named = APPLICATION_COLUMNS.filter((c) => c.match(words));
  return named.length === 1 ? named[0]!.key : undefined;
}

/** The header rows of a table fragment: its rows before the first holding a number. */
function headerRows(table: RawTable): RawTable['rows'] {
  const first = table.rows.findIndex((r) => r.cells.some((c) => NUMBER_CELL.test(c.text.trim())));
  return first < 0 ? table.rows : table.rows.slice(0, first);
}

/** The columns named by a header row's cells, in the row's order, with their cells' indices. */
function namedCells(cells: ReadonlyArray<{ text: string }>): Array<{ key: string; at: number }> {
  return cells.flatMap((c, at) => {
    const key = columnOfCell(c.text);
    return key ? [{ key, at }] : [];
  });
}

/**
 * Whether a header row of a table fragment in the region names two columns, each in a cell of its own, in another
 * order than the template's. The template's two header lines run into one row (自然人 ⇥ 法人或其他组织 ⇥ 总计 ⇥ 商业企业
 * … ⇥ 其他, a crawl's text) name 总计 right after the one 法人或其他组织 and before the kinds: that 总计 is the upper
 * line's, and places nothing against the kinds.
 */
export function headerCellsOutOfOrder(rows: readonly StreamRow[]): boolean {
  const tables = new Set<RawTable>();
  for (const row of rows) if (row.tabular && row.table) tables.add(row.table);
  for (const table of tables)
    for (const row of headerRows(table)) {
      const named = namedCells(row.cells).filter((n, i, all) => i === 0 || all[i - 1]!.key !== n.key || n.key !== 'group');
      const groups = named.filter((n) => n.key === 'group');
      const flattened = groups.length === 1 && named[named.indexOf(groups[0]!) + 1]?.key === 'total';
      for (let i = 0; i < named.length; i++)
        for (let j = i + 1; j < named.length; j++) {
          const a = named[i]!.key;
          const b = named[j]!.key;
          if (flattened && a === 'total' && b !== 'total') continue;
          if (RANK[a]![0] > RANK[b]![1]) return true;
        }
    }
  return false;
}

/**
 * The cell index of each of `columns` in a row of a tab or `|` fragment, by the one header row of its fragment that
 * names every column in a cell of its own, when the row holds as many cells as that header row (its cells stand one
 * to one under the header's). Undefined otherwise: a header over several lines, a row a cell short or long.
 */
export function headerIndex(
  row: StreamRow,
  columns: readonly string[],
  cache: Map<RawTable, { indices: number[]; width: number } | undefined>,
): number[] | undefined {
  const table = row.table;
  if (!row.tabular || !table || table.layout === 'grid') return undefined;
  if (!cache.has(table)) {
    const found = headerRows(table).flatMap((r) => {
      const named = namedCells(r.cells);
      const indices = columns.map((k) => {
        const at = named.filter((n) => n.key === k);
        return at.length === 1 ? at[0]!.at : -1;
      });
      return indices.every((i) => i >= 0) ? [{ indices, width: r.cells.length }] : [];
    });
    cache.set(table, found.length === 1 ? found[0] : undefined);
  }
  const header = cache.get(table);
  return header && header.width === row.cells.length ? header.indices : undefined;
}
