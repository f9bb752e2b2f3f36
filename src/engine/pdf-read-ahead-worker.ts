/**
 * The thread that reads a PDF ahead (pdf-read-ahead.ts starts it): reads the file, reads its pages with the
 * reader's own code, within the limits and budget a run without options has, and posts them with the bytes it
 * read. A small entry: the PDF reader and pdfjs only. Node-only.
 */
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { useTextOnlyPdfWorker } from './pdf-worker-node.js';
import { budgetFor } from '../parser/budget.js';
import { isTimeout, pdfLimitsFor, readPdfPages } from '../parser/adapters/pdf-document.js';
import type { ReadAheadAnswer } from './pdf-read-ahead.js';

useTextOnlyPdfWorker();

const { file } = workerData as { file: string };
const budget = budgetFor();
const limits = pdfLimitsFor(budget);

async function answer(): Promise<ReadAheadAnswer> {
  try {
    const bytes = await readFile(file);
    // Larger than a run without options reads: the run will refuse it without this thread's help.
    if (bytes.length > budget.bytes) return { limits, budget, failed: 'other' };
    return { limits, budget, bytes, pages: await readPdfPages(bytes, limits, budget) };
  } catch (error) {
    return { limits, budget, failed: isTimeout(error) ? 'timeout' : 'other' };
  }
}

parentPort?.postMessage(await answer());
