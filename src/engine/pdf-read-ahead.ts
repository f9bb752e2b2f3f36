/**
 * Node only (file layer): reading a PDF in a second thread while the command line loads (issue 21: a PDF's cold
 * start). Named one PDF, the bin starts its reading before it loads the rest of the CLI (cli/read-ahead.ts): the
 * thread loads pdfjs and reads the pages on the second core while this one loads the rules, the configuration and
 * the formatters, and the PDF reader takes the pages from it (parser/adapters/pdf-worker-host.ts, setPdfReadAhead).
 *
 * The reading is the reader's own (readPdfPages, the same pdfjs as engine/pdf-worker-node.ts gives); its pages are
 * taken only for the same bytes, read within the same limits and budget: a file changed in between, a file-size
 * limit of the user's, or a failure (a damaged PDF: the reader reads it again and says why) and the reader reads
 * the file itself. Only on a machine with a second core: on one, the two would take turns.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { setPdfReadAhead } from '../parser/adapters/pdf-worker-host.js';
import type { Budget } from '../parser/budget.js';
import type { PdfLimits, PdfPages } from '../parser/adapters/pdf-pages.js';

/** What the reading thread (pdf-read-ahead-worker.ts) posts: the pages of the bytes it read, or why it failed. */
export type ReadAheadAnswer = { limits: PdfLimits; budget: Budget } & (
  { bytes: Uint8Array; pages: PdfPages } | { failed: 'timeout' | 'other' }
);

/** How long past its own time limit the thread may take before it is given up as stuck. */
const GRACE_MS = 2_000;

interface ReadAheadState {
  reading?: { worker: Worker; answer: Promise<ReadAheadAnswer | undefined> };
  /** Whether the first PDF read took the pages read ahead, refused them, or found none (test/read-ahead.test.ts). */
  outcome: 'none' | 'taken' | 'refused';
}

/**
 * Kept on globalThis under a registered symbol, not in this module: the bin starts the reading from one bundle entry
 * (cli/read-ahead.ts) and the CLI takes it from another; should a bundler ever give them two copies of this module,
 * they still share the one reading. A test reads the outcome there too.
 */
const KEY = Symbol.for('reportlint.pdfReadAhead');
const state = ((globalThis as { [KEY]?: ReadAheadState })[KEY] ??= { outcome: 'none' });

/** Starts reading the PDF in a thread of its own; false when it did not (one core, a reading already started). */
export function readPdfAhead(file: string, cores: number = availableParallelism()): boolean {
  if (state.reading || cores < 2) return false;
  let worker: Worker;
  try {
    // Node's options for this process's main script (--input-type, -e …) are not the thread's: it starts with none.
    worker = new Worker(new URL('./pdf-read-ahead-worker.js', import.meta.url), { workerData: { file }, execArgv: [] });
  } catch {
    return false;
  }
  // A run that never reads the PDF (a configuration error, --help) ends without waiting for it.
  worker.unref();
  const answer = new Promise<ReadAheadAnswer | undefined>((resolve) => {
    worker.once('message', resolve);
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  state.reading = { worker, answer };
  return true;
}

/** Makes the PDF reader of this thread take the pages read ahead; the engine's entry points call it. */
export function usePdfReadAhead(): void {
  setPdfReadAhead(takeReadAhead);
}

/** The pages read ahead, for the first PDF read after the start only. */
async function takeReadAhead(bytes: Uint8Array, limits: PdfLimits, budget: Budget): Promise<PdfPages | 'timeout' | undefined> {
  const taken = state.reading;
  delete state.reading;
  if (!taken) return undefined;
  // Waited for now: the thread keeps the process alive until it answers.
  taken.worker.ref();
  const answer = await within(taken.answer, limits.timeoutMs + GRACE_MS);
  void taken.worker.terminate();
  const pages = answer === 'stuck' ? 'timeout' : answer && usable(answer, bytes, limits, budget);
  state.outcome = pages ? 'taken' : 'refused';
  return pages || undefined;
}

function usable(answer: ReadAheadAnswer, bytes: Uint8Array, limits: PdfLimits, budget: Budget): PdfPages | 'timeout' | undefined {
  if (JSON.stringify([answer.limits, answer.budget]) !== JSON.stringify([limits, budget])) return undefined;
  if ('failed' in answer) return answer.failed === 'timeout' ? 'timeout' : undefined;
  return Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength).equals(bytes)
    ? answer.pages
    : undefined;
}

function within<T>(work: Promise<T>, ms: number): Promise<T | 'stuck'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stuck = new Promise<'stuck'>((resolve) => {
    timer = setTimeout(() => resolve('stuck'), ms);
  });
  return Promise.race([work, stuck]).finally(() => clearTimeout(timer));
}
