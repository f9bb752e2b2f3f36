/**
 * examples/ must stay honest: each report's first comment lists the rule ids it triggers (or "none"), and
 * exactly those fire. The VS Code problem matcher in examples/.vscode/tasks.json is run over real compact
 * output (Chinese messages), and over Windows paths; the CI workflow uses the github and sarif formats.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { parse as parseJsonc } from 'jsonc-parser';
import { lintFiles } from '../src/engine/files.js';
import { compact } from '../src/formatters/compact.js';
import { ruleById } from '../src/rules/index.js';
import { runCli } from './cli-helpers.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const examples = path.join(repo, 'examples');
const REPORT = /\.(md|txt|html?|docx|pdf)$/;

async function reports(): Promise<string[]> {
  const out: string[] = [];
  for (const dir of ['clean', 'defective']) {
    for (const name of (await readdir(path.join(examples, dir))).sort()) if (REPORT.test(name)) out.push(`${dir}/${name}`);
  }
  return out;
}

/** `<!-- expected: a b -->` or `// expected: a b` on the first line; "none" for a clean report. */
function expectedIds(text: string): string[] | undefined {
  const m = /^(?:<!--|\/\/)\s*expected:\s*([^\n]*?)\s*(?:-->)?\s*$/m.exec(text.split('\n')[0] ?? '');
  if (!m) return undefined;
  return m[1] === 'none'
    ? []
    : (m[1] ?? '')
        .split(/[\s,]+/)
        .filter(Boolean)
        .sort();
}

describe('examples/', () => {
  test('clean and defective reports in several layouts', async () => {
    const files = await reports();
    expect(files.filter((f) => f.startsWith('clean/')).length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => f.startsWith('defective/')).length).toBeGreaterThanOrEqual(4);
    expect(new Set(files.map((f) => path.extname(f)))).toEqual(new Set(['.md', '.txt', '.html']));
  });

  test('each report triggers exactly the rule ids its first comment lists', async () => {
    const files = await reports();
    const results = await lintFiles(
      files.map((f) => path.join(examples, f)),
      { cwd: repo },
    );
    expect(results).toHaveLength(files.length);
    for (const [i, file] of files.entries()) {
      const expected = expectedIds(await readFile(path.join(examples, file), 'utf8'));
      expect({ file, expected: expected ?? 'missing expected: comment' }).toEqual({ file, expected: expect.any(Array) });
      if (file.startsWith('defective/')) expect({ file, count: expected!.length }).not.toEqual({ file, count: 0 });
      for (const id of expected!) expect({ file, id, known: ruleById.has(id) }).toEqual({ file, id, known: true });
      const fired = [...new Set(results[i]!.messages.map((m) => m.ruleId ?? `fatal:${m.message}`))].sort();
      expect({ file, fired }).toEqual({ file, fired: expected });
    }
  });

  test('the quick start: `reportlint examples/` lists the defective reports and exits 1', async () => {
    const run = await runCli(['examples/'], { cwd: repo });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    for (const file of (await reports()).filter((f) => f.startsWith('defective/')))
      expect(run.stdout).toContain(`examples/${file}`);
    expect(run.stdout).not.toContain('examples/clean/');
  });
});

describe('examples/.vscode/tasks.json', () => {
  interface Task {
    label: string;
    type: string;
    command: string;
    args: string[];
    problemMatcher:
      string | { owner: string; fileLocation: unknown; pattern: { regexp: string } & Record<string, string | number> };
  }
  const load = async (): Promise<Task[]> =>
    (parseJsonc(await readFile(path.join(examples, '.vscode/tasks.json'), 'utf8')) as { tasks: Task[] }).tasks;

  test('shell tasks running reportlint with the compact format and an owned problem matcher', async () => {
    const [all, one, eslint] = await load();
    expect(all).toMatchObject({
      type: 'shell',
      command: 'npx',
      args: ['reportlint', '--format', 'compact', '${workspaceFolder}'],
    });
    expect(one!.args.at(-1)).toBe('${file}');
    expect(all!.problemMatcher).toMatchObject({
      owner: 'reportlint',
      fileLocation: ['autoDetect', '${workspaceFolder}'],
      pattern: { file: 1, line: 2, column: 3, severity: 4, message: 5, code: 6 },
    });
    expect(eslint).toMatchObject({
      args: ['reportlint', '--format', 'eslint-compact', '${workspaceFolder}'],
      problemMatcher: '$eslint-compact',
    });
  });

  test("the matcher's regexp reads every line of real compact output, Chinese messages included", async () => {
    const [task] = await load();
    const regexp = new RegExp((task!.problemMatcher as Exclude<Task['problemMatcher'], string>).pattern.regexp);
    const run = await runCli(['-f', 'compact', 'examples/'], { cwd: repo });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const line of lines) {
      const m = regexp.exec(line);
      expect({ line, matched: !!m }).toEqual({ line, matched: true });
      const [, file, lineNo, column, severity, message, code] = m!;
      expect(file).toMatch(/^examples\/defective\/[\w.-]+\.(md|txt|html)$/);
      expect(Number(lineNo)).toBeGreaterThanOrEqual(1);
      expect(Number(column)).toBeGreaterThanOrEqual(1);
      expect(['error', 'warning']).toContain(severity);
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      expect(ruleById.has(code!)).toBe(true);
    }
  });

  test('Windows paths, colons and [brackets] inside messages', async () => {
    const [task] = await load();
    const regexp = new RegExp((task!.problemMatcher as Exclude<Task['problemMatcher'], string>).pattern.regexp);
    const results = await lintFiles([path.join(examples, 'defective/period-and-fee.md')], { cwd: repo });
    const windows = [{ ...results[0]!, filePath: 'D:\\站点\\报告\\2023 年报.md' }];
    // A file on another drive than cwd is printed as an absolute path.
    const line = compact(windows, { cwd: 'C:\\work', color: false, locale: 'zh', rulesMeta: new Map() }).split('\n')[0]!;
    expect(line).toMatch(/^D:\/站点\/报告\/2023 年报\.md:4:67: error /);
    expect(regexp.exec(line)?.slice(1, 5)).toEqual(['D:/站点/报告/2023 年报.md', '4', '67', 'error']);
    const backslashed = 'C:\\站点\\报告\\2023.md:12:5: warning 表三：第 [3] 列为空：请填写 [numeric-cells]';
    expect(regexp.exec(backslashed)?.slice(1)).toEqual([
      'C:\\站点\\报告\\2023.md',
      '12',
      '5',
      'warning',
      '表三：第 [3] 列为空：请填写',
      'numeric-cells',
    ]);
    expect(regexp.exec('a.md:1:1: error x [demo/needs-word]')?.[6]).toBe('demo/needs-word');
  });

  test("VS Code's built-in $eslint-compact pattern reads -f eslint-compact output", async () => {
    const vscode = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;
    const run = await runCli(['-f', 'eslint-compact', 'examples/defective'], { cwd: repo });
    const lines = run.stdout.split('\n').filter((l) => l.includes(': line '));
    expect(lines.length).toBeGreaterThanOrEqual(6);
    for (const line of lines) expect(path.isAbsolute(vscode.exec(line)?.[1] ?? '')).toBe(true);
  });
});

test('examples/ci/reportlint.yml lints once for annotations and SARIF, uploads it always, on a supported Node', async () => {
  const yml = await readFile(path.join(examples, 'ci/reportlint.yml'), 'utf8');
  expect(yml.match(/npx reportlint /g)).toHaveLength(1);
  expect(yml).toMatch(/npx reportlint --format github --format sarif:reportlint\.sarif /);
  expect(yml).toMatch(/uses: github\/codeql-action\/upload-sarif@v3\n\s+if: always\(\)/);
  expect([...yml.matchAll(/node-version: (\d+)/g)].map((m) => Number(m[1])).every((v) => v >= 22)).toBe(true);
  expect(yml).toContain("- '**/.reportlintrc.json'");
  expect(yml).toContain('sarif_file: reportlint.sarif');
  expect(yml).toContain('::remove-matcher owner=eslint-stylish::');
  expect(yml).not.toMatch(/\t/);
});

describe('README.md', () => {
  const readmePath = path.join(repo, 'README.md');
  test('the rule table is generated from the registry (UPDATE_README=1 rewrites it)', async () => {
    const { rules } = await import('../src/rules/index.js');
    const rows = [...rules]
      .sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))
      .map(
        (r) =>
          `| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.description.zh} | ${r.meta.description.en} | ${r.meta.defaultSeverity} | ${r.meta.recommended ? '✓' : ''} |`,
      );
    const table = ['| rule | 要求 | requirement | default | recommended |', '| --- | --- | --- | --- | --- |', ...rows].join(
      '\n',
    );
    const readme = await readFile(readmePath, 'utf8');
    const block = /(<!-- rules:start[^\n]*-->\n)([\s\S]*?)(<!-- rules:end -->)/;
    if (process.env.UPDATE_README === '1') {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(
        readmePath,
        readme.replace(block, (_all, start: string, _old, end: string) => `${start}${table}\n${end}`),
      );
    }
    const stale = block.exec(await readFile(readmePath, 'utf8'))?.[2] !== `${table}\n`;
    expect({ stale, fix: 'UPDATE_README=1 npm test -- test/examples.test.ts' }).toEqual({
      stale: false,
      fix: expect.any(String),
    });
  });
  test('every command-line flag is documented', async () => {
    const { buildParser } = await import('../src/cli/options.js');
    const options = (
      buildParser('en', '0.0.0') as unknown as {
        getOptions(): { key: Record<string, unknown>; default: Record<string, unknown> };
      }
    ).getOptions();
    const readme = await readFile(readmePath, 'utf8');
    for (const key of options.key ? Object.keys(options.key) : []) {
      if (key === '$0' || key.length === 1 || /[A-Z]/.test(key)) continue;
      const negated = options.default?.[key] === true;
      expect({ key, documented: readme.includes(negated ? `--no-${key}` : `--${key}`) }).toEqual({ key, documented: true });
    }
  });
});

test('README output blocks are real output (UPDATE_README=1 refreshes them)', async () => {
  const readmePath = path.join(repo, 'README.md');
  let readme = await readFile(readmePath, 'utf8');
  const blocks = [...readme.matchAll(/<!-- output: (.*?) -->\n```text\n([\s\S]*?)```/g)];
  expect(blocks.length).toBeGreaterThanOrEqual(5);
  for (const [whole, args, shown] of blocks) {
    const run = await runCli(args!.split(' '), { cwd: repo });
    if (process.env.UPDATE_README === '1')
      readme = readme.replace(whole, () => `<!-- output: ${args} -->\n\`\`\`text\n${run.stdout}\`\`\``);
    else
      expect({ args, shown, fix: 'UPDATE_README=1 npm test -- test/examples.test.ts' }).toEqual({
        args,
        shown: run.stdout,
        fix: expect.any(String),
      });
  }
  if (process.env.UPDATE_README === '1') {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(readmePath, readme);
  }
});

test('README stderr blocks are real messages (commands separated by " | "; UPDATE_README=1 refreshes them)', async () => {
  const readmePath = path.join(repo, 'README.md');
  let readme = await readFile(readmePath, 'utf8');
  const blocks = [...readme.matchAll(/<!-- stderr: (.*?) -->\n```text\n([\s\S]*?)```/g)];
  expect(blocks.length).toBeGreaterThanOrEqual(1);
  for (const [whole, commands, shown] of blocks) {
    let stderr = '';
    for (const command of commands!.split(' | ')) {
      const run = await runCli(command.split(' '), { cwd: repo });
      expect({ command, code: run.code }).toEqual({ command, code: 2 });
      stderr += run.stderr;
    }
    if (process.env.UPDATE_README === '1')
      readme = readme.replace(whole, () => `<!-- stderr: ${commands} -->\n\`\`\`text\n${stderr}\`\`\``);
    else
      expect({ commands, shown, fix: 'UPDATE_README=1 npm test -- test/examples.test.ts' }).toEqual({
        commands,
        shown: stderr,
        fix: expect.any(String),
      });
  }
  if (process.env.UPDATE_README === '1') {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(readmePath, readme);
  }
});
