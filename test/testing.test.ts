/** The RuleTester itself (src/testing.ts), and the engine's promise that a crashing rule stays one finding. */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/engine/lint.js';
import { findSection } from '../src/parser/query.js';
import { defineRule, type AnyRule } from '../src/rules/types.js';
import requiredSections from '../src/rules/required-sections.js';
import { testRule, type RuleTests } from '../src/testing.js';
import { archive, quotedPrintable } from './helpers/web-archive.js';

/** A plugin-style rule: 六、其他需要报告的事项 must not be empty. */
const otherNotEmpty = defineRule({
  meta: {
    id: 'other-not-empty',
    description: { zh: '第六部分不得为空', en: 'Section 6 must not be empty' },
    category: 'structure',
    basis: 'test',
    defaultSeverity: 'error',
    recommended: false,
    messages: { empty: { zh: '第六部分为空', en: 'Section 6 is empty' } },
  },
  check(report, context) {
    const other = findSection(report, 'other');
    if (other && !other.children.length) context.report({ node: other, messageId: 'empty' });
  },
});

const EMPTY_OTHER =
  '# 某局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n本局2023年持续推进公开。\n\n## 六、其他需要报告的事项\n';
const FILLED_OTHER = `${EMPTY_OTHER}\n本机关未收取信息处理费。\n`;
const EMPTY_OTHER_PAGE = [
  '<html><head><meta charset="utf-8"><title>某局2023年政府信息公开工作年度报告</title></head><body>',
  '<h1>某局2023年政府信息公开工作年度报告</h1>',
  '<h2>一、总体情况</h2>',
  '<p>本局2023年持续推进公开。</p>',
  '<h2>六、其他需要报告的事项</h2>',
  '</body></html>',
].join('\n');

// The tester running for real, with jest's describe/it found on its own.
testRule(otherNotEmpty, {
  valid: [{ name: 'filled section', text: FILLED_OTHER, format: 'markdown' }],
  invalid: [
    {
      name: 'empty section',
      text: EMPTY_OTHER,
      format: 'markdown',
      errors: [{ messageId: 'empty', line: 7, column: 4, severity: 'error' }],
    },
    {
      name: 'empty section as bytes',
      text: new TextEncoder().encode(EMPTY_OTHER),
      format: 'markdown',
      errors: [{ messageId: 'empty', line: 7 }],
    },
    {
      // Positions in a web archive are those of the page it holds, once decoded (line 5: the <h2>).
      name: 'empty section in a page saved as a web archive',
      text: archive([
        {
          headers: ['Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable'],
          body: quotedPrintable(new TextEncoder().encode(EMPTY_OTHER_PAGE)),
        },
      ]),
      format: 'mhtml',
      errors: [{ messageId: 'empty', line: 5 }],
    },
  ],
});

/** Runs testRule with describe/it that collect the test bodies, then reports which of them fail and why. */
async function outcomes(rule: AnyRule, tests: RuleTests): Promise<Map<string, string | null>> {
  const bodies: Array<[string, () => Promise<void>]> = [];
  testRule(rule, tests, { describe: (_name, body) => body(), it: (name, body) => bodies.push([name, body]) });
  const out = new Map<string, string | null>();
  for (const [name, body] of bodies)
    out.set(
      name,
      await body().then(
        () => null,
        (e: Error) => e.message,
      ),
    );
  return out;
}

describe('testRule', () => {
  it('emits the shared checks and one test per case', async () => {
    const result = await outcomes(otherNotEmpty, {
      valid: [{ name: 'ok', text: FILLED_OTHER }],
      invalid: [{ name: 'bad', text: EMPTY_OTHER, errors: [{ messageId: 'empty', line: 7 }] }],
    });
    expect([...result.keys()]).toEqual([
      'meta is well formed and case names are unique',
      'does not crash on an empty document or a lone table',
      'valid: ok',
      'invalid: bad',
    ]);
    expect([...result.values()]).toEqual([null, null, null, null]);
  });

  it('fails on a wrong count, messageId, line, column or data, and names what differs', async () => {
    const result = await outcomes(otherNotEmpty, {
      valid: [{ name: 'valid but reports', text: EMPTY_OTHER }],
      invalid: [
        { name: 'wrong line and column', text: EMPTY_OTHER, errors: [{ messageId: 'empty', line: 6, column: 3 }] },
        {
          name: 'too many expected',
          text: EMPTY_OTHER,
          errors: [
            { messageId: 'empty', line: 7 },
            { messageId: 'empty', line: 7 },
          ],
        },
        { name: 'wrong data', text: EMPTY_OTHER, errors: [{ messageId: 'empty', line: 7, data: { n: 3 } }] },
        { name: 'wrong location', text: EMPTY_OTHER, errors: [{ messageId: 'empty', line: 7, location: '表三' }] },
        { name: 'unknown messageId', text: EMPTY_OTHER, errors: [{ messageId: 'nope', line: 7 }] },
        { name: 'no errors listed', text: EMPTY_OTHER, errors: [] },
      ],
    });
    expect(result.get('valid: valid but reports')).toMatch(/expected no findings, got 1/);
    expect(result.get('invalid: wrong line and column')).toMatch(/line 7, expected 6\n.*column 4, expected 3/);
    expect(result.get('invalid: too many expected')).toMatch(/expected 2 finding\(s\), got 1/);
    expect(result.get('invalid: wrong data')).toMatch(/data\.n undefined, expected 3/);
    expect(result.get('invalid: wrong location')).toMatch(/location \(none\), expected 表三/);
    expect(result.get('invalid: unknown messageId')).toMatch(/unknown messageId "nope"/);
    expect(result.get('invalid: no errors listed')).toMatch(/at least one finding/);
  });

  it('rejects repeated case names and ill-formed meta', async () => {
    const repeated = await outcomes(otherNotEmpty, {
      valid: [{ name: 'same', text: FILLED_OTHER }],
      invalid: [{ name: 'same', text: EMPTY_OTHER, errors: [{ messageId: 'empty', line: 7 }] }],
    });
    expect(repeated.get('meta is well formed and case names are unique')).toMatch(/repeated: same/);
    const noEnglish = defineRule({
      ...otherNotEmpty,
      meta: { ...otherNotEmpty.meta, messages: { empty: { zh: '空', en: '' } } },
    });
    const meta = await outcomes(noEnglish, { valid: [], invalid: [] });
    expect(meta.get('meta is well formed and case names are unique')).toMatch(/needs both zh and en/);
  });

  it('fails a rule that crashes on an empty document or a lone table', async () => {
    const fragile = defineRule({ ...otherNotEmpty, check: (report) => void report.children[0]!.type });
    const result = await outcomes(fragile, { valid: [], invalid: [] });
    expect(result.get('does not crash on an empty document or a lone table')).toMatch(/crashed on ""/);
  });

  it('validates options against meta.schema', async () => {
    const withSchema = defineRule<{ max: number }, 'empty'>({
      meta: {
        ...otherNotEmpty.meta,
        schema: { type: 'object', properties: { max: { type: 'integer' } }, additionalProperties: false },
      } as never,
      check: otherNotEmpty.check.bind(otherNotEmpty) as never,
    });
    const result = await outcomes(withSchema, {
      valid: [{ name: 'bad options', text: FILLED_OTHER, options: { max: 'x' } }],
      invalid: [],
    });
    expect(result.get('valid: bad options')).toMatch(/options do not match the rule's schema: \/max must be integer/);
    const vetted = defineRule<{ max: number }, 'empty'>({
      meta: { ...withSchema.meta, validateOptions: (o) => (o.max > 9 ? 'max must stay below 10' : undefined) },
      check: otherNotEmpty.check.bind(otherNotEmpty) as never,
    });
    const rejected = await outcomes(vetted, {
      valid: [{ name: 'too large', text: FILLED_OTHER, options: { max: 12 } }],
      invalid: [],
    });
    expect(rejected.get('valid: too large')).toMatch(/options rejected by the rule: max must stay below 10/);
  });
});

describe('a rule that throws', () => {
  const throwing = defineRule({
    meta: { ...otherNotEmpty.meta, id: 'always-throws' },
    check() {
      throw new Error('boom');
    },
  });
  const active = [
    { id: 'always-throws', rule: throwing, severity: 'error' as const },
    { id: 'required-sections', rule: requiredSections, severity: 'error' as const },
  ];

  it('becomes one internal-error finding while the other rules still report, file after file', async () => {
    for (const text of [EMPTY_OTHER, FILLED_OTHER]) {
      const result = await lint(text, { rules: active, format: 'markdown' });
      const crash = result.messages.filter((m) => m.ruleId === 'always-throws');
      expect(crash).toHaveLength(1);
      expect(crash[0]).toMatchObject({ fatal: true, severity: 2, messageId: 'internalError', line: 1, column: 1 });
      expect(crash[0]!.message).toContain('boom');
      expect(result.fatalErrorCount).toBe(1);
      // required-sections still ran: 二 to 五 are missing, reported at 六's heading (line 7).
      const missing = result.messages.filter((m) => m.ruleId === 'required-sections');
      expect(missing.map((m) => [m.messageId, m.line, m.data?.section])).toEqual([
        ['missing', 7, '二、主动公开政府信息情况'],
        ['missing', 7, '三、收到和处理政府信息公开申请情况'],
        ['missing', 7, '四、政府信息公开行政复议、行政诉讼情况'],
        ['missing', 7, '五、存在的主要问题及改进情况'],
      ]);
    }
  });
});

describe('a rule that breaks the contract in a way the engine sees', () => {
  const rule = (id: string, check: (typeof otherNotEmpty)['check']) => ({
    id,
    rule: defineRule({ meta: { ...otherNotEmpty.meta, id }, check }),
    severity: 'error' as const,
  });
  const original = Array.prototype.includes;

  it('one that replaces a built-in has it put back and gets a changedBuiltins error in the run language', async () => {
    const active = [
      rule('x/includes', () => {
        Array.prototype.includes = () => true;
      }),
    ];
    for (const [lang, text] of [
      ['zh', '规则 x/includes 改动了内置对象（Array.prototype.includes），已恢复原样（可在配置中关闭该规则）'],
      [
        'en',
        'Rule x/includes changed built-in objects (Array.prototype.includes); they were restored (it can be switched off in the configuration)',
      ],
    ] as const) {
      const result = await lint(FILLED_OTHER, { rules: active, format: 'markdown', lang });
      expect(Array.prototype.includes).toBe(original);
      expect(result.messages.map((m) => [m.ruleId, m.messageId, m.fatal, m.message])).toEqual([
        ['x/includes', 'changedBuiltins', true, text],
      ]);
    }
  });

  it('one that reports after check returned has the finding dropped and gets a lateFinding error', async () => {
    const active = [
      rule('x/late', (report, context) => {
        setTimeout(() => context.report({ node: report, messageId: 'empty' }), 0);
      }),
    ];
    const result = await lint(FILLED_OTHER, { rules: active, format: 'markdown', lang: 'en' });
    expect(result.messages.map((m) => [m.ruleId, m.messageId, m.fatal])).toEqual([['x/late', 'lateFinding', true]]);
    expect(result.messages[0]!.message).toBe(
      'Rule x/late reported a finding after check() had returned; it was not counted (await it, or report synchronously)',
    );
  });
});
