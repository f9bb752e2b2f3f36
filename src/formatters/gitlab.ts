/**
 * GitLab Code Quality (`artifacts: reports: codequality`): a JSON array of issues that GitLab shows in merge
 * requests and pipelines. Severities: errors are `major` (an unreadable file `critical`), warnings `minor`.
 * The fingerprint must stay the same while a finding does, so GitLab can tell new findings from fixed ones:
 * it hashes the path, rule and message plus the finding's rank among identical ones, never the line number
 * (an edit above a finding would otherwise make it "new"). No node built-ins: formatters run in the page too.
 */
import { relativePath } from './paths.js';
import { codeOf, oneLine } from './shared.js';
import type { Formatter } from './types.js';

export const gitlab: Formatter = (results, context) => {
  const issues: unknown[] = [];
  for (const result of results) {
    const file = relativePath(context.cwd, result.filePath);
    const seen = new Map<string, number>();
    for (const m of result.messages) {
      const description = oneLine(m, context.locale, result.format);
      const identity = `${file}\u0000${codeOf(m)}\u0000${description}`;
      const rank = seen.get(identity) ?? 0;
      seen.set(identity, rank + 1);
      const begin = Math.max(1, m.line);
      issues.push({
        type: 'issue',
        check_name: codeOf(m),
        description,
        categories: ['Style'],
        severity: m.fatal ? 'critical' : m.severity === 2 ? 'major' : 'minor',
        fingerprint: fingerprint(`${identity}\u0000${rank}`),
        location: { path: file, lines: { begin, end: Math.max(begin, m.endLine ?? begin) } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};

/** 128 bits of four seeded 32-bit FNV-1a hashes over UTF-16 code units, as hex: stable, no crypto needed. */
function fingerprint(text: string): string {
  return [0x811c9dc5, 0x01000193, 0x050c5d1f, 0x2f6d3a9b]
    .map((seed) => {
      let h = seed >>> 0;
      for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
      }
      return h.toString(16).padStart(8, '0');
    })
    .join('');
}
