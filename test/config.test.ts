import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import {
  BUILTIN_SOURCE,
  ConfigError,
  ConfigLoader,
  describeConfig,
  parseRuleFlag,
  readConfigFile,
  toActiveRules,
} from '../src/config/loader.js';
import { coerceSetting, mergeSetting } from '../src/config/severity.js';
import { createRegistry, suggestRuleId, type RuleSource } from '../src/config/registry.js';
import { editorConfigSchema } from '../src/config/schema.js';
import { defineRule } from '../src/rules/types.js';
import { temporaryTrees } from './cli-helpers.js';

const repo = new URL('..', import.meta.url).pathname;
const tree = temporaryTrees();

const demoRule = defineRule<{ word: string }, 'missing'>({
  meta: {
    id: 'needs-word',
    description: { zh: '必须出现某词', en: 'A word must appear' },
    category: 'statement',
    basis: 'local',
    defaultSeverity: 'warn',
    recommended: false,
    messages: { missing: { zh: '缺少 {word}', en: 'missing {word}' } },
    schema: { type: 'object', properties: { word: { type: 'string' } }, required: ['word'], additionalProperties: false },
    defaultOptions: { word: '公开' },
  },
  check() {},
});
const demoSource: RuleSource = {
  prefix: 'demo',
  rules: [demoRule],
  configs: { strict: { rules: { 'demo/needs-word': 'error' } } },
};
const loadPlugins = async (names: readonly string[]): Promise<RuleSource[]> => (names.includes('demo') ? [demoSource] : []);

async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('severity coercion (one function)', () => {
  test.each([
    ['off', 'off'],
    ['warn', 'warn'],
    ['error', 'error'],
    [0, 'off'],
    [1, 'warn'],
    [2, 'error'],
    [['warn'], 'warn'],
  ])('%j → %s', (input, severity) => {
    expect(coerceSetting(input)).toEqual({ severity });
  });
  test('[severity, options] keeps the options', () => {
    expect(coerceSetting(['error', { word: 'x' }])).toEqual({ severity: 'error', options: { word: 'x' } });
  });
  test.each([['fatal'], [3], [[]], [['warn', {}, {}]], [null], [true]])('rejects %j', (input) => {
    expect(() => coerceSetting(input)).toThrow(/^应为 /);
  });
  test.each([
    ['ERROR', 'error'],
    ['warning', 'warn'],
    [' Warn', 'warn'],
  ])('rejects %j as the schema does, suggesting %s', (input, near) => {
    expect(() => coerceSetting(input)).toThrow(
      `级别应为 "off"、"warn" 或 "error"，实际为 ${JSON.stringify(input)}；是否应为 "${near}"？`,
    );
  });
  test('a bare severity keeps earlier options', () => {
    expect(mergeSetting({ severity: 'error', options: { a: 1 } }, { severity: 'warn' })).toEqual({
      severity: 'warn',
      options: { a: 1 },
    });
    expect(mergeSetting({ severity: 'error', options: { a: 1 } }, { severity: 'warn', options: { a: 2 } })).toEqual({
      severity: 'warn',
      options: { a: 2 },
    });
  });
});

describe('--rule values', () => {
  test('id: severity', () => expect(parseRuleFlag('statistical-period: warn')).toEqual({ 'statistical-period': 'warn' }));
  test('id: [severity, options] and numbers', () => {
    expect(parseRuleFlag('demo/needs-word: ["error", {"word": "x"}]')).toEqual({ 'demo/needs-word': ['error', { word: 'x' }] });
    expect(parseRuleFlag('fee-statement:0')).toEqual({ 'fee-statement': 0 });
  });
  test('a JSON object of several', () => expect(parseRuleFlag('{"a": "off", "b": 2}')).toEqual({ a: 'off', b: 2 }));
  test('no colon is a one-line error, Chinese by default and English on request', () => {
    expect(() => parseRuleFlag('statistical-period')).toThrow(
      '--rule: 应为 "规则id: off|warn|error"，实际为 "statistical-period"',
    );
    try {
      parseRuleFlag('statistical-period');
    } catch (error) {
      expect((error as ConfigError).localized('en')).toBe('--rule: expected "rule-id: off|warn|error", got "statistical-period"');
    }
    expect.assertions(2);
  });
});

test('suggestRuleId finds the nearest id and nothing for unrelated words', () => {
  const ids = ['statistical-period', 'fee-statement', 'required-sections'];
  expect(suggestRuleId('statistical-periode', ids)).toBe('statistical-period');
  expect(suggestRuleId('fee', ids)).toBe('fee-statement');
  expect(suggestRuleId('zzzzzzzz', ids)).toBeUndefined();
});

describe('registry from sources', () => {
  test('plugin rules are named <prefix>/<id>; presets follow meta', () => {
    const registry = createRegistry([BUILTIN_SOURCE, demoSource]);
    expect(registry.rules.get('demo/needs-word')).toBe(demoRule);
    expect(registry.recommended().has('demo/needs-word')).toBe(false);
    expect(registry.all().get('demo/needs-word')).toEqual({ severity: 'warn' });
    expect([...registry.recommended().keys()].sort()).toEqual(
      BUILTIN_SOURCE.rules
        .filter((r) => r.meta.recommended)
        .map((r) => r.meta.id)
        .sort(),
    );
  });
  test('an id defined twice is refused', () => {
    expect(() => createRegistry([demoSource, { prefix: 'demo', rules: [demoRule] }])).toThrow(
      '规则 id "demo/needs-word" 定义了两次',
    );
  });
});

describe('ConfigLoader', () => {
  test('no config file: the recommended rules, and --print-config says so', async () => {
    const root = await tree({ 'a.md': '' });
    const { config, registry } = await new ConfigLoader({ cwd: root }).forFile(path.join(root, 'a.md'));
    expect(config.file).toBeNull();
    expect(config.sources[0]).toMatch(/^reportlint:recommended/);
    expect(toActiveRules(config, registry).map((r) => r.id)).toEqual([...registry.recommended().keys()].sort());
  });

  test('a file without rules and extends keeps the recommended rules on (rtT §3)', async () => {
    const root = await tree({
      'h/.reportlintrc.json': JSON.stringify({ hierarchy: { 青山县人民政府: ['青山县水利局'] } }),
      'e/.reportlintrc.json': '{}',
      'r/.reportlintrc.json': '{ "organType": "township", "lang": "en" }',
      'o/.reportlintrc.json': JSON.stringify({ overrides: [{ files: 'drafts/**', rules: { 'fee-statement': 'off' } }] }),
      'one/.reportlintrc.json': '{ "rules": { "fee-statement": "warn" } }',
    });
    const loader = new ConfigLoader({ cwd: root });
    const recommended = [...(await loader.forFile(path.join(root, 'a.md'))).registry.recommended().keys()].sort();
    for (const folder of ['h', 'e', 'r', 'o']) {
      const { config, registry } = await loader.forFile(path.join(root, folder, 'x.md'));
      expect([folder, toActiveRules(config, registry).map((r) => r.id)]).toEqual([folder, recommended]);
      expect(config.sources).toEqual([path.join(root, folder, '.reportlintrc.json'), 'reportlint:recommended']);
    }
    // The override still switches its rule off where it applies.
    const draft = await loader.forFile(path.join(root, 'o/drafts/x.md'));
    expect(toActiveRules(draft.config, draft.registry).map((r) => r.id)).not.toContain('fee-statement');
    // A file that names a rule without extends enables only that rule, as documented.
    const one = await loader.forFile(path.join(root, 'one/x.md'));
    expect(toActiveRules(one.config, one.registry).map((r) => r.id)).toEqual(['fee-statement']);
  });

  test('nearest file wins; extends presets and relative files; JSONC comments and trailing commas', async () => {
    const root = await tree({
      '.reportlintrc.json': '{ "extends": "reportlint:recommended", "rules": { "fee-statement": "off" } }',
      'base.json':
        '{\n  // shared\n  "extends": ["reportlint:all"],\n  "lang": "en",\n  "rules": { "statistical-period": ["warn"], },\n}',
      'sub/.reportlintrc.json': '{ "extends": "../base.json", "rules": { "required-sections": 1 } }',
    });
    const loader = new ConfigLoader({ cwd: root });
    const top = (await loader.forFile(path.join(root, 'x.md'))).config;
    expect(top.rules.get('fee-statement')).toEqual({ severity: 'off' });
    expect(top.file).toBe(path.join(root, '.reportlintrc.json'));
    const sub = (await loader.forFile(path.join(root, 'sub/deeper/y.md'))).config;
    expect(sub.file).toBe(path.join(root, 'sub/.reportlintrc.json'));
    expect(sub.rules.get('fee-statement')).toEqual({ severity: 'error' });
    expect(sub.rules.get('statistical-period')).toEqual({ severity: 'warn' });
    expect(sub.rules.get('required-sections')).toEqual({ severity: 'warn' });
    expect(sub.lang).toBe('en');
    expect(sub.sources).toEqual([path.join(root, 'sub/.reportlintrc.json'), path.join(root, 'base.json'), 'reportlint:all']);
  });

  test('overrides apply by glob relative to the config file; excludedFiles and lang', async () => {
    const root = await tree({
      '.reportlintrc.json': JSON.stringify({
        extends: 'reportlint:recommended',
        overrides: [
          { files: ['drafts/**'], excludedFiles: 'drafts/final.md', lang: 'en', rules: { 'statistical-period': 'warn' } },
        ],
      }),
    });
    const loader = new ConfigLoader({ cwd: root });
    const draft = (await loader.forFile(path.join(root, 'drafts/a.md'))).config;
    expect(draft.rules.get('statistical-period')).toEqual({ severity: 'warn' });
    expect(draft.lang).toBe('en');
    expect(draft.sources.at(-1)).toMatch(/overrides\[0\]$/);
    const final = (await loader.forFile(path.join(root, 'drafts/final.md'))).config;
    expect(final.rules.get('statistical-period')).toEqual({ severity: 'error' });
    expect(final.lang).toBeUndefined();
  });

  test('--config skips lookup; --rule applies last; --no-config-lookup uses the defaults', async () => {
    const root = await tree({
      '.reportlintrc.json': '{ "extends": "reportlint:recommended", "rules": { "fee-statement": "off" } }',
      'other.json': '{ "rules": { "fee-statement": "warn" } }',
    });
    const explicit = await new ConfigLoader({
      cwd: root,
      configFile: 'other.json',
      ruleOverrides: { 'required-sections': 'error' },
    }).forFile(path.join(root, 'a.md'));
    expect([...explicit.config.rules.keys()].sort()).toEqual(['fee-statement', 'required-sections']);
    expect(explicit.config.sources).toEqual([path.join(root, 'other.json'), '--rule']);
    const none = await new ConfigLoader({ cwd: root, lookup: false }).forFile(path.join(root, 'a.md'));
    expect(none.config.rules.get('fee-statement')).toEqual({ severity: 'error' });
  });

  test('plugin sources slot in: rules, options validated against meta.schema, plugin configs', async () => {
    const root = await tree({
      '.reportlintrc.json':
        '{ "plugins": ["demo"], "extends": ["plugin:demo/strict"], "rules": { "demo/needs-word": ["warn", { "word": "要点" }] } }',
    });
    const { config, registry } = await new ConfigLoader({ cwd: root, loadPlugins }).forFile(path.join(root, 'a.md'));
    expect(toActiveRules(config, registry)).toEqual([
      { id: 'demo/needs-word', rule: demoRule, severity: 'warn', options: { word: '要点' } },
    ]);
    expect(describeConfig(config).rules).toEqual({ 'demo/needs-word': ['warn', { word: '要点' }] });
  });

  describe('one-line errors naming the file and the key', () => {
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      [
        'invalid JSON',
        { '.reportlintrc.json': '{\n  "rules": {\n    "a": \n}' },
        /\.reportlintrc\.json: invalid JSON at line 4, column 1: ValueExpected$/,
      ],
      ['unknown key', { '.reportlintrc.json': '{ "rulez": {} }' }, /\.reportlintrc\.json: rulez: unknown key$/],
      [
        'bad lang',
        { '.reportlintrc.json': '{ "lang": "fr" }' },
        /\.reportlintrc\.json: lang: must be one of "zh", "zh-CN", "en"$/,
      ],
      [
        'unknown rule with suggestion',
        { '.reportlintrc.json': '{ "rules": { "statistical-periode": "error" } }' },
        /: rules\.statistical-periode: unknown rule "statistical-periode"; did you mean "statistical-period"\?$/,
      ],
      [
        'bad severity',
        { '.reportlintrc.json': '{ "rules": { "fee-statement": "fatal" } }' },
        /: rules\.fee-statement: expected "off", "warn", "error", 0, 1, 2 or \[severity, options\], got "fatal"$/,
      ],
      [
        'options for a rule without options',
        { '.reportlintrc.json': '{ "rules": { "fee-statement": ["error", {}] } }' },
        /: rules\.fee-statement: this rule takes no options$/,
      ],
      [
        'bad options',
        { '.reportlintrc.json': '{ "plugins": ["demo"], "rules": { "demo/needs-word": ["error", { "wort": "x" }] } }' },
        /: rules\.demo\/needs-word options\.wort: unknown key$/,
      ],
      [
        'options of the wrong type',
        { '.reportlintrc.json': '{ "plugins": ["demo"], "rules": { "demo/needs-word": ["error", { "word": 3 }] } }' },
        /: rules\.demo\/needs-word options\.word: must be string$/,
      ],
      [
        'unknown preset',
        { '.reportlintrc.json': '{ "extends": "reportlint:strict" }' },
        /: extends: unknown config "reportlint:strict"/,
      ],
      [
        'plugin config of a plugin not listed',
        { '.reportlintrc.json': '{ "extends": ["plugin:other/x"] }' },
        /: extends\[0\]: "plugin:other\/x" names plugin "other", which is not listed in plugins$/,
      ],
      [
        'circular extends',
        { '.reportlintrc.json': '{ "extends": "./b.json" }', 'b.json': '{ "extends": "./.reportlintrc.json" }' },
        /b\.json: extends: circular extends through .*\.reportlintrc\.json$/,
      ],
      ['missing extended file', { '.reportlintrc.json': '{ "extends": "./nope.json" }' }, /nope\.json: file not found$/],
      [
        'bad override',
        { '.reportlintrc.json': '{ "overrides": [{ "rules": {} }] }' },
        /: overrides\[0\]: missing required key "files"$/,
      ],
    ];
    test.each(cases)('%s', async (_name, files, expected) => {
      const root = await tree(files);
      const message = await errorOf(new ConfigLoader({ cwd: root, loadPlugins, lang: 'en' }).forFile(path.join(root, 'a.md')));
      expect(message).toMatch(expected);
      expect(message).not.toContain('\n');
    });
    test('a missing --config file', async () => {
      const root = await tree({});
      expect(
        await errorOf(new ConfigLoader({ cwd: root, configFile: 'x.json', lang: 'en' }).forFile(path.join(root, 'a.md'))),
      ).toBe(`${path.join(root, 'x.json')}: file not found`);
      expect(await errorOf(new ConfigLoader({ cwd: root, configFile: 'x.json' }).forFile(path.join(root, 'a.md')))).toBe(
        `${path.join(root, 'x.json')}: 找不到文件`,
      );
    });
    test('a plugin that cannot be found (the default loader, src/plugins.ts)', async () => {
      const root = await tree({ '.reportlintrc.json': '{ "plugins": ["demo"] }' });
      expect(await errorOf(new ConfigLoader({ cwd: root, lang: 'en' }).forFile(path.join(root, 'a.md')))).toBe(
        `${path.join(root, '.reportlintrc.json')}: plugins: "demo": cannot be found from ${root}`,
      );
      expect(await errorOf(new ConfigLoader({ cwd: root }).forFile(path.join(root, 'a.md')))).toBe(
        `${path.join(root, '.reportlintrc.json')}: plugins: "demo"：从 ${root} 找不到该插件`,
      );
    });
    // Without a language the messages are Chinese; the file and key stay in front, separated by ": ".
    const zhCases: Array<[string, Record<string, string>, string]> = [
      [
        'invalid JSON',
        { '.reportlintrc.json': '{\n  "rules": {\n    "a": \n}' },
        'JSON 格式错误（第 4 行第 1 列）：ValueExpected',
      ],
      ['unknown key', { '.reportlintrc.json': '{ "rulez": {} }' }, 'rulez: 未知的键'],
      ['bad lang', { '.reportlintrc.json': '{ "lang": "fr" }' }, 'lang: 应为以下之一："zh"、"zh-CN"、"en"'],
      [
        'unknown rule with suggestion',
        { '.reportlintrc.json': '{ "rules": { "fee-statment": "error" } }' },
        'rules.fee-statment: 未知规则 "fee-statment"，是否应为 "fee-statement"？',
      ],
      [
        'unknown rule, nothing near',
        { '.reportlintrc.json': '{ "rules": { "zzzzzzzzzzzzzzzzzzzzzz": "error" } }' },
        'rules.zzzzzzzzzzzzzzzzzzzzzz: 未知规则 "zzzzzzzzzzzzzzzzzzzzzz"',
      ],
      [
        'bad severity',
        { '.reportlintrc.json': '{ "rules": { "fee-statement": "fatal" } }' },
        'rules.fee-statement: 应为 "off"、"warn"、"error"、0、1、2 或 [级别, 选项]，实际为 "fatal"',
      ],
      [
        'an array of three',
        { '.reportlintrc.json': '{ "rules": { "fee-statement": ["warn", {}, {}] } }' },
        'rules.fee-statement: 应为 [级别] 或 [级别, 选项]，实际是 3 项的数组',
      ],
      [
        'options for a rule without options',
        { '.reportlintrc.json': '{ "rules": { "fee-statement": ["error", {}] } }' },
        'rules.fee-statement: 此规则没有选项',
      ],
      [
        'bad options',
        { '.reportlintrc.json': '{ "plugins": ["demo"], "rules": { "demo/needs-word": ["error", { "wort": "x" }] } }' },
        'rules.demo/needs-word options.wort: 未知的键',
      ],
      [
        'options of the wrong type',
        { '.reportlintrc.json': '{ "plugins": ["demo"], "rules": { "demo/needs-word": ["error", { "word": 3 }] } }' },
        'rules.demo/needs-word options.word: 应为 string 类型',
      ],
      [
        'unknown preset',
        { '.reportlintrc.json': '{ "extends": "reportlint:strict" }' },
        'extends: 未知的配置 "reportlint:strict"；可用 "reportlint:recommended"、"reportlint:all"、"plugin:<插件名>/<配置名>" 或相对路径',
      ],
      [
        'circular extends',
        { '.reportlintrc.json': '{ "extends": "./b.json" }', 'b.json': '{ "extends": "./.reportlintrc.json" }' },
        'extends: extends 形成循环，再次经过 ROOT/.reportlintrc.json',
      ],
      ['bad override', { '.reportlintrc.json': '{ "overrides": [{ "rules": {} }] }' }, 'overrides[0]: 缺少必需的键 "files"'],
    ];
    test.each(zhCases)('in Chinese by default: %s', async (_name, files, expected) => {
      const root = await tree(files);
      const message = await errorOf(new ConfigLoader({ cwd: root, loadPlugins }).forFile(path.join(root, 'a.md')));
      expect(message.replaceAll(root, 'ROOT').replace(/^[^:]*: /, '')).toBe(expected);
      expect(message).not.toContain('\n');
    });
  });
});

describe('shipped files', () => {
  const schemaPath = path.join(repo, 'schema/reportlintrc.schema.json');
  test('schema/reportlintrc.schema.json is generated from the rule registry (UPDATE_SCHEMA=1 rewrites it)', async () => {
    const expected = `${JSON.stringify(editorConfigSchema(createRegistry([BUILTIN_SOURCE])), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') await writeFile(schemaPath, expected);
    const stale = (await readFile(schemaPath, 'utf8')) !== expected;
    // A new or changed rule makes the shipped schema stale: regenerate it rather than editing by hand.
    expect({ stale, fix: 'UPDATE_SCHEMA=1 npm test -- test/config.test.ts' }).toEqual({ stale: false, fix: expect.any(String) });
  });
  test("the repository's own .reportlintrc.json is valid and points at the schema", async () => {
    const data = await readConfigFile(path.join(repo, '.reportlintrc.json'));
    expect(data.$schema).toBe('./schema/reportlintrc.schema.json');
    const loader = new ConfigLoader({ cwd: repo });
    await expect(loader.forFile(path.join(repo, 'examples/x.md'))).resolves.toBeDefined();
  });
});
