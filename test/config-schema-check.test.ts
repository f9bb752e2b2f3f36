/**
 * The page checks a config without ajv (its CSP forbids eval): src/config/schema-check.ts must refuse what
 * ajv refuses, with the same one-line message (the same message id, key and data).
 */
import { SCHEMA_WALK_CHECKS } from '../src/config/schema-check.js';
import { validateConfigShape, validateRuleOptions } from '../src/config/validate.js';
import { ruleById } from '../src/rules/index.js';
import { ConfigError } from '../src/config/types.js';

function problem(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return `${error.localized('zh')} | ${error.localized('en')}`;
  }
}

const SHAPES: unknown[] = [
  {},
  { extends: 'reportlint:recommended', rules: { 'fee-statement': 'warn' } },
  [],
  'rules',
  { rule: {} },
  { extends: 3 },
  { extends: ['reportlint:recommended', 4] },
  { lang: 'fr' },
  { organType: 'ministry' },
  { plugins: 'jiangsu' },
  { overrides: [{ rules: {} }] },
  { overrides: [{ files: '*.md', unknown: true }] },
  { overrides: [{ files: ['*.md', 2] }] },
  { hierarchy: { 某市人民政府: ['某市教育局', ''] } },
  { hierarchy: { 某市人民政府: '某市教育局' } },
  { root: 'yes' },
];

describe('the config checks without code generation agree with ajv', () => {
  test.each(SHAPES.map((s) => [JSON.stringify(s), s]))('shape %s', (_name, data) => {
    const walked = problem(() => SCHEMA_WALK_CHECKS.shape(data, 'a.json'));
    expect(walked).toBe(problem(() => validateConfigShape(data, 'a.json')));
  });

  test('at least the refused shapes are refused (the table above is not all valid)', () => {
    expect(SHAPES.filter((s) => problem(() => SCHEMA_WALK_CHECKS.shape(s, 'a.json')) !== undefined).length).toBe(
      SHAPES.length - 2,
    );
  });

  const OPTIONS: Array<[string, unknown]> = [
    ['required-statements', [{ section: 'other', pattern: '网站', message: { zh: '网站' } }]],
    ['required-statements', [{ section: 'other' }]],
    ['required-statements', [{ section: 'nowhere', pattern: '网站', message: { zh: '网站' } }]],
    ['required-statements', { section: 'other' }],
    ['required-statements', [{ section: 'other', pattern: '', message: { zh: '网站' } }]],
    ['numeric-cells', { strict: true }],
  ];
  for (const [id, options] of OPTIONS) {
    test(`options of ${id}: ${JSON.stringify(options)}`, () => {
      const rule = ruleById.get(id);
      if (!rule) throw new Error(`no rule ${id}`);
      const walked = problem(() => SCHEMA_WALK_CHECKS.ruleOptions(rule, options, 'a.json', `rules.${id}`));
      expect(walked).toBe(problem(() => validateRuleOptions(rule, options, 'a.json', `rules.${id}`)));
    });
  }
  test('every rule with options: its defaults pass both', () => {
    for (const rule of ruleById.values()) {
      if (!rule.meta.schema || rule.meta.defaultOptions === undefined) continue;
      expect(problem(() => SCHEMA_WALK_CHECKS.ruleOptions(rule, rule.meta.defaultOptions, 'a.json', 'k'))).toBeUndefined();
    }
  });
});
