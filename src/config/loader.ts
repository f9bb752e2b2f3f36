/**
 * Finding, reading, merging and validating `.reportlintrc.json`. The nearest file upwards from each
 * document wins (ESLint v10 / remark model); it can `extends` presets, plugin configs and relative files.
 * Pure pieces live in config-*.ts (they also run in the browser); this file does the file-system part.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ParseError } from 'jsonc-parser';
import ignore from 'ignore';
import { rules as builtinRules } from '../rules/index.js';
import type { AnyRule } from '../rules/types.js';
import { createRegistry, type RuleRegistry, type RuleSource } from './registry.js';
import { mergeSetting, type RuleSetting } from './severity.js';
import { validateConfigShape } from './validate.js';
import { applyRules, presetRules, readRules } from './rules.js';
import { loadPlugins, type PluginOrigin } from './plugins.js';
import { ConfigError, normaliseLang, type ConfigFileData, type LoadedConfig, type ResolvedConfig } from './types.js';
import { LocalizedError, msg } from '../i18n/messages.js';
import type { Locale } from '../rules/types.js';

export { ConfigError } from './types.js';
export { toActiveRules, describeConfig, parseRuleFlag } from './rules.js';
export type { ResolvedConfig, LoadedConfig, ConfigFileData } from './types.js';
export type { RuleSetting, SettingSeverity } from './severity.js';
export type { RuleSource, RuleRegistry } from './registry.js';

export const CONFIG_FILE_NAME = '.reportlintrc.json';
export const BUILTIN_SOURCE: RuleSource = { prefix: null, rules: builtinRules, origin: 'reportlint' };

/** Turns the plugin names of one config file into rule sources (src/plugins.ts is the default). */
export type PluginLoader = (names: readonly string[], from: PluginOrigin) => Promise<RuleSource[]>;

export interface ConfigOptions {
  cwd?: string;
  /** `--config`: this file applies to every document and no lookup happens. */
  configFile?: string;
  /** `--no-config-lookup`: false ignores `.reportlintrc.json` files (the default preset applies). */
  lookup?: boolean;
  /** `--rule` settings, applied last, as `{ id: setting }`. */
  ruleOverrides?: Readonly<Record<string, unknown>>;
  /** Plugins named outside any config file (`--plugin`), resolved from cwd. */
  plugins?: readonly string[];
  loadPlugins?: PluginLoader;
  /** The language of thrown errors' `message` (default zh; the CLI re-renders them in the run's language). */
  lang?: Locale;
}

interface Loaded extends LoadedConfig {
  registry: RuleRegistry;
  pluginSources: RuleSource[];
  overridesBase: string[];
}

/** Resolves configurations for many documents, caching config files and folder lookups. */
export class ConfigLoader {
  private readonly cwd: string;
  private readonly files = new Map<string, Promise<Loaded>>();
  private readonly nearest = new Map<string, Promise<string | null>>();
  private defaultConfig?: Promise<Loaded>;
  private readonly registries: RuleRegistry[] = [createRegistry([BUILTIN_SOURCE])];

  constructor(private readonly options: ConfigOptions = {}) {
    this.cwd = path.resolve(options.cwd ?? '.');
  }

  /** The configuration that applies to `filePath`, with the registry its rule ids resolve against. */
  async forFile(filePath: string): Promise<{ config: ResolvedConfig; registry: RuleRegistry }> {
    try {
      return await this.resolve(filePath);
    } catch (error) {
      throw this.options.lang && error instanceof LocalizedError ? error.inLocale(this.options.lang) : error;
    }
  }

  private async resolve(filePath: string): Promise<{ config: ResolvedConfig; registry: RuleRegistry }> {
    const absolute = path.resolve(this.cwd, filePath);
    const file = await this.configFileFor(absolute);
    const loaded = await (file ? this.load(file, []) : this.loadDefault());
    const rules = new Map(loaded.rules);
    let lang = loaded.lang;
    let organType = loaded.organType;
    const sources = [...loaded.sources];
    loaded.overrides.forEach((override, i) => {
      const base = loaded.overridesBase[i] ?? this.cwd;
      if (!matches(base, absolute, override.files) || matches(base, absolute, override.excludedFiles)) return;
      for (const [id, setting] of override.rules) rules.set(id, mergeSetting(rules.get(id), setting));
      if (override.lang) lang = override.lang;
      if (override.organType) organType = override.organType;
      sources.push(`${loaded.file ?? 'default'} overrides[${i}]`);
    });
    if (this.options.ruleOverrides && Object.keys(this.options.ruleOverrides).length > 0) {
      for (const [id, setting] of readRules(this.options.ruleOverrides, loaded.registry, '--rule', '')) {
        rules.set(id, mergeSetting(rules.get(id), setting));
      }
      sources.push('--rule');
    }
    const config: ResolvedConfig = {
      file: loaded.file,
      sources,
      rules,
      plugins: loaded.plugins,
      ...(lang ? { lang } : {}),
      ...(organType ? { organType } : {}),
      ...(loaded.hierarchy ? { hierarchy: loaded.hierarchy } : {}),
    };
    return { config, registry: loaded.registry };
  }

  /** Every rule met so far (built-in, and plugin rules of the configs loaded), for formatters' rulesMeta. */
  knownRules(): Map<string, AnyRule['meta']> {
    const out = new Map<string, AnyRule['meta']>();
    for (const registry of this.registries) for (const [id, rule] of registry.rules) if (!out.has(id)) out.set(id, rule.meta);
    return out;
  }

  private async configFileFor(absolute: string): Promise<string | null> {
    if (this.options.configFile) return path.resolve(this.cwd, this.options.configFile);
    if (this.options.lookup === false) return null;
    return this.findUp(path.dirname(absolute));
  }

  private findUp(dir: string): Promise<string | null> {
    let found = this.nearest.get(dir);
    if (!found) {
      found = (async () => {
        const candidate = path.join(dir, CONFIG_FILE_NAME);
        if (await isFile(candidate)) return candidate;
        const parent = path.dirname(dir);
        return parent === dir ? null : this.findUp(parent);
      })();
      this.nearest.set(dir, found);
    }
    return found;
  }

  private async cliPluginSources(): Promise<RuleSource[]> {
    const names = this.options.plugins ?? [];
    if (names.length === 0) return [];
    return this.pluginLoader()(names, { file: '--plugin', dir: this.cwd });
  }

  private pluginLoader(): PluginLoader {
    return this.options.loadPlugins ?? loadPlugins;
  }

  private loadDefault(): Promise<Loaded> {
    this.defaultConfig ??= (async () => {
      const pluginSources = await this.cliPluginSources();
      const registry = createRegistry([BUILTIN_SOURCE, ...pluginSources]);
      this.registries.push(registry);
      return {
        file: null,
        sources: ['reportlint:recommended (no .reportlintrc.json found)'],
        rules: registry.recommended(),
        overrides: [],
        overridesBase: [],
        plugins: describePlugins(pluginSources),
        registry,
        pluginSources,
      };
    })();
    return this.defaultConfig;
  }

  private load(file: string, chain: readonly string[]): Promise<Loaded> {
    if (chain.includes(file)) {
      return Promise.reject(new ConfigError(chain[chain.length - 1] ?? file, 'extends', msg('circularExtends', { file })));
    }
    let loaded = this.files.get(file);
    if (!loaded) {
      loaded = this.loadUncached(file, [...chain, file]);
      this.files.set(file, loaded);
    }
    return loaded;
  }

  private async loadUncached(file: string, chain: readonly string[]): Promise<Loaded> {
    const data = await readConfigFile(file);
    const dir = path.dirname(file);
    const extendsList = data.extends === undefined ? [] : Array.isArray(data.extends) ? data.extends : [data.extends];
    // Plugins first: a config may extend and configure the rules of the plugins it names.
    const bases: Loaded[] = [];
    for (const entry of extendsList) {
      if (isPathLike(entry)) bases.push(await this.load(path.resolve(dir, entry), chain));
    }
    const ownPlugins = data.plugins?.length ? await this.pluginLoader()(data.plugins, { file, dir }) : [];
    const pluginSources = dedupeSources([...(await this.cliPluginSources()), ...bases.flatMap((b) => b.pluginSources), ...ownPlugins], file);
    let registry: RuleRegistry;
    try {
      registry = createRegistry([BUILTIN_SOURCE, ...pluginSources]);
    } catch (error) {
      throw new ConfigError(file, 'plugins', error instanceof LocalizedError ? error.detail : (error as Error).message);
    }
    this.registries.push(registry);
    let rules = new Map<string, RuleSetting>();
    const sources: string[] = [];
    let lang: LoadedConfig['lang'];
    let organType: LoadedConfig['organType'];
    let hierarchy: LoadedConfig['hierarchy'];
    const overrides: LoadedConfig['overrides'] = [];
    const overridesBase: string[] = [];
    let baseIndex = 0;
    extendsList.forEach((entry, i) => {
      const key = Array.isArray(data.extends) ? `extends[${i}]` : 'extends';
      let preset: Map<string, RuleSetting>;
      if (isPathLike(entry)) {
        const base = bases[baseIndex++] as Loaded;
        preset = base.rules;
        sources.push(...base.sources);
        lang = base.lang ?? lang;
        organType = base.organType ?? organType;
        if (base.hierarchy) hierarchy = { ...hierarchy, ...base.hierarchy };
        overrides.push(...base.overrides);
        overridesBase.push(...base.overridesBase);
      } else {
        preset = presetRules(entry, registry, file, key);
        sources.push(entry);
      }
      for (const [id, setting] of preset) rules.set(id, mergeSetting(rules.get(id), setting));
    });
    rules = applyRules(rules, readRules(data.rules ?? {}, registry, file, 'rules'));
    (data.overrides ?? []).forEach((override, i) => {
      overrides.push({
        files: list(override.files),
        excludedFiles: list(override.excludedFiles),
        rules: readRules(override.rules ?? {}, registry, file, `overrides[${i}].rules`),
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
      plugins: describePlugins(pluginSources),
      registry,
      pluginSources,
      ...(lang ? { lang } : {}),
      ...(organType ? { organType } : {}),
      ...(hierarchy ? { hierarchy } : {}),
    };
  }
}

/** The configuration that applies to one document (the library form of `--print-config`). */
export async function loadConfig(filePath: string, options: ConfigOptions = {}): Promise<ResolvedConfig> {
  return (await new ConfigLoader(options).forFile(filePath)).config;
}

/** Reads one file as JSONC (comments and trailing commas allowed) and checks its shape. */
export async function readConfigFile(file: string): Promise<ConfigFileData> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(file, '', code === 'ENOENT' ? msg('fileNotFound') : msg('cannotRead', { code: code ?? (error as Error).message }));
  }
  // Loaded with the first config file: a run without one never needs it.
  const { parse: parseJsonc, printParseErrorCode } = await import('jsonc-parser');
  const errors: ParseError[] = [];
  const data: unknown = parseJsonc(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset).split('\n');
    const where = { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
    throw new ConfigError(file, '', msg('invalidJson', { ...where, code: printParseErrorCode(first.error) }));
  }
  validateConfigShape(data, file);
  return data;
}

function isPathLike(entry: string): boolean {
  return entry.startsWith('.') || entry.startsWith('/') || /^[A-Za-z]:[\\/]/.test(entry) || entry.endsWith('.json');
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function matches(base: string, file: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return false;
  const relative = path.relative(base, file).split(path.sep).join('/');
  if (!relative || relative.startsWith('../') || path.isAbsolute(relative)) return false;
  return ignore().add([...patterns]).ignores(relative);
}

/** The same plugin named twice (here and in an extended config) loads once; two plugins with one name clash. */
function dedupeSources(sources: RuleSource[], file: string): RuleSource[] {
  const seen = new Map<string, RuleSource>();
  for (const s of sources) {
    const known = seen.get(s.prefix ?? '');
    if (!known) seen.set(s.prefix ?? '', s);
    else if (known.origin !== s.origin) throw new ConfigError(file, 'plugins', msg('pluginClash', { a: known.origin ?? '', b: s.origin ?? '', prefix: s.prefix ?? '' }));
  }
  return [...seen.values()];
}

function describePlugins(sources: readonly RuleSource[]): LoadedConfig['plugins'] {
  return sources.map((s) => ({ name: s.prefix ?? 'reportlint', origin: s.origin ?? '', ...(s.version ? { version: s.version } : {}) }));
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
