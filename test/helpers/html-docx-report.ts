/**
 * One invented annual report (every table 三 and 四 value distinct and non-zero, totals consistent),
 * written once as data for the html/docx equivalence: rendered as Markdown with GFM tables here, and as a
 * web page and a .docx by html-docx-render.ts. Tables are described with their merged cells (report-model.ts),
 * so the HTML gets colspan/rowspan and the Word XML gridSpan/vMerge, as real files have.
 */
import { activeGrid, applicationsGrid, layout, reviewGrid, table3From, toMarkdown as renderMarkdown } from './report-model.js';
import type { Block, Cell, Table3, Table4 } from './report-model.js';
import { HEADING, type Table2 } from '../fuzz/template.js';

export type { Block } from './report-model.js';

export const ORGAN = '青禾市河湾区数据资源局';

/** Table 三 values by row key and column key (with `total`): result row r, column c holds r + 1 + 22c. */
export const APPLICATIONS: Table3 = table3From(
  (r, col) => r + 1 + 22 * col,
  (col) => 140 + 2 * col,
  (col) => 141 + 2 * col,
);

/** Table 四 by group: upheld, corrected, other, pending, total. */
export const REVIEW: Table4 = {
  review: [2, 3, 4, 5, 14],
  litigation: [6, 7, 8, 9, 30],
  litigationAfterReview: [10, 11, 12, 13, 46],
};

const ACTIVE: Table2 = {
  regulations: [3, 1, 12],
  normativeDocuments: [8, 2, 31],
  licensing: [415],
  punishment: [96],
  coercion: [17],
  fees: [1.25],
};

const NEW_TOTAL = APPLICATIONS['new']?.['total'] ?? 0;
const FEE_NOTICES = APPLICATIONS['other.2']?.['total'] ?? 0;

export const REPORT: Block[] = [
  { kind: 'title', text: `${ORGAN}2024年政府信息公开工作年度报告` },
  {
    kind: 'paragraph',
    text: `本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据的统计期限为2024年1月1日至2024年12月31日。如对本报告有疑问，请与${ORGAN}办公室联系（电话：0571-86120345）。`,
  },
  { kind: 'heading', text: HEADING.overview },
  {
    kind: 'paragraph',
    text: `2024年，本局坚持以公开为常态、不公开为例外，全面推进政务公开标准化规范化。全年共收到政府信息公开申请${NEW_TOTAL}件，均在法定期限内答复。`,
  },
  { kind: 'paragraph', text: '（一）主动公开' },
  { kind: 'paragraph', text: '全年主动公开政府信息1326条，其中政策解读48条。' },
  { kind: 'heading', text: HEADING.active },
  { kind: 'table', grid: activeGrid(ACTIVE) },
  { kind: 'heading', text: HEADING.applications },
  { kind: 'table', grid: applicationsGrid(APPLICATIONS) },
  { kind: 'heading', text: HEADING.review },
  { kind: 'table', grid: reviewGrid(REVIEW) },
  { kind: 'heading', text: HEADING.problems },
  { kind: 'paragraph', text: '政策解读形式较为单一，依申请公开答复文书有待进一步规范。下一步将丰富图解、视频等解读形式。' },
  { kind: 'heading', text: HEADING.other },
  { kind: 'paragraph', text: `本年度共发出收费通知${FEE_NOTICES}件，实际收取信息处理费0元。` },
  { kind: 'paragraph', text: ORGAN },
  { kind: 'paragraph', text: '2025年1月20日' },
];

/** Markdown with GFM tables: a merged cell's text goes in its first slot, the slots it covered stay blank. */
export function toMarkdown(blocks: Block[] = REPORT): string {
  return renderMarkdown(blocks);
}

/**
 * The same report with defects: no statistical period, （一）予以公开·自然人 off by 8 (breaking the row
 * total and the column's sums), and 行政复议 总计 one more than its parts.
 */
export function defectiveReport(): Block[] {
  const blocks: Block[] = structuredClone(REPORT);
  const preamble = blocks[1];
  if (preamble?.kind === 'paragraph') preamble.text = preamble.text.replace(/本报告所列数据的统计期限为[^。]*。/, '');
  const cell = (table: number, row: number, col: number): Cell | undefined => {
    const t = blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')[table];
    return t && layout(t.grid)[row]?.[col]?.cell;
  };
  const granted = cell(1, 5, 3);
  const reviewTotal = cell(2, 3, 4);
  if (granted?.text !== '1' || reviewTotal?.text !== '14') throw new Error('fixture layout changed');
  granted.text = '9';
  reviewTotal.text = '15';
  return blocks;
}

/**
 * The report with table 三 cut in two after `at` grid rows, as a page break or an editor leaves it: the
 * first part's rowspans are clipped, and the cells they covered below the cut are simply gone.
 */
export function splitApplicationsReport(at: number): Block[] {
  const blocks: Block[] = structuredClone(REPORT);
  const index = blocks.findIndex((b) => b.kind === 'table' && b.grid.length > 20);
  const table = blocks[index];
  if (table?.kind !== 'table') throw new Error('fixture layout changed');
  const first = table.grid
    .slice(0, at)
    .map((line, r) => line.map((cell) => (cell.rowspan && r + cell.rowspan > at ? { ...cell, rowspan: at - r } : cell)));
  blocks.splice(index, 1, { kind: 'table', grid: first }, { kind: 'table', grid: table.grid.slice(at) });
  return blocks;
}
