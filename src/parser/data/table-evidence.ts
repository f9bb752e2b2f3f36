/**
 * Evidence that a table of the template is in the text — one list for the table reader (which items belong to
 * the table's region: tables/read.ts) and for the reading certainty (a table not found but whose words are in
 * the body is `unreadable`, not `absent`: certainty.ts). docs/architecture.md, "Reading certainty".
 */
import type { TableKey, TableKind } from '../types.js';

export const TABLE_EVIDENCE: Readonly<Record<TableKey, { table: RegExp; line: RegExp }>> = {
  // In a table: its row or column words (a grid holds nothing but the table).
  // In a line: only words prose does not use (a sentence says 予以公开 or 行政复议, never 结转下年度继续办理 or 尚未审结).
  active: { table: /行政规范性文件|行政事业性收费|第二十条|行政许可|行政处罚/, line: /行政规范性文件|行政事业性收费|第二十条第/ },
  applications: {
    table: /本年新收|上年结转|结转下年度|予以公开|不予公开/,
    line: /本年新收政府信息公开申请|上年结转政府信息公开申请|结转下年度继续办理/,
  },
  review: { table: /结果维持|结果纠正|尚未审结|维持|审结|行政复议.*行政诉讼/, line: /结果维持|结果纠正|尚未审结|其他结果/ },
};

/**
 * A table outside every table's region is classified by its labels (tables.ts): the first kind with a group
 * of words that all occur. Pairs where one word alone is also another table's (予以公开, 行政许可, 行政复议).
 */
export const TABLE_KIND_WORDS: ReadonlyArray<readonly [TableKind, ReadonlyArray<readonly string[]>]> = [
  ['applications', [['本年新收'], ['结转下年度'], ['予以公开', '不予公开']]],
  ['review', [['行政复议', '行政诉讼'], ['结果维持'], ['结果纠正'], ['尚未审结']]],
  ['active', [['第二十条'], ['行政规范性文件'], ['行政事业性收费'], ['行政许可', '行政处罚']]],
];
