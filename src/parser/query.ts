/** Typed accessors over the report AST, for built-in and plugin rules alike (exported from the package entry). */
import type {
  CellNode,
  OtherPages,
  ParagraphNode,
  Position,
  PeriodStatement,
  ReportRoot,
  RowNode,
  SectionKey,
  SectionNode,
  TableKind,
  TableNode,
} from './types.js';
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

/**
 * Which of the statements of a period (read with certainty: the caller leaves out a damaged one) say the report's own
 * period, as the statistical-period rule judges them and extract reports them, chosen once for both (rtAE 3: extract
 * took the first range, an activity's 2023年5月1日至…开展的 or a comparison's 与2022年1月1日至…相比, where the lint
 * judged the 统计期限为… beside it).
 * - `judged`: where the report says what its figures cover (explicit: 统计期限为…, 所列数据统计截至…), those; else all.
 *   Other ranges (经统计… an activity's, 本报告于…公示) are not its period.
 * - `candidates`: those of which one stated right is enough: beside an explicit statement, a range stated in words or
 *   in the preamble, never an activity's cited figures, nor, beside the report's own statement (本报告/所列数据/统计期限),
 *   a bare range in 总体情况 (an event's dates) (review6 F1, red team rtK F0).
 */
export function periodChoice(periods: readonly PeriodStatement[]): {
  judged: PeriodStatement[];
  candidates: PeriodStatement[];
} {
  const explicit = periods.filter((p) => p.explicit);
  const own = explicit.some((p) => p.own);
  const candidates = periods.filter((p) => !explicit.length || (!p.cited && (!own || p.named || p.section === null)));
  return { judged: explicit.length ? explicit : [...periods], candidates };
}

/**
 * The report's own period as read in full (both dates), or undefined: the first judged statement (periodChoice) that
 * is not an activity's cited figures nor a running total (网站访问量…统计时间为…, 自1月1日起，截至11月30日，共…).
 */
export function reportPeriod(periods: readonly PeriodStatement[]): PeriodStatement | undefined {
  return periodChoice(periods).judged.find((p) => p.start && p.end && !p.cited);
}

/**
 * Where a text holding part of a report meets what it does not hold (reading.otherPages), as unreadable-content says
 * it and extract reports it: a pasted excerpt at its start; a page of a paged article, a collapse or a file cut short
 * where the later pages (or the rest) would begin.
 */
export function otherPagesPlace(other: OtherPages): Position | undefined {
  return other.excerpt ? other.places[0] : other.places[other.places.length - 1];
}
