/** Every built-in rule, sorted by id. Presets derive from meta.recommended; nothing scans the file system. */
import type { AnyRule } from './types.js';

export const rules: readonly AnyRule[] = [];

export const ruleById: ReadonlyMap<string, AnyRule> = new Map(rules.map((r) => [r.meta.id, r]));
