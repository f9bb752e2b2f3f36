/**
 * A lint worker thread (src/parallel.ts starts it): builds its own configuration loader from the
 * options it was given, then lints each file it is sent with the same code as the main thread
 * (lint-target.ts) and posts the result back with its index. A small entry on purpose: it loads the
 * reading, the rules and the configuration loader, never the CLI, the formatters, caching or globbing.
 * Node-only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ConfigLoader } from '../config/loader.js';
import { lintTarget } from './lint-target.js';
import { YearBook } from './year-book.js';
import type { TargetFile, WorkerOptions } from './parallel.js';
import { useTextOnlyPdfWorker } from './pdf-worker-node.js';

useTextOnlyPdfWorker();

const { cwd, options } = workerData as { cwd: string; options: WorkerOptions };

// Plugins load through ConfigLoader's default (src/plugins.ts), as in the main thread.
const loader = new ConfigLoader({ ...options.config, cwd });
const lintOptions = { ...options.lint, cwd, configLoader: loader };
// The reports this thread linked so far, for the next ones of the same organs (files.ts checks every link).
const years = options.yearBook ? new YearBook() : undefined;

parentPort?.on('message', (task: { index: number; target: TargetFile }) => {
  const notices: string[] = [];
  lintTarget(task.target, cwd, loader, lintOptions, (message) => notices.push(message), years).then(
    (result) => parentPort?.postMessage({ index: task.index, result, notices }),
    (error: unknown) =>
      parentPort?.postMessage({ index: task.index, notices, error: error instanceof Error ? error.message : String(error) }),
  );
});
