/**
 * This year's 二、上年结转 against every copy of last year's 四、结转下年度继续办理 the engine handed over: what the
 * carry-over rule accuses or says it could not compare.
 */
import { APPLICATION_COLUMNS } from '../../parser/data/applications.js';
import { findTable, getCell, getRow } from '../../parser/query.js';
import type { CellNode, ReportRoot, RowNode, TableNode } from '../../parser/types.js';
import type { PreviousReport } from '../types.js';

interface Mismatch {
  column: string;
  now: CellNode;
  then: CellNode;
}

/** One copy of last year that read at least one of the cells this year read. */
interface ReadCopy {
  copy: PreviousReport;
  /** Last year's value in each column both years read. */
  values: Map<string, number>;
  mismatches: Mismatch[];
  /** It read every column this year read. */
  whole: boolean;
}

export type CarryComparison =
  /** Nothing to compare: this year's row not read (or no table 三, or the 2019 form). */
  | { outcome: 'notRead' }
  /** No copy of last year's report of this organ. */
  | { outcome: 'noPrevious' }
  /** Last year's copies are there, but none read a cell of its carried-forward row. */
  | { outcome: 'unread'; files: string[] }
  /** Compared: no `mismatches` (`files`: the copies that agree), or `mismatches` against `against` (the copy closest to this year). */
  | { outcome: 'checked'; files: string[]; against?: PreviousReport; mismatches: Mismatch[] }
  /** Some columns compared and agreeing, the rest unread in every copy: nothing contradicts, nothing vouches. */
  | { outcome: 'partial'; files: string[] }
  /**
   * Copies that differ from each other: the one that agrees with this year was read in part, the ones read in
   * full disagree, so which version is last year's cannot be told.
   */
  | { outcome: 'uncertain'; files: string[] };

export function compareCarryOver(report: ReportRoot, previous: readonly PreviousReport[]): CarryComparison {
  const table = findTable(report, 'applications');
  const row = table && getRow(table, 'carried');
  if (!table || !row || table.template === '2019') return { outcome: 'notRead' };
  const columns = APPLICATION_COLUMNS.map((c) => c.key).filter((key) => readable(table, 'carried', key));
  if (!columns.length) return { outcome: 'notRead' };
  // Another organ's or another year's report is not last year's at all (lint() may be handed anything).
  const copies = previous.filter((p) => sameOrganNextYear(report, p.report));
  if (!copies.length) return { outcome: 'noPrevious' };
  const read: ReadCopy[] = [];
  for (const copy of copies) {
    const r = readCopy(table, columns, copy);
    if (r) read.push(r);
  }
  const files = (list: ReadonlyArray<{ copy: PreviousReport }>): string[] =>
    list.flatMap((r) => (r.copy.file ? [r.copy.file] : []));
  if (!read.length) return { outcome: 'unread', files: copies.flatMap((c) => (c.file ? [c.file] : [])) };
  const agreeing = read.filter((r) => r.mismatches.length === 0);
  // Named: the copies it agrees with, not an original its 更正版 corrected (rtQ F9: "一致（与 原文、更正版 核对）").
  if (agreeing.some((r) => r.whole)) return { outcome: 'checked', files: files(agreeing), mismatches: [] };
  const differing = read.filter((r) => r.mismatches.length > 0);
  if (!differing.length) return { outcome: 'partial', files: files(read) };
  // The copy closest to this year's figures (the first in path order on a tie) is the one named.
  const closest = differing.reduce((best, r) => (r.mismatches.length < best.mismatches.length ? r : best));
  // A copy read in part that agrees is the same report with cells lost only when it says what the closest copy
  // says wherever it was read; otherwise it is another version, and this year may be right by it.
  const sameReport = agreeing.every((a) => [...a.values].every(([key, value]) => closest.values.get(key) === value));
  if (!sameReport) return { outcome: 'uncertain', files: files(read) };
  return { outcome: 'checked', files: files(read), against: closest.copy, mismatches: closest.mismatches };
}

/** Consecutive years of one organ (either unread is no objection: the engine paired them by organ and year). */
function sameOrganNextYear(report: ReportRoot, previous: ReportRoot): boolean {
  if (report.year !== null && previous.year !== null && previous.year !== report.year - 1) return false;
  return !(report.organ && previous.organ && report.organ !== previous.organ);
}

/** What one copy read of the columns this year read; undefined when it read none of them. */
function readCopy(table: TableNode, columns: readonly string[], copy: PreviousReport): ReadCopy | undefined {
  const previous = copy.report;
  // A copy whose table was not read for certain (an OCR layer, text boxes read in the file's order, not the page's:
  // a PDF converted to Word) is read as nothing.
  if (previous.reading?.ocrScan || previous.reading?.garbledText || previous.reading?.textBoxes) return undefined;
  const before = findTable(previous, 'applications');
  if (!before || before.template === '2019') return undefined;
  const values = new Map<string, number>();
  const mismatches: Mismatch[] = [];
  for (const key of columns) {
    const now = readable(table, 'carried', key)!;
    const then = readable(before, 'carryForward', key);
    if (!then) continue;
    values.set(key, then.value!);
    if (now.value !== then.value) mismatches.push({ column: key, now, then });
  }
  return values.size ? { copy, values, mismatches, whole: values.size === columns.length } : undefined;
}

/** The cell when it holds a usable count (blank, text or unreadable rows are other rules' findings). */
function readable(table: TableNode, row: string, column: string): CellNode | undefined {
  if (table.unreadableRows.some((r) => r.key === row)) return undefined;
  const cell = getCell(table, row, column);
  return cell && cell.content === 'number' && cell.value !== null && !cell.decimal ? cell : undefined;
}

/** This year's carried-over row, where a finding about the row as a whole stands. */
export function carriedRow(report: ReportRoot): RowNode | undefined {
  const table = findTable(report, 'applications');
  return table ? getRow(table, 'carried') : undefined;
}
