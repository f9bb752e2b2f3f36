/**
 * Issues #25 and #26: hostile inputs (zip and Flate bombs, pathological nesting and width, the size limit on
 * every path, broken output streams, misbehaving plugins and formatters, exponential patterns, broken
 * caches, dying workers, bad library options). The CLI cases spawn the built CLI (run `npm run build` first;
 * `npm run test:slow` does) and assert its exit code, at most one line on stderr, no stack trace, and peak
 * memory under 1 GB. Figures for the report are printed at the end. Slow (about a minute on 2 cores): it runs
 * with `npm run test:slow`, not `npm test`.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hostileCases } from './hostile/cases.js';
import { ROOT, runBin, type ChildRun } from './hostile/run.js';
import { lint } from '../../src/engine/lint.js';
import { lintFiles } from '../../src/engine/files.js';
import { InvalidOptionError } from '../../src/engine/options-check.js';
import { parseReport } from '../../src/parser/index.js';
import { normaliseCell } from '../../src/parser/numbers.js';
import { CLEAN } from '../fixture-defects.js';

const GB = 1024 * 1024 * 1024;
const figures: Array<{ name: string; ms: number; rss: number }> = [];
const roots: string[] = [];

function folder(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'reportlint-hostile-'));
  roots.push(root);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

/** What every CLI run must satisfy, whatever the input. */
function sane(name: string, run: ChildRun): void {
  figures.push({ name, ms: run.ms, rss: run.rss });
  const lines = run.stderr.split('\n').filter((l) => l !== '');
  expect({ name, signal: run.signal, timedOut: run.code === 124 || run.code === 137 }).toEqual({
    name,
    signal: null,
    timedOut: false,
  });
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stdout).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  expect(lines.length).toBeLessThanOrEqual(1);
  expect(run.rss).toBeGreaterThan(0);
  expect(run.rss).toBeLessThan(GB);
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  if (figures.length === 0) return;
  const slowest = figures.reduce((a, b) => (b.ms > a.ms ? b : a));
  const heaviest = figures.reduce((a, b) => (b.rss > a.rss ? b : a));
  process.stdout.write(
    `hostile inputs: ${figures.length} CLI runs; slowest ${slowest.name} ${(slowest.ms / 1000).toFixed(1)} s; ` +
      `peak memory ${heaviest.name} ${Math.round(heaviest.rss / 1024 / 1024)} MB\n`,
  );
});

describe('hostile inputs through the CLI', () => {
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) throw new Error('run `npm run build` first (npm run test:slow does)');

  it.each(hostileCases().map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const cwd = folder(c.files);
    const run = await runBin(c.args, {
      cwd,
      ...(c.stdin !== undefined ? { stdin: c.stdin } : {}),
      ...(c.env ? { env: c.env } : {}),
      ...(c.closeStdoutEarly ? { closeStdoutEarly: true } : {}),
      ...(c.stdoutTo ? { stdoutTo: c.stdoutTo } : {}),
    });
    sane(c.name, run);
    const codes = Array.isArray(c.code) ? c.code : [c.code];
    expect({ code: codes.includes(run.code ?? -1) ? 'as expected' : run.code, stderr: run.stderr }).toEqual({
      code: 'as expected',
      stderr: c.stderr ? expect.stringMatching(c.stderr) : '',
    });
    if (c.stdout) expect(run.stdout).toMatch(c.stdout);
  });

  it('a dying worker thread costs only its file', async () => {
    const killer = [
      "import { isMainThread } from 'node:worker_threads';",
      "const meta = { id: 'kill', description: { zh: '测', en: 't' }, category: 'structure', basis: 'x', defaultSeverity: 'error', recommended: true, messages: { m: { zh: 'x', en: 'x' } } };",
      // The main thread is slowed so that the workers take most files; a worker dies on a marked one.
      "export default { meta: { name: 'killer' }, rules: { kill: { meta, check(report) {",
      '  if (isMainThread) { const until = Date.now() + 150; while (Date.now() < until); return; }',
      "  if (JSON.stringify(report).includes('KILLME')) process.exit(134);",
      '} } } };',
    ].join('\n');
    const files: Record<string, string> = { 'k.mjs': killer };
    for (let i = 0; i < 12; i++)
      files[`r/r${String(i).padStart(2, '0')}.md`] = `# 报告\n\n一、总体情况\n\n${i % 4 === 1 ? 'KILLME' : '正文'}\n`;
    const run = await runBin(['r', '--plugin', './k.mjs', '--concurrency', '3', '-f', 'json'], { cwd: folder(files) });
    sane('a dying worker thread', run);
    const results = JSON.parse(run.stdout) as Array<{
      filePath: string;
      fatalErrorCount: number;
      messages: Array<{ message: string }>;
    }>;
    expect([1, 2]).toContain(run.code);
    expect(results).toHaveLength(12);
    // Plugin rules run only in worker threads, so exactly the marked files fail.
    const failed = results.filter((r) => r.fatalErrorCount > 0);
    expect(failed.map((r) => path.basename(r.filePath))).toEqual(['r01.md', 'r05.md', 'r09.md']);
    for (const r of failed) expect(r.messages[0]?.message).toMatch(/工作线程意外退出/);
  });

  it('a plugin rule in an endless loop costs only its file', async () => {
    const looper = [
      "import { isMainThread } from 'node:worker_threads';",
      "const meta = { id: 'loop', description: { zh: '测', en: 't' }, category: 'structure', basis: 'x', defaultSeverity: 'error', recommended: true, messages: { m: { zh: 'x', en: 'x' } } };",
      "export default { meta: { name: 'looper' }, rules: { loop: { meta, check(report) {",
      '  if (isMainThread) { const until = Date.now() + 150; while (Date.now() < until); return; }',
      "  if (JSON.stringify(report).includes('LOOPME')) for (;;);",
      '} } } };',
    ].join('\n');
    const files: Record<string, string> = { 'l.mjs': looper };
    for (let i = 0; i < 8; i++) files[`r/r${i}.md`] = `# 报告\n\n一、总体情况\n\n${i === 3 ? 'LOOPME' : '正文'}\n`;
    const run = await runBin(['r', '--plugin', './l.mjs', '-f', 'json'], {
      cwd: folder(files),
      env: { REPORTLINT_TIME_LIMIT_MS: '1000' },
    });
    sane('a plugin rule in an endless loop', run);
    const results = JSON.parse(run.stdout) as Array<{
      filePath: string;
      fatalErrorCount: number;
      messages: Array<{ message: string }>;
    }>;
    expect(results).toHaveLength(8);
    const failed = results.filter((r) => r.fatalErrorCount > 0);
    expect(failed.map((r) => [path.basename(r.filePath), r.messages[0]?.message])).toEqual([
      ['r3.md', expect.stringMatching(/超过 2 秒未完成/)],
    ]);
  });

  it('--init refuses a dangling .reportlintrc.json symlink', async () => {
    const cwd = folder({});
    symlinkSync(path.join(cwd, 'elsewhere.json'), path.join(cwd, '.reportlintrc.json'));
    const run = await runBin(['--init'], { cwd });
    sane('--init through a symlink', run);
    expect(run.code).toBe(2);
    expect(existsSync(path.join(cwd, 'elsewhere.json'))).toBe(false);
  });
});

describe('hostile use of the library', () => {
  it('bad input and options are typed errors naming the option', async () => {
    await expect(lint(null as unknown as string)).rejects.toThrow(InvalidOptionError);
    for (const [key, value] of [
      ['encoding', 'latin1'],
      ['lang', 'fr'],
      ['now', new Date(Number.NaN)],
      ['maxFileSize', -5],
    ] as const) {
      await expect(lint('x', { [key]: value })).rejects.toThrow(new RegExp(`^reportlint: ${key}: expected`));
    }
    for (const concurrency of [-1, 1e9]) await expect(lintFiles(['x'], { concurrency })).rejects.toThrow(InvalidOptionError);
    await expect(lintFiles(42 as unknown as string)).rejects.toThrow(InvalidOptionError);
  });

  it('a report deleted between the first pass and the year-over-year pass is one fatal result', async () => {
    const meta =
      "{ id: 'del', description: { zh: '测', en: 't' }, category: 'structure', basis: 'x', defaultSeverity: 'error', recommended: true, messages: { m: { zh: 'x', en: 'x' } } }";
    const deleter = `import { existsSync, unlinkSync } from 'node:fs';\nexport default { meta: { name: 'del' }, rules: { del: { meta: ${meta}, check() { const f = globalThis.__hostileDelete; if (f && existsSync(f)) unlinkSync(f); } } } };\n`;
    // One organ's two years in one folder: paired whatever its name names (same-organ.ts). The later year comes
    // first, so its first pass reads it before the rule deletes it.
    const cwd = folder({ 'r/a-2023.md': CLEAN, 'r/b-2022.md': CLEAN.replaceAll('2023', '2022'), 'del.mjs': deleter });
    (globalThis as { __hostileDelete?: string }).__hostileDelete = path.join(cwd, 'r/a-2023.md');
    try {
      const results = await lintFiles(['r'], { cwd, plugins: ['./del.mjs'], now: new Date('2024-06-01') });
      expect(results.map((r) => [path.relative(cwd, r.filePath), r.fatalErrorCount, r.messages[0]?.message])).toEqual([
        ['r/a-2023.md', 1, '找不到文件'],
        ['r/b-2022.md', 0, undefined],
      ]);
    } finally {
      delete (globalThis as { __hostileDelete?: string }).__hostileDelete;
    }
  });

  it('lintFiles takes one pattern as a string', async () => {
    const cwd = folder({ 'd/a.md': '# 某局2023年政府信息公开工作年度报告\n' });
    const results = await lintFiles('d', { cwd });
    expect(results.map((r) => path.basename(r.filePath))).toEqual(['a.md']);
  });

  it('a number a double cannot hold is text, never rounded', () => {
    expect(normaliseCell('9007199254740993')).toEqual({ value: null, content: 'text' });
    expect(normaliseCell('1'.repeat(300))).toEqual({ value: null, content: 'text' });
    expect(normaliseCell('9007199254740991')).toEqual({ value: 9007199254740991, content: 'number' });
  });

  it('a page declaring GBK whose bytes are UTF-8 is read as UTF-8', async () => {
    const page = '<html><head><meta charset="gbk"></head><body><h1>青禾市统计局2023年政府信息公开工作年度报告</h1></body></html>';
    const parsed = await parseReport(new TextEncoder().encode(page), { filePath: 'a.html' });
    expect(parsed.text).toContain('政府信息公开');
  });

  it('a Big5 page that says so is read as Big5', async () => {
    // 「政府資訊公開」 in Big5.
    const big5 = Uint8Array.from([0xac, 0x46, 0xa9, 0xb2, 0xb8, 0xea, 0xb0, 0x54, 0xa4, 0xbd, 0xb6, 0x7d]);
    const head = new TextEncoder().encode('<html><head><meta charset="big5"></head><body><p>');
    const parsed = await parseReport(new Uint8Array([...head, ...big5, ...new TextEncoder().encode('</p></body></html>')]), {
      filePath: 'a.html',
    });
    expect(parsed.text).toContain('政府資訊公開');
  });

  it('a plugin rule cannot change what built-in rules read', async () => {
    const mutate = {
      meta: {
        id: 'mutate',
        description: { zh: '测', en: 't' },
        category: 'structure',
        basis: 'x',
        defaultSeverity: 'error',
        recommended: true,
        messages: { m: { zh: 'x', en: 'x' } },
      },
      check: (r: { children: unknown[] }) => void (r.children.length = 0),
    };
    const text = readFileSync(path.join(ROOT, 'examples/defective/period-and-fee.md'), 'utf8');
    const alone = await lint(text, { filePath: 'a.md' });
    const { defaultRules } = await import('../../src/engine/lint.js');
    const withPlugin = await lint(text, {
      filePath: 'a.md',
      rules: [{ id: 'p/mutate', rule: mutate as never, severity: 'error' }, ...defaultRules()],
    });
    expect(withPlugin.messages.filter((m) => m.ruleId !== 'p/mutate')).toEqual(alone.messages);
  });
});
