/** Drops findings that say the same thing at the same place (same rule, message, data and start). */
import type { StampedFinding } from './types.js';

export function dedupeFindings(findings: readonly StampedFinding[]): StampedFinding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = [
      f.ruleId,
      f.messageId,
      f.position?.start.offset ?? f.position?.start.line,
      f.location,
      JSON.stringify(f.data ?? {}),
    ].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
