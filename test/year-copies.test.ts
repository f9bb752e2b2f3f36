/**
 * Year over year with several copies of last year's report (an original and its 更正版, the HTML and the PDF of
 * one report): carry-over accuses only when none of them agrees, names the copy it compared against, and says
 * the same whether the run is on one thread, on two (the YearBook's first-pass links) or cached.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { temporaryTrees } from './cli-helpers.js';
import { lintFiles } from '../src/engine/files.js';
import type { LintResult } from '../src/engine/types.js';

const now = new Date('2025-06-01T00:00:00Z');

const fixture = (name: string): string => readFileSync(new URL(`fixtures/year-copies/${name}`, import.meta.url), 'utf8');
/** 2021: carried forward 3 (自然人) and 73 in all; 2022 carries over exactly that. */
const FINAL = fixture('2021.md');
const THIS_YEAR = fixture('2022.md');
/** Another copy of 2021 carrying `natural` (自然人) and `total` forward instead. */
const copy = (natural: number, total: number): string =>
  FINAL.replace(
    '| 四、结转下年度继续办理 |  |  | 3 | 5 | 9 | 15 | 17 | 24 | 73 |',
    `| 四、结转下年度继续办理 |  |  | ${natural} | 5 | 9 | 15 | 17 | 24 | ${total} |`,
  );
const organ = (text: string, name: string): string => text.replaceAll('东河县教育局', name);

/** A temporary folder of the files, removed after this file's tests (cli-helpers.ts). */
const tree = temporaryTrees();
const carryOver = (results: LintResult[]): string[] =>
  results.flatMap((r) =>
    r.messages.filter((m) => m.ruleId === 'carry-over').map((m) => `${path.basename(r.filePath)} ${m.message}`),
  );

describe('carry-over against several copies of last year', () => {
  it('the fixtures: a copy of 2021 that differs is what the tests vary', () => {
    expect(copy(4, 74)).not.toBe(FINAL);
  });

  it('silent when one copy agrees, whichever sorts last (the red team’s 2021-final.md and 2021-zz-draft.md)', async () => {
    const root = await tree({ '2021-final.md': FINAL, '2021-zz-draft.md': copy(4, 74), '2022-report.md': THIS_YEAR });
    expect(carryOver(await lintFiles(['.'], { cwd: root, now }))).toEqual([]);
    // The two copies in the other order: the same.
    const swapped = await tree({ '2021-a-draft.md': copy(4, 74), '2021-z-final.md': FINAL, '2022-report.md': THIS_YEAR });
    expect(carryOver(await lintFiles(['.'], { cwd: swapped, now }))).toEqual([]);
  });

  it('when none agrees: the copy closest to this year is named (the first in path order on a tie)', async () => {
    const root = await tree({ '2021-a.md': copy(4, 74), '2021-b.md': copy(3, 75), '2022.md': THIS_YEAR });
    expect(carryOver(await lintFiles(['.'], { cwd: root, now }))).toEqual([
      '2022.md 表三「总计」列的上年结转为 73，而 2021 年度报告 2021-b.md 的结转下年度继续办理为 75',
    ]);
    const tie = await tree({ 'x/2021-a.md': copy(5, 75), 'x/2021-b.md': copy(4, 74), 'x/2022.md': THIS_YEAR });
    expect(carryOver(await lintFiles(['.'], { cwd: tie, now, lang: 'en' }))).toEqual([
      '2022.md Table 3: the carried-over row differs from the carried-forward row of the 2021 report x/2021-a.md in 2 columns: “自然人” 3 (last year 5); “总计” 73 (last year 75)',
    ]);
  });

  it('one copy, or identical copies (HTML and PDF of one report): as before, now naming the file', async () => {
    const root = await tree({ '2021.md': copy(4, 74), '2021.txt': copy(4, 74), '2022.md': THIS_YEAR });
    expect(carryOver(await lintFiles(['.'], { cwd: root, now }))).toEqual([
      '2022.md 表三上年结转有 2 列与 2021 年度报告 2021.md 的结转下年度继续办理不符：「自然人」本年 3、上年 4；「总计」本年 73、上年 74',
    ]);
    // --previous names the one copy itself.
    const alone = await lintFiles(['2022.md'], { cwd: root, now, previousFile: '2021.txt' });
    expect(carryOver(alone)).toEqual([
      '2022.md 表三上年结转有 2 列与 2021 年度报告 2021.txt 的结转下年度继续办理不符：「自然人」本年 3、上年 4；「总计」本年 73、上年 74',
    ]);
  });

  // The red team's yoy2/I_dupblank: a crawled copy of 2021 whose 结转下年度 row is blank ('—'), a copy with two
  // cells lost, and a copy that is another version read in part.
  const row = '| 四、结转下年度继续办理 |  |  | 3 | 5 | 9 | 15 | 17 | 24 | 73 |';
  const withRow = (cells: string): string => FINAL.replace(row, `| 四、结转下年度继续办理 |  |  | ${cells} |`);
  const BLANK = withRow('— | — | — | — | — | — | —');
  const summary = (results: LintResult[]): string[] =>
    results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'carry-over')
        .map((m) => `${path.basename(r.filePath)} ${m.severity === 2 ? 'error' : 'warning'} ${m.message}`),
    );

  it('a copy whose row was not read no longer hides the one read: accused against the read copy', async () => {
    expect(BLANK).not.toBe(FINAL);
    for (const names of [
      ['2021.md', '2021（网页转存，表格不全）.md'],
      ['2021-b.md', '2021-a（网页转存）.md'],
    ]) {
      const root = await tree({ [names[0]!]: copy(4, 74), [names[1]!]: BLANK, '2022.md': THIS_YEAR });
      for (const concurrency of ['off', 2] as const)
        expect(summary(await lintFiles(['.'], { cwd: root, now, concurrency }))).toEqual([
          `2022.md error 表三上年结转有 2 列与 2021 年度报告 ${names[0]} 的结转下年度继续办理不符：「自然人」本年 3、上年 4；「总计」本年 73、上年 74`,
        ]);
    }
  });

  it('a copy that lost cells but says what the read copy says elsewhere is the same report: accused', async () => {
    // 自然人 and 总计 lost in the crawl; 科研机构 9 read, as in the read copy.
    const lost = withRow(' | 5 | 9 | 15 | 17 | 24 | ');
    const root = await tree({ '2021.md': copy(4, 74), '2021-crawl.md': lost, '2022.md': THIS_YEAR });
    expect(summary(await lintFiles(['.'], { cwd: root, now }))).toEqual([
      '2022.md error 表三上年结转有 2 列与 2021 年度报告 2021.md 的结转下年度继续办理不符：「自然人」本年 3、上年 4；「总计」本年 73、上年 74',
    ]);
  });

  it('only unreadable copies: one warning naming them, no error', async () => {
    const root = await tree({ '2021.md': BLANK, '2021.txt': BLANK, '2022.md': THIS_YEAR });
    expect(summary(await lintFiles(['.'], { cwd: root, now }))).toEqual([
      '2022.md warning 上年结转未核对：2021 年度报告（2021.md、2021.txt）的结转下年度继续办理无法读取',
    ]);
  });

  it('versions that differ, the one agreeing with this year read in part: one warning, no error', async () => {
    // The 更正版 agrees with 2022 (3, 73) where read, and differs from the read copy in 科研机构 (8, not 9); its 社会公益组织 was lost.
    const other = withRow('3 | 5 | 8 |  | 17 | 24 | 73');
    const root = await tree({
      '2021.md': copy(4, 74),
      '2021更正.md': other,
      '2022.md': THIS_YEAR.replace('| 3 | 5 | 9 | 15 | 17 | 24 | 73 |', '| 3 | 5 | 8 | 15 | 17 | 24 | 73 |'),
    });
    expect(summary(await lintFiles(['.'], { cwd: root, now }))).toEqual([
      '2022.md warning 上年结转未核对：2021 年度报告有互不相同的几份（2021.md、2021更正.md），与本年相符的一份未读全，无法判断哪份为准',
    ]);
  });

  // Real worker threads need the build (dist/engine/worker.js), as in test/robustness/cache-and-threads.test.ts.
  const dist = new URL('../dist/engine/files.js', import.meta.url);
  it('the same findings on one thread, on two (first-pass links) and from the cache, cold and warm', async () => {
    expect(existsSync(new URL('../dist/engine/worker.js', import.meta.url))).toBe(true);
    const files: Record<string, string> = {};
    // Twelve organs: one copy of 2021 agrees (silent), only a wrong copy (accused), or two wrong copies.
    for (let k = 1; k <= 12; k++) {
      const name = `东河县第${k}局`;
      const dir = `o${String(k).padStart(2, '0')}`;
      if (k % 3 !== 0) files[`${dir}/2021-a.md`] = organ(k % 3 === 1 ? FINAL : copy(3, 75), name);
      files[`${dir}/2021-b.md`] = organ(copy(4, 74), name);
      files[`${dir}/2022.md`] = organ(THIS_YEAR, name);
    }
    const root = await tree(files);
    const script = `import { lintFiles } from ${JSON.stringify(dist.href)};
      const now = new Date('2025-06-01T00:00:00Z');
      const cwd = process.argv[2];
      const pick = (rs) => rs.map((r) => r.filePath + ' ' + r.messages.map((m) => m.ruleId + '@' + m.line + ' ' + m.message).join('|'));
      const cacheLocation = process.argv[3];
      const runs = {
        off: pick(await lintFiles(['.'], { cwd, now, concurrency: 'off' })),
        two: pick(await lintFiles(['.'], { cwd, now, concurrency: 2 })),
        cold: pick(await lintFiles(['.'], { cwd, now, cache: true, cacheLocation })),
        warm: pick(await lintFiles(['.'], { cwd, now, cache: true, cacheLocation, concurrency: 2 })),
      };
      console.log(JSON.stringify(runs));`;
    const scriptDir = await tree({ 'run.mjs': script });
    const run = spawnSync(process.execPath, [path.join(scriptDir, 'run.mjs'), root, path.join(scriptDir, 'cache')], {
      encoding: 'utf8',
      timeout: 600_000,
    });
    expect(run.stderr).toBe('');
    const runs = JSON.parse(run.stdout) as Record<string, string[]>;
    expect(runs['two']).toEqual(runs['off']);
    expect(runs['cold']).toEqual(runs['off']);
    expect(runs['warm']).toEqual(runs['off']);
    const accused = (runs['off'] ?? [])
      .filter((r) => r.includes('carry-over@'))
      .map((r) => path.relative(root, r.split(' ')[0]!));
    expect(accused).toEqual([
      'o02/2022.md',
      'o03/2022.md',
      'o05/2022.md',
      'o06/2022.md',
      'o08/2022.md',
      'o09/2022.md',
      'o11/2022.md',
      'o12/2022.md',
    ]);
    expect((runs['off'] ?? []).find((r) => r.includes('o03/2022.md'))).toContain('2021 年度报告 o03/2021-b.md 的');
  });
});

describe('stale-content against a copy of last year', () => {
  it('names the copy it measured, as carry-over does', async () => {
    // Last year's report sent again with only its years moved on: its whole narrative repeats 2021's.
    const stale = FINAL.replaceAll('2022年', '2023年').replaceAll('2021年', '2022年');
    const root = await tree({
      '.reportlintrc.json': JSON.stringify({ root: true, rules: { 'stale-content': 'warn' } }),
      // One folder per year: 东河县教育局 names no city, so its reports pair only where their folders are one once
      // years are taken out (same-organ.ts), not across old/ and the batch's root.
      '2021/final.md': FINAL,
      '2022/report.md': stale,
    });
    const found = (await lintFiles(['.'], { cwd: root, now, lang: 'en' })).flatMap((r) =>
      r.messages.filter((m) => m.ruleId === 'stale-content').map((m) => `${path.basename(r.filePath)} ${m.message}`),
    );
    expect(found).toEqual([
      `report.md 100% of this report’s narrative repeats the 2021 report ${path.join('2021', 'final.md')}; most repeated: “一、总体情况” (100%)`,
    ]);
  });
});
