/**
 * Node only (file layer): the pdfjs the CLI reads PDFs with (issue 21: a PDF's cold start).
 * - Its worker skips the font repair that text does not need (parser/adapters/pdf-text-only.ts): the first
 *   page of a PDF whose fonts are large reads 95–140 ms sooner.
 * - Library and worker come as one classic script, dist/vendor/pdfjs.script.cjs, which V8 starts from the code
 *   cache `npm run build` made beside it (scripts/pdfjs-script.mjs): compiling pdfjs's 1.6 MB of code, at import
 *   and then function by function as a PDF is read, is about 90 ms of a PDF's cold start. Node 20 has no code
 *   cache for ES modules (module.enableCompileCache is Node 22); vm.Script has one.
 * Each step falls back to the one before: no script (a build by tsc alone) → the text-only worker module → pdfjs's
 * own modules; a cache V8 refuses (another Node, other V8 flags) or made for another script → compiled as
 * usual. Registered by the engine's entry points (files.ts, worker.ts, the CLI's extract), never on import of
 * the core, so the library's `lint()` and the page keep pdfjs's own.
 *
 * REPORTLINT_PDF_FONTS=full reads with pdfjs's own modules, fonts whole: a way to tell, if a PDF ever reads
 * differently, whether the shortcut is the cause (the fixtures read alike both ways: pdf-text-only.test.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { setPdfjsLoader, type HostedPdfjs } from '../parser/adapters/pdf-worker-host.js';

const VENDOR = new URL('../../dist/vendor/', import.meta.url);
const TEXT_ONLY_WORKER = new URL('pdf.worker.text-only.mjs', VENDOR);
const PDFJS_SCRIPT = new URL('pdfjs.script.cjs', VENDOR);
const PDFJS_CODE_CACHE = new URL('pdfjs.script.v8cache', VENDOR);

/** Which pdfjs this thread reads with: the tests tell the shortcut from pdfjs's own by it. */
type PdfjsSource = 'script' | 'text-only-worker' | 'pdfjs';
let source: PdfjsSource = 'pdfjs';
let loaded: { script: vm.Script; bytes: Buffer; cacheAccepted: boolean } | undefined;

/**
 * The cache file: the SHA-256 of the script file it was made from, then V8's data (V8 itself checks only lengths).
 * The digest is of the file's bytes as read: a digest of the decoded text would encode its 1.7 MB again (5 ms of
 * a PDF's cold start).
 */
const DIGEST_BYTES = 32;
const digestOf = (script: Uint8Array): Buffer => createHash('sha256').update(script).digest();

/** V8's data in a cache file when the file was made for this script (its bytes), else undefined. */
export function cachedDataFor(script: Uint8Array, file: Buffer): Buffer | undefined {
  if (file.length <= DIGEST_BYTES) return undefined;
  return file.subarray(0, DIGEST_BYTES).equals(digestOf(script)) ? file.subarray(DIGEST_BYTES) : undefined;
}

/** The code cache file's bytes, as they are written: the script's digest, then V8's data. */
export function codeCacheFile(script: Uint8Array, data: Buffer): Buffer {
  return Buffer.concat([digestOf(script), data]);
}

/** Runs the script: a function of (module, require, url) that sets module.exports to { lib, worker }. */
function runScript(): HostedPdfjs {
  const bytes = readFileSync(PDFJS_SCRIPT);
  const text = bytes.toString('utf8');
  const cachedData = existsSync(PDFJS_CODE_CACHE) ? cachedDataFor(bytes, readFileSync(PDFJS_CODE_CACHE)) : undefined;
  const script = new vm.Script(text, {
    filename: fileURLToPath(PDFJS_SCRIPT),
    ...(cachedData ? { cachedData } : {}),
    // pdfjs imports nothing once it has its worker; should it ever, the import works as in a module.
    ...(vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER
      ? { importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER }
      : {}),
  });
  loaded = { script, bytes, cacheAccepted: cachedData !== undefined && !script.cachedDataRejected };
  // pdfjs finds its package through import.meta.url (its require of the canvas, which pdf-polyfill.ts refuses).
  const libUrl = import.meta.resolve('pdfjs-dist/legacy/build/pdf.min.mjs');
  const module = { exports: {} as HostedPdfjs };
  const start = script.runInThisContext() as (m: typeof module, r: NodeJS.Require, url: string) => void;
  start(module, createRequire(libUrl), libUrl);
  return module.exports;
}

/**
 * Whether this code runs in the process's main context: the script runs there (runInThisContext), so inside another
 * context (a test runner's vm sandbox) it would see another `process` and globals, and its pdfjs would miss the
 * guards pdf.ts sets up around loading it (the canvas package refused, DOMMatrix): the modules are imported then.
 */
function inMainContext(): boolean {
  return vm.runInThisContext('globalThis') === globalThis;
}

async function textOnlyPdfjs(): Promise<HostedPdfjs | undefined> {
  if (process.env.REPORTLINT_PDF_FONTS === 'full') return undefined;
  if (existsSync(PDFJS_SCRIPT) && inMainContext()) {
    const modules = runScript();
    source = 'script';
    return modules;
  }
  if (!existsSync(TEXT_ONLY_WORKER)) return undefined;
  const worker: unknown = await import(TEXT_ONLY_WORKER.href);
  source = 'text-only-worker';
  return { worker };
}

let installed = false;

/** Makes the PDF reader load the CLI's pdfjs; once per thread, nothing loaded until a PDF is read. */
export function useTextOnlyPdfWorker(): void {
  if (installed) return;
  installed = true;
  setPdfjsLoader(textOnlyPdfjs);
}

/**
 * What this thread read PDFs with, and whether V8 took the code cache (test/parser/pdf-text-only.test.ts, which
 * runs the build's copy, as scripts/pdfjs-script.mjs does).
 * @public
 */
export function pdfjsInUse(): { source: PdfjsSource; codeCache: boolean } {
  return { source, codeCache: loaded?.cacheAccepted ?? false };
}

/**
 * For the build (scripts/pdfjs-script.mjs), after PDFs were read in this process: writes the code cache of the
 * script as it now is, the functions the reading compiled included, so a start compiles none of them again.
 * @public
 */
export function writePdfjsCodeCache(): boolean {
  if (!loaded) return false;
  writeFileSync(PDFJS_CODE_CACHE, codeCacheFile(loaded.bytes, loaded.script.createCachedData()));
  return true;
}
