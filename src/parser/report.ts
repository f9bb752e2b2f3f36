/**
 * The report builder: mdast (from any adapter) → report AST. Finds the six sections among headings and
 * heading-like lines, reads every table by its labels, and extracts the title, year, organ, statistical
 * periods, fee statements and dates, so rules only read data.
 */
import type { Position } from 'unist';
import type { AdapterOutput } from './adapters/types.js';
import type { BlockNode, InputFormat, PreambleNode, ReportRoot, SectionNode, TableNode } from './types.js';
import { LineIndex, spanPosition } from './text-run.js';
import { readItems, type Item } from './mdast-read.js';
import { matchSectionHeading, sectionOrder, type HeadingMatch } from './sections.js';
import { classifyTable, readTable } from './tables.js';
import { tableText, type RawTable } from './raw-table.js';
import { findDates, findFeeStatements, findPeriods, type TextLine } from './statements.js';
import { findTitle } from './title.js';
import { organTypeOf } from './organ-type.js';
import { findFigures } from './narrative.js';
import { findClaims } from './claims.js';
import { assessReading, normalisedBody } from './certainty.js';

export function buildReport(out: AdapterOutput, format: InputFormat): ReportRoot {
  const index = new LineIndex(out.text);
  const items = readItems(out.tree, out.text);
  const headings = acceptHeadings(items);
  const preamble: PreambleNode = { type: 'preamble', children: [] };
  const parts: Array<PreambleNode | SectionNode> = [preamble];
  const lines: TextLine[] = [];
  let current: PreambleNode | SectionNode = preamble;
  let lastRaw: RawTable | undefined;

  items.forEach((item, i) => {
    const key = current.type === 'section' ? current.key : null;
    if (item.kind === 'table') {
      const previous = current.children[current.children.length - 1];
      const merged = previous?.type === 'table' && lastRaw ? mergeSplitTable(lastRaw, previous, item.table) : undefined;
      if (merged) {
        current.children[current.children.length - 1] = merged.table;
        lastRaw = merged.raw;
        return;
      }
      const table = readTable(item.table);
      lastRaw = item.table;
      current.children.push(table);
      if (table.kind === 'unknown') for (const row of item.table.rows) lines.push({ run: { text: row.cells.map((c) => c.text).join(' '), segments: [] }, section: key, inTable: true });
      return;
    }
    const position = spanPosition(item.run, 0, item.run.text.length, index);
    const heading = headings.get(i);
    if (heading) {
      current = { type: 'section', key: heading.key, heading: item.run.text, number: heading.number, children: [], ...(position ? { position } : {}) };
      parts.push(current);
      return;
    }
    const paragraph: BlockNode = { type: 'paragraph', text: item.run.text, ...(position ? { position } : {}) };
    current.children.push(paragraph);
    lines.push({ run: item.run, section: key });
  });

  for (const part of parts) extendPosition(part);
  if (out.pages) addPages(parts, out.pages);
  const title = findTitle(preamble, parts);
  const periods = findPeriods(lines, index);
  const report: ReportRoot = {
    type: 'report',
    format,
    year: title.year ?? periods[0]?.start?.year ?? null,
    organ: title.organ,
    organType: organTypeOf(title.organ),
    title: title.title,
    periods,
    feeStatements: findFeeStatements(lines, index),
    dates: findDates(lines, index),
    figures: findFigures(lines, index),
    claims: findClaims(lines, index),
    reading: { sections: {} as ReportRoot['reading']['sections'], tables: {} as ReportRoot['reading']['tables'], notAReport: false },
    children: preamble.children.length > 0 ? parts : parts.slice(1),
    position: index.position(0, out.text.length),
  };
  report.reading = assessReading(report, normalisedBody(items.map((i) => (i.kind === 'line' ? i.run.text : tableText(i.table))).join('\n')));
  return report;
}

/**
 * Decides which lines are section headings. A numbered heading (一、…) always is, unless it repeats the
 * section just opened (a caption). An unnumbered one is a heading only when it comes after the current
 * section in template order and no numbered heading of the same section follows (then it was a sub-heading
 * or a caption repeating a section's words).
 */
function acceptHeadings(items: readonly Item[]): Map<number, HeadingMatch> {
  const candidates = new Map<number, HeadingMatch>();
  items.forEach((item, i) => {
    if (item.kind !== 'line') return;
    const match = matchSectionHeading(item.run.text);
    if (match) candidates.set(i, match);
  });
  const accepted = new Map<number, HeadingMatch>();
  let currentOrder = -1;
  let currentKey: string | null = null;
  let contentSinceHeading = false;
  items.forEach((item, i) => {
    const match = candidates.get(i);
    if (!match) {
      contentSinceHeading = true;
      return;
    }
    const order = sectionOrder(match.key);
    let take: boolean;
    if (match.number) take = !(match.key === currentKey && !contentSinceHeading);
    else {
      const numberedLater = [...candidates].some(([j, m]) => j > i && m.key === match.key && m.number !== null);
      take = order > currentOrder && !numberedLater;
    }
    if (!take) {
      contentSinceHeading = true;
      return;
    }
    accepted.set(i, match);
    currentOrder = order;
    currentKey = match.key;
    contentSinceHeading = false;
  });
  return accepted;
}

/**
 * A table split over several tables (table 二's four blocks as four tables, table 三 cut by a page break)
 * is read as one, when the parts follow each other and one of them is incomplete on its own.
 */
function mergeSplitTable(previousRaw: RawTable, previous: TableNode, next: RawTable): { table: TableNode; raw: RawTable } | undefined {
  if (previous.kind === 'unknown') return undefined;
  const kind = classifyTable(next);
  if (kind !== previous.kind && kind !== 'unknown') return undefined;
  const alone = readTable(next);
  if (kind === previous.kind && previous.missingRows.length === 0 && alone.missingRows.length === 0) return undefined;
  const sameShape = previousRaw.layout === next.layout && previousRaw.rows[0]?.cells.length === next.rows[0]?.cells.length;
  const raw: RawTable = {
    layout: sameShape ? previousRaw.layout : 'flattened',
    rows: [...previousRaw.rows, ...next.rows],
    ...(previousRaw.position && next.position ? { position: { start: previousRaw.position.start, end: next.position.end } } : {}),
  };
  const table = readTable(raw);
  if (table.kind !== previous.kind || table.missingRows.length >= previous.missingRows.length) return undefined;
  return { table, raw };
}

/** In a PDF, line numbers refer to the extracted text: the page tells people where to look (第4页 表三…). */
function addPages(parts: ReadonlyArray<PreambleNode | SectionNode>, pages: readonly number[]): void {
  for (const part of parts) {
    for (const block of part.children) {
      if (block.type !== 'table') continue;
      for (const row of block.children) {
        for (const cell of row.children) {
          const page = cell.position ? pages[cell.position.start.line - 1] : undefined;
          if (page !== undefined && cell.location) cell.location = `第${page}页 ${cell.location}`;
        }
      }
    }
  }
}

/** A section spans from its heading to its last block. */
function extendPosition(part: PreambleNode | SectionNode): void {
  const first = part.position?.start ?? part.children[0]?.position?.start;
  const last = part.children[part.children.length - 1]?.position?.end ?? part.position?.end;
  if (first && last) part.position = { start: first, end: last } as Position;
}
