/**
 * The figures of tables 三 and 四 that add up across organs: table 三's 总计 column by row, table 四 by
 * `group.column`. Read once here for the engine's facts (what a batch summary keeps of each report) and for the
 * roll-up rule (a parent's own figures), so the two always read a cell alike.
 */
import { APPLICATION_ROWS } from '../../parser/data/applications.js';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../../parser/data/review.js';
import { getCell } from '../../parser/query.js';
import type { TableNode } from '../../parser/types.js';

/** A figure by key; null when blank, text or in a row that could not be read. */
export type Figures = Record<string, number | null>;

function usable(table: TableNode, row: string, column: string): number | null {
  if (table.unreadableRows.some((r) => r.key === row)) return null;
  const cell = getCell(table, row, column);
  return cell && cell.content === 'number' && cell.value !== null ? cell.value : null;
}

/** Table 三's 总计 column by row key; null for a 2019 table, whose rows are other rows. */
export function applicationTotals(table: TableNode | undefined): Figures | null {
  if (!table || table.template === '2019') return null;
  const out: Figures = {};
  for (const { key } of APPLICATION_ROWS) out[key] = usable(table, key, 'total');
  return out;
}

/** Table 四 by `group.column` (review.total, litigation.corrected …). */
export function reviewCells(table: TableNode | undefined): Figures | null {
  if (!table) return null;
  const out: Figures = {};
  for (const group of REVIEW_GROUPS)
    for (const column of REVIEW_COLUMNS) out[`${group}.${column}`] = usable(table, group, column);
  return out;
}
