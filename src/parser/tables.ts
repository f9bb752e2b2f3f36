/** Classifies a table by its labels (never by where it stands), for tables outside every table's region. */
import type { TableKind } from './types.js';
import { normaliseLabel } from './labels.js';
import { tableText, type RawTable } from './raw-table.js';

export function classifyTable(table: RawTable): TableKind {
  const text = normaliseLabel(tableText(table));
  if (text.includes('本年新收') || text.includes('结转下年度') || (text.includes('予以公开') && text.includes('不予公开'))) return 'applications';
  if ((text.includes('行政复议') && text.includes('行政诉讼')) || /结果维持|结果纠正|尚未审结/.test(text)) return 'review';
  if (
    text.includes('第二十条') ||
    text.includes('行政规范性文件') ||
    text.includes('行政事业性收费') ||
    (text.includes('行政许可') && text.includes('行政处罚'))
  )
    return 'active';
  return 'unknown';
}
