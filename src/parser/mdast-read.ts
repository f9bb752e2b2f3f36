/** Reads mdast into the builder's flat list of items: text lines (with a map to the source) and raw tables. */
import type { Nodes, PhrasingContent, Root, RootContent, Table, Text } from 'mdast';
import type { Point, Position } from 'unist';
import { type LineIndex, type TextRun, splitLines } from './text-run.js';
import type { RawCell, RawRow, RawTable } from './raw-table.js';
import type { TableData } from './adapters/types.js';
import { PAGE_FURNITURE } from './data/paragraphs.js';

export type Item =
  | {
      kind: 'line';
      run: TextRun;
      position?: Position;
      heading: boolean;
      strong: boolean;
      /** The line opens a paragraph or heading of the tree (a <p> of HTML or a .docx, a block of Markdown or text). */
      block?: true;
      /** The line stands in a link, a list or a sidebar of a web page (html.ts): it names another page, never the title. */
      beside?: true;
      /** The line is a web page's own title: the page's <title> holds it (html.ts). */
      pageTitle?: true;
    }
  | { kind: 'table'; table: RawTable };

/**
 * Markdown only: `**` that CommonMark leaves literal when it touches CJK punctuation (「**（一）主动公开情况。**围绕…」)
 * are markup, not text. They are dropped here, in the one walk over the tree, each remaining piece keeping its
 * exact offsets (a text node that is only markers vanishes, as if the adapter had removed it).
 */
export interface ReadOptions {
  strayEmphasis: boolean;
  index: LineIndex;
}

export function readItems(tree: Root, source: string, options?: ReadOptions): Item[] {
  return readDocument(tree, source, options).items;
}

/**
 * The items, and where the document shows a picture (`![](…)`, `<img>`, a picture in a .docx): a table published
 * as an image stands there, and the reading certainty says it cannot be read rather than that it is missing.
 */
export function readDocument(
  tree: Root,
  source: string,
  options?: ReadOptions,
): { items: Item[]; images: Position[]; banners: Position[] } {
  const items: Item[] = [];
  const images: Position[] = [];
  // Pictures standing alone in a block of their own (the html reader marks them): a heading may be one.
  const banners: Position[] = [];
  const stray = options?.strayEmphasis ? options : undefined;
  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'image':
      case 'imageReference':
        if (node.position) images.push(node.position);
        if (node.position && node.data && 'alone' in node.data && node.data.alone === true) banners.push(node.position);
        return;
      case 'html':
        if (node.position && IMG_TAG.test(node.value)) images.push(node.position);
        return;
      case 'heading':
      case 'paragraph': {
        for (const child of node.children) visit(child);
        const run = runOf(node.children, source, node.position, stray !== undefined);
        const kept = stray ? node.children.filter((c) => c.type !== 'text' || visibleText(c, source) !== '') : node.children;
        const strong =
          kept.length > 0 &&
          kept.every((c) => c.type === 'strong' || (c.type === 'text' && !visibleText(c, stray && source).trim()));
        const beside = node.data !== undefined && 'beside' in node.data && node.data.beside === true;
        const pageTitle = node.data !== undefined && 'pageTitle' in node.data && node.data.pageTitle === true;
        splitLines(run).forEach((line, n) =>
          items.push({
            kind: 'line',
            run: line,
            heading: node.type === 'heading',
            strong,
            ...(n === 0 ? { block: true } : {}),
            ...(beside ? { beside: true } : {}),
            ...(pageTitle ? { pageTitle: true } : {}),
          }),
        );
        return;
      }
      case 'table':
        items.push({ kind: 'table', table: rawTable(node, source, stray?.index) });
        return;
      case 'code': {
        const start = node.position?.start.offset;
        // A fenced block (```) is a quoted example (a README, a rule's page), never report text; an indented
        // block is report text that a tab at the line start made code (one cell per line).
        if (start !== undefined && /^[ \t]*(`{3,}|~{3,})/.test(source.slice(start, start + 16))) return;
        const run: TextRun = { text: node.value, segments: start === undefined ? [] : [{ at: 0, offset: start }] };
        for (const line of splitLines(run)) items.push({ kind: 'line', run: line, heading: false, strong: false });
        return;
      }
      case 'listItem': {
        // A page footer `- 1 -` in Markdown (MinerU, PP-Structure keep a PDF's page numbers) is a list item 「1 -」:
        // read as the line it prints, it is page furniture, never a piece of the sentence around it (rtP #5:
        // 至2023年12 ⏎ - 1 - ⏎ 月31日 read 2023年121 -月31日).
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        const raw = start === undefined || end === undefined ? '' : source.slice(start, end);
        if (start !== undefined && PAGE_FURNITURE.test(raw)) {
          items.push({
            kind: 'line',
            run: { text: raw, segments: [{ at: 0, offset: start }] },
            heading: false,
            strong: false,
            block: true,
          });
          return;
        }
        for (const child of node.children) visit(child);
        return;
      }
      case 'definition': {
        // A footnote ([^1]: 本报告所列数据的统计期限为…) is read by CommonMark without the footnote extension as a link
        // definition whose "URL" is the note's text: it is report text.
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (!node.label?.startsWith('^') || start === undefined || end === undefined) return;
        const raw = source.slice(start, end);
        const colon = raw.indexOf(']:');
        if (colon < 0) return;
        const lead = raw.slice(colon + 2).search(/\S/);
        if (lead < 0) return;
        const at = colon + 2 + lead;
        const run: TextRun = { text: raw.slice(at).trimEnd(), segments: [{ at: 0, offset: start + at }] };
        for (const line of splitLines(run)) items.push({ kind: 'line', run: line, heading: false, strong: false });
        return;
      }
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
    }
  };
  visit(tree);
  return { items, images, banners };
}

/** An <img> tag in raw HTML of a Markdown file (an OCR tool's or an editor's picture). */
const IMG_TAG = /<img\b/i;

/** `strayEmphasis`: the source's index, when stray `**` are dropped (ReadOptions). */
function rawTable(node: Table, source: string, strayEmphasis?: LineIndex): RawTable {
  const data: Partial<TableData> | undefined = node.data;
  const layout = data?.layout ?? 'grid';
  const rows: RawRow[] = node.children.map((row) => ({
    cells: row.children.map((cell): RawCell => {
      const sups: Array<[number, number]> = [];
      const run = withoutNoteMark(runOf(cell.children, source, undefined, strayEmphasis !== undefined, sups), sups);
      const position = textSpan(cell.children, source, strayEmphasis) ?? cell.position;
      const spanned = cell.data !== undefined && 'spanned' in cell.data && cell.data.spanned === true;
      return { text: joinCellLines(run.text), spanned, ...(position ? { position } : {}) };
    }),
    ...(row.position ? { position: row.position } : {}),
  }));
  return { layout, rows, ...(node.position ? { position: node.position } : {}) };
}

/**
 * A number with a footnote mark after it in `<sup>` (8661<sup>1</sup>, 17<sup>①</sup>), as the HTML reader reads it
 * (html.ts): the number, without its mark. Read with it, 8661 was 86611, as certain (red team rtX #1). `sups`: where
 * each `<sup>…</sup>` stands in the run's text; a mark anywhere but after the whole number (14<sup>3</sup>1) is kept.
 */
function withoutNoteMark(run: TextRun, sups: ReadonlyArray<[number, number]>): TextRun {
  const from = sups[0]?.[0];
  if (from === undefined) return run;
  let bare = '';
  let at = 0;
  for (const [start, end] of sups) [bare, at] = [bare + run.text.slice(at, start), end];
  bare += run.text.slice(at);
  if (!CELL_NUMBER.test(bare.trim()) || !run.text.startsWith(bare.trimEnd())) return run;
  return { text: run.text.slice(0, from), segments: run.segments.filter((s) => s.at < from) };
}

/** A number as a cell prints it: digits, thousands separators, a decimal part (full-width forms too). */
const CELL_NUMBER = /^[-−－]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?$/;
const SUP_OPEN = /^<sup\b[^>]*>$/i;
const SUP_CLOSE = /^<\/sup\s*>$/i;

/**
 * The lines of a table cell as one text. A label broken over lines ("社会⏎公益⏎组织") is one label. Digits on both
 * sides of a line break are two values stacked in one cell (OCR merged two rows whose ruling line was faint:
 * 16⏎17, 104⏎155): the break is kept, and the reader leaves the row unread (`stackedValues`), never one number
 * 1617. A line going on with a leading zero (25⏎00) is the rest of a number wrapped in a narrow cell: no count is
 * written 00.
 */
function joinCellLines(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(/\s*\n\s*/g, (gap: string, at: number) => {
    const after = at + gap.length;
    const stacked = CELL_DIGIT.test(text[at - 1] ?? '') && CELL_DIGIT.test(text[after] ?? '');
    return stacked && !WRAPPED_REST.test(text.slice(after, after + 2)) ? '\n' : '';
  });
}

const CELL_DIGIT = /[0-9０-９]/;
/** The rest of a wrapped number: a line of digits opening with a zero (00, 05), which no count of its own is. */
const WRAPPED_REST = /^[0０][0-9０-９]/;
/** Markup in a GFM cell that breaks its line, as an OCR tool writes it (Marker: 16<br>17; <p>16</p><p>17</p>). */
const CELL_BREAK = /^<\/?(?:br|p)\b[^>]*>$/i;

/**
 * Concatenates inline text, keeping where each piece came from in the source (`strayEmphasis`: see ReadOptions).
 * `sups` (a table cell): inline `<br>` and `<p>` markup breaks the line, as in the HTML reader, and where each `<sup>…</sup>`
 * stands in the text is noted in it.
 */
function runOf(
  children: readonly PhrasingContent[] | readonly Nodes[],
  source: string,
  within?: Position,
  strayEmphasis = false,
  sups?: Array<[number, number]>,
): TextRun {
  const cell = sups !== undefined;
  let supFrom: number | undefined;
  const run: TextRun = { text: '', segments: [] };
  // Where the next text is looked for when a transform left it without a position: after the last placed
  // text, inside the parent block.
  let cursor = within?.start.offset ?? -1;
  const limit = within?.end.offset ?? -1;
  const add = (value: string, offset: number | undefined): void => {
    if (offset !== undefined) run.segments.push({ at: run.text.length, offset });
    run.text += value;
  };
  const walk = (node: Nodes): void => {
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return addUnplaced(node.value);
      if (node.type === 'text' && source.slice(start, end) === node.value) {
        if (!strayEmphasis || !node.value.includes('**')) {
          cursor = end;
          return add(node.value, start);
        }
        for (const [from, to] of emphasisPieces(node.value)) {
          add(node.value.slice(from, to), start + from);
          cursor = start + to;
        }
        return;
      }
      cursor = end;
      addMapped(node.value, start, end);
    } else if (node.type === 'break' || (cell && node.type === 'html' && CELL_BREAK.test(node.value.trim())))
      add('\n', undefined);
    else if (cell && node.type === 'html' && SUP_OPEN.test(node.value.trim())) supFrom = run.text.length;
    else if (cell && node.type === 'html' && SUP_CLOSE.test(node.value.trim()) && supFrom !== undefined) {
      sups?.push([supFrom, run.text.length]);
      supFrom = undefined;
    }
    // A footnote's mark (8661[^1]): CommonMark without the footnote extension reads it as a reference to a link, its
    // note the definition (read as report text, readItems): a mark, no character of the cell.
    else if (cell && node.type === 'linkReference' && node.label?.startsWith('^') === true) return;
    else if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  // Text whose value differs from its source (escapes, stripped indentation): map line by line.
  const addMapped = (value: string, start: number, end: number): void => {
    const slice = source.slice(start, end);
    let cursor = 0;
    value.split('\n').forEach((piece, i) => {
      if (i > 0) add('\n', undefined);
      const found = piece ? slice.indexOf(piece, cursor) : -1;
      // Not found (HTML markup between the characters): the node's start is the best place we know.
      add(piece, found >= 0 ? start + found : i === 0 ? start : undefined);
      if (found >= 0) cursor = found + piece.length;
    });
  };
  const addUnplaced = (value: string): void => {
    const first = value.split('\n').find((line) => line.trim()) ?? '';
    const at = cursor >= 0 && first ? source.indexOf(first.trim(), cursor) : -1;
    if (at < 0 || at >= limit) return add(value, undefined);
    addMapped(value, at, limit);
    cursor = at + first.trim().length;
  };
  for (const child of children) walk(child);
  return run;
}

/** The pieces [from, to) of a text between `**` markers, empty ones left out. */
function emphasisPieces(value: string): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let last = 0;
  for (let at = value.indexOf('**'); at >= 0; at = value.indexOf('**', last)) {
    if (at > last) pieces.push([last, at]);
    last = at + 2;
  }
  if (last < value.length) pieces.push([last, value.length]);
  return pieces;
}

/** Whether the node's text is exactly its source, so markers can be dropped by offset. */
function strayMarkersIn(node: Text, source: string): boolean {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start !== undefined && end !== undefined && node.value.includes('**') && source.slice(start, end) === node.value;
}

/** A text node's value as read: without stray `**` when `source` is given (stray emphasis dropped). */
function visibleText(node: Text, source: string | false | undefined): string {
  if (!source || !strayMarkersIn(node, source)) return node.value;
  return emphasisPieces(node.value)
    .map(([from, to]) => node.value.slice(from, to))
    .join('');
}

/** From the first to the last placed text among a cell's direct children (stray `**` left out when `index` is given). */
function textSpan(children: readonly RootContent[], source: string, index: LineIndex | undefined): Position | undefined {
  let start: Point | undefined;
  let end: Point | undefined;
  for (const child of children) {
    if (child.type !== 'text' || !child.position) continue;
    if (index && strayMarkersIn(child, source)) {
      const pieces = emphasisPieces(child.value);
      const at = child.position.start.offset!;
      if (!pieces.length) continue;
      start ??= index.point(at + pieces[0]![0]);
      end = index.point(at + pieces[pieces.length - 1]![1]);
    } else {
      start ??= child.position.start;
      end = child.position.end;
    }
  }
  return start && end ? { start, end } : undefined;
}
