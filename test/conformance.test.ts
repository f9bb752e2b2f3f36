/**
 * Conformance on files nobody on the team wrote (../shared, when present): the compliant seeds give no errors
 * from any rule, and each real file gives exactly what ../shared/real/expected.json says — errors by rule and
 * count, required and allowed warnings, and the facts `extract` must read. When ../shared/real exists (it does
 * in CI) a mismatch or a crash FAILS; nothing here turns into a skip.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/engine/lint.js';
import { parseReport } from '../src/parser/index.js';
import { extractReport, type ExtractedReport } from '../src/engine/extract.js';
import { rules } from '../src/rules/index.js';

const SHARED = new URL('../../shared/', import.meta.url);
const SEEDS = new URL('seeds/', SHARED);
const REAL = new URL('real/', SHARED);
const NOW = new Date('2026-12-01T00:00:00Z');
// Every rule a default configuration runs. Opt-in rules (recommended: false, e.g. required-statements) exist to be
// configured for an organ's own wording, so the seeds' wording is not held against their example defaults.
const ALL = rules
  .filter((rule) => rule.meta.recommended)
  .map((rule) => ({ id: rule.meta.id, rule, severity: rule.meta.defaultSeverity }));
/** expected.json's stand-in for the project's own "could not be read" finding. */
const UNREADABLE = '<unreadable>';
const UNREADABLE_RULE = 'unreadable-content';

interface Expected {
  errors?: Array<{ rule: string; count?: number }>;
  optionalErrors?: Array<{ rule: string; count?: number }>;
  warnings?: { required?: string[]; allowed?: string[] };
  facts?: Record<string, unknown>;
}

const seeds = existsSync(SEEDS)
  ? readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];
const expectedFile = new URL('expected.json', REAL);
const real: Record<string, Expected> = existsSync(expectedFile)
  ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as { files: Record<string, Expected> }).files
  : {};
if (!seeds.length || !Object.keys(real).length)
  console.warn('conformance: ../shared is absent here; its checks do not run (CI has it)');

describe('compliant seeds', () => {
  it.each(seeds.length ? seeds : ['(none)'])('%s gives no errors from any recommended rule', async (name) => {
    if (name === '(none)') return;
    const result = await lint(new Uint8Array(readFileSync(new URL(name, SEEDS))), { filePath: name, rules: ALL, now: NOW });
    expect(result.messages.filter((m) => m.severity === 2).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual(
      [],
    );
  });
});

const counts = (ids: readonly string[]): Record<string, number> =>
  ids.reduce<Record<string, number>>((m, id) => ({ ...m, [id]: (m[id] ?? 0) + 1 }), {});
const expand = (list: Expected['errors']): string[] =>
  (list ?? []).flatMap((e) => Array<string>(e.count ?? 1).fill(e.rule === UNREADABLE ? UNREADABLE_RULE : e.rule));
const ruleOf = (id: string): string => (id === UNREADABLE ? UNREADABLE_RULE : id);

// Without ../shared (a git worktree outside the main checkout) there are no rows, and describe.each with none
// fails the whole suite; the warning above says so, as the seeds' placeholder row does.
const realRows: Array<[string, Expected | undefined]> = Object.keys(real).length ? Object.entries(real) : [['(none)', undefined]];
describe.each(realRows)('real file %s', (name, given) => {
  if (given === undefined) {
    it('is absent here', () => undefined);
    return;
  }
  const expected: Expected = given;
  const file = new URL(name, REAL);
  const lintIt = async () => lint(new Uint8Array(readFileSync(file)), { filePath: name, rules: ALL, now: NOW });

  it('exists and lints without a fatal error', async () => {
    expect(existsSync(file)).toBe(true);
    const result = await lintIt();
    expect(result.messages.filter((m) => m.fatal).map((m) => m.message)).toEqual([]);
  });

  it('gives exactly the expected errors', async () => {
    const result = await lintIt();
    const errors = result.messages.filter((m) => m.severity === 2);
    const got = counts(errors.map((m) => m.ruleId ?? ''));
    const want = counts(expand(expected.errors));
    const optional = counts(expand(expected.optionalErrors));
    const shown = errors.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    for (const [rule, n] of Object.entries(want))
      expect([rule, got[rule] ?? 0, shown]).toEqual([
        rule,
        Math.max(n, Math.min(got[rule] ?? 0, n + (optional[rule] ?? 0))),
        shown,
      ]);
    for (const [rule, n] of Object.entries(got))
      expect([rule, n <= (want[rule] ?? 0) + (optional[rule] ?? 0), shown]).toEqual([rule, true, shown]);
  });

  it('gives the required warnings and no others', async () => {
    const result = await lintIt();
    const warnings = result.messages.filter((m) => m.severity === 1);
    const ids = new Set(warnings.map((m) => m.ruleId ?? ''));
    for (const rule of (expected.warnings?.required ?? []).map(ruleOf)) expect([rule, ids.has(rule)]).toEqual([rule, true]);
    const allowed = new Set(
      [
        ...(expected.warnings?.required ?? []),
        ...(expected.warnings?.allowed ?? []),
        ...expand(expected.errors),
        ...expand(expected.optionalErrors),
      ].map(ruleOf),
    );
    expect(
      warnings.filter((m) => !allowed.has(m.ruleId ?? '')).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`),
    ).toEqual([]);
  });

  it('reads the expected facts', async () => {
    const parsed = await parseReport(new Uint8Array(readFileSync(file)), { filePath: name });
    const facts = extractReport(parsed);
    for (const [key, want] of Object.entries(expected.facts ?? {})) expect([key, factOf(facts, key, want)]).toEqual([key, want]);
  });
});

/** The extracted value for an expected.json fact key, shaped like the expectation (so one toEqual compares them). */
function factOf(facts: ExtractedReport, key: string, want: unknown): unknown {
  switch (key) {
    case 'year':
      return facts.year;
    case 'period':
      return facts.period ? [facts.period.start, facts.period.end] : null;
    case 'sections':
      return [...new Set(facts.sections.map((s) => s.key))];
    case 'fees':
      // "stated: nothing collected …": some statement says nothing was collected (or 0 元).
      return facts.fees.some((f) => f.noneCollected || f.collected === 0) ? want : facts.fees.map((f) => f.text);
    default:
      return tableFact(facts, key, want);
  }
}

function tableFact(facts: ExtractedReport, key: string, want: unknown): unknown {
  const [table, row, column] = key.split('.') as ['applications' | 'review', string, string];
  const value = facts.tables[table]?.[row]?.[column];
  if (!Array.isArray(want)) return value ?? null;
  // [x, "unreadable"]: the exact number, or the row (or table) reported unreadable — never another number.
  const reading = facts.reading.tables[table];
  const unreadable = reading?.status === 'unreadable' || (reading?.unreadableRows ?? []).includes(row);
  return value === want[0] || (value === undefined && unreadable) ? want : (value ?? null);
}
