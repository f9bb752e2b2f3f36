/**
 * The bin's batch heap (src/cli/heap.ts): a run over a folder or a glob restarts in a process with a larger
 * young generation, passes its arguments on and leaves with that process's exit code; one file runs here.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BATCH_HEAP_GROWING_PERCENT, BATCH_SEMI_SPACE_MB, isBatch, runWithBatchHeap } from '../src/cli/heap.js';

const dir = mkdtempSync(path.join(tmpdir(), 'reportlint-heap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const folder = path.join(dir, 'reports');
/** Stands in for the bin: writes what it was started with to the file named last, and leaves with code 3. */
const script = path.join(dir, 'fake-bin.cjs');

beforeAll(() => {
  mkdirSync(folder);
  writeFileSync(path.join(folder, 'a.md'), '# 年报\n');
  writeFileSync(path.join(folder, '年报[2023].md'), '# 年报\n');
  writeFileSync(
    script,
    "require('fs').writeFileSync(process.argv.at(-1), JSON.stringify({ execArgv: process.execArgv, " +
      'args: process.argv.slice(2), heap: process.env.REPORTLINT_HEAP })); process.exit(3);',
  );
});

const saved = process.env['REPORTLINT_HEAP'];
afterEach(() => {
  if (saved === undefined) delete process.env['REPORTLINT_HEAP'];
  else process.env['REPORTLINT_HEAP'] = saved;
});

describe('isBatch', () => {
  it.each([
    ['a folder', true, [folder]],
    ['a folder after options', true, ['-f', 'json', folder]],
    ['a glob', true, ['reports/**/*.md']],
    ['one file', false, [path.join(folder, 'a.md')]],
    ['one file after an option value', false, ['-f', 'compact', 'a.md']],
    ['one file, a folder as an option value', false, ['--cache-location', folder, 'a.md']],
    ['one file, a glob as an option value', false, ['--ignore-pattern', 'drafts/*', '--rule', '{"fee-statement":"off"}', 'a.md']],
    ['one file whose name looks like a glob', false, [path.join(folder, '年报[2023].md')]],
    ['a folder after --', true, ['--', folder]],
    ['21 files', true, Array.from({ length: 21 }, (_, i) => `r${i}.md`)],
    ['20 files', false, Array.from({ length: 20 }, (_, i) => `r${i}.md`)],
  ])('%s → %s', (_, batch, argv) => {
    expect(isBatch(argv, dir)).toBe(batch);
  });
});

describe('runWithBatchHeap', () => {
  it('restarts a folder run with the larger young generation and a capped growth, the same arguments, and its exit code', async () => {
    delete process.env['REPORTLINT_HEAP'];
    const out = path.join(dir, 'started.json');
    const code = await runWithBatchHeap(script, ['-f', 'json', folder, out]);
    expect(code).toBe(3);
    const started = JSON.parse(readFileSync(out, 'utf8')) as { execArgv: string[]; args: string[]; heap: string };
    expect(started.execArgv).toContain(`--max-semi-space-size=${BATCH_SEMI_SPACE_MB}`);
    expect(started.execArgv).toContain(`--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`);
    expect(started.args).toEqual(['-f', 'json', folder, out]);
    expect(started.heap).toBe('batch');
  });

  it('runs one file here, and never restarts twice (or when the user set REPORTLINT_HEAP)', async () => {
    delete process.env['REPORTLINT_HEAP'];
    expect(await runWithBatchHeap(script, [path.join(folder, 'a.md')])).toBeUndefined();
    for (const set of ['off', 'batch']) {
      process.env['REPORTLINT_HEAP'] = set;
      expect(await runWithBatchHeap(script, [folder, path.join(dir, 'never.json')])).toBeUndefined();
    }
  });
});
