/**
 * The report behind the PDF fixtures: our own organ and figures (every table 三 and 四 value distinct and
 * non-zero, all identities hold), written once as blocks with merged table cells and rendered as Markdown
 * (here) and as a print page (pdf-html.ts) that Chromium turns into a PDF, so both can be compared.
 */
import { APPLICATION_ROWS } from '../../src/parser/data/applications.js';

export interface Cell {
  text: string;
  colspan?: number;
  rowspan?: number;
}
export type Grid = Cell[][];
export type Block = { kind: 'title'; text: string } | { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string } | { kind: 'table'; grid: Grid };

const c = (text: string | number, colspan?: number, rowspan?: number): Cell => ({
  text: String(text),
  ...(colspan ? { colspan } : {}),
  ...(rowspan ? { rowspan } : {}),
});

export const ORGAN = '澄江市临湖区交通运输局';
export const YEAR = 2024;
export const APPLICANTS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'] as const;

const OUTCOME_KEYS = APPLICATION_ROWS.map((r) => r.key).filter((k) => !['new', 'carried', 'handled', 'carryForward'].includes(k));

/** Table 三 by row key and column key (total included): outcome row r, column c holds 3 + 7r + c·160. */
export const TABLE3: Record<string, Record<string, number>> = (() => {
  const rows: Record<string, number[]> = {};
  OUTCOME_KEYS.forEach((key, r) => (rows[key] = APPLICANTS.map((_, col) => 3 + 7 * r + col * 160)));
  const handled = APPLICANTS.map((_, col) => OUTCOME_KEYS.reduce((s, k) => s + (rows[k]?.[col] ?? 0), 0));
  const carried = APPLICANTS.map((_, col) => 11 + 4 * col);
  const carryForward = APPLICANTS.map((_, col) => 13 + 5 * col);
  rows['handled'] = handled;
  rows['carried'] = carried;
  rows['carryForward'] = carryForward;
  rows['new'] = APPLICANTS.map((_, col) => handled[col]! + carryForward[col]! - carried[col]!);
  const out: Record<string, Record<string, number>> = {};
  for (const [key, values] of Object.entries(rows)) {
    out[key] = Object.fromEntries(APPLICANTS.map((col, i) => [col, values[i]!]));
    out[key]['total'] = values.reduce((a, b) => a + b, 0);
  }
  return out;
})();

export const TABLE4: Record<string, number[]> = {
  review: [3, 5, 2, 4, 14],
  litigation: [6, 8, 7, 1, 22],
  litigationAfterReview: [9, 12, 10, 11, 42],
};

const GROUP_OF: Record<string, string> = { denied: '（三）不予公开', unavailable: '（四）无法提供', rejected: '（五）不予处理', other: '（六）其他处理' };
const values3 = (key: string): Cell[] => [...APPLICANTS, 'total'].map((col) => c(TABLE3[key]?.[col] ?? 0));

function applicationsGrid(): Grid {
  const grid: Grid = [
    [c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), c('申请人情况', 7)],
    [c('自然人', 0, 2), c('法人或其他组织', 5), c('总计', 0, 2)],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => c(t)),
    [c('一、本年新收政府信息公开申请数量', 3), ...values3('new')],
    [c('二、上年结转政府信息公开申请数量', 3), ...values3('carried')],
  ];
  let group = '';
  OUTCOME_KEYS.forEach((key, i) => {
    const spec = APPLICATION_ROWS.find((r) => r.key === key)!;
    const line: Cell[] = i === 0 ? [c('三、本年度办理结果', 0, OUTCOME_KEYS.length + 1)] : [];
    if (!spec.group) line.push(c(key === 'partial' ? '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' : spec.label, 2));
    else {
      const label = GROUP_OF[spec.group]!;
      if (label !== group) line.push(c(label, 0, OUTCOME_KEYS.filter((k) => APPLICATION_ROWS.find((r) => r.key === k)?.group === spec.group).length));
      group = label;
      line.push(c(spec.label));
    }
    grid.push([...line, ...values3(key)]);
  });
  grid.push([c('（七）总计', 2), ...values3('handled')]);
  grid.push([c('四、结转下年度继续办理', 3), ...values3('carryForward')]);
  return grid;
}

function reviewGrid(): Grid {
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  return [
    [c('行政复议', 5), c('行政诉讼', 10)],
    [...heads.map((h) => c(h, 0, 2)), c('未经复议直接起诉', 5), c('复议后起诉', 5)],
    [...heads, ...heads].map((h) => c(h)),
    [...TABLE4['review']!, ...TABLE4['litigation']!, ...TABLE4['litigationAfterReview']!].map((v) => c(v)),
  ];
}

function activeGrid(): Grid {
  const block = (item: string, head: string, rows: Array<[string, number]>): Grid => [
    [c(item, 4)],
    [c('信息内容'), c(head, 3)],
    ...rows.map(([label, v]): Cell[] => [c(label), c(v, 3)]),
  ];
  return [
    [c('第二十条第（一）项', 4)],
    ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'].map((t) => c(t)),
    [c('规章'), c(4), c(2), c(19)],
    [c('行政规范性文件'), c(7), c(3), c(36)],
    ...block('第二十条第（五）项', '本年处理决定数量', [['行政许可', 286]]),
    ...block('第二十条第（六）项', '本年处理决定数量', [['行政处罚', 73], ['行政强制', 12]]),
    ...block('第二十条第（八）项', '本年收费金额（单位：万元）', [['行政事业性收费', 2.6]]),
  ];
}

export const NEW_TOTAL = TABLE3['new']!['total']!;
export const FEE_NOTICES = TABLE3['other.2']!['total']!;

export const REPORT: Block[] = [
  { kind: 'title', text: `${ORGAN}${YEAR}年政府信息公开工作年度报告` },
  { kind: 'paragraph', text: `本报告依据《中华人民共和国政府信息公开条例》和政府信息公开工作年度报告格式的要求编制。本报告所列数据的统计期限为${YEAR}年1月1日至${YEAR}年12月31日。如对本报告有疑问，请与${ORGAN}办公室联系。` },
  { kind: 'heading', text: '一、总体情况' },
  { kind: 'paragraph', text: `${YEAR}年，本局围绕交通运输重点工作，深化政务公开，规范依申请公开办理流程。全年共收到政府信息公开申请${NEW_TOTAL}件，均在法定期限内答复。` },
  { kind: 'paragraph', text: '全年主动公开政府信息2140条，发布政策解读37篇，回应社会关切问题64个，线上线下同步开展政府开放日活动。' },
  { kind: 'heading', text: '二、主动公开政府信息情况' },
  { kind: 'table', grid: activeGrid() },
  { kind: 'heading', text: '三、收到和处理政府信息公开申请情况' },
  { kind: 'table', grid: applicationsGrid() },
  { kind: 'heading', text: '四、政府信息公开行政复议、行政诉讼情况' },
  { kind: 'table', grid: reviewGrid() },
  { kind: 'heading', text: '五、存在的主要问题及改进情况' },
  { kind: 'paragraph', text: '一是政策解读的形式仍以文字为主，图解、音视频解读偏少；二是部分依申请公开答复文书的说理不够充分。下一步，本局将丰富解读形式，加强答复文书的审核把关，并组织业务培训。' },
  { kind: 'heading', text: '六、其他需要报告的事项' },
  { kind: 'paragraph', text: `本年度共发出收费通知${FEE_NOTICES}件，申请人均未缴纳，实际收取信息处理费0元。` },
  { kind: 'paragraph', text: ORGAN },
  { kind: 'paragraph', text: `${YEAR + 1}年1月18日` },
];

/** Each grid slot with the cell that covers it (a merged cell covers several). */
export function expand(grid: Grid): Cell[][] {
  const out: Cell[][] = grid.map(() => []);
  grid.forEach((line, r) => {
    let col = 0;
    for (const cell of line) {
      while (out[r]?.[col]) col++;
      for (let i = 0; i < (cell.rowspan || 1); i++) for (let j = 0; j < (cell.colspan || 1); j++) if (out[r + i]) out[r + i]![col + j] = cell;
      col += cell.colspan || 1;
    }
  });
  return out;
}

/** Markdown with GFM tables; merged label cells repeat their text, as people do when they retype a table. */
export function toMarkdown(blocks: Block[] = REPORT): string {
  const parts = blocks.map((b) => {
    if (b.kind === 'title') return `# ${b.text}`;
    if (b.kind === 'heading') return `## ${b.text}`;
    if (b.kind === 'paragraph') return b.text;
    // A number merged over several columns is written once, the other slots left empty.
    const text = (cell: Cell, i: number, line: Cell[]): string => (/^[\d.]+$/.test(cell.text) && line[i - 1] === cell ? '' : cell.text);
    const rows = expand(b.grid).map((line) => `| ${line.map((cell, i) => text(cell, i, line)).join(' | ')} |`);
    const width = expand(b.grid)[0]?.length ?? 0;
    return [rows[0], `|${' --- |'.repeat(width)}`, ...rows.slice(1)].join('\n');
  });
  return `${parts.join('\n\n')}\n`;
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
        line[0]?.text === '（七）总计' ? line.map((cell, i) => (i === 1 && cell.text === handled ? { ...cell, text: String(Number(handled) + 10) } : cell)) : line,
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
  const columns = [...APPLICANTS, 'total'];
  const labelOf = (key: string): string => (key === 'partial' ? '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' : APPLICATION_ROWS.find((r) => r.key === key)!.label);
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
  'denied.8': ['business', 'research', 'nonprofit', 'legal', 'other'],
  'rejected.3': ['total'],
};

/** Blank columns of blank-columns.pdf: all five 法人或其他组织 columns, in every row, as a real page has. */
export const BLANK_COLUMNS: Record<string, readonly string[]> = Object.fromEntries(
  Object.keys(TABLE3).map((key) => [key, ['business', 'research', 'nonprofit', 'legal', 'other']]),
);
