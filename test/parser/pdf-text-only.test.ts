/**
 * pdfjs's worker with the font repair skipped (src/parser/adapters/pdf-text-only.ts): the patch finds its one
 * call in the installed pdfjs, and every PDF fixture (Chromium, Word, LibreOffice-like, scanned, damaged) reads
 * the same text, pages and scan verdict as with pdfjs's own worker. The reading runs from the build (`npm ci`
 * makes it, as for the worker threads in test/robustness/cache-and-threads.test.ts): one process per way,
 * since pdfjs keeps the first worker it is given for the life of the process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { textOnlyWorkerSource } from '../../src/parser/adapters/pdf-text-only.js';

const require = createRequire(import.meta.url);
const workerFile = (name: string): string => require.resolve(`pdfjs-dist/legacy/build/${name}`);

describe('textOnlyWorkerSource', () => {
  test.each(['pdf.worker.min.mjs', 'pdf.worker.mjs'])('guards the one repair call of the installed %s', (name) => {
    const source = readFileSync(workerFile(name), 'utf8');
    const patched = textOnlyWorkerSource(source);
    expect(patched).toBeDefined();
    const guard = /([\w$]+)\.composite\|\|\1\.hasIncludedToUnicodeMap\?void 0:this\.checkAndRepair\(/g;
    expect([...(patched ?? '').matchAll(guard)]).toHaveLength(1);
    // Nothing else changed: the source around the call is kept byte for byte.
    const at = source.indexOf('this.checkAndRepair(');
    const before = source.slice(0, source.lastIndexOf('=', at) - 8);
    expect(patched?.startsWith(before)).toBe(true);
    expect(patched?.endsWith(source.slice(source.indexOf(';', at) + 1))).toBe(true);
  });

  test('leaves a worker alone when the call is missing, repeated or shaped otherwise', () => {
    expect(textOnlyWorkerSource('class Font { constructor() {} }')).toBeUndefined();
    const once = 'c=this.checkAndRepair(e,t,r);';
    expect(textOnlyWorkerSource(`${once}x();${once}`)).toBeUndefined();
    expect(textOnlyWorkerSource('return this.checkAndRepair(e,t,r);')).toBeUndefined();
    expect(textOnlyWorkerSource('c=this.checkAndRepair(e,t);')).toBeUndefined();
    expect(textOnlyWorkerSource(`a();${once}b();`)).toBe(
      'a();c=r.composite||r.hasIncludedToUnicodeMap?void 0:this.checkAndRepair(e,t,r);b();',
    );
  });
});

const dist = new URL('../../dist/', import.meta.url);
const fixtures = new URL('../fixtures/pdf/', import.meta.url);
const realPdf = new URL('../../../shared/real/hongze-2024.pdf', import.meta.url);

interface Reading {
  /** What read the PDFs (engine/pdf-worker-node.ts): the build's script, the text-only worker, pdfjs's own. */
  used: { source: string; codeCache: boolean };
  out: Record<string, unknown>;
}

/** The text each file reads to (or its error), and which pdfjs did the reading. */
function readAll(files: readonly string[], fonts: 'text-only' | 'full'): Reading {
  const script = `import { readFileSync } from 'node:fs';
    const { useTextOnlyPdfWorker, pdfjsInUse } = await import(${JSON.stringify(new URL('engine/pdf-worker-node.js', dist).href)});
    useTextOnlyPdfWorker();
    const { readPdf } = await import(${JSON.stringify(new URL('parser/adapters/pdf.js', dist).href)});
    const out = {};
    for (const file of ${JSON.stringify(files)}) {
      try {
        const read = await readPdf(readFileSync(file));
        out[file] = { text: read.text, pages: read.pages, ocrScan: read.ocrScan ?? false };
      } catch (error) {
        out[file] = { error: String(error?.message ?? error) };
      }
    }
    console.log(JSON.stringify({ used: pdfjsInUse(), out }));`;
  const env = { ...process.env, REPORTLINT_PDF_FONTS: fonts === 'full' ? 'full' : '' };
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env, timeout: 600_000 });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Reading;
}

test('every PDF fixture reads the same with the repair skipped as with pdfjs’s own worker', () => {
  for (const made of ['pdf.worker.text-only.mjs', 'pdfjs.script.cjs', 'pdfjs.script.v8cache'])
    expect(existsSync(new URL(`vendor/${made}`, dist))).toBe(true);
  const files = readdirSync(fixtures)
    .filter((name) => name.endsWith('.pdf'))
    .map((name) => new URL(name, fixtures).pathname);
  if (existsSync(realPdf)) files.push(realPdf.pathname);
  expect(files.length).toBeGreaterThanOrEqual(11);
  const textOnly = readAll(files, 'text-only');
  const full = readAll(files, 'full');
  // The build's script read them, started from its code cache (a process with Node's default flags, as the bin
  // runs one report); with fonts read whole, pdfjs's own modules.
  expect(textOnly.used).toEqual({ source: 'script', codeCache: true });
  expect(full.used).toEqual({ source: 'pdfjs', codeCache: false });
  expect(textOnly.out).toEqual(full.out);
  // The comparison means something: most fixtures are read, and the damaged ones fail the same way.
  const read = Object.values(full.out).filter((r) => typeof (r as { text?: unknown }).text === 'string');
  expect(read.length).toBeGreaterThanOrEqual(7);
  expect(full.out[new URL('encrypted.pdf', fixtures).pathname]).toEqual({ error: 'cannot read the PDF: pdfEncrypted' });
});

describe('the code cache file (engine/pdf-worker-node.ts)', () => {
  // V8 checks a cache against its script's length only: the file carries the script's digest, and a cache made
  // for another script of the same length is never handed to V8.
  test('gives V8 its data only for the script it was made from', async () => {
    const { cachedDataFor, codeCacheFile } = await import('../../src/engine/pdf-worker-node.js');
    const data = Buffer.from([1, 2, 3, 4, 5]);
    const script = Buffer.from('(function () {})');
    const file = codeCacheFile(script, data);
    expect(file).toHaveLength(32 + 5);
    expect(cachedDataFor(script, file)).toEqual(data);
    expect(cachedDataFor(Buffer.from('(function () {1})'), file)).toBeUndefined();
    // Another script of the same length: V8 would take the cache; the digest refuses it.
    expect(cachedDataFor(Buffer.from('(function() { })'), file)).toBeUndefined();
    expect(cachedDataFor(script, file.subarray(0, 32))).toBeUndefined();
    expect(cachedDataFor(script, Buffer.alloc(0))).toBeUndefined();
  });
});
