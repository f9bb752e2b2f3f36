/** "organType" in .reportlintrc.json: top level, inherited through extends, per file through overrides, into the rules. */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { ConfigLoader } from '../src/config/loader.js';
import { lintFiles } from '../src/engine/files.js';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function tree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'reportlint-organ-'));
  made.push(root);
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}

/** A bureau-looking title published 5 February: late for a department, on time for a government. */
const REPORT = [
  '# 某县市场监督管理局2023年政府信息公开工作年度报告',
  '',
  '## 六、其他需要报告的事项',
  '',
  '本机关未收取信息处理费。',
  '',
  '发布日期：2024年2月5日',
  '',
].join('\n');

describe('organType in the configuration', () => {
  test('top level, inherited through extends, replaced per file by overrides', async () => {
    const root = await tree({
      'base.json': '{ "extends": "reportlint:recommended", "organType": "township" }',
      '.reportlintrc.json': JSON.stringify({
        extends: './base.json',
        overrides: [{ files: ['gov/**'], organType: 'government' }],
      }),
    });
    const loader = new ConfigLoader({ cwd: root });
    expect((await loader.forFile(path.join(root, 'a.md'))).config.organType).toBe('township');
    expect((await loader.forFile(path.join(root, 'gov/a.md'))).config.organType).toBe('government');
  });

  test('a value outside the four kinds is a config error', async () => {
    const root = await tree({ '.reportlintrc.json': '{ "organType": "ministry" }' });
    await expect(new ConfigLoader({ cwd: root }).forFile(path.join(root, 'a.md'))).rejects.toThrow(/organType/);
  });

  test('reaches the rules: publication-date uses the configured kind', async () => {
    const root = await tree({
      '.reportlintrc.json': JSON.stringify({
        rules: { 'publication-date': 'warn' },
        overrides: [{ files: ['gov/**'], organType: 'government' }],
      }),
      'bureau/report.md': REPORT,
      'gov/report.md': REPORT,
    });
    const results = await lintFiles(['bureau/report.md', 'gov/report.md'], { cwd: root, now: new Date('2025-06-30T00:00:00Z') });
    const byFile = Object.fromEntries(results.map((r) => [path.relative(root, r.filePath), r.messages.map((m) => m.ruleId)]));
    expect(byFile).toEqual({ [path.join('bureau', 'report.md')]: ['publication-date'], [path.join('gov', 'report.md')]: [] });
  });
});
