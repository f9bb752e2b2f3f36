/**
 * Tells a table that lays out a page from a table of data. Older portals put the whole report in one cell of
 * a layout table (<td>一、总体情况 … tables … 六、…</td>), or in the rows of one; read as data, the report
 * would be one cell. A cell holding a table, or several paragraphs of running text that are most of the
 * table's words, is layout; a data table's cells hold a label, a figure, a header printed one character per
 * line, or a note row, which is a small part of its table.
 */
import type { Element, ElementContent } from 'hast';
import { isSkipped } from './html-content.js';

/** Blocks that make a cell's text running text when it holds several of them. */
const PARAGRAPH = /^(?:p|div|h[1-6]|li|blockquote|pre|section|article)$/;
/** A paragraph of running text has at least this many letters (a header printed 结/果/维/持 has one each). */
const PARAGRAPH_LETTERS = 8;
/** … and a cell of running text holds at least this many such paragraphs. */
const MIN_PARAGRAPHS = 3;

interface CellShape {
  table: boolean;
  paragraphs: number;
  letters: number;
}

/** Letters (non-blank characters) of some nodes, tables nested in them included. */
function letters(nodes: readonly ElementContent[]): number {
  let n = 0;
  for (const node of nodes) {
    if (node.type === 'text') n += node.value.replace(/\s+/g, '').length;
    else if (node.type === 'element' && !isSkipped(node)) n += letters(node.children);
  }
  return n;
}

function shapeOf(cell: Element): CellShape {
  const shape: CellShape = { table: false, paragraphs: 0, letters: letters(cell.children) };
  const walk = (nodes: readonly ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element' || isSkipped(node)) continue;
      if (node.tagName === 'table') shape.table = true;
      else if (PARAGRAPH.test(node.tagName) && !node.children.some((c) => c.type === 'element' && PARAGRAPH.test(c.tagName))) {
        if (letters(node.children) >= PARAGRAPH_LETTERS) shape.paragraphs++;
      } else walk(node.children);
    }
  };
  walk(cell.children);
  return shape;
}

/** The table's own cells (not those of tables nested in them). */
function ownCells(table: Element): Element[] {
  const cells: Element[] = [];
  const walk = (nodes: readonly ElementContent[]): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'td' || node.tagName === 'th') cells.push(node);
      else if (node.tagName !== 'table') walk(node.children);
    }
  };
  walk(table.children);
  return cells;
}

/** Whether a table lays out its content (read as running text) rather than holding data. */
export function isLayoutTable(table: Element): boolean {
  const shapes = ownCells(table).map(shapeOf);
  const total = shapes.reduce((sum, s) => sum + s.letters, 0);
  return shapes.some((s) => s.table || (s.paragraphs >= MIN_PARAGRAPHS && 2 * s.letters >= total));
}
