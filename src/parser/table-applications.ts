/**
 * Reads table 三 (domain.md "How a table 三 row is read"): the header's labels say which columns exist; each
 * data row is recognised by its label (loosely: spaces, breaks and misspellings tolerated) and its values map
 * onto those columns in order. A row whose value count differs is recorded as unreadable, never guessed.
 * Only a rectangular grid maps values by header position.
 */
import type { CellNode, RowNode, TableNode, UnreadableRow } from './types.js';
import {
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  GROUP_MARKERS,
  applicationColumnLabel,
  applicationRowLabel,
  type ResultGroup,
} from './data/applications.js';
import { labelKey, normaliseLabel, similarity } from './labels.js';
import { fitValues, isLabelCell, labelOf, valueCount, makeCell, makeRow, type RawCell, type RawRow, type RawTable } from './raw-table.js';

type Body = Pick<TableNode, 'columns' | 'missingRows' | 'missingColumns' | 'unreadableRows' | 'children'>;

export function readApplicationsTable(table: RawTable): Body {
  const state: MatchState = { group: undefined, seen: new Set() };
  // The first row with a known label and some value cells (header rows hold labels only).
  const firstData = table.rows.findIndex(
    (r) => matchApplicationRow(labelOf(r), { group: undefined, seen: new Set() }) !== undefined && r.cells.some((c) => !isLabelCell(c)),
  );
  const header = firstData < 0 ? table.rows : table.rows.slice(0, firstData);
  const found = findColumns(header);
  const columns = found.size > 0 ? APPLICATION_COLUMNS.map((c) => c.key).filter((k) => found.has(k)) : APPLICATION_COLUMNS.map((c) => c.key);
  const missingColumns = found.size > 0 ? APPLICATION_COLUMNS.map((c) => c.key).filter((k) => !found.has(k)) : [];
  const gridIndex = table.layout === 'grid' ? usableGridIndex(found, columns) : undefined;

  const children: RowNode[] = [];
  const unreadableRows: UnreadableRow[] = [];
  for (const row of firstData < 0 ? [] : table.rows.slice(firstData)) {
    const label = labelOf(row, gridIndex ? Math.min(...gridIndex.values()) : undefined);
    const key = matchApplicationRow(label, state);
    if (key === undefined || state.seen.has(key)) continue;
    state.seen.add(key);
    if (key.startsWith('group:')) {
      unreadableRows.push({ label, reason: 'unknownLabel', ...pos(row) });
      continue;
    }
    const values = gridIndex ? columns.map((k) => cellAt(row, gridIndex.get(k)!)) : fitValues(row, columns.length);
    if (!values) {
      unreadableRows.push({ key, label, reason: 'valueCount', expected: columns.length, actual: valueCount(row), ...pos(row) });
      continue;
    }
    const rowLabel = applicationRowLabel(key);
    const cells: CellNode[] = values.map((v, i) => makeCell(v, columns[i], `表三「${rowLabel}」行·${applicationColumnLabel(columns[i]!)}`));
    children.push(makeRow(key, label, cells, row.position));
  }
  const found2 = new Set([...children.map((r) => r.key), ...unreadableRows.map((u) => u.key)]);
  const missingRows = APPLICATION_ROWS.map((r) => r.key).filter((k) => !found2.has(k));
  return { columns, missingColumns, missingRows, unreadableRows, children };
}

function pos(row: RawRow): { position?: NonNullable<RawRow['position']> } {
  return row.position ? { position: row.position } : {};
}

/** Column key → the index of its header cell (first header row that names it). */
function findColumns(header: RawRow[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const row of header) {
    row.cells.forEach((cell, i) => {
      const text = normaliseLabel(cell.text);
      if (!text || text.length > 12) return;
      for (const spec of APPLICATION_COLUMNS) if (!found.has(spec.key) && spec.match(text)) found.set(spec.key, i);
    });
  }
  return found;
}

/** Header positions are trusted only when every column sits in its own grid column, in template order. */
function usableGridIndex(found: Map<string, number>, columns: string[]): Map<string, number> | undefined {
  const indices = columns.map((k) => found.get(k));
  if (indices.some((i) => i === undefined)) return undefined;
  for (let i = 1; i < indices.length; i++) if (indices[i]! <= indices[i - 1]!) return undefined;
  return found;
}

function cellAt(row: RawRow, index: number): RawCell {
  const cell = row.cells[index];
  if (!cell) return { text: '', spanned: false };
  return cell.spanned ? { text: '', spanned: false, ...(cell.position ? { position: cell.position } : {}) } : cell;
}

interface MatchState {
  group: ResultGroup | undefined;
  seen: Set<string>;
}

/** The row key of a table 三 label, or `group:<g>` for a group label standing alone; undefined when none. */
export function matchApplicationRow(label: string, state: MatchState): string | undefined {
  let text = labelKey(label);
  if (!text) return undefined;
  if (text.includes('本年新收')) return 'new';
  if (text.includes('上年结转')) return 'carried';
  if (text.includes('结转下年度')) return 'carryForward';
  if (text.includes('部分公开')) return take(state, 'partial');
  for (const [group, marker] of GROUP_MARKERS) {
    if (text.includes(marker)) {
      state.group = group;
      text = text.replace(marker, '').replace('本年度办理结果', '');
      if (!text) return `group:${group}`;
    }
  }
  if (text.includes('予以公开') && !text.includes('不予')) return take(state, 'granted');
  text = text.replace('本年度办理结果', '');
  // Only a label that is 总计 alone: a header line 「自然人 总计」 is not the （七）总计 row.
  if (text === '总计' || text === '合计') {
    state.group = undefined;
    return 'handled';
  }
  if (!state.group || !text) return undefined;
  let best: string | undefined;
  let bestScore = 0;
  for (const row of APPLICATION_ROWS) {
    if (row.group !== state.group || state.seen.has(row.key)) continue;
    const score = similarity(text, row.core);
    if (score > bestScore) [best, bestScore] = [row.key, score];
  }
  return bestScore >= 0.5 ? best : undefined;
}

function take(state: MatchState, key: string): string {
  state.group = undefined;
  return key;
}
