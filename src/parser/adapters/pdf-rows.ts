/**
 * Puts a table row back together before it is written as text, so the shared table reader sees one line per
 * row with its label first. In a PDF a row's label is often not on its values' baseline: a label wrapped in
 * its cell has its halves above and below the values (which the cell centres between them), and a label
 * set in another size sits a little higher or lower. A group label spanning several rows ((三)不予公开) stays
 * where it is printed: the table reader takes group labels wherever they stand within their rows. A header label wrapped inside its cell (商业⏎企业) is joined back into one cell.
 */
import { copyLines, SAME_LINE, type Cell, type VisualLine } from './pdf-lines.js';
import { isValueText } from '../numbers.js';
import { isHeadingLine } from './pdf-headings.js';
import { APPLICATION_COLUMNS } from '../data/applications.js';

const ORDINAL = /^\s*([（(]\s*[一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*、|\d+\s*[.．、])/;

/** Whether a label opens with a row ordinal (1. （二） 四、): the first line of a row's label, never a continuation. */
export const opensWithOrdinal = (text: string): boolean => ORDINAL.test(text);

/** A label fragment joins a value line at most this far away (baseline to baseline, in glyphs). */
const JOIN_DISTANCE = 2.2;

/** Index of the first value cell after the last label cell, or -1 when the line ends with a label. */
function firstValue(line: VisualLine): number {
  let i = line.cells.length;
  while (i > 0 && isValueText(line.cells[i - 1]!.text)) i--;
  return i < line.cells.length ? i : -1;
}

function isLabelOnly(line: VisualLine): boolean {
  if (line.cells.some((c) => isValueText(c.text))) return false;
  return !isHeadingLine(line);
}

/** Where a value line's label pieces stand: its own baseline, and each fragment joined to it so far. */
interface Piece {
  x0: number;
  x1: number;
  y: number;
}

/**
 * Joins each label-only line to the value line next to it, nearest pairs first: the distance is measured to
 * the value line's baseline, or to a fragment already joined in the same column (a label wrapped over three
 * lines reaches its values through its middle line).
 */
export function joinLabelFragments(input: readonly VisualLine[]): VisualLine[] {
  const lines = copyLines(input);
  const pieces = new Map<VisualLine, Piece[]>(lines.map((l) => [l, [{ x0: -Infinity, x1: Infinity, y: l.y }]]));
  for (;;) {
    let best: { index: number; target: VisualLine; distance: number } | undefined;
    lines.forEach((label, index) => {
      // A row read from its drawn grid (pdf-grid.ts) has its label whole: it neither gives nor takes fragments.
      if (!isLabelOnly(label) || label.ruled) return;
      for (const target of [lines[index - 1], lines[index + 1]]) {
        if (!target || target.ruled) continue;
        const distance = fragmentDistance(label, target, pieces.get(target)!);
        if (distance !== undefined && (!best || distance < best.distance)) best = { index, target, distance };
      }
    });
    if (!best) break;
    const label = lines[best.index]!;
    mergeInto(best.target, label, label.y < best.target.y);
    for (const c of label.cells) pieces.get(best.target)!.push({ x0: c.x0, x1: c.x1, y: c.y });
    lines.splice(best.index, 1);
  }
  return lines;
}

function fragmentDistance(label: VisualLine, target: VisualLine, joined: readonly Piece[]): number | undefined {
  const start = firstValue(target);
  if (start < 0) return undefined;
  const size = Math.max(label.size, target.size);
  // A fragment that opens with a row ordinal (1. （二） 四、) starts a label: it never ends the row above
  // (though it may sit a little lower than its own values).
  if (target.y < label.y - 0.6 * size && opensWithOrdinal(label.cells[0]!.text)) return undefined;
  // The fragment must stand in the label columns, left of the first value: the leftmost cell that reads as a
  // value (a value written as text further right, 若干, would make every number left of it look like a label).
  const valueX = Math.min(...target.cells.filter((c) => isValueText(c.text)).map((c) => c.x0));
  if (label.cells.some((c) => c.x1 > valueX + 0.2 * size)) return undefined;
  const x0 = Math.min(...label.cells.map((c) => c.x0));
  const x1 = Math.max(...label.cells.map((c) => c.x1));
  if (!continuesLabels(label, target, label.y < target.y, size)) return undefined;
  const y = Math.max(...label.cells.map((c) => c.y));
  const top = Math.min(...label.cells.map((c) => c.y));
  const near = joined.filter((p) => p.x0 < x1 && p.x1 > x0).map((p) => Math.min(Math.abs(p.y - y), Math.abs(p.y - top)));
  const distance = Math.min(...near);
  return distance > 0 && distance <= JOIN_DISTANCE * size ? distance : undefined;
}

/** A line wrapped inside a cell is at most this much wider (glyphs) than the cell's line above it (kinsoku may push a character down). */
const WRAP_WIDER = 1.5;

/**
 * Whether the fragment's cells can be lines of the label cells of the target they overlap:
 * - above a label cell that opens with a row ordinal (4.无正当理由…) nothing is of its label: only the first line
 *   of a label opens with its ordinal. The rest of the row above (3.要求提供公 ⏎ 开出版物, broken by a page)
 *   would become the start of this row's label, and that row, its label cut, a missing row;
 * - below a label cell, a line much wider than the label is no line it wrapped onto (a label wraps where its
 *   line is full): a header line of the next row (第二十条第（五）项 under 行政规范性文件, a table set tight as
 *   Word sets it, rows one line apart) would have been taken for the end of the label, and the row left unread.
 */
function continuesLabels(fragment: VisualLine, target: VisualLine, above: boolean, size: number): boolean {
  const end = firstValue(target);
  const labels = target.cells.slice(0, end < 0 ? target.cells.length : end);
  return fragment.cells.every((cell) => {
    const under = labels.filter((c) => cell.x0 < c.x1 && cell.x1 > c.x0);
    if (under.length === 0) return true;
    if (above) return !opensWithOrdinal(under[0]!.text);
    // The label's line may be drawn as several cells; an automatic number alone (2. ⏎ 国家秘) says nothing of its width.
    if (under.every((c) => c.text.replace(ORDINAL, '').trim() === '')) return true;
    const width = Math.max(...under.map((c) => c.x1)) - Math.min(...under.map((c) => c.x0));
    return cell.x1 - cell.x0 <= width + WRAP_WIDER * size;
  });
}

/** Each fragment cell continues the label cell it overlaps, or becomes a label cell of its own. */
function mergeInto(target: VisualLine, fragment: VisualLine, above: boolean): void {
  for (const cell of fragment.cells) {
    const end = firstValue(target);
    const labels = target.cells.slice(0, end);
    const overlap = labels.find((c) => cell.x0 < c.x1 && cell.x1 > c.x0);
    if (overlap) {
      // A number set apart at the end of the label's line (a first value standing a blank after a label that
      // fills its column: 不再处理 129 ⏎ 其政府信息公开申请) stays at the label's end, where the table reader sees a
      // label ending in a number (read in the label's middle, the row's first value was blank: a false error).
      const number = above ? undefined : / [0-9]+$/.exec(overlap.text);
      if (number) overlap.text = overlap.text.slice(0, number.index) + cell.text + number[0].trim();
      else overlap.text = above ? cell.text + overlap.text : overlap.text + cell.text;
      overlap.x0 = Math.min(overlap.x0, cell.x0);
      overlap.x1 = Math.max(overlap.x1, cell.x1);
      continue;
    }
    let at = 0;
    while (at < end && target.cells[at]!.x0 < cell.x0) at++;
    target.cells.splice(at, 0, { ...cell });
  }
}

/** Header cells wrapped in their cell (商业⏎企业, 社会公⏎益组织): lines this close (glyphs) continue a cell. */
const WRAP_DISTANCE = 2.2;

/**
 * Joins a header label wrapped inside its cell: a cell of a label-only table line continues an open cell
 * above it (same centre, not much wider, the previous line of that cell at most WRAP_DISTANCE away). Any
 * other line closes the cells it crosses.
 */
export function joinWrappedHeaders(input: readonly VisualLine[]): VisualLine[] {
  const lines = copyLines(input);
  let open: Array<{ host: Cell; x0: number; x1: number; y: number; page: number }> = [];
  // Only table lines: two or more cells, or one cell next to such a line (paragraphs of equal width are not
  // wrapped header cells).
  const wide = lines.map((l) => l.cells.length > 1);
  const near = (i: number, j: number): boolean => {
    const a = lines[i];
    const b = lines[j];
    return !!a && !!b && wide[j] === true && a.page === b.page && Math.abs(a.y - b.y) <= WRAP_DISTANCE * a.size;
  };
  lines.forEach((line, i) => {
    // A row read from its drawn grid has its header cells whole (pdf-grid.ts).
    const header = !line.ruled && isLabelOnly(line) && (wide[i] || near(i, i - 1) || near(i, i + 1));
    open = open.filter((o) => o.page === line.page && line.y - o.y <= (WRAP_DISTANCE + SAME_LINE) * line.size);
    if (!header) {
      open = open.filter((o) => !line.cells.some((c) => c.x0 < o.x1 && c.x1 > o.x0));
      return;
    }
    line.cells = line.cells.filter((cell) => {
      const centre = (cell.x0 + cell.x1) / 2;
      const width = cell.x1 - cell.x0;
      const hit = open.find((o) => o.x0 < cell.x1 && o.x1 > cell.x0);
      if (hit) {
        // The last line of a wrapped label may be short (法律服务⏎机构), never much wider than the line above.
        // A left-aligned label wrapped short (自然⏎人 in a column narrowed by letter spacing) is one where only
        // together its lines are a column's name.
        const named = (t: string): boolean => APPLICATION_COLUMNS.some((c) => c.label === t.replace(/\s+/g, ''));
        const left = Math.abs(hit.x0 - cell.x0) <= 0.15 * line.size && named(hit.host.text + cell.text) && !named(hit.host.text);
        const similar =
          cell.y - hit.y <= WRAP_DISTANCE * line.size &&
          (left || Math.abs((hit.x0 + hit.x1) / 2 - centre) <= 0.5 * line.size) &&
          width - (hit.x1 - hit.x0) <= Math.max(1.5 * line.size, 0.3 * width);
        open = open.filter((o) => o !== hit);
        if (similar) {
          hit.host.text += cell.text;
          open.push({ ...hit, y: cell.y });
          return false;
        }
      }
      open.push({ host: cell, x0: cell.x0, x1: cell.x1, y: cell.y, page: line.page });
      return true;
    });
  });
  return lines.filter((l) => l.cells.length > 0);
}

/**
 * At most this many lines under the last row of a page (footnotes: no values, no grid row) are passed over, here and
 * by pdf-cut-rows.ts.
 */
export const MAX_TRAILING_LINES = 3;

/** At most this many label lines at the top of a page continue the last row of the page before. */
const MAX_CARRIED_LINES = 8;

/**
 * A row label broken by a page: the lines at the top of the next page that hold only label text, in the
 * label columns, continue the last row of the page before (passing over a few footnote lines under it), when
 * the table goes on with a row of values.
 */
export function joinAcrossPages(input: readonly VisualLine[]): VisualLine[] {
  const lines = copyLines(input);
  for (const { i, before } of pageStarts(lines)) {
    // The table's header rows repeated at the top of the page (Word's and LibreOffice's 标题行重复) stand between the
    // row broken by the page and the rest of its label: passed over, they stay where they are.
    let top = i;
    while (top < lines.length && lines[top]!.page === lines[i]!.page && before.has(lineKey(lines[top]!))) top++;
    // Footnotes under the table (¹含上年度转入的 2 件。) may stand between the last row and the page's end.
    let back = i - 1;
    while (
      back > 0 &&
      i - 1 - back < MAX_TRAILING_LINES &&
      lines[back - 1]!.page === lines[i - 1]!.page &&
      isLabelOnly(lines[back]!)
    )
      back--;
    const last = lines[back]!;
    const start = firstValue(last);
    if (start < 0) continue;
    const valueX = last.cells[start]!.x0;
    let j = top;
    while (j < lines.length && j - top < MAX_CARRIED_LINES && lines[j]!.page === lines[i]!.page && isLabelOnly(lines[j]!)) {
      if (lines[j]!.cells.some((c) => c.x1 > valueX + 0.2 * lines[j]!.size)) break;
      j++;
    }
    const next = lines[j];
    if (j === top || !next || next.page !== lines[i]!.page || firstValue(next) < 0) continue;
    for (let k = top; k < j; k++) mergeInto(last, lines[k]!, false);
    lines.splice(top, j - top);
  }
  return lines;
}

/** A line's text, cell by cell: a header row printed again reads the same. */
export const lineKey = (line: VisualLine): string => line.cells.map((c) => c.text).join('\t');

/**
 * Each line opening a page (its index `i`), with the text (lineKey) of every line before it: a header row printed
 * again at the page's top reads as one of them. A caller may remove lines, at or after `i` only.
 */
export function* pageStarts(lines: readonly VisualLine[]): Generator<{ i: number; before: ReadonlySet<string> }> {
  const before = new Set<string>();
  let seen = 0;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.page === lines[i - 1]!.page) continue;
    for (; seen < i; seen++) before.add(lineKey(lines[seen]!));
    yield { i, before };
  }
}
