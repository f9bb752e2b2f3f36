/** Typed accessors over the report AST, for built-in and plugin rules alike (exported from the package entry). */
import type { CellNode, ReportRoot, RowNode, SectionKey, SectionNode, TableKind, TableNode, ParagraphNode } from './types.js';
import { joinWrapped } from './paragraphs.js';

export function sectionsOf(report: ReportRoot): SectionNode[] {
  return report.children.filter((c): c is SectionNode => c.type === 'section');
}

/** The first section with this key, if the report has it. */
export function findSection(report: ReportRoot, key: SectionKey): SectionNode | undefined {
  return sectionsOf(report).find((s) => s.key === key);
}

/** Every table in the report, in document order (preamble included). */
export function tablesOf(report: ReportRoot): TableNode[] {
  const out: TableNode[] = [];
  for (const part of report.children) for (const block of part.children) if (block.type === 'table') out.push(block);
  return out;
}

/** The first table of this kind (tables are classified by their labels, wherever they stand). */
export function findTable(report: ReportRoot, kind: TableKind): TableNode | undefined {
  return tablesOf(report).find((t) => t.kind === kind);
}

export function paragraphsOf(report: ReportRoot, key?: SectionKey): ParagraphNode[] {
  const out: ParagraphNode[] = [];
  for (const part of report.children) {
    if (key !== undefined && (part.type !== 'section' || part.key !== key)) continue;
    for (const block of part.children) if (block.type === 'paragraph') out.push(block);
  }
  return out;
}

/**
 * The prose of the report (or of one section): its paragraphs with the lines a hard wrap broke joined back
 * (`ParagraphNode.continues`), so words wrapped over a line break (绩效考 ⏎ 核) are matched whole.
 */
export function proseOf(report: ReportRoot, key?: SectionKey): string[] {
  const out: string[] = [];
  for (const paragraph of paragraphsOf(report, key)) {
    if (paragraph.continues && out.length > 0)
      out[out.length - 1] = joinWrapped(out[out.length - 1]!, paragraph.text, paragraph.block === true);
    else out.push(paragraph.text);
  }
  return out;
}

export function getRow(table: TableNode, rowKey: string): RowNode | undefined {
  return rowsByKey(table).get(rowKey);
}

/** A cell by row and column key: getCell(applications, 'denied.1', 'natural'). */
export function getCell(table: TableNode, rowKey: string, columnKey: string): CellNode | undefined {
  const row = getRow(table, rowKey);
  return row && cellsByKey(row).get(columnKey);
}

/**
 * Lookups by key, built on a table's or row's first use and shared by every rule of the run (the totals rules
 * ask for a few hundred cells of table 三 per report). The first row or cell with a key wins, as a linear search
 * would; an index is rebuilt if its children array was replaced or changed length since (the model is meant
 * to be read-only, but plugins and tests may build tables by hand).
 */
interface KeyIndex<T> {
  of: readonly T[];
  length: number;
  byKey: Map<string, T>;
}
const rowIndexes = new WeakMap<TableNode, KeyIndex<RowNode>>();
const cellIndexes = new WeakMap<RowNode, KeyIndex<CellNode>>();

function rowsByKey(table: TableNode): Map<string, RowNode> {
  return indexed(rowIndexes, table, table.children);
}

function cellsByKey(row: RowNode): Map<string, CellNode> {
  return indexed(cellIndexes, row, row.children);
}

function indexed<P extends object, T extends { key?: string }>(
  cache: WeakMap<P, KeyIndex<T>>,
  parent: P,
  children: readonly T[],
): Map<string, T> {
  const known = cache.get(parent);
  if (known && known.of === children && known.length === children.length) return known.byKey;
  const byKey = new Map<string, T>();
  for (const child of children) if (child.key !== undefined && !byKey.has(child.key)) byKey.set(child.key, child);
  cache.set(parent, { of: children, length: children.length, byKey });
  return byKey;
}

/** The cell's number, or undefined when the cell is missing; null when blank or not a number. */
export function getValue(table: TableNode, rowKey: string, columnKey: string): number | null | undefined {
  return getCell(table, rowKey, columnKey)?.value;
}
