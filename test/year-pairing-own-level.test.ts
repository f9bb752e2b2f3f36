/**
 * A bracketed 本级 is part of the organ's name (rtAE 2): 东河县教育局（本级） reports on the bureau's own work, not its
 * system's, and is never paired year over year with 东河县教育局's report. It was stripped from every name (for the
 * kind, rtZ 5), and the 本级 report was accused of the other report's carry-over.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { temporaryTrees } from './cli-helpers.js';
import { lintFiles } from '../src/engine/files.js';
import { extractReport } from '../src/engine/extract.js';
import { parseReport } from '../src/parser/index.js';
import type { LintResult } from '../src/engine/types.js';
import { carryColumns } from './helpers/carry-columns.js';

const now = new Date('2025-06-01T00:00:00Z');
const fixture = (name: string): string => readFileSync(new URL(`fixtures/year-copies/${name}`, import.meta.url), 'utf8');
const named = (text: string, organ: string): string => text.replaceAll('东河县教育局', organ);
/** 2022 carries over 3 (自然人) … 73 in all; this copy of 2021 carried forward 4 and 74: two errors when paired. */
const LAST = fixture('2021.md').replace(
  '| 四、结转下年度继续办理 |  |  | 3 | 5 | 9 | 15 | 17 | 24 | 73 |',
  '| 四、结转下年度继续办理 |  |  | 4 | 5 | 9 | 15 | 17 | 24 | 74 |',
);
const THIS = fixture('2022.md');

const tree = temporaryTrees();
const carryOver = (results: LintResult[]): Array<[string, string[]]> =>
  results
    .map((r): [string, string[]] => [
      r.filePath.split(/[\\/]/).slice(-2).join('/'),
      r.messages.filter((m) => m.ruleId === 'carry-over').flatMap(carryColumns),
    ])
    .filter(([, found]) => found.length > 0);

describe('an organ’s 本级 report and its other report', () => {
  it('extract names the organ with its 本级, of the kind read without it', async () => {
    const parsed = await parseReport(named(THIS, '东河县人民政府（本级）'), { format: 'markdown' });
    const facts = extractReport(parsed);
    expect([facts.organ, facts.organType]).toEqual(['东河县人民政府（本级）', 'government']);
  });

  it('the 本级 report is not checked against last year’s report without it', async () => {
    const root = await tree({ '2021/a.md': named(LAST, '东河县教育局'), '2022/b.md': named(THIS, '东河县教育局（本级）') });
    for (const concurrency of ['off', 2] as const)
      expect(carryOver(await lintFiles(['.'], { cwd: root, now, concurrency }))).toEqual([]);
  });

  it('beside this year’s report without 本级, only that one is paired and accused', async () => {
    const root = await tree({
      '2021/a.md': named(LAST, '东河县教育局'),
      '2022/b.md': named(THIS, '东河县教育局（本级）'),
      '2022/c.md': named(THIS, '东河县教育局'),
    });
    expect(carryOver(await lintFiles(['.'], { cwd: root, now }))).toEqual([['2022/c.md', ['自然人:3≠4', '总计:73≠74']]]);
  });

  it('two 本级 reports pair, whatever the width of their brackets', async () => {
    const root = await tree({ '2021/a.md': named(LAST, '东河县教育局(本级)'), '2022/b.md': named(THIS, '东河县教育局（本级）') });
    expect(carryOver(await lintFiles(['.'], { cwd: root, now }))).toEqual([['2022/b.md', ['自然人:3≠4', '总计:73≠74']]]);
  });
});
