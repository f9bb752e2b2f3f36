/**
 * The machine-readable model `reportlint extract --format json` prints: the keys of docs/domain.md, so evaluators
 * can aggregate many reports. Positions are reduced to line numbers.
 */
import type { ParsedReport } from '../parser/index.js';
import type { Certainty, OtherPages, ReadStatus, ReportRoot, TableNode } from '../parser/types.js';
import { findTable, otherPagesPlace, reportPeriod, sectionsOf } from '../parser/query.js';
import { formatDate } from '../parser/statements.js';

type CellValues = Record<string, Record<string, number | null>>;

export interface ExtractedReport {
  year: number | null;
  organ: string | null;
  /** government | department | township | zone, or null when the organ's name says nothing clear. */
  organType: string | null;
  title: string | null;
  format: string;
  period: { start: string; end: string } | null;
  sections: Array<{ key: string; heading: string; line: number | null }>;
  tables: { active: CellValues | null; applications: CellValues | null; review: CellValues | null };
  /**
   * What was read: every section and table as read / absent (its words are nowhere in the document) /
   * unreadable (its words are there but could not be placed), with the reason; and whether the document is
   * an annual report at all, and whether it holds a report's title without its body (noBody).
   */
  reading: {
    notAReport: boolean;
    noBody: boolean;
    /**
     * A report in a format not checked (present only then): a public institution's in its sector's format
     * (publicInstitution), or one on 2018 or earlier, before the tables' format (beforeTemplate).
     */
    formatNotChecked?: 'publicInstitution' | 'beforeTemplate';
    /** The PDF is a scan with an OCR text layer: nothing in it was checked (present only when true). */
    ocrScan?: boolean;
    /**
     * The text is OCR's reading of a scan given as text (.txt, Markdown, a page): checked all the same, what OCR may
     * have misread left unread (present only when true).
     */
    ocrText?: boolean;
    /** Part of the PDF's text layer is garbled (fonts' character maps wrong): nothing in it was checked (present only when true). */
    garbledText?: boolean;
    /**
     * The .docx holds its text in floating text boxes (a PDF converted to Word): read in the file's order, not the
     * page's, so its tables' values may stand in the wrong rows; nothing in it was checked (present only when true).
     */
    textBoxes?: boolean;
    /** Places where UTF-8 bytes were invalid and read as U+FFFD: how many, and the line of the first. */
    undecodable?: { count: number; line: number };
    /** A PDF's pages that are only pictures (scanned pages in a text PDF), not read (present only when some are). */
    picturePages?: number[];
    /** .docx chunks not read (RTF w:altChunk): the line each stands on. */
    unreadChunks?: number[];
    /**
     * The text is one page of a paged web article (or what stood before 展开全文): `line`, where it meets the pages
     * not there; `page` and `pages` when its paging says them; `collapsed` for a 展开全文; `cutShort` for a file that
     * stops inside a table (a download cut short), `line` its end.
     */
    otherPages?: { line: number; page?: number; pages?: number; collapsed?: true; cutShort?: true; excerpt?: true };
    /** `reason`: an UnreadableReasonId (docs/architecture.md "Reading certainty"), `reasonData` its numbers. */
    sections: Record<
      string,
      { status: ReadStatus; reason?: string; reasonData?: Readonly<Record<string, number>>; line?: number }
    >;
    tables: Record<
      string,
      {
        status: ReadStatus;
        reason?: string;
        reasonData?: Readonly<Record<string, number>>;
        line?: number;
        unreadableRows?: string[];
        inferredRows?: string[];
      }
    >;
  };
  /** What could not be read, per table: missing rows and columns, unreadable rows. */
  problems: Record<string, { missingRows: string[]; missingColumns: string[]; unreadableRows: string[] }>;
  fees: Array<{
    text: string;
    line: number | null;
    section: string | null;
    noneCollected: boolean;
    noNotice: boolean;
    notices: number | null;
    collected: number | null;
  }>;
}

export function extractReport(parsed: ParsedReport | { report: ReportRoot }): ExtractedReport {
  const report = parsed.report;
  // The report's period as the statistical-period rule judges it: its 统计期限为… over an activity's dates or a
  // comparison's before it (rtAE 3), never a count so far (review11 G2, P2).
  const first = reportPeriod(report.periods);
  const problems: ExtractedReport['problems'] = {};
  const tables = {} as ExtractedReport['tables'];
  for (const kind of ['active', 'applications', 'review'] as const) {
    const table = findTable(report, kind);
    // A table found but not read (its reading unreadable, or no row placed) is null, as docs/extract.md says: `{}`
    // looked like a table read with no rows (rtAE 6). What could not be placed is in `problems` and `reading`.
    const values = table && report.reading.tables[kind]?.status === 'read' ? valuesOf(table) : null;
    tables[kind] = values && Object.keys(values).length ? values : null;
    if (table && (table.missingRows.length || table.missingColumns.length || table.unreadableRows.length)) {
      problems[kind] = {
        missingRows: table.missingRows,
        missingColumns: table.missingColumns,
        unreadableRows: rowNames(table.unreadableRows),
      };
    }
  }
  return {
    year: report.year,
    organ: report.organ,
    organType: report.organType ?? null,
    title: report.title,
    format: report.format,
    period: first?.start && first.end ? { start: formatDate(first.start), end: formatDate(first.end) } : null,
    reading: readingOf(report),
    sections: sectionsOf(report).map((s) => ({ key: s.key, heading: s.heading, line: s.position?.start.line ?? null })),
    tables,
    problems,
    fees: report.feeStatements.map((f) => ({
      text: f.text,
      line: f.position?.start.line ?? null,
      section: f.section,
      noneCollected: f.noneCollected,
      noNotice: f.noNotice,
      notices: f.notices,
      collected: f.collected,
    })),
  };
}

/**
 * Unreadable rows by key, or by the label as printed when they have none; a row with neither (a PDF's blank line in
 * table 四 read as a row) is named by no "" (rtAE 6): the table's reading says it was not read whole.
 */
function rowNames(rows: TableNode['unreadableRows']): string[] {
  return rows.map((u) => u.key ?? u.label).filter((name) => name.trim() !== '');
}

function valuesOf(table: TableNode): CellValues {
  const out: CellValues = {};
  for (const row of table.children) {
    if (!row.key) continue;
    const values: Record<string, number | null> = {};
    for (const cell of row.children) if (cell.key) values[cell.key] = cell.value;
    out[row.key] = values;
  }
  return out;
}

function certaintyOf(c: Certainty | undefined): {
  status: ReadStatus;
  reason?: string;
  reasonData?: Readonly<Record<string, number>>;
  line?: number;
} {
  if (!c) return { status: 'read' };
  return {
    status: c.status,
    ...(c.reason ? { reason: c.reason.id, ...(c.reason.data ? { reasonData: c.reason.data } : {}) } : {}),
    ...(c.position ? { line: c.position.start.line } : {}),
  };
}

/** What was read of each section and table (also the batch summary's facts: unread-parts.ts). */
export function readingOf(report: ReportRoot): ExtractedReport['reading'] {
  const sections: ExtractedReport['reading']['sections'] = {};
  for (const [key, c] of Object.entries(report.reading.sections)) sections[key] = certaintyOf(c);
  const tables: ExtractedReport['reading']['tables'] = {};
  for (const [key, c] of Object.entries(report.reading.tables)) {
    const table = findTable(report, key as TableNode['kind']);
    const unreadable = rowNames(table?.unreadableRows.filter((r) => r.reason !== 'unknownLabel') ?? []);
    const inferred = table?.children.filter((r) => r.inferred && r.key).map((r) => r.key!) ?? [];
    tables[key] = {
      ...certaintyOf(c),
      ...(unreadable.length ? { unreadableRows: unreadable } : {}),
      ...(inferred.length ? { inferredRows: inferred } : {}),
    };
  }
  const undecodable = report.reading.undecodable;
  return {
    notAReport: report.reading.notAReport,
    noBody: report.reading.noBody,
    ...(report.reading.formatNotChecked ? { formatNotChecked: report.reading.formatNotChecked } : {}),
    ...(report.reading.ocrScan ? { ocrScan: true } : {}),
    ...(report.reading.ocrText ? { ocrText: true } : {}),
    ...(report.reading.garbledText ? { garbledText: true } : {}),
    ...(report.reading.textBoxes ? { textBoxes: true } : {}),
    ...(undecodable ? { undecodable: { count: undecodable.count, line: undecodable.position.start.line } } : {}),
    ...(report.reading.picturePages ? { picturePages: report.reading.picturePages.pages } : {}),
    ...(report.reading.unreadChunks ? { unreadChunks: report.reading.unreadChunks.places.map((p) => p.start.line) } : {}),
    ...(report.reading.otherPages ? { otherPages: otherPagesOf(report.reading.otherPages) } : {}),
    sections,
    tables,
  };
}

function otherPagesOf(other: OtherPages): NonNullable<ExtractedReport['reading']['otherPages']> {
  const { page, pages, collapsed, cutShort, excerpt } = other;
  return {
    line: otherPagesPlace(other)?.start.line ?? 1,
    ...(page !== undefined ? { page } : {}),
    ...(pages !== undefined ? { pages } : {}),
    ...(collapsed ? { collapsed } : {}),
    ...(cutShort ? { cutShort } : {}),
    ...(excerpt ? { excerpt } : {}),
  };
}
