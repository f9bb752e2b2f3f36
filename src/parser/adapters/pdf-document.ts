/**
 * The PDF reader's first half: what pdfjs shows of the document (pdf-pages.ts), page by page, within the limits
 * and the budget: each page's text runs (watermarks and stamps left out), its borders where a table may stand, the
 * scan test, the pictures. pdf.ts lays the pages out as text. A module of its own, so that a host may run it in
 * another thread without the layout and the report builder (engine/pdf-read-ahead-worker.ts). Works in Node and in
 * a browser alike.
 */
import type { PageText, PdfItem } from './pdf-lines.js';
import { ensureDomMatrix, keepNativeBuiltins, withoutCanvas, withoutCanvasWarnings } from './pdf-polyfill.js';
import { skipFontLoading, TEXT_ONLY_FONTS } from './pdf-fonts.js';
import { BudgetError, type Budget } from '../budget.js';
import { checkPdfBudget } from './pdf-budget.js';
import { ReadError, type ReadErrorId } from '../read-error.js';
import { pageRules, type PageRules } from './pdf-rules.js';
import { hasMaskedImages, isOcrPage } from './pdf-scan.js';
import { mayShowPicture, MAX_PICTURE_PAGE_CHARS, pagePictures, printedChars } from './pdf-pictures.js';
import { isValueText } from '../numbers.js';
import { hostedPdfjs } from './pdf-worker-host.js';
import type { PdfLimits, PdfPages, PictureOnPage } from './pdf-pages.js';
import { timeLimitMs } from '../time-limit.js';
import { byteChars } from '../byte-chars.js';
import { notPdf } from './pdf-not-pdf.js';
import { withUnifiedIdeographs } from '../ideographs.js';

export const PDF_LIMITS: PdfLimits = { maxPages: 200, timeoutMs: 30_000 };

/** The limits of a run with this budget: its pages, and the run's time limit (30 s unless REPORTLINT_TIME_LIMIT_MS says otherwise). */
export function pdfLimitsFor(budget: Budget): PdfLimits {
  return { maxPages: Math.max(PDF_LIMITS.maxPages, budget.pages), timeoutMs: timeLimitMs() };
}

/** A PDF that cannot be read (scanned, encrypted, damaged, too long, too slow): a ReadError worded at the edge. */
export class PdfReadError extends ReadError {
  constructor(id: Extract<ReadErrorId, `pdf${string}`>, data: Readonly<Record<string, string | number>> = {}) {
    super(id, data, `cannot read the PDF: ${id}`);
    this.name = 'PdfReadError';
  }
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | undefined;

/**
 * In Node, the character maps pdfjs ships (pdf-node.ts). The module is named through a variable so that a
 * browser bundle leaves it out: pages have no file system to read the maps from.
 */
async function nodeCMaps(): Promise<{ cMapUrl?: string; cMapPacked?: boolean }> {
  const host = globalThis as { process?: { versions?: { node?: string } } };
  if (typeof host.process?.versions?.node !== 'string') return {};
  const helper = './pdf-node.js';
  try {
    const mod = (await import(helper)) as { cMapOptions: () => { cMapUrl?: string; cMapPacked?: boolean } };
    return mod.cMapOptions();
  } catch {
    return {};
  }
}

/**
 * Extra getDocument options a host provides: a browser page has no file system or network for the character
 * maps, so it hands pdfjs a CMapReaderFactory that reads copies embedded in the page (web/cmaps.ts).
 */
let hostOptions: Record<string, unknown> = {};
export function setPdfHostOptions(options: Record<string, unknown>): void {
  hostOptions = options;
}

/** pdfjs's library and worker modules: the host's (pdf-worker-host.ts) where it gives them, else pdfjs's own. */
async function pdfjsModules(): Promise<[PdfJs, unknown]> {
  const hosted = await hostedPdfjs();
  const lib = hosted?.lib ? Promise.resolve(hosted.lib as PdfJs) : import('pdfjs-dist/legacy/build/pdf.min.mjs');
  const worker = hosted?.worker ? Promise.resolve(hosted.worker) : import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
  return Promise.all([lib, worker]);
}

/**
 * pdfjs is loaded on first use: most runs read no PDF and should not pay for it. Its worker code runs in
 * this thread (pdfjs looks for it on `globalThis.pdfjsWorker`), so a page needs no worker file and no
 * `workerSrc`, and a bundler sees the module it has to include.
 */
function pdfjs(): Promise<PdfJs> {
  loading ??= (async () => {
    // Without the optional canvas package pdfjs cannot even load in Node (pdf-polyfill.ts).
    ensureDomMatrix();
    const [lib, worker] = await withoutCanvasWarnings(() => withoutCanvas(() => keepNativeBuiltins(pdfjsModules)));
    const host = globalThis as { pdfjsWorker?: unknown };
    host.pdfjsWorker ??= worker;
    return lib;
  })();
  return loading;
}

/** What pdfjs shows of the document (pdf-pages.ts), within the limits and the budget; the PDF reader's first half. */
export async function readPdfPages(bytes: Uint8Array, limits: PdfLimits, budget: Budget): Promise<PdfPages> {
  checkEnvelope(bytes);
  await checkPdfBudget(bytes, budget);
  const deadline = Date.now() + limits.timeoutMs;
  // On timeout the document is destroyed, so pdfjs stops working on it instead of running on unseen.
  const running: Running = {};
  return withDeadline(readPages(bytes, limits, budget, deadline, running), limits, () => void stop(running));
}

/** Whether reading stopped at the time limit (a host reading ahead passes it on: pdf-read-ahead.ts). */
export function isTimeout(error: unknown): boolean {
  return error instanceof PdfReadError && error.id === 'pdfTimeout';
}

export const timedOut = (limits: PdfLimits): PdfReadError =>
  new PdfReadError('pdfTimeout', { seconds: Math.round(limits.timeoutMs / 1000) });

/**
 * A file that does not start like a PDF or was cut short (no %%EOF near its end) is refused outright: as the
 * picture, zip or web page its first bytes say it is (pdf-not-pdf.ts), else as a damaged PDF.
 */
function checkEnvelope(bytes: Uint8Array): void {
  const head = byteChars(bytes.subarray(0, 1024));
  const tail = byteChars(bytes.subarray(Math.max(0, bytes.length - 2048)));
  if (head.includes('%PDF-') && tail.includes('%%EOF')) return;
  const other = head.includes('%PDF-') ? undefined : notPdf(bytes);
  if (other?.id === 'pdfIsPicture') throw new PdfReadError(other.id, { kind: other.kind });
  throw new PdfReadError(other?.id ?? 'pdfDamaged');
}

interface Running {
  task?: ReturnType<PdfJs['getDocument']>;
  /** The page text being streamed: cancelled before the document is destroyed (destroying under an open text stream makes pdfjs throw outside any promise). */
  reader?: ReadableStreamDefaultReader;
}

async function readPages(
  bytes: Uint8Array,
  limits: PdfLimits,
  budget: Budget,
  deadline: number,
  running: Running,
): Promise<PdfPages> {
  const lib = await pdfjs();
  // pdfjs takes ownership of the buffer it is given, and refuses a Node Buffer: give it a plain copy.
  const data = new Uint8Array(bytes);
  let task: ReturnType<PdfJs['getDocument']> | undefined;
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    task = lib.getDocument({
      data,
      verbosity: 0,
      isEvalSupported: false,
      ...TEXT_ONLY_FONTS,
      useSystemFonts: false,
      stopAtErrors: false,
      // No image is decoded (3–4 s for a page scanned at 400 dpi): none is read, and the operator list the
      // borders and the scan test read (pdf-rules.ts, pdf-scan.ts) leaves its painting out.
      maxImageSize: 0,
      ...(await nodeCMaps()),
      ...hostOptions,
    });
    running.task = task;
    doc = await task.promise;
    skipFontLoading(doc);
  } catch (error) {
    await task?.destroy().catch(() => undefined);
    throw translate(error);
  }
  try {
    if (doc.numPages > budget.pages) throw new BudgetError('pages', doc.numPages, budget.pages);
    if (doc.numPages > limits.maxPages) throw new PdfReadError('pdfTooManyPages', { pages: doc.numPages, max: limits.maxPages });
    const out: PageText[] = [];
    let itemCount = 0;
    let ruledBefore = false;
    let ocrScan = false;
    // Whether an image of the file may be translucent (pdf-scan.ts hasMaskedImages): read from its bytes once, if asked.
    let maskedImages: boolean | undefined;
    const masked = (): boolean => (maskedImages ??= hasMaskedImages(bytes));
    const pictures: PictureOnPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline) throw timedOut(limits);
      const page = await doc.getPage(n);
      const check = (): void => {
        if (itemCount > budget.items) throw new BudgetError('items', itemCount, budget.items);
        if (Date.now() > deadline) throw timedOut(limits);
      };
      const runs = await pageRuns(page, running, check, (n) => void (itemCount += n));
      // A page whose text is drawn turned (a wide page placed sideways without /Rotate) is read in its text's direction.
      const viewport = page.getViewport({
        scale: 1,
        rotation: (page.rotate + textTurn(page.getViewport({ scale: 1 }), runs)) % 360,
      });
      const items = placedItems(runs, viewport);
      // A page after one with borders may hold the rest of its table (the last rows of table 二, few numbers).
      // The drawing is read once, for the borders and the scan test alike; a scan's borders are not read.
      const wantRules: boolean = !ocrScan && (tabular(items) || ruledBefore);
      // A page with little text, or a band of its body without text, may show a picture where text would stand.
      const wantPictures = !ocrScan && mayShowPicture(items, viewport.height);
      const drawing: Drawing | undefined =
        wantRules || wantPictures || (!ocrScan && n <= SCAN_PAGES && items.length > 0) ? await operators(page) : undefined;
      if (drawing && items.length > 0 && isOcrPage(drawing.fnArray, drawing.argsArray, lib.OPS, pageArea(page), masked))
        ocrScan = true;
      if (drawing && wantPictures && !ocrScan) {
        const whole = printedChars(items) <= MAX_PICTURE_PAGE_CHARS;
        const shown = pagePictures(drawing.fnArray, drawing.argsArray, lib.OPS, viewport.transform, viewport, items);
        // A page of little text shows one picture, whatever its pieces (a scan in strips): placed at its top.
        const placed = whole ? shown.slice(0, 1).map((p) => ({ ...p, top: Math.min(...shown.map((q) => q.top)) })) : shown;
        for (const p of placed) pictures.push({ page: n, top: p.top, whole });
      }
      const rules: PageRules | undefined = wantRules && !ocrScan && drawing ? bordersOf(drawing, lib, viewport) : undefined;
      ruledBefore = !!rules && rules.vertical.length > 0;
      check();
      out.push({ page: n, width: viewport.width, height: viewport.height, items, ...(rules ? { rules } : {}) });
      page.cleanup();
    }
    return { pages: out, ocrScan, pictures };
  } catch (error) {
    throw translate(error);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;
type TextItems = Awaited<ReturnType<PdfPage['getTextContent']>>['items'];

/** A text run as pdfjs gives it: its string, its text matrix, its advance along the baseline. */
interface RawRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * A page's text runs, streamed so that reading stops within a chunk of the budget: a page that draws the
 * same form a million times is cut short instead of read whole. `spend` counts a run (and its length in
 * tens of characters); `check` throws once the budget or the time is spent.
 */
async function pageRuns(page: PdfPage, running: Running, check: () => void, spend: (n: number) => void): Promise<RawRun[]> {
  const runs: RawRun[] = [];
  const reader = page.streamTextContent().getReader();
  running.reader = reader;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    for (const raw of (chunk.value as { items: TextItems }).items) {
      spend(1 + Math.floor(('str' in raw ? raw.str.length : 0) / 10));
      try {
        check();
      } catch (error) {
        // pdfjs wants an Error as the reason (stop() says why).
        await reader.cancel(error instanceof Error ? error : new Error(String(error))).catch(() => undefined);
        throw error;
      }
      if (!('str' in raw) || raw.str.trim() === '') continue;
      // A font mapping its glyphs to radicals (⼀ for 一) is read as the ideographs (ideographs.ts).
      runs.push({
        str: withUnifiedIdeographs(raw.str),
        transform: raw.transform as number[],
        width: raw.width,
        height: raw.height,
      });
    }
  }
  return runs;
}

/** The page's runs placed on the page as `viewport` shows it, slanted watermarks and large turned stamps left out. */
function placedItems(runs: readonly RawRun[], viewport: ReturnType<PdfPage['getViewport']>): PdfItem[] {
  const items: PdfItem[] = [];
  const turned = new Set<PdfItem>();
  for (const raw of runs) {
    const [a, b, c, d, e, f] = raw.transform;
    if (slanted(viewport.transform, a ?? 1, b ?? 0)) continue;
    const [x, y] = viewport.convertToViewportPoint(e ?? 0, f ?? 0) as [number, number];
    const size = Math.hypot(c ?? 0, d ?? 0) || Math.hypot(a ?? 0, b ?? 0) || raw.height;
    const item = { str: raw.str, x, y, width: raw.width, size };
    items.push(item);
    if (quarterTurned(viewport.transform, a ?? 1, b ?? 0)) turned.add(item);
  }
  return withoutTurnedStamps(items, turned);
}

/**
 * More than this share of a page's characters drawn in one turned direction (a quarter turn either way, or upside
 * down) make the page a turned one: read in that direction.
 */
const TURNED_PAGE_SHARE = 0.6;

/** A page with fewer characters than this is never turned (a stray label or a stamp on a near-empty page). */
const TURNED_PAGE_MIN_CHARS = 20;

/**
 * The turn (0, 90, 180 or 270 degrees, clockwise, added to the page's own /Rotate) that sets the page's text level:
 * a page whose text is mostly drawn turned — a wide page placed sideways on paper, or a driver that turned the
 * content without setting /Rotate (red team rtO #3) — read as shown, its lines stand up the page, every glyph a
 * line of its own, and sections and rows were said missing. A page of level text with a few turned labels (table
 * 四's headers printed up their cells) or a turned stamp stays as it is (0).
 */
function textTurn(view: ReturnType<PdfPage['getViewport']>, runs: readonly RawRun[]): number {
  const [v0 = 1, v1 = 0, v2 = 0, v3 = 1] = view.transform;
  const chars = [0, 0, 0, 0];
  let all = 0;
  for (const raw of runs) {
    const [a = 1, b = 0] = raw.transform;
    const dx = v0 * a + v2 * b;
    const dy = v1 * a + v3 * b;
    const n = raw.str.replace(/\s/g, '').length;
    all += n;
    if (Math.abs(dx) === 0 && Math.abs(dy) === 0) continue;
    // The baseline's direction on the page as shown (y grows downwards): right, down, left, up.
    const side = Math.abs(dx) >= Math.abs(dy) ? (dx > 0 ? 0 : 2) : dy > 0 ? 1 : 3;
    chars[side]! += n;
  }
  if (all < TURNED_PAGE_MIN_CHARS) return 0;
  const side = chars.indexOf(Math.max(...chars));
  if (side === 0 || chars[side]! <= TURNED_PAGE_SHARE * all) return 0;
  // Text running down the page is set level by turning the view a quarter turn back (270), text running up by a
  // quarter turn on (90), text upside down by a half turn.
  return [0, 270, 180, 90][side]!;
}

/** A run turned a quarter turn this many times the size of the page's level text (its median) is a stamp. */
const STAMP_SIZE = 2.5;

/**
 * The items without the large runs turned a quarter turn: a watermark or stamp printed down the page (征求意见稿
 * at 60 pt over the table), whose glyphs, read as one level word, joined a table row. A label turned in its cell is
 * of the text's size and stays.
 */
function withoutTurnedStamps(items: PdfItem[], turned: ReadonlySet<PdfItem>): PdfItem[] {
  if (turned.size === 0) return items;
  const level = items
    .filter((i) => !turned.has(i))
    .map((i) => i.size)
    .sort((p, q) => p - q);
  if (level.length === 0) return items;
  const median = level[level.length >> 1]!;
  return items.filter((i) => !turned.has(i) || i.size < STAMP_SIZE * median);
}

/** A page with fewer numbers than this holds no table worth its borders: its drawing is not read. */
const MIN_TABLE_NUMBERS = 6;

/** Whether the page's text holds numbers enough for a table (reading the drawing costs a second parse of the page). */
function tabular(items: readonly PdfItem[]): boolean {
  let numbers = 0;
  for (const item of items)
    if (/[0-9０-９]/.test(item.str) && isValueText(item.str.trim()) && ++numbers >= MIN_TABLE_NUMBERS) return true;
  return false;
}

/**
 * The first pages (those with text) are tested for a scan under an OCR layer (pdf-scan.ts) even without a
 * table: a scan is scanned throughout, and its first pages say so.
 */
const SCAN_PAGES = 3;

interface Drawing {
  fnArray: number[];
  argsArray: unknown[];
}

/**
 * The page's drawing (pdfjs' operator list: the page parsed again), read once for its borders (pdf-rules.ts)
 * and the scan test (pdf-scan.ts); undefined when it cannot be read: the page is then read from its text alone.
 */
async function operators(page: PdfPage): Promise<Drawing | undefined> {
  try {
    return await page.getOperatorList();
  } catch {
    return undefined;
  }
}

/** The borders the page draws (pdf-rules.ts), or undefined when they cannot be read (read from the text alone). */
function bordersOf(drawing: Drawing, lib: PdfJs, viewport: ReturnType<PdfPage['getViewport']>): PageRules | undefined {
  try {
    return pageRules(drawing.fnArray, drawing.argsArray, lib.OPS, viewport.transform);
  } catch {
    return undefined;
  }
}

/** The page's area in points (its view box), whatever its rotation. */
function pageArea(page: PdfPage): number {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  return Math.abs((x1 - x0) * (y1 - y0));
}

/** A baseline further than this (degrees) from the page's axes is slanted. */
const MAX_TILT = 5;

/**
 * Whether a text run's baseline runs across the page, neither along nor across its lines: a watermark drawn
 * diagonally over the body (政务公开, the organ and a date, tiled or once). Its characters are no text of the
 * report, and read at their origin they would land inside table rows as cells and numbers. The baseline is
 * taken on the page as shown (the viewport's rotation applied); a slant of the glyphs alone (a synthetic
 * italic: the text matrix skewed, its baseline level) keeps the run, as do runs turned a quarter turn.
 */
function slanted(view: readonly number[], a: number, b: number): boolean {
  const [v0 = 1, v1 = 0, v2 = 0, v3 = 1] = view;
  const angle = (Math.atan2(v1 * a + v3 * b, v0 * a + v2 * b) * 180) / Math.PI;
  const off = Math.abs(((angle % 90) + 90) % 90);
  return Math.min(off, 90 - off) > MAX_TILT;
}

/** Whether a run's baseline runs up or down the page as shown (the viewport's rotation applied). */
function quarterTurned(view: readonly number[], a: number, b: number): boolean {
  const [v0 = 1, v1 = 0, v2 = 0, v3 = 1] = view;
  return Math.abs(v1 * a + v3 * b) > Math.abs(v0 * a + v2 * b);
}

/**
 * Cancels the text stream, then destroys the document. pdfjs asserts that a cancel gives an Error as its reason:
 * without one its cancel handler throws before marking the stream closed, and a 'close' the worker had already
 * queued then closes the closed controller again, uncaught ("Controller is already closed": the CLI died with it
 * on a PDF that ran out of time, once pdfjs started from its code cache and the race went that way).
 */
function stop(running: Running): Promise<void> {
  const reason = new Error('reading stopped: time limit');
  const cancelled = running.reader ? running.reader.cancel(reason).catch(() => undefined) : Promise.resolve();
  return cancelled.then(() => running.task?.destroy()).catch(() => undefined);
}

function translate(error: unknown): Error {
  if (error instanceof PdfReadError || error instanceof BudgetError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return new PdfReadError('pdfEncrypted');
  return new PdfReadError('pdfDamaged');
}

function withDeadline<T>(work: Promise<T>, limits: PdfLimits, onTimeout: () => void): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(timedOut(limits));
    }, limits.timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
