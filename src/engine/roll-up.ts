/**
 * The roll-up pairing (issue 23): which reports of a run are a parent organ's, by the `hierarchy` of their
 * configuration (`"某市人民政府": ["某市教育局", …]`), and its subordinates' reports of the same year in the run.
 * The `roll-up` rule (src/rules/roll-up.ts) compares them when files.ts lints a parent again with them, as the
 * year-over-year pass hands carry-over last year's report; so the rule is switched off, set to warn or error and
 * disabled inline like any other. Works on each result's `facts` only, so it is pure (browser-safe) and cheap.
 */
import type { ReportFacts } from './facts.js';
import type { SubordinateFigures, Subordinates } from '../rules/types.js';

type Hierarchy = Readonly<Record<string, readonly string[]>>;

/** An organ's name for pairing: spacing aside (南岭市 教育局 is 南岭市教育局). */
export const organKey = (organ: string): string => organ.replace(/\s+/g, '');

/**
 * A parent's subordinates as the roll-up counts them: each organ once however often (or however spaced) the
 * hierarchy names it, and never the parent itself (a report is not a sum of itself). The config check
 * (resolve.ts) rejects a parent naming itself and the run names the repeats in a notice (files.ts).
 */
function distinctSubordinates(parent: string, names: readonly string[]): string[] {
  const seen = new Set([organKey(parent)]);
  return names.filter((name) => {
    const key = organKey(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** For each parent of a hierarchy, the subordinates it names more than once (spacing aside), as first named. */
export function repeatedSubordinates(hierarchy: Hierarchy): Array<{ parent: string; names: string[] }> {
  const out: Array<{ parent: string; names: string[] }> = [];
  for (const [parent, names] of Object.entries(hierarchy)) {
    const counts = new Map<string, { name: string; count: number }>();
    for (const name of names) {
      const known = counts.get(organKey(name));
      if (known) known.count++;
      else counts.set(organKey(name), { name, count: 1 });
    }
    const repeated = [...counts.values()].filter((c) => c.count > 1).map((c) => c.name);
    if (repeated.length) out.push({ parent, names: repeated });
  }
  return out;
}

export interface RollUpInput {
  facts?: ReportFacts | undefined;
  hierarchy?: Hierarchy | undefined;
}

/** For each parent's report (by index), its subordinates' reports of its year in the run and those missing. */
export function subordinatesOf(inputs: readonly RollUpInput[]): Map<number, Subordinates> {
  const byOrganYear = new Map<string, ReportFacts[]>();
  for (const { facts } of inputs) {
    if (!facts?.organ || facts.year === null) continue;
    const key = `${organKey(facts.organ)}\u0000${facts.year}`;
    byOrganYear.set(key, [...(byOrganYear.get(key) ?? []), facts]);
  }
  const out = new Map<number, Subordinates>();
  inputs.forEach(({ facts, hierarchy }, i) => {
    if (!hierarchy || !facts?.organ || facts.year === null) return;
    const parent = organKey(facts.organ);
    const entry = Object.entries(hierarchy).find(([name]) => organKey(name) === parent);
    if (!entry) return;
    const children = distinctSubordinates(entry[0], entry[1]).map((name) => {
      const copies = byOrganYear.get(`${organKey(name)}\u0000${facts.year}`);
      return { name, facts: copies && agreed(copies) };
    });
    out.set(i, {
      reports: children.flatMap((c) => (c.facts ? [c.facts] : [])),
      missing: children.filter((c) => !c.facts).map((c) => c.name),
    });
  });
  return out;
}

/**
 * A subordinate's figures over every copy of its report in the run (an original and its 更正版): a figure the
 * copies disagree on is unknown, so no sum is built on one of them.
 */
function agreed(copies: readonly ReportFacts[]): SubordinateFigures {
  const merge = (table: 'applications' | 'review'): Record<string, number | null> | null => {
    const [first, ...rest] = copies.map((c) => c[table]);
    if (!first) return null;
    const out: Record<string, number | null> = {};
    for (const [key, value] of Object.entries(first)) out[key] = rest.every((r) => r?.[key] === value) ? value : null;
    return out;
  };
  return { organ: copies[0]?.organ ?? null, applications: merge('applications'), review: merge('review') };
}
