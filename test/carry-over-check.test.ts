/**
 * `LintResult.carryOverCheck`: per report, whether 上年结转 was compared with last year's report and with which
 * files, so a batch tells "checked and consistent" from "never compared" without a warning per report.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { temporaryTrees } from './cli-helpers.js';
import { lintFiles } from '../src/engine/files.js';
import { json } from '../src/formatters/json.js';
import type { LintResult } from '../src/engine/types.js';

const now = new Date('2025-06-01T00:00:00Z');

const fixture = (name: string): string => readFileSync(new URL(`fixtures/year-copies/${name}`, import.meta.url), 'utf8');
const LAST = fixture('2021.md');
const THIS = fixture('2022.md');
const organ = (text: string, name: string): string => text.replaceAll('东河县教育局', name);
const blankRow = (text: string): string =>
  text.replace(
    '| 四、结转下年度继续办理 |  |  | 3 | 5 | 9 | 15 | 17 | 24 | 73 |',
    '| 四、结转下年度继续办理 |  |  | — | — | — | — | — | — | — |',
  );

/** A temporary folder of the files, removed after this file's tests (cli-helpers.ts). */
const tree = temporaryTrees();
const checks = (root: string, results: LintResult[]): Record<string, unknown> =>
  Object.fromEntries(results.map((r) => [path.relative(root, r.filePath), r.carryOverCheck ?? null]));

describe('carryOverCheck', () => {
  const files = {
    'a/2021.md': LAST,
    'a/2022.md': THIS,
    'b/2022.md': organ(THIS, '东河县财政局'),
    'c/2021.md': blankRow(organ(LAST, '东河县民政局')),
    'c/2022.md': organ(THIS, '东河县民政局'),
    'd/2022.md': organ(THIS, '东河县水利局').replace('| 3 | 5 | 9 | 15 | 17 | 24 | 73 |', '| — | — | — | — | — | — | — |'),
    'e/empty.md': '',
    // 2021 carried forward 4 where 2022 carried over 3 (自然人), and so 74 in all.
    'f/2021.md': organ(LAST, '东河县商务局').replace('| 3 | 5 | 9 | 15 | 17 | 24 | 73 |', '| 4 | 5 | 9 | 15 | 17 | 24 | 74 |'),
    'f/2022.md': organ(THIS, '东河县商务局'),
  };

  it('says checked and against which file, noPrevious, unread, notRead; nothing for a file not read', async () => {
    expect(blankRow(LAST)).not.toBe(LAST);
    const root = await tree(files);
    for (const concurrency of ['off', 2] as const) {
      const results = await lintFiles(['.'], { cwd: root, now, concurrency });
      expect(checks(root, results)).toEqual({
        'a/2021.md': { status: 'noPrevious' },
        'a/2022.md': { status: 'checked', files: ['a/2021.md'] },
        'b/2022.md': { status: 'noPrevious' },
        'c/2021.md': { status: 'noPrevious' },
        'c/2022.md': { status: 'unread', files: ['c/2021.md'] },
        'd/2022.md': { status: 'notRead' },
        'e/empty.md': null,
        'f/2021.md': { status: 'noPrevious' },
        'f/2022.md': { status: 'checked', files: ['f/2021.md'], mismatch: true },
      });
      // The JSON format carries it as it is.
      const printed = JSON.parse(json(results, { cwd: root } as never)) as Array<{ carryOverCheck?: unknown }>;
      expect(printed[1]?.carryOverCheck).toEqual({ status: 'checked', files: ['a/2021.md'] });
    }
  });

  it('consistent with a 更正版: names the copy it agrees with, not the original the 更正版 corrected (rtQ F9)', async () => {
    const name = '东河县商务局';
    const root = await tree({
      'g/2021年报.md': organ(LAST, name).replace('| 3 | 5 | 9 | 15 | 17 | 24 | 73 |', '| 4 | 5 | 9 | 15 | 17 | 24 | 74 |'),
      'g/2021年报（更正版）.md': organ(LAST, name),
      'g/2022年报.md': organ(THIS, name),
    });
    for (const concurrency of ['off', 2] as const)
      expect(checks(root, await lintFiles(['.'], { cwd: root, now, concurrency }))['g/2022年报.md']).toEqual({
        status: 'checked',
        files: ['g/2021年报（更正版）.md'],
      });
  });

  it('is absent when carry-over is off', async () => {
    const root = await tree({
      '.reportlintrc.json': JSON.stringify({ root: true, rules: { 'carry-over': 'off' } }),
      '2021.md': LAST,
      '2022.md': THIS,
    });
    expect(checks(root, await lintFiles(['.'], { cwd: root, now }))).toEqual({ '2021.md': null, '2022.md': null });
  });
});
