/**
 * Markdown adapter: remark-parse + GFM tables (gfm-table.ts; no other GFM construct). Real reports also carry tables as tab-separated lines inside
 * paragraphs (or as indented code); those lines are read back from the source by offset, because mdast
 * text drops leading and trailing tabs and with them the empty leading cells.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfmTable from './gfm-table.js';
import type { Nodes, Root, RootContent, TableRow } from 'mdast';
import type { AdapterOutput } from './types.js';
import { limitBrackets, limitIndent } from './markdown-limits.js';
import { cutPoints, parseInPieces } from './markdown-chunks.js';
import { putPlainTables, takePlainTables } from './plain-pipe-tables.js';
import { holdsTabRowsRead, maskTabRows, rowsRebuilt } from './tab-row-mask.js';
import { LineIndex } from '../text-run.js';
import { bandTable, gridBlocks, gridTable, type GridBlock } from './grid-table.js';
import { flattenedTable, isTabRow, paragraphFromLine, rowFromTabLine, sourceLines } from './source-lines.js';

const processor = unified().use(remarkParse).use(remarkGfmTable);
/**
 * Without a `|` there is no GFM table, and the table extension still tries every line (a third of the parse of a
 * report whose tables are tab-separated), so such text is parsed without it.
 */
const withoutTables = unified().use(remarkParse);

/** Reads a block of HTML as a web page (the html adapter, given by the caller so that it loads only when needed). */
export type HtmlReader = (html: string) => AdapterOutput;

/** `maskRows` false gives micromark the tab rows as written (tests compare; tab-row-mask.ts). */
export function readMarkdown(text: string, readHtml?: HtmlReader, maskRows = true): AdapterOutput {
  const limited = limitBrackets(limitIndent(limitColumns(limitNesting(text))));
  const index = new LineIndex(text);
  const tree = markdownTree(limited, index, maskRows);
  tree.children = tree.children.flatMap((node) => recoverTabTables(node, text, index));
  if (GRID_BORDER.test(text)) tree.children = gridTables(tree.children, text, index);
  if (readHtml) tree.children = htmlTables(tree.children, text, readHtml, index);
  for (const node of tree.children) {
    if (node.type === 'table' && !(node.data && 'layout' in node.data && node.data.layout))
      node.data = { ...node.data, layout: 'grid' };
  }
  // `**` left literal next to CJK punctuation are dropped by the reader in its one walk, not by a second walk here.
  return { tree, text, linesFromSource: true, strayEmphasis: text.includes('**'), lineIndex: index };
}

/**
 * The mdast tree of Markdown text (its lines and offsets as `index`'s): micromark's, the plain GFM tables read
 * from their lines (plain-pipe-tables.ts). With `maskRows`, tab-separated rows are given to micromark as `x`
 * (tab-row-mask.ts): only for a caller that reads them back from the source, as readMarkdown does.
 */
export function markdownTree(text: string, index: LineIndex = new LineIndex(text), maskRows = false): Root {
  const plain = takePlainTables(text, index);
  const rows = maskRows ? maskTabRows(plain.text) : undefined;
  // Whether the table extension is wanted is the text's as written: a table of one column needs no pipe (注 ⏎ :-:)
  // and would stand alone once the plain tables, and their pipes, are taken out (rtAF 1).
  const tables = text.includes('|');
  const tree = parseText(rows?.text ?? plain.text, tables);
  if (putPlainTables(tree, plain.tables) && (!rows || rowsRebuilt(tree, rows.masked))) return tree;
  return parseText(text, tables);
}

function parseText(text: string, tables: boolean): Root {
  const parser = tables ? processor : withoutTables;
  return parseInPieces(text, cutPoints(text), (piece) => parser.parse(piece));
}

/** No real report nests lists or quotes more than a few levels; micromark is quadratic (then overflows) on thousands. */
const MAX_NESTING = 100;

/**
 * Blanks container markers (`>`, `-`, `*`, `+`, `1.`) beyond MAX_NESTING on a line with spaces of the same
 * length, so offsets and positions are unchanged and the parse stays linear.
 */
export function limitNesting(text: string): string {
  const pieces: string[] = [];
  let copied = 0;
  for (let lineStart = 0; lineStart <= text.length;) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    const cut = markerCut(text, lineStart, end);
    if (cut > lineStart) {
      pieces.push(
        text.slice(copied, cut),
        text.slice(cut, end).replace(/^[\s>*+\-\d.)]*/, (m) => ' '.repeat(m.length)),
      );
      copied = end;
    }
    lineStart = end + 1;
  }
  return pieces.length ? pieces.join('') + text.slice(copied) : text;
}

/** A report table has at most a few dozen columns; micromark's GFM table parser is quadratic in columns. */
const MAX_PIPES = 256;

/**
 * Pipes beyond MAX_PIPES on a line become full-width ｜ (same length in UTF-16), so a pathological row stays a
 * wide table of text rather than taking seconds to parse; offsets and positions are unchanged.
 */
export function limitColumns(text: string): string {
  if (text.length < MAX_PIPES) return text;
  const pieces: string[] = [];
  let copied = 0;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) count = 0;
    else if (ch === 124 && ++count > MAX_PIPES) {
      pieces.push(text.slice(copied, i), '｜');
      copied = i + 1;
    }
  }
  return pieces.length ? pieces.join('') + text.slice(copied) : text;
}

/** Where the line's markers beyond MAX_NESTING begin (lineStart when there are not that many). */
function markerCut(text: string, from: number, to: number): number {
  let i = from;
  let depth = 0;
  while (i < to) {
    while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
    let j = i;
    if ('>*+-'.includes(text[j] ?? '')) j++;
    else {
      while (j < to && j - i < 9 && text[j]! >= '0' && text[j]! <= '9') j++;
      if (j === i || (text[j] !== '.' && text[j] !== ')')) break;
      j++;
    }
    if (text[j - 1] !== '>' && j < to && text[j] !== ' ' && text[j] !== '\t') break;
    depth++;
    if (depth > MAX_NESTING) return i;
    i = j;
  }
  return from;
}

/** A paragraph or indented code block with tab-separated lines becomes tables (and paragraphs for the other lines). */
function recoverTabTables(node: RootContent, source: string, index: LineIndex): RootContent[] {
  if (!holdsTabRowsRead(node)) return [node];
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [node];
  const lines = sourceLines(source, lineStart(source, start), end);
  if (!lines.some((l) => isTabRow(l.text))) return [node];
  const out: RootContent[] = [];
  let rows: TableRow[] = [];
  const flush = (): void => {
    if (rows.length) out.push(flattenedTable(rows, index));
    rows = [];
  };
  for (const line of lines) {
    if (isTabRow(line.text) || (node.type === 'code' && line.text.trim())) {
      rows.push(rowFromTabLine(source, line, index));
    } else {
      flush();
      if (line.text.trim()) out.push(paragraphFromLine(source, line, index, true));
    }
  }
  flush();
  return out;
}

/** A line that may open a grid table (`+---+`, `┌───┐`): only then are the source's lines looked at. */
const GRID_BORDER = /^[ \u3000]*[+┌╔╒╓┏][-=:─━═]/m;

/**
 * Grid tables (pandoc's `+---+` tables, reStructuredText's, a terminal browser's box drawing) are paragraphs to
 * CommonMark: the blocks inside one grid become the table its borders draw (grid-table.ts). A grid that does not
 * close is left as the paragraphs it was.
 */
function gridTables(blocks: readonly RootContent[], source: string, index: LineIndex): RootContent[] {
  const lines = sourceLines(source);
  const grids = gridBlocks(lines).filter((b) => b.grid !== null || b.bands !== null);
  if (grids.length === 0) return [...blocks];
  const out: RootContent[] = [];
  let g = 0;
  let placed: GridBlock | undefined;
  for (const node of blocks) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    while (start !== undefined && grids[g] && lines[grids[g]!.last]!.end < start) g++;
    const block = grids[g];
    const inside =
      block !== undefined &&
      start !== undefined &&
      end !== undefined &&
      start >= lines[block.first]!.start &&
      end <= lines[block.last]!.end &&
      (node.type === 'paragraph' || node.type === 'table');
    if (!inside) out.push(node);
    // The grid's first block stands for the whole grid; the others inside it go with it.
    else if (placed !== block) {
      out.push(block.grid ? gridTable(source, block.grid, index) : bandTable(source, block.bands!, index));
      placed = block;
    }
  }
  return out;
}

function lineStart(source: string, offset: number): number {
  const nl = source.lastIndexOf('\n', offset - 1);
  return nl + 1;
}

/**
 * A block of HTML holding a table (an OCR tool's Markdown: `<table><tr><td colspan="3">申请人情况</td>…`) becomes
 * what the web page reader makes of it: tables with their spans expanded, and the text around them. Positions
 * are moved from the block's own text to the Markdown file's. A blank line inside the table ends Markdown's HTML
 * block there: the blocks up to the table's end tag are read with it, as one piece of HTML.
 */
function htmlTables(blocks: readonly RootContent[], source: string, readHtml: HtmlReader, index: LineIndex): RootContent[] {
  const out: RootContent[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const node = blocks[i]!;
    const start = node.position?.start.offset;
    let end = node.position?.end.offset;
    if (node.type !== 'html' || start === undefined || end === undefined || !TABLE_START.test(node.value)) {
      out.push(node);
      continue;
    }
    TABLE_END.lastIndex = start;
    const close = TABLE_END.exec(source);
    const tableEnd = close ? close.index + close[0].length : end;
    // Only the table's own rows run on: a heading, or another table's start, means this one was never closed.
    const runsOn = (next: RootContent | undefined): next is RootContent =>
      next !== undefined &&
      (next.position?.start.offset ?? Infinity) < tableEnd &&
      next.type !== 'heading' &&
      !(next.type === 'html' && TABLE_START.test(next.value));
    while (runsOn(blocks[i + 1])) end = Math.max(end, blocks[++i]!.position?.end.offset ?? end);
    out.push(...moved(readHtml(source.slice(start, end)).tree.children, start, index));
  }
  return out;
}

const TABLE_START = /<table\b/i;
const TABLE_END = /<\/table\s*>/gi;

/** Nodes read from a piece of the source starting at `base`, placed in the whole source. */
function moved(blocks: RootContent[], base: number, index: LineIndex): RootContent[] {
  const move = (n: Nodes): void => {
    if (n.position?.start.offset !== undefined && n.position.end.offset !== undefined)
      n.position = index.position(base + n.position.start.offset, base + n.position.end.offset);
    if ('children' in n) for (const child of n.children) move(child);
  };
  blocks.forEach(move);
  return blocks;
}
