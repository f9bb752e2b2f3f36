/**
 * The report builder: mdast (from any adapter) → report AST. Finds the six sections as one structure over the
 * whole text (section-structure.ts), reads every table by its labels, and extracts the title, year, organ, statistical
 * periods, fee statements and dates, so rules only read data.
 */
import type { Position } from 'unist';
import type { AdapterOutput } from './adapters/types.js';
import type { BlockNode, InputFormat, PreambleNode, ReportRoot, SectionNode, TableNode } from './types.js';
import { LineIndex, spanPosition } from './text-run.js';
import { readItems } from './mdast-read.js';
import { findStructure } from './section-structure.js';
import { joinParagraphs, type SourceLine } from './paragraphs.js';
import { classifyTable, readTable } from './tables.js';
import type { RawTable } from './raw-table.js';
import { findDates, findFeeStatements, findPeriods, type TextLine } from './statements.js';
import { findTitle } from './title.js';
import { findFigures } from './narrative.js';
import { assessReading, bodyText, locateWords } from './certainty.js';

export function buildReport(out: AdapterOutput, format: InputFormat): ReportRoot {
  const index = new LineIndex(out.text);
  const read = readItems(out.tree, out.text);
  const structure = findStructure(read);
  const body = bodyText(read, structure.listings);
  const { items, headings } = structure;
  const preamble: PreambleNode = { type: 'preamble', children: [] };
  const parts: Array<PreambleNode | SectionNode> = [preamble];
  const lines: TextLine[] = [];
  const sourceLines: SourceLine[] = [];
  let current: PreambleNode | SectionNode = preamble;
  let lastRaw: RawTable | undefined;
  let breakBefore = true;

  items.forEach((item, i) => {
    const key = current.type === 'section' ? current.key : null;
    if (item.kind === 'table') {
      breakBefore = true;
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
      breakBefore = true;
      return;
    }
    const paragraph: BlockNode = { type: 'paragraph', text: item.run.text, ...(position ? { position } : {}) };
    current.children.push(paragraph);
    lines.push({ run: item.run, section: key });
    sourceLines.push({ run: item.run, section: key, breakBefore, emphasised: item.heading || item.strong });
    breakBefore = false;
  });

  for (const part of parts) extendPosition(part);
  if (out.pages) addPages(parts, out.pages);
  // Sentences are read from paragraphs (wrapped lines joined); dated lines and the title from lines.
  const paragraphs: TextLine[] = joinParagraphs(sourceLines);
  const title = findTitle(preamble, parts);
  const periods = findPeriods(paragraphs, index);
  const report: ReportRoot = {
    type: 'report',
    format,
    year: title.year ?? periods[0]?.start?.year ?? null,
    organ: title.organ,
    title: title.title,
    periods,
    feeStatements: findFeeStatements(paragraphs, index),
    dates: findDates(lines, index),
    figures: findFigures(paragraphs, index),
    reading: { sections: {} as ReportRoot['reading']['sections'], tables: {} as ReportRoot['reading']['tables'], notAReport: false },
    children: preamble.children.length > 0 ? parts : parts.slice(1),
    position: index.position(0, out.text.length),
  };
  report.reading = assessReading(report, body, locateWords(read, index));
  return report;
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
