/**
 * Values printed before their labels: a table copied from a PDF viewer or WPS where every cell is a line of its
 * own and each row's value block comes out before its label (3 ⏎ 6 ⏎ … ⏎ 58 ⏎ 二、上年结转…). Read as usual, each
 * label takes the next row's values, the first block sits under the header and the last label is left bare: every
 * row one off, and the totals fail by whole rows. The stream is put back in the usual order (label, then its
 * values) when the layout is certain; where it looks so but something stands in the way, the table is said to be
 * unread, and nothing is read from it.
 */
import { contentOf, type RawCell } from '../raw-table.js';
import { isValueCell } from './pieces.js';
import type { StreamRow } from './stream.js';

/**
 * `rows`: the region's stream in the usual order, or `uncertain`: values seem to stand before their labels but which
 * label owns a block cannot be told. undefined: the stream is read as it is.
 */
export type ValuesFirst = { rows: StreamRow[] } | 'uncertain' | undefined;

/**
 * Whether a line's words are, by themselves, one of the table's row labels (not a column's name); `group`: a
 * group's label (（六）其他处理), which owns a block only where no row label follows it (a group printed as one row).
 */
export interface RowLabels {
  row: (text: string) => boolean;
  group?: (text: string) => boolean;
}

type Kind = 'value' | 'label' | 'mixed';

function kindOf(row: StreamRow): Kind {
  const values = row.cells.filter((c) => isValueCell(c, false)).length;
  return values === 0 ? 'label' : values === row.cells.length ? 'value' : 'mixed';
}

/** The words of a line: its cells that are no value. */
const textOf = (row: StreamRow): string =>
  row.cells
    .filter((c) => !isValueCell(c, false))
    .map((c) => c.text)
    .join('');
const isNumber = (cell: RawCell): boolean => contentOf(cell).content === 'number';

/**
 * The layout is taken for values first when both ends say so: the region's lines before its first value hold no
 * row label (a value block stands between the header and the first label), and a row label stands after its last
 * value (the last label is left bare). Printed the usual way, the first row's label stands before any value, and
 * values close the table. The second sign alone (a last row with every cell blank) leaves the stream as it is; so
 * does a first "block" of one value (a page's number under the header). A first block of a row's values without the
 * second sign leaves the table unread: which label owns which block is not known.
 */
export function valuesFirst(rows: readonly StreamRow[], labels: RowLabels): ValuesFirst {
  // Only loose lines: a table row keeps its label and values together.
  if (rows.some((r) => r.tabular)) return undefined;
  const kinds = rows.map(kindOf);
  // A lone 无 between words is a character of a label printed one per line (（四）无法提供), not a row's value.
  kinds.forEach((kind, k) => {
    if (kind === 'value' && kinds[k - 1] === 'label' && kinds[k + 1] === 'label' && !rows[k]!.cells.some(isNumber))
      kinds[k] = 'label';
  });
  const first = kinds.indexOf('value');
  const last = kinds.lastIndexOf('value');
  if (first < 0) return undefined;
  const rowLabel = (k: number): boolean => kinds[k] !== 'value' && labels.row(textOf(rows[k]!));
  const groupLabel = (k: number): boolean => kinds[k] === 'label' && labels.group?.(textOf(rows[k]!)) === true;
  // A row label with values on its line: the rows print label and values together (space-aligned text, a crawl).
  if (kinds.some((kind, k) => kind === 'mixed' && rowLabel(k))) return undefined;
  const before = rows.slice(0, first).some((_, k) => rowLabel(k));
  const after = rows.slice(last + 1).some((_, k) => rowLabel(last + 1 + k));
  if (before) return undefined;
  // The first block of values, and whether a row label stands after it (table 四's one row has none: nothing owns
  // a block there, and it is read as it is).
  let firstEnd = first;
  let firstBlock = 0;
  for (; kinds[firstEnd] === 'value'; firstEnd++) firstBlock += rows[firstEnd]!.cells.length;
  const owned = firstBlock >= MIN_FIRST_BLOCK && rows.slice(firstEnd).some((_, j) => rowLabel(firstEnd + j));
  // Only one end says values first; read as usual, every row would take the next row's values, and each would still
  // add up. A region that starts with values (a damaged line ended the header early, so a label may have been cut
  // off before them), or that runs past the table's end (a section heading it could not place let it run on into
  // the next table or the page's footer): which label owns which block is not known.
  if (first === 0) return after && owned ? 'uncertain' : undefined;
  if (!after) return owned ? 'uncertain' : undefined;

  // Blocks of value lines and the runs of label lines after each.
  const blocks: Array<{ values: StreamRow[]; run: number[] }> = [];
  for (let k = first; k < rows.length; k++) {
    if (kinds[k] === 'value') {
      if (k === 0 || kinds[k - 1] !== 'value') blocks.push({ values: [], run: [] });
      blocks[blocks.length - 1]!.values.push(rows[k]!);
    } else blocks[blocks.length - 1]!.run.push(k);
  }
  // A first block of one value may be a page's number under the header, not a row's values.
  if (firstBlock < MIN_FIRST_BLOCK) return 'uncertain';
  const out: StreamRow[] = rows.slice(0, first);
  for (const { values, run } of blocks) {
    // A block belongs to the first row label after it: group labels (三、本年度办理结果) may stand before that
    // label, and captions and headers of the next block (第二十条第（五）项 信息内容 …) after it.
    let owner = run.findIndex((k) => rowLabel(k));
    if (owner < 0) owner = run.findIndex((k) => groupLabel(k));
    // Words and numbers on one line (a header's 数据1) are left where they stand after the owner; before it, which
    // of them is a label and which a row's values is not told here.
    if (owner < 0 || run.slice(0, owner + 1).some((k) => kinds[k] === 'mixed')) return 'uncertain';
    out.push(...run.slice(0, owner + 1).map((k) => rows[k]!), ...values, ...run.slice(owner + 1).map((k) => rows[k]!));
  }
  return { rows: out };
}

/** Values a first block holds at least (a row of table 二 has three, of table 三 seven); a page's number has one. */
const MIN_FIRST_BLOCK = 2;
