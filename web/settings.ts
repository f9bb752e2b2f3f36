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
import { t, type MessageKey } from './i18n.js';

const KEY = 'reportlint.page.rules';

export const DEFAULTS: RuleSettings = { severities: {}, options: {} };

/** Why remembered settings were not used: each problem in the words of the config module's checks. */
export interface StoredProblem {
  /** The setting at fault: a rule id, or a key such as `organType`, `overrides[0]`. */
  where: string;
  /** The config module's reason, or the page's own for what a config file cannot hold. */
  reason: Msg | MessageKey;
}

export interface Loaded {
  settings: RuleSettings;
  /** Set when settings were remembered but could not be used: they were dropped, and the page says why. */
  reset?: StoredProblem[];
}

/**
 * The settings remembered in this browser, checked as a loaded `.reportlintrc.json` is (the config module's
 * shape check and each rule's option schema). Every file:// page shares one localStorage, so what is stored
 * may come from another copy of this page, older or newer, or from another tool: a setting that does not pass
 * is never used. Then all of them are dropped (a half-applied set would change the checks unseen) and the
 * caller says so once.
 */
export function loadSettings(): Loaded {
  let text: string | null;
  try {
    text = localStorage.getItem(KEY);
  } catch {
    // Storage can be disabled (private windows, file:// policies): the page then forgets between visits.
    return { settings: DEFAULTS };
  }
  if (text === null) return { settings: DEFAULTS };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return dropped([{ where: KEY, reason: 'storedNotJson' }]);
  }
  const read = readStored(stored);
  return 'problems' in read ? dropped(read.problems) : { settings: read.settings };
}

function dropped(problems: StoredProblem[]): Loaded {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* see loadSettings */
  }
  return { settings: DEFAULTS, reset: problems };
}

const STORED_KEYS = new Set(['severities', 'options', 'overrides', 'organType', 'source']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Stored settings written back as the configuration they stand for (the recommended preset, then each rule's
 * severity and options, the overrides, the organ type) and read by the config module as a file would be.
 */
function readStored(stored: unknown): { settings: RuleSettings } | { problems: StoredProblem[] } {
  if (!isRecord(stored)) return { problems: [{ where: KEY, reason: 'storedNotObject' }] };
  // Older pages stored the severities map itself.
  const raw = Object.keys(stored).some((k) => STORED_KEYS.has(k)) ? stored : { severities: stored };
  const problems: StoredProblem[] = [];
  for (const key of Object.keys(raw)) if (!STORED_KEYS.has(key)) problems.push({ where: key, reason: 'storedUnknownKey' });
  for (const key of ['severities', 'options'] as const)
    if (raw[key] !== undefined && !isRecord(raw[key])) problems.push({ where: key, reason: 'storedNotObject' });
  if (raw['source'] !== undefined && typeof raw['source'] !== 'string')
    problems.push({ where: 'source', reason: 'storedNotText' });
  if (problems.length) return { problems };
  const severities = (raw['severities'] ?? {}) as Record<string, unknown>;
  const options = (raw['options'] ?? {}) as Record<string, unknown>;
  const rules = Object.fromEntries(
    [...new Set([...Object.keys(severities), ...Object.keys(options)])].map((id) => {
      const severity = Object.hasOwn(severities, id) ? severities[id] : defaultSeverity(id);
      return [id, Object.hasOwn(options, id) ? [severity, options[id]] : severity];
    }),
  );
  // An override keeps each rule as the page stores it ({ severity, options }); a file writes [severity, options].
  const overrides = Array.isArray(raw['overrides'])
    ? raw['overrides'].map((o: unknown) =>
        isRecord(o) && isRecord(o['rules'])
          ? { ...o, rules: Object.fromEntries(Object.entries(o['rules']).map(([id, s]) => [id, asFileSetting(s)])) }
          : o,
      )
    : raw['overrides'];
  const data = {
    extends: 'reportlint:recommended',
    rules,
    ...(overrides !== undefined ? { overrides } : {}),
    ...(raw['organType'] !== undefined ? { organType: raw['organType'] } : {}),
  };
  let composed: ReturnType<typeof composeConfig>;
  try {
    SCHEMA_WALK_CHECKS.shape(data, KEY);
    composed = composeConfig({
      data,
      file: KEY,
      dir: '',
      registry: builtinRegistry(),
      checks: SCHEMA_WALK_CHECKS,
      onRuleProblem: (error, id) => void problems.push({ where: id, reason: error.reason }),
    });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { problems: [{ where: error.key, reason: error.reason }] };
  }
  if (problems.length) return { problems };
  return {
    settings: {
      ...pageSettings(composed.rules),
      ...pageOverrides(composed.overrides),
      ...(composed.organType ? { organType: composed.organType } : {}),
      ...(typeof raw['source'] === 'string' ? { source: raw['source'] } : {}),
    },
  };
}

/** A stored override's rule setting ({ severity, options }) as a config file writes it; anything else as it is, for the check to judge. */
function asFileSetting(setting: unknown): unknown {
  if (!isRecord(setting) || Object.keys(setting).some((k) => k !== 'severity' && k !== 'options')) return setting;
  return 'options' in setting ? [setting['severity'], setting['options']] : setting['severity'];
}

/** The problems with remembered settings, in one sentence of the page language. */
export function storedProblems(problems: readonly StoredProblem[], lang: Locale): string {
  return problems
    .map(({ where, reason }) => {
      const why = typeof reason === 'string' ? t(lang, reason) : render(reason, lang);
      return `${where}${lang === 'zh' ? '：' : ': '}${why}`;
    })
    .join(lang === 'zh' ? '；' : '; ');
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
      // A file without extends keeps what the config module gives it (the recommended rules when it names no rule
      // either, as on the command line): only an extends it has is narrowed to what the page can read.
      data: data.extends === undefined ? rest : { ...rest, extends: presets },
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
  return {
    ok: true,
    settings: {
      severities,
      options,
      ...pageOverrides(composed.overrides),
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

/** A composed config's overrides as the page keeps them (none: no key). */
function pageOverrides(overrides: ReturnType<typeof composeConfig>['overrides']): Pick<RuleSettings, 'overrides'> {
  const out: PageOverride[] = overrides.map((o) => ({
    files: o.files,
    excludedFiles: o.excludedFiles,
    rules: Object.fromEntries(o.rules),
  }));
  return out.length ? { overrides: out } : {};
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
