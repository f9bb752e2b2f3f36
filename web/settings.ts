/**
 * The page's rule settings: which built-in rules are on, at which severity, with which options, the
 * overrides that apply by file name, and where the settings came from (remembered in localStorage, so the
 * result can always say so). A loaded `.reportlintrc.json` REPLACES the settings; it is read by the same
 * config module as the command line's (src/config/resolve.ts: extends presets, rules, options, overrides),
 * checked without code generation (src/config/schema-check.ts: the page's CSP forbids eval). What the page
 * cannot apply — plugins, extended files, lang, hierarchy — and each rule entry it cannot take is listed,
 * never dropped silently.
 */
import { ruleById } from '../src/rules/index.js';
import type { Locale } from '../src/rules/types.js';
import { builtinRegistry } from '../src/config/registry.js';
import { composeConfig, extendsOf, isPathLike, parseConfigText } from '../src/config/resolve.js';
import { SCHEMA_WALK_CHECKS } from '../src/config/schema-check.js';
import { ConfigError, type ConfigFileData } from '../src/config/types.js';
import type { RuleSetting } from '../src/config/severity.js';
import { render, type Msg } from '../src/i18n/messages.js';
import { defaultSeverity, type PageOverride, type RuleSettings } from './engine.js';
import type { MessageKey } from './i18n.js';

const KEY = 'reportlint.page.rules';

export const DEFAULTS: RuleSettings = { severities: {}, options: {} };

export function loadSettings(): RuleSettings {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    if (typeof stored !== 'object' || stored === null) return DEFAULTS;
    const raw = stored as { severities?: unknown; options?: unknown; source?: unknown; overrides?: unknown; organType?: unknown };
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
    const overrides = Array.isArray(raw.overrides) ? (raw.overrides as PageOverride[]) : [];
    return {
      severities,
      options,
      ...(overrides.length ? { overrides } : {}),
      ...(typeof raw.organType === 'string' ? { organType: raw.organType as NonNullable<RuleSettings['organType']> } : {}),
      ...(typeof raw.source === 'string' ? { source: raw.source } : {}),
    };
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
export function readRc(text: string, name: string, lang: Locale = 'zh'): RcRead {
  let data: ConfigFileData;
  try {
    data = parseConfigText(text, name, SCHEMA_WALK_CHECKS);
  } catch (error) {
    return { ok: false, ...unusable(error, name, text, lang) };
  }
  const notApplied: NotApplied[] = [];
  if (data.plugins?.length)
    notApplied.push({ key: 'rcPlugins', data: { names: data.plugins.join(lang === 'zh' ? '、' : ', ') } });
  for (const key of ['lang', 'hierarchy'] as const) if (data[key] !== undefined) notApplied.push({ key: 'rcKey', data: { key } });
  // Presets apply; files and plugins' presets cannot be read here.
  const presets = extendsOf(data).filter((entry) => {
    const readable = !isPathLike(entry) && !entry.startsWith('plugin:');
    if (!readable) notApplied.push({ key: 'rcExtendsFile', data: { entry } });
    return readable;
  });
  const { plugins: _plugins, extends: _extends, ...rest } = data;
  const onRuleProblem = (error: ConfigError, id: string): void => void notApplied.push(ruleProblem(error, id, lang));
  let composed: ReturnType<typeof composeConfig>;
  try {
    composed = composeConfig({
      data: { ...rest, extends: presets },
      file: name,
      dir: '',
      registry: builtinRegistry(),
      checks: SCHEMA_WALK_CHECKS,
      onRuleProblem,
    });
  } catch (error) {
    return { ok: false, ...unusable(error, name, text, lang) };
  }
  const { severities, options } = pageSettings(composed.rules);
  const overrides: PageOverride[] = composed.overrides.map((o) => ({
    files: o.files,
    excludedFiles: o.excludedFiles,
    rules: Object.fromEntries(o.rules),
  }));
  return {
    ok: true,
    settings: {
      severities,
      options,
      ...(overrides.length ? { overrides } : {}),
      ...(composed.organType ? { organType: composed.organType } : {}),
      source: name,
    },
    count: composed.rules.size,
    withOptions: Object.keys(options).length,
    notApplied,
  };
}

/** The page keeps only what differs from the defaults (recommended rules on at their default severity). */
function pageSettings(rules: ReadonlyMap<string, RuleSetting>): Pick<RuleSettings, 'severities' | 'options'> {
  const severities: Record<string, 'off' | 'warn' | 'error'> = {};
  const options: Record<string, unknown> = {};
  for (const id of ruleById.keys()) {
    const setting = rules.get(id);
    const severity = setting?.severity ?? 'off';
    if (severity !== defaultSeverity(id)) severities[id] = severity;
    if (setting && 'options' in setting) options[id] = setting.options;
  }
  return { severities, options };
}

/** One rule entry the page skipped, worded by the error's message id. */
function ruleProblem(error: ConfigError, id: string, lang: Locale): NotApplied {
  const reason = error.reason;
  switch (reason.id) {
    case 'unknownRule':
    case 'unknownRuleSuggest':
      return { key: 'rcUnknownRule', data: { id } };
    case 'badSeverity':
    case 'badSeveritySuggest':
    case 'badSettingArray':
      return { key: 'rcBadSeverity', data: { id, value: shownValue(reason, lang) } };
    case 'noOptions':
      return { key: 'rcNoOptions', data: { id } };
    default:
      return { key: 'rcBadOptions', data: { id, problem: render(reason, lang) } };
  }
}

/** A file the page cannot use at all: not JSON, not an object, or a shape the config module refuses. */
function unusable(
  error: unknown,
  name: string,
  text: string,
  lang: Locale,
): { key: MessageKey; data: Record<string, string | number> } {
  if (!(error instanceof ConfigError)) throw error;
  const reason = error.reason;
  if (reason.id === 'invalidJson')
    return { key: 'rcBadJson', data: { name, line: Number(reason.data?.['line'] ?? text.split('\n').length) } };
  if (reason.id === 'ajvType' && error.key === '(root)') return { key: 'rcNotObject', data: { name } };
  return { key: 'rcInvalid', data: { name, reason: error.key ? `${error.key}: ${render(reason, lang)}` : render(reason, lang) } };
}

/** The offending value a config problem names, or the problem's own words when it names none. */
function shownValue(reason: Msg, lang: Locale): string {
  const value = reason.data?.['value'];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : render(reason, lang);
}
