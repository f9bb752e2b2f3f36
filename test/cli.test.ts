import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { colorLevel } from '../src/cli/color.js';
import { readConfigFile } from '../src/config/loader.js';
import { hasAnsi, runCli, temporaryTrees } from './cli-helpers.js';
import { BAD_PERIOD, CLEAN, NO_FEE } from './fixture-defects.js';

const temporaryTree = temporaryTrees();
const tree = (files: Record<string, string | Uint8Array> = {}): Promise<string> => temporaryTree(files);
const repoRoot = new URL('..', import.meta.url).pathname;
const WARN_PERIOD = '{ "extends": "reportlint:recommended", "rules": { "statistical-period": "warn" } }';

describe('exit codes', () => {
  test('0 for clean reports, with no output', async () => {
    const cwd = await tree({ 'ok.md': CLEAN });
    expect(await runCli(['ok.md'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
  test('no patterns lints the working folder', async () => {
    const cwd = await tree({ 'a/bad.md': BAD_PERIOD });
    const run = await runCli([], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('a/bad.md');
  });
  test('1 for errors, with stylish output on stdout', async () => {
    const cwd = await tree({ 'bad.md': BAD_PERIOD, 'ok.md': CLEAN });
    const run = await runCli(['.'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      '',
      'bad.md',
      '  3:67  error    统计期限从 2023年3月1日 开始，应从 2023年1月1日开始  statistical-period',
    ]);
    expect(run.stdout).toContain('✖ 1 个问题（1 个错误，0 个警告）');
    expect(run.stderr).toBe('');
  });
  test('2 when any file is fatal, even alongside errors', async () => {
    const cwd = await tree({ 'bin.md': new Uint8Array([0, 1, 2, 3]), 'bad.md': BAD_PERIOD });
    const run = await runCli(['bin.md', 'bad.md', '-f', 'compact'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('bin.md:1:1: error 二进制内容，不是文本报告 [reportlint]');
    expect((await runCli(['bin.md', '-f', 'compact', '--lang', 'en'], { cwd })).stdout).toBe(
      'bin.md:1:1: error binary content, not a text report [reportlint]\n',
    );
  });
  test('2 for a pattern matching nothing, 0 with --no-error-on-unmatched-pattern', async () => {
    const cwd = await tree({ 'ok.md': CLEAN });
    expect(await runCli(['nope.md'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reportlint: 没有与 "nope.md" 匹配的文件\n',
    });
    expect((await runCli(['nope.md', '--lang', 'en'], { cwd })).stderr).toBe(
      'reportlint: no files match the pattern "nope.md"\n',
    );
    expect((await runCli(['nope.md', 'ok.md', '--no-error-on-unmatched-pattern'], { cwd })).code).toBe(0);
  });
  test('2 for an unknown flag, a missing value or a repeated single-value flag: one line and a pointer to --help', async () => {
    const cwd = await tree({ 'ok.md': CLEAN });
    expect(await runCli(['--bogus', 'ok.md'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reportlint: 无法识别的选项：bogus\n运行 reportlint --help 查看用法。\n',
    });
    expect((await runCli(['--lang', 'en', '--bogus', 'ok.md'], { cwd })).stderr).toBe(
      'reportlint: Unknown argument: bogus\nRun reportlint --help for usage.\n',
    );
    expect((await runCli(['ok.md', '--format'], { cwd })).stderr).toMatch(/^reportlint: .*format.*\n/);
    expect((await runCli(['ok.md', '-f', 'json', '-f', 'compact'], { cwd })).stderr).toBe(
      'reportlint: --format 只能指定一次\n运行 reportlint --help 查看用法。\n',
    );
    expect((await runCli(['ok.md', '-f', 'json', '-f', 'compact', '--lang', 'en'], { cwd })).stderr).toBe(
      'reportlint: --format can be given only once\nRun reportlint --help for usage.\n',
    );
    expect((await runCli(['ok.md', '--max-warnings', 'x'], { cwd })).stderr).toBe(
      'reportlint: --max-warnings: 应为不小于 -1 的整数\n运行 reportlint --help 查看用法。\n',
    );
    expect((await runCli(['ok.md', '--max-warnings', 'x'], { cwd, env: { REPORTLINT_LANG: 'en' } })).stderr).toMatch(
      /^reportlint: --max-warnings: expected an integer ≥ -1\n/,
    );
    expect(await runCli(['ok.md', '--lang', 'fr'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reportlint: --lang: 应为 zh 或 en\n',
    });
  });
});

describe('help and version', () => {
  test('--help lists every flag and examples, in Chinese by default and English with --lang en', async () => {
    const cwd = await tree();
    const zh = await runCli(['--help'], { cwd });
    expect(zh.code).toBe(0);
    for (const flag of [
      '--config',
      '--rule',
      '--format',
      '--output-file',
      '--quiet',
      '--max-warnings',
      '--color',
      '--lang',
      '--print-config',
      '--init',
      '--ignore-path',
      '--ignore-pattern',
      '--no-ignore',
      '--stdin-filename',
      '--error-on-unmatched-pattern',
      '--inline-config',
      '--report-unused-disable-directives',
      '--version',
      '--help',
    ]) {
      expect(zh.stdout).toContain(flag);
    }
    expect(zh.stdout).toContain('示例：');
    expect(zh.stdout).toContain('reportlint extract <files..>');
    const en = await runCli(['-h', '--lang', 'en'], { cwd });
    expect(en.stdout).toContain('Examples:');
    expect(en.stdout).toContain('lint every report in a folder');
  });
  test('--version and -v print the package version', async () => {
    const cwd = await tree();
    const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await runCli(['--version'], { cwd })).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect((await runCli(['-v'], { cwd })).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('configuration flags', () => {
  test('-c/--config uses one file for every report; a broken one is one line and exit 2, no stack', async () => {
    const cwd = await tree({
      'bad.md': BAD_PERIOD,
      'warn.json': WARN_PERIOD,
      'broken.json': '{ "rules": { "statistical-periode": "warn" } }',
    });
    const run = await runCli(['-c', 'warn.json', 'bad.md', '-f', 'compact'], { cwd });
    expect(run).toEqual({
      code: 0,
      stdout: 'bad.md:3:67: warning 统计期限从 2023年3月1日 开始，应从 2023年1月1日开始 [statistical-period]\n',
      stderr: '',
    });
    const broken = await runCli(['--config', 'broken.json', 'bad.md'], { cwd });
    expect(broken).toEqual({
      code: 2,
      stdout: '',
      stderr: `reportlint: ${path.join(cwd, 'broken.json')}: rules.statistical-periode: 未知规则 "statistical-periode"，是否应为 "statistical-period"？\n`,
    });
    expect((await runCli(['--config', 'broken.json', 'bad.md', '--lang', 'en'], { cwd })).stderr).toBe(
      `reportlint: ${path.join(cwd, 'broken.json')}: rules.statistical-periode: unknown rule "statistical-periode"; did you mean "statistical-period"?\n`,
    );
    expect((await runCli(['--config', 'missing.json', 'bad.md'], { cwd })).stderr).toBe(
      `reportlint: ${path.join(cwd, 'missing.json')}: 找不到文件\n`,
    );
    expect((await runCli(['--config', 'missing.json', 'bad.md'], { cwd, env: { REPORTLINT_LANG: 'en' } })).stderr).toBe(
      `reportlint: ${path.join(cwd, 'missing.json')}: file not found\n`,
    );
  });
  test('an invalid .reportlintrc.json found by lookup names the file and the key', async () => {
    const cwd = await tree({ 'r/.reportlintrc.json': '{ "rules": { "fee-statement": "fatal" } }', 'r/a.md': CLEAN });
    const run = await runCli(['r'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `reportlint: ${path.join(cwd, 'r/.reportlintrc.json')}: rules.fee-statement: 应为 "off"、"warn"、"error"、0、1、2 或 [级别, 选项]，实际为 "fatal"\n`,
    );
    expect((await runCli(['r', '--lang', 'en'], { cwd })).stderr).toBe(
      `reportlint: ${path.join(cwd, 'r/.reportlintrc.json')}: rules.fee-statement: expected "off", "warn", "error", 0, 1, 2 or [severity, options], got "fatal"\n`,
    );
  });
  test('--no-config-lookup ignores config files', async () => {
    const cwd = await tree({ '.reportlintrc.json': '{ "rules": {} }', 'bad.md': BAD_PERIOD });
    expect((await runCli(['bad.md'], { cwd })).code).toBe(0);
    expect((await runCli(['bad.md', '--no-config-lookup'], { cwd })).code).toBe(1);
  });
  test("--rule 'id: severity' is repeatable; bad values exit 2", async () => {
    const cwd = await tree({ 'bad.md': BAD_PERIOD, 'fee.md': NO_FEE });
    expect((await runCli(['.', '--rule', 'statistical-period: off', '--rule', 'fee-statement: off'], { cwd })).code).toBe(0);
    expect((await runCli(['.', '--rule', 'statistical-period: off'], { cwd })).code).toBe(1);
    expect((await runCli(['.', '--rule', 'fee-statemnt: off'], { cwd })).stderr).toBe(
      'reportlint: --rule: fee-statemnt: 未知规则 "fee-statemnt"，是否应为 "fee-statement"？\n',
    );
    expect((await runCli(['.', '--rule', 'fee-statemnt: off', '--lang=en'], { cwd })).stderr).toBe(
      'reportlint: --rule: fee-statemnt: unknown rule "fee-statemnt"; did you mean "fee-statement"?\n',
    );
    expect((await runCli(['.', '--rule', 'fee-statement'], { cwd })).code).toBe(2);
  });
  test('--print-config shows the sources and every rule', async () => {
    const cwd = await tree({ '.reportlintrc.json': WARN_PERIOD });
    const run = await runCli(['--print-config', 'x.md', '--rule', 'fee-statement: off'], { cwd });
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout) as { file: string; sources: string[]; rules: Record<string, unknown>; lang: string };
    expect(printed.file).toBe(path.join(cwd, '.reportlintrc.json'));
    expect(printed.sources).toEqual([path.join(cwd, '.reportlintrc.json'), 'reportlint:recommended', '--rule']);
    expect(printed.rules['statistical-period']).toBe('warn');
    expect(printed.rules['fee-statement']).toBe('off');
    expect(printed.lang).toBe('zh');
  });
  test('--init writes a commented config with $schema that loads; never overwrites', async () => {
    const cwd = await tree({ 'bad.md': BAD_PERIOD });
    expect(await runCli(['--init'], { cwd })).toEqual({ code: 0, stdout: '', stderr: '已写入 .reportlintrc.json。\n' });
    const text = await readFile(path.join(cwd, '.reportlintrc.json'), 'utf8');
    expect(text).toContain('// ');
    const data = await readConfigFile(path.join(cwd, '.reportlintrc.json'));
    expect(data).toMatchObject({
      $schema: './node_modules/reportlint/schema/reportlintrc.schema.json',
      extends: 'reportlint:recommended',
    });
    expect((await runCli(['bad.md'], { cwd })).code).toBe(1);
    expect(await runCli(['--init', '--lang', 'en'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reportlint: .reportlintrc.json already exists; not overwritten.\n',
    });
  });
});

describe('output flags', () => {
  test('every built-in format by name; an unknown name lists them', async () => {
    const cwd = await tree({ 'bad.md': BAD_PERIOD });
    expect((await runCli(['bad.md', '-f', 'json'], { cwd })).stdout).toMatch(/^\[\{"filePath":/);
    expect((await runCli(['bad.md', '-f', 'sarif'], { cwd })).stdout).toContain('"version": "2.1.0"');
    expect((await runCli(['bad.md', '-f', 'github'], { cwd })).stdout).toMatch(/^::error file=bad\.md,line=3,/);
    expect((await runCli(['bad.md', '-f', 'eslint-compact'], { cwd })).stdout).toContain(
      `${path.join(cwd, 'bad.md')}: line 3, col 67, Error - `,
    );
    expect((await runCli(['bad.md', '-f', 'junit'], { cwd })).stdout).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<testsuites>\n<testsuite package="reportlint" time="0" tests="1" failures="1" errors="0" name="bad.md">\n/,
    );
    expect(await runCli(['bad.md', '-f', 'checkstyle'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'reportlint: 未知的输出格式 "checkstyle"；可用：stylish、compact、json、sarif、github、gitlab、eslint-compact、junit、csv、summary-html\n',
    });
  });
  test('-f github inside GitHub Actions also appends every finding to the job summary', async () => {
    const cwd = await tree({ 'bad.md': BAD_PERIOD, 'summary.md': '# earlier step\n' });
    const run = await runCli(['bad.md', '-f', 'github'], { cwd, env: { GITHUB_STEP_SUMMARY: path.join(cwd, 'summary.md') } });
    expect(run.code).toBe(1);
    expect(await readFile(path.join(cwd, 'summary.md'), 'utf8')).toBe(
      '# earlier step\n### reportlint：1 个文件，1 个错误，0 个警告\n\n| 文件 | 行:列 | 级别 | 规则 | 问题 |\n| --- | --- | --- | --- | --- |\n' +
        '| bad.md | 3:67 | error | statistical-period | 统计期限从 2023年3月1日 开始，应从 2023年1月1日开始 |\n\n',
    );
  });
  test('-f accepts a formatter module path; a throwing formatter is exit 2 with one line (stack only with --debug)', async () => {
    const cwd = await tree({
      'bad.md': BAD_PERIOD,
      'count.mjs': 'export default (results) => `files=${results.length}\\n`;',
      'boom.mjs': 'export default () => { throw new Error("boom\\nsecond line"); };',
    });
    expect(await runCli(['bad.md', '-f', './count.mjs'], { cwd })).toEqual({ code: 1, stdout: 'files=1\n', stderr: '' });
    expect(await runCli(['bad.md', '-f', './boom.mjs'], { cwd })).toEqual({ code: 2, stdout: '', stderr: 'reportlint: boom\n' });
    const debug = await runCli(['bad.md', '-f', './boom.mjs', '--debug'], { cwd });
    expect(debug.stderr).toMatch(/^reportlint: boom\nError: boom\nsecond line\n\s+at /);
  });
  test('-o writes the report to a file (never coloured); the exit code is unchanged', async () => {
    const cwd = await tree({ 'bad.md': BAD_PERIOD });
    const run = await runCli(['bad.md', '-o', 'out/report.txt', '--color'], { cwd, tty: true });
    expect(run).toEqual({ code: 1, stdout: '', stderr: '' });
    const written = await readFile(path.join(cwd, 'out/report.txt'), 'utf8');
    expect(written).toContain('statistical-period');
    expect(hasAnsi(written)).toBe(false);
  });
  test('--quiet reports errors only', async () => {
    const cwd = await tree({ '.reportlintrc.json': WARN_PERIOD, 'bad.md': BAD_PERIOD, 'fee.md': NO_FEE });
    const loud = await runCli(['.', '-f', 'compact'], { cwd });
    expect(
      loud.stdout
        .trim()
        .split('\n')
        .map((l) => l.split(' ')[1]),
    ).toEqual(['warning', 'error']);
    const quiet = await runCli(['.', '-f', 'compact', '--quiet'], { cwd });
    expect(quiet.stdout.trim().split('\n')).toHaveLength(1);
    expect(quiet.stdout).toContain('fee-statement');
    expect(quiet.code).toBe(1);
  });
  test('--max-warnings N: exit 1 only beyond N, with a line on stderr', async () => {
    const cwd = await tree({ '.reportlintrc.json': WARN_PERIOD, 'bad.md': BAD_PERIOD });
    expect((await runCli(['bad.md'], { cwd })).code).toBe(0);
    expect((await runCli(['bad.md', '--max-warnings', '1'], { cwd })).code).toBe(0);
    const over = await runCli(['bad.md', '--max-warnings', '0', '-f', 'compact'], { cwd });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('reportlint 发现 1 个警告，超过 --max-warnings 0。\n');
    expect((await runCli(['bad.md', '--max-warnings', '0', '--quiet'], { cwd })).code).toBe(1);
  });
  test('--lang en and REPORTLINT_LANG pick the message language', async () => {
    const cwd = await tree({ 'bad.md': BAD_PERIOD });
    const expected =
      'bad.md:3:67: error The period starts on 1 March 2023; it should start on 1 January 2023 [statistical-period]\n';
    expect((await runCli(['bad.md', '-f', 'compact', '--lang', 'en'], { cwd })).stdout).toBe(expected);
    expect((await runCli(['bad.md', '-f', 'compact'], { cwd, env: { REPORTLINT_LANG: 'en' } })).stdout).toBe(expected);
    expect((await runCli(['bad.md', '--lang=en'], { cwd })).stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });
});

describe("operational messages: Chinese by default, English with --lang en, REPORTLINT_LANG or the config's lang", () => {
  test("the working folder's config lang applies to errors and notices; the flag wins over it", async () => {
    const cwd = await tree({
      '.reportlintrc.json': '{ "extends": "reportlint:recommended", "lang": "en" }',
      'd/bin.txt': new Uint8Array([0, 159, 146, 150]),
      'd/ok.md': CLEAN,
    });
    expect(await runCli(['nope.md'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reportlint: no files match the pattern "nope.md"\n',
    });
    expect((await runCli(['nope.md', '--lang', 'zh'], { cwd })).stderr).toBe('reportlint: 没有与 "nope.md" 匹配的文件\n');
    expect(await runCli(['d'], { cwd })).toEqual({
      code: 0,
      stdout: '',
      stderr: 'reportlint: d/bin.txt: skipped, binary content (not a text report)\n',
    });
    expect((await runCli(['d', '-f', 'json', '-f', 'json'], { cwd })).stderr).toBe(
      'reportlint: --format 只能指定一次\n运行 reportlint --help 查看用法。\n',
    );
  });
  test('when the config itself fails, its lang is unknown: zh unless --lang or REPORTLINT_LANG', async () => {
    const cwd = await tree({ '.reportlintrc.json': '{ "lang": "en", "rules": { "fee-statment": "error" } }', 'a.md': CLEAN });
    const file = path.join(cwd, '.reportlintrc.json');
    expect(await runCli(['a.md'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: `reportlint: ${file}: rules.fee-statment: 未知规则 "fee-statment"，是否应为 "fee-statement"？\n`,
    });
    expect((await runCli(['a.md'], { cwd, env: { REPORTLINT_LANG: 'en' } })).stderr).toBe(
      `reportlint: ${file}: rules.fee-statment: unknown rule "fee-statment"; did you mean "fee-statement"?\n`,
    );
    expect((await runCli(['a.md', '--lang', 'zh'], { cwd, env: { REPORTLINT_LANG: 'en' } })).stderr).toMatch(/未知规则/);
  });
  test('invalid JSON, a bad flag value and an unknown format, in both languages; exit codes unchanged', async () => {
    const cwd = await tree({ 'bad.json': '{ "rules": ', 'a.md': CLEAN });
    const file = path.join(cwd, 'bad.json');
    expect(await runCli(['-c', 'bad.json', 'a.md'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: `reportlint: ${file}: JSON 格式错误（第 1 行第 12 列）：ValueExpected\n`,
    });
    expect((await runCli(['-c', 'bad.json', 'a.md', '--lang', 'en'], { cwd })).stderr).toBe(
      `reportlint: ${file}: invalid JSON at line 1, column 12: ValueExpected\n`,
    );
    expect(await runCli(['a.md', '--cache-strategy', 'mtime'], { cwd })).toMatchObject({ code: 2, stdout: '' });
    expect((await runCli(['a.md', '--cache-strategy', 'mtime'], { cwd })).stderr).toMatch(/^reportlint: 无效的选项值：/);
    expect(await runCli(['a.md', '--concurrency', 'x'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reportlint: --concurrency: 应为 1 到 256 的整数、auto 或 off，实际为 "x"\n',
    });
    // rtQ F12: a positive integer above the maximum is refused with the maximum said.
    expect((await runCli(['a.md', '--concurrency', '99999'], { cwd })).stderr).toBe(
      'reportlint: --concurrency: 应为 1 到 256 的整数、auto 或 off，实际为 "99999"\n',
    );
    expect((await runCli(['a.md', '--concurrency', '0', '--lang', 'en'], { cwd })).stderr).toBe(
      'reportlint: --concurrency: expected an integer from 1 to 256, auto or off, got "0"\n',
    );
    expect((await runCli(['a.md', '-f', 'xml', '--lang', 'en'], { cwd })).stderr).toBe(
      'reportlint: unknown format "xml"; available: stylish, compact, json, sarif, github, gitlab, eslint-compact, junit, csv, summary-html\n',
    );
  });
});

describe('colour', () => {
  const tty = { isTTY: true, hasColors: (n = 16) => n <= 256 };
  test.each([
    ['--no-color wins over FORCE_COLOR', false, { FORCE_COLOR: '1' }, tty, 0],
    ['--color on a pipe', true, {}, {}, 1],
    ['FORCE_COLOR=0', undefined, { FORCE_COLOR: '0' }, tty, 0],
    ['FORCE_COLOR=false', undefined, { FORCE_COLOR: 'false' }, tty, 0],
    ['FORCE_COLOR empty on a pipe overrides NO_COLOR', undefined, { FORCE_COLOR: '', NO_COLOR: '1' }, {}, 1],
    ['FORCE_COLOR=3', undefined, { FORCE_COLOR: '3' }, {}, 3],
    ['NO_COLOR on a TTY', undefined, { NO_COLOR: '1' }, tty, 0],
    ['NODE_DISABLE_COLORS', undefined, { NODE_DISABLE_COLORS: '1' }, tty, 0],
    ['TERM=dumb', undefined, { TERM: 'dumb' }, tty, 0],
    ['empty NO_COLOR does not count', undefined, { NO_COLOR: '' }, tty, 2],
    ['a TTY with 256 colours', undefined, {}, tty, 2],
    ['not a TTY', undefined, {}, { isTTY: false, hasColors: () => true }, 0],
  ] as const)('%s', (_name, flag, env, stream, level) => {
    expect(colorLevel(flag, env, stream)).toBe(level);
  });
  test('stylish is coloured on a TTY; machine formats and NO_COLOR never are', async () => {
    const cwd = await tree({ 'bad.md': BAD_PERIOD });
    expect(hasAnsi((await runCli(['bad.md'], { cwd, tty: true })).stdout)).toBe(true);
    expect(hasAnsi((await runCli(['bad.md'], { cwd })).stdout)).toBe(false);
    expect(hasAnsi((await runCli(['bad.md'], { cwd, tty: true, env: { NO_COLOR: '1' } })).stdout)).toBe(false);
    expect(hasAnsi((await runCli(['bad.md', '--no-color'], { cwd, tty: true })).stdout)).toBe(false);
    expect(hasAnsi((await runCli(['bad.md', '--color'], { cwd })).stdout)).toBe(true);
    expect(hasAnsi((await runCli(['bad.md', '-f', 'compact', '--color'], { cwd, tty: true })).stdout)).toBe(false);
  });
});

describe('file selection flags', () => {
  test('--ignore-path, --ignore-pattern and --no-ignore', async () => {
    const cwd = await tree({ 'my.ignore': 'drafts/\n', 'drafts/bad.md': BAD_PERIOD, 'ok.md': CLEAN });
    expect((await runCli(['.'], { cwd })).code).toBe(1);
    expect((await runCli(['.', '--ignore-path', 'my.ignore'], { cwd })).code).toBe(0);
    expect((await runCli(['.', '--ignore-pattern', 'drafts/**', '--ignore-pattern', 'x'], { cwd })).code).toBe(0);
    expect((await runCli(['.', '--ignore-path', 'my.ignore', '--no-ignore'], { cwd })).code).toBe(1);
    expect((await runCli(['.', '--ignore-path', 'nope'], { cwd })).stderr).toBe(
      'reportlint: nope: 无法读取忽略文件（找不到文件）\n',
    );
    expect((await runCli(['.', '--ignore-path', 'nope', '--lang', 'en'], { cwd })).stderr).toBe(
      'reportlint: nope: cannot read the ignore file (file not found)\n',
    );
  });
  test('a binary file in a folder is skipped with a notice on stderr', async () => {
    const cwd = await tree({ 'd/bin.txt': new Uint8Array([0, 159, 146, 150]), 'd/ok.md': CLEAN });
    expect(await runCli(['d'], { cwd })).toEqual({
      code: 0,
      stdout: '',
      stderr: 'reportlint: d/bin.txt: 已跳过，二进制内容（不是文本报告）\n',
    });
    expect((await runCli(['d', '--lang', 'en'], { cwd })).stderr).toBe(
      'reportlint: d/bin.txt: skipped, binary content (not a text report)\n',
    );
  });
  test('- and --stdin read stdin; --stdin-filename names it and picks the reader', async () => {
    const cwd = await tree();
    const run = await runCli(['-', '--stdin-filename', 'reports/2023.md', '-f', 'compact'], { cwd, stdin: BAD_PERIOD });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^reports\/2023\.md:3:67: error /);
    const anonymous = await runCli(['--stdin', '-f', 'compact'], { cwd, stdin: NO_FEE });
    expect(anonymous.stdout).toMatch(/^<stdin>:73:4: error .*\[fee-statement\]\n$/);
    expect((await runCli(['-'], { cwd, stdin: CLEAN })).code).toBe(0);
  });
  test('--encoding gb18030 reads GB-encoded bytes', async () => {
    const cwd = await tree();
    // "统计" in GB18030 is CD B3 BC C6; an explicit encoding must decode it.
    const gb = new Uint8Array([0xcd, 0xb3, 0xbc, 0xc6]);
    const run = await runCli(['extract', '-', '--encoding', 'gb18030', '--stdin-filename', 'x.txt'], {
      cwd,
      stdin: Buffer.from(gb),
    });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { format: string }).format).toBe('text');
  });
});

test("--previous names last year's report; reports of one organ for consecutive years in one folder are paired anyway", async () => {
  const cwd = await tree({ 'last/2022.md': CLEAN.replaceAll('2023', '2022'), '2023.md': CLEAN });
  const run = await runCli(['2023.md', '--previous', 'last/2022.md', '-f', 'compact'], { cwd });
  expect(run.code).toBe(1);
  expect(run.stdout.split('\n')[0]).toMatch(
    /^2023\.md:\d+:\d+: error 表三上年结转有 6 列与 2022 年度报告 last\/2022\.md 的结转下年度继续办理不符：「自然人」本年 1、上年 2；.* \[carry-over\]$/,
  );
  // 青石县自然资源局 names no city: without --previous it is paired only within one folder, or one per year
  // (same-organ.ts), not across last/ and the folder above it.
  expect((await runCli(['.', '-f', 'compact'], { cwd })).stdout).not.toContain('[carry-over]');
  const flat = await tree({ '2022.md': CLEAN.replaceAll('2023', '2022'), '2023.md': CLEAN });
  const named = await runCli(['2023.md', '--previous', '2022.md', '-f', 'compact'], { cwd: flat });
  expect(named.stdout).toContain('[carry-over]');
  expect((await runCli(['.', '-f', 'compact'], { cwd: flat })).stdout).toBe(named.stdout);
  expect((await runCli(['2023.md', '--previous', 'nope.md'], { cwd })).stderr).toBe(
    'reportlint: --previous: nope.md: 找不到文件\n',
  );
  expect((await runCli(['2023.md', '--previous', 'nope.md', '--lang', 'en'], { cwd })).stderr).toBe(
    'reportlint: --previous: nope.md: file not found\n',
  );
});

test("--explain prints a rule's page offline; plugin rules from their metadata; unknown ids suggest", async () => {
  const cwd = await tree({});
  const page = await runCli(['--explain', 'statistical-period'], { cwd });
  expect(page.code).toBe(0);
  expect(page.stdout).toBe(await readFile(new URL('../docs/rules/statistical-period.md', import.meta.url), 'utf8'));
  const plugin = await runCli(
    ['--explain', 'local/contact-phone', '--lang', 'en', '-c', path.join(repoRoot, 'examples/plugin/.reportlintrc.json')],
    { cwd },
  );
  expect(plugin.stdout.split('\n').slice(0, 5)).toEqual([
    '# local/contact-phone',
    '',
    'Require the phone number of the disclosure office',
    '',
    'Basis: 本省政务公开工作要点：年度报告须公布政府信息公开工作机构的联系电话',
  ]);
  expect(await runCli(['--explain', 'statistical-periods'], { cwd })).toEqual({
    code: 2,
    stdout: '',
    stderr: 'reportlint: --explain: 未知规则 "statistical-periods"，是否应为 "statistical-period"？\n',
  });
  expect((await runCli(['--explain', 'statistical-periods', '--lang', 'en'], { cwd })).stderr).toBe(
    'reportlint: --explain: unknown rule "statistical-periods"; did you mean "statistical-period"?\n',
  );
});

describe('inline configuration flags', () => {
  const suppressed = BAD_PERIOD.replace('本报告根据', '<!-- reportlint-disable-next-line statistical-period -->\n本报告根据');
  test('comments are honoured; --no-inline-config ignores them', async () => {
    const cwd = await tree({ 'a.md': suppressed });
    expect((await runCli(['a.md'], { cwd })).code).toBe(0);
    expect((await runCli(['a.md', '--no-inline-config'], { cwd })).code).toBe(1);
  });
  test('--report-unused-disable-directives turns a stale comment into an error', async () => {
    const cwd = await tree({ 'a.md': `${CLEAN}\n<!-- reportlint-disable-file fee-statement -->\n` });
    expect((await runCli(['a.md'], { cwd })).code).toBe(0);
    const run = await runCli(['a.md', '--report-unused-disable-directives', '-f', 'compact'], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^a\.md:\d+:1: error 未使用的 reportlint-disable-file 指令：fee-statement 在此处没有报告问题 \[reportlint\]\n$/,
    );
  });
});

describe('extract', () => {
  test('prints the report data as JSON; several files give an array', async () => {
    const cwd = await tree({ 'a.md': CLEAN, 'b.md': BAD_PERIOD });
    const one = await runCli(['extract', 'a.md'], { cwd });
    expect(one.code).toBe(0);
    const data = JSON.parse(one.stdout) as {
      year: number;
      organ: string;
      tables: { applications: Record<string, Record<string, number>> };
    };
    expect(data.year).toBe(2023);
    expect(data.tables.applications.new).toBeDefined();
    const two = JSON.parse((await runCli(['extract', 'a.md', 'b.md', '--format', 'json'], { cwd })).stdout) as Array<{
      filePath: string;
    }>;
    expect(two.map((x) => x.filePath)).toEqual(['a.md', 'b.md']);
  });
  test('only json and text; a missing file is exit 2 with one line', async () => {
    const cwd = await tree({ 'a.md': CLEAN });
    expect(await runCli(['extract', 'a.md', '-f', 'sarif'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reportlint: extract: --format 应为 json 或 text，实际为 "sarif"\n',
    });
    expect((await runCli(['extract', 'a.md', '-f', 'sarif', '--lang', 'en'], { cwd })).stderr).toBe(
      'reportlint: extract: --format must be json or text, got "sarif"\n',
    );
    expect(await runCli(['extract', 'nope.md'], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reportlint: nope.md: 找不到文件\n',
    });
    expect((await runCli(['extract', 'nope.md', '--lang', 'en'], { cwd })).stderr).toBe('reportlint: nope.md: file not found\n');
  });
});

test('a report that cannot be read: named on the command line, exit 2; met while walking a folder, its error and exit 1', async () => {
  // An old Word file renamed .docx (OLE header) and a clean report beside it.
  const oldWord = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
  const cwd = await tree({ 'd/old.docx': oldWord, 'd/ok.md': CLEAN });
  const walked = await runCli(['d', '-f', 'compact'], { cwd });
  expect(walked.code).toBe(1);
  expect(walked.stdout).toMatch(/^d\/old\.docx:1:1: error .*\[reportlint\]$/m);
  expect(walked.stdout.split('\n').filter((l) => l.startsWith('d/ok.md'))).toEqual([]);
  const globbed = await runCli(['d/*.docx', '-f', 'compact'], { cwd });
  expect(globbed.code).toBe(1);
  const named = await runCli(['d/old.docx', 'd/ok.md', '-f', 'compact'], { cwd });
  expect(named.code).toBe(2);
  expect(named.stdout).toBe(walked.stdout);
  expect((await runCli(['-', '-f', 'compact'], { cwd, stdin: Buffer.from(oldWord) })).code).toBe(2);
});

test('exit 2 for a report named on the command line that cannot be read: one line on stderr names it (rtQ F11)', async () => {
  const oldWord = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
  const scan = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 7, 0, 0x13, 0, 0x2a, 0xff, 0xfe]);
  const cwd = await tree({ '杂项/空报告.md': '', '杂项/扫描.txt': scan, 'old.doc': oldWord, 'ok.md': CLEAN });
  const run = await runCli(['杂项/空报告.md', 'ok.md', '杂项/扫描.txt', './old.doc', '-f', 'compact'], { cwd });
  expect(run.code).toBe(2);
  expect(run.stdout.split('\n').filter(Boolean)).toEqual([
    expect.stringMatching(/^old\.doc:1:1: error 这是旧版 Word 或 WPS 文件/),
    '杂项/扫描.txt:1:1: error 二进制内容，不是文本报告 [reportlint]',
    '杂项/空报告.md:1:1: error 文档为空，没有可检查的内容 [reportlint]',
  ]);
  // Named as given (./old.doc), in the order of the results, one line each; the findings stay on stdout.
  expect(run.stderr.split('\n')).toEqual([
    expect.stringMatching(/^reportlint: \.\/old\.doc: 这是旧版 Word 或 WPS 文件（\.doc\/\.wps），无法直接读取/),
    'reportlint: 杂项/扫描.txt: 二进制内容，不是文本报告',
    'reportlint: 杂项/空报告.md: 文档为空，没有可检查的内容',
    '',
  ]);
  expect((await runCli(['杂项/空报告.md', '--lang', 'en', '-f', 'compact'], { cwd })).stderr).toBe(
    'reportlint: 杂项/空报告.md: the document is empty: there is nothing to check\n',
  );
  // Standard input: the name it was given, else <stdin>.
  expect((await runCli(['-', '-f', 'compact'], { cwd, stdin: '' })).stderr).toBe(
    'reportlint: <stdin>: 文档为空，没有可检查的内容\n',
  );
  expect((await runCli(['-', '--stdin-filename', '乙.md', '-f', 'compact'], { cwd, stdin: Buffer.from(scan) })).stderr).toBe(
    'reportlint: 乙.md: 二进制内容，不是文本报告\n',
  );
  // Met while walking a folder: the empty report is a finding of the batch (exit 1), the binary .txt is skipped
  // with its notice (as before), and no other line is added.
  expect(await runCli(['杂项', '-f', 'compact'], { cwd })).toEqual({
    code: 1,
    stdout: '杂项/空报告.md:1:1: error 文档为空，没有可检查的内容 [reportlint]\n',
    stderr: 'reportlint: 杂项/扫描.txt: 已跳过，二进制内容（不是文本报告）\n',
  });
});

test('a report over --max-file-size met while walking a folder is its finding, exit 1; named, exit 2 with its line', async () => {
  const cwd = await tree({ 'd/big.md': `${CLEAN}${'正文'.repeat(400)}\n`, 'd/ok.md': CLEAN });
  const walked = await runCli(['d', '--max-file-size', '0.005', '-f', 'compact'], { cwd });
  expect(walked.stdout).toMatch(/^d\/big\.md:1:1: error 文件过大（/);
  expect([walked.code, walked.stderr]).toEqual([1, '']);
  const named = await runCli(['d/big.md', '--max-file-size', '0.005', '-f', 'compact'], { cwd });
  expect(named.code).toBe(2);
  expect(named.stderr).toMatch(/^reportlint: d\/big\.md: 文件过大（[^\n]*\n$/);
});
