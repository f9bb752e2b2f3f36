/**
 * Writes whole test reports in the layouts the parser reads — Markdown with GFM tables, text with one table row
 * per tab-separated line, and text with one cell per line (blank line between rows) — from one description,
 * recording where each value cell was written so tests can assert line and column independently of the parser.
 * The figures are our own (distinct and non-zero where it matters), never the seeds'.
 */
import {
  ACTIVE_2019,
  ACTIVE_CONTENT_HEAD,
  APPLICATION_ROWS,
  APPLICATIONS_HEADER,
  COLUMN_LABEL_LIST,
  COLUMNS,
  GROUP_LABELS,
  HEADING,
  OTHER_SUB_ROWS,
  RESULT_ROWS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  REVIEW_HEADS,
  REVIEW_TOP,
  reviewGroupWords,
  rowLabel,
  type Table2,
} from '../../fuzz/template.js';
import { buildDocx, toDocumentXml } from '../../helpers/html-docx-render.js';
import { activeGrid, plainRows, type Block } from '../../helpers/report-model.js';
import { ACTIVE_COLUMN_LABELS, ACTIVE_ROWS } from '../../../src/parser/data/active.js';

export type Layout = 'markdown' | 'tabs' | 'lines' | 'html';
export const LAYOUTS: readonly Layout[] = ['markdown', 'tabs', 'lines', 'html'];
/** Layouts that can show an empty cell (one cell per line cannot: a lone tab reads as a blank line). */
export const BLANK_LAYOUTS: readonly Layout[] = ['markdown', 'tabs', 'html'];
/** Layouts whose tables are rectangular grids (cells map by header position). */
export const GRID_LAYOUTS: readonly Layout[] = ['markdown', 'html'];

/** The lint `format` of a layout. */
export function formatOf(layout: Layout): 'markdown' | 'text' | 'html' {
  return layout === 'markdown' ? 'markdown' : layout === 'html' ? 'html' : 'text';
}
export type Value = number | string;

export const COLUMN_KEYS = COLUMNS;

export interface ReportSpec {
  year?: number;
  /** The sentence stating the statistical period; null leaves it out. */
  period?: string | null;
  /** Section keys to write, in this order (default all six in format order). */
  sections?: string[];
  /** Table 三: row key → seven values (natural … total). Default: consistentApplications(). */
  applications?: Record<string, Value[]>;
  /** Table 四: 15 values (three groups of 维持, 纠正, 其他, 尚未审结, 总计). */
  review?: Value[];
  /** Sentences of section 六 (default: a no-fee statement). */
  other?: string[];
  /** Extra sentences at the end of 一、总体情况. */
  overview?: string[];
  /** Write table 二 in the outdated 2019 template. */
  activeTemplate?: '2019';
  /** Table 二's figures, row key → values (default ACTIVE_WRITTEN, as ACTIVE_EXTRACTED reads them). */
  active?: Partial<Table2>;
  /**
   * A 2019 （九） 政府集中采购 block added after table 二's 2021 blocks, as organs extend it (rtAB cause 1): with its
   * own columns (采购项目数量 | 采购总金额), or its row alone under the 2021 本年处理决定数量 header.
   */
  activeExtra?: 'procurement' | 'procurementRow';
  /**
   * A column organs add to table 三 after 总计, headed so (其中：涉企申请: rtAB cause 3), each row's figure there
   * distinct and non-zero.
   */
  applicationsExtra?: string;
  /** Write table 三 without its 总计 column: the header's cell and each row's last figure left out (rtAE 5). */
  applicationsWithoutTotal?: boolean;
  /** Write table 三 as the 2019 template did: （六）其他处理 one row, without sub-rows 1–3. */
  applicationsTemplate?: '2019';
  /** The organ named in the title (default 某市某局). */
  organ?: string;
  /** Tables to leave out (their section heading stays). */
  noTable?: Array<'active' | 'applications' | 'review'>;
  /** Number the six headings （一）…（六） instead of 一、…六、 (a report numbering its sections as sub-items). */
  parenNumbers?: boolean;
  /** Write the headings as bold lines or plain lines instead of the layout's headings (## in Markdown, <h2>). */
  headingsAs?: 'bold' | 'plain';
}

export interface WrittenReport {
  text: string;
  /** Where the value cell of table 三 (row, column) or table 四 ('review:<group>', column) was written. */
  at(row: string, column: string): { line: number; column: number };
  /** The line where a sentence (or heading) starting with this text was written (the first after line `after`). */
  lineOf(start: string, after?: number): number;
  /** The line where a table row starts (its <tr> in HTML, its first cell elsewhere). */
  rowAt(row: string): number;
  /** The 1-based column of `anchor` (default: `start` itself) on the line that starts with `start`. */
  columnOf(start: string, anchor?: string): number;
  /** Where the first line of a table (its first cell) was written. */
  tableAt(kind: 'active' | 'applications' | 'review'): { line: number; column: number };
}

/** A table 三 whose three identities hold, with varied figures (row （六）2 is 0); callers then break one cell. */
export function consistentApplications(): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const applicants = [0, 1, 2, 3, 4, 5];
  RESULT_ROWS.forEach((key, i) => (out[key] = applicants.map((j) => ((i * 5 + j * 3) % 7 === 0 ? 1 + j : (i * 5 + j * 3) % 4))));
  out['other.2'] = applicants.map(() => 0);
  out.carried = applicants.map((j) => j + 2);
  out.carryForward = applicants.map((j) => 2 * j + 1);
  return recompute(out);
}

/** Fills 总计 (（七）, 一 and the 总计 column) from the result rows, 上年结转 and 结转下年度, so all identities hold. */
export function recompute(values: Record<string, number[]>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const applicants = [0, 1, 2, 3, 4, 5];
  for (const key of [...RESULT_ROWS, 'carried', 'carryForward']) out[key] = applicants.map((j) => values[key]![j]!);
  out.handled = applicants.map((j) => RESULT_ROWS.reduce((s, k) => s + out[k]![j]!, 0));
  out.new = applicants.map((j) => out.handled![j]! + out.carryForward![j]! - out.carried![j]!);
  for (const key of Object.keys(out)) out[key] = [...out[key]!, out[key]!.reduce((s, v) => s + v, 0)];
  return out;
}

/** A copy of the values with one cell replaced (row key, column index 0–6). */
export function withCell(values: Record<string, Value[]>, row: string, column: number, value: Value): Record<string, Value[]> {
  const copy = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [...v]]));
  copy[row]![column] = value;
  return copy;
}

export const REVIEW_OK: number[] = [3, 2, 1, 2, 8, 4, 1, 0, 1, 6, 1, 1, 1, 0, 3];

/** Table 二's figures as writeReport writes them by default, distinct and non-zero. */
export const ACTIVE_WRITTEN: Table2 = {
  regulations: [2, 1, 15],
  normativeDocuments: [6, 3, 41],
  licensing: [318],
  punishment: [57],
  coercion: [9],
  fees: [12.5],
};

/** Table 二 as `extract` reads the written report's (its defaults above). */
export const ACTIVE_EXTRACTED = {
  regulations: { made: 2, repealed: 1, valid: 15 },
  normativeDocuments: { made: 6, repealed: 3, valid: 41 },
  licensing: { decisions: 318 },
  punishment: { decisions: 57 },
  coercion: { decisions: 9 },
  fees: { amount: 12.5 },
};

const HEADINGS: Record<string, string> = HEADING;

const ROW_LABELS: Record<string, string[]> = Object.fromEntries(
  APPLICATION_ROWS.map((r) => {
    if (r.key === 'new' || r.key === 'carried' || r.key === 'carryForward') return [r.key, [r.label, '', '']];
    if (r.key === 'granted') return [r.key, [APPLICATIONS_HEADER.results, r.label, '']];
    if (r.key === 'partial' || r.key === 'handled') return [r.key, ['', rowLabel(r.key), '']];
    // The group label is written on its first sub-row only, as in a table with merged cells.
    return [r.key, ['', r.key.endsWith('.1') ? GROUP_LABELS[r.group!] : '', r.label]];
  }),
);

type Cell = { text: string; key?: string };
type TableKind = 'active' | 'applications' | 'review';
/** What the report says, in order, before any layout: text blocks, and tables as rows of (keyed) cells. */
type Part = { kind: 'title' | 'heading' | 'paragraph'; text: string } | { kind: 'table'; table: TableKind; rows: Cell[][] };

function reportParts(spec: ReportSpec): Part[] {
  const year = spec.year ?? 2023;
  const parts: Part[] = [{ kind: 'title', text: `${spec.organ ?? '某市某局'}${year}年政府信息公开工作年度报告` }];
  const para = (text: string) => parts.push({ kind: 'paragraph', text });
  const tables: Record<TableKind, () => Cell[][]> = {
    active: () => (spec.activeTemplate ? activeRows2019() : activeRows(spec)),
    applications: () =>
      withExtraColumn(
        withoutTotal(
          applicationRows(spec.applications ?? consistentApplications(), spec.applicationsTemplate),
          spec.applicationsWithoutTotal,
        ),
        spec.applicationsExtra,
      ),
    review: () => reviewRows(spec.review ?? REVIEW_OK),
  };
  if (spec.period !== null) para(spec.period ?? `本报告中所列数据的统计期限为${year}年1月1日至${year}年12月31日。`);
  for (const key of spec.sections ?? Object.keys(HEADINGS)) {
    const heading = HEADINGS[key]!;
    parts.push({ kind: 'heading', text: spec.parenNumbers ? `（${heading[0]}）${heading.slice(2)}` : heading });
    if (key === 'overview') [`${year}年，本局认真贯彻《条例》，持续推进政务公开。`, ...(spec.overview ?? [])].forEach(para);
    const table = key as TableKind;
    if (Object.hasOwn(tables, table) && !(spec.noTable ?? []).includes(table))
      parts.push({ kind: 'table', table, rows: tables[table]() });
    if (key === 'problems') para('一是公开内容不够全面；二是解读形式较为单一。下一步将加强培训，丰富解读形式。');
    if (key === 'other') (spec.other ?? ['本机关本年度未收取信息处理费。']).forEach(para);
  }
  return parts;
}

export function writeReport(spec: ReportSpec, layout: Layout): WrittenReport {
  const lines: string[] = [];
  const positions = new Map<string, { line: number; column: number }>();
  const md = layout === 'markdown';
  const html = layout === 'html';

  const para = (text: string) => (html ? lines.push(`<p>${text}</p>`) : lines.push(text, ''));
  const tables = new Map<string, { line: number; column: number }>();
  const rowStarts = new Map<string, number>();
  const table = (kind: string, rows: Cell[][]) => {
    tables.set(kind, { line: lines.length + 1, column: layout === 'lines' ? 2 : 1 });
    if (html) lines.push('<table>');
    rows.forEach((row, r) => {
      const rowKey = row.find((c) => c.key)?.key?.split('|')[0];
      if (rowKey) rowStarts.set(rowKey, lines.length + 1);
      if (html) {
        lines.push('<tr>');
        for (const cell of row) {
          // An empty cell has no text: it is placed at its <td>.
          if (cell.key) positions.set(cell.key, { line: lines.length + 1, column: cell.text ? 5 : 1 });
          lines.push(`<td>${cell.text}</td>`);
        }
        lines.push('</tr>');
      } else if (md) {
        let line = '|';
        for (const cell of row) {
          // An empty GFM cell has no text of its own: it is placed at its opening pipe.
          if (cell.key) positions.set(cell.key, { line: lines.length + 1, column: cell.text ? line.length + 2 : line.length });
          line += ' ';
          line += `${cell.text} |`;
        }
        lines.push(line);
        if (r === 0) lines.push(`|${' --- |'.repeat(row.length)}`);
      } else if (layout === 'tabs') {
        let line = '';
        row.forEach((cell, i) => {
          if (i > 0) line += '\t';
          if (cell.key) positions.set(cell.key, { line: lines.length + 1, column: line.length + 1 });
          line += cell.text;
        });
        lines.push(line);
      } else {
        // One cell per line cannot show an empty cell (a lone tab reads as a blank line): leave empty labels out.
        for (const cell of row) {
          if (!cell.key && !cell.text) continue;
          if (cell.key) positions.set(cell.key, { line: lines.length + 1, column: 2 });
          lines.push(`\t${cell.text}`);
        }
        lines.push('');
      }
    });
    if (html) lines.push('</table>');
    else if (layout !== 'lines') lines.push('');
  };

  for (const part of reportParts(spec)) {
    if (part.kind === 'table') table(part.table, part.rows);
    else if (part.kind === 'paragraph') para(part.text);
    else if (part.kind === 'heading' && spec.headingsAs === 'plain') para(part.text);
    else if (part.kind === 'heading' && spec.headingsAs === 'bold')
      para(md ? `**${part.text}**` : html ? `<strong>${part.text}</strong>` : part.text);
    else if (part.kind === 'heading' && html) lines.push(`<h2>${part.text}</h2>`);
    else if (part.kind === 'heading') para(md ? `## ${part.text}` : part.text);
    else if (html)
      lines.push(
        '<!DOCTYPE html>',
        '<html>',
        '<head><meta charset="utf-8"></head>',
        '<body>',
        '<article>',
        `<h1>${part.text}</h1>`,
      );
    else lines.push(md ? `# ${part.text}` : part.text, '');
  }
  if (html) lines.push('</article>', '</body>', '</html>');
  const text = lines.join('\n');
  const lineOf = (start: string, after = 0) => {
    const i = lines.findIndex(
      (l, n) =>
        n >= after &&
        l
          .replace(/^#+ |^\*\*/, '')
          .replace(/<[^>]*>/g, '')
          .startsWith(start),
    );
    if (i < 0) throw new Error(`no line starts with ${start}`);
    return i + 1;
  };
  return {
    text,
    at(row, column) {
      const p = positions.get(`${row}|${column}`);
      if (!p) throw new Error(`no cell ${row}|${column} was written`);
      return p;
    },
    tableAt(kind) {
      const p = tables.get(kind);
      if (!p) throw new Error(`no table ${kind} was written`);
      return p;
    },
    lineOf,
    rowAt(row) {
      const line = rowStarts.get(row);
      if (line === undefined) throw new Error(`no row ${row} was written`);
      return line;
    },
    columnOf(start, anchor = start) {
      return lines[lineOf(start) - 1]!.indexOf(anchor) + 1;
    },
  };
}

/** The same report as a Word document (tables as plain grids): positions there mean little, so tests use `location`. */
export async function writeDocx(spec: ReportSpec): Promise<Uint8Array> {
  const blocks = reportParts(spec).map((part): Block => {
    if (part.kind !== 'table') return part;
    return { kind: 'table', grid: part.rows.map((r) => r.map((c) => ({ text: c.text }))) };
  });
  return buildDocx(toDocumentXml(blocks));
}

/**
 * Table 二 (2021 template) as a plain grid: a merged cell's text in its first slot. A row's value cells are keyed
 * `active:<row>|<column index>` for `at`.
 */
function activeRows(spec: ReportSpec): Cell[][] {
  const figures: Table2 = { ...ACTIVE_WRITTEN, ...spec.active };
  const keyOf = new Map(ACTIVE_ROWS.map((r) => [r.label, r.key]));
  const rows = plainRows(activeGrid(figures)).map((row) => {
    const key = keyOf.get(row[0]!);
    return row.map((text, i): Cell => (key && i > 0 && text !== '' ? { text, key: `active:${key}|${i - 1}` } : { text }));
  });
  return [...rows, ...procurementRows(spec.activeExtra)];
}

/** The 2019 template's （九） block, added to a 2021 table 二 (four cells a row, as activeGrid's plain rows). */
function procurementRows(extra: ReportSpec['activeExtra']): Cell[][] {
  if (!extra) return [];
  const [item, heads, [label]] = ACTIVE_2019[ACTIVE_2019.length - 1]!;
  const row = (...texts: string[]): Cell[] => [...texts, '', '', ''].slice(0, 4).map((text) => ({ text }));
  if (extra === 'procurementRow')
    return [row(item), row(ACTIVE_CONTENT_HEAD, ACTIVE_COLUMN_LABELS.decisions!), row(label!, '27')];
  return [row(item), row(ACTIVE_CONTENT_HEAD, ...heads), row(label!, '27', '345.6')];
}

/** Figures for table 二 in the 2019 template, row by row in ACTIVE_2019's order. */
const ACTIVE_2019_VALUES: readonly string[][] = [
  ['1', '1', '12'],
  ['4', '4', '30'],
  ['20', '2', '150'],
  ['6', '1', '44'],
  ['2', '0', '7'],
  ['3', '-1'],
  ['5', '120.5'],
];

/** Table 二 as the 2019 template printed it (新制作/新公开/对外公开总数量, 上一年项目数量/本年增/减, a （九） block). */
function activeRows2019(): Cell[][] {
  const row = (...texts: string[]): Cell[] => [...texts, '', '', ''].slice(0, 4).map((text) => ({ text }));
  const values = [...ACTIVE_2019_VALUES];
  return ACTIVE_2019.flatMap(([item, heads, labels]) => [
    row(item),
    row(ACTIVE_CONTENT_HEAD, ...heads),
    ...labels.map((label) => row(label, ...values.shift()!)),
  ]);
}

function applicationRows(values: Record<string, Value[]>, template?: '2019'): Cell[][] {
  const header: Cell[] = [
    { text: APPLICATIONS_HEADER.applicants },
    { text: '' },
    { text: '' },
    ...COLUMN_LABEL_LIST.map((text) => ({ text })),
  ];
  const rows: Cell[][] = [header];
  for (const { key } of APPLICATION_ROWS) {
    const v = values[key];
    if (!v) continue;
    if (template === '2019' && key.startsWith('other.')) {
      // The 2019 template's （六）其他处理 is one row: the sum of the 2021 sub-rows 1–3.
      if (key !== 'other.1') continue;
      const sum = v.map((_, i) => OTHER_SUB_ROWS.reduce((s, k) => s + Number(values[k]?.[i] ?? 0), 0));
      rows.push([
        { text: '' },
        { text: GROUP_LABELS.other },
        { text: '' },
        ...sum.map((x, i) => ({ text: String(x), key: `other|${COLUMN_KEYS[i]}` })),
      ]);
      continue;
    }
    const labels = ROW_LABELS[key]!.map((text) => ({ text }));
    rows.push([...labels, ...v.map((x, i) => ({ text: String(x), key: `${key}|${COLUMN_KEYS[i]}` }))]);
  }
  return rows;
}

/** Table 三's rows without the 总计 column, the last cell of every row (header and figures alike), when asked. */
function withoutTotal(rows: Cell[][], drop: boolean | undefined): Cell[][] {
  return drop ? rows.map((row) => row.slice(0, -1)) : rows;
}

/** Table 三's rows with a column after 总计: the header's cell `head`, then a figure a row (none when no head). */
function withExtraColumn(rows: Cell[][], head: string | undefined): Cell[][] {
  if (head === undefined) return rows;
  return rows.map((row, r) => [...row, { text: r === 0 ? head : String(100 + r) }]);
}

function reviewRows(values: Value[]): Cell[][] {
  const width = REVIEW_HEADS.length;
  const wide = (texts: Record<number, string>): Cell[] => Array.from({ length: 3 * width }, (_, i) => ({ text: texts[i] ?? '' }));
  const words = REVIEW_GROUPS.map(reviewGroupWords);
  return [
    wide({ 0: REVIEW_TOP[0], [width]: REVIEW_TOP[1] }),
    wide({ [width]: words[1]![1]!, [2 * width]: words[2]![1]! }),
    REVIEW_GROUPS.flatMap(() => REVIEW_HEADS.map((text) => ({ text }))),
    values.map((v, i) => ({
      text: String(v),
      key: `review:${REVIEW_GROUPS[Math.floor(i / width)]}|${REVIEW_COLUMNS[i % width]}`,
    })),
  ];
}
