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
 * Numbers a table without its words must hold to be taken for the table (tables/read.ts, and certainty.ts where
 * its section was not placed): about two thirds of table 四's 15.
 */
export const UNLABELLED_NUMBERS: Readonly<Record<TableKey, number>> = { active: 6, applications: 21, review: 10 };

/**
 * What OCR leaves of a table it could not read, in the body's normalised words (certainty.ts): a table not found
 * whose remnants are there is unreadable, never absent. `anywhere`: words only the table prints, in any line: table
 * 三's caption (本列数据的勾稽关系为…第一项加第二项之和) and table 四's header printed two characters a cell, as
 * tesseract reads it (a line 持 正 果 结 计 of the second characters). `inRows`: its row and group labels and header
 * pieces (结果维 ⏎ 持), which sentences write too (未经复议直接起诉的案件, 对属于四类过程性信息的申请, 复议结果维持):
 * evidence only on a line standing as a table's row (certainty.ts `tableLikeText`), never inside prose (review5 F5:
 * a table left out entirely was "unreadable" because a sentence named its labels).
 */
export const TABLE_REMNANTS: Readonly<Partial<Record<TableKey, { anywhere?: RegExp; inRows: RegExp }>>> = {
  // Table 二's header and a row label's start, as OCR leaves them ([行政规范Ht文作 hn4 6 pm |: red team rtR #6).
  active: { inRows: /行政规范|本年制发件数|本年废止件数|现行有效件数|本年处理决定数量/ },
  applications: {
    anywhere: /第一项加第二项/,
    inRows:
      /勾稽关系|没有现成信息需要另行制作|补正后申请内容仍不明确|属于三类内部事务信息|属于四类过程性信息|不再处理其政府信息公/,
  },
  review: { anywhere: /持正果结计/, inRows: /结果维|结果纠|尚未审|未经复议直接起诉|复议后起诉/ },
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
