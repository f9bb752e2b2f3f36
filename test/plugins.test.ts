/**
 * Plugins end to end through the CLI: the example plugin (examples/plugin) loaded through its
 * .reportlintrc.json, in every output format and language; switched off by config and inline comments;
 * each bad-plugin case is exit 2 with one line; a crashing plugin rule is one internal-error finding.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { pluginPrefix, validatePlugin } from '../src/config/plugins.js';
import { runCli, temporaryTrees } from './cli-helpers.js';
import { CLEAN } from './fixture-defects.js';

const repo = fileURLToPath(new URL('..', import.meta.url));
const pluginDir = path.join(repo, 'examples/plugin');
const exampleConfig = path.join(pluginDir, '.reportlintrc.json');
const SIXTH = CLEAN.split('\n').findIndex((l) => l.includes('六、其他需要报告的事项')) + 1;
const tree = temporaryTrees();

const RULE = (id: string, extra = ''): string => `{
  meta: { id: '${id}', description: { zh: '示例', en: 'example' }, category: 'statement', basis: 'test', defaultSeverity: 'error', recommended: true,
    messages: { m: { zh: '示例问题', en: 'example problem' } } ${extra} },
  check(report, context) { context.report({ node: report, messageId: 'm' }); },
}`;
const pluginSource = (name: string, rules: string): string =>
  `export default { meta: { name: '${name}', version: '2.3.4' }, rules: { ${rules} } };\n`;

describe('the example plugin through its .reportlintrc.json', () => {
  test('its rule fires with its id, position and message, in zh and en', async () => {
    const cwd = await tree({ 'r.md': CLEAN });
    const zh = await runCli(['-c', exampleConfig, '-f', 'compact', 'r.md'], { cwd });
    expect(zh).toEqual({
      code: 0,
      stdout: `r.md:${SIXTH}:4: warning 未写明政府信息公开工作机构的联系电话 [local/contact-phone]\n`,
      stderr: '',
    });
    const en = await runCli(['-c', exampleConfig, '-f', 'compact', '--lang', 'en', 'r.md'], { cwd });
    expect(en.stdout).toBe(
      `r.md:${SIXTH}:4: warning The report does not give the disclosure office’s phone number (联系电话) [local/contact-phone]\n`,
    );
    const fixed = await tree({
      'r.md': CLEAN.replace('## 六、其他需要报告的事项', '## 六、其他需要报告的事项\n\n联系电话：0571-87654321'),
    });
    expect((await runCli(['-c', exampleConfig, 'r.md'], { cwd: fixed })).stdout).toBe('');
  });

  test('switched off by config, by --rule and by an inline comment; --max-warnings counts it', async () => {
    const cwd = await tree({
      'r.md': CLEAN,
      's.md': `<!-- reportlint-disable-file local/contact-phone -->\n${CLEAN}`,
      'off.json': JSON.stringify({
        plugins: [path.join(pluginDir, 'index.js')],
        extends: ['reportlint:recommended', 'plugin:local/recommended'],
        rules: { 'local/contact-phone': 'off' },
      }),
    });
    expect((await runCli(['-c', 'off.json', 'r.md'], { cwd })).stdout).toBe('');
    expect((await runCli(['-c', exampleConfig, '--rule', 'local/contact-phone: off', 'r.md'], { cwd })).stdout).toBe('');
    expect((await runCli(['-c', exampleConfig, 's.md'], { cwd })).stdout).toBe('');
    expect((await runCli(['-c', exampleConfig, '--max-warnings', '0', 'r.md'], { cwd })).code).toBe(1);
    expect((await runCli(['-c', exampleConfig, '--rule', 'local/contact-phon: off', 'r.md'], { cwd })).stderr).toBe(
      'reportlint: --rule: local/contact-phon: 未知规则 "local/contact-phon"，是否应为 "local/contact-phone"？\n',
    );
  });

  test('appears correctly in every output format', async () => {
    const cwd = await tree({ 'r.md': CLEAN });
    const run = (format: string) => runCli(['-c', exampleConfig, '-f', format, 'r.md'], { cwd });
    expect((await run('stylish')).stdout).toMatch(
      new RegExp(`\\n  ${SIXTH}:4  warning  未写明政府信息公开工作机构的联系电话  local/contact-phone\\n`),
    );
    const json = JSON.parse((await run('json')).stdout) as Array<{ messages: Array<Record<string, unknown>> }>;
    expect(json[0]!.messages).toEqual([
      expect.objectContaining({
        ruleId: 'local/contact-phone',
        severity: 1,
        messageId: 'missing',
        line: SIXTH,
        column: 4,
        data: { label: '联系电话' },
      }),
    ]);
    const sarif = JSON.parse((await run('sarif')).stdout) as {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string } }> } };
        results: Array<{ ruleId: string; level: string }>;
      }>;
    };
    expect(sarif.runs[0]!.tool.driver.rules).toEqual([
      expect.objectContaining({ id: 'local/contact-phone', shortDescription: { text: '须写明政府信息公开工作机构的联系电话' } }),
    ]);
    expect(sarif.runs[0]!.results.map((r) => [r.ruleId, r.level])).toEqual([['local/contact-phone', 'warning']]);
    expect((await run('github')).stdout).toMatch(
      new RegExp(`^::warning file=r\\.md,line=${SIXTH},.*title=reportlint \\(local/contact-phone\\)::未写明`),
    );
    expect((await run('eslint-compact')).stdout).toContain(
      `, Warning - 未写明政府信息公开工作机构的联系电话 (local/contact-phone)`,
    );
  });

  test('--print-config lists the plugins loaded with their versions', async () => {
    const cwd = await tree({});
    const printed = JSON.parse((await runCli(['-c', exampleConfig, '--print-config', 'r.md'], { cwd })).stdout) as {
      plugins: unknown[];
      sources: string[];
      rules: Record<string, unknown>;
    };
    expect(printed.plugins).toEqual([{ name: 'local', origin: path.join(pluginDir, 'index.js'), version: '1.0.0' }]);
    expect(printed.sources).toEqual([exampleConfig, 'reportlint:recommended', 'plugin:local/recommended']);
    expect(printed.rules['local/contact-phone']).toEqual(['warn', { label: '联系电话' }]);
  });
});

describe('loading', () => {
  test('by package name from node_modules (short or full name, ESM-only exports) and with --plugin', async () => {
    const cwd = await tree({
      'node_modules/reportlint-plugin-zj/package.json': JSON.stringify({
        name: 'reportlint-plugin-zj',
        version: '0.2.0',
        type: 'module',
        exports: { '.': { import: './main.js' } },
      }),
      'node_modules/reportlint-plugin-zj/main.js': pluginSource('reportlint-plugin-zj', `'always': ${RULE('always')}`),
      'short.json': '{ "plugins": ["zj"], "rules": { "zj/always": "warn" } }',
      'full.json': '{ "plugins": ["reportlint-plugin-zj"], "rules": { "zj/always": "error" } }',
      'r.md': CLEAN,
    });
    expect((await runCli(['-c', 'short.json', '-f', 'compact', 'r.md'], { cwd })).stdout).toBe(
      'r.md:1:1: warning 示例问题 [zj/always]\n',
    );
    expect((await runCli(['-c', 'full.json', '-f', 'compact', 'r.md'], { cwd })).code).toBe(1);
    const flag = await runCli(['--plugin', 'zj', '--rule', 'zj/always: error', '-f', 'compact', 'r.md'], { cwd });
    expect([flag.code, flag.stdout]).toEqual([1, 'r.md:1:1: error 示例问题 [zj/always]\n']);
  });

  test('pluginPrefix strips reportlint-plugin-', () => {
    expect(pluginPrefix('reportlint-plugin-jiangsu')).toBe('jiangsu');
    expect(pluginPrefix('@gov/reportlint-plugin-zj')).toBe('@gov/zj');
    expect(pluginPrefix('@gov/reportlint-plugin')).toBe('@gov');
    expect(pluginPrefix('local')).toBe('local');
  });

  test('a plugin rule that throws is one internal-error finding naming that rule; other rules and files go on', async () => {
    const cwd = await tree({
      'boom.js': `export default { meta: { name: 'boom' }, rules: { 'explodes': { ...${RULE('explodes')}, check() { throw new Error('kaboom'); } } } };\n`,
      'c.json': '{ "plugins": ["./boom.js"], "extends": "reportlint:all" }',
      'a.md': CLEAN.replace('2023年1月1日至', '2023年3月1日至'),
      'b.md': CLEAN,
    });
    const run = await runCli(['-c', 'c.json', '-f', 'compact', 'a.md', 'b.md'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      'a.md:1:1: error 规则 boom/explodes 运行出错：kaboom（可在配置中关闭该规则） [boom/explodes]',
      'a.md:3:67: error 统计期限从 2023年3月1日 开始，应从 2023年1月1日开始 [statistical-period]',
      'b.md:1:1: error 规则 boom/explodes 运行出错：kaboom（可在配置中关闭该规则） [boom/explodes]',
    ]);
    // Exit 2 is said on stderr too, one line a file naming the rule, no stack (it was said by its finding alone).
    expect(run.stderr).toBe(
      'reportlint: a.md: 规则 boom/explodes 运行出错：kaboom（可在配置中关闭该规则）\n' +
        'reportlint: b.md: 规则 boom/explodes 运行出错：kaboom（可在配置中关闭该规则）\n',
    );
  });
});

describe('a plugin rule that never settles', () => {
  test('is one fatal finding naming the rule and the time it had, in the run’s language', async () => {
    const cwd = await tree({
      'never.js': `export default { meta: { name: 'slow' }, rules: { 'never': { ...${RULE('never')}, check: () => new Promise(() => {}) } } };\n`,
      'c.json': '{ "plugins": ["./never.js"], "rules": { "slow/never": "error" } }',
      'a.md': CLEAN,
    });
    const before = process.env.REPORTLINT_TIME_LIMIT_MS;
    process.env.REPORTLINT_TIME_LIMIT_MS = '600';
    try {
      const zh = await runCli(['-c', 'c.json', '-f', 'compact', 'a.md'], { cwd });
      expect([zh.code, zh.stdout]).toEqual([
        2,
        'a.md:1:1: error 规则 slow/never 在 0.2 秒内没有完成（可在配置中关闭该规则） [slow/never]\n',
      ]);
      const en = await runCli(['-c', 'c.json', '-f', 'compact', '--lang', 'en', 'a.md'], { cwd });
      expect(en.stdout).toBe(
        'a.md:1:1: error Rule slow/never did not finish within 0.2 s (it can be switched off in the configuration) [slow/never]\n',
      );
    } finally {
      if (before === undefined) delete process.env.REPORTLINT_TIME_LIMIT_MS;
      else process.env.REPORTLINT_TIME_LIMIT_MS = before;
    }
  });
});

describe('bad plugins: exit 2 and one line naming the config file and the plugin', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    [
      'not found',
      { 'c.json': '{ "plugins": ["reportlint-plugin-nowhere"] }' },
      'c.json: plugins: "reportlint-plugin-nowhere": cannot be found from ROOT',
    ],
    ['a missing file', { 'c.json': '{ "plugins": ["./nope.js"] }' }, 'c.json: plugins: "./nope.js": cannot be found from ROOT'],
    [
      'not a valid plugin',
      { 'c.json': '{ "plugins": ["./p.js"] }', 'p.js': 'export default "hello";\n' },
      'c.json: plugins: "./p.js": not a valid plugin: the default export must be an object { meta, rules, configs? }',
    ],
    [
      'no meta.name',
      { 'c.json': '{ "plugins": ["./p.js"] }', 'p.js': 'export default { rules: {} };\n' },
      'c.json: plugins: "./p.js": not a valid plugin: meta.name must be a non-empty string',
    ],
    [
      'a syntax error',
      { 'c.json': '{ "plugins": ["./p.mjs"] }', 'p.mjs': 'export default {\n' },
      'c.json: plugins: "./p.mjs": failed to load: Unexpected end of input',
    ],
    [
      'invalid rule metadata',
      {
        'c.json': '{ "plugins": ["./p.js"] }',
        'p.js': pluginSource(
          'x',
          `'r': { meta: { id: 'r', description: { zh: 'a', en: 'b' }, category: 'statement', basis: 'b', defaultSeverity: 'error', recommended: true, messages: { m: { zh: '只有中文' } } }, check() {} }`,
        ),
      },
      'c.json: plugins: "./p.js": rule "r" has invalid metadata: message "m" needs zh and en text',
    ],
    [
      'a rule listed under another id',
      { 'c.json': '{ "plugins": ["./p.js"] }', 'p.js': pluginSource('x', `'r': ${RULE('s')}`) },
      'c.json: plugins: "./p.js": rule "r" has invalid metadata: meta.id is "s", but the rule is listed as "r"',
    ],
    [
      'a bad options schema',
      { 'c.json': '{ "plugins": ["./p.js"] }', 'p.js': pluginSource('x', `'r': ${RULE('r', ", schema: { type: 'nonsense' }")}`) },
      'c.json: plugins: "./p.js": rule "r" has invalid metadata: meta.schema is not a valid JSON schema (schema is invalid: data/type must be equal to one of the allowed values, data/type must be array, data/type must match a schema in anyOf)',
    ],
    [
      'an id clash (two plugins named alike)',
      {
        'c.json': '{ "plugins": ["./a.js", "./b.js"] }',
        'a.js': pluginSource('reportlint-plugin-same', `'r': ${RULE('r')}`),
        'b.js': pluginSource('same', `'r': ${RULE('r')}`),
      },
      'c.json: plugins: "./b.js": its rules would be named "same/…", like those of ROOT/a.js',
    ],
    [
      'a plugin config of an unknown plugin',
      { 'c.json': '{ "extends": "plugin:ghost/recommended" }' },
      'c.json: extends: "plugin:ghost/recommended" names plugin "ghost", which is not listed in plugins',
    ],
  ];
  test.each(cases)('%s (--lang en)', async (_name, files, expected) => {
    const cwd = await tree({ ...files, 'r.md': CLEAN });
    const run = await runCli(['-c', 'c.json', 'r.md', '--lang', 'en'], { cwd });
    expect(run).toEqual({ code: 2, stdout: '', stderr: `reportlint: ${path.join(cwd, expected.replaceAll('ROOT', cwd))}\n` });
  });
  // The same failures by default, in Chinese (the message table, src/cli-messages.ts).
  const zh: Record<string, string> = {
    'not found': 'c.json: plugins: "reportlint-plugin-nowhere"：从 ROOT 找不到该插件',
    'not a valid plugin': 'c.json: plugins: "./p.js"：不是有效的插件：默认导出必须是对象 { meta, rules, configs? }',
    'a syntax error': 'c.json: plugins: "./p.mjs"：加载失败：Unexpected end of input',
    'invalid rule metadata': 'c.json: plugins: "./p.js"：规则 "r" 的元数据无效：消息 "m" 需要中文（zh）和英文（en）文本',
    'a rule listed under another id': 'c.json: plugins: "./p.js"：规则 "r" 的元数据无效：meta.id 为 "s"，但规则以 "r" 登记',
    'an id clash (two plugins named alike)': 'c.json: plugins: "./b.js"：其规则将命名为 "same/…"，与 ROOT/a.js 的规则重名',
    'a plugin config of an unknown plugin':
      'c.json: extends: "plugin:ghost/recommended" 引用了插件 "ghost"，但 plugins 中没有列出它',
  };
  test.each(cases.filter(([name]) => name in zh))('%s (default: Chinese)', async (name, files) => {
    const cwd = await tree({ ...files, 'r.md': CLEAN });
    const run = await runCli(['-c', 'c.json', 'r.md'], { cwd });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `reportlint: ${path.join(cwd, (zh[name] as string).replaceAll('ROOT', cwd))}\n`,
    });
  });
  test('--plugin errors name --plugin', async () => {
    const cwd = await tree({ 'r.md': CLEAN });
    expect((await runCli(['--plugin', 'ghost', 'r.md'], { cwd })).stderr).toBe(
      `reportlint: --plugin: plugins: "ghost"：从 ${cwd} 找不到该插件\n`,
    );
    expect((await runCli(['--plugin', 'ghost', 'r.md'], { cwd, env: { REPORTLINT_LANG: 'en' } })).stderr).toBe(
      `reportlint: --plugin: plugins: "ghost": cannot be found from ${cwd}\n`,
    );
  });
  test('validatePlugin accepts the example plugin', async () => {
    const plugin = (await import('../examples/plugin/index.js')).default;
    expect(validatePlugin(plugin)).toBe(plugin);
  });
});

test('no built-in rule uses anything a plugin cannot import from the package entry', async () => {
  const { readdir, readFile } = await import('node:fs/promises');
  const entry = await import('../src/index.js');
  const entryText = await readFile(path.join(repo, 'src/index.ts'), 'utf8');
  const rulesDir = path.join(repo, 'src/rules');
  for (const file of (await readdir(rulesDir)).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
    const text = await readFile(path.join(rulesDir, file), 'utf8');
    for (const m of text.matchAll(/^import (type )?\{([^}]*)\} from '\.\.\/([^']+)';$/gm)) {
      for (const raw of (m[2] ?? '').split(',')) {
        const name = raw.trim().replace(/^type\s+/, '');
        if (!name) continue;
        const typeOnly = !!m[1] || raw.trim().startsWith('type ');
        // Values must be real exports; types must be re-exported by name or by `export type *` of their module.
        const exported = typeOnly
          ? entryText.includes(name) || entryText.includes(`export type * from './${m[3]}'`)
          : name in entry;
        expect({ file, name, exported }).toEqual({ file, name, exported: true });
      }
    }
  }
});
