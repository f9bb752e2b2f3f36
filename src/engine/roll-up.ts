/**
 * The roll-up pairing (issue 23): which reports of a run are a parent organ's, by the `hierarchy` of their
 * configuration (`"某市人民政府": ["某市教育局", …]`), and its subordinates' reports of the same year in the run.
 * The `roll-up` rule (src/rules/roll-up.ts) compares them when files.ts lints a parent again with them, as the
 * year-over-year pass hands carry-over last year's report; so the rule is switched off, set to warn or error and
 * disabled inline like any other. Works on each result's `facts` only, so it is pure (browser-safe) and cheap.
 */
import type { ReportFacts } from './facts.js';
import type { SubordinateFigures, Subordinates } from '../rules/types.js';
import { mayBeSameOrgan, maySubordinate } from './same-organ.js';

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
  /** The report's file, and the places its text sets before its organ's name (year-over-year.ts organPlacesOf). */
  file?: string | undefined;
  places?: readonly string[] | undefined;
}

/** A subordinate whose reports in the run are of more than one organ of its name, none of which can be told its. */
export interface UndecidedSubordinate {
  /** The parent's report (by index). */
  parent: number;
  name: string;
  /** The candidates' reports (by index). */
  reports: number[];
}

/**
 * For each parent's report (by index), its subordinates' reports of its year in the run and those missing. A
 * subordinate's report is one the parent's may hold: not one whose name, text or folders say another county
 * (same-organ.ts maySubordinate: 乙县/城关镇人民政府 is not 甲县人民政府's 城关镇). Its reports left are one organ's
 * copies (an original and its 更正版) when they may be one organ's (mayBeSameOrgan); else which is the parent's
 * cannot be told: the roll-up is not checked, and the subordinate is in `undecided` (said once by the run), never
 * guessed nor summed from two towns (rtQ F4: 甲县's and 乙县's 城关镇 were merged as copies, every cell dropped).
 */
export function subordinatesOf(inputs: readonly RollUpInput[]): {
  pairs: Map<number, Subordinates>;
  undecided: UndecidedSubordinate[];
} {
  const byOrganYear = new Map<string, number[]>();
  inputs.forEach(({ facts }, i) => {
    if (!facts?.organ || facts.year === null) return;
    const key = `${organKey(facts.organ)}\u0000${facts.year}`;
    byOrganYear.set(key, [...(byOrganYear.get(key) ?? []), i]);
  });
  const pairs = new Map<number, Subordinates>();
  const undecided: UndecidedSubordinate[] = [];
  inputs.forEach(({ facts, hierarchy, file, places }, i) => {
    if (!hierarchy || !facts?.organ || facts.year === null) return;
    const parent = organKey(facts.organ);
    const entry = Object.entries(hierarchy).find(([name]) => organKey(name) === parent);
    if (!entry) return;
    const organ = facts.organ;
    const at = (j: number) => ({ organ: inputs[j]?.facts?.organ ?? '', file: inputs[j]?.file ?? '', said: inputs[j]?.places });
    const fits = (j: number): boolean =>
      file === undefined || inputs[j]?.file === undefined || maySubordinate({ organ, file, said: places }, at(j));
    let open = false;
    const children = distinctSubordinates(entry[0], entry[1]).map((name) => {
      const found = (byOrganYear.get(`${organKey(name)}\u0000${facts.year}`) ?? []).filter(fits);
      const oneOrgan = found.every((j, n) =>
        found.slice(n + 1).every((k) => {
          const a = at(j);
          const b = at(k);
          return !a.file || !b.file || mayBeSameOrgan(name, a.file, b.file, { file: a.said, other: b.said });
        }),
      );
      if (!oneOrgan) {
        open = true;
        undecided.push({ parent: i, name, reports: found });
      }
      const copies = found.flatMap((j) => (inputs[j]?.facts ? [inputs[j].facts] : []));
      return { name, facts: copies.length ? agreed(copies) : undefined };
    });
    if (open) return;
    pairs.set(i, {
      reports: children.flatMap((c) => (c.facts ? [c.facts] : [])),
      missing: children.filter((c) => !c.facts).map((c) => c.name),
    });
  });
  return { pairs, undecided };
}

/**
 * A subordinate's figures over every copy of its report in the run (an original and its 更正版): a figure the
 * copies disagree on is unknown, so no sum is built on one of them. A document of the organ and year without the
 * table (its 公告 page, a 解读, the 正文 of a split report) is no copy of its figures: it is left out of that
 * table's merge, as carry-over leaves out a last year's file without table 三 (rtT §11: the 公告 beside the report
 * made every cell disagree and switched the roll-up off silently).
 */
function agreed(copies: readonly ReportFacts[]): SubordinateFigures {
  const merge = (table: 'applications' | 'review'): Record<string, number | null> | null => {
    const [first, ...rest] = copies.flatMap((c) => (c[table] ? [c[table]] : []));
    if (!first) return null;
    const out: Record<string, number | null> = {};
    for (const [key, value] of Object.entries(first)) out[key] = rest.every((r) => r?.[key] === value) ? value : null;
    return out;
  };
  return { organ: copies[0]?.organ ?? null, applications: merge('applications'), review: merge('review') };
}
