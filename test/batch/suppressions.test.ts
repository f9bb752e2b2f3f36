/**
 * The suppressions file (issue 23): review decisions recorded outside the reports survive a re-run and a
 * re-export that moves every line; a changed finding is new; stale records are reported, then pruned.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { runCli, temporaryTrees } from '../cli-helpers.js';
import { fingerprint } from '../../src/engine/suppressions.js';
import { batchFiles } from './fixtures.js';

const tree = temporaryTrees();
const FINANCE = 'county/2023-finance.md';
const STALE = 'city/2023-education.md';

async function batch(): Promise<string> {
  const all = batchFiles();
  const keep = ['.reportlintrc.json', 'city/2022-education.md', STALE, FINANCE];
  return tree(Object.fromEntries(keep.map((k) => [k, all[k]!])));
}

const lines = (run: { stdout: string }) => run.stdout.split('\n').filter(Boolean);
const readJson = async (file: string) =>
  JSON.parse(await readFile(file, 'utf8')) as Record<
    string,
    Record<string, Array<{ fingerprint: string; count: number; message: string }>>
  >;

describe('suppressions file', () => {
  test('--suppress-all records every finding; a re-run and a re-export stay quiet; a changed finding is new', async () => {
    const cwd = await batch();
    const before = await runCli(['.', '-f', 'compact'], { cwd });
    expect([before.code, lines(before).length]).toEqual([1, 2]);
    const recorded = await runCli(['.', '-f', 'compact', '--suppress-all'], { cwd });
    expect([recorded.code, recorded.stdout, recorded.stderr]).toEqual([
      0,
      '',
      'reportlint: 已更新屏蔽记录 reportlint-suppressions.json。\n',
    ]);
    const data = await readJson(path.join(cwd, 'reportlint-suppressions.json'));
    expect(Object.keys(data)).toEqual([STALE, FINANCE]);
    expect(data[FINANCE]).toEqual({
      'application-totals': [
        {
          fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
          count: 1,
          message: expect.stringContaining('表三「（一）予以公开」行「自然人」列的 38 可能有误'),
        },
      ],
    });
    expect(Object.keys(data[STALE]!)).toEqual(['stale-content']);
    expect(await runCli(['.', '-f', 'compact'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    // A re-export: the same report with a note above it moves every line; the decision still holds.
    const text = await readFile(path.join(cwd, FINANCE), 'utf8');
    await writeFile(path.join(cwd, FINANCE), `（重新导出）\n\n说明：本文件由办公系统重新导出。\n\n${text}`);
    expect(await runCli(['.', '-f', 'compact'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
    // Another figure is another finding: reported, and the old record is now unused.
    await writeFile(path.join(cwd, FINANCE), text.replace('| 38 |', '| 39 |'));
    const changed = await runCli(['.', '-f', 'compact'], { cwd });
    expect(changed.code).toBe(1);
    expect(lines(changed)).toEqual([
      expect.stringMatching(/^county\/2023-finance\.md:\d+:\d+: error .*39 可能有误.*\[application-totals\]$/),
    ]);
    expect(changed.stderr).toBe(
      'reportlint: reportlint-suppressions.json 中有 1 条屏蔽记录本次未出现；运行 --prune-suppressions 可清理。\n',
    );
    const pruned = await runCli(['.', '-f', 'compact', '--prune-suppressions', '--lang', 'en'], { cwd });
    expect(pruned.stderr).toBe('reportlint: Updated the suppressions in reportlint-suppressions.json.\n');
    expect(Object.keys(await readJson(path.join(cwd, 'reportlint-suppressions.json')))).toEqual([STALE]);
  });

  test('--suppress-rule records one rule only; --suppressions-location names the file', async () => {
    const cwd = await batch();
    const run = await runCli(
      ['.', '-f', 'compact', '--suppress-rule', 'stale-content', '--suppressions-location', 'review/decisions.json'],
      { cwd },
    );
    expect(run.code).toBe(1);
    expect(lines(run)).toEqual([expect.stringMatching(/^county\/2023-finance\.md:.*\[application-totals\]$/)]);
    expect(Object.keys(await readJson(path.join(cwd, 'review/decisions.json')))).toEqual([STALE]);
    // The default file does not exist: the stale-content finding is back without the location.
    expect(lines(await runCli(['.', '-f', 'compact'], { cwd }))).toHaveLength(2);
  });

  test('a damaged suppressions file: one line, exit 2', async () => {
    const cwd = await batch();
    await writeFile(path.join(cwd, 'reportlint-suppressions.json'), '{ not json');
    const run = await runCli(['.'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^reportlint: reportlint-suppressions\.json: 无法读取屏蔽记录文件（.+）\n$/);
  });

  test('the fingerprint is what a finding says, not where', () => {
    const m = {
      ruleId: 'numeric-cells',
      severity: 2 as const,
      messageId: 'negative',
      message: 'x',
      line: 3,
      column: 4,
      data: { value: -1, row: '行政许可' },
    };
    expect(fingerprint({ ...m, line: 90, column: 1, data: { row: '行政许可', value: -1 } })).toBe(fingerprint(m));
    expect(fingerprint({ ...m, data: { row: '行政许可', value: -2 } })).not.toBe(fingerprint(m));
  });
});
