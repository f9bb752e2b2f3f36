#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// dist/cli-bundle/ is dist/cli/ and what it imports bundled into a few files by `npm run build`
// (scripts/bundle-cli.mjs): a start reads a handful of files instead of ~340. Without the bundle (a build by tsc
// alone) it runs dist/cli/; a bundle left from an earlier build is run as it is: build with `npm run build`.
const dir = existsSync(new URL('../dist/cli-bundle/main.js', import.meta.url)) ? '../dist/cli-bundle' : '../dist/cli';

// Named one PDF, the run starts reading it on the second core before it loads the rest (src/cli/read-ahead.ts).
const args = process.argv.slice(2);
if (args.some((arg) => /\.pdf$/i.test(arg))) (await import(`${dir}/read-ahead.js`)).startPdfReadAhead(args);

// A batch (a folder, a glob) runs in a second process with a larger young generation (src/cli/heap.ts).
const { runWithBatchHeap } = await import(`${dir}/heap.js`);
const batch = await runWithBatchHeap(fileURLToPath(import.meta.url), args);
if (batch !== undefined) process.exitCode = batch;
else {
  const { runFromProcess } = await import(`${dir}/main.js`);
  process.exitCode = await runFromProcess();
}
