/**
 * HTML tables to rectangular grids. The real headers of tables 三 and 四 merge cells both ways
 * (三、本年度办理结果 spans 22 rows), so a cell's column is only known after every colspan and rowspan
 * above and before it has been laid out; the label mapping then reads header positions directly.
 */
import type { Element } from 'hast';
import { isSkipped } from './html-content.js';

interface GridSlot {
  /** The <td>/<th> this slot belongs to. */
  cell: Element;
  /** False for the slots a span copies the cell into. */
  origin: boolean;
}

export interface Grid {
  rows: Array<{ tr: Element; slots: GridSlot[] }>;
  width: number;
  /**
   * Some row of several cells ends short of the others once spans are laid out: its cells' columns are
   * then a guess (a table cut in two loses the rowspan that filled its first column), so the table is
   * handed on as 'flattened' rows, unpadded, for the builder to read by labels and trailing values.
   */
  ragged: boolean;
}

const MAX_SPAN = 1000;

/**
 * The table's own rows (not those of tables nested in its cells), in source order; a hidden row or row group
 * (`<tr hidden>`, `style="display:none"`: an old row kept in the page) is not shown, so it is no row.
 */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element' || isSkipped(child)) continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const tr of child.children) if (tr.type === 'element' && tr.tagName === 'tr' && !isSkipped(tr)) rows.push(tr);
    }
  }
  return rows;
}

function spanOf(cell: Element, name: 'colSpan' | 'rowSpan', zeroMeans: number): number {
  const raw = cell.properties[name];
  const n = typeof raw === 'number' ? raw : Number.parseInt(String(raw ?? '1'), 10);
  if (!Number.isFinite(n) || n < 0) return 1;
  if (n === 0) return Math.max(1, zeroMeans);
  return Math.min(n, MAX_SPAN);
}

export function expandGrid(table: Element): Grid {
  const trs = tableRows(table);
  const grid: Array<Array<GridSlot | undefined>> = trs.map(() => []);
  trs.forEach((tr, r) => {
    const line = grid[r] ?? [];
    let c = 0;
    for (const cell of tr.children) {
      // A hidden cell is not shown and takes no column: the cells after it move left, as a browser lays them out.
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th') || isSkipped(cell)) continue;
      while (line[c]) c++;
      const cols = spanOf(cell, 'colSpan', 1);
      // rowspan="0" spans the rest of the table; spans never reach past the last row.
      const rows = Math.min(spanOf(cell, 'rowSpan', trs.length - r), trs.length - r);
      for (let i = 0; i < rows; i++) {
        const target = grid[r + i] ?? [];
        for (let j = 0; j < cols; j++) if (!target[c + j]) target[c + j] = { cell, origin: i === 0 && j === 0 };
      }
      c += cols;
    }
  });
  const width = Math.max(0, ...grid.map((line) => line.length));
  // A lone cell (a note, a block caption like 第二十条第（一）项 without colspan) does not make a table ragged.
  const ragged = grid.some(
    (line) => line.filter((s) => s?.origin).length > 1 && (line.length < width || line.includes(undefined)),
  );
  const rows: Grid['rows'] = [];
  trs.forEach((tr, r) => {
    const line = grid[r] ?? [];
    if (!line.some(Boolean)) return;
    const slots: GridSlot[] = [];
    for (let c = 0; c < width; c++) {
      const slot = line[c];
      if (slot) slots.push(slot);
      // In a grid a hole becomes a blank cell of its row, not a copy of anything.
      else if (!ragged)
        slots.push({
          cell: { type: 'element', tagName: 'td', properties: {}, children: [], position: tr.position },
          origin: true,
        });
    }
    rows.push({ tr, slots });
  });
  return { rows, width, ragged };
}
