/**
 * The file layer of issue 7 through the library: `--cache` (content and metadata strategies, config and
 * version keys, damaged cache files), the file-size limit, and concurrency keeping file order.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { createCache, hashConfig } from '../../src/engine/cache.js';
import { lintFiles } from '../../src/engine/files.js';
import { parseConcurrency, resolveConcurrency } from '../../src/engine/parallel.js';
import { renderText } from '../fuzz/layouts.js';
import { drawModel, makeModel } from '../fuzz/model.js';
import type { LintResult } from '../../src/engine/types.js';

const now = new Date('2025-06-01T00:00:00Z');
const roots: string[] = [];
afterAll(async () => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

/**
 * Reports of the fuzzer's model: seeds 1–6 (a wrong total on the even ones, each an organ of its own), and 9
 * and 10: one organ in two adjacent years (2022, 2023).
 */
async function folder(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'reportlint-cache-'));
  roots.push(root);
  for (const seed of [1, 2, 3, 4, 5, 6, 9, 10]) {
    const model = makeModel(seed, [], seed % 2 === 0 ? 'defect.wrongTotal' : null);
    model.organ = seed >= 9 ? '临川市河湾区数据资源局' : `第${seed}测试县教育局`;
    if (seed >= 9) model.year = seed === 9 ? 2022 : 2023;
    await writeFile(
      path.join(root, `r${seed}.${seed % 3 === 0 ? 'txt' : 'md'}`),
      renderText(model, seed % 3 === 0 ? 'text-cells' : 'md-gfm'),
    );
  }
  return root;
}
const summary = (results: LintResult[]): string[] =>
  results.map((r) => `${path.basename(r.filePath)} ${r.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`).join(',')}`);

describe('createCache', () => {
  const result = (filePath: string, n = 1): LintResult => ({
    filePath,
    messages: Array.from({ length: n }, (_, i) => ({
      ruleId: 'numeric-cells',
      severity: 2 as const,
      message: `m${i}`,
      line: 3 + i,
      column: 7,
    })),
    errorCount: n,
    warningCount: 0,
    fatalErrorCount: 0,
  });

  it('returns a stored result only for the same content, config hash and version', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'reportlint-cache-'));
    roots.push(root);
    const file = path.join(root, 'a.md');
    const location = path.join(root, 'cache.json');
    const first = await createCache({ location, cwd: root, version: 'v1' });
    (await first.probe(file, 'report text', 'cfg1')).store(result(file, 2));
    await first.save();

    const again = await createCache({ location, cwd: root, version: 'v1' });
    const hit = await again.probe(file, 'report text', 'cfg1');
    expect(hit.result?.messages.map((m) => [m.line, m.column])).toEqual([
      [3, 7],
      [4, 7],
    ]);
    expect(hit.result?.filePath).toBe(file);
    expect((await again.probe(file, 'report text!', 'cfg1')).result).toBeUndefined();
    expect((await again.probe(file, 'report text', 'cfg2')).result).toBeUndefined();
    expect(
      (await (await createCache({ location, cwd: root, version: 'v2' })).probe(file, 'report text', 'cfg1')).result,
    ).toBeUndefined();
  });

  it('does not keep fatal results, and starts afresh from a damaged cache file', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'reportlint-cache-'));
    roots.push(root);
    const location = path.join(root, 'sub', 'cache.json');
    const cache = await createCache({ location, cwd: root, version: 'v1' });
    (await cache.probe('a.md', 'x', 'c')).store({ ...result('a.md'), fatalErrorCount: 1 });
    await cache.save();
    expect((await (await createCache({ location, cwd: root, version: 'v1' })).probe('a.md', 'x', 'c')).result).toBeUndefined();
    await writeFile(location, '{"version": "v1", "entries": ');
    expect((await (await createCache({ location, cwd: root, version: 'v1' })).probe('a.md', 'x', 'c')).result).toBeUndefined();
  });

  it('metadata strategy compares size and mtime, not content', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'reportlint-cache-'));
    roots.push(root);
    const file = path.join(root, 'a.md');
    await writeFile(file, 'aaaa');
    const location = path.join(root, 'cache.json');
    const mtime = new Date('2025-01-20T08:00:00Z');
    await utimes(file, mtime, mtime);
    const cache = await createCache({ location, cwd: root, strategy: 'metadata', version: 'v1' });
    (await cache.probe(file, undefined, 'c')).store(result(file));
    await writeFile(file, 'bbbb');
    await utimes(file, mtime, mtime);
    expect((await cache.probe(file, undefined, 'c')).result?.errorCount).toBe(1);
    await utimes(file, mtime, new Date(mtime.getTime() + 5000));
    expect((await cache.probe(file, undefined, 'c')).result).toBeUndefined();
  });

  it('hashes configurations stably: Maps and key order do not matter, values do', () => {
    const a = hashConfig({
      rules: new Map([
        ['x', { severity: 'warn' }],
        ['y', { severity: 'error' }],
      ]),
      lang: 'zh',
    });
    const b = hashConfig({
      lang: 'zh',
      rules: new Map([
        ['y', { severity: 'error' }],
        ['x', { severity: 'warn' }],
      ]),
    });
    const c = hashConfig({
      lang: 'zh',
      rules: new Map([
        ['y', { severity: 'error' }],
        ['x', { severity: 'error' }],
      ]),
    });
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});

describe('lintFiles --cache', () => {
  it('a second run over an unchanged folder reuses every result; an edited file is linted again', async () => {
    const root = await folder();
    const cacheLocation = path.join(root, '.cache', 'rl.json');
    const options = { cwd: root, now, cache: true, cacheLocation };
    const first = await lintFiles(['.'], options);
    expect(first).toHaveLength(8);
    expect(first.filter((r) => r.errorCount > 0).length).toBeGreaterThanOrEqual(3);

    // Prove the second run reads the cache: plant a marker in one stored result.
    const data = JSON.parse(await readFile(cacheLocation, 'utf8')) as { entries: Record<string, { result: LintResult }> };
    // Keys are paths relative to the cache file's folder, so a cache restored in another checkout still hits.
    const keyOf = (file: string): string => path.relative(path.dirname(cacheLocation), file).split(path.sep).join('/');
    const key = keyOf(path.join(root, 'r1.md'));
    // One entry per file, plus the year-over-year pass of the later report of the pair (seed 10, 2023, follows seed 9).
    const pairedKey = `${keyOf(path.join(root, 'r10.md'))}#previous`;
    expect(Object.keys(data.entries).sort()).toEqual([...first.map((r) => keyOf(r.filePath)), pairedKey].sort());
    data.entries[key]!.result.messages = [{ ruleId: 'marker', severity: 1, message: 'from the cache', line: 9, column: 9 }];
    await writeFile(cacheLocation, JSON.stringify(data));
    const second = await lintFiles(['.'], options);
    expect(second.map((r) => r.filePath)).toEqual(first.map((r) => r.filePath));
    expect(second[0]?.messages[0]?.ruleId).toBe('marker');
    expect(summary(second.slice(1))).toEqual(summary(first.slice(1)));

    // Editing the file (content strategy) or switching a rule off invalidates.
    const r1 = path.join(root, 'r1.md');
    await writeFile(r1, `${await readFile(r1, 'utf8')}\n`);
    const third = await lintFiles(['.'], options);
    expect(third[0]?.messages.some((m) => m.ruleId === 'marker')).toBe(false);
    expect(summary(third)).toEqual(summary(first));
    const ruleOff = await lintFiles(['.'], { ...options, ruleOverrides: { 'statistical-period': 'off' } });
    expect(ruleOff.flatMap((r) => r.messages).some((m) => m.ruleId === 'statistical-period')).toBe(false);
  });

  it('a file over maxFileSize is one fatal message naming both sizes, and is not read', async () => {
    const root = await folder();
    await writeFile(path.join(root, 'huge.md'), 'x'.repeat(Math.round(2.5 * 1024 * 1024)));
    const results = await lintFiles(['huge.md', 'r1.md'], { cwd: root, now, maxFileSize: 1024 * 1024, lang: 'en' });
    expect(results[0]?.messages).toEqual([
      expect.objectContaining({
        ruleId: null,
        fatal: true,
        messageId: 'fileTooLarge',
        message: 'file too large (2.5 MB > 1 MB limit); not checked',
      }),
    ]);
    expect(results[1]?.fatalErrorCount).toBe(0);
    const zh = await lintFiles(['huge.md'], { cwd: root, now, maxFileSize: 1024 * 1024 });
    expect(zh[0]?.messages[0]?.message).toBe('文件过大（2.5 MB，超过 1 MB 的上限），未检查');
  });
});

describe('concurrency', () => {
  it('parses n | auto | off and uses threads only when there are enough files', () => {
    expect(parseConcurrency('auto')).toBe('auto');
    expect(parseConcurrency('off')).toBe('off');
    expect(parseConcurrency('3')).toBe(3);
    expect(() => parseConcurrency('0')).toThrow(/--concurrency/);
    expect(() => parseConcurrency('two')).toThrow(/--concurrency/);
    expect(resolveConcurrency('off', 1000)).toBe(1);
    expect(resolveConcurrency(undefined, 1000)).toBe(1);
    expect(resolveConcurrency('auto', 5)).toBe(1);
    // A lane per 1.4 cores: one thread already keeps 1.4 cores busy (V8's collector and compiler).
    expect(resolveConcurrency('auto', 1000)).toBe(Math.max(1, Math.floor(availableParallelism() / 1.4)));
    expect(resolveConcurrency(4, 2)).toBe(2);
  });

  it('results keep file order whatever the concurrency (in-process here: the worker is compiled JS)', async () => {
    const root = await folder();
    const off = await lintFiles(['.'], { cwd: root, now, concurrency: 'off' });
    const two = await lintFiles(['.'], { cwd: root, now, concurrency: 2 });
    expect(summary(two)).toEqual(summary(off));
  });

  // Real worker threads need the build (dist/engine/worker.js); `npm test` runs after `npm ci`, whose prepare builds it.
  const dist = new URL('../../dist/engine/files.js', import.meta.url);
  it('with worker threads (dist), results equal the single-threaded run, in the same order', async () => {
    expect(existsSync(new URL('../../dist/engine/worker.js', import.meta.url))).toBe(true);
    const root = await folder();
    // Pairs of one organ in adjacent years (s07 2022, s08 2023, …): linked in the first pass by the thread
    // that lints both (YearBook, lanes take consecutive files), or linted again after the walk.
    for (let seed = 7; seed <= 60; seed++) {
      const model = drawModel(seed, { defectRate: 0.1 });
      model.organ = `第${Math.floor(seed / 2)}县水利局`;
      model.year = 2022 + (seed % 2);
      await writeFile(path.join(root, `s${String(seed).padStart(2, '0')}.md`), renderText(model, 'md-tabs'));
    }
    const script = `import { lintFiles } from ${JSON.stringify(dist.href)};
      const now = new Date('2025-06-01T00:00:00Z');
      const pick = (rs) => rs.map((r) => r.filePath + ' ' + r.messages.map((m) => m.ruleId + '@' + m.line).join(','));
      const off = pick(await lintFiles(['.'], { cwd: process.argv[2], now, concurrency: 'off' }));
      const two = pick(await lintFiles(['.'], { cwd: process.argv[2], now, concurrency: 2 }));
      const carried = off.join().split('carry-over@').length - 1;
      console.log(JSON.stringify({ same: JSON.stringify(off) === JSON.stringify(two), n: off.length, carried: carried > 10 }));`;
    const scriptDir = await mkdtemp(path.join(tmpdir(), 'reportlint-run-'));
    roots.push(scriptDir);
    await writeFile(path.join(scriptDir, 'run.mjs'), script);
    const run = spawnSync(process.execPath, [path.join(scriptDir, 'run.mjs'), root], { encoding: 'utf8', timeout: 600_000 });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ same: true, n: 62, carried: true });
  });
});
