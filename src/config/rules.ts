/**
 * Rule settings of a configuration, without file access (also usable in the browser): reading a `rules`
 * object against the registry (unknown ids with a suggestion, severities, options), presets named in
 * `extends`, `--rule` values, and the active rules and printable form of a resolved configuration.
 */
import type { ActiveRule } from '../engine/lint.js';
import type { AnyRule } from '../rules/types.js';
import { suggestRuleId, type RuleRegistry } from './registry.js';
import { coerceSetting, mergeSetting, SettingError, type RuleSetting } from './severity.js';
import { ConfigError, type ResolvedConfig } from './types.js';
import { msg } from '../i18n/messages.js';
import { forbiddenKey } from './keys.js';

/** The rules a resolved config switches on, ready for lint(). */
export function toActiveRules(config: ResolvedConfig, registry: RuleRegistry): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const [id, setting] of [...config.rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rule = registry.rules.get(id);
    if (!rule || setting.severity === 'off') continue;
    active.push({ id, rule, severity: setting.severity, ...('options' in setting ? { options: setting.options } : {}) });
  }
  return active;
}

/** A config as JSON for `--print-config`: which files contributed, then every rule's final setting. */
export function describeConfig(config: ResolvedConfig): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const [id, s] of [...config.rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    rules[id] = 'options' in s ? [s.severity, s.options] : s.severity;
  }
  return {
    file: config.file,
    sources: config.sources,
    plugins: config.plugins,
    lang: config.lang ?? 'zh',
    ...(config.organType ? { organType: config.organType } : {}),
    rules,
    ...(config.hierarchy ? { hierarchy: config.hierarchy } : {}),
  };
}

/** Parses one `--rule` value: `id: error`, `id: ["warn", {...}]`, or a JSON object of several. */
export function parseRuleFlag(text: string): Record<string, unknown> {
  const parsed = parseRuleFlagValue(text);
  const forbidden = forbiddenKey(parsed);
  if (forbidden) throw new ConfigError('--rule', forbidden, msg('forbiddenKey'));
  return parsed;
}

function parseRuleFlagValue(text: string): Record<string, unknown> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    try {
      const value: unknown = JSON.parse(trimmed);
      if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // fall through to the error below
    }
    throw new ConfigError('--rule', '', msg('ruleFlagNotObject', { text: JSON.stringify(text) }));
  }
  const colon = trimmed.indexOf(':');
  if (colon <= 0) throw new ConfigError('--rule', '', msg('ruleFlagNoColon', { text: JSON.stringify(text) }));
  const id = trimmed
    .slice(0, colon)
    .trim()
    .replace(/^["']|["']$/g, '');
  const raw = trimmed.slice(colon + 1).trim();
  let value: unknown = raw.replace(/^["']|["']$/g, '');
  if (raw.startsWith('[') || /^\d+$/.test(raw)) {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new ConfigError('--rule', id, msg('ruleFlagBadJson', { text: JSON.stringify(raw) }));
    }
  }
  return Object.defineProperty({}, id, { value, enumerable: true, writable: true, configurable: true });
}

/** Checks one rule's options (ajv in Node: validate.ts; the schema walker in the page: schema-check.ts). Throws a ConfigError. */
export type OptionsCheck = (rule: AnyRule, options: unknown, file: string, key: string) => void;

/**
 * Reads a `rules` object against the registry. A problem in one entry throws a ConfigError, unless `onProblem`
 * is given (the page): then that entry is reported there and skipped, and the others apply.
 */
export function readRules(
  raw: Readonly<Record<string, unknown>>,
  registry: RuleRegistry,
  file: string,
  prefix: string,
  checkOptions: OptionsCheck,
  onProblem?: (error: ConfigError, id: string) => void,
): Map<string, RuleSetting> {
  const out = new Map<string, RuleSetting>();
  for (const [id, value] of Object.entries(raw)) {
    try {
      out.set(id, readRule(id, value, registry, file, prefix ? `${prefix}.${id}` : id, checkOptions));
    } catch (error) {
      if (!onProblem || !(error instanceof ConfigError)) throw error;
      onProblem(error, id);
    }
  }
  return out;
}

function readRule(
  id: string,
  value: unknown,
  registry: RuleRegistry,
  file: string,
  key: string,
  checkOptions: OptionsCheck,
): RuleSetting {
  const rule = registry.rules.get(id);
  if (!rule) {
    const suggestion = suggestRuleId(id, registry.rules.keys());
    throw new ConfigError(file, key, suggestion ? msg('unknownRuleSuggest', { id, suggestion }) : msg('unknownRule', { id }));
  }
  let setting: RuleSetting;
  try {
    setting = coerceSetting(value);
  } catch (error) {
    if (error instanceof SettingError) throw new ConfigError(file, key, error.detail);
    throw error;
  }
  if ('options' in setting) checkOptions(rule, setting.options, file, key);
  return setting;
}

export function applyRules(base: Map<string, RuleSetting>, next: Map<string, RuleSetting>): Map<string, RuleSetting> {
  const out = new Map(base);
  for (const [id, setting] of next) out.set(id, mergeSetting(out.get(id), setting));
  return out;
}

export function presetRules(
  entry: string,
  registry: RuleRegistry,
  file: string,
  key: string,
  checkOptions: OptionsCheck,
): Map<string, RuleSetting> {
  if (entry === 'reportlint:recommended') return registry.recommended();
  if (entry === 'reportlint:all') return registry.all();
  const plugin = /^plugin:([^/]+)\/(.+)$/.exec(entry);
  if (plugin) {
    const source = registry.sources.find((s) => s.prefix === plugin[1]);
    const preset = source?.configs?.[plugin[2] ?? ''];
    if (!source) throw new ConfigError(file, key, msg('presetPluginNotListed', { entry, plugin: plugin[1] ?? '' }));
    if (!preset) throw new ConfigError(file, key, msg('presetMissing', { plugin: plugin[1] ?? '', config: plugin[2] ?? '' }));
    return readRules(preset.rules ?? {}, registry, `${file} (${entry})`, 'rules', checkOptions);
  }
  throw new ConfigError(file, key, msg('unknownPreset', { entry }));
}
