/**
 * What a folder walk meets besides plain files: symbolic links to folders (followed, each file linted once),
 * links pointing nowhere and links to things that are no files (each one fatal result, never a hang or a silent skip).
 */
import { execFileSync } from 'node:child_process';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { lintFiles } from '../src/engine/files.js';
import { runCli, temporaryTrees } from './cli-helpers.js';
import { CLEAN, NO_FEE } from './fixture-defects.js';

const now = new Date('2024-06-01');
const tree = temporaryTrees();
const names = (root: string, results: Array<{ filePath: string }>): string[] =>
  results.map((r) => path.relative(root, r.filePath).split(path.sep).join('/'));

describe('symbolic links to folders', () => {
  test('a link back up the tree: each report once, under its shortest path', async () => {
    const root = await tree({ 'r.md': NO_FEE, 'a/z.md': CLEAN });
    await symlink('..', path.join(root, 'a/loop'));
    const results = await lintFiles(['.'], { cwd: root, now });
    expect(names(root, results)).toEqual(['a/z.md', 'r.md']);
    expect(results.reduce((n, r) => n + r.errorCount, 0)).toBe(1);
  });

  test('a linked folder is still linted; a second name of one folder is not linted twice', async () => {
    const root = await tree({ 'elsewhere/x.md': CLEAN, 'reports/a/y.md': CLEAN });
    await symlink(path.join(root, 'elsewhere'), path.join(root, 'reports/linked'));
    await symlink('a', path.join(root, 'reports/b'));
    const results = await lintFiles(['reports'], { cwd: root, now });
    expect(names(root, results)).toEqual(['reports/a/y.md', 'reports/linked/x.md']);
  });

  test("a link to a file: the report keeps its own path when it is in the run too, else the link's name (rtQ F10)", async () => {
    const root = await tree({ 'corpus/市级/江州市财政局/2021年报.md': NO_FEE, 'corpus/市级/江州市财政局/2022年报.md': CLEAN });
    await symlink('市级/江州市财政局/2021年报.md', path.join(root, 'corpus/链接到2021.md'));
    const both = await lintFiles(['corpus'], { cwd: root, now });
    expect(names(root, both)).toEqual(['corpus/市级/江州市财政局/2021年报.md', 'corpus/市级/江州市财政局/2022年报.md']);
    expect(both.map((r) => r.errorCount)).toEqual([1, 0]);
    // The report's folder left out of the run: only the link reaches it, under its own name.
    const linkOnly = await lintFiles(['corpus/链接到2021.md', 'corpus/市级/江州市财政局/2022年报.md'], { cwd: root, now });
    expect(names(root, linkOnly)).toEqual(['corpus/市级/江州市财政局/2022年报.md', 'corpus/链接到2021.md']);
    const walked = await lintFiles(['corpus'], { cwd: root, now, ignorePatterns: ['corpus/市级/江州市财政局/2021年报.md'] });
    expect(names(root, walked)).toEqual(['corpus/市级/江州市财政局/2022年报.md', 'corpus/链接到2021.md']);
  });

  test('a file named on the command line keeps the name given there', async () => {
    const root = await tree({ 'a/y.md': CLEAN });
    await symlink('a', path.join(root, 'b'));
    expect(names(root, await lintFiles(['.', 'b/y.md'], { cwd: root, now }))).toEqual(['b/y.md']);
  });
});

/** Devices and named pipes exist only on POSIX systems. */
const posix = process.platform === 'win32' ? test.skip : test;
const fatal = (results: Array<{ filePath: string; messages: Array<{ message: string; fatal?: boolean }> }>, root: string) =>
  results.map((r) => [names(root, [r])[0], r.messages.map((m) => `${m.fatal ? 'fatal: ' : ''}${m.message}`)]);

describe('what is no regular file', () => {
  posix(
    "a link to /dev/zero met in a folder is that file's one fatal result, read not at all (it never ended)",
    async () => {
      const root = await tree({ 'a.md': CLEAN });
      await symlink('/dev/zero', path.join(root, 'zero.txt'));
      for (const cache of [false, true]) {
        const results = await lintFiles(['.'], { cwd: root, now, cache, cacheLocation: path.join(root, '.cache') });
        expect(fatal(results, root)).toEqual([
          ['a.md', []],
          ['zero.txt', ['fatal: 不是普通文件（设备或管道），未读取；管道中的内容请用 - 从标准输入传入']],
        ]);
      }
    },
    20_000,
  );

  posix(
    'a named pipe, in a folder or named: its fatal result, without waiting for a writer',
    async () => {
      const root = await tree({ 'a.md': CLEAN });
      execFileSync('mkfifo', [path.join(root, 'p.md')]);
      const results = await lintFiles(['.', 'p.md'], { cwd: root, now, lang: 'en' });
      expect(fatal(results, root)).toEqual([
        ['a.md', []],
        ['p.md', ['fatal: not a regular file (a device or pipe); not read; pipe such content to standard input with -']],
      ]);
      expect(await runCli(['extract', 'p.md'], { cwd: root })).toEqual({
        code: 2,
        stdout: '',
        stderr: 'reportlint: p.md: 不是普通文件（设备或管道），未读取；管道中的内容请用 - 从标准输入传入\n',
      });
    },
    20_000,
  );

  test("a link pointing nowhere, met in a folder, is a fatal result naming its target; a dot folder's is not", async () => {
    const root = await tree({ 'a.md': CLEAN, '.hidden/b.md': CLEAN });
    await symlink(path.join(root, 'gone.md'), path.join(root, 'x.md'));
    await symlink('x.md', path.join(root, '.hidden/y.md'));
    await symlink('nowhere', path.join(root, 'notes')); // no report's name: not looked at
    const results = await lintFiles(['.'], { cwd: root, now });
    expect(fatal(results, root)).toEqual([
      ['a.md', []],
      ['x.md', [`fatal: 符号链接指向的文件不存在（${path.join(root, 'gone.md')}）`]],
    ]);
    // Met in a folder: that file's error (exit 1), the other reports checked; exit 2 is for a named one.
    const cli = await runCli(['.', '-f', 'compact', '--lang', 'en', '--ignore-pattern', 'a.md'], { cwd: root });
    expect(cli).toEqual({
      code: 1,
      stdout: `x.md:1:1: error symbolic link to a missing file (${path.join(root, 'gone.md')}) [reportlint]\n`,
      stderr: '',
    });
  });

  test('a link pointing nowhere that a glob names is a fatal result too, not dropped; one the glob does not name is not', async () => {
    const root = await tree({ 'reports/a.md': CLEAN, 'reports/sub/c.md': CLEAN });
    await symlink(path.join(root, 'gone.md'), path.join(root, 'reports/x.md'));
    await symlink(path.join(root, 'gone.md'), path.join(root, 'reports/sub/y.md'));
    await symlink(path.join(root, 'gone.txt'), path.join(root, 'reports/z.txt'));
    const results = await lintFiles(['reports/*.md'], { cwd: root, now });
    expect(fatal(results, root)).toEqual([
      ['reports/a.md', []],
      ['reports/x.md', [`fatal: 符号链接指向的文件不存在（${path.join(root, 'gone.md')}）`]],
    ]);
    const deep = await lintFiles([`${root}/reports/**/*.md`], { cwd: root, now });
    expect(fatal(deep, root).map(([file]) => file)).toEqual([
      'reports/a.md',
      'reports/sub/c.md',
      'reports/sub/y.md',
      'reports/x.md',
    ]);
  });
});
