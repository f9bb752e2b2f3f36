/**
 * What a folder walk meets besides plain files: symbolic links to folders (followed, each file linted once),
 * links pointing nowhere and links to things that are no files (each one fatal result, never a hang or a silent skip).
 */
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { lintFiles } from '../src/engine/files.js';
import { temporaryTrees } from './cli-helpers.js';
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

  test('a file named on the command line keeps the name given there', async () => {
    const root = await tree({ 'a/y.md': CLEAN });
    await symlink('a', path.join(root, 'b'));
    expect(names(root, await lintFiles(['.', 'b/y.md'], { cwd: root, now }))).toEqual(['b/y.md']);
  });
});
