/**
 * `reportlint extract --format text` (issue 13): it prints the text that findings' lines and columns refer to,
 * so a finding in a PDF or a .docx can be looked up in what reportlint actually read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parseReport } from '../src/parser/index.js';
import { buildDocx } from './helpers/html-docx-render.js';
import { ORGAN } from './helpers/html-docx-report.js';
import { runCli, temporaryTrees } from './cli-helpers.js';
import { BAD_PERIOD, CLEAN } from './fixture-defects.js';

const repo = new URL('..', import.meta.url).pathname;
const pdfDir = path.join(repo, 'test/fixtures/pdf');
const tree = temporaryTrees();

/** The text at a 1-based line and column (UTF-16 units, as findings count). */
const at = (text: string, line: number, column: number): string => (text.split('\n')[line - 1] ?? '').slice(column - 1);

describe('extract --format text', () => {
  test("a Markdown report prints as read; a finding's line:column points into it", async () => {
    const cwd = await tree({ 'b.md': BAD_PERIOD });
    const run = await runCli(['extract', '--format', 'text', 'b.md'], { cwd });
    expect(run).toEqual({ code: 0, stdout: BAD_PERIOD.endsWith('\n') ? BAD_PERIOD : `${BAD_PERIOD}\n`, stderr: '' });
    const finding = /^b\.md:(\d+):(\d+): error /.exec((await runCli(['b.md', '-f', 'compact'], { cwd })).stdout);
    expect(finding?.slice(1)).toEqual(['3', '67']);
    expect(at(run.stdout, 3, 67).startsWith('2023年3月1日')).toBe(true);
  });

  test('several files get a "==> path <==" header each, separated by a blank line; -f json is unchanged', async () => {
    const cwd = await tree({ 'a.md': 'one\n', 'b.txt': 'two' });
    expect(await runCli(['extract', '-f', 'text', 'a.md', 'b.txt'], { cwd })).toEqual({
      code: 0,
      stdout: '==> a.md <==\none\n\n==> b.txt <==\ntwo\n',
      stderr: '',
    });
    const json = await runCli(['extract', 'a.md', 'b.txt', '-f', 'json'], { cwd });
    expect((JSON.parse(json.stdout) as Array<{ filePath: string }>).map((r) => r.filePath)).toEqual(['a.md', 'b.txt']);
  });

  test('stdin is named by --stdin-filename (or <stdin>)', async () => {
    const cwd = await tree({ 'a.md': 'one\n' });
    expect(
      (await runCli(['extract', '-f', 'text', 'a.md', '-', '--stdin-filename', 'in.txt'], { cwd, stdin: 'two\n' })).stdout,
    ).toBe('==> a.md <==\none\n\n==> in.txt <==\ntwo\n');
    expect((await runCli(['extract', '-f', 'text', '-'], { cwd, stdin: CLEAN })).stdout).toBe(
      CLEAN.endsWith('\n') ? CLEAN : `${CLEAN}\n`,
    );
  });

  test('a PDF prints its extracted text, the text its findings (line, column) refer to', async () => {
    const file = path.join(pdfDir, 'report-defects.pdf');
    const run = await runCli(['extract', '--format', 'text', file], { cwd: repo });
    expect(run.code).toBe(0);
    const parsed = await parseReport(new Uint8Array(await readFile(file)), { filePath: file });
    expect(run.stdout).toBe(parsed.text.endsWith('\n') ? parsed.text : `${parsed.text}\n`);
    const lint = await runCli(['-f', 'compact', file], { cwd: repo });
    const findings = [...lint.stdout.matchAll(/^.*?:(\d+):(\d+): error (.*) \[([\w-]+)\]$/gm)].map((m) => ({
      line: Number(m[1]),
      column: Number(m[2]),
      rule: m[4],
    }));
    const period = findings.find((f) => f.rule === 'statistical-period');
    const total = findings.find((f) => f.rule === 'application-totals');
    expect(period && at(run.stdout, period.line, period.column)).toMatch(/^2024年1月1日至2024年6月30日/);
    expect(total && at(run.stdout, total.line, total.column)).toMatch(/^1543\t/);
  });

  test('a .docx prints the HTML that positions refer to', async () => {
    const cwd = await tree({ 'r.docx': await buildDocx() });
    const run = await runCli(['extract', '-f', 'text', 'r.docx'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<(h1|p|table)/);
    expect(run.stdout).toContain(ORGAN);
    const parsed = await parseReport(new Uint8Array(await readFile(path.join(cwd, 'r.docx'))), { filePath: 'r.docx' });
    expect(run.stdout).toBe(parsed.text.endsWith('\n') ? parsed.text : `${parsed.text}\n`);
  });

  test('a file that cannot be read is one line on stderr and exit 2; the others are still printed', async () => {
    const cwd = await tree({ 'a.md': 'one\n', 'bin.md': new Uint8Array([0, 1, 2, 3]) });
    const scanned = path.join(pdfDir, 'scanned.pdf');
    const run = await runCli(['extract', '-f', 'text', 'nope.md', 'bin.md', scanned, 'a.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('==> a.md <==\none\n');
    const lines = run.stderr.split('\n');
    expect(lines.slice(0, 2)).toEqual(['reportlint: nope.md: 找不到文件', 'reportlint: bin.md: 二进制内容，不是文本报告']);
    expect(lines[2]).toMatch(new RegExp(`^reportlint: ${scanned}: PDF 没有文字层`));
    expect(lines).toHaveLength(4);
    const en = await runCli(['extract', '-f', 'text', 'nope.md', 'bin.md', '--lang', 'en'], { cwd });
    expect(en).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reportlint: nope.md: file not found\nreportlint: bin.md: binary content, not a text report\n',
    });
  });
});

describe('extract --format json with a file that cannot be read', () => {
  test('every readable file is printed; the unreadable one is an entry with its error, named on stderr, exit 2', async () => {
    const cwd = await tree({ 'a.md': CLEAN, 'bin.md': new Uint8Array([0, 1, 2, 3]) });
    const run = await runCli(['extract', 'nope.md', 'a.md', 'bin.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('reportlint: nope.md: 找不到文件\nreportlint: bin.md: 二进制内容，不是文本报告\n');
    const entries = JSON.parse(run.stdout) as Array<{ filePath: string; report: { year: number } | null; error?: string }>;
    expect(entries.map((e) => [e.filePath, e.report?.year ?? null, e.error])).toEqual([
      ['nope.md', null, '找不到文件'],
      ['a.md', 2023, undefined],
      ['bin.md', null, '二进制内容，不是文本报告'],
    ]);
    const en = JSON.parse((await runCli(['extract', 'nope.md', 'a.md', '--lang', 'en'], { cwd })).stdout) as unknown[];
    expect(en[0]).toEqual({ filePath: 'nope.md', report: null, error: 'file not found' });
  });

  test('an empty file is unreadable as lint says (emptyDocument, exit 2), named or met in a folder, never a report of nulls', async () => {
    const cwd = await tree({ 'd/a.md': CLEAN, 'd/空白文件.txt': '', 'blank.md': ' \n\n' });
    const alone = await runCli(['extract', 'blank.md'], { cwd });
    expect(alone).toEqual({ code: 2, stdout: '', stderr: 'reportlint: blank.md: 文档为空，没有可检查的内容\n' });
    expect((await runCli(['blank.md', '-f', 'compact'], { cwd })).code).toBe(2);
    const walked = await runCli(['extract', 'd'], { cwd });
    expect(walked.code).toBe(2);
    expect(walked.stderr).toBe('reportlint: d/空白文件.txt: 文档为空，没有可检查的内容\n');
    const entries = JSON.parse(walked.stdout) as Array<{ filePath: string; report: { year: number } | null; error?: string }>;
    expect(entries.map((e) => [e.filePath, e.report?.year ?? null, e.error])).toEqual([
      ['d/a.md', 2023, undefined],
      ['d/空白文件.txt', null, '文档为空，没有可检查的内容'],
    ]);
    const text = await runCli(['extract', '-f', 'text', 'blank.md'], { cwd });
    expect([text.code, text.stdout]).toEqual([2, '']);
  });

  test('a damaged PDF among others: the others are still printed', async () => {
    const cwd = await tree({ 'a.md': CLEAN, 'trunc.pdf': '%PDF-1.7\n1 0 obj\n<<' });
    const run = await runCli(['extract', 'trunc.pdf', 'a.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('reportlint: trunc.pdf: PDF 文件已损坏或不完整（可能下载未完成）\n');
    const entries = JSON.parse(run.stdout) as Array<{ filePath: string; report: unknown }>;
    expect(entries.map((e) => [e.filePath, e.report === null])).toEqual([
      ['trunc.pdf', true],
      ['a.md', false],
    ]);
  });
});

describe('extract expands its arguments as lint does', () => {
  const ORGAN_A = '南岭市教育局';
  const ORGAN_B = '南岭市公安局';
  const reportOf = (organ: string): string => CLEAN.replace(/^# .*$/m, (title) => title.replace(/^# [^0-9]*/, `# ${organ}`));
  const organs = (stdout: string): Array<[string, unknown]> =>
    (JSON.parse(stdout) as Array<{ filePath: string; report: { organ: unknown } }>).map((r) => [r.filePath, r.report.organ]);

  test('the same file named twice (or by two names) is read once', async () => {
    const cwd = await tree({ 'a.md': reportOf(ORGAN_A) });
    const run = await runCli(['extract', 'a.md', 'a.md', './a.md'], { cwd });
    expect(run.code).toBe(0);
    expect(organs(run.stdout)).toEqual([['a.md', ORGAN_A]]);
  });

  test('a folder is walked for reports (path order, an array even for one); a glob is expanded; notes are left out', async () => {
    const cwd = await tree({
      'd/b.md': reportOf(ORGAN_B),
      'd/sub/a.md': reportOf(ORGAN_A),
      'd/notes.md': '# 会议纪要\n\n会议讨论了办公用房维修事项，明确了责任分工和完成时限。\n',
      'd/skip.md': reportOf(ORGAN_A),
      '.reportlintignore': 'd/skip.md\n',
      'one/x.md': reportOf(ORGAN_A),
    });
    const run = await runCli(['extract', 'd'], { cwd });
    expect(run.code).toBe(0);
    expect(organs(run.stdout)).toEqual([
      ['d/b.md', ORGAN_B],
      ['d/sub/a.md', ORGAN_A],
    ]);
    expect(run.stderr).toBe('reportlint: 已跳过 1 个不是年度报告的文件：d/notes.md\n');
    expect(organs((await runCli(['extract', 'one'], { cwd })).stdout)).toEqual([['one/x.md', ORGAN_A]]);
    const glob = await runCli(['extract', 'd/**/*.md', 'd/b.md', '-f', 'text'], { cwd });
    expect(glob.stdout.split('\n').filter((l) => l.startsWith('==>'))).toEqual(['==> d/b.md <==', '==> d/sub/a.md <==']);
    const none = await runCli(['extract', 'nothing/*.md', 'd/b.md'], { cwd });
    expect([none.code, none.stderr, organs(none.stdout)]).toEqual([
      2,
      'reportlint: 没有与 "nothing/*.md" 匹配的文件\n',
      [['d/b.md', ORGAN_B]],
    ]);
  });
});
