/**
 * The reading budget of one document: how much a reader may take in (bytes, bytes inflated from a .docx or
 * a PDF, pages, blocks, table cells, nesting depth) before it stops. Real reports stay far below every limit;
 * hostile files (zip bombs, 10,000-column tables, spans nested 100,000 deep) hit one early, before the
 * work or the memory they would cost. One knob raises them all together: the file-size limit
 * (`--max-file-size` / `maxFileSize`), which scales every limit; 0 or Infinity switches them off.
 * Browser-safe: the readers in src/parser enforce it.
 */

export interface Budget {
  /** Bytes of input (the file, or standard input). */
  bytes: number;
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

/** Each limit is several times what the largest real report we have seen needs. */
const BASE: Budget = {
  bytes: DEFAULT_MAX_BYTES,
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
  return out;
}

const UNLIMITED: Budget = Object.freeze({
  bytes: Infinity,
  expanded: Infinity,
  xml: Infinity,
  entries: Infinity,
  pages: Infinity,
  blocks: Infinity,
  items: Infinity,
  columns: Infinity,
  depth: Infinity,
});

const WHAT: Record<keyof Budget, [zh: string, en: string, unit: 'MB' | '']> = {
  bytes: ['文件大小', 'file size', 'MB'],
  expanded: ['解压后大小', 'decompressed size', 'MB'],
  xml: ['解压后的 XML 大小', 'decompressed XML size', 'MB'],
  entries: ['压缩包条目数', 'zip entries', ''],
  pages: ['页数', 'pages', ''],
  blocks: ['段落和元素数', 'paragraphs and elements', ''],
  items: ['文字片段数（每 10 字计 1）', 'text runs (10 characters count as one)', ''],
  columns: ['表格列数', 'table columns', ''],
  depth: ['嵌套层数', 'nesting depth', ''],
};

/** A document over one limit of its budget: one line, Chinese then English, naming the limit and the knob. */
export class BudgetError extends Error {
  constructor(
    readonly limit: keyof Budget,
    readonly actual: number,
    readonly max: number,
  ) {
    const [zh, en, unit] = WHAT[limit];
    const show = (n: number): string => (unit === 'MB' ? `${(n / (1024 * 1024)).toFixed(1)} MB` : String(n));
    const over = actual > max ? show(actual) : `> ${show(max)}`;
    super(
      `超出读取上限：${zh} ${over}（上限 ${show(max)}），未检查；可用 --max-file-size 调高所有上限 / ` +
        `over the reading limit: ${en} ${over} (limit ${show(max)}); not checked; raise all limits with --max-file-size`,
    );
    this.name = 'BudgetError';
  }
}

/** Throws when `actual` exceeds the budget's `limit`. */
export function spend(budget: Budget, limit: keyof Budget, actual: number): void {
  if (actual > budget[limit]) throw new BudgetError(limit, actual, budget[limit]);
}
