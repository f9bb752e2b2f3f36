/**
 * The page's rule settings: which built-in rules are on and at which severity, remembered in localStorage,
 * and read from a `.reportlintrc.json` the editor loads (only its `rules` severities: the page has no
 * file system for `extends` or plugins). Severity words are read by the CLI's one coercion function.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { coerceSetting } from '../src/config-severity.js';
import { ruleById } from '../src/rules/index.js';
import type { RuleSettings } from './engine.js';

const KEY = 'reportlint.page.rules';

export function loadSettings(): RuleSettings {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (typeof stored !== 'object' || stored === null) return {};
    const out: Record<string, 'off' | 'warn' | 'error'> = {};
    for (const [id, value] of Object.entries(stored)) {
      if (ruleById.has(id) && (value === 'off' || value === 'warn' || value === 'error')) out[id] = value;
    }
    return out;
  } catch {
    // Storage can be disabled (private windows, file:// policies): the page then forgets between visits.
    return {};
  }
}

export function saveSettings(settings: RuleSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    /* see loadSettings */
  }
}

export interface RcRead {
  settings: Record<string, 'off' | 'warn' | 'error'>;
  /** Rule ids the page does not know (plugin rules). */
  ignored: string[];
}

/** Reads the `rules` of a .reportlintrc.json (comments allowed); throws an Error with a readable reason. */
export function readRc(text: string): RcRead {
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: true });
  const first = errors[0];
  if (first) throw new Error(`JSON ${printParseErrorCode(first.error)} @ ${first.offset}`);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error('not a JSON object');
  const rules = (data as Record<string, unknown>)['rules'] ?? {};
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) throw new Error('"rules" is not an object');
  const out: RcRead = { settings: {}, ignored: [] };
  for (const [id, value] of Object.entries(rules)) {
    if (!ruleById.has(id)) {
      out.ignored.push(id);
      continue;
    }
    try {
      out.settings[id] = coerceSetting(value).severity;
    } catch (error) {
      throw new Error(`"${id}": ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return out;
}
