/**
 * The report behind the PDF fixtures: our own organ and figures (every table 三 and 四 value distinct and
 * non-zero, all identities hold), written once as blocks with merged table cells (report-model.ts) and rendered as Markdown
 * (here) and as a print page (pdf-html.ts) that Chromium turns into a PDF, so both can be compared.
 */
import { COLUMNS, HEADING, ORGANISATION_COLUMNS, rowLabel, type Table2 } from '../fuzz/template.js';
import { activeGrid, applicationsGrid, reviewGrid, table3From, toMarkdown as renderMarkdown } from './report-model.js';
import type { Block, Table3, Table4 } from './report-model.js';

export type { Block } from './report-model.js';
export { APPLICANTS } from '../fuzz/template.js';

export const ORGAN = '澄江市临湖区交通运输局';
export const YEAR = 2024;

/** Table 三 by row key and column key (total included): result row r, column c holds 3 + 7r + c·160. */
export const TABLE3: Table3 = table3From(
  (r, col) => 3 + 7 * r + col * 160,
  (col) => 11 + 4 * col,
  (col) => 13 + 5 * col,
);

export const TABLE4: Table4 = {
  review: [3, 5, 2, 4, 14],
  litigation: [6, 8, 7, 1, 22],
  litigationAfterReview: [9, 12, 10, 11, 42],
};

const ACTIVE: Table2 = {
  regulations: [4, 2, 19],
  normativeDocuments: [7, 3, 36],
  licensing: [286],
  punishment: [73],
  coercion: [12],
  fees: [2.6],
};

export const NEW_TOTAL = TABLE3['new']!['total']!;
export const FEE_NOTICES = TABLE3['other.2']!['total']!;

export const REPORT: Block[] = [
  { kind: 'title', text: `${ORGAN}${YEAR}年政府信息公开工作年度报告` },
  {
    kind: 'paragraph',
    text: `本报告依据《中华人民共和国政府信息公开条例》和政府信息公开工作年度报告格式的要求编制。本报告所列数据的统计期限为${YEAR}年1月1日至${YEAR}年12月31日。如对本报告有疑问，请与${ORGAN}办公室联系。`,
  },
  { kind: 'heading', text: HEADING.overview },
  {
    kind: 'paragraph',
    text: `${YEAR}年，本局围绕交通运输重点工作，深化政务公开，规范依申请公开办理流程。全年共收到政府信息公开申请${NEW_TOTAL}件，均在法定期限内答复。`,
  },
  {
    kind: 'paragraph',
    text: '全年主动公开政府信息2140条，发布政策解读37篇，回应社会关切问题64个，线上线下同步开展政府开放日活动。',
  },
  { kind: 'heading', text: HEADING.active },
  { kind: 'table', grid: activeGrid(ACTIVE) },
  { kind: 'heading', text: HEADING.applications },
  { kind: 'table', grid: applicationsGrid(TABLE3) },
  { kind: 'heading', text: HEADING.review },
  { kind: 'table', grid: reviewGrid(TABLE4) },
  { kind: 'heading', text: HEADING.problems },
  {
    kind: 'paragraph',
    text: '一是政策解读的形式仍以文字为主，图解、音视频解读偏少；二是部分依申请公开答复文书的说理不够充分。下一步，本局将丰富解读形式，加强答复文书的审核把关，并组织业务培训。',
  },
  { kind: 'heading', text: HEADING.other },
  { kind: 'paragraph', text: `本年度共发出收费通知${FEE_NOTICES}件，申请人均未缴纳，实际收取信息处理费0元。` },
  { kind: 'paragraph', text: ORGAN },
  { kind: 'paragraph', text: `${YEAR + 1}年1月18日` },
];

/** Markdown with GFM tables; merged label cells repeat their text, as people do when they retype a table. */
export function toMarkdown(blocks: Block[] = REPORT): string {
  return renderMarkdown(blocks, { repeatLabels: true });
}

/**
 * The report with three defects, for comparing findings: （七）总计 for 自然人 off by 10, a period of half
 * a year, and a fee statement saying no notice was issued although table 三 counts unpaid notices.
 */
export function withDefects(blocks: Block[] = REPORT): Block[] {
  const handled = String(TABLE3['handled']!['natural']);
  return blocks.map((b): Block => {
    if (b.kind === 'table') {
      const grid = b.grid.map((line) =>
        line[0]?.text === rowLabel('handled')
          ? line.map((cell, i) => (i === 1 && cell.text === handled ? { ...cell, text: String(Number(handled) + 10) } : cell))
          : line,
      );
      return { kind: 'table', grid };
    }
    if (b.kind !== 'paragraph') return b;
    if (b.text.includes('收费通知')) return { kind: 'paragraph', text: '本年度未发出收费通知，未收取信息处理费。' };
    return { kind: 'paragraph', text: b.text.replace(`至${YEAR}年12月31日`, `至${YEAR}年6月30日`) };
  });
}

/** The report with some table 三 cells left empty (row key → column keys). */
export function withBlanks(blanks: Record<string, readonly string[]>, blocks: Block[] = REPORT): Block[] {
  const columns: readonly string[] = COLUMNS;
  const labelOf = rowLabel;
  return blocks.map((b): Block => {
    if (b.kind !== 'table') return b;
    const grid = b.grid.map((line) => {
      const key = Object.keys(blanks).find((k) => line.some((cell) => cell.text === labelOf(k)));
      if (!key) return line;
      const first = line.length - columns.length;
      return line.map((cell, i) => (i >= first && blanks[key]!.includes(columns[i - first]!) ? { ...cell, text: '' } : cell));
    });
    return { kind: 'table', grid };
  });
}

/** Blank cells of blank-cells.pdf: a first column, a whole 法人或其他组织 group, a last column. */
export const BLANKS: Record<string, readonly string[]> = {
  granted: ['natural'],
  'denied.8': ORGANISATION_COLUMNS,
  'rejected.3': ['total'],
};

/** Blank columns of blank-columns.pdf: all five 法人或其他组织 columns, in every row, as a real page has. */
export const BLANK_COLUMNS: Record<string, readonly string[]> = Object.fromEntries(
  Object.keys(TABLE3).map((key) => [key, ORGANISATION_COLUMNS]),
);
