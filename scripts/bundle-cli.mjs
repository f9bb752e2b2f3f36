#!/usr/bin/env node
// Part of `npm run build`: bundles the command line (dist/cli/main.js), the bin's heap check and the thread pool's
// worker from tsc's output into a few files under dist/cli-bundle/, which bin/reportlint.js loads (issue 21).
// Why: a start read ~340 files (dist/ and the unified packages), and resolving and reading them was a third of the
// cold start (0.63 → 0.43 s on one small report). The library (dist/index.js) stays unbundled: the same code, tsc's
// files. Lazily loaded parts (formatters, adapters) stay lazy: esbuild splits each dynamic import into its own chunk.
// Left outside the bundle and loaded from node_modules: pdfjs (its worker and its cmaps are files of their own), and
// the CommonJS packages that are loaded through createRequire (ajv, yargs) or only for a .docx (mammoth).
//
//   node scripts/bundle-cli.mjs [dist]    (dist: tsc's output folder, ./dist by default; the tests build elsewhere)
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
// Every path the code finds relative to its own module (../../package.json, ../../docs/rules/, ./worker.js,
// ../../dist/vendor/) holds from dist/cli-bundle/ as it does from dist/<folder>/.
const outdir = join(dist, 'cli-bundle');
rmSync(outdir, { recursive: true, force: true });

const { metafile } = await build({
  entryPoints: {
    main: join(dist, 'cli/main.js'),
    heap: join(dist, 'cli/heap.js'),
    worker: join(dist, 'engine/worker.js'),
    // The bin's read-ahead of a PDF (src/cli/read-ahead.ts) and its thread, found beside the module that starts it.
    'read-ahead': join(dist, 'cli/read-ahead.js'),
    'pdf-read-ahead-worker': join(dist, 'engine/pdf-read-ahead-worker.js'),
    // pdf.ts imports it by a name in a variable (so that a browser bundle leaves it out): esbuild cannot see it, and
    // without it pdfjs has no character maps (review4 F0: a PDF in a font not embedded read as a scan).
    'pdf-node': join(dist, 'parser/adapters/pdf-node.js'),
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // jsonc-parser's "main" is a UMD build whose require() of its own parts esbuild cannot follow; its "module" is ESM.
  mainFields: ['module', 'main'],
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'mammoth', 'ajv', 'yargs', 'yargs/*'],
  // The CommonJS packages inside (picomatch, ignore, extend …) require Node built-ins: give each chunk a require.
  banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
  logLevel: 'warning',
  metafile: true,
});

// packages.json: the packages bundled into each file, so test/bin.test.ts can tell which readers a run loaded.
const packageOf = (input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
const packages = Object.fromEntries(
  Object.entries(metafile.outputs).map(([file, { inputs }]) => [
    file.slice(file.lastIndexOf('/') + 1),
    [...new Set(Object.keys(inputs).map(packageOf).filter(Boolean))].sort(),
  ]),
);
writeFileSync(join(outdir, 'packages.json'), `${JSON.stringify(packages, null, 1)}\n`);
