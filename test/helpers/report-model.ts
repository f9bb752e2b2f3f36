/**
 * The model the invented test reports share: blocks of text and tables whose cells may span rows and columns
 * (as the template's tables do), builders for tables 二, 三 and 四 from plain figures, and the Markdown
 * rendering. Each fixture module keeps only its own figures and wording; renderers for other formats
 * (html-docx-render.ts, pdf-html.ts) take these blocks.
 */
import {
  ACTIVE_CONTENT_HEAD,
  activeBlocks,
  APPLICANTS,
  APPLICATIONS_HEADER,
  COLUMNS,
  GROUP_LABELS,
  groupOf,
  groupSize,
  ORGANISATION_COLUMNS,
  columnLabel,
  REVIEW_HEADS,
  REVIEW_TOP,
  reviewGroupWords,
  RESULT_ROWS,
  ROW_ORDER,
  rowLabel,
  type Table2,
} from '../fuzz/template.js';

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

/** A cell; a span of 0 or none is left out, so a plain cell carries no span at all. */
const c = (text: string | number, colspan?: number, rowspan?: number): Cell => ({
  text: String(text),
  ...(colspan ? { colspan } : {}),
  ...(rowspan ? { rowspan } : {}),
});

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A cell's colspan/rowspan as HTML attributes (empty for a plain cell). */
export const spanAttrs = (cell: Cell): string =>
  `${cell.colspan ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan ? ` rowspan="${cell.rowspan}"` : ''}`;

/** Table 三 by row key and column key (applicant columns and `total`). */
export type Table3 = Record<string, Record<string, number>>;
/** Table 四 by group (review, litigation, litigationAfterReview): upheld, corrected, other, pending, total. */
export type Table4 = Record<string, number[]>;

/**
 * Table 三 from a figure for each result row (index r of the 21) and applicant column, and the carry-over
 * rows; （七）总计, 一、本年新收 and every 总计 are computed so that all three identities hold. Keys come
 * in the template's order.
 */
export function table3From(
  result: (row: number, col: number) => number,
  carried: (col: number) => number,
  carryForward: (col: number) => number,
): Table3 {
  const rows: Record<string, number[]> = {};
  RESULT_ROWS.forEach((key, r) => (rows[key] = APPLICANTS.map((_, col) => result(r, col))));
  const handled = APPLICANTS.map((_, col) => RESULT_ROWS.reduce((s, k) => s + rows[k]![col]!, 0));
  const forward = APPLICANTS.map((_, col) => carryForward(col));
  const before = APPLICANTS.map((_, col) => carried(col));
  Object.assign(rows, { handled, carried: before, carryForward: forward });
  rows['new'] = APPLICANTS.map((_, col) => handled[col]! + forward[col]! - before[col]!);
  const out: Table3 = {};
  for (const key of ROW_ORDER) {
    const values = rows[key]!;
    out[key] = { ...Object.fromEntries(APPLICANTS.map((col, i) => [col, values[i]!])), total: values.reduce((a, b) => a + b, 0) };
  }
  return out;
}

const row3 = (t: Table3, key: string): Cell[] => COLUMNS.map((col) => c(t[key]?.[col] ?? 0));

/** Table 三 with the template's merged cells: a three-row header, 三、本年度办理结果 down 22 rows, group labels down their rows. */
/** Table 三's three-row header: the note over the label columns, 申请人情况 over 自然人, 法人或其他组织's five and 总计. */
export function applicationsHeaderGrid(): Grid {
  const h = APPLICATIONS_HEADER;
  return [
    [c(h.note, 3, 3), c(h.applicants, COLUMNS.length)],
    [c(columnLabel('natural'), 0, 2), c(h.organisations, ORGANISATION_COLUMNS.length), c(columnLabel('total'), 0, 2)],
    ORGANISATION_COLUMNS.map((col) => c(columnLabel(col))),
  ];
}

export function applicationsGrid(t: Table3): Grid {
  const h = APPLICATIONS_HEADER;
  const grid: Grid = [
    ...applicationsHeaderGrid(),
    [c(rowLabel('new'), 3), ...row3(t, 'new')],
    [c(rowLabel('carried'), 3), ...row3(t, 'carried')],
  ];
  let group = '';
  RESULT_ROWS.forEach((key, i) => {
    const spec = groupOf(key);
    // 三、本年度办理结果 spans the 21 results and （七）总计: 22 rows, as in the template.
    const line: Cell[] = i === 0 ? [c(h.results, 0, RESULT_ROWS.length + 1)] : [];
    if (!spec) line.push(c(rowLabel(key), 2));
    else {
      const label = GROUP_LABELS[spec];
      if (label !== group) line.push(c(label, 0, groupSize(spec)));
      group = label;
      line.push(c(rowLabel(key)));
    }
    grid.push([...line, ...row3(t, key)]);
  });
  grid.push([c(rowLabel('handled'), 2), ...row3(t, 'handled')]);
  grid.push([c(rowLabel('carryForward'), 3), ...row3(t, 'carryForward')]);
  return grid;
}

/** Table 四: 行政复议 and the two kinds of 行政诉讼 over a two-row header, one row of 15 values. */
export function reviewGrid(t: Table4): Grid {
  const heads = REVIEW_HEADS;
  const [review, litigation] = REVIEW_TOP;
  return [
    [c(review, heads.length), c(litigation, 2 * heads.length)],
    [
      ...heads.map((x) => c(x, 0, 2)),
      c(reviewGroupWords('litigation')[1]!, heads.length),
      c(reviewGroupWords('litigationAfterReview')[1]!, heads.length),
    ],
    [...heads, ...heads].map((x) => c(x)),
    [...(t['review'] ?? []), ...(t['litigation'] ?? []), ...(t['litigationAfterReview'] ?? [])].map((v) => c(v)),
  ];
}

/** Table 二 as a grid four columns wide: a lone head or figure is merged over the three value columns. */
export function activeGrid(t: Table2): Grid {
  const fill = (texts: Array<string | number>): Cell[] => (texts.length === 1 ? [c(texts[0]!, 3)] : texts.map((x) => c(x)));
  return activeBlocks(t).flatMap(([item, heads, rows]): Grid => [
    [c(item, 4)],
    [c(ACTIVE_CONTENT_HEAD), ...fill(heads)],
    ...rows.map(([label, values]): Cell[] => [c(label), ...fill(values)]),
  ]);
}

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
      for (let i = 0; i < (cell.rowspan || 1); i++) {
        for (let j = 0; j < (cell.colspan || 1); j++) {
          const target = out[r + i];
          if (target) target[col + j] = { cell, top: i === 0, left: j === 0 };
        }
      }
      col += cell.colspan || 1;
    }
  });
  return out;
}

/** A grid as plain rows of text: a merged cell's text in its first slot, the slots it covers blank. */
export const plainRows = (grid: Grid): string[][] =>
  layout(grid).map((line) => line.map((slot) => (slot.top && slot.left ? slot.cell.text : '')));

/** The report as tab-separated text: each table row a line, merged cells blank past their first slot. */
export function toTabText(blocks: Block[]): string {
  return blocks
    .map((b) =>
      b.kind === 'table'
        ? plainRows(b.grid)
            .map((r) => r.join('\t'))
            .join('\n')
        : b.text,
    )
    .join('\n\n');
}

/**
 * Markdown with GFM tables. A merged cell's text goes in its first slot and the slots it covers stay blank;
 * with `repeatLabels`, merged label cells repeat their text in every slot instead (as people do when they
 * retype a table), and only a number merged over several columns is written once.
 */
export function toMarkdown(blocks: Block[], options: { repeatLabels?: boolean } = {}): string {
  const slotText = (slot: Slot): string => {
    if (!options.repeatLabels) return slot.top && slot.left ? slot.cell.text : '';
    return /^[\d.]+$/.test(slot.cell.text) && !slot.left ? '' : slot.cell.text;
  };
  const parts = blocks.map((b) => {
    if (b.kind === 'title') return `# ${b.text}`;
    if (b.kind === 'heading') return `## ${b.text}`;
    if (b.kind === 'paragraph') return b.text;
    const slots = layout(b.grid);
    const rows = slots.map((line) => `| ${line.map(slotText).join(' | ')} |`);
    return [rows[0], `|${' --- |'.repeat(slots[0]?.length ?? 0)}`, ...rows.slice(1)].join('\n');
  });
  return `${parts.join('\n\n')}\n`;
}
