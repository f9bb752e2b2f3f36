/**
 * Space-aligned text (`pdftotext -layout`, a copy from a PDF viewer) prints a table row over several lines when
 * its label wraps inside its column, with the values on one of them (the cell is centred vertically), and a
 * merged group label (（六）其他处理, 三、本年度办理结果) in a column of its own on any of the lines. Rows are
 * separated by blank lines, unless a merged cell's text fills them. Here each block of lines between blank lines
 * becomes its rows: the label fragments of the row labels' column (the one right before the values) go to the
 * line of values they belong to — the nearest one, a new row starting at a label's ordinal — followed by its
 * values; the fragments of other columns (group labels) form a row of their own before them. A block with no
 * line of values (a header), or whose rows no ordinal tells apart, is left as it is.
 *
 * Columns are told by display width (a CJK character takes two columns, display-width.ts), measured from the start
 * of the source line, so values stand in the same columns whatever the labels before them.
 */
import { displayWidth } from '../display-width.js';
import { contentOf, type RawCell } from '../raw-table.js';
import type { LineIndex } from '../text-run.js';
import { COUNT_UNIT, VAGUE_COUNT } from './counts.js';

/** A row of the stream (stream.ts), as far as joining needs it (a type of its own: stream.ts imports this file). */
interface StreamRow {
  cells: RawCell[];
  tabular: boolean;
}

/** Display columns [x0, x1) of the cells of space-aligned lines. */
const SPANS = new WeakMap<RawCell, readonly [number, number]>();

export function displaySpan(cell: RawCell): readonly [number, number] | undefined {
  return SPANS.get(cell);
}

/** Longer lines are prose or a crawl, never a row of a space-aligned table (and measuring them costs). */
const MAX_LINE = 400;
/** A line is space-aligned when it has a run of at least this many blanks between two words, or before the first. */
const ALIGNED = /\S {2,}\S|^[\f ]{2,}\S/;

/** Measures the display columns of a loose line's cells when the line is space-aligned; whether it was. */
export function measureLine(cells: readonly RawCell[], index: LineIndex): boolean {
  const first = cells[0]?.position?.start;
  if (!first || first.offset === undefined) return false;
  const [lineStart, lineEnd] = index.lineRange(first.line);
  if (lineEnd - lineStart > MAX_LINE) return false;
  const source = index.source.slice(lineStart, lineEnd);
  if (!ALIGNED.test(source)) return false;
  let at = 0;
  let width = 0;
  const spans: Array<[number, number]> = [];
  for (const cell of cells) {
    const start = cell.position?.start;
    const end = cell.position?.end;
    if (
      !start ||
      !end ||
      start.line !== first.line ||
      end.line !== first.line ||
      start.offset === undefined ||
      end.offset === undefined
    )
      return false;
    const from = start.offset - lineStart;
    const to = end.offset - lineStart;
    if (from < at) return false;
    width += displayWidth(source.slice(at, from));
    const x0 = width;
    width += displayWidth(source.slice(from, to));
    spans.push([x0, width]);
    at = to;
  }
  cells.forEach((cell, k) => SPANS.set(cell, spans[k]!));
  return true;
}

const isValue = (cell: RawCell): boolean => contentOf(cell).content !== 'text';
/** Whether a line's last cell is a value (a line whose values, if any, all stand before a label holds none). */
const endsInValue = (row: StreamRow): boolean => row.cells.length > 0 && isValue(row.cells[row.cells.length - 1]!);
const lineOf = (row: StreamRow): number => row.cells[0]?.position?.start.line ?? -1;
const measured = (row: StreamRow): boolean => !row.tabular && row.cells.length > 0 && row.cells.every((c) => SPANS.has(c));

/**
 * Whether a label is a whole row label of the table by itself (规章, 行政规范性文件): a line holding it before
 * its values is a row of its own, never the rest of the row above. Built from the template's rows (row-labels.ts).
 */
export type StartsRow = (label: string) => boolean;

/**
 * `furniture`: source lines of page numbers dropped from the stream; a page break (with the blank line before
 * its page number) does not end a row, since a row may run on over the next page.
 */
export function joinLayoutRows<R extends StreamRow>(
  rows: readonly R[],
  furniture: ReadonlySet<number>,
  startsRow: StartsRow,
): R[] {
  const out: R[] = [];
  let block: R[] = [];
  const flush = (): void => {
    out.push(...joinBlock(block, furniture, startsRow));
    block = [];
  };
  for (const row of rows) {
    const last = block[block.length - 1];
    if (!measured(row)) {
      flush();
      out.push(row);
      continue;
    }
    if (last && (separated(lineOf(last), lineOf(row), furniture) || (startsOwnRow(row, startsRow) && block.some(hasNumber))))
      flush();
    block.push(row);
  }
  flush();
  return out;
}

/**
 * A line of values whose one label is a whole row label of the table with a top-level ordinal
 * (一、本年新收政府信息公开申请数量, （一）予以公开) ends the block of rows above it when rows are printed with no blank
 * line between them: nothing above it belongs to its row, and its label, printed across the group label's column
 * too, would otherwise merge that column with the row labels' one, and 三、本年度 of the group label
 * 三、本年度办理结果 was read into the wrapped row label beside it (a false missingRow). Sub-rows (1.属于国家秘密)
 * and table 二's labels (no ordinal) never end a block: a group label or a caption above may belong with them.
 */
function startsOwnRow(row: StreamRow, startsRow: StartsRow): boolean {
  const first = row.cells.findIndex((c) => contentOf(c).content === 'number');
  const label = row.cells[0]?.text ?? '';
  return first === 1 && TOP_ORDINAL.test(label) && startsRow(label);
}

const TOP_ORDINAL = /^\s*(?:[（(]\s*[一二三四五六七]\s*[)）]|[一二三四]\s*、)/;
const hasNumber = (row: StreamRow): boolean => row.cells.some((c) => contentOf(c).content === 'number');

/** Whether a blank line stands between two lines, page furniture and one blank line before it aside. */
function separated(a: number, b: number, furniture: ReadonlySet<number>): boolean {
  let pages = 0;
  for (let line = a + 1; line < b && pages < 4; line++) if (furniture.has(line)) pages++;
  return b - a - 1 > 2 * pages;
}

/** Label columns in one block, at most: more is no table of this kind (and would cost). */
const MAX_COLUMNS = 12;

interface Column {
  x0: number;
  x1: number;
  fragments: Array<{ cell: RawCell; at: number }>;
}

function joinBlock<R extends StreamRow>(input: readonly R[], furniture: ReadonlySet<number>, startsRow: StartsRow): R[] {
  if (input.length < 2) return [...input];
  if (!input.some(hasNumber)) return joinHeaderLines(input) ?? [...input];
  return acrossRowsApart(joinWrappedValues(input, furniture, startsRow)).flatMap((part) => joinRows(part));
}

/** A sub-row's ordinal at the start of a label fragment: 1. 2、 */
const SUB_ORDINAL = /^\s*[1-9１-９]\s*[.．、]/;

/**
 * A top-level row (（二）部分公开…, 一、本年新收…) is printed across the group labels' column and the row labels' one,
 * and with rows printed tight it shares a block with the sub-rows below it: its label, spanning both columns, would
 * merge them, and the group labels printed down beside the sub-rows were read into their labels ((五)不予 ⏎ 处理
 * into 2.重复申请). The lines of such rows (a label fragment crossing the left edge of the sub-rows' ordinals), with
 * the rest of their label below them (text in the row labels' column, no ordinal, no value), are a part of their
 * own; the parts are joined apart.
 */
function acrossRowsApart<R extends StreamRow>(block: readonly R[]): R[][] {
  let left = Infinity;
  for (const row of block)
    for (const cell of row.cells) if (SUB_ORDINAL.test(cell.text) && !isValue(cell)) left = Math.min(left, SPANS.get(cell)![0]);
  if (left === Infinity) return [[...block]];
  const labels = (row: R): RawCell[] => row.cells.filter((c) => !isValue(c) && !MISWRITTEN_COUNT.test(c.text));
  const across = (row: R): boolean => labels(row).some((c) => SPANS.get(c)![0] < left && SPANS.get(c)![1] > left);
  const restOfLabel = (row: R): boolean =>
    !row.cells.some(isValue) &&
    labels(row).every((c) => SPANS.get(c)![1] > left && !ROW_ORDINAL.test(c.text) && !SUB_ORDINAL.test(c.text));
  const parts: R[][] = [];
  let part: R[] = [];
  let acrossPart = false;
  for (const row of block) {
    const isAcross: boolean = across(row) || (acrossPart && part.length > 0 && restOfLabel(row));
    if (part.length > 0 && isAcross !== acrossPart) {
      parts.push(part);
      part = [];
    }
    acrossPart = isAcross;
    part.push(row);
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

function joinRows<R extends StreamRow>(block: readonly R[]): R[] {
  if (block.length < 2) return [...block];
  // Values start at the first number, or at a placeholder or a miswritten count (4件, 若干: numeric-cells reports
  // it) followed by a value: 无 before a label fragment is the character of a vertical group label （四）无法提供,
  // not a value.
  const firstValue = block.map((r) => {
    const k = r.cells.findIndex(
      (c, i) =>
        contentOf(c).content === 'number' ||
        ((isValue(c) || MISWRITTEN_COUNT.test(c.text)) && r.cells[i + 1] !== undefined && isValue(r.cells[i + 1]!)),
    );
    return k < 0 ? r.cells.length : k;
  });
  const valueAt = block.flatMap((r, at) => (firstValue[at]! < r.cells.length ? [at] : []));
  // A line with a value cell the rule above does not start on (a lone placeholder) is left to the reader as it is;
  // a placeholder with label text after it on its line is a character of a group label printed down (（四）无法提供
  // beside the wrapped label 要另行制作, rows printed tight), not a value.
  if (
    block.some((r, at) => firstValue[at] === r.cells.length && r.cells.some(isValue) && !r.cells.every(isValue) && endsInValue(r))
  )
    return [...block];
  if (valueAt.length === 0) return [...block];
  // Label fragments (label-only lines, and the labels before the values of the lines of values) by column: a
  // fragment joins the column whose extent it overlaps.
  const columns: Column[] = [];
  const columnOf = new Map<RawCell, Column>();
  for (let at = 0; at < block.length; at++) {
    const row = block[at]!;
    for (let k = 0; k < firstValue[at]!; k++) {
      const cell = row.cells[k]!;
      const [x0, x1] = SPANS.get(cell)!;
      let column = columns.find((c) => c.x0 < x1 && x0 < c.x1);
      if (!column) {
        if (columns.length >= MAX_COLUMNS) return [...block];
        column = { x0, x1, fragments: [] };
        columns.push(column);
      }
      column.x0 = Math.min(column.x0, x0);
      column.x1 = Math.max(column.x1, x1);
      column.fragments.push({ cell, at });
      columnOf.set(cell, column);
    }
  }
  if (columns.length === 0) return [...block];
  // The row labels' column: the one holding the labels right before the values (all lines of values agree), else
  // the one nearest the values on their left.
  const holding = new Set<Column>();
  let valueLeft = Infinity;
  for (const at of valueAt) {
    const row = block[at]!;
    const k = firstValue[at]!;
    if (k > 0) holding.add(columnOf.get(row.cells[k - 1]!)!);
    valueLeft = Math.min(valueLeft, SPANS.get(row.cells[k]!)![0]);
  }
  if (holding.size > 1) return [...block];
  const own = holding.size === 1 ? [...holding][0] : columns.filter((c) => c.x1 <= valueLeft).sort((a, b) => b.x1 - a.x1)[0];
  if (!own) return [...block];
  // A sub-row's label (4.无正当理由…) in another column than the one taken for the row labels': that column is the
  // group label's (理 of a vertical 不予处理 on a line of values), and the rows' labels would be joined into one
  // row of their own, their values given to the wrong labels. Which label a line of values is for is not known.
  if (columns.some((c) => c !== own && c.fragments.some((f) => SUB_ORDINAL.test(f.cell.text)))) return [...block];
  // Several rows in one block (a merged cell's text fills the blank lines between them): a row label starts with
  // its ordinal, so the row label lines between two lines of values go to the lower one from the first ordinal on.
  const labels: RawCell[][] = valueAt.map(() => []);
  const ordinal = valueAt.map(() => false);
  const before = valueAt.map(() => false);
  const after = valueAt.map(() => false);
  // A fragment below the last line of values that opens with an ordinal belongs to no row of the block: it is a
  // group label printed after its rows (（六）其他处理 under 3.其他, rows printed tight) or a row with no values, and
  // it stays a row of its own after them, as it reads when a blank line sets it apart.
  const trailing: RawCell[] = [];
  const lastValues = valueAt[valueAt.length - 1]!;
  let row = 0;
  for (const fragment of own.fragments) {
    const starts = ROW_ORDINAL.test(fragment.cell.text);
    if (trailing.length > 0 || (starts && fragment.at > lastValues)) {
      trailing.push(fragment.cell);
      continue;
    }
    while (
      row + 1 < valueAt.length &&
      fragment.at > valueAt[row]! &&
      (fragment.at > valueAt[row + 1]! || (starts && fragment.at <= valueAt[row + 1]!))
    )
      row++;
    labels[row]!.push(fragment.cell);
    if (starts) ordinal[row] = true;
    if (fragment.at < valueAt[row]!) before[row] = true;
    if (fragment.at > valueAt[row]!) after[row] = true;
  }
  // Every pair of neighbouring rows must be told apart by an ordinal, or which row a line belongs to is a guess.
  for (let r = 1; r < valueAt.length; r++) if (!ordinal[r] && (before[r] || after[r - 1])) return [...block];
  const out: R[] = [];
  const others = columns.filter((c) => c !== own).sort((a, b) => a.x0 - b.x0);
  const first = block[valueAt[0]!]!;
  if (others.length > 0) out.push({ ...first, cells: others.flatMap((c) => c.fragments.map((f) => f.cell)) });
  valueAt.forEach((at, r) => {
    const valueRow = block[at]!;
    const own = labels[r]!;
    out.push({ ...valueRow, cells: [...(own.length > 1 ? [joinCells(own)] : own), ...valueRow.cells.slice(firstValue[at])] });
  });
  if (trailing.length > 0) out.push({ ...block[lastValues]!, cells: [trailing.length > 1 ? joinCells(trailing) : trailing[0]!] });
  return out;
}

/**
 * A header row whose cells wrap inside their columns (pandoc's multiline tables, a Word header cell with a line
 * break: 信息内容 本年 ⏎ 处理决定数量): the first line names every column, each line below holds the rest of some of
 * them, each piece starting inside one column's slot (from its start to the next column's). Read as that row with
 * every column's text joined; 处理决定数量 alone was taken for the 2019 template's header, 本年制 ⏎ 发件数 for a
 * column missing. Undefined when any piece falls outside the first line's columns or two share one, or when a
 * line below is a data row: a label in the row labels' column, then a placeholder (行政事业性收费 —: a block with
 * no digit may hold table 二's rows whose values are all — or 无, printed right under their header line).
 */
function joinHeaderLines<R extends StreamRow>(block: readonly R[]): R[] | undefined {
  const [head, ...rest] = block;
  if (!head || head.cells.length < 2) return undefined;
  const starts = head.cells.map((c) => SPANS.get(c)![0]);
  const slotOf = (x: number): number => {
    let k = -1;
    while (k + 1 < starts.length && starts[k + 1]! <= x + 1) k++;
    return k;
  };
  const startsDataRow = (row: R): boolean => {
    const [label, value] = row.cells;
    return label !== undefined && value !== undefined && slotOf(SPANS.get(label)![0]) === 0 && !isValue(label) && isValue(value);
  };
  if (rest.some(startsDataRow)) return undefined;
  const pieces: RawCell[][] = head.cells.map((c) => [c]);
  for (const row of rest) {
    const used = new Set<number>();
    for (const cell of row.cells) {
      const k = slotOf(SPANS.get(cell)![0]);
      if (k < 0 || used.has(k)) return undefined;
      used.add(k);
      pieces[k]!.push(cell);
    }
  }
  return [{ ...head, cells: pieces.map((p) => (p.length > 1 ? joinCells(p) : p[0]!)) }];
}

/** A label wrapped over lines, as one cell (a label printed in one cell reads as one, as in every other layout). */
function joinCells(cells: readonly RawCell[]): RawCell {
  const first = cells[0]!;
  const last = cells[cells.length - 1]!;
  const start = first.position?.start;
  const end = last.position?.end;
  const joined: RawCell = {
    text: cells.map((c) => c.text.trim()).join(''),
    spanned: false,
    ...(start && end ? { position: { start, end } } : {}),
  };
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const c of cells) {
    const span = SPANS.get(c)!;
    x0 = Math.min(x0, span[0]);
    x1 = Math.max(x1, span[1]);
  }
  SPANS.set(joined, [x0, x1]);
  return joined;
}

/**
 * A count written with its unit or as a word, where a number belongs: digits and one unit character, nothing
 * else, so no label fragment (1）属于国家秘密, 2023年度, 15个工作日内, 12345热线) reads as one.
 */
const MISWRITTEN_COUNT = new RegExp(`^\\s*(?:[0-9０-９]+\\s*${COUNT_UNIT}|${VAGUE_COUNT})\\s*$`);

/** A row label's ordinal at the start of a fragment: （一）, 一、, 1. */
const ROW_ORDINAL = /^\s*(?:[（(]\s*[一二三四五六七八九十]\s*[)）]|[一二三四五六七八九十]\s*、|[1-9１-９]\s*[.．、])/;

/**
 * The display columns of the row label of a line of values: the last label cell before its first number
 * (placeholders of blank value columns may stand between), when it has one.
 */
function rowLabelSpan(row: StreamRow, firstNumber: RawCell): readonly [number, number] | undefined {
  let k = row.cells.indexOf(firstNumber) - 1;
  while (k >= 0 && isValue(row.cells[k]!)) k--;
  return k >= 0 ? SPANS.get(row.cells[k]!) : undefined;
}

function overlaps(span: readonly [number, number], x0: number, x1: number): boolean {
  return span[0] < x1 && x0 < span[1];
}

const DIGITS = /^[0-9０-９]+$/;
/** The rest of a count written with its unit: the unit alone (165 ⏎ 件) or after digits (30 ⏎ 0件 is 300件). */
const REST_WITH_UNIT = new RegExp(`^[0-9０-９]*${COUNT_UNIT}$`);
/** A number a rest may be joined to: digits, with thousands separators (１,１２ ⏎ ５ is 1,125). */
const NUMBER_PART = /^[0-9０-９]+(?:[,，][0-9０-９]*)*$/;
const SEPARATOR = /[,，]/;
/**
 * A number written with thousands separators is whole only in groups of three: 1,34 ⏎ 5 is 1,345, but 1,345 is
 * complete, and digits under it (1,345 ⏎ 6) are no rest of it (1,3456 is no number).
 */
const THOUSANDS = /^[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})*$/;

/**
 * Numbers joined with a rest that is not alone right under them (over a page break, or after the rest of the
 * row's label on the same line): the join is certain only when the row's identity adds up with the whole number
 * (values.ts checks it); a row that cannot be checked so is unreadable.
 */
const JOINS_TO_CONFIRM = new WeakSet<RawCell>();
/** Numbers followed, on the next line, by digits under them that could not be joined: never read as complete. */
const FOLLOWED_BY_STRAY_DIGITS = new WeakSet<RawCell>();

export const joinToConfirm = (cell: RawCell): boolean => JOINS_TO_CONFIRM.has(cell);
export const followedByStrayDigits = (cell: RawCell): boolean => FOLLOWED_BY_STRAY_DIGITS.has(cell);

/**
 * A number too wide for its column wraps onto the next line (１１４６ ⏎ １), or onto the next page when the
 * page ends between its lines: digits right under the line of values (nothing between them but a page number
 * and its blank line), fewer than its numbers and each under one number of it no narrower than itself, are the
 * rest of those numbers. A number may wrap over a few lines, each right under the last one joined; past the
 * first, the whole number must make its row's identity add up (appendFragments). The line may open with the rest of the row's label (一、本年新收政府信 ⏎ 息公开申请数量),
 * left of every value: that stays a line of its own. A label in the row labels' column that opens with an
 * ordinal or is a whole row label by itself (规章 5 1 20 ⏎ 行政规范性文件 3 15, a table printed without blank
 * lines) starts a new row instead: nothing is joined. A group label in a column of its own (（三）不予公开, centred
 * over its rows) may stand on any line: it neither starts a row nor stops a join. Digits under a number that do
 * not fit so mark it: the row is then unreadable, never read with the number cut short.
 */
function joinWrappedValues<R extends StreamRow>(block: readonly R[], furniture: ReadonlySet<number>, startsRow: StartsRow): R[] {
  const out: R[] = [];
  // A number may wrap over several lines (2 ⏎ 0 ⏎ 1): each line of rests is joined to the row it was joined to
  // before, counted from the last line joined, past the rest of the label split off it; up to MAX_REST_LINES.
  const joins = new Map<R, { line: number; count: number }>();
  const labelRests = new Set<R>();
  for (const row of block) {
    const k = out.length > 1 && labelRests.has(out[out.length - 1]!) ? out.length - 2 : out.length - 1;
    const above = out[k];
    const before = above && joins.get(above);
    const from = above === undefined ? -1 : (before?.line ?? lineOf(above));
    const next = above !== undefined && lineOf(row) > from && !separated(from, lineOf(row), furniture);
    const count = (before?.count ?? 0) + 1;
    const joined = next ? appendFragments(above, row, lineOf(row) > from + 1, startsRow, count) : undefined;
    if (!joined) {
      out.push(row);
      continue;
    }
    out[k] = joined.row;
    if (above) joins.delete(above);
    joins.set(joined.row, { line: lineOf(row), count });
    if (joined.label.length === 0) continue;
    const rest = k < out.length - 1 ? out.pop()! : undefined;
    const label = { ...row, cells: rest ? [...rest.cells, ...joined.label] : joined.label };
    out.push(label);
    labelRests.add(label);
  }
  return out;
}

/** Lines of rests one number may wrap over: a report's figures wrap once or twice; more is no figure of it. */
const MAX_REST_LINES = 3;

/**
 * `restLine`: which line of rests this is under the line of values (1 for the line right under it). Only the
 * first is joined on sight: a second (2 ⏎ 0 ⏎ 1) may as well be a lone number printed below (a page number, a
 * row of its own), so any later join holds only when the row's identity adds up with the whole number.
 */
function appendFragments<R extends StreamRow>(
  above: R,
  row: R,
  overPage: boolean,
  startsRow: StartsRow,
  restLine: number,
): { row: R; label: RawCell[] } | undefined {
  const numbers = above.cells.filter((c) => NUMBER_PART.test(c.text));
  const firstNumber = numbers[0] && SPANS.get(numbers[0])![0];
  if (firstNumber === undefined) return undefined;
  // A rest is digits, or the unit of a count written with it (165 ⏎ 件: the cell reads 165件, which numeric-cells
  // reports), standing under the values.
  const isRest = (c: RawCell): boolean => DIGITS.test(c.text) || (REST_WITH_UNIT.test(c.text) && SPANS.get(c)![0] >= firstNumber);
  const split = row.cells.findIndex(isRest);
  if (split < 0) return undefined;
  const label = row.cells.slice(0, split);
  const digits = row.cells.slice(split);
  if (!digits.every(isRest) || digits.length >= numbers.length) return undefined;
  if (label.some((c) => SPANS.get(c)![1] > firstNumber)) return undefined;
  // Only a label in the row labels' column can start a row; unknown, every label cell is taken to be there.
  const rowLabels = rowLabelSpan(above, numbers[0]!);
  const own = rowLabels ? label.filter((c) => overlaps(SPANS.get(c)!, rowLabels[0], rowLabels[1])) : label;
  if (own.some((c) => ROW_ORDINAL.test(c.text))) return undefined;
  if (own.length > 0 && startsRow(own.map((c) => c.text.trim()).join(''))) return undefined;
  const rest = new Map<RawCell, RawCell>();
  const stray = (): undefined => {
    for (const fragment of digits) {
      const [x0, x1] = SPANS.get(fragment)!;
      for (const host of numbers) if (overlaps(SPANS.get(host)!, x0, x1)) FOLLOWED_BY_STRAY_DIGITS.add(host);
    }
    return undefined;
  };
  if (restLine > MAX_REST_LINES) return stray();
  for (const fragment of digits) {
    const [x0, x1] = SPANS.get(fragment)!;
    const under = numbers.filter((c) => overlaps(SPANS.get(c)!, x0, x1));
    const host = under[0];
    if (under.length !== 1 || !host || rest.has(host)) return stray();
    const span = SPANS.get(host)!;
    if (span[1] - span[0] < x1 - x0) return stray();
    if (SEPARATOR.test(host.text) && !THOUSANDS.test(host.text + fragment.text)) return stray();
    rest.set(host, fragment);
  }
  const cells = above.cells.map((cell) => {
    const fragment = rest.get(cell);
    if (!fragment) return cell;
    // A new cell, not a copy: the memo of what the cell holds (contentOf) was taken from the digits above alone.
    const joined: RawCell = {
      text: cell.text + fragment.text,
      spanned: cell.spanned,
      ...(cell.position ? { position: cell.position } : {}),
    };
    const span = SPANS.get(cell)!;
    const [x0, x1] = SPANS.get(fragment)!;
    SPANS.set(joined, [Math.min(span[0], x0), Math.max(span[1], x1)]);
    // A join to confirm stays one to confirm when more is joined to it.
    if (overPage || label.length > 0 || restLine > 1 || JOINS_TO_CONFIRM.has(cell)) JOINS_TO_CONFIRM.add(joined);
    return joined;
  });
  return { row: { ...above, cells }, label };
}
