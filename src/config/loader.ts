/**
 * Finding, reading, merging and validating `.reportlintrc.json`. The nearest file upwards from each
 * document wins (ESLint v10 / remark model); it can `extends` presets, plugin configs and relative files.
 * What a file means is resolve.ts's (browser-safe, shared with the page); this file does the file-system part.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AnyRule } from '../rules/types.js';
import { BUILTIN_SOURCE, createRegistry, type RuleRegistry, type RuleSource } from './registry.js';
import { mergeSetting } from './severity.js';
import { validateConfigShape, validateRuleOptions } from './validate.js';
import { readRules } from './rules.js';
import {
  composeConfig,
  extendsOf,
  isPathLike,
  parseConfigText,
  settingsForDocument,
  type ComposedConfig,
  type ConfigChecks,
} from './resolve.js';
import { loadPlugins, type PluginOrigin } from './plugins.js';
import { ConfigError, type ConfigFileData, type LoadedConfig, type ResolvedConfig } from './types.js';
import { LocalizedError, msg } from '../i18n/messages.js';
import type { Locale } from '../rules/types.js';
import { organKey } from '../engine/roll-up.js';

export { ConfigError } from './types.js';
export { toActiveRules, describeConfig, parseRuleFlag } from './rules.js';
export type { ResolvedConfig, ConfigFileData } from './types.js';
export type { RuleSetting, SettingSeverity } from './severity.js';
export type { RuleSource, RuleRegistry } from './registry.js';

export const CONFIG_FILE_NAME = '.reportlintrc.json';
export { BUILTIN_SOURCE } from './registry.js';

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

interface Loaded extends ComposedConfig {
  plugins: LoadedConfig['plugins'];
  registry: RuleRegistry;
  pluginSources: RuleSource[];
}

/** Node checks a config with ajv (validate.ts). */
const AJV_CHECKS: ConfigChecks = { shape: validateConfigShape, ruleOptions: validateRuleOptions };

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
    const forDocument = settingsForDocument(loaded, (base) => {
      const relative = path.relative(base || this.cwd, absolute);
      return path.isAbsolute(relative) ? undefined : relative.split(path.sep).join('/');
    });
    const { rules, lang, organType } = forDocument;
    const sources = [...loaded.sources, ...forDocument.sources];
    if (this.options.ruleOverrides && Object.keys(this.options.ruleOverrides).length > 0) {
      for (const [id, setting] of readRules(this.options.ruleOverrides, loaded.registry, '--rule', '', AJV_CHECKS.ruleOptions)) {
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
    // Plugins first: a config may extend and configure the rules of the plugins it names.
    const bases: Loaded[] = [];
    for (const entry of extendsOf(data)) {
      if (isPathLike(entry)) bases.push(await this.load(path.resolve(dir, entry), chain));
    }
    const ownPlugins = data.plugins?.length ? await this.pluginLoader()(data.plugins, { file, dir }) : [];
    const pluginSources = dedupeSources(
      [...(await this.cliPluginSources()), ...bases.flatMap((b) => b.pluginSources), ...ownPlugins],
      file,
    );
    let registry: RuleRegistry;
    try {
      registry = createRegistry([BUILTIN_SOURCE, ...pluginSources]);
    } catch (error) {
      throw new ConfigError(file, 'plugins', error instanceof LocalizedError ? error.detail : (error as Error).message);
    }
    this.registries.push(registry);
    if (data.hierarchy) checkHierarchy(data.hierarchy, file);
    const composed = composeConfig({ data, file, dir, registry, checks: AJV_CHECKS, bases });
    return { ...composed, plugins: describePlugins(pluginSources), registry, pluginSources };
  }
}

/**
 * The roll-up's `hierarchy` (the CLI and the library; the page does not apply it, so does not check it): a
 * parent organ named among its own subordinates (spacing aside, as the roll-up pairs organs) would add its
 * report to the sum it is compared with, a mistake in the file, named by its key. A subordinate named twice
 * is counted once (roll-up.ts) and named in a notice of the run (files.ts), not an error.
 */
function checkHierarchy(hierarchy: Readonly<Record<string, readonly string[]>>, file: string): void {
  for (const [parent, names] of Object.entries(hierarchy)) {
    const at = names.findIndex((name) => organKey(name) === organKey(parent));
    if (at >= 0) throw new ConfigError(file, `hierarchy.${parent}[${at}]`, msg('hierarchySelf', { name: names[at] ?? '' }));
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
    throw new ConfigError(
      file,
      '',
      code === 'ENOENT' ? msg('fileNotFound') : msg('cannotRead', { code: code ?? (error as Error).message }),
    );
  }
  return parseConfigText(text, file, AJV_CHECKS);
}

/** The same plugin named twice (here and in an extended config) loads once; two plugins with one name clash. */
function dedupeSources(sources: RuleSource[], file: string): RuleSource[] {
  const seen = new Map<string, RuleSource>();
  for (const s of sources) {
    const known = seen.get(s.prefix ?? '');
    if (!known) seen.set(s.prefix ?? '', s);
    else if (known.origin !== s.origin)
      throw new ConfigError(
        file,
        'plugins',
        msg('pluginClash', { a: known.origin ?? '', b: s.origin ?? '', prefix: s.prefix ?? '' }),
      );
  }
  return [...seen.values()];
}

function describePlugins(sources: readonly RuleSource[]): LoadedConfig['plugins'] {
  return sources.map((s) => ({
    name: s.prefix ?? 'reportlint',
    origin: s.origin ?? '',
    ...(s.version ? { version: s.version } : {}),
  }));
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
