/**
 * Every layout as one stream of cells with positions. A table fragment gives its rows as they are (a grid row
 * keeps its blank cells and column indices); a loose line (OCR text, a crawl that lost its line breaks, a PDF
 * line outside any table) is cut into label and value tokens, so the aligner reads both the same way.
 */
import type { Position } from 'unist';
import type { Item } from '../mdast-read.js';
import type { RawCell, RawTable } from '../raw-table.js';
import { spanPosition, type LineIndex, type TextRun } from '../text-run.js';
import { joinLayoutRows, measureLine, type StartsRow } from './layout-rows.js';
import { COUNT_UNIT } from './counts.js';
import { isTitleLike } from '../paragraphs.js';
import { normaliseCell } from '../numbers.js';
import { isPagingLine } from '../paged-article.js';

export interface StreamRow {
  cells: RawCell[];
  /** Whether the row comes from a table (its blank cells are real cells) or from a loose line. */
  tabular: boolean;
  /** The fragment this row belongs to: a grid's header positions may place its values. */
  table?: RawTable;
  /** The index of the item the row comes from, in the items given. */
  item: number;
  /** A loose line with cell borders OCR printed as characters (| or ] between its words): OCR's reading of a scan. */
  ocrBorders?: boolean;
  position?: Position;
}

/** A page number line (— 5 —, - 5 -, 第5页, 5/12): never a row of values. */
const PAGE_FURNITURE =
  /^\s*(?:[—\-–－]+\s*[0-9０-９]+\s*[—\-–－]+|第\s*[0-9０-９]+\s*页(?:\s*共\s*[0-9０-９]+\s*页)?|[0-9]+\s*\/\s*[0-9]+)\s*$/;

/**
 * A page number, a running header (the title printed again at the top of the page), or a web page's paging (上一页 1 2 3
 * 下一页: paged-article.ts): never a row.
 */
export const isPageFurniture = (text: string): boolean =>
  PAGE_FURNITURE.test(text) || isTitleLike(text.trim()) || isPagingLine(text);

/** `startsRow`: whether a label is one of the table's row labels by itself (space-aligned text, layout-rows.ts). */
export function streamOfItems(items: readonly Item[], index: LineIndex, startsRow: StartsRow): StreamRow[] {
  const out: StreamRow[] = [];
  const furniture = new Set<number>();
  let aligned = false;
  items.forEach((item, at) => {
    if (item.kind === 'table') {
      for (const row of item.table.rows)
        out.push({
          cells: row.cells,
          tabular: true,
          table: item.table,
          item: at,
          ...(row.position ? { position: row.position } : {}),
        });
    } else {
      const position = spanPosition(item.run, 0, item.run.text.length, index);
      if (isPageFurniture(item.run.text)) {
        if (position) furniture.add(position.start.line);
        return;
      }
      const { cells, borders } = tokensOfLine(item.run, index);
      if (cells.length && measureLine(cells, index)) aligned = true;
      if (cells.length)
        out.push({
          cells,
          tabular: false,
          item: at,
          ...(position ? { position } : {}),
          ...(borders ? { ocrBorders: true } : {}),
        });
    }
  });
  // Space-aligned text: a row printed over several lines becomes one row (layout-rows.ts).
  return aligned ? joinLayoutRows(out, furniture, startsRow) : out;
}

/**
 * A number, unless it is an ordinal of the next label (1.属于…): a digit followed by 、 or a full stop and a
 * character that is not a digit. In crawled text the ordinal sticks to the previous row's digits
 * (00000002.其他法律…): the last digit is then the ordinal, the rest a value.
 */
const NUMBER = /[0-9０-９]+(?:[.．,，][0-9０-９]+)*/g;
const PLACEHOLDER_WORD = /^(?:—+|-+|－|\/|／|无|×)$/;
/** A word of border strokes alone (|, ｜, ], [): OCR's drawing of a cell border between blanks. */
const BORDER_WORD = /^[|｜[\]]+$/;
/** A number with border strokes glued to it at either end (109], |2528): [strokes before, digits, strokes after]. */
const NUMBER_IN_STROKES = /^([|｜[\]]*)([0-9０-９]+)([|｜[\]]*)$/;
/** A stroke between digits (10|9). */
const STROKE_IN_NUMBER = /^[0-9０-９]+[|｜[\]]+[0-9０-９]+$/;
/** Numbers read with a border stroke glued to them: OCR's cell edge, or one of their digits misread. */
const BORDER_GLUED = new WeakSet<RawCell>();
export const gluedToBorder = (cell: RawCell): boolean => BORDER_GLUED.has(cell);
/** A word that is a count with its unit (19件): one value that is not a number, never a number and a label. */
const COUNT_WITH_UNIT = new RegExp(`^[0-9０-９]+${COUNT_UNIT}$`);

/** Digits with minus signs between them (144172-3143166433), not a date (2023-12-31, 2023-12). */
const isSignedRun = (word: string): boolean =>
  /^[0-9０-９]+(?:[-−－][0-9０-９]+)+$/.test(word) &&
  !/^[0-9０-９]{4}[-−－][0-9０-９]{1,2}(?:[-−－][0-9０-９]{1,2})?$/.test(word);

/** A word of digits and what OCR puts for them, or with a mark glued on (numbers.ts, misread-number.ts). */
const misreadWord = (word: string): boolean =>
  /[0-9０-９]/.test(word) && !/^[0-9０-９]+$/.test(word) && normaliseCell(word).shape === 'lookalike';

/** Cuts a line into cells: runs of words (labels) and numbers; a blank-separated placeholder is a value. */
function tokensOfLine(run: TextRun, index: LineIndex): { cells: RawCell[]; borders: boolean } {
  const text = run.text;
  const cells: RawCell[] = [];
  let borders = false;
  const push = (from: number, to: number): void => {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to <= from) return;
    const position = spanPosition(run, from, to, index);
    cells.push({ text: text.slice(from, to), spanned: false, ...(position ? { position } : {}) });
  };
  // Words are separated by blanks; inside a word, numbers are cut from the letters around them.
  const word = /\S+/g;
  let labelStart = -1;
  const closeLabel = (at: number): void => {
    if (labelStart >= 0) push(labelStart, at);
    labelStart = -1;
  };
  for (let w = word.exec(text); w; w = word.exec(text)) {
    const start = w.index;
    const end = start + w[0].length;
    // A cell border OCR printed as a character of its own (tesseract's | between columns): a blank, no word.
    if (BORDER_WORD.test(w[0])) {
      closeLabel(start);
      borders = true;
      continue;
    }
    // A stroke glued to a number: a border (109], tesseract's cell edge), or a digit OCR misread as one (1039 as
    // 103|). The number is kept, marked: only its row's identity can tell (values.ts). Between digits (10|9) it may
    // be a border or a digit: one word, no number.
    const glued = NUMBER_IN_STROKES.exec(w[0]);
    if (glued && (glued[1] !== '' || glued[3] !== '')) {
      closeLabel(start);
      borders = true;
      const from = start + glued[1]!.length;
      const before = cells.length;
      push(from, from + glued[2]!.length);
      if (cells.length > before) BORDER_GLUED.add(cells[cells.length - 1]!);
      continue;
    }
    if (STROKE_IN_NUMBER.test(w[0])) {
      closeLabel(start);
      borders = true;
      push(start, end);
      continue;
    }
    // A number with a letter or mark glued to it (103g, Z15) is one value, unread: cut apart, its digits were a
    // clean number (103 for 1039) and the rest a label (red team rtH A5). Strokes were taken just above.
    if (PLACEHOLDER_WORD.test(w[0]) || COUNT_WITH_UNIT.test(w[0]) || misreadWord(w[0])) {
      closeLabel(start);
      push(start, end);
      continue;
    }
    let cursor = start;
    let signedRun: boolean | undefined;
    NUMBER.lastIndex = start;
    for (let m = NUMBER.exec(text); m && m.index < end; m = NUMBER.exec(text)) {
      let from = m.index;
      let to = Math.min(end, from + m[0].length);
      // A minus sign opening the word belongs to the number (−3 is a negative count, a numeric-cells finding);
      // so does one between digits in a word of digits alone that is no date (a crawl runs 72 and −3 together
      // as 72-3: the sign starts a number).
      if (from > start && /[-−－]/.test(text[from - 1]!) && (from === start + 1 || (signedRun ??= isSignedRun(w[0])))) from -= 1;
      const after = text[to];
      const next = text[to + 1];
      // 2022年, 12月: part of the words.
      if (after !== undefined && /[年月日号]/.test(after)) continue;
      if (after !== undefined && /[.．、]/.test(after) && next !== undefined && !/[0-9０-９\s]/.test(next)) {
        // The last digit is the next label's ordinal (ordinals of the format are 1 … 8).
        to -= 1;
        if (to <= from) continue;
      }
      // A label stuck before the number ends where the number starts.
      if (labelStart < 0 && from > cursor) labelStart = cursor;
      closeLabel(from);
      push(from, to);
      cursor = to;
    }
    if (cursor < end) {
      if (labelStart < 0) labelStart = cursor;
    }
    // A blank between words closes a label only when the next word starts afresh: labels broken by blanks
    // ("三 、本 年 度") are rejoined by the piece builder anyway.
    closeLabel(end);
  }
  closeLabel(text.length);
  return { cells, borders };
}
