/**
 * Text adapter: layout recovery for text pasted from Word or a web page. Every other line is a paragraph;
 * tables come in three shapes seen in published reports:
 * - tab-separated rows (one row per line, every tab opens a cell);
 * - one cell per line (seed 003's layout): a TAB-led line opens a cell (a lone TAB is a blank cell), a blank
 *   line followed by a TAB-led line opens a row, and a short plain line continues the current cell ("社会⏎⏎公益⏎⏎组织" is one cell);
 * - `|`-flattened rows ("a | b | c"), or one cell per line with `|||` padding between rows;
 * - grid tables drawn with `+---+` or box-drawing borders (pandoc, reStructuredText, w3m), read by grid-table.ts.
 * Headings are not recognised here: the report builder finds them among the paragraphs.
 */
import type { RootContent, Table, TableCell, TableRow } from 'mdast';
import { bandTable, gridBlocks, gridTable } from './grid-table.js';
import type { AdapterOutput } from './types.js';
import { LineIndex } from '../text-run.js';
import { isValueText } from '../numbers.js';
import { matchSectionHeading } from '../sections.js';
import {
  cellFromPieces,
  flattenedTable,
  isTabRow,
  paragraphFromLine,
  rowFromCells,
  rowFromTabLine,
  sourceLines,
  type Piece,
  type SourceLine,
} from './source-lines.js';

/** A plain line this short after a cell is a broken cell label, not a paragraph. */
const MAX_CONTINUATION = 6;

export function readText(text: string): AdapterOutput {
  const index = new LineIndex(text);
  const reader = new TextLayoutReader(text, index);
  const lines = sourceLines(text);
  const grids = gridBlocks(lines).filter((b) => b.grid !== null || b.bands !== null);
  for (let i = 0, g = 0; i < lines.length; i++) {
    const block = grids[g];
    if (block?.first === i) {
      reader.pushTable(block.grid ? gridTable(text, block.grid, index) : bandTable(text, block.bands!, index));
      i = block.last;
      g++;
    } else reader.push(lines[i]!);
  }
  return { tree: { type: 'root', children: reader.finish() }, text, linesFromSource: true, lineIndex: index };
}

type Mode = 'none' | 'cellPerLine' | 'pipeCellPerLine';

class TextLayoutReader {
  private readonly out: RootContent[] = [];
  private rows: TableRow[] = [];
  private mode: Mode = 'none';
  /** The row being built in the one-cell-per-line modes: each cell is a list of source pieces. */
  private cells: Piece[][] = [];
  private blanks = 0;
  /** The last `|` row read: a number alone in a `|` cell right under it is a row of its table too. */
  private lastPipeRow: TableRow | undefined;

  constructor(
    private readonly source: string,
    private readonly index: LineIndex,
  ) {}

  push(line: SourceLine): void {
    const text = line.text;
    // One cell per line: a lone TAB right after a cell is a blank cell of the row (not a blank line, which would
    // end the row and shift the cells after it).
    if (this.mode === 'cellPerLine' && this.blanks === 0 && this.cells.length > 0 && /^\t[ \t]*$/.test(text)) {
      this.cells.push([{ start: line.start + 1, end: line.start + 1 }]);
      return;
    }
    if (text.trim() === '') {
      this.blanks++;
      // Tab rows are separate tables when a blank line stands between them.
      if (this.mode === 'none') this.flushTable();
      return;
    }
    const blanksBefore = this.blanks;
    this.blanks = 0;
    if (text.includes('\t') && numberedHeading(text)) {
      this.flushTable();
      this.out.push(paragraphFromLine(this.source, line, this.index, false));
    } else if (isTabRow(text)) {
      this.closeRow();
      this.mode = 'none';
      this.rows.push(rowFromTabLine(this.source, line, this.index));
    } else if (/^\t/.test(text)) {
      this.pushCellLine(line, blanksBefore);
    } else if (isPipeRow(text) || (this.underPipeRow(blanksBefore) && LONE_VALUE_CELL.test(text))) {
      this.closeRow();
      this.mode = 'none';
      this.lastPipeRow = this.rowFromPipeLine(line);
      this.rows.push(this.lastPipeRow);
    } else if (isPipePadding(text)) {
      this.closeRow();
      this.mode = 'pipeCellPerLine';
    } else if (this.mode === 'pipeCellPerLine' && /^\s*\||\|\s*$/.test(text)) {
      const inner = innerPipePiece(line);
      this.cells.push([inner]);
    } else if (this.continuesCell(text, blanksBefore)) {
      this.cells[this.cells.length - 1]!.push({ start: line.start, end: line.end });
    } else {
      this.flushTable();
      this.out.push(paragraphFromLine(this.source, line, this.index, false));
    }
  }

  /** A table read whole elsewhere (a grid drawn with characters: grid-table.ts). */
  pushTable(table: Table): void {
    this.flushTable();
    this.blanks = 0;
    this.out.push(table);
  }

  finish(): RootContent[] {
    this.flushTable();
    return this.out;
  }

  /**
   * Whether the line before this one, no blank line between, was a `|` row: AsciiDoc opens every cell with `|` and
   * wraps a long row (|1391 |8015, or |8015 alone), so a number alone in a cell there is the rest of the row above,
   * not a paragraph. (A cell of words so written, MediaWiki's | 结果维持, stays a line: its table is read as lines.)
   */
  private underPipeRow(blanksBefore: number): boolean {
    return (
      this.mode === 'none' && blanksBefore === 0 && this.rows.length > 0 && this.rows[this.rows.length - 1] === this.lastPipeRow
    );
  }

  private pushCellLine(line: SourceLine, blanksBefore: number): void {
    if (this.mode !== 'cellPerLine' || blanksBefore > 0) {
      this.closeRow();
      this.mode = 'cellPerLine';
    }
    this.cells.push([{ start: line.start + 1, end: line.end }]);
  }

  private continuesCell(text: string, blanksBefore: number): boolean {
    if (this.mode !== 'cellPerLine' || this.cells.length === 0 || blanksBefore > 1) return false;
    const t = text.trim();
    if (t.length > MAX_CONTINUATION || /[。；;，,]$/.test(t)) return false;
    const current = this.cells[this.cells.length - 1]!;
    const currentText = current
      .map((p) => this.source.slice(p.start, p.end))
      .join('')
      .trim();
    // A value cell is complete; a label cell may be broken over lines.
    return currentText === '' || !isValueText(currentText);
  }

  private closeRow(): void {
    if (this.cells.length === 0) return;
    const cells: TableCell[] = this.cells.map((pieces) => cellFromPieces(this.source, pieces, this.index, pieces[0]?.start ?? 0));
    const first = this.cells[0]?.[0];
    this.rows.push(rowFromCells(cells, this.index, first ?? { start: 0, end: 0 }));
    this.cells = [];
  }

  private flushTable(): void {
    this.closeRow();
    if (this.rows.length) this.out.push(flattenedTable(this.rows, this.index));
    this.rows = [];
    this.mode = 'none';
  }

  private rowFromPipeLine(line: SourceLine): TableRow {
    const pieces: Piece[] = [];
    const text = line.text;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      if (i === text.length || text[i] === '|') {
        pieces.push({ start: line.start + start, end: line.start + i });
        start = i + 1;
      }
    }
    // "| a | b |": the empty pieces outside the outer pipes are not cells.
    if (/^\s*\|/.test(text)) pieces.shift();
    if (/\|\s*$/.test(text)) pieces.pop();
    const cells = pieces.map((p) => cellFromPieces(this.source, [p], this.index, p.start));
    return rowFromCells(cells, this.index, line);
  }
}

/**
 * A numbered section heading as Word copies an automatically numbered paragraph: its number, a TAB (the list's
 * follow character), then the words (一、⇥总体情况), or the whole heading indented by a TAB. It is the line it
 * prints, never a table row or cell; the PDF reader tells its headings from table rows the same way.
 */
const numberedHeading = (text: string): boolean => (matchSectionHeading(text.trim())?.number ?? null) !== null;

/** One cell holding a number alone, opened by `|` (AsciiDoc's |8015): never a line of text. */
const LONE_VALUE_CELL = /^\s*\|\s*[0-9０-９][0-9０-９,，.]*\s*\|?\s*$/;

/** "a | b | c" or "|a|b|": at least two cells with content. */
function isPipeRow(text: string): boolean {
  if (!text.includes('|') || ocrBorders(text) || strayPipeInProse(text)) return false;
  const cells = text.replace(/^\s*\||\|\s*$/g, '').split('|');
  return cells.length >= 2 && cells.filter((c) => c.trim() !== '').length >= 1 && !/^\s*(?:\|\s*)?:?-{3,}/.test(text);
}

/**
 * A line of text with cell borders OCR printed as `|` (tesseract: 规章 3 2 | 17, 3.其他 64 161 156 | 1039): the
 * pipes stand where some column boundaries are, blanks where the others are, so a "cell" holds a number beside
 * other words. Cut at its pipes, the label would carry numbers and the row would be taken for another (a false
 * "lacks the row"); it is a line of text, its borders blanks (stream.ts), read like any flattened row, by count.
 * A line opened by `|` (AsciiDoc, MediaWiki, GFM) marks every cell: it is a row of cells whatever they hold.
 */
function ocrBorders(text: string): boolean {
  if (/^\s*\|/.test(text)) return false;
  return text.split('|').some((cell) => NUMBER_BESIDE_WORD.test(cell));
}

/**
 * A sentence with one `|` OCR put for a 1 or a stroke (统计期限为2023年1月1日至2023年12月3|日。: red team rtR #3): a line
 * of text, not two cells. Cut there, the period's day would read 3 and the report be told it ends on 3 December.
 */
function strayPipeInProse(text: string): boolean {
  return (
    !/^\s*\|/.test(text) &&
    text.indexOf('|') === text.lastIndexOf('|') &&
    /[\u4e00-\u9fff][^|]*[。；]/.test(text) &&
    text.length > 30
  );
}

/** A number and another word in one cell, a blank between them. */
const NUMBER_BESIDE_WORD = /\S\s+[0-9０-９]+(?:\s|$)|(?:^|\s)[0-9０-９]+\s+\S/;

/** A line of pipes only ("|||"): the boundary between rows when cells stand one per line. */
function isPipePadding(text: string): boolean {
  return /^\s*\|{2,}\s*$/.test(text) || /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$/.test(text);
}

function innerPipePiece(line: SourceLine): Piece {
  // Two linear steps (a single /^(\s*\|?)(.*?)(\|?\s*)$/ is quadratic on long blank runs).
  const lead = /^\s*\|?/.exec(line.text)?.[0].length ?? 0;
  let end = line.text.length;
  while (end > lead && /\s/.test(line.text[end - 1]!)) end--;
  if (end > lead && line.text[end - 1] === '|') end--;
  return { start: line.start + lead, end: line.start + end };
}
