/** Classifies a table by its labels (never by where it stands), for tables outside every table's region. */
import type { TableKind } from './types.js';
import { normaliseLabel } from './labels.js';
import { tableText, type RawTable } from './raw-table.js';
import { TABLE_KIND_WORDS } from './data/table-evidence.js';

export function classifyTable(table: RawTable): TableKind {
  const text = normaliseLabel(tableText(table));
  for (const [kind, groups] of TABLE_KIND_WORDS) {
    if (groups.some((words) => words.every((w) => text.includes(w)))) return kind;
  }
  return 'unknown';
}
