/**
 * Running rules without trusting them. A rule may be a plugin's, so whatever it does stays with it:
 * - it may be async: its promise is awaited (under a time limit), and a rejection is one internal-error finding;
 * - a plugin rule sees a deep-frozen copy of the report, so it cannot change what built-in rules read;
 * - each finding is validated and copied when reported (data that is not plain JSON becomes text), so a
 *   circular or BigInt value cannot break the run for every file later on;
 * - a finding reported after `check` has returned (from a timer or a forgotten promise) is an internal-error
 *   finding naming the rule, not silently lost;
 * - a rule that replaces built-ins (Array.prototype.push…) has them put back, and is named.
 * A rule that never yields (an endless loop in synchronous code) cannot be stopped from this thread.
 * Browser-safe, like the rest of the engine.
 */
import type { ReportRoot } from '../parser/types.js';
import type { FindingInput } from '../rules/types.js';
import type { StampedFinding } from '../messages/types.js';
import { TimeLimitError, timeLimitMs, withTimeLimit } from '../parser/time-limit.js';

/** An async rule that has not settled after a third of the time limit (10 s by default) is given up on. */
const ruleTimeoutMs = (): number => Math.max(1, Math.round(timeLimitMs() / 3));

export interface RuleRun {
  id: string;
  /** Built-in rules see the report itself; the others a frozen copy. */
  trusted: boolean;
  check(report: ReportRoot, reportFinding: (finding: FindingInput<string>) => void): unknown;
  stamp(finding: FindingInput<string>): StampedFinding;
  /**
   * A rule that threw (its own error text), ran out of time (a TimeLimitError) or broke the contract in a way the
   * engine saw itself (a Breach); the last two are worded by the engine in the run's language.
   */
  crashed(reason: string | TimeLimitError | Breach): StampedFinding;
}

/** What the engine caught a rule doing, beyond an error it threw. */
export type Breach = { kind: 'changedBuiltins'; names: string } | { kind: 'lateFinding' };

export async function runGuardedRules(report: ReportRoot, runs: readonly RuleRun[]): Promise<StampedFinding[]> {
  const findings: StampedFinding[] = [];
  const add = (f: StampedFinding): void => void (findings[findings.length] = f);
  let frozen: ReportRoot | undefined;
  const late: RuleRun[] = [];
  for (const run of runs) {
    const collected: StampedFinding[] = [];
    let open = true;
    let invalid: string | undefined;
    const reportFinding = (finding: FindingInput<string>): void => {
      if (!open) {
        if (!late.includes(run)) late[late.length] = run;
        return;
      }
      try {
        collected[collected.length] = run.stamp(checkedFinding(finding));
      } catch (error) {
        invalid ??= reasonOf(error);
      }
    };
    const before = run.trusted ? undefined : snapshotIntrinsics();
    let crash: string | TimeLimitError | Breach | undefined;
    try {
      const input = run.trusted ? report : (frozen ??= deepFreeze(copyOf(report)));
      const returned = run.check(input, reportFinding);
      if (isThenable(returned)) await withTimeLimit(returned, ruleTimeoutMs());
    } catch (error) {
      crash = error instanceof TimeLimitError ? error : reasonOf(error);
    }
    open = false;
    const tampered = before ? restoreIntrinsics(before) : [];
    if (tampered.length) crash ??= { kind: 'changedBuiltins', names: tampered.slice(0, 3).join(', ') };
    crash ??= invalid;
    if (crash !== undefined) add(run.crashed(crash));
    else for (const f of collected) add(f);
  }
  // Reports made a moment after check returned (a timer, an unawaited promise) are caught here.
  if (runs.some((r) => !r.trusted)) await new Promise((resolve) => setTimeout(resolve, 0));
  // Later still, nothing can be done: the file's result has been handed on.
  for (const run of late.splice(0)) add(run.crashed({ kind: 'lateFinding' }));
  return findings;
}

/** A finding as given by a rule, checked for shape and copied, so later changes to it by the rule do not matter. */
function checkedFinding(finding: FindingInput<string>): FindingInput<string> {
  if (typeof finding !== 'object' || finding === null) throw new Error('reported something that is not a finding object');
  if (typeof finding.messageId !== 'string') throw new Error('reported a finding without a messageId');
  if (typeof finding.node !== 'object' || finding.node === null) throw new Error(`finding "${finding.messageId}" has no node`);
  const out: { -readonly [K in keyof FindingInput<string>]: FindingInput<string>[K] } = {
    node: finding.node,
    messageId: finding.messageId,
  };
  if (finding.place !== undefined && isPosition(finding.place)) out.place = finding.place;
  if (finding.data !== undefined) out.data = plainData(finding.data);
  if (finding.actual !== undefined) out.actual = scalar(finding.actual);
  if (finding.expected !== undefined) out.expected = scalar(finding.expected);
  if (isList(finding.related)) {
    out.related = finding.related
      .filter(
        (r) =>
          typeof r === 'object' && r !== null && typeof r.node === 'object' && r.node !== null && typeof r.messageId === 'string',
      )
      .map((r) => ({ node: r.node, messageId: r.messageId, ...(r.data !== undefined ? { data: plainData(r.data) } : {}) }));
  }
  return out;
}

/** Array.isArray without narrowing a typed array to any[]. */
const isList = (value: unknown): value is readonly unknown[] => Array.isArray(value);

/** `data` as the message pipeline needs it: strings and numbers only; anything else is turned into text. */
function plainData(data: unknown): Record<string, string | number> {
  if (typeof data !== 'object' || data === null) return {};
  const out: Record<string, string | number> = Object.create(null) as Record<string, string | number>;
  for (const key of Object.keys(data)) out[key] = scalar((data as Record<string, unknown>)[key]);
  return { ...out };
}

function scalar(value: unknown): string | number {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint' || typeof value === 'boolean' || value === null || value === undefined) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

function isPosition(p: unknown): boolean {
  const point = (x: unknown): boolean =>
    typeof x === 'object' &&
    x !== null &&
    Number.isInteger((x as { line?: unknown }).line) &&
    Number.isInteger((x as { column?: unknown }).column);
  return typeof p === 'object' && p !== null && point((p as { start?: unknown }).start) && point((p as { end?: unknown }).end);
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (typeof v === 'object' || typeof v === 'function') && v !== null && typeof (v as { then?: unknown }).then === 'function';
}

function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : scalar(error).toString();
  return text.split('\n')[0] ?? text;
}

/** The report is plain data (parser output), so a structural copy is exact. */
function copyOf(report: ReportRoot): ReportRoot {
  return structuredClone(report);
}

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return value;
}

/** The built-ins the engine itself relies on after rules have run. */
const INTRINSICS: ReadonlyArray<[string, object]> = [
  ['Array.prototype', Array.prototype],
  ['Object.prototype', Object.prototype],
  ['String.prototype', String.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
  ['RegExp.prototype', RegExp.prototype],
  ['Promise.prototype', Promise.prototype],
  ['Function.prototype', Function.prototype],
  ['Number.prototype', Number.prototype],
  ['Array', Array],
  ['Object', Object],
  ['JSON', JSON],
  ['Math', Math],
  ['Promise', Promise],
];

type Snapshot = Array<[string, object, Map<PropertyKey, PropertyDescriptor>]>;

function snapshotIntrinsics(): Snapshot {
  return INTRINSICS.map(([name, target]) => {
    const props = new Map<PropertyKey, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(target)) props.set(key, Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor);
    return [name, target, props];
  });
}

/** Puts back what a rule changed; returns the names changed. (No array methods: they may be what was changed.) */
function restoreIntrinsics(snapshot: Snapshot): string[] {
  const changed: string[] = [];
  const note = (name: string, key: PropertyKey): void => void (changed[changed.length] = `${name}.${String(key)}`);
  for (const [name, target, props] of snapshot) {
    for (const key of Reflect.ownKeys(target)) {
      const was = props.get(key);
      const now = Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor;
      if (was && sameDescriptor(was, now)) continue;
      note(name, key);
      if (was) Reflect.defineProperty(target, key, was);
      else Reflect.deleteProperty(target, key);
    }
    for (const [key, was] of props) {
      if (!Object.prototype.hasOwnProperty.call(target, key)) {
        note(name, key);
        Reflect.defineProperty(target, key, was);
      }
    }
  }
  return changed;
}

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return (
    a.value === b.value &&
    a.get === b.get &&
    a.set === b.set &&
    a.writable === b.writable &&
    a.enumerable === b.enumerable &&
    a.configurable === b.configurable
  );
}
