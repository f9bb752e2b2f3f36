/**
 * One reader for tables 二, 三 and 四 in every layout. A table's region is the items of its section (or, when
 * the section was not found or holds none of the table's words, the whole document); every fragment in it
 * (tables, loose lines, captions, halves split by a page break, a header repeated on the next page) becomes one
 * stream of pieces, read against the template. One region gives one table, whatever it is cut into.
 */
import type { Position } from 'unist';
import type { Item } from '../mdast-read.js';
import type { Certainty, SectionKey, TableKey, TableNode } from '../types.js';
import type { LineIndex } from '../text-run.js';
import { normaliseLabel } from '../labels.js';
import { streamOfItems } from './stream.js';
import { piecesOf, type Piece } from './pieces.js';
import { readApplications } from './applications.js';
import { readReview } from './review.js';
import { readActive } from './active.js';
import type { TableBody } from './table-body.js';

export interface ReadTable {
  kind: TableKey;
  table?: TableNode;
  certainty: Certainty;
  /** Item indices whose tables this table consumed (they are not printed apart). */
  consumed: number[];
  /** The item before which the table stands in its section. */
  at: number;
}

/** Words that only this table prints; the region starts at the first piece holding one. */
const START_WORDS: Readonly<Record<TableKey, RegExp>> = {
  active: /第二十条|信息内容|规章|规范性文件/,
  applications: /申请人情况|自然人|勾稽关系|本年新收|上年结转/,
  review: /结果维持|结果纠正|尚未审结|未经复议|复议后起诉|维持|审结/,
};
/** Evidence that a region holds the table at all. */
const EVIDENCE: Readonly<Record<TableKey, RegExp>> = {
  active: /行政规范性文件|行政事业性收费|第二十条|行政许可|行政处罚/,
  applications: /本年新收|上年结转|结转下年度|予以公开|不予公开/,
  review: /结果维持|结果纠正|尚未审结|维持|审结/,
};
const NAMES: Readonly<Record<TableKey, string>> = { active: '表二', applications: '表三', review: '表四' };

export function readTables(items: readonly Item[], sectionOf: readonly (SectionKey | null)[], index: LineIndex): ReadTable[] {
  return (['active', 'applications', 'review'] as const).map((kind) => readOne(kind, items, sectionOf, index));
}

function readOne(kind: TableKey, items: readonly Item[], sectionOf: readonly (SectionKey | null)[], index: LineIndex): ReadTable {
  let indices = items.flatMap((_, i) => (sectionOf[i] === kind ? [i] : []));
  // The section is missing, or the table stands elsewhere: the whole document, from the table's first words.
  if (!indices.some((i) => EVIDENCE[kind].test(itemWords(items[i]!)))) indices = items.map((_, i) => i);
  const at = indices.find((i) => START_WORDS[kind].test(itemWords(items[i]!)));
  if (at === undefined) return { kind, certainty: { status: 'absent' }, consumed: [], at: -1 };
  const regionItems = indices.filter((i) => i >= at);
  const consumed = regionItems.filter((i) => items[i]!.kind === 'table');
  return { kind, ...readRegion(kind, regionItems.map((i) => items[i]!), index), consumed, at: consumed[0] ?? at };
}

/** Reads one region (its items in document order) as a table of this kind. */
export function readRegion(kind: TableKey, regionItems: readonly Item[], index: LineIndex): { table?: TableNode; certainty: Certainty } {
  const all = piecesOf(streamOfItems(regionItems, index));
  const first = all.findIndex((p) => START_WORDS[kind].test(p.words));
  const pieces = first < 0 ? all : all.slice(first);
  const regionWords = pieces.map((p) => p.words).join('');
  const body: TableBody & { unreadable?: string } =
    kind === 'applications' ? readApplications(pieces, regionWords) : kind === 'review' ? readReview(pieces) : readActive(pieces, regionWords);
  if (body.children.length === 0) {
    const reason = body.unreadable ?? unreadableReason(kind, body);
    const position = pieces[0]?.position;
    return { certainty: { status: 'unreadable', reason, ...(position ? { position } : {}) } };
  }
  const tables = regionItems.filter((item) => item.kind === 'table');
  const grid = tables.length > 0 && tables.every((item) => item.kind === 'table' && item.table.layout === 'grid');
  const position = spanOf(pieces, body);
  const table: TableNode = {
    type: 'table',
    kind,
    template: body.template ?? '2021',
    layout: grid ? 'grid' : 'flattened',
    columns: body.columns,
    missingRows: body.missingRows,
    missingColumns: body.missingColumns,
    unreadableRows: body.unreadableRows,
    outdatedLabels: body.outdatedLabels ?? [],
    children: body.children,
    ...(position ? { position } : {}),
  };
  return { table, certainty: { status: 'read' } };
}

function unreadableReason(kind: TableKey, body: TableBody): string {
  const digits = body.unreadableRows.filter((r) => r.reason === 'digitsRunTogether').length;
  if (digits > 0) return `${NAMES[kind]}有 ${digits} 行的数字连在一起，无法分列`;
  return `${NAMES[kind]}的行名与数值无法对应到格式的行列`;
}

function itemWords(item: Item): string {
  if (item.kind === 'line') return normaliseLabel(item.run.text);
  let out = '';
  for (const row of item.table.rows) for (const cell of row.cells) out += normaliseLabel(cell.text);
  return out;
}

/** From the table's first words to the last value read. */
function spanOf(pieces: readonly Piece[], body: TableBody): Position | undefined {
  const start = pieces.find((p) => p.position)?.position?.start;
  let end: Position['end'] | undefined;
  for (const row of body.children) {
    for (const point of [row.position?.end, ...row.children.map((c) => c.position?.end)]) {
      if (point && (!end || (point.offset ?? 0) > (end.offset ?? 0))) end = point;
    }
  }
  return start && end ? { start, end } : undefined;
}
