/** Typed accessors over the report AST, for built-in and plugin rules alike (exported from the package entry). */
import type { CellNode, ReportRoot, RowNode, SectionKey, SectionNode, TableKind, TableNode, ParagraphNode } from './types.js';

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

export function getRow(table: TableNode, rowKey: string): RowNode | undefined {
  return table.children.find((r) => r.key === rowKey);
}

/** A cell by row and column key: getCell(applications, 'denied.1', 'natural'). */
export function getCell(table: TableNode, rowKey: string, columnKey: string): CellNode | undefined {
  return getRow(table, rowKey)?.children.find((c) => c.key === columnKey);
}

/** The cell's number, or undefined when the cell is missing; null when blank or not a number. */
export function getValue(table: TableNode, rowKey: string, columnKey: string): number | null | undefined {
  return getCell(table, rowKey, columnKey)?.value;
}
