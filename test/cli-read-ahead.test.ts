/**
 * A PDF read ahead in a second thread while the command line loads (src/cli/read-ahead.ts,
 * src/engine/pdf-read-ahead.ts): which arguments start it, and that the reader takes its pages only for the same
 * bytes within the same limits and budget, reading exactly what it reads alone. The reading runs from the build
 * (`npm ci` makes it), as the bin runs it: the thread's script is compiled JavaScript.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPdfReadAhead } from '../src/cli/read-ahead.js';

const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-read-ahead-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdf = path.join(dir, '年报.pdf');
const upper = path.join(dir, 'REPORT.PDF');
const other = path.join(dir, 'other.pdf');
const large = path.join(dir, 'large.pdf');
const folder = path.join(dir, 'folder.pdf');
for (const file of [pdf, upper, other, large]) writeFileSync(file, '%PDF-1.4\n%%EOF\n');
truncateSync(large, 21 * 1024 * 1024);
mkdirSync(folder);
writeFileSync(path.join(dir, 'a.md'), '# 年报\n');

describe('startPdfReadAhead', () => {
  /** The file it would start reading, or null when it starts nothing. */
  const started = (argv: string[]): string | null => {
    let file: string | null = null;
    startPdfReadAhead(argv, dir, (f) => ((file = f), true));
    return file;
  };

  it.each([
    ['one PDF', ['年报.pdf'], pdf],
    ['one PDF after options', ['-f', 'json', '--lang', 'en', '年报.pdf'], pdf],
    ['an upper-case extension', ['REPORT.PDF'], upper],
    ['a PDF beside a Markdown report', ['a.md', '年报.pdf'], pdf],
    ['extract', ['extract', '--format', 'json', '年报.pdf'], pdf],
  ])('starts for %s', (_, argv, file) => {
    expect(started(argv)).toBe(file);
  });

  it.each([
    ['two PDFs', ['年报.pdf', 'other.pdf']],
    ['a PDF beside a folder (a batch)', ['年报.pdf', dir]],
    ['a PDF beside a glob (a batch)', ['年报.pdf', '*.md']],
    ['a folder named .pdf', ['folder.pdf']],
    ['a missing file', ['missing.pdf']],
    ['a file larger than a run reads', ['large.pdf']],
    ['no PDF', ['a.md']],
  ])('starts nothing for %s', (_, argv) => {
    expect(started(argv)).toBeNull();
  });

  it('starts nothing when REPORTLINT_READ_AHEAD=0', () => {
    process.env['REPORTLINT_READ_AHEAD'] = '0';
    try {
      expect(started(['年报.pdf'])).toBeNull();
    } finally {
      delete process.env['REPORTLINT_READ_AHEAD'];
    }
  });
});

const dist = new URL('../dist/', import.meta.url);
const fixture = (name: string): string => fileURLToPath(new URL(`fixtures/pdf/${name}`, import.meta.url));
const KEY = "Symbol.for('reportlint.pdfReadAhead')";

interface Case {
  /** The file read ahead, and the file then read (its bytes), with the file-size limit of the run. */
  ahead: string;
  read: string;
  maxBytes?: number;
}
interface Outcome {
  outcome: string;
  first: unknown;
  alone: unknown;
}

/**
 * In one process, for each case: starts the reading of `ahead`, reads `read` (taking the pages read ahead or not),
 * then reads `read` again with nothing read ahead; prints what each gave and whether the pages were taken.
 */
function readCases(cases: readonly Case[], env: Record<string, string> = {}): Outcome[] {
  const script = `import { readFileSync } from 'node:fs';
    const at = (p) => import(new URL(p, ${JSON.stringify(dist.href)}).href);
    const { readPdfAhead, usePdfReadAhead } = await at('engine/pdf-read-ahead.js');
    const { useTextOnlyPdfWorker } = await at('engine/pdf-worker-node.js');
    const { readPdf, pdfLimitsFor } = await at('parser/adapters/pdf.js');
    const { budgetFor } = await at('parser/budget.js');
    useTextOnlyPdfWorker();
    usePdfReadAhead();
    const read = async (file, maxBytes) => {
      const budget = budgetFor(maxBytes);
      try {
        const out = await readPdf(readFileSync(file), pdfLimitsFor(budget), budget);
        return { text: out.text, pages: out.pages, ocrScan: out.ocrScan ?? false, pictures: out.pictures ?? [] };
      } catch (error) {
        return { error: error.id ?? String(error) };
      }
    };
    const out = [];
    for (const c of ${JSON.stringify(cases)}) {
      if (!readPdfAhead(c.ahead, 2)) throw new Error('not started');
      const first = await read(c.read, c.maxBytes);
      const outcome = globalThis[${KEY}].outcome;
      out.push({ outcome, first, alone: await read(c.read, c.maxBytes) });
    }
    console.log(JSON.stringify(out));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 600_000,
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as Outcome[];
}

describe('the pages read ahead (engine/pdf-read-ahead.ts, from the build)', () => {
  it('are taken for the same bytes, limits and budget only, and read as the reader reads alone', () => {
    const report = fixture('report-chromium.pdf');
    const [same, otherFile, damaged, ownLimit, sixPages] = readCases([
      { ahead: report, read: report },
      { ahead: report, read: fixture('report-defects.pdf') },
      { ahead: fixture('truncated.pdf'), read: fixture('truncated.pdf') },
      { ahead: report, read: report, maxBytes: 30 * 1024 * 1024 },
      { ahead: fixture('report-6-pages.pdf'), read: fixture('report-6-pages.pdf') },
    ]);
    expect(same?.outcome).toBe('taken');
    expect(same?.first).toEqual(same?.alone);
    expect((same?.first as { text: string }).text).toContain('政府信息公开');
    // Another file's pages are never taken: the reader reads the file it was given.
    expect(otherFile?.outcome).toBe('refused');
    expect(otherFile?.first).toEqual(otherFile?.alone);
    expect((otherFile?.first as { text: string }).text).not.toEqual((same?.first as { text: string }).text);
    // A failure is read again by the reader, which says why.
    expect(damaged).toEqual({ outcome: 'refused', first: { error: 'pdfDamaged' }, alone: { error: 'pdfDamaged' } });
    // A run with a file-size limit of its own reads within its own budget.
    expect(ownLimit?.outcome).toBe('refused');
    expect(ownLimit?.first).toEqual(same?.first);
    expect(sixPages?.outcome).toBe('taken');
    expect(sixPages?.first).toEqual(sixPages?.alone);
    expect(Math.max(...(sixPages?.first as { pages: number[] }).pages)).toBe(6);
  });

  it('pass a timeout on: the reader does not read again for as long', () => {
    const report = fixture('report-chromium.pdf');
    const [timedOut] = readCases([{ ahead: report, read: report }], { REPORTLINT_TIME_LIMIT_MS: '1' });
    expect(timedOut).toEqual({ outcome: 'taken', first: { error: 'pdfTimeout' }, alone: { error: 'pdfTimeout' } });
  });
});

describe('the bin', () => {
  it('lints a PDF with its pages read ahead, as it lints it without', () => {
    const bin = fileURLToPath(new URL('../bin/reportlint.js', import.meta.url));
    const hook = `data:text/javascript,${encodeURIComponent(
      // The bin's thread only (the reading thread runs the hook too).
      `import { isMainThread } from 'node:worker_threads';
      if (isMainThread) process.on('exit', () => process.stderr.write('read ahead: ' + globalThis[${KEY}]?.outcome));`,
    )}`;
    const run = (env: Record<string, string>): { stdout: string; stderr: string; status: number | null } =>
      spawnSync(process.execPath, ['--import', hook, bin, '-f', 'json', fixture('report-defects.pdf')], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
        timeout: 600_000,
      });
    const ahead = run({});
    const alone = run({ REPORTLINT_READ_AHEAD: '0' });
    expect(ahead.stderr).toBe(`read ahead: ${availableParallelism() >= 2 ? 'taken' : 'none'}`);
    expect(alone.stderr).toBe('read ahead: none');
    expect(ahead.status).toBe(1);
    expect(ahead.stdout).toBe(alone.stdout);
    const ruleIds = (JSON.parse(ahead.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]?.messages.map(
      (m) => m.ruleId,
    );
    expect(ruleIds?.length).toBeGreaterThan(0);
  });
});
