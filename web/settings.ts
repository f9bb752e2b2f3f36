/**
 * The page's rule settings: which built-in rules are on, at which severity, with which options, and where
 * the settings came from (remembered in localStorage, so the result can always say so). A loaded
 * `.reportlintrc.json` REPLACES the settings (it does not merge with the previous file), and everything in it
 * the page cannot apply is listed, never dropped silently.
 */
import { parse, type ParseError } from 'jsonc-parser';
import { coerceSetting } from '../src/config/severity.js';
import { ruleById } from '../src/rules/index.js';
import type { RuleSettings } from './engine.js';
import type { MessageKey } from './i18n.js';
import { optionsProblem } from './options-check.js';

const KEY = 'reportlint.page.rules';

export const DEFAULTS: RuleSettings = { severities: {}, options: {} };

export function loadSettings(): RuleSettings {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (typeof stored !== 'object' || stored === null) return DEFAULTS;
    const raw = stored as { severities?: unknown; options?: unknown; source?: unknown };
    const severities: Record<string, 'off' | 'warn' | 'error'> = {};
    // Older pages stored the severities map itself.
    const map = (raw.severities ?? stored) as Record<string, unknown>;
    for (const [id, value] of Object.entries(map)) {
      if (ruleById.has(id) && (value === 'off' || value === 'warn' || value === 'error')) severities[id] = value;
    }
    const options: Record<string, unknown> = {};
    if (typeof raw.options === 'object' && raw.options !== null) {
      for (const [id, value] of Object.entries(raw.options)) if (ruleById.has(id)) options[id] = value;
    }
    return { severities, options, ...(typeof raw.source === 'string' ? { source: raw.source } : {}) };
  } catch {
    // Storage can be disabled (private windows, file:// policies): the page then forgets between visits.
    return DEFAULTS;
  }
}

export function saveSettings(settings: RuleSettings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    /* see loadSettings */
  }
}

/** Something in the file the page did not apply, as a page message and its data. */
interface NotApplied {
  key: MessageKey;
  data: Record<string, string>;
}

export type RcRead =
  | { ok: true; settings: RuleSettings; count: number; withOptions: number; notApplied: NotApplied[] }
  | { ok: false; key: MessageKey; data: Record<string, string | number> };

/** Reads a .reportlintrc.json (comments allowed) into fresh settings named after the file. */
export function readRc(text: string, name: string): RcRead {
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: true });
  const first = errors[0];
  if (first) return { ok: false, key: 'rcBadJson', data: { name, line: text.slice(0, first.offset).split('\n').length } };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, key: 'rcNotObject', data: { name } };
  const record = data as Record<string, unknown>;
  const rules = record['rules'] ?? {};
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return { ok: false, key: 'rcNotObject', data: { name } };
  const notApplied: NotApplied[] = [];
  for (const key of ['extends', 'plugins', 'overrides']) if (key in record) notApplied.push({ key: 'rcKey', data: { key } });
  const severities: Record<string, 'off' | 'warn' | 'error'> = {};
  const options: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(rules)) {
    const rule = ruleById.get(id);
    if (!rule) {
      notApplied.push({ key: 'rcUnknownRule', data: { id } });
      continue;
    }
    let setting: ReturnType<typeof coerceSetting>;
    try {
      setting = coerceSetting(value);
    } catch {
      notApplied.push({ key: 'rcBadSeverity', data: { id, value: JSON.stringify(Array.isArray(value) ? value[0] : value) ?? String(value) } });
      continue;
    }
    severities[id] = setting.severity;
    if (!('options' in setting)) continue;
    if (!rule.meta.schema) {
      notApplied.push({ key: 'rcNoOptions', data: { id } });
      continue;
    }
    const problem = optionsProblem(rule.meta.schema, setting.options) ?? rule.meta.validateOptions?.(setting.options);
    if (problem) notApplied.push({ key: 'rcBadOptions', data: { id, problem } });
    else options[id] = setting.options;
  }
  return {
    ok: true,
    settings: { severities, options, source: name },
    count: Object.keys(severities).length,
    withOptions: Object.keys(options).length,
    notApplied,
  };
}
