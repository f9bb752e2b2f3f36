/**
 * What one `.reportlintrc.json` means, without file access: the one config module the CLI's loader, the
 * library and the page share (browser-safe). Its text read as JSONC and checked; its `extends` presets and
 * files, `rules` and `overrides` turned into rule settings against a registry; its overrides applied for one
 * document. The loader (loader.ts) adds only what needs a file system: finding the nearest file, reading the
 * files it extends, loading plugins.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import ignore from 'ignore';
import type { RuleRegistry } from './registry.js';
import { mergeSetting, type RuleSetting } from './severity.js';
import { applyRules, presetRules, readRules, type OptionsCheck } from './rules.js';
import { ConfigError, normaliseLang, type ConfigFileData, type LoadedConfig } from './types.js';
import { msg } from '../i18n/messages.js';

/**
 * How a file's shape and a rule's options are checked: ajv in Node (validate.ts), a schema walker where code
 * generation is forbidden (the page's CSP: schema-check.ts). Both throw the same ConfigErrors.
 */
export interface ConfigChecks {
  shape(data: unknown, file: string): asserts data is ConfigFileData;
  ruleOptions: OptionsCheck;
}

/** A config with its `extends` applied; its overrides wait for the document (`overridesBase[i]`: the folder override i is relative to). */
export type ComposedConfig = Omit<LoadedConfig, 'plugins'> & { overridesBase: string[] };

/** Reads a config file's text (comments and trailing commas allowed) and checks its shape. */
export function parseConfigText(text: string, file: string, checks: ConfigChecks): ConfigFileData {
  const errors: ParseError[] = [];
  const data: unknown = parseJsonc(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset).split('\n');
    const where = { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
    throw new ConfigError(file, '', msg('invalidJson', { ...where, code: printParseErrorCode(first.error) }));
  }
  checks.shape(data, file);
  return data;
}

export interface ComposeInput {
  data: ConfigFileData;
  /** The file as named in messages. */
  file: string;
  /** The folder its overrides' patterns are relative to. */
  dir: string;
  registry: RuleRegistry;
  checks: ConfigChecks;
  /** The configs of the `extends` entries that are files, in order, already composed (the loader reads them). */
  bases?: readonly ComposedConfig[];
  /** The page: a rule entry that cannot be applied is reported here and skipped instead of failing the file. */
  onRuleProblem?: (error: ConfigError, id: string) => void;
}

/** A `extends` entry naming a file rather than a preset. */
export function isPathLike(entry: string): boolean {
  return entry.startsWith('.') || entry.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entry) || entry.endsWith('.json');
}

const RECOMMENDED = 'reportlint:recommended';

export function extendsOf(data: ConfigFileData): string[] {
  return data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
}

/** `extends` in order (presets and files), then this file's `rules` on top; overrides collected. */
export function composeConfig({ data, file, dir, registry, checks, bases = [], onRuleProblem }: ComposeInput): ComposedConfig {
  const check = checks.ruleOptions;
  let rules = new Map<string, RuleSetting>();
  const sources: string[] = [];
  let lang: LoadedConfig['lang'];
  let organType: LoadedConfig['organType'];
  let hierarchy: LoadedConfig['hierarchy'];
  const overrides: LoadedConfig['overrides'] = [];
  const overridesBase: string[] = [];
  let baseIndex = 0;
  // A file without `rules` and `extends` (only hierarchy, organType, lang or overrides; or `{}`) was written to
  // add a setting, not to switch the checks off: the recommended rules stay on (rtT §3: an evaluator's file of only
  // `hierarchy` made every report pass unchecked). `"rules": {}` is a choice, and still switches them off.
  const entries = data.extends === undefined && data.rules === undefined ? [RECOMMENDED] : extendsOf(data);
  entries.forEach((entry, i) => {
    const key = Array.isArray(data.extends) ? `extends[${i}]` : 'extends';
    let preset: Map<string, RuleSetting>;
    if (isPathLike(entry)) {
      const base = bases[baseIndex++] as ComposedConfig;
      preset = base.rules;
      sources.push(...base.sources);
      lang = base.lang ?? lang;
      organType = base.organType ?? organType;
      if (base.hierarchy) hierarchy = { ...hierarchy, ...base.hierarchy };
      overrides.push(...base.overrides);
      overridesBase.push(...base.overridesBase);
    } else {
      preset = presetRules(entry, registry, file, key, check);
      sources.push(entry);
    }
    for (const [id, setting] of preset) rules.set(id, mergeSetting(rules.get(id), setting));
  });
  rules = applyRules(rules, readRules(data.rules ?? {}, registry, file, 'rules', check, onRuleProblem));
  (data.overrides ?? []).forEach((override, i) => {
    overrides.push({
      files: list(override.files),
      excludedFiles: list(override.excludedFiles),
      rules: readRules(override.rules ?? {}, registry, file, `overrides[${i}].rules`, check, onRuleProblem),
      ...(override.lang ? { lang: normaliseLang(override.lang) ?? 'zh' } : {}),
      ...(override.organType ? { organType: override.organType } : {}),
    });
    overridesBase.push(dir);
  });
  lang = normaliseLang(data.lang) ?? lang;
  organType = data.organType ?? organType;
  if (data.hierarchy) hierarchy = { ...hierarchy, ...data.hierarchy };
  return {
    file,
    sources: [file, ...sources],
    rules,
    overrides,
    overridesBase,
    ...(lang ? { lang } : {}),
    ...(organType ? { organType } : {}),
    ...(hierarchy ? { hierarchy } : {}),
  };
}

export interface ForDocument {
  rules: Map<string, RuleSetting>;
  lang?: LoadedConfig['lang'];
  organType?: LoadedConfig['organType'];
  /** The overrides that applied, as `<file> overrides[i]`. */
  sources: string[];
}

/**
 * The settings for one document: the composed rules with every matching override on top. `relativePath`
 * gives the document's path relative to an override's folder ('/'-separated), or undefined when outside it.
 */
export function settingsForDocument(config: ComposedConfig, relativePath: (base: string) => string | undefined): ForDocument {
  const rules = new Map(config.rules);
  let lang = config.lang;
  let organType = config.organType;
  const sources: string[] = [];
  config.overrides.forEach((override, i) => {
    const relative = relativePath(config.overridesBase[i] ?? '');
    if (relative === undefined || !overrideApplies(override, relative)) return;
    for (const [id, setting] of override.rules) rules.set(id, mergeSetting(rules.get(id), setting));
    if (override.lang) lang = override.lang;
    if (override.organType) organType = override.organType;
    sources.push(`${config.file ?? 'default'} overrides[${i}]`);
  });
  return { rules, sources, ...(lang ? { lang } : {}), ...(organType ? { organType } : {}) };
}

/** Whether an override's `files` (and not its `excludedFiles`) match a document's path relative to its folder. */
export function overrideApplies(
  override: { files: readonly string[]; excludedFiles: readonly string[] },
  relative: string,
): boolean {
  return matches(relative, override.files) && !matches(relative, override.excludedFiles);
}

/** gitignore-style patterns, as ESLint's `files` (a bare name matches in any folder). */
function matches(relative: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0 || !relative || relative.startsWith('../')) return false;
  return ignore()
    .add([...patterns])
    .ignores(relative);
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
