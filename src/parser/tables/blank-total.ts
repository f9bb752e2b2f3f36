/**
 * Table 三 with its 总计 column left blank throughout (domain.md: warnings, not a cascade of errors), written as rows
 * of text whose blank cells keep their tab or `|`. A row whose label spans label columns (一、本年新收… ⇥⇥ 232 ⇥ … ⇥ 2637
 * ⇥⇥, seed 000's layout) has blank cells on both sides of its six values, so they may slide a column: 自然人 blank and
 * 2637 the total, or 2637 the 其他 column's and the total blank. Alone the row cannot tell (values.ts leaves it
 * unread, valueCount); the table can: when every row read leaves 总计 blank, and the other reading's total is not
 * the sum of its addends, the six values are the six applicant columns and the total is blank as in every other
 * row (red team rtL F13: rows 一、二、四 were called unreadable beside the blank column's one warning).
 */
import { contentOf, type RawCell } from '../raw-table.js';
import type { RowNode } from '../types.js';
import type { Piece } from './pieces.js';

/** Rows read, out of the template's, before the table's blank 总计 column speaks for the rest: half. */
const MIN_SHARE_READ = 0.5;

/** Whether the rows read leave the 总计 column (`total`) blank throughout, and enough of them were read to say so. */
export function totalBlankThroughout(children: readonly RowNode[], templateRows: number): boolean {
  if (children.length === 0 || children.length < templateRows * MIN_SHARE_READ) return false;
  return children.every((row) => {
    const total = row.children.find((c) => c.key === 'total');
    return total !== undefined && total.content === 'blank' && row.inferred === undefined;
  });
}

/**
 * The row's cells with its total blank: its filled cells one run of plain counts, one fewer than the columns, in a
 * tab or `|` row with a blank cell after them for the total; undefined when the run could equally be the last
 * columns with the first blank (its last value the sum of the others before it) or the row is otherwise unsure.
 */
export function readWithBlankTotal(piece: Piece, columns: number): RawCell[] | undefined {
  const row = piece.valueRow;
  if (!row?.tabular || piece.wrappedRest) return undefined;
  const values = piece.values;
  const filled = values.flatMap((c, i) => (c.text.trim() === '' ? [] : [i]));
  if (filled.length !== columns - 1) return undefined;
  const start = filled[0]!;
  if (filled[filled.length - 1]! - start + 1 !== filled.length || start + columns > values.length) return undefined;
  const counts = filled.map((i) => contentOf(values[i]!));
  if (counts.some((c) => c.content !== 'number' || c.decimal === true || c.value === null)) return undefined;
  const numbers = counts.map((c) => c.value!);
  // The other reading: 自然人 blank, the run's last value the total of the others.
  const last = numbers[numbers.length - 1]!;
  if (numbers.slice(0, -1).reduce((a, b) => a + b, 0) === last) return undefined;
  return values.slice(start, start + columns);
}
