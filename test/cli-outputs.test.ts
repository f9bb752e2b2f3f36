/**
 * Writing the findings to files (-o, -f format:file): a file that cannot be written is one line naming it in
 * the run's language (exit 2) and costs neither stdout nor the other files; two outputs to one file are refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { runCli, temporaryTrees } from './cli-helpers.js';
import { BAD_PERIOD } from './fixture-defects.js';

const tree = temporaryTrees();

describe('output files', () => {
  test('-o naming a folder: one localised line naming it, exit 2, no Node text', async () => {
    const cwd = await tree({ 'b.md': BAD_PERIOD, 'out/keep.txt': 'x' });
    expect(await runCli(['-f', 'json', '-o', 'out', 'b.md'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reportlint: 无法写入输出文件 out：是文件夹\n',
    });
    expect((await runCli(['-o', 'out', 'b.md', '--lang', 'en'], { cwd })).stderr).toBe(
      'reportlint: cannot write the output file out: is a folder\n',
    );
  });

  test('an extra output that cannot be written: stdout and the other files are still written, exit 2', async () => {
    const cwd = await tree({ 'b.md': BAD_PERIOD });
    const run = await runCli(['-f', 'compact', '-f', 'sarif:b.md/r.sarif', '-f', 'junit:ok.xml', 'b.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^b\.md:3:67: error .*\[statistical-period\]\n$/);
    expect(run.stderr).toBe('reportlint: 无法写入输出文件 b.md/r.sarif：路径中有一部分是文件而不是文件夹\n');
    expect(readFileSync(path.join(cwd, 'ok.xml'), 'utf8')).toContain('statistical-period');
    // The report is left as it was.
    expect(readFileSync(path.join(cwd, 'b.md'), 'utf8')).toBe(BAD_PERIOD);
  });

  test('folders are created for an output; one that cannot be created is its line, not a run that never ends', async () => {
    const cwd = await tree({ 'b.md': BAD_PERIOD });
    expect((await runCli(['-f', 'json:out/deep/r.json', 'b.md'], { cwd })).code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(cwd, 'out/deep/r.json'), 'utf8'))).toHaveLength(1);
    if (process.platform !== 'linux') return;
    const run = await runCli(['-f', 'compact', '-f', 'sarif:/proc/reportlint-nope/r.sarif', 'b.md', '--lang', 'en'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'reportlint: cannot write the output file /proc/reportlint-nope/r.sarif: a folder on the path cannot be created there\n',
    );
  });

  test('a cache or suppressions file whose folder cannot be made: one localised line, never a run that spins for ever', async () => {
    if (process.platform !== 'linux') return;
    const cwd = await tree({ 'b.md': BAD_PERIOD });
    // Node 20's recursive mkdir never returned here: the cache was the last writer still using it.
    const cached = await runCli(['-f', 'compact', '--cache', '--cache-location', '/proc/reportlint-nope/c', 'b.md'], { cwd });
    expect(cached.code).toBe(1);
    expect(cached.stderr).toBe('reportlint: 警告：缓存未写入 /proc/reportlint-nope/c（无法在此处创建文件夹），结果不受影响\n');
    const suppress = ['--suppress-all', '--suppressions-location', '/proc/reportlint-nope/s.json', 'b.md', '--lang', 'en'];
    expect(await runCli(suppress, { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'reportlint: cannot write the suppressions file /proc/reportlint-nope/s.json: a folder on the path cannot be created there\n',
    });
  });

  test('two outputs to one file are refused before anything is written', async () => {
    const cwd = await tree({ 'b.md': BAD_PERIOD });
    expect(await runCli(['-f', 'json:o.json', '-f', 'sarif:o.json', 'b.md'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reportlint: 有两个输出都写入 o.json：请为每种格式指定不同的文件\n',
    });
    expect(existsSync(path.join(cwd, 'o.json'))).toBe(false);
    const en = await runCli(['-f', 'sarif', '-o', 'r.sarif', '-f', 'json:./r.sarif', 'b.md', '--lang', 'en'], { cwd });
    expect(en).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reportlint: two outputs are written to r.sarif: give each format a file of its own\n',
    });
    expect(existsSync(path.join(cwd, 'r.sarif'))).toBe(false);
  });
});

describe('junit', () => {
  test('a page that is no report, its warning hidden by --quiet: a skipped case naming why (exit 0, as for a warning), never a pass', async () => {
    const news = '<html><body><p>本站新闻：全市召开春季植树动员大会，各区县负责人参加会议并作表态发言。</p></body></html>';
    const cwd = await tree({ 'news.html': news, 'b.md': BAD_PERIOD });
    const run = await runCli(['news.html', '-f', 'junit', '--quiet'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '<testsuite package="reportlint" time="0" tests="1" failures="0" errors="0" skipped="1" name="news.html">\n' +
        '<testcase time="0" name="reportlint" classname="news.html">\n<skipped message="不是政府信息公开工作年度报告，未检查" />',
    );
    // Not hidden, its warning is a failing case, as every finding is.
    expect((await runCli(['news.html', '-f', 'junit'], { cwd })).stdout).toContain(
      '<failure message="不是政府信息公开工作年度报告',
    );
  });
});
