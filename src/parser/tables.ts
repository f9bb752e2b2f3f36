/** Classifies a table by its labels (never by where it stands) and reads it into a report table node. */
import type { TableKind, TableNode } from './types.js';
import { normaliseLabel } from './labels.js';
import { readApplicationsTable } from './table-applications.js';
import { readActiveTable } from './table-active.js';
import { readReviewTable } from './table-review.js';
import { tableText, type RawTable } from './raw-table.js';

export function classifyTable(table: RawTable): TableKind {
  const text = normaliseLabel(tableText(table));
  if (text.includes('本年新收') || text.includes('结转下年度') || (text.includes('予以公开') && text.includes('不予公开'))) return 'applications';
  if (text.includes('行政复议') && text.includes('行政诉讼')) return 'review';
  if (
    text.includes('第二十条') ||
    text.includes('行政规范性文件') ||
    text.includes('行政事业性收费') ||
    (text.includes('行政许可') && text.includes('行政处罚'))
  )
    return 'active';
  return 'unknown';
}

export function readTable(table: RawTable): TableNode {
  const kind = classifyTable(table);
  const base = {
    type: 'table' as const,
    kind,
    template: '2021' as const,
    layout: table.layout,
    outdatedLabels: [] as string[],
    ...(table.position ? { position: table.position } : {}),
  };
  if (kind === 'applications') return { ...base, ...readApplicationsTable(table) };
  if (kind === 'review') return { ...base, ...readReviewTable(table) };
  if (kind === 'active') return { ...base, ...readActiveTable(table) };
  return { ...base, columns: [], missingRows: [], missingColumns: [], unreadableRows: [], children: [] };
}
