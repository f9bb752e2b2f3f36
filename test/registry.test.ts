/** The rule registry agrees with the file system: src/rules/*.ts == index.ts (sorted) == docs/rules/*.md == test/rules/*.test.ts. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ruleById, rules } from '../src/rules/index.js';

const list = (dir: string, suffix: string) =>
  readdirSync(new URL(dir, import.meta.url))
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();

const NOT_RULES = ['index', 'types'];
const ids = rules.map((r) => r.meta.id);

describe('rule registry', () => {
  it('lists every rule file of src/rules, and nothing else', () => {
    expect([...ids].sort()).toEqual(list('../src/rules/', '.ts').filter((f) => !NOT_RULES.includes(f)));
  });

  it('is sorted by id, with unique ids', () => {
    expect(ids).toEqual([...ids].sort());
    expect(ruleById.size).toBe(ids.length);
  });

  it('has a docs page and a test file for every rule', () => {
    expect(list('../docs/rules/', '.md')).toEqual([...ids].sort());
    expect(list('./rules/', '.test.ts')).toEqual([...ids].sort());
  });

  it('gives every rule zh and en messages and a hint for each message', () => {
    for (const rule of rules) {
      for (const [messageId, text] of Object.entries(rule.meta.messages)) {
        expect([rule.meta.id, messageId, Boolean(text.zh && text.en)]).toEqual([rule.meta.id, messageId, true]);
        expect([rule.meta.id, messageId, Boolean(rule.meta.hints?.[messageId]?.zh && rule.meta.hints?.[messageId]?.en)]).toEqual([
          rule.meta.id,
          messageId,
          true,
        ]);
      }
    }
  });
});
