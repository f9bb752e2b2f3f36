/**
 * Builds the editors' page: the core (src/) and the page code (web/) bundled by esbuild for the browser,
 * with the rule docs (docs/rules/*.md) embedded, inlined with the styles into ONE html file that works
 * from file:// with no network. Fails when the bundle pulls in a Node built-in or a shim of one, because
 * the page must run the same core as the CLI, not a Node polyfill of it.
 *
 *   node web/build.mjs            → dist/web/reportlint.html (+ dist/web/meta.json, the esbuild metafile)
 */
import { build } from 'esbuild';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'web');
/** Printed on the check sheet, so a signed sheet says which reportlint checked the report. */
const version = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version;

/** Inputs that betray a Node built-in or its browser shim (buffer, process, path-browserify …). */
const FORBIDDEN = [
  /^node:/,
  /(^|\/)node_modules\/(buffer|process|path-browserify|os-browserify|stream-browserify|readable-stream|util|events|browserify-fs|fs)\//,
  /^(fs|path|process|buffer|os|stream|util|worker_threads|child_process|crypto)$/,
];

/** The metafile inputs that must not be in a browser bundle (exported for the page test). */
export function forbiddenInputs(metafile) {
  const bad = [];
  for (const [input, info] of Object.entries(metafile.inputs)) {
    if (FORBIDDEN.some((re) => re.test(input))) bad.push(input);
    for (const imp of info.imports)
      if (imp.external || /^node:/.test(imp.path)) {
        // jszip's prebuilt browser file carries esbuild's own <runtime> marker, which is not a module.
        if (imp.path !== '<runtime>') bad.push(`${input} → ${imp.path}`);
      }
  }
  return bad;
}

/**
 * pdfjs's character maps for Chinese fonts that are not embedded (GB for simplified, CNS for traditional;
 * horizontal writing only), as name → base64. The CLI reads the same files from pdfjs-dist/cmaps.
 */
async function cmaps() {
  const dir = join(root, 'node_modules', 'pdfjs-dist', 'cmaps');
  const names = (await readdir(dir).catch(() => [])).filter((n) => /(GB|CNS).*\.bcmap$/.test(n) && !/-V\.bcmap$/.test(n)).sort();
  const out = {};
  for (const name of names) out[name.slice(0, -6)] = (await readFile(join(dir, name))).toString('base64');
  return out;
}

async function ruleDocs() {
  const dir = join(root, 'docs', 'rules');
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.md')).sort();
  const docs = {};
  for (const name of names) docs[name.slice(0, -3)] = await readFile(join(dir, name), 'utf8');
  return docs;
}

/**
 * Serves `virtual:rule-docs` (the docs as one JSON module) and `virtual:pdf-support` (whether the core reads
 * PDF, and pdfjs's worker source when the core does not bundle the worker itself), and refuses every Node
 * built-in outright.
 */
function pagePlugin(docs, pdfSupport, maps) {
  return {
    name: 'reportlint-page',
    setup(b) {
      b.onResolve({ filter: /^virtual:(rule-docs|pdf-support|cmaps)$/ }, (args) => ({
        path: args.path.slice(8),
        namespace: 'virtual',
      }));
      b.onLoad({ filter: /.*/, namespace: 'virtual' }, (args) => ({
        contents: JSON.stringify(args.path === 'rule-docs' ? docs : args.path === 'cmaps' ? maps : pdfSupport),
        loader: 'json',
      }));
      b.onResolve({ filter: /^(node:.*|fs|path|process|buffer|os|stream|util|worker_threads|child_process)$/ }, async (args) =>
        // A package that names the built-in `false` in its "browser" field says it never needs it in a browser
        // (postcss: for source maps, which the core never asks for); esbuild then bundles nothing for it.
        (await unusedInBrowsers(args.path, args.importer))
          ? undefined
          : { errors: [{ text: `the browser bundle must not import the Node built-in "${args.path}" (from ${args.importer})` }] },
      );
    },
  };
}

/** Whether the package `importer` belongs to maps the module `name` to false in its package.json "browser" field. */
async function unusedInBrowsers(name, importer) {
  const inPackage = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(importer);
  if (!inPackage) return false;
  const manifest = JSON.parse(await readFile(join(inPackage[1], 'package.json'), 'utf8').catch(() => '{}'));
  return typeof manifest.browser === 'object' && manifest.browser !== null && manifest.browser[name] === false;
}

/** pdfjs's worker, matching the build the pdf adapter imports (legacy), embedded only when the core needs it. */
const PDF_WORKER = join(root, 'node_modules', 'pdfjs-dist', 'legacy', 'build', 'pdf.worker.min.mjs');

export async function buildPage() {
  const docs = await ruleDocs();
  const maps = await cmaps();
  let result = await bundle(docs, { reads: false, workerSource: null }, maps);
  // A core that registers the pdf adapter pulls pdfjs in; pdfjs then needs its worker, which (no network)
  // must travel inside the page too: bundled by the adapter itself, or else embedded here as a string.
  const inputs = Object.keys(result.metafile.inputs);
  const readsPdf = inputs.some((i) => i.includes('node_modules/pdfjs-dist/'));
  const hasWorker = inputs.some((i) => /node_modules\/pdfjs-dist\/.*pdf\.worker/.test(i));
  if (readsPdf) {
    result = await bundle(docs, { reads: true, workerSource: hasWorker ? null : await readFile(PDF_WORKER, 'utf8') }, maps);
  }
  const bad = forbiddenInputs(result.metafile);
  if (bad.length) throw new Error(`the page bundle pulls in Node built-ins or shims:\n  ${bad.join('\n  ')}`);
  // Inside the inline script, `</script` would end it and `<!--` or `<script` (postal-mime's html-to-text has a
  // /<script\b/ pattern) would put the HTML parser in the script's escaped states: each written as an escape that
  // means the same in a string, template or regular expression.
  const script = result.outputFiles[0].text
    .replace(/<\/(script)/gi, '<\\/$1')
    .replace(/<!--/g, '\\x3C!--')
    .replace(/<(script)/gi, '\\x3C$1');
  const styles = await readFile(join(root, 'web', 'styles.css'), 'utf8');
  const shell = await readFile(join(root, 'web', 'page.html'), 'utf8');
  // Function replacers: the bundle contains `$&`-like sequences that a string replacement would expand.
  const html = shell.replace('/*STYLES*/', () => styles).replace('/*SCRIPT*/', () => script);
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'reportlint.html'), html);
  await writeFile(join(outDir, 'meta.json'), JSON.stringify(result.metafile));
  return {
    file: join(outDir, 'reportlint.html'),
    bytes: Buffer.byteLength(html),
    docs: Object.keys(docs).length,
    pdf: readsPdf,
    cmaps: Object.keys(maps).length,
  };
}

function bundle(docs, pdfSupport, maps) {
  return build({
    entryPoints: [join(root, 'web', 'main.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    // Offices run older Chromium: 360安全浏览器 13 is Chromium 86 (web/polyfills.ts supplies its missing built-ins).
    target: ['chrome86', 'firefox100', 'safari15'],
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    metafile: true,
    write: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"', REPORTLINT_VERSION: JSON.stringify(version) },
    plugins: [pagePlugin(docs, pdfSupport, maps)],
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildPage().then(
    (r) =>
      console.log(
        `wrote ${r.file} (${Math.round(r.bytes / 1024)} KB, ${r.docs} rule docs${r.pdf ? ', pdf worker' : ''}, ${r.cmaps} cmaps)`,
      ),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
