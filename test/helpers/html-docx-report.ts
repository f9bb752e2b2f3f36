/**
 * One invented annual report (every table 三 and 四 value distinct and non-zero, totals consistent),
 * written once as data for the html/docx equivalence: rendered as Markdown with GFM tables here, and as a
 * web page and a .docx by report-render.ts. Tables are described with their merged cells, so the HTML
 * gets colspan/rowspan and the Word XML gridSpan/vMerge, as real files have.
 */

export interface Cell {
  text: string;
  colspan?: number;
  rowspan?: number;
}
export type Grid = Cell[][];

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; grid: Grid };

const c = (text: string | number, colspan?: number, rowspan?: number): Cell => ({
  text: String(text),
  ...(colspan ? { colspan } : {}),
  ...(rowspan ? { rowspan } : {}),
});

export const ORGAN = '青禾市河湾区数据资源局';
export const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other'] as const;

type Outcome = [key: string, group: string, label: string];
const numbered = (prefix: string, group: string, labels: string[]): Outcome[] =>
  labels.map((l, i) => [`${prefix}.${i + 1}`, group, `${i + 1}.${l}`]);

/** Table 三's 21 outcome rows: key, group label, own label (empty when the group label is the row's). */
const OUTCOMES: Outcome[] = [
  ['granted', '（一）予以公开', ''],
  ['partial', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', ''],
  ...numbered('denied', '（三）不予公开', ['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”', '保护第三方合法权益', '属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷', '属于行政查询事项']),
  ...numbered('unavailable', '（四）无法提供', ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确']),
  ...numbered('rejected', '（五）不予处理', ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息']),
  ...numbered('other', '（六）其他处理', ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '其他']),
];

/** Table 三 values by row key and column key (with `total`): outcome row r, column c holds r + 1 + 22c. */
export const APPLICATIONS: Record<string, Record<string, number>> = (() => {
  const rows: Record<string, number[]> = {};
  OUTCOMES.forEach(([key], r) => (rows[key] = COLUMNS.map((_, col) => r + 1 + 22 * col)));
  const handled = COLUMNS.map((_, col) => OUTCOMES.reduce((sum, [key]) => sum + (rows[key]?.[col] ?? 0), 0));
  const carried = COLUMNS.map((_, col) => 140 + 2 * col);
  const carryForward = COLUMNS.map((_, col) => 141 + 2 * col);
  const fresh = COLUMNS.map((_, col) => (handled[col] ?? 0) + (carryForward[col] ?? 0) - (carried[col] ?? 0));
  Object.assign(rows, { new: fresh, carried, handled, carryForward });
  const out: Record<string, Record<string, number>> = {};
  for (const [key, values] of Object.entries(rows)) {
    const row: Record<string, number> = Object.fromEntries(COLUMNS.map((col, i) => [col, values[i] ?? 0]));
    row['total'] = values.reduce((a, b) => a + b, 0);
    out[key] = row;
  }
  return out;
})();

/** Table 四 by group: upheld, corrected, other, pending, total. */
export const REVIEW: Record<string, number[]> = {
  review: [2, 3, 4, 5, 14],
  litigation: [6, 7, 8, 9, 30],
  litigationAfterReview: [10, 11, 12, 13, 46],
};

const row3 = (key: string): Cell[] => [...COLUMNS, 'total'].map((col) => c(APPLICATIONS[key]?.[col] ?? 0));

function applicationsGrid(): Grid {
  const grid: Grid = [
    [c('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', 3, 3), c('申请人情况', 7)],
    [c('自然人', 0, 2), c('法人或其他组织', 5), c('总计', 0, 2)],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((t) => c(t)),
    [c('一、本年新收政府信息公开申请数量', 3), ...row3('new')],
    [c('二、上年结转政府信息公开申请数量', 3), ...row3('carried')],
  ];
  let group = '';
  OUTCOMES.forEach(([key, groupLabel, label], i) => {
    // 三、本年度办理结果 spans the 21 outcomes and （七）总计: 22 rows, as in the template.
    const line: Cell[] = i === 0 ? [c('三、本年度办理结果', 0, 22)] : [];
    if (!label) line.push(c(groupLabel, 2));
    else if (groupLabel !== group) line.push(c(groupLabel, 0, OUTCOMES.filter((o) => o[1] === groupLabel).length));
    if (label) line.push(c(label));
    group = groupLabel;
    grid.push([...line, ...row3(key)]);
  });
  grid.push([c('（七）总计', 2), ...row3('handled')]);
  grid.push([c('四、结转下年度继续办理', 3), ...row3('carryForward')]);
  return grid;
}

function reviewGrid(): Grid {
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const values = [...(REVIEW['review'] ?? []), ...(REVIEW['litigation'] ?? []), ...(REVIEW['litigationAfterReview'] ?? [])];
  return [
    [c('行政复议', 5), c('行政诉讼', 10)],
    [...heads.map((h) => c(h, 0, 2)), c('未经复议直接起诉', 5), c('复议后起诉', 5)],
    [...heads, ...heads].map((h) => c(h)),
    values.map((v) => c(v)),
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
    [c('规章'), c(3), c(1), c(12)],
    [c('行政规范性文件'), c(8), c(2), c(31)],
    ...block('第二十条第（五）项', '本年处理决定数量', [['行政许可', 415]]),
    ...block('第二十条第（六）项', '本年处理决定数量', [['行政处罚', 96], ['行政强制', 17]]),
    ...block('第二十条第（八）项', '本年收费金额（单位：万元）', [['行政事业性收费', 1.25]]),
  ];
}

export const NEW_TOTAL = APPLICATIONS['new']?.['total'] ?? 0;
export const FEE_NOTICES = APPLICATIONS['other.2']?.['total'] ?? 0;

export const REPORT: Block[] = [
  { kind: 'title', text: `${ORGAN}2024年政府信息公开工作年度报告` },
  { kind: 'paragraph', text: `本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据的统计期限为2024年1月1日至2024年12月31日。如对本报告有疑问，请与${ORGAN}办公室联系（电话：0571-86120345）。` },
  { kind: 'heading', text: '一、总体情况' },
  { kind: 'paragraph', text: `2024年，本局坚持以公开为常态、不公开为例外，全面推进政务公开标准化规范化。全年共收到政府信息公开申请${NEW_TOTAL}件，均在法定期限内答复。` },
  { kind: 'paragraph', text: '（一）主动公开' },
  { kind: 'paragraph', text: '全年主动公开政府信息1326条，其中政策解读48条。' },
  { kind: 'heading', text: '二、主动公开政府信息情况' },
  { kind: 'table', grid: activeGrid() },
  { kind: 'heading', text: '三、收到和处理政府信息公开申请情况' },
  { kind: 'table', grid: applicationsGrid() },
  { kind: 'heading', text: '四、政府信息公开行政复议、行政诉讼情况' },
  { kind: 'table', grid: reviewGrid() },
  { kind: 'heading', text: '五、存在的主要问题及改进情况' },
  { kind: 'paragraph', text: '政策解读形式较为单一，依申请公开答复文书有待进一步规范。下一步将丰富图解、视频等解读形式。' },
  { kind: 'heading', text: '六、其他需要报告的事项' },
  { kind: 'paragraph', text: `本年度共发出收费通知${FEE_NOTICES}件，实际收取信息处理费0元。` },
  { kind: 'paragraph', text: ORGAN },
  { kind: 'paragraph', text: '2025年1月20日' },
];

export interface Slot {
  cell: Cell;
  top: boolean;
  left: boolean;
}

/** Where every cell of a grid lands once spans are laid out (written apart from the adapter's own code). */
export function layout(grid: Grid): Slot[][] {
  const out: Slot[][] = grid.map(() => []);
  grid.forEach((line, r) => {
    let col = 0;
    for (const cell of line) {
      while (out[r]?.[col]) col++;
      for (let i = 0; i < (cell.rowspan ?? 1); i++) {
        for (let j = 0; j < (cell.colspan ?? 1); j++) {
          const target = out[r + i];
          if (target) target[col + j] = { cell, top: i === 0, left: j === 0 };
        }
      }
      col += cell.colspan ?? 1;
    }
  });
  return out;
}

/** Markdown with GFM tables: a merged cell's text goes in its first slot, the slots it covered stay blank. */
export function toMarkdown(blocks: Block[] = REPORT): string {
  const parts = blocks.map((b) => {
    if (b.kind === 'title') return `# ${b.text}`;
    if (b.kind === 'heading') return `## ${b.text}`;
    if (b.kind === 'paragraph') return b.text;
    const slots = layout(b.grid);
    const rows = slots.map((line) => `| ${line.map((s) => (s.top && s.left ? s.cell.text : '')).join(' | ')} |`);
    return [rows[0], `|${' --- |'.repeat(slots[0]?.length ?? 0)}`, ...rows.slice(1)].join('\n');
  });
  return `${parts.join('\n\n')}\n`;
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
  const first = table.grid.slice(0, at).map((line, r) =>
    line.map((cell) => (cell.rowspan && r + cell.rowspan > at ? { ...cell, rowspan: at - r } : cell)),
  );
  blocks.splice(index, 1, { kind: 'table', grid: first }, { kind: 'table', grid: table.grid.slice(at) });
  return blocks;
}
