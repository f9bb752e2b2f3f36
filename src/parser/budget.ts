/**
 * The reading budget of one document: how much a reader may take in (bytes, bytes inflated from a .docx or
 * a PDF, pages, blocks, table cells, nesting depth) before it stops. Real reports stay far below every limit;
 * hostile files (zip bombs, 10,000-column tables, spans nested 100,000 deep) hit one early, before the
 * work or the memory they would cost. One knob raises them all together: the file-size limit
 * (`--max-file-size` / `maxFileSize`), which scales every limit; 0 or Infinity switches them off.
 * Browser-safe: the readers in src/parser enforce it.
 */
import { ReadError } from './read-error.js';

export interface Budget {
  /** Bytes of input (the file, or standard input), a zip package (.docx) excepted. */
  bytes: number;
  /**
   * Bytes of a zip package (.docx) itself: what it holds of photos and other media is never read (what is read, its
   * XML parts inflated, is `xml`), so a report with photos may be larger than `bytes`; this bounds the file held.
   */
  zip: number;
  /** Bytes inflated from a PDF's compressed streams (fonts included). */
  expanded: number;
  /** Bytes of a .docx's XML parts once inflated (mammoth holds them as objects: about 7 bytes of memory each). */
  xml: number;
  /** Entries in a .docx's zip directory. */
  entries: number;
  pages: number;
  /** Paragraphs and other elements (HTML, a .docx's paragraphs and table cells). */
  blocks: number;
  /** Text runs of a PDF (pdfjs text items), over all its pages. */
  items: number;
  /** Cells of one table row (columns). */
  columns: number;
  /** Elements nested inside one another. */
  depth: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** How many times the file-size limit a zip package (.docx) may be. */
const ZIP_FACTOR = 5;

/** Each limit is several times what the largest real report we have seen needs. */
const BASE: Budget = {
  bytes: DEFAULT_MAX_BYTES,
  zip: ZIP_FACTOR * DEFAULT_MAX_BYTES,
  expanded: 64 * 1024 * 1024,
  xml: 24 * 1024 * 1024,
  entries: 5_000,
  pages: 200,
  blocks: 20_000,
  items: 200_000,
  columns: 1_000,
  depth: 256,
};

/** The budget for a file-size limit (default 20 MB); 0 or Infinity: no limits. */
export function budgetFor(maxBytes: number = DEFAULT_MAX_BYTES): Budget {
  if (!(maxBytes > 0) || maxBytes === Infinity) return UNLIMITED;
  const scale = Math.max(1, maxBytes / DEFAULT_MAX_BYTES);
  const out = { ...BASE };
  for (const key of Object.keys(out) as Array<keyof Budget>) out[key] = Math.round(BASE[key] * scale);
  out.bytes = maxBytes;
  // A package may be several times the file-size limit: its media are not read.
  out.zip = ZIP_FACTOR * maxBytes;
  return out;
}

const UNLIMITED: Budget = Object.freeze({
  bytes: Infinity,
  zip: Infinity,
  expanded: Infinity,
  xml: Infinity,
  entries: Infinity,
  pages: Infinity,
  blocks: Infinity,
  items: Infinity,
  columns: Infinity,
  depth: Infinity,
});

/** Limits counted in bytes are shown in MB; the others are counts. */
const IN_MB: ReadonlySet<keyof Budget> = new Set(['bytes', 'zip', 'expanded', 'xml']);

/** A number of one limit as shown to people (language-neutral: "20.0 MB" or "1000"). */
function shownAmount(limit: keyof Budget, n: number): string {
  return IN_MB.has(limit) ? `${(n / (1024 * 1024)).toFixed(1)} MB` : String(n);
}

/**
 * A document over one limit of its budget. It carries the limit and the amounts (message id `overBudget`);
 * src/messages/unreadable.ts words it, naming the limit and the knob, in the caller's language.
 */
export class BudgetError extends ReadError {
  constructor(
    readonly limit: keyof Budget,
    readonly actual: number,
    readonly max: number,
  ) {
    const over = actual > max ? shownAmount(limit, actual) : `> ${shownAmount(limit, max)}`;
    super(
      'overBudget',
      { limit, over, max: shownAmount(limit, max) },
      `over the reading limit: ${limit} ${over} (limit ${shownAmount(limit, max)})`,
    );
    this.name = 'BudgetError';
  }
}

/** Throws when `actual` exceeds the budget's `limit`. */
export function spend(budget: Budget, limit: keyof Budget, actual: number): void {
  if (actual > budget[limit]) throw new BudgetError(limit, actual, budget[limit]);
}
