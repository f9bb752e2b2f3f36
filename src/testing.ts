/**
 * The RuleTester (`reportlint/testing`): one test per case, each running the REAL pipeline (adapter → report
 * builder → rule → messages) on a whole document, for built-in and plugin rules alike (after ESLint's RuleTester).
 * It throws plain Errors instead of using a framework's `expect`, so any runner with describe/it can host it.
 */
import AjvModule from 'ajv';
import { finishResult, lint, runRules, type ActiveRule } from './engine/lint.js';
import { parseReport } from './parser/index.js';
import type { Rule, RuleSeverity } from './rules/types.js';
import type { LintMessage, LintResult } from './engine/types.js';
import type { InputFormat } from './parser/types.js';

/** Every format reportlint reads: .docx, .pdf and web archives are given as bytes (or an archive's text). */
export type TestInputFormat = InputFormat;

export interface RuleTestCase<O = unknown> {
  /** Unique within the rule's cases; becomes the test's title. */
  name: string;
  /** The whole report, as text or bytes (bytes go through decoding like a file would). */
  text: string | Uint8Array;
  /** Forces the adapter; otherwise the format is sniffed from the text. */
  format?: TestInputFormat;
  options?: O;
  /** The clock the rule sees (default: DEFAULT_NOW, so tests never depend on the day they run). */
  now?: Date;
  /** Last year's report of the same organ (for year-over-year rules), read with the case's format. */
  previous?: string | Uint8Array;
}

export interface ExpectedFinding {
  messageId: string;
  line: number;
  column?: number;
  severity?: RuleSeverity;
  /** Where people find it in a .docx or .pdf (表三「（七）总计」行·自然人), compared when given. */
  location?: string;
  /** Only the keys given are compared. */
  data?: Readonly<Record<string, string | number>>;
}

export interface InvalidRuleTestCase<O = unknown> extends RuleTestCase<O> {
  errors: ExpectedFinding[];
}

export interface RuleTests<O = unknown> {
  valid: RuleTestCase<O>[];
  invalid: InvalidRuleTestCase<O>[];
}

export type DescribeFn = (name: string, body: () => void) => void;
export type ItFn = (name: string, body: () => Promise<void>) => void;

export interface TestRuleOptions {
  describe?: DescribeFn;
  it?: ItFn;
  /** The id findings carry (plugin rules: `<plugin>/<rule-id>`); default meta.id. */
  id?: string;
}

/**
 * ESLint's shape of the same tester, for those who know it: `new RuleTester().run('local/x', rule, { valid,
 * invalid })`. The id comes first, as in ESLint; options (describe/it) are given once to the constructor.
 */
export class RuleTester {
  constructor(private readonly options: Omit<TestRuleOptions, 'id'> = {}) {}
  run<O, M extends string>(id: string, rule: Rule<O, M>, tests: RuleTests<NoInfer<O>> | RuleTests): void {
    testRule(rule, tests, { ...this.options, id });
  }
}

/** The default clock of every case: fixed, so a test written today still passes next year. */
export const DEFAULT_NOW = new Date('2025-06-30T00:00:00Z');

let hooks: { describe: DescribeFn; it: ItFn } | undefined;

/** Sets describe/it for every later testRule call (mocha, vitest, node:test …). */
export function setTestHooks(next: { describe: DescribeFn; it: ItFn }): void {
  hooks = next;
}

// Loaded lazily by name so the package has no hard dependency on jest; outside jest the import fails.
const jestGlobals = await import(String('@jest/globals')).then(
  (m: { describe?: DescribeFn; it?: ItFn }) => (m.describe && m.it ? { describe: m.describe, it: m.it } : undefined),
  () => undefined,
);

function resolveHooks(options: TestRuleOptions): { describe: DescribeFn; it: ItFn } {
  const g = globalThis as { describe?: DescribeFn; it?: ItFn };
  const describe = options.describe ?? hooks?.describe ?? jestGlobals?.describe ?? g.describe;
  const it = options.it ?? hooks?.it ?? jestGlobals?.it ?? g.it;
  if (!describe || !it) throw new Error('testRule needs describe/it: pass them in options or call setTestHooks()');
  return { describe, it };
}

const LONE_TABLES: ReadonlyArray<[string, TestInputFormat]> = [
  ['| 申请人情况 | 自然人 | 总计 |\n| --- | --- | --- |\n| 一、本年新收政府信息公开申请数量 | 3 | 3 |\n', 'markdown'],
  ['行政复议\t\t\t\t\t行政诉讼\n结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n1\t0\t0\t0\t1\n', 'text'],
];

/**
 * Emits one test per case, plus the checks every rule must pass (well-formed meta, no crash on odd input).
 * Options are typed from the rule (NoInfer); case arrays typed loosely (RuleTestCase[]) are accepted too.
 */
export function testRule<O, M extends string>(
  rule: Rule<O, M>,
  tests: RuleTests<NoInfer<O>> | RuleTests,
  options: TestRuleOptions = {},
): void {
  const { describe, it } = resolveHooks(options);
  const id = options.id ?? rule.meta.id;
  const active = (o: unknown): ActiveRule => ({
    id,
    rule,
    severity: rule.meta.defaultSeverity,
    ...(o === undefined ? {} : { options: o }),
  });
  const run = async (c: RuleTestCase<unknown>): Promise<LintResult> => {
    const format = c.format ? { format: c.format } : {};
    const previous = c.previous === undefined ? {} : { previous: (await parseReport(c.previous, format)).report };
    return lint(c.text, { rules: [active(c.options)], now: c.now ?? DEFAULT_NOW, ...format, ...previous });
  };

  describe(id, () => {
    it('meta is well formed and case names are unique', async () => {
      checkMeta(rule);
      const names = [...tests.valid, ...tests.invalid].map((c) => c.name);
      const repeated = names.filter((n, i) => names.indexOf(n) !== i);
      if (repeated.length) throw new Error(`case names must be unique; repeated: ${repeated.join(', ')}`);
    });
    it('does not crash on an empty document or a lone table', async () => {
      for (const [text, format] of [['', 'text'] as const, ...LONE_TABLES]) {
        // Run the rule itself even where the engine would not (an empty document is empty, and no report).
        const parsed = await parseReport(text, { format });
        parsed.report.reading.notAReport = false;
        const options = { rules: [active(undefined)], now: DEFAULT_NOW };
        const result = finishResult('<input>', parsed, await runRules(parsed.report, options), options);
        const crash = result.messages.find((m) => m.fatal);
        if (crash) throw new Error(`crashed on ${JSON.stringify(text.slice(0, 40))}: ${crash.message}`);
        checkPositions(result, rule, text);
      }
    });
    for (const c of tests.valid) {
      it(`valid: ${c.name}`, async () => {
        validateOptions(rule, c.options);
        const result = await run(c);
        const found = ownMessages(result, id);
        checkPositions(result, rule, c.text);
        if (found.length) throw new Error(`expected no findings, got ${found.length}:\n${describeAll(found)}`);
      });
    }
    for (const c of tests.invalid) {
      it(`invalid: ${c.name}`, async () => {
        if (!c.errors.length) throw new Error('an invalid case must expect at least one finding');
        validateOptions(rule, c.options);
        for (const e of c.errors)
          if (!(e.messageId in rule.meta.messages)) throw new Error(`unknown messageId "${e.messageId}" in the case`);
        const result = await run(c);
        const found = ownMessages(result, id);
        checkPositions(result, rule, c.text);
        compareFindings(found, c.errors);
      });
    }
  });
}

/** The rule's messages; a fatal message (unreadable input, rule crash) fails the case at once. */
function ownMessages(result: LintResult, id: string): LintMessage[] {
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`fatal message (${fatal.ruleId ?? 'input'}): ${fatal.message}`);
  return result.messages.filter((m) => m.ruleId === id);
}

function compareFindings(found: LintMessage[], expected: ExpectedFinding[]): void {
  const problems: string[] = [];
  if (found.length !== expected.length) problems.push(`expected ${expected.length} finding(s), got ${found.length}`);
  expected.forEach((e, i) => {
    const m = found[i];
    if (!m) return;
    const where = `finding ${i + 1}`;
    if (m.messageId !== e.messageId) problems.push(`${where}: messageId ${m.messageId}, expected ${e.messageId}`);
    if (m.line !== e.line) problems.push(`${where}: line ${m.line}, expected ${e.line}`);
    if (e.column !== undefined && m.column !== e.column) problems.push(`${where}: column ${m.column}, expected ${e.column}`);
    if (e.location !== undefined && m.location !== e.location)
      problems.push(`${where}: location ${m.location ?? '(none)'}, expected ${e.location}`);
    if (e.severity !== undefined && m.severity !== (e.severity === 'error' ? 2 : 1))
      problems.push(`${where}: severity ${m.severity}, expected ${e.severity}`);
    for (const [key, value] of Object.entries(e.data ?? {})) {
      if (m.data?.[key] !== value)
        problems.push(`${where}: data.${key} ${JSON.stringify(m.data?.[key])}, expected ${JSON.stringify(value)}`);
    }
  });
  if (problems.length) throw new Error(`${problems.join('\n')}\nactual findings:\n${describeAll(found)}`);
}

function describeAll(found: LintMessage[]): string {
  return (
    found.map((m) => `  ${m.line}:${m.column} ${m.messageId} ${JSON.stringify(m.data ?? {})} ${m.message}`).join('\n') ||
    '  (none)'
  );
}

/** Every finding must point inside the document the positions refer to (remark-lint's positionless check). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function checkPositions(result: LintResult, rule: Rule<any, any>, input: string | Uint8Array): void {
  const text = result.source ?? (typeof input === 'string' ? input : undefined);
  for (const m of result.messages) {
    if (m.messageId && !m.fatal && !(m.messageId in rule.meta.messages)) throw new Error(`unknown messageId "${m.messageId}"`);
    if (text === undefined) continue;
    const lines = text.split(/\r\n|\r|\n/);
    const line = lines[m.line - 1];
    if (line === undefined || m.column < 1 || m.column > line.length + 1) {
      throw new Error(`finding ${m.messageId} at ${m.line}:${m.column} lies outside the document (${lines.length} lines)`);
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function checkMeta(rule: Rule<any, any>): void {
  const meta = rule.meta;
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(meta.id)) throw new Error(`rule id "${meta.id}" is not kebab-case`);
  const ids = Object.keys(meta.messages);
  if (!ids.length) throw new Error('a rule needs at least one message');
  for (const [key, text] of Object.entries(meta.messages) as Array<[string, { zh?: string; en?: string }]>) {
    if (!text.zh || !text.en) throw new Error(`message ${key} needs both zh and en text`);
  }
  for (const key of [...Object.keys(meta.severities ?? {}), ...Object.keys(meta.hints ?? {})]) {
    if (!ids.includes(key)) throw new Error(`severities/hints name an unknown messageId "${key}"`);
  }
}

type Validator = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
type AjvLike = { compile(schema: unknown): Validator };
const AjvClass = ((AjvModule as unknown as { default?: unknown }).default ?? AjvModule) as new (o: object) => AjvLike;
const validators = new WeakMap<object, Validator>();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function validateOptions(rule: Rule<any, any>, options: unknown): void {
  if (options === undefined) return;
  const schema = rule.meta.schema;
  if (schema) {
    let validate = validators.get(schema);
    if (!validate) {
      validate = new AjvClass({ allErrors: true, useDefaults: false }).compile(schema);
      validators.set(schema, validate);
    }
    if (!validate(options)) {
      const why = (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
      throw new Error(`options do not match the rule's schema: ${why}`);
    }
  }
  // What a schema cannot say (the config loader runs the same check).
  const problem = rule.meta.validateOptions?.(options);
  if (problem) throw new Error(`options rejected by the rule: ${problem}`);
}
