/** The short names the format gives its three tables (表二, 表三, 表四), used in findings and reading reasons. */
import type { TableKey } from '../types.js';

export const TABLE_NAMES: Readonly<Record<TableKey, string>> = { active: '表二', applications: '表三', review: '表四' };
/** Their English names, for messages in English. */
export const TABLE_NAMES_EN: Readonly<Record<TableKey, string>> = {
  active: 'table 2',
  applications: 'table 3',
  review: 'table 4',
};

/** The short name of a table of any kind: an unclassified table is 表格. */
export function tableName(kind: string): string {
  return (TABLE_NAMES as Readonly<Record<string, string>>)[kind] ?? '表格';
}
