/**
 * GFM tables of plain text, read from their lines instead of by micromark (issue 21). micromark builds a tokenizer,
 * a dozen events and a text node's points for every cell, so a report's tables (four fifths of a report in GFM
 * Markdown) cost about nine tenths of its parse, more than every rule and the report reader together. A table
 * whose cells can hold no Markdown construct reads to the same nodes from its lines alone: the cells are the text
 * between its pipes, spaces trimmed. Such a table, at the margin after a blank line and ending at one, is taken out
 * of the text micromark reads (its first line becomes a paragraph of `x`, the others blank lines, every offset kept)
 * and its node put back in the paragraph's place. micromark stays the reader of everything else, and the judge:
 * should the paragraph not stand where the table stood, the caller parses the text as written.
 * test/parser/plain-pipe-tables.test.ts checks the nodes equal micromark's on the fuzzer's reports and edge cases.
 */
import type { AlignType, Root, RootContent, Table, TableCell, TableRow } from 'mdast';
import type { LineIndex } from '../text-run.js';
import { BLANK_LINE } from './markdown-chunks.js';
import { sourceLines, type SourceLine } from './source-lines.js';

/**
 * What may stand in a plain table's line: no character that opens or escapes a Markdown construct (escapes,
 * entities, code, emphasis, links, images, HTML, autolinks), no tab (micromark counts its columns to the next
 * tab stop) and no NUL (replaced) or carriage return inside a line.
 */
const NOT_PLAIN = /[\\`*_<[\]!&\t\0\r]/;
/** A row: opens with a pipe at the margin and closes with one (spaces after it belong to the last cell). */
const ROW = /^\|.*\| *$/;
const LONE_CR = /\r(?!\n)/;
/** A delimiter cell: dashes, a colon at either end for the alignment. */
const DELIMITER_CELL = /^ *(:?)-+(:?) *$/;

/** The text micromark is given, and the tables taken out of it by the offset where each begins. */
export interface PlainTables {
  text: string;
  tables: Map<number, Table>;
}

/** Takes the plain tables out of `text` (the same text when there is none). */
export function takePlainTables(text: string, index: LineIndex): PlainTables {
  const tables = new Map<number, Table>();
  // A lone carriage return ends a line to micromark, not to LineIndex: positions would be a line short (rtAF 3).
  if (!text.includes('\n|') || LONE_CR.test(text)) return { text, tables };
  const lines = sourceLines(text);
  const pieces: string[] = [];
  let copied = 0;
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!;
    // The start of the text stands for a blank line before it (a table may open the text).
    if ((i > 0 && !BLANK_LINE.test(lines[i - 1]!.text)) || !header.text.startsWith('|')) continue;
    const found = plainTableAt(lines, i);
    if (!found) continue;
    const last = lines[found.last]!;
    tables.set(header.start, tableNode(text, lines, i, found, index));
    pieces.push(text.slice(copied, header.start), 'x'.repeat(header.end - header.start));
    pieces.push(text.slice(header.end, last.end).replace(/[^\n\r]/g, ' '));
    copied = last.end;
    i = found.last;
  }
  return tables.size ? { text: pieces.join('') + text.slice(copied), tables } : { text, tables };
}

/**
 * Puts the tables back where their paragraphs of `x` stand in the tree (children at the root); false when one
 * is not found there (the lines stood inside a block that spans blank lines: a fence, a comment), and the text is
 * to be parsed as written.
 */
export function putPlainTables(tree: Root, tables: ReadonlyMap<number, Table>): boolean {
  if (tables.size === 0) return true;
  let found = 0;
  tree.children = tree.children.map((node): RootContent => {
    const at = node.position?.start.offset;
    const table = node.type === 'paragraph' && at !== undefined ? tables.get(at) : undefined;
    if (!table || node.position?.end.offset !== table.children[0]?.position?.end.offset) return node;
    found++;
    return table;
  });
  return found === tables.size;
}

/** A plain table's cells: the header's, then each body row's (the delimiter's left out); its alignment; its last line. */
interface PlainTable {
  rows: CellSpans[];
  align: AlignType[];
  last: number;
}

/** The plain table whose header is line `at`, undefined when the lines are no plain table. */
function plainTableAt(lines: readonly SourceLine[], at: number): PlainTable | undefined {
  const header = cellsOf(lines[at]!);
  const delimiter = lines[at + 1] && cellsOf(lines[at + 1]!);
  if (!header || !delimiter || delimiter.length !== header.length) return undefined;
  const align: AlignType[] = [];
  const from = lines[at + 1]!.start;
  for (const { start, pipeEnd } of delimiter) {
    const found = DELIMITER_CELL.exec(lines[at + 1]!.text.slice(start + 1 - from, pipeEnd - from));
    if (!found) return undefined;
    const [, left, right] = found;
    align.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
  }
  const rows = [header];
  let i = at + 2;
  for (; i < lines.length && lines[i]!.text.startsWith('|'); i++) {
    const row = cellsOf(lines[i]!);
    if (!row) return undefined;
    rows.push(row);
  }
  // A table runs on over any line that starts no other block: only a blank line (or the end) ends it for certain.
  if (i < lines.length && !BLANK_LINE.test(lines[i]!.text)) return undefined;
  return { rows, align, last: i - 1 };
}

interface CellSpan {
  /** The cell's pipe (a cell's position starts at the pipe before it). */
  start: number;
  /** The next pipe (the last cell: the line's end, its closing pipe and spaces included). */
  end: number;
  /** Where the pipe closing this cell stands. */
  pipeEnd: number;
}
type CellSpans = CellSpan[];

function cellsOf(line: SourceLine): CellSpans | undefined {
  const row = line.text;
  if (!ROW.test(row) || NOT_PLAIN.test(row)) return undefined;
  const cells: CellSpans = [];
  for (let pipe = 0, next = row.indexOf('|', 1); next >= 0; pipe = next, next = row.indexOf('|', next + 1))
    cells.push({ start: line.start + pipe, end: line.start + next, pipeEnd: line.start + next });
  const lastCell = cells[cells.length - 1];
  if (!lastCell) return undefined;
  lastCell.end = line.end;
  return cells;
}

function tableNode(text: string, lines: readonly SourceLine[], at: number, table: PlainTable, index: LineIndex): Table {
  const rowLines = [lines[at]!, ...lines.slice(at + 2, table.last + 1)];
  const children = table.rows.map((cells, r): TableRow => {
    const line = rowLines[r]!;
    return {
      type: 'tableRow',
      children: cells.map((c) => cellNode(text, c, index)),
      position: index.position(line.start, line.end),
    };
  });
  return { type: 'table', align: table.align, children, position: index.position(lines[at]!.start, lines[table.last]!.end) };
}

function cellNode(text: string, cell: CellSpan, index: LineIndex): TableCell {
  let from = cell.start + 1;
  let to = cell.pipeEnd;
  while (from < to && text.charCodeAt(from) === 32) from++;
  while (to > from && text.charCodeAt(to - 1) === 32) to--;
  const children: TableCell['children'] =
    from < to ? [{ type: 'text', value: text.slice(from, to), position: index.position(from, to) }] : [];
  return { type: 'tableCell', children, position: index.position(cell.start, cell.end) };
}
