/**
 * HTML tables to rectangular grids. The real headers of tables 三 and 四 merge cells both ways
 * (三、本年度办理结果 spans 22 rows), so a cell's column is only known after every colspan and rowspan
 * above and before it has been laid out; the label mapping then reads header positions directly.
 */
import type { Element } from 'hast';

export interface GridSlot {
  /** The <td>/<th> this slot belongs to. */
  cell: Element;
  /** False for the slots a span copies the cell into. */
  origin: boolean;
}

export interface Grid {
  rows: Array<{ tr: Element; slots: GridSlot[] }>;
  width: number;
}

const MAX_SPAN = 1000;

/** The table's own rows (not those of tables nested in its cells), in source order. */
export function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const tr of child.children) if (tr.type === 'element' && tr.tagName === 'tr') rows.push(tr);
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
      if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
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
  const rows: Grid['rows'] = [];
  trs.forEach((tr, r) => {
    const line = grid[r] ?? [];
    if (!line.some(Boolean)) return;
    const slots: GridSlot[] = [];
    for (let c = 0; c < width; c++) {
      // A hole (a short row) becomes a blank cell of its row, not a copy of anything.
      slots.push(line[c] ?? { cell: { type: 'element', tagName: 'td', properties: {}, children: [], position: tr.position }, origin: true });
    }
    rows.push({ tr, slots });
  });
  return { rows, width };
}
