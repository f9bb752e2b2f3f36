#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { runWithBatchHeap } from '../dist/cli/heap.js';

// A batch (a folder, a glob) runs in a second process with a larger young generation (dist/cli/heap.js).
const batch = await runWithBatchHeap(fileURLToPath(import.meta.url), process.argv.slice(2));
if (batch !== undefined) process.exitCode = batch;
else {
  const { runFromProcess } = await import('../dist/cli/main.js');
  process.exitCode = await runFromProcess();
}
