/**
 * A table row broken by a page, read through its drawn grid (pdf-grid.ts). Word and LibreOffice let a row run
 * over a page by default (允许跨行断页): a number wrapped inside a narrow cell (113 printed 1 ⏎ 13) shows its first
 * line at the foot of one page and the rest at the top of the next, in a row of its own under the same borders
 * (red team rtAC cause 1: 1 read for 113, 38 for 383, 4,38 for 4,384; table 四's one data row split in two read as
 * a second table 四). Each page's grid closes the cut row at the page's edge, so the row was read as complete.
 *
 * The grid says which column each piece stands in, so the rest is joined onto its cell: the last grid row of a
 * page takes the first grid row of the next page (past the header rows repeated there) when that row is only the
 * rest of it: every one of its cells stands under a cell of the row above of the same kind (digits under digits,
 * words under words), no label of it opens with a row ordinal (a new row's label does: 2.其他法律…), and it lacks
 * some of the row's cells (a new row holds every value and its label; a row's rest holds only what ran over) or its
 * label is the end of the row's (a row every cell of which ran over). The
 * text-only reading has no columns to be sure of and leaves such a row unread (spillAcrossPages).
 */
import { copyLines, type Cell, type VisualLine } from './pdf-lines.js';
import { lineKey, MAX_TRAILING_LINES, opensWithOrdinal, pageStarts } from './pdf-rows.js';
import { APPLICATION_ROWS, GROUP_LABELS, RESULTS_LABEL } from '../data/applications.js';

/** Cells whose sides stand this close (glyphs) are one column's: the borders drawn on both pages are the same. */
const SAME_SIDE = 0.3;

/** A cell of digits (grouped or not), as a number wrapped in its cell is cut: 4,38 ⏎ 4, and 4 ⏎ ,068. */
const NUMBER = /^[0-9０-９,，.．]*[0-9０-９][0-9０-９,，.．]*$/;
const isNumber = (c: Cell): boolean => NUMBER.test(c.text.replace(/\s+/g, ''));

/** The lines with every grid row cut by a page joined with its rest from the next page (see the file comment). */
export function joinCutRows(input: readonly VisualLine[]): VisualLine[] {
  const lines = copyLines(input);
  for (const { i, before } of pageStarts(lines)) {
    let back = i - 1;
    while (back > 0 && i - 1 - back < MAX_TRAILING_LINES && !lines[back]!.ruled && lines[back - 1]!.page === lines[i - 1]!.page)
      back--;
    const last = lines[back]!;
    // The table's header rows printed again at the top of the page (标题行重复) stand above the row's rest; a rest
    // of digits alone (3) may read as a line printed before, and is never a header.
    let top = i;
    const repeated = (l: VisualLine): boolean => l.page === lines[i]!.page && !l.cells.some(isNumber) && before.has(lineKey(l));
    while (top < lines.length && repeated(lines[top]!)) top++;
    const rest = lines[top];
    if (!last.ruled || !rest?.ruled || rest.page !== lines[i]!.page) continue;
    // Label cells spanning rows above the cut one (三、本年度办理结果 printed down its column): their rest may go on too.
    let up = back;
    while (up > 0 && lines[up - 1]!.ruled && lines[up - 1]!.page === last.page) up--;
    const spanning = lines.slice(up, back).flatMap((l) => l.cells.filter((c) => !isNumber(c)));
    const under = restOf(last, rest, spanning);
    if (!under) continue;
    rest.cells.forEach((cell, k) => {
      const host = under[k]!;
      host.text =
        /[A-Za-z]$/.test(host.text) && /^[A-Za-z]/.test(cell.text) ? `${host.text} ${cell.text}` : host.text + cell.text;
      if (cell.cut) host.cut = true;
      // The digits joined are one number: the runs it was drawn in say nothing of it any more.
      delete host.runs;
    });
    lines.splice(top, 1);
  }
  return lines;
}

/** The cell of `row` each cell of `rest` goes on, when `rest` is only the rest of `row` (see the file comment). */
function restOf(row: VisualLine, rest: VisualLine, spanning: readonly Cell[]): Cell[] | undefined {
  const tolerance = SAME_SIDE * Math.max(row.size, rest.size);
  const hosts: Cell[] = [];
  const sides = (c: Cell, cell: Cell): boolean => Math.abs(c.x0 - cell.x0) <= tolerance && Math.abs(c.x1 - cell.x1) <= tolerance;
  for (const cell of rest.cells) {
    // A label spanning the cut row and rows above it goes on where its column does, when the rest ends it.
    const host =
      row.cells.find((c) => sides(c, cell)) ??
      [...spanning].reverse().find((c) => !isNumber(cell) && sides(c, cell) && endsLabel(c.text, cell.text));
    if (!host || hosts.includes(host) || isNumber(host) !== isNumber(cell)) return undefined;
    if (!isNumber(cell) && opensWithOrdinal(cell.text)) return undefined;
    hosts.push(host);
  }
  const lacksNumber = row.cells.some((c) => isNumber(c) && !hosts.includes(c));
  const lacksLabel = row.cells.some((c) => !isNumber(c)) && rest.cells.every(isNumber);
  return lacksNumber || lacksLabel || labelEnded(rest, hosts) ? hosts : undefined;
}

/**
 * A row every cell of which ran over (a tall row: its label and each of its numbers wrapped) holds a line in each
 * cell, as a new row does: it is the row's rest only when each of its labels ends the row's, which alone names no
 * label of table 三 and with it names one (3.危及“三安全 ⏎ 一稳定”; （六）其他 ⏎ 处理 beside it). A new row's label
 * (行政规范性文件 under 规章, 其他 under 3.其他) does not.
 */
function labelEnded(rest: VisualLine, hosts: readonly Cell[]): boolean {
  const labels = rest.cells.flatMap((cell, k) => (isNumber(cell) ? [] : [[hosts[k]!.text, cell.text] as const]));
  return labels.length > 0 && labels.every(([head, tail]) => endsLabel(head, tail));
}

/** Whether `tail` ends the label `head` of table 三: alone `head` names no row, with `tail` it names one. */
export const endsLabel = (head: string, tail: string): boolean => !LABELS.has(words(head)) && LABELS.has(words(head + tail));

/** A label's characters without punctuation and blanks, its ordinal kept (（六）其他 is no row 3.其他). */
const words = (label: string): string => label.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
const ORDINAL = /^\s*(?:[（(]\s*[一二三四五六七八九十]+\s*[)）]|[一二三四五六七八九十]+\s*、|\d+\s*[.．、])/;
/** Table 三's row labels (the ordinal before the core: （二）部分公开 with its note) and its group labels. */
const LABELS = new Set([
  ...APPLICATION_ROWS.flatMap((r) => [words(r.label), words(ORDINAL.exec(r.label)?.[0] ?? '') + r.core]),
  ...Object.values(GROUP_LABELS).map(words),
  words(RESULTS_LABEL),
]);
