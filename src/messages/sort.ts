/** Orders findings by line, then column, then rule id, so output is deterministic. */
import type { StampedFinding } from './types.js';

export function sortFindings(findings: readonly StampedFinding[]): StampedFinding[] {
  return [...findings].sort(
    (a, b) =>
      line(a) - line(b) ||
      column(a) - column(b) ||
      (a.ruleId ?? '').localeCompare(b.ruleId ?? '') ||
      a.messageId.localeCompare(b.messageId),
  );
}

const line = (f: StampedFinding): number => f.position?.start.line ?? 1;
const column = (f: StampedFinding): number => f.position?.start.column ?? 1;
