/**
 * What a new user meets first (issue #24), through the built binary as users run it: slim installs without
 * the optional canvas package, everyday inputs (.doc, a saved web page on stdin, an empty file, old-Mac line
 * endings), `--`, severities, disable-comment typos, several outputs, GitLab, a moved cache, SARIF for CI.
 * The build goes to a folder of its own, so it never races test/bin.test.ts writing dist/.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import Ajv from 'ajv';
import { removeTree, tempTree } from './cli-helpers.js';
import { BAD_PERIOD, CLEAN } from './fixture-defects.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
let built = '';
const made: string[] = [];
const tree = async (files: Record<string, string | Uint8Array>): Promise<string> => {
  const root = await tempTree(files);
  made.push(root);
  return root;
};
const env = Object.fromEntries(
  Object.entries({ ...process.env, NO_COLOR: '1' }).filter(([k]) => k !== 'FORCE_COLOR' && k !== 'REPORTLINT_LANG'),
);

function run(args: string[], cwd: string, options: { input?: string | Buffer; node?: string[] } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...(options.node ?? []), path.join(built, 'bin/reportlint.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env,
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
}

beforeAll(async () => {
  built = await tempTree({});
  const tsc = spawnSync(
    process.execPath,
    [path.join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', path.join(built, 'dist')],
    { cwd: repo, encoding: 'utf8' },
  );
  expect(tsc.stdout + tsc.stderr).toBe('');
  await cp(path.join(repo, 'bin'), path.join(built, 'bin'), { recursive: true });
  await cp(path.join(repo, 'package.json'), path.join(built, 'package.json'));
  await symlink(path.join(repo, 'docs'), path.join(built, 'docs'));
  await symlink(path.join(repo, 'node_modules'), path.join(built, 'node_modules'));
  // The bundle resolves the packages from the built tree, as npm run build does in a clone.
  const bundle = spawnSync(process.execPath, [path.join(repo, 'scripts/bundle-cli.mjs'), path.join(built, 'dist')], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(bundle.stdout + bundle.stderr).toBe('');
});
afterAll(async () => {
  await Promise.all([built, ...made].filter(Boolean).map(removeTree));
});

describe('PDF in a slim install (npm install --omit=optional)', () => {
  test('with @napi-rs/canvas unresolvable, a PDF is still read; nothing on stderr', async () => {
    const cwd = await tree({});
    await cp(path.join(repo, 'test/fixtures/pdf/report-defects.pdf'), path.join(cwd, 'r.pdf'));
    const hide = ['--require', path.join(repo, 'test/fixtures/hooks/hide-canvas.cjs')];
    const probe = spawnSync(process.execPath, [...hide, '-e', "require('@napi-rs/canvas')"], { cwd: repo, encoding: 'utf8' });
    expect(probe.status).not.toBe(0); // the hook really hides it
    const slim = run(['-f', 'compact', 'r.pdf'], cwd, { node: hide });
    expect(slim.stderr).toBe('');
    expect(slim.stdout).not.toContain('DOMMatrix');
    expect(slim.stdout).toContain('r.pdf:48:7: error 表三「（七）总计」行「自然人」列的 1543 可能有误');
    expect(slim.status).toBe(1);
    expect(slim.stdout).toBe(run(['-f', 'compact', 'r.pdf'], cwd).stdout);
  });
});

describe('everyday inputs', () => {
  const OLE2 = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0x3e, 0, 3, 0]);
  test("a .doc or .wps file is named as an old Word/WPS file to save as .docx, in the run's language", async () => {
    const cwd = await tree({ 'old.doc': OLE2, 'old.wps': OLE2, 'renamed.docx': OLE2 });
    const zh = run(['-f', 'compact', 'old.doc', 'old.wps', 'renamed.docx'], cwd);
    expect(zh.status).toBe(2);
    for (const file of ['old.doc', 'old.wps', 'renamed.docx']) {
      expect(zh.stdout).toContain(
        `${file}:1:1: error 这是旧版 Word 或 WPS 文件（.doc/.wps），无法直接读取；请在 Word 或 WPS 中“另存为” .docx 后再检查 [reportlint]`,
      );
    }
    expect(run(['-f', 'compact', '--lang', 'en', 'old.doc'], cwd).stdout).toBe(
      'old.doc:1:1: error this is an old Word or WPS file (.doc/.wps), which cannot be read; save it as .docx in Word or WPS and check the .docx [reportlint]\n',
    );
  });
  test('a saved web page piped to stdin is read as HTML past its BOM and "saved from" comment', async () => {
    const page = await readFile(path.join(repo, 'examples/defective/web-page.html'), 'utf8');
    const cwd = await tree({ 'page.html': page });
    const saved = `\ufeff<!-- saved from url=(0047)https://www.example.gov.cn/xxgk/ndbg/2024.html -->\n${page}`;
    const piped = JSON.parse(run(['-f', 'json', '-'], cwd, { input: saved }).stdout) as Array<{
      format: string;
      messages: Array<{ ruleId: string }>;
    }>;
    const direct = JSON.parse(run(['-f', 'json', 'page.html'], cwd).stdout) as typeof piped;
    expect(piped[0]!.format).toBe('html');
    expect(piped[0]!.messages.map((m) => m.ruleId)).toEqual(direct[0]!.messages.map((m) => m.ruleId));
  });
  test('an empty or blank file is one "empty document" finding, not one per rule; exit 2', async () => {
    const cwd = await tree({ 'empty.md': '', 'blank.txt': ' \n\u3000\r\n' });
    const out = run(['-f', 'json', 'empty.md', 'blank.txt'], cwd);
    expect(out.status).toBe(2);
    const results = JSON.parse(out.stdout) as Array<{
      messages: Array<{ ruleId: string | null; fatal?: boolean; message: string; messageId: string }>;
    }>;
    for (const r of results)
      expect(r.messages).toEqual([
        expect.objectContaining({ ruleId: null, fatal: true, messageId: 'emptyDocument', message: '文档为空，没有可检查的内容' }),
      ]);
    expect(run(['-f', 'compact', '--lang', 'en', '-'], cwd, { input: '' }).stdout).toBe(
      '<stdin>:1:1: error the document is empty: there is nothing to check [reportlint]\n',
    );
  });
  test('a binary input follows --lang (Chinese by default), from a file and from stdin', async () => {
    const cwd = await tree({ 'scan.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) });
    expect(run(['-f', 'compact', 'scan.txt'], cwd).stdout).toBe('scan.txt:1:1: error 二进制内容，不是文本报告 [reportlint]\n');
    expect(run(['-f', 'compact', '--lang', 'en', '-'], cwd, { input: Buffer.from([0, 1, 2, 3]) }).stdout).toBe(
      '<stdin>:1:1: error binary content, not a text report [reportlint]\n',
    );
    // The library's lint() too: it has no file layer that would translate for it.
    const { lint } = (await import(path.join(built, 'dist/index.js'))) as typeof import('../src/index.js');
    expect((await lint(Uint8Array.from([0, 1, 2, 3]))).messages[0]!.message).toBe('二进制内容，不是文本报告');
    expect((await lint(Uint8Array.from([0, 1, 2, 3]), { lang: 'en' })).messages[0]!.message).toBe(
      'binary content, not a text report',
    );
    expect((await lint('')).messages).toHaveLength(1);
  });
  test('old-Mac CR-only line endings give the same lines and columns as LF', async () => {
    const cwd = await tree({
      'lf.md': BAD_PERIOD,
      'cr.md': BAD_PERIOD.replace(/\n/g, '\r'),
      'crlf.md': BAD_PERIOD.replace(/\n/g, '\r\n'),
    });
    const out = run(['-f', 'compact', 'lf.md', 'cr.md', 'crlf.md'], cwd).stdout.split('\n').filter(Boolean);
    expect(out.map((l) => l.replace(/^\w+\.md/, ''))).toEqual(
      Array(3).fill(':3:67: error 统计期限从 2023年3月1日 开始，应从 2023年1月1日开始 [statistical-period]'),
    );
  });
});

describe('conventions', () => {
  test('-- ends the options: the files after it are linted, even one named like a flag, and not "."', async () => {
    const cwd = await tree({ '-odd.md': BAD_PERIOD, 'other.md': BAD_PERIOD });
    const out = run(['-f', 'compact', '--', '-odd.md'], cwd);
    expect(out.stdout).toBe('-odd.md:3:67: error 统计期限从 2023年3月1日 开始，应从 2023年1月1日开始 [statistical-period]\n');
    expect(out.status).toBe(1);
    expect(run(['extract', '--', '-odd.md'], cwd).status).toBe(0);
  });
  test('severities: the CLI accepts exactly what the shipped schema accepts, and suggests for near misses', async () => {
    const schema = JSON.parse(await readFile(path.join(repo, 'schema/reportlintrc.schema.json'), 'utf8')) as object;
    const validate = new Ajv.default({ strict: false, allowUnionTypes: true }).compile(schema);
    for (const severity of ['warn', 'warning', 'Error', 2, 'off']) {
      const config = { rules: { 'statistical-period': severity } };
      const cwd = await tree({ '.reportlintrc.json': JSON.stringify(config), 'r.md': CLEAN });
      const cli = run(['r.md'], cwd);
      expect({ severity, cliAccepts: cli.status !== 2, schemaAccepts: validate(config) }).toEqual({
        severity,
        cliAccepts: validate(config),
        schemaAccepts: validate(config),
      });
    }
    const cwd = await tree({ '.reportlintrc.json': '{ "rules": { "statistical-period": "warning" } }', 'r.md': CLEAN });
    expect(run(['r.md'], cwd).stderr).toBe(
      `reportlint: ${path.join(cwd, '.reportlintrc.json')}: rules.statistical-period: 级别应为 "off"、"warn" 或 "error"，实际为 "warning"；是否应为 "warn"？\n`,
    );
  });
  test('a disable comment naming an unknown rule is reported with a suggestion; --report-unused-disable-directives works beside it', async () => {
    const cwd = await tree({
      'r.md': `<!-- reportlint-disable fee-statment -->\n<!-- reportlint-disable-next-line statistical-period -->\n${CLEAN}`,
    });
    const out = run(['-f', 'compact', 'r.md'], cwd);
    expect(out.stdout).toBe(
      'r.md:1:1: error reportlint-disable 指令中的规则 "fee-statment" 不存在，是否应为 "fee-statement"？ [reportlint]\n',
    );
    expect(out.status).toBe(1);
    const unused = run(['-f', 'compact', '--lang', 'en', '--report-unused-disable-directives', 'r.md'], cwd)
      .stdout.split('\n')
      .filter(Boolean);
    expect(unused).toEqual([
      'r.md:1:1: error reportlint-disable directive names an unknown rule "fee-statment"; did you mean "fee-statement"? [reportlint]',
      'r.md:2:1: error Unused reportlint-disable-next-line directive: no problems were reported from statistical-period [reportlint]',
    ]);
  });
  test('several outputs in one run: -f compact -f sarif:FILE -f gitlab:FILE', async () => {
    const cwd = await tree({ 'bad.md': BAD_PERIOD });
    const out = run(['-f', 'compact', '-f', 'sarif:out/r.sarif', '-f', 'gitlab:gl-code-quality.json', 'bad.md'], cwd);
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('bad.md:3:67: error 统计期限从 2023年3月1日 开始，应从 2023年1月1日开始 [statistical-period]\n');
    const sarifLog = JSON.parse(await readFile(path.join(cwd, 'out/r.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> };
    expect(sarifLog.runs[0]!.results).toHaveLength(1);
    const issues = JSON.parse(await readFile(path.join(cwd, 'gl-code-quality.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(issues).toEqual([
      {
        type: 'issue',
        check_name: 'statistical-period',
        description: '统计期限从 2023年3月1日 开始，应从 2023年1月1日开始',
        categories: ['Style'],
        severity: 'major',
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
        location: { path: 'bad.md', lines: { begin: 3, end: 3 } },
      },
    ]);
    // Two formats for stdout is still a usage error; so is an unknown one anywhere.
    expect(run(['-f', 'json', '-f', 'compact', 'bad.md'], cwd).status).toBe(2);
    expect(run(['-f', 'compact', '-f', 'nope:x.txt', 'bad.md'], cwd).stderr).toMatch(/^reportlint: .*nope/);
  });
  test('the GitLab fingerprint survives an edit above the finding', async () => {
    const cwd = await tree({ 'a.md': BAD_PERIOD, 'b.md': BAD_PERIOD.replace('\n', '\n\n新增的一段说明。\n') });
    const [a, b] = JSON.parse(run(['-f', 'gitlab', 'a.md', 'b.md'], cwd).stdout) as Array<{
      fingerprint: string;
      location: { lines: { begin: number } };
    }>;
    expect(a!.location.lines.begin).not.toBe(b!.location.lines.begin);
    expect(run(['-f', 'gitlab', 'a.md'], cwd).stdout).toContain(a!.fingerprint);
  });
  test('--cache keys are relative to the cache file: a cache restored in another checkout hits', async () => {
    const first = await tree({ 'reports/bad.md': BAD_PERIOD });
    expect(run(['--cache', '-f', 'compact', 'reports/'], first).status).toBe(1);
    const cache = await readFile(path.join(first, '.reportlintcache'), 'utf8');
    expect(cache).not.toContain(first);
    // Elsewhere, the same files and the cache: a stored result is used (marked here to tell it from a fresh one).
    const second = await tree({
      'reports/bad.md': BAD_PERIOD,
      '.reportlintcache': cache.replace('2023年1月1日开始', '2023年1月1日开始（缓存）'),
    });
    expect(run(['--cache', '-f', 'compact', 'reports/'], second).stdout).toContain('应从 2023年1月1日开始（缓存）');
  });
  test('display width comes from string-width: emoji and ZWJ sequences are two columns', async () => {
    const { displayWidth, padEnd } = (await import(
      path.join(built, 'dist/formatters/width.js')
    )) as typeof import('../src/formatters/width.js');
    expect([
      displayWidth('表三'),
      displayWidth('👍🏽'),
      displayWidth('👨‍👩‍👧'),
      displayWidth('\u001b[31m错\u001b[39m'),
      displayWidth('“a”'),
    ]).toEqual([4, 2, 2, 2, 3]);
    expect(displayWidth(padEnd('✅ 通过', 10))).toBe(10);
  });
});

describe('SARIF and CI', () => {
  test('every result has a ruleId; rules carry short and full descriptions and help.markdown from docs/rules', async () => {
    const cwd = await tree({ 'bad.md': BAD_PERIOD, 'scan.txt': Uint8Array.from([0, 1, 2, 3]) });
    const log = JSON.parse(run(['-f', 'sarif', 'bad.md', 'scan.txt'], cwd).stdout) as {
      runs: Array<{
        tool: {
          driver: {
            rules: Array<{
              id: string;
              shortDescription: { text: string };
              fullDescription: { text: string };
              help: { text: string; markdown: string };
            }>;
          };
        };
        results: Array<{ ruleId?: string; ruleIndex?: number }>;
      }>;
    };
    const sarifRun = log.runs[0]!;
    expect(sarifRun.results.map((r) => r.ruleId)).toEqual(['statistical-period', 'reportlint/unreadable']);
    for (const r of sarifRun.results) expect(sarifRun.tool.driver.rules[r.ruleIndex!]!.id).toBe(r.ruleId);
    const period = sarifRun.tool.driver.rules.find((r) => r.id === 'statistical-period')!;
    expect(period.shortDescription.text).toBe('须写明统计期限为报告年度的 1 月 1 日至 12 月 31 日');
    expect(period.fullDescription.text).toContain(period.shortDescription.text);
    expect(period.help.markdown).toBe(await readFile(path.join(repo, 'docs/rules/statistical-period.md'), 'utf8'));
    for (const rule of sarifRun.tool.driver.rules) expect(rule.help.text.length).toBeGreaterThan(0);
  });
  test('exit 2 still writes the SARIF asked for, with the reason, so the upload step has a file', async () => {
    const cwd = await tree({});
    const out = run(['-f', 'github', '-f', 'sarif:reportlint.sarif', 'reports/'], cwd);
    expect(out.status).toBe(2);
    expect(out.stderr).toBe('reportlint: 没有与 "reports/" 匹配的文件\n');
    const log = JSON.parse(await readFile(path.join(cwd, 'reportlint.sarif'), 'utf8')) as {
      runs: Array<{
        results: unknown[];
        invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ message: { text: string } }> }>;
      }>;
    };
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.invocations[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', message: { text: '没有与 "reports/" 匹配的文件' } }],
    });
    await writeFile(path.join(cwd, '.reportlintrc.json'), '{ broken');
    await mkdir(path.join(cwd, 'reports'));
    await writeFile(path.join(cwd, 'reports/r.md'), CLEAN);
    expect(run(['-f', 'sarif', '-o', 'x.sarif', 'reports/'], cwd).status).toBe(2);
    expect(JSON.parse(await readFile(path.join(cwd, 'x.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });
});

describe('plugin authors', () => {
  test('reportlint/testing exports RuleTester (as the README says) beside testRule', async () => {
    const pkg = JSON.parse(await readFile(path.join(repo, 'package.json'), 'utf8')) as {
      exports: Record<string, { default: string }>;
    };
    const testing = (await import(path.join(built, pkg.exports['./testing']!.default))) as typeof import('../src/testing.js');
    expect(typeof testing.RuleTester).toBe('function');
    expect(typeof new testing.RuleTester().run).toBe('function');
    expect(typeof testing.testRule).toBe('function');
    // The example plugin's test imports nothing a plugin author lacks.
    const example = await readFile(path.join(repo, 'examples/plugin/contact-phone.test.ts'), 'utf8');
    const imports = [...example.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    expect(imports.filter((i) => !i!.startsWith('node:') && i !== 'reportlint/testing' && !i!.startsWith('./'))).toEqual([]);
    expect(example).not.toMatch(/\.\.\/\.\.\/(src|test)\//);
  });
});
