/**
 * Builders shared by the markdown and text adapters: mdast nodes made straight from source lines, so every
 * text node's value is an exact slice of the source and positions stay exact.
 */
import type { Paragraph, PhrasingContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { LineIndex } from '../text-run.js';
import { isBlank } from '../text-run.js';

/** A piece of source text: [start, end) offsets. */
export interface Piece {
  start: number;
  end: number;
}

export interface SourceLine extends Piece {
  /** The line without its line ending. */
  text: string;
}

/** Splits the source into lines with their offsets (CRLF and CR tolerated). */
export function sourceLines(source: string, from = 0, to = source.length): SourceLine[] {
  const out: SourceLine[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || source[i] === '\n') {
      let end = i;
      if (end > start && source[end - 1] === '\r') end--;
      out.push({ start, end, text: source.slice(start, end) });
      start = i + 1;
    }
  }
  return out;
}

/** The piece without surrounding blanks (spaces, tabs, ideographic spaces, no-break spaces). */
function trimPiece(source: string, piece: Piece): Piece {
  let { start, end } = piece;
  while (start < end && isBlank(source.charCodeAt(start))) start++;
  while (end > start && isBlank(source.charCodeAt(end - 1))) end--;
  return { start, end };
}

function textNode(source: string, piece: Piece, index: LineIndex): Text {
  return { type: 'text', value: source.slice(piece.start, piece.end), position: index.position(piece.start, piece.end) };
}

/** A paragraph from one line; `**`/`__` emphasis markers are dropped while each piece keeps its offsets. */
export function paragraphFromLine(source: string, line: Piece, index: LineIndex, stripEmphasis: boolean): Paragraph {
  const trimmed = trimPiece(source, line);
  const children: PhrasingContent[] = [];
  if (!stripEmphasis) children.push(textNode(source, trimmed, index));
  else {
    const text = source.slice(trimmed.start, trimmed.end);
    const re = /\*\*|__/g;
    let last = 0;
    for (let m = re.exec(text); ; m = re.exec(text)) {
      const cut = m ? m.index : text.length;
      if (cut > last) children.push(textNode(source, { start: trimmed.start + last, end: trimmed.start + cut }, index));
      if (!m) break;
      last = cut + m[0].length;
    }
  }
  return { type: 'paragraph', children, position: index.position(trimmed.start, trimmed.end) };
}

/** A table cell holding the given pieces of source text (a cell broken over several lines has several). */
export function cellFromPieces(source: string, pieces: readonly Piece[], index: LineIndex, at: number): TableCell {
  const kept = pieces.map((p) => trimPiece(source, p)).filter((p) => p.end > p.start);
  const children = kept.map((p) => textNode(source, p, index));
  const first = kept[0];
  const last = kept[kept.length - 1];
  const position = first && last ? index.position(first.start, last.end) : index.position(at, at);
  return { type: 'tableCell', children, position };
}

export function rowFromCells(cells: TableCell[], index: LineIndex, fallback: Piece): TableRow {
  const start = cells[0]?.position?.start.offset ?? fallback.start;
  const end = cells[cells.length - 1]?.position?.end.offset ?? fallback.end;
  return { type: 'tableRow', children: cells, position: index.position(start, end) };
}

export function flattenedTable(rows: TableRow[], index: LineIndex): Table {
  const start = rows[0]?.position?.start.offset ?? 0;
  const end = rows[rows.length - 1]?.position?.end.offset ?? start;
  return { type: 'table', children: rows, position: index.position(start, end), data: { layout: 'flattened' } };
}

/** A row from one tab-separated line: every tab opens a cell, empty cells included. */
export function rowFromTabLine(source: string, line: SourceLine, index: LineIndex): TableRow {
  const cells: TableCell[] = [];
  let start = line.start;
  for (let i = line.start; i <= line.end; i++) {
    if (i === line.end || source[i] === '\t') {
      cells.push(cellFromPieces(source, [{ start, end: i }], index, start));
      start = i + 1;
    }
  }
  return rowFromCells(cells, index, line);
}

/** Whether a line holds at least two cells separated by a tab (a tab only at its start does not count). */
export function isTabRow(text: string): boolean {
  return /\S[ \u3000\u00a0]*\t/.test(text);
}
