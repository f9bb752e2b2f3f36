/**
 * A row of table 三 copied one value a line (a PDF viewer's copy, a web page's text) that does not add up is left
 * unread (values.ts `notAddingUp`): a blank cell leaves no line and a page number is a line like a value, so which
 * value is which column's is in doubt — or one value is wrong. The table's column identities tell the two apart when
 * one value is wrong and every other row of its identities was read: the row is read then (rtJ F3, a cell typed 116
 * where its row total and its column total both say 111), and application-totals names that cell.
 *
 * Read only when all of these hold, else the row stays unread:
 * - the row has exactly as many values as the table's seven columns, each a whole number (values.ts `unsure`);
 * - every other row its column identities need was read, every cell of them a number, none split by the identity;
 * - every other cell of the row agrees with its column identities;
 * - exactly one cell fails them, by the same excess in each, and by the excess its row identity shows for it;
 * - the value the totals point to there is above 0. A blank cell dropped and a page number or a note's digit taken
 *   in its place looks the same, except that the totals point to 0 there: that row stays unread.
 */
import { RESULT_ROWS } from '../data/applications.js';
import type { RowNode } from '../types.js';

/** The seven columns, six applicant columns and 总计, in the template's order. */
const COLUMNS = 7;
const ANY_RESULT = new Set(RESULT_ROWS);

/** Whether the row, not yet read, is certain by the table's other rows: its one wrong cell is pinned. */
export function pinnedByColumns(row: RowNode, read: readonly RowNode[]): boolean {
  if (!row.key || row.children.length !== COLUMNS) return false;
  const values = numbers(row);
  if (!values) return false;
  const rows = new Map<string, number[] | undefined>();
  for (const r of read) if (r.key && r.key !== row.key && !rows.has(r.key)) rows.set(r.key, r.inferred ? undefined : numbers(r));
  rows.set(row.key, values);
  const excesses = (column: number): number[] | undefined => columnExcesses(row.key!, column, rows);
  const sixSum = values.slice(0, COLUMNS - 1).reduce((a, b) => a + b, 0);
  const rowExcess = (column: number): number => (column === COLUMNS - 1 ? -1 : 1) * (sixSum - values[COLUMNS - 1]!);
  let wrong = -1;
  for (let column = 0; column < COLUMNS; column++) {
    const found = excesses(column);
    if (!found) return false;
    if (found.every((e) => e === 0)) continue;
    const d = rowExcess(column);
    if (wrong >= 0 || d === 0 || found.some((e) => e !== d)) return false;
    wrong = column;
  }
  return wrong >= 0 && values[wrong]! - rowExcess(wrong) > 0;
}

/** The row's seven values, when each is a number (no blank, placeholder, text or decimal). */
function numbers(row: RowNode): number[] | undefined {
  if (row.children.length !== COLUMNS) return undefined;
  const out: number[] = [];
  for (const cell of row.children) {
    if (cell.content !== 'number' || cell.value === null || cell.decimal) return undefined;
    out.push(cell.value);
  }
  return out;
}

/**
 * How much the row's value in the column exceeds what each of its column identities makes it: 一+二 = （七）+四, and
 * （七） = the 21 result rows. Undefined when a row an identity needs was not read.
 */
function columnExcesses(key: string, column: number, rows: ReadonlyMap<string, number[] | undefined>): number[] | undefined {
  const at = (k: string): number | undefined => rows.get(k)?.[column];
  const out: number[] = [];
  if (key === 'new' || key === 'carried' || key === 'handled' || key === 'carryForward') {
    const [n, c, h, f] = [at('new'), at('carried'), at('handled'), at('carryForward')];
    if (n === undefined || c === undefined || h === undefined || f === undefined) return undefined;
    out.push((key === 'new' || key === 'carried' ? 1 : -1) * (n + c - h - f));
  }
  if (key === 'handled' || ANY_RESULT.has(key)) {
    let results = 0;
    for (const k of RESULT_ROWS) {
      const v = at(k);
      if (v === undefined) return undefined;
      results += v;
    }
    const h = at('handled');
    if (h === undefined) return undefined;
    out.push((key === 'handled' ? -1 : 1) * (results - h));
  }
  return out.length > 0 ? out : undefined;
}
