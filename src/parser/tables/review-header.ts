/**
 * Table 四 read by its header's words where they place every value with certainty (red team rtN F2, F3, F8, F8b):
 * a table transposed (groups as columns, 结果维持 … 总计 as rows), 总计 first in each group, 尚未审结 before 其他结果,
 * the 行政诉讼 groups before 行政复议 (in one table or in two). Read in the template's order by count, every such
 * value went to another column, and the group identity cried wolf. Only a table fragment whose rows are cells (a
 * grid, or tab or `|` rows whose header cells stand one to one over the values) places values; in anything else a
 * header naming the columns or groups in another order leaves the table unread (`columnOrder`), never read by count.
 */
import type { RawCell, RawTable } from '../raw-table.js';
import { contentOf } from '../raw-table.js';
import { normaliseLabel } from '../labels.js';
import { REVIEW_COLUMNS, REVIEW_COLUMN_LABELS, REVIEW_GROUPS } from '../data/review.js';
import type { StreamRow } from './stream.js';

type Group = (typeof REVIEW_GROUPS)[number];
type Column = (typeof REVIEW_COLUMNS)[number];

const COLUMN_WORDS: ReadonlyArray<readonly [Column, string]> = REVIEW_COLUMNS.map((c) => [c, REVIEW_COLUMN_LABELS[c]!] as const);

/** The group a header cell names: its most specific words (行政诉讼 alone names both 诉讼 groups). */
function groupWords(text: string): Group | 'litigationAny' | undefined {
  if (text.includes('复议后起诉')) return 'litigationAfterReview';
  if (text.includes('未经复议') || text.includes('直接起诉')) return 'litigation';
  if (text.includes('行政复议') && !text.includes('诉讼')) return 'review';
  if (text.includes('行政诉讼')) return 'litigationAny';
  return undefined;
}

function columnWords(text: string): Column | undefined {
  const found = COLUMN_WORDS.filter(([, w]) => text.includes(w));
  return found.length === 1 ? found[0]![0] : undefined;
}

const isNumber = (cell: RawCell | undefined): boolean => cell !== undefined && contentOf(cell).content === 'number';

export interface HeaderReading {
  /** Each group's five cells, in the template's column order. */
  cells: Map<Group, RawCell[]>;
  /** The rows whose cells were read. */
  rows: Set<StreamRow>;
}

/**
 * The fifteen values placed by the header of each table fragment of the region (a table 四 printed as two tables
 * places its groups by each one's header), or undefined when any value is not placed with certainty. `inOrder`: the
 * values stand in the template's order (row by row), where the usual reading reads them alike.
 */
export function readByHeader(rows: readonly StreamRow[]): (HeaderReading & { inOrder: boolean }) | undefined {
  const fragments = new Map<RawTable, StreamRow[]>();
  for (const row of rows) {
    if (!row.table) continue;
    if (!row.tabular) return undefined;
    fragments.set(row.table, [...(fragments.get(row.table) ?? []), row]);
  }
  const cells = new Map<Group, RawCell[]>();
  const used = new Set<StreamRow>();
  const order: RawCell[] = [];
  for (const fragment of fragments.values()) {
    const placed = placeFragment(fragment);
    if (placed === undefined) return undefined;
    if (placed === null) continue;
    for (const [group, values] of placed.cells) {
      if (cells.has(group)) return undefined;
      cells.set(group, values);
    }
    placed.rows.forEach((r) => used.add(r));
    order.push(...placed.order);
  }
  if (cells.size !== REVIEW_GROUPS.length) return undefined;
  const template = REVIEW_GROUPS.flatMap((g) => cells.get(g)!);
  const inOrder = template.every((c, i) => c === order[i]);
  return { cells, rows: used, inOrder };
}

/**
 * One fragment's values placed: null when it holds no number of table 四 (a caption), undefined when a number is
 * not placed with certainty (two rows of values under one header, a header cell naming no group or column).
 */
function placeFragment(
  rows: readonly StreamRow[],
): { cells: Map<Group, RawCell[]>; rows: StreamRow[]; order: RawCell[] } | null | undefined {
  const first = rows.findIndex((r) => r.cells.some(isNumber));
  if (first < 0) return null;
  const header = rows.slice(0, first);
  const data = rows.slice(first).filter((r) => r.cells.some((c) => c.text.trim() !== ''));
  if (header.length === 0) return undefined;
  const width = header[0]!.cells.length;
  // Header cells one to one over the values: every row of the fragment as wide as the header.
  if (rows.some((r) => r.cells.length !== width && r.cells.some((c) => c.text.trim() !== ''))) return undefined;
  const headerText = header.map((r) => r.cells.map((c) => normaliseLabel(c.text)));
  // What the header says of each column: a group (a cell's own, or a group cell's over the blank cells after it,
  // the most specific of the header's lines) and a column.
  // A group cell's blank cells after it are its span, up to where any header line starts another group (行政诉讼's
  // 复议后起诉 ends where the line above names 行政复议).
  const starts = new Set<number>();
  for (const line of headerText) line.forEach((t, c) => groupWords(t) && starts.add(c));
  const headerGroup: Array<Group | undefined> = [];
  const headerColumn: Array<Column | undefined> = [];
  for (let c = 0; c < width; c++) {
    let group: Group | 'litigationAny' | undefined;
    let column: Column | undefined;
    for (const line of headerText) {
      let at = c;
      while (at > 0 && line[at] === '' && !starts.has(at)) at--;
      const g = groupWords(line[at]!);
      const col = line[c] ? columnWords(line[c]!) : undefined;
      if (col) {
        if (column && column !== col) return undefined;
        column = col;
      }
      if (!g) continue;
      if (!group || group === 'litigationAny') group = g;
      else if (g !== group && g !== 'litigationAny') return undefined;
    }
    headerGroup.push(group === 'litigationAny' ? undefined : group);
    headerColumn.push(column);
  }
  const cells = new Map<Group, RawCell[]>();
  const order: RawCell[] = [];
  for (const row of data) {
    // The row's label: its cells where the header names neither a group nor a column.
    const label = row.cells
      .filter((_, c) => !headerGroup[c] && !headerColumn[c])
      .map((c) => normaliseLabel(c.text))
      .join('');
    const rowGroup = groupWords(label);
    const rowColumn = columnWords(label);
    if (rowGroup === 'litigationAny') return undefined;
    let slots = 0;
    for (let c = 0; c < width; c++) {
      const cell = row.cells[c]!;
      const group = headerGroup[c] ?? rowGroup;
      const column = headerColumn[c] ?? rowColumn;
      if (!headerGroup[c] && !headerColumn[c]) {
        if (isNumber(cell)) return undefined;
        continue;
      }
      if (!group || !column || (headerGroup[c] && rowGroup) || (headerColumn[c] && rowColumn)) {
        if (cell.text.trim() !== '') return undefined;
        continue;
      }
      const values = cells.get(group) ?? Array<RawCell | undefined>(REVIEW_COLUMNS.length).fill(undefined);
      const k = REVIEW_COLUMNS.indexOf(column);
      if (values[k]) return undefined;
      values[k] = cell;
      cells.set(group, values as RawCell[]);
      order.push(cell);
      slots++;
    }
    if (slots === 0) return undefined;
  }
  for (const values of cells.values()) if (values.some((v) => v === undefined)) return undefined;
  return { cells, rows: data, order };
}

/** The template's fifteen columns in order, and a group's five. */
const TEMPLATE_COLUMNS: readonly Column[] = REVIEW_GROUPS.flatMap(() => [...REVIEW_COLUMNS]);
/** Words a header line holds between two column names (stray marks aside): what makes the line a header. */
const HEADER_VOCABULARY =
  /行政复议|行政诉讼|未经复议直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|总计|项目|情况|数量/g;
/** Text between two names that is still header: OCR's stray marks, a character or two. */
const MAX_BETWEEN = 3;
const TOKEN = /行政复议|行政诉讼|未经复议直接起诉|未经复议|直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结|总计/g;

/**
 * Whether the region's header names table 四's columns or groups in another order than the template's, where no
 * fragment's header placed the values (`readByHeader`): a header line naming 总计 before the results of its group,
 * 尚未审结 before 其他结果, or 行政诉讼 before 行政复议; rows labelled by the column words (the table transposed); or a
 * group's header after another group's values that the template puts before them (two tables, 行政诉讼 first).
 * Only header words between two names count: a sentence naming them is no header.
 */
export function namesReviewOutOfOrder(rows: readonly StreamRow[]): boolean {
  let litigationValues = false;
  let litigationNamed = false;
  let transposed = 0;
  for (const row of rows) {
    const words = row.cells.map((c) => normaliseLabel(c.text)).join('');
    const numbers = row.cells.filter(isNumber).length;
    const label = row.cells
      .filter((c) => !isNumber(c))
      .map((c) => normaliseLabel(c.text))
      .join('');
    if (numbers > 0 && numbers <= REVIEW_GROUPS.length && COLUMN_WORDS.some(([, w]) => label === w)) transposed++;
    for (const run of headerRuns(words)) {
      const columns = run.flatMap((t) => COLUMN_WORDS.find(([, w]) => w === t)?.[0] ?? []);
      if (!isSubsequence(columns, TEMPLATE_COLUMNS)) return true;
      // Each group's names from its 结果维持 on.
      let from = columns.indexOf('upheld');
      while (from >= 0) {
        const next = columns.indexOf('upheld', from + 1);
        if (!isSubsequence(columns.slice(from, next < 0 ? undefined : next), REVIEW_COLUMNS)) return true;
        from = next;
      }
      // 行政复议 after a 行政诉讼 group, 未经复议直接起诉 after 复议后起诉 (行政诉讼 alone names both of its groups).
      const groups = run.flatMap((t) => groupWords(t) ?? []);
      if (groups.some((g, i) => g === 'review' && groups.slice(0, i).some((h) => h !== 'review'))) return true;
      if (groups.some((g, i) => g === 'litigation' && groups.slice(0, i).includes('litigationAfterReview'))) return true;
    }
    if (numbers === 0) {
      const group = groupWords(words);
      if (group === 'review' && litigationValues) return true;
      if (group && group !== 'review') litigationNamed = true;
    } else if (litigationNamed) litigationValues = true;
  }
  return transposed >= 3;
}

/** The names a line holds, cut where more than header words stand between two. */
function headerRuns(words: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let end = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(words); m; m = TOKEN.exec(words)) {
    if (run.length > 0 && words.slice(end, m.index).replace(HEADER_VOCABULARY, '').length > MAX_BETWEEN) {
      runs.push(run);
      run = [];
    }
    run.push(m[0]);
    end = m.index + m[0].length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function isSubsequence<T>(items: readonly T[], of: readonly T[]): boolean {
  let k = 0;
  for (const item of of) if (k < items.length && items[k] === item) k++;
  return k === items.length;
}
