/**
 * The 2021 template's printed labels for every invented test report (the fixture model, docs/fuzzing.md):
 * section headings, table 二 items, table 三 rows, columns and header, table 四 groups and columns. Whatever
 * the parser knows comes from src/parser/data, so a label changed there changes every fixture; the few
 * wordings the parser never needs to read (the header note of table 三, 信息内容, the 第二十条 items) are
 * written here, once. No other test file lists the template's labels.
 */
import { ACTIVE_COLUMN_LABELS, ACTIVE_ROWS } from '../../src/parser/data/active.js';
import {
  APPLICANT_COLUMNS,
  APPLICATION_COLUMNS,
  APPLICATION_ROWS,
  GROUP_LABELS,
  RESULT_ROWS,
  type ResultGroup,
} from '../../src/parser/data/applications.js';
import { REVIEW_COLUMN_LABELS, REVIEW_COLUMNS, REVIEW_GROUP_LABELS, REVIEW_GROUPS } from '../../src/parser/data/review.js';
import { SECTIONS } from '../../src/parser/data/sections.js';
import type { SectionKey } from '../../src/parser/types.js';

export { APPLICATION_ROWS, GROUP_LABELS, RESULT_ROWS, REVIEW_COLUMNS, REVIEW_GROUPS };

// ---------------------------------------------------------------------------------------------------------
// Sections.

/** The section keys in the format's order. */
export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((s) => s.key);
/** Each section's canonical heading with its numeral: 一、总体情况. */
export const HEADING: Readonly<Record<SectionKey, string>> = Object.fromEntries(
  SECTIONS.map((s) => [s.key, s.canonical]),
) as Record<SectionKey, string>;
/** Each section's canonical words without the numeral: 总体情况. */
export const HEADING_WORDS: Readonly<Record<SectionKey, string>> = Object.fromEntries(
  SECTIONS.map((s) => [s.key, s.canonical.slice(s.numeral.length + 1)]),
) as Record<SectionKey, string>;

// ---------------------------------------------------------------------------------------------------------
// Table 三.

export const APPLICANTS = APPLICANT_COLUMNS;
/** Applicant columns and 总计. */
export const COLUMNS = [...APPLICANT_COLUMNS, 'total'] as const;
const COLUMN_LABELS = Object.fromEntries(APPLICATION_COLUMNS.map((col) => [col.key, col.label]));
/** A column key's header label: natural → 自然人. */
export const columnLabel = (key: string): string => COLUMN_LABELS[key]!;
/** Header labels of the seven value columns, natural … total. */
export const COLUMN_LABEL_LIST: readonly string[] = COLUMNS.map(columnLabel);
/** The five columns under 法人或其他组织 (business … other). */
export const ORGANISATION_COLUMNS: readonly string[] = APPLICANT_COLUMNS.slice(1);

/** Table 三's header words the parser reads by their columns only, never by these texts. */
export const APPLICATIONS_HEADER = {
  note: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  applicants: '申请人情况',
  organisations: '法人或其他组织',
  results: '三、本年度办理结果',
} as const;

/** The template's full label of （二）, which the parser's data shortens to （二）部分公开. */
const PARTIAL_LABEL = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';

/** Row keys in the template's order (new, carried, the 21 results, handled, carryForward). */
export const ROW_ORDER: readonly string[] = APPLICATION_ROWS.map((r) => r.key);

/** A row's own printed label (the sub-label for a grouped row): 一、本年新收…, （一）予以公开, 1.属于国家秘密. */
export function rowLabel(key: string): string {
  if (key === 'partial') return PARTIAL_LABEL;
  return APPLICATION_ROWS.find((r) => r.key === key)!.label;
}

/** The group of a result row key (denied, unavailable, rejected, other), if it has one. */
export const groupOf = (key: string): ResultGroup | undefined => APPLICATION_ROWS.find((r) => r.key === key)?.group;

/** How many sub-rows a group has (（三）不予公开: 8). */
export const groupSize = (group: ResultGroup): number => APPLICATION_ROWS.filter((r) => r.group === group).length;

/** The keys of （六）其他处理's three sub-rows, which the 2019 template printed as one row. */
export const OTHER_SUB_ROWS: readonly string[] = APPLICATION_ROWS.filter((r) => r.group === 'other').map((r) => r.key);

// ---------------------------------------------------------------------------------------------------------
// Table 四.

/** Column heads of each group: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计. */
export const REVIEW_HEADS: readonly string[] = REVIEW_COLUMNS.map((k) => REVIEW_COLUMN_LABELS[k]!);
/** A group's printed header words, outermost first: ['行政复议'], ['行政诉讼', '未经复议直接起诉']. */
export const reviewGroupWords = (group: string): string[] => REVIEW_GROUP_LABELS[group]!.split('·');
/** The two top-level heads of table 四: 行政复议, 行政诉讼. */
export const REVIEW_TOP = [reviewGroupWords('review')[0]!, reviewGroupWords('litigation')[0]!] as const;

// ---------------------------------------------------------------------------------------------------------
// Table 二.

/** Which item of article 20 each row of table 二 belongs to: the template prints the item above its rows. */
const ACTIVE_ITEM: Readonly<Record<string, string>> = {
  regulations: '第二十条第（一）项',
  normativeDocuments: '第二十条第（一）项',
  licensing: '第二十条第（五）项',
  punishment: '第二十条第（六）项',
  coercion: '第二十条第（六）项',
  fees: '第二十条第（八）项',
};
/** The head over table 二's row labels. */
export const ACTIVE_CONTENT_HEAD = '信息内容';

/** Table 二's figures by row key: 规章 and 规范性文件 (制发, 废止, 现行有效), one figure for each other row. */
export type Table2 = Record<'regulations' | 'normativeDocuments' | 'licensing' | 'punishment' | 'coercion' | 'fees', number[]>;
type ActiveBlock = [item: string, heads: string[], rows: Array<[label: string, values: number[]]>];

/** Table 二's item blocks in the 2021 template: item, column heads, and each row's label and figures. */
export function activeBlocks(t: Table2): ActiveBlock[] {
  const blocks: ActiveBlock[] = [];
  for (const row of ACTIVE_ROWS) {
    const item = ACTIVE_ITEM[row.key]!;
    let block = blocks.find(([name]) => name === item);
    if (!block) blocks.push((block = [item, row.columns.map((col) => ACTIVE_COLUMN_LABELS[col]!), []]));
    block[2].push([row.label, t[row.key as keyof Table2]]);
  }
  return blocks;
}

/**
 * Table 二 as the outdated 2019 template printed it (新制作/新公开/对外公开总数量, 上一年项目数量/本年增/减,
 * a （九） block): item, heads and row labels; the parser knows these only normalised (OUTDATED_LABELS).
 */
export const ACTIVE_2019: ReadonlyArray<[item: string, heads: string[], rows: string[]]> = [
  ['第二十条第（一）项', ['本年新制作数量', '本年新公开数量', '对外公开总数量'], ['规章', '规范性文件']],
  ['第二十条第（五）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政许可']],
  ['第二十条第（六）项', ['上一年项目数量', '本年增/减', '处理决定数量'], ['行政处罚', '行政强制']],
  ['第二十条第（八）项', ['上一年项目数量', '本年增/减'], ['行政事业性收费']],
  ['第二十条第（九）项', ['采购项目数量', '采购总金额'], ['政府集中采购']],
];
