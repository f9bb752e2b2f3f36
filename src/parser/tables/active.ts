/**
 * Table 二 read from the pieces of its region: six rows in four blocks (第二十条第（一）（五）（六）（八）项), each
 * row taking the count of values its block has (3 or 1). Block captions and column headers are pieces that
 * align with no row. A table in the outdated 2019 template keeps its values without column keys, so no rule
 * reads them as the 2021 columns.
 */
import type { CellNode, RowNode, UnreadableRow } from '../types.js';
import {
  ACTIVE_COLUMN_LABELS,
  ACTIVE_ROWS,
  CURRENT_BLOCK_ONE_WORDS,
  OUTDATED_BLOCKS,
  OUTDATED_EXTRA_BLOCK,
  OUTDATED_LABELS,
} from '../data/active.js';
import { labelKey, normaliseLabel } from '../labels.js';
import { makeCell, makeRow } from '../raw-table.js';
import { alignPieces, LabelScorer, type TemplateRow } from './align.js';
import type { Piece } from './pieces.js';
import type { StreamRow } from './stream.js';
import { fitPiece, ocrOptions, type OcrHint } from './values.js';
import { namesColumnsOutOfOrder, type HeaderOrder } from './column-order.js';
import { holdsWord } from './damaged-words.js';
import { valuesBlockAfter } from './stacked-labels.js';
import {
  buildRow,
  withoutHeaderOverLostLabel,
  placeFields,
  placeOf,
  rowEvidence,
  takeRowsCutShort,
  unlabelledRows,
  type TableBody,
} from './table-body.js';

const TEMPLATE: readonly TemplateRow[] = ACTIVE_ROWS.map((r) => ({
  key: r.key,
  core: r.label,
  ...(r.key === 'normativeDocuments' ? { variants: ['规范性文件'] } : {}),
}));
const SCORER = new LabelScorer(TEMPLATE);

const COLUMN_WORDS: Readonly<Record<string, string>> = {
  made: '制发',
  repealed: '废止',
  valid: '现行有效',
  decisions: '处理决定',
  amount: '收费金额',
};

/** Block (一)'s header: 本年制发件数, 本年废止件数, 现行有效件数 on one line, in this order. */
const HEADER_ORDER: HeaderOrder = {
  lines: [[['制发'], ['废止'], ['现行有效']]],
  vocabulary: /信息内容|本年|制发|废止|现行有效|件数/g,
};

export function readActive(printed: readonly Piece[], rows: readonly StreamRow[], ocr: OcrHint = false): TableBody {
  const regionWords = printed.map((p) => p.words).join('');
  const outdated = findOutdatedLabels(printed);
  const template = follows2019(outdated, regionWords) ? '2019' : '2021';
  const outdatedLabels = template === '2019' ? [...outdated.keys()] : [];
  // A block's caption and header run into its first row, that row's label lost: no label of a row.
  const pieces = printed.map((p) => withoutHeaderOverLostLabel(p, isBlockHeader));
  const matched = alignPieces(pieces, TEMPLATE, SCORER);
  const fit = ocrOptions(ocr, pieces);
  // Block (一)'s columns named out of order (本年废止件数 first): its rows are not read by count (rtH A8).
  const disordered = namesColumnsOutOfOrder(rows, HEADER_ORDER);
  const children: RowNode[] = [];
  const unreadableRows: UnreadableRow[] = [];
  const placed = new Set<string>();
  const used: Piece[] = [];
  // Labels stacked above a block of values (规章 ⏎ 行政规范性文件 ⏎ 2 1 15 ⏎ 6 3 41) are one piece naming two rows:
  // which line of values is whose cannot be told (stacked-labels.ts), so neither row is read.
  const stacked = new Map<string, Piece>();
  ACTIVE_ROWS.forEach((spec, j) => {
    const k = matched[j]!;
    const named = k >= 0 ? namedRows(pieces[k]!) : [];
    if (named.length > 1 && valuesBlockAfter(pieces, k)) for (const key of named) stacked.set(key, pieces[k]!);
  });
  // A row printed as two, its label on both with a qualifier (行政规范性文件（政府） ⏎ 行政规范性文件（部门）: rtN F11): the
  // second was dropped, its figures silently lost. Their sum, or one of them, cannot be told to be the row's.
  const splitRows = new Map<string, Piece>();
  ACTIVE_ROWS.forEach((spec, j) => {
    const k = matched[j]!;
    if (k < 0 || stacked.has(spec.key)) return;
    const split = [pieces[k - 1], pieces[k + 1]].some(
      (p) => p !== undefined && !matched.includes(pieces.indexOf(p)) && secondOf(p, TEMPLATE[j]!),
    );
    if (split) splitRows.set(spec.key, pieces[k]!);
  });
  for (const [reason, rows] of [
    ['stackedLabels', stacked],
    ['splitRow', splitRows],
  ] as const)
    for (const [key, piece] of rows) {
      const spec = ACTIVE_ROWS.find((r) => r.key === key)!;
      unreadableRows.push({ key, label: spec.label, reason, ...placeFields(piece) });
      placed.add(key);
    }
  ACTIVE_ROWS.forEach((spec, j) => {
    const piece = pieces[matched[j]!];
    if (stacked.has(spec.key) || splitRows.has(spec.key)) return;
    if (!piece || piece.values.length === 0) return;
    placed.add(spec.key);
    used.push(piece);
    if (template === '2021' && valuesAboveLabel(pieces, matched[j]!)) {
      unreadableRows.push({ key: spec.key, label: piece.label, reason: 'valuesBeforeLabels', ...placeFields(piece) });
      return;
    }
    if (template === '2019') {
      // Kept for numeric-cells, but without column keys: the 2019 columns are not the 2021 ones.
      const cells = piece.values
        .filter((c) => c.text.trim() !== '')
        .map((c) => makeCell(c, undefined, `表二「${spec.label}」行`));
      children.push(makeRow(spec.key, piece.label, cells, placeOf(piece)));
      return;
    }
    const fitted = fitPiece((spec.columns.length === 1 && repeatedOverSpan(piece)) || piece, spec.columns.length, {
      ...fit,
      ...(disordered && spec.columns.length > 1 ? { columnsDisordered: true } : {}),
    });
    if (!fitted.ok) {
      unreadableRows.push({
        key: spec.key,
        label: piece.label,
        reason: fitted.reason,
        expected: spec.columns.length,
        actual: fitted.actual,
        ...placeFields(piece),
      });
      return;
    }
    const row = buildRow(
      spec.key,
      piece,
      fitted,
      spec.columns,
      (c) => `表二「${spec.label}」行·${ACTIVE_COLUMN_LABELS[c] ?? c}`,
      TEMPLATE[j]!.core,
    );
    if (spec.amount) {
      // The fee in the unit its header gives (rtT §4: 本年收费金额（单位：元）over 13,200.00 was read as 13200 万元).
      const before = Math.max(-1, ...matched.slice(0, j).filter((k) => k >= 0 && k < matched[j]!));
      const header = [...pieces.slice(before + 1, matched[j]).flatMap((p) => p.parts), ...piece.parts.slice(0, -1)];
      // Blanks dropped: a letter-spaced header (单 位 ： 万 元) names 万元, not 元 (rtX #10).
      const unit = amountUnit(normaliseLabel(header.join('')));
      if (unit === undefined) {
        unreadableRows.push({ key: spec.key, label: piece.label, reason: 'amountUnit', ...placeFields(piece) });
        return;
      }
      if (unit !== 0) for (const cell of row.children) inTenThousands(cell, unit);
    }
    children.push(row);
  });
  if (template === '2021') unreadableRows.push(...takeRowsCutShort(children));
  const evidence = rowEvidence(pieces, TEMPLATE, SCORER, regionWords);
  // A row of values whose label OCR lost, where the row stands in the template: there, unreadable.
  const unlabelled = unlabelledRows(
    pieces,
    matched,
    TEMPLATE,
    placed,
    (key) => ACTIVE_ROWS.find((r) => r.key === key)?.columns.length ?? 0,
  );
  const missingRows: string[] = [];
  for (const spec of ACTIVE_ROWS) {
    if (placed.has(spec.key)) continue;
    const position = unlabelled.get(spec.key);
    if (evidence.has(spec.key)) unreadableRows.push({ key: spec.key, label: spec.label, reason: 'unplaced' });
    else if (unlabelled.has(spec.key))
      unreadableRows.push({ key: spec.key, label: spec.label, reason: 'labelUnreadable', ...(position ? { position } : {}) });
    else missingRows.push(spec.key);
  }
  const all = Object.keys(ACTIVE_COLUMN_LABELS);
  // A column whose header word OCR garbled (本年制友件数) is there when a row was read with its value: a row holds
  // a value for each of its block's columns only when the header's columns are all there (rtH A8).
  const filled = new Set(children.flatMap((row) => row.children.flatMap((cell) => (cell.key ? [cell.key] : []))));
  const columns = template === '2021' ? all.filter((k) => holdsWord(regionWords, COLUMN_WORDS[k]!) || filled.has(k)) : [];
  // A column whose rows were all left unread (a justified page copied as text, the header's glyphs interleaved with
  // the next lines': review13) cannot be told absent: its header may be among the words not read.
  // But a header read whole without it (信息内容 | 本年制发件数 | 现行有效件数: one piece of header words naming the
  // block's other columns) over rows holding exactly the values it names is a column left out, not unread (review15 F5).
  const unread = new Set(unreadableRows.map((r) => r.key));
  const unreadOnly = (k: string): boolean => {
    const rows = ACTIVE_ROWS.filter((r) => r.columns.includes(k));
    return rows.every((r) => unread.has(r.key)) && !plainlyWithout(k, rows);
  };
  const plainlyWithout = (k: string, rows: typeof ACTIVE_ROWS): boolean => {
    const first = Math.min(...rows.map((r) => matched[ACTIVE_ROWS.indexOf(r)]!).filter((i) => i >= 0));
    if (!Number.isFinite(first)) return false;
    // The header: run into the first row's label (信息内容 | 本年制发件数 | 现行有效件数 | 规章), else the piece above.
    const before = pieces[first]!.segments.slice(0, -1);
    let header = before.length > 0 ? before : undefined;
    for (let i = first - 1; i >= 0 && !header; i--) if (isBlockHeader(pieces[i]!)) header = pieces[i]!.segments;
    // Read whole: every cell of it header words (not 本杭年制州发件数), each naming a column or 信息内容.
    if (!header?.every((cell) => cell !== '' && cell.replace(BLOCK_HEADER_WORDS, '') === '')) return false;
    const words = header.join('');
    const block = rows[0]!.columns;
    const named = block.filter((c) => words.includes(COLUMN_WORDS[c]!)).length;
    if (words.includes(COLUMN_WORDS[k]!) || named === 0 || named >= block.length) return false;
    return rows.every((r) => unreadableRows.some((u) => u.key === r.key && u.reason === 'valueCount' && u.actual === named));
  };
  const missingColumns = template === '2021' ? all.filter((k) => !columns.includes(k) && !unreadOnly(k)) : [];
  return { columns, missingRows, missingColumns, unreadableRows, children, template, outdatedLabels, used };
}

/**
 * The unit a fee column's header or caption gives, as the places to shift the figure to 万元: 0 for 万元 (or none
 * said: the format's), 4 for 元, 1 for 千元; undefined when it names more than one unit (which applies is not known).
 */
function amountUnit(text: string): number | undefined {
  const units = new Set([...text.matchAll(/(万|千|百)?元/g)].map((m) => m[1] ?? ''));
  if (units.size > 1 || units.has('百')) return undefined;
  return units.has('千') ? 1 : units.has('') ? 4 : 0;
}

/** The cell's amount moved `places` decimal places down (元 → 万元), exactly as written (13,200.00 元 → 1.32 万元). */
function inTenThousands(cell: CellNode, places: number): void {
  if (cell.value === null) return;
  const [whole = '', fraction = ''] = String(cell.value).split('.');
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) {
    cell.value = null;
    return;
  }
  const digits = whole.padStart(places + 1, '0');
  const shifted = `${digits.slice(0, -places)}.${digits.slice(-places)}${fraction}`;
  cell.value = Number(shifted);
  cell.decimal = true;
}

/** A one-value block's column header: 本年处理决定数量, 本年收费金额（单位：万元）. */
const ONE_VALUE_HEADER = /处理决定|收费金额/;

/**
 * A row of a one-value block as docling writes a merged cell, its text in every cell the merge covers (行政许可 | 1234
 * | 1234 | 1234 under 信息内容 | 本年处理决定数量 ×3; rtP #3): the block's header above repeats its one column's name
 * over the same cells, so the row is that one value, as a page's colspan shows it. Undefined for anything else: a row
 * of different values, or a header that does not repeat one name over them (the row is read, or not, as before).
 */
function repeatedOverSpan(piece: Piece): Piece | undefined {
  const row = piece.valueRow;
  const table = row?.table;
  const first = piece.values[0];
  if (!row?.tabular || !table || table.layout !== 'grid' || !first || piece.values.length < 2) return undefined;
  const text = first.text.trim();
  if (text === '' || piece.values.some((v) => v.spanned || v.text.trim() !== text)) return undefined;
  const at = piece.values.map((v) => row.cells.indexOf(v));
  // The block's header: the nearest row above with no digit in those cells (the block's rows of values stand between).
  for (let r = table.rows.findIndex((x) => x.cells === row.cells) - 1; r >= 0; r--) {
    const cells = at.map((i) => table.rows[r]!.cells[i]?.text.trim() ?? '');
    if (cells.some((c) => /[0-9０-９]/.test(c))) continue;
    return ONE_VALUE_HEADER.test(cells[0]!) && cells.every((c) => c === cells[0]) ? { ...piece, values: [first] } : undefined;
  }
  return undefined;
}

/** Words of a block's caption (第二十条第（一）项) and column header (信息内容 本年制发件数 …) only. */
const BLOCK_HEADER_WORDS = /第二十条第|项|信息内容|本年|制发|废止|现行有效|件数|处理决定|数量|收费金额|单位|万元|千元|元/g;

/** A label of a block's caption and header words only, 信息内容 or a column's name among them: no row's. */
const isBlockHeader = (piece: Piece): boolean =>
  /信息内容|件数|处理决定|收费金额/.test(piece.words) && piece.segments.every((s) => s.replace(BLOCK_HEADER_WORDS, '') === '');

/**
 * Figures between a block's caption and column header and the row's label (pdftotext of a page breaking words anywhere:
 * 信息内容 ⏎ 本年处理决定数量 ⏎ 567 ⏎ 行政处罚 ⏎ 89 ⏎ 行政强制, rtW §5b): the block prints values above their labels, or
 * the header's next line is a value lost from a row above; the figure after the label may be the next row's. Which
 * is the row's is not known: the row is unread, never given the figure after it (89 for 行政处罚's 567).
 */
function valuesAboveLabel(pieces: readonly Piece[], k: number): boolean {
  const before = pieces[k - 1];
  if (!before?.values.some((v) => /[0-9０-９]/.test(v.text))) return false;
  // The piece ends with a block's caption and header, cells of their own (行政许可 | 第二十条第（六）项 | 信息内容 |
  // 本年处理决定数量): its figures stand under that header. A header cell run into a row's label (信息内容行政处罚 |
  // 本年处理决定数量, a PDF's cells read in rows) is that row's, its figure after it.
  let caption = before.segments.length - 1;
  while (caption >= 0 && !isCaption(before.segments[caption]!)) caption--;
  const header = before.segments.slice(caption + 1);
  return (
    caption >= 0 &&
    header.length > 0 &&
    header.every((s) => s !== '' && s.replace(BLOCK_HEADER_WORDS, '') === '') &&
    header.some((s) => /信息内容|件数|处理决定|收费金额/.test(s))
  );
}

const isCaption = (segment: string): boolean => segment.includes('第二十条') && segment.replace(BLOCK_HEADER_WORDS, '') === '';

/** The rows whose label is one of the piece's cells, exactly (规章 and 行政规范性文件 in a piece of both). */
const namedRows = (piece: Piece): string[] =>
  TEMPLATE.filter((row) => piece.segments.some((s) => s === row.core || row.variants?.includes(s) === true)).map(
    (row) => row.key,
  );

/**
 * A piece beside a row's own, aligned with no row, whose label is that row's with a qualifier after it (行政规范性文件
 * （部门）) and which holds a figure: the second half of a row printed as two.
 */
const secondOf = (piece: Piece, row: TemplateRow): boolean =>
  [row.core, ...(row.variants ?? [])].some((w) => piece.words.startsWith(w) && piece.words.length > w.length) &&
  piece.values.some((v) => /[0-9０-９]/.test(v.text));

/** The longest text taken for a piece of a header cell broken over lines. */
const MAX_HEADER = 40;

/** The current template's column labels (normalised): a 2019 label that completes one is that label, split. */
const CURRENT_COLUMNS = new Set(Object.values(ACTIVE_COLUMN_LABELS).map((label) => labelKey(label)));

/**
 * The table follows the 2019 template: it names a 2019 column (本年新制作数量, 上一年项目数量, …), or only the 2019
 * extra block (政府集中采购) without the 2021 block (一) headers. A 2021 table with a （九） block added reads as 2021, the
 * block ignored: one 2019 word outvoting a full 2021 header dropped its ten figures and warned falsely (rtAB cause 1).
 * Block (一)'s headers decide because its 2019 columns are three as well: read by count, the 2019 figures would be
 * taken for the 2021 ones.
 */
function follows2019(outdated: ReadonlyMap<string, string>, regionWords: string): boolean {
  if (outdated.size === 0) return false;
  if ([...outdated.values()].some((label) => !OUTDATED_EXTRA_BLOCK.includes(label))) return true;
  return !CURRENT_BLOCK_ONE_WORDS.every((word) => holdsWord(regionWords, word));
}

/**
 * Header cells of the 2019 template, as printed, in document order, each with the 2019 label it holds. A cell that
 * completes the one before it into a current column label is that label broken over two lines (本年 ⏎ 处理决定数量, one
 * cell per line), not the 2019 one.
 */
function findOutdatedLabels(pieces: readonly Piece[]): Map<string, string> {
  const found = new Map<string, string>();
  let before = '';
  for (const piece of pieces) {
    for (const part of piece.parts) {
      const text = labelKey(part);
      // Header cells are short; a line of prose is never half of one (and normalising it twice cost seconds).
      const split = part.length <= MAX_HEADER && before.length <= MAX_HEADER && CURRENT_COLUMNS.has(labelKey(before + part));
      before = part;
      if (split) continue;
      for (const label of OUTDATED_LABELS)
        if (!found.has(part) && (text === label || (OUTDATED_BLOCKS.includes(label) && text.includes(label))))
          found.set(part, label);
    }
  }
  return found;
}
