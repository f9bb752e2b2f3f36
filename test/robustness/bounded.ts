/**
 * Lints one input and checks that the outcome is a well-formed LintResult: findings or a fatal message, never
 * an exception, never a rule crash. The time bound is asserted only in `npm run test:slow`
 * (REPORTLINT_SLOW_TESTS): wall time is what a busy machine stretches (a 2-core machine shared by other jobs
 * took 13.8 s on an input measured at 1.4 s), so `npm test` checks the outcome and leaves the clock to the
 * slow run, which .ci/run also runs. Synchronous work cannot be pre-empted by a timer, so there the elapsed
 * time is also checked after the fact.
 */
import { expect } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import type { LintResult } from '../../src/engine/types.js';

const NOW = new Date('2025-06-01T00:00:00Z');

/** Whether this run asserts wall-time bounds (`npm run test:slow`). */
const TIMED = Boolean(process.env['REPORTLINT_SLOW_TESTS']);

/**
 * Jest's timeout for a test of these files: only a guard against a hang. An untimed run on a busy machine
 * must not hit it (the pathological inputs took up to 14 s each at a load of 17 on 2 cores).
 */
export const HANG_GUARD_MS = 600_000;

export async function lintWithin(
  input: string | Uint8Array,
  filePath: string,
  boundMs: number,
): Promise<{ result: LintResult; ms: number }> {
  const started = performance.now();
  if (!TIMED) return { result: await lint(input, { filePath, now: NOW }), ms: performance.now() - started };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${filePath}: lint did not finish within ${boundMs} ms`)), boundMs);
  });
  try {
    const result = await Promise.race([lint(input, { filePath, now: NOW }), timeout]);
    const ms = performance.now() - started;
    if (ms > boundMs) throw new Error(`${filePath}: lint took ${Math.round(ms)} ms, more than the ${boundMs} ms bound`);
    return { result, ms };
  } finally {
    clearTimeout(timer);
  }
}

/** The shape every result must have, whatever the input. */
function checkResult(result: LintResult, filePath: string): void {
  expect(result.filePath).toBe(filePath);
  expect(Array.isArray(result.messages)).toBe(true);
  let errors = 0;
  let warnings = 0;
  for (const m of result.messages) {
    expect([1, 2]).toContain(m.severity);
    expect(typeof m.message).toBe('string');
    expect(m.message.length).toBeGreaterThan(0);
    expect(Number.isInteger(m.line) && m.line >= 1).toBe(true);
    expect(Number.isInteger(m.column) && m.column >= 1).toBe(true);
    // A rule that throws is caught by the engine, but on any input it is a bug: no rule may crash.
    expect(m.messageId).not.toBe('internalError');
    if (m.fatal) expect(m.ruleId).toBeNull();
    if (m.severity === 2) errors++;
    else warnings++;
  }
  expect(result.errorCount).toBe(errors);
  expect(result.warningCount).toBe(warnings);
}

export async function lintAndCheck(input: string | Uint8Array, filePath: string, boundMs: number): Promise<LintResult> {
  const { result } = await lintWithin(input, filePath, boundMs);
  checkResult(result, filePath);
  return result;
}
