/**
 * The rule registry that configuration resolves ids against. It is built from a list of sources
 * ({prefix, rules}): the built-in rules have no prefix, a plugin's rules are named `<prefix>/<id>`
 * (src/plugins.ts adds those sources), so every other part of the config code treats them alike.
 */
import type { AnyRule } from '../rules/types.js';
import { rules as builtinRules } from '../rules/index.js';
import type { RuleSetting } from './severity.js';
import { LocalizedError, msg } from '../i18n/messages.js';
import { editDistance } from '../parser/edit-distance.js';

export interface RuleSource {
  /** null for the built-in rules; the plugin name otherwise. */
  prefix: string | null;
  rules: readonly AnyRule[];
  /** Named presets a plugin ships (`plugin:<prefix>/<name>` in extends). */
  configs?: Readonly<Record<string, { rules?: Readonly<Record<string, unknown>> }>>;
  /** Where it came from and its version, for --print-config. */
  origin?: string;
  version?: string;
}

export interface RuleRegistry {
  readonly rules: ReadonlyMap<string, AnyRule>;
  readonly sources: readonly RuleSource[];
  /** `reportlint:recommended`: every rule with meta.recommended, at its default severity. */
  recommended(): Map<string, RuleSetting>;
  /** `reportlint:all`: every rule, at its default severity. */
  all(): Map<string, RuleSetting>;
}

/** The built-in rules as a rule source (no prefix). */
export const BUILTIN_SOURCE: RuleSource = { prefix: null, rules: builtinRules, origin: 'reportlint' };

let builtin: RuleRegistry | undefined;

/**
 * The registry of the built-in rules alone: its `recommended()` is THE recommended preset, used by lint()'s
 * defaults, by a run without a config file, by `extends: "reportlint:recommended"` and by the page.
 */
export function builtinRegistry(): RuleRegistry {
  builtin ??= createRegistry([BUILTIN_SOURCE]);
  return builtin;
}

function ruleIdOf(source: RuleSource, rule: AnyRule): string {
  return source.prefix ? `${source.prefix}/${rule.meta.id}` : rule.meta.id;
}

export function createRegistry(sources: readonly RuleSource[]): RuleRegistry {
  const rules = new Map<string, AnyRule>();
  for (const source of sources) {
    for (const rule of source.rules) {
      const id = ruleIdOf(source, rule);
      if (rules.has(id)) throw new LocalizedError(msg('ruleDefinedTwice', { id }));
      rules.set(id, rule);
    }
  }
  const preset = (pick: (rule: AnyRule) => boolean): Map<string, RuleSetting> =>
    new Map([...rules].filter(([, rule]) => pick(rule)).map(([id, rule]) => [id, { severity: rule.meta.defaultSeverity }]));
  return {
    rules,
    sources,
    recommended: () => preset((rule) => rule.meta.recommended),
    all: () => preset(() => true),
  };
}

/** The known id closest to an unknown one (edit distance), for "did you mean" messages. */
export function suggestRuleId(unknown: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of known) {
    const d = editDistance(unknown.toLowerCase(), id.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && id < best)) {
      best = id;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const close = bestDistance <= Math.max(2, Math.floor(unknown.length / 3));
  const partial = best.includes(unknown) || unknown.includes(best);
  return close || partial ? best : undefined;
}
