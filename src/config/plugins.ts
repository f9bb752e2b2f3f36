/**
 * Plugin loading: `plugins` in `.reportlintrc.json` (and `--plugin`) name ES modules, by package name
 * (resolved from the config file's folder) or by path (relative to it). A plugin's default export is
 * `{ meta: {name, version}, rules: {id: Rule}, configs? }`; its rules join the registry as `<prefix>/<id>`.
 * Every way a plugin can be wrong becomes one ConfigError line naming the config file and the plugin.
 * Only configuration loads plugins: nothing in a document can.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Ajv } from 'ajv';
import { newAjv } from './ajv-lazy.js';
import type { AnyRule, Rule } from '../rules/types.js';
import type { RuleSource } from './registry.js';
import { ConfigError } from './types.js';
import { TimeLimitError, withTimeLimit } from '../parser/time-limit.js';
import { LocalizedError, msg, timeLimitExceeded, type MessageId, type MessageValue, type Msg } from '../i18n/messages.js';

export interface Plugin {
  meta: { name: string; version?: string };
  rules: Readonly<Record<string, AnyRule>>;
  /** Presets users extend as `plugin:<prefix>/<name>`. */
  configs?: Readonly<Record<string, { rules?: Readonly<Record<string, unknown>> }>>;
}

/** Identity helper for plugin authors (types only). */
export function definePlugin<P extends Plugin>(plugin: P): P {
  return plugin;
}

/** Where plugin names are resolved from, and the name errors are reported under. */
export interface PluginOrigin {
  /** The config file (or "--plugin"), as shown in error messages. */
  file: string;
  /** The folder names are resolved from. */
  dir: string;
}

const PREFIX = 'reportlint-plugin-';
const CATEGORIES = new Set(['structure', 'period', 'table', 'statement']);
let ajv: Ajv | undefined;

/** `reportlint-plugin-jiangsu` → `jiangsu`; `@org/reportlint-plugin-x` → `@org/x`. */
export function pluginPrefix(name: string): string {
  const scoped = /^(@[^/]+)\/(.+)$/.exec(name);
  if (scoped) {
    const rest = scoped[2] === 'reportlint-plugin' ? '' : (scoped[2] ?? '').replace(/^reportlint-plugin-/, '');
    return rest ? `${scoped[1]}/${rest}` : (scoped[1] ?? name);
  }
  return name.startsWith(PREFIX) ? name.slice(PREFIX.length) : name;
}

export async function loadPlugins(names: readonly string[], from: PluginOrigin): Promise<RuleSource[]> {
  const sources: RuleSource[] = [];
  for (const name of names) {
    const fail = (detail: Msg): never => {
      throw new ConfigError(from.file, 'plugins', detail);
    };
    const resolved = resolvePlugin(name, from.dir);
    if (!resolved) fail(msg('pluginNotFound', { name, dir: from.dir }));
    let module: Record<string, unknown>;
    try {
      // A module whose top-level code never settles would hold the run forever.
      module = (await withTimeLimit(import(pathToFileURL(resolved as string).href))) as Record<string, unknown>;
    } catch (error) {
      const reason = error instanceof TimeLimitError ? timeLimitExceeded(error.ms) : firstLine(error);
      return fail(msg('pluginLoadFailed', { name, reason }));
    }
    const plugin = (module.default ?? module) as unknown;
    let checked: Plugin;
    try {
      checked = validatePlugin(plugin);
    } catch (error) {
      return fail(
        msg('pluginInvalid', {
          name,
          detail: error instanceof LocalizedError ? error.detail : msg('raw', { text: firstLine(error) }),
        }),
      );
    }
    const prefix = pluginPrefix(checked.meta.name);
    const clash = sources.find((s) => s.prefix === prefix);
    if (clash) fail(msg('pluginPrefixClash', { name, prefix, other: clash.origin ?? '' }));
    sources.push({
      prefix,
      rules: Object.values(checked.rules),
      ...(checked.configs ? { configs: checked.configs } : {}),
      origin: isPathLike(name) ? resolved : name,
      ...(checked.meta.version ? { version: checked.meta.version } : {}),
    });
  }
  return sources;
}

/** Throws a LocalizedError (src/cli-messages.ts) whose message says what is wrong, in one line. */
export function validatePlugin(value: unknown): Plugin {
  const invalid = (id: MessageId, data?: Record<string, string>): never => {
    throw new LocalizedError(msg(id, data));
  };
  if (!isObject(value)) return invalid('pluginNotObject');
  const meta = value.meta;
  if (!isObject(meta) || typeof meta.name !== 'string' || !meta.name) invalid('pluginMetaName');
  if (isObject(meta) && meta.version !== undefined && typeof meta.version !== 'string') invalid('pluginMetaVersion');
  if (!isObject(value.rules)) return invalid('pluginRules');
  for (const [id, rule] of Object.entries(value.rules)) validateRule(id, rule);
  if (value.configs !== undefined) {
    if (!isObject(value.configs)) invalid('pluginConfigs');
    for (const [name, config] of Object.entries(value.configs as object)) {
      if (!isObject(config) || (config.rules !== undefined && !isObject(config.rules))) invalid('pluginConfigShape', { name });
    }
  }
  return value as unknown as Plugin;
}

function validateRule(id: string, rule: unknown): void {
  const bad = (detail: MessageId, data?: Record<string, MessageValue>): never => {
    throw new LocalizedError(msg('ruleMetaInvalid', { id, detail: msg(detail, data) }));
  };
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id)) bad('metaKebab');
  if (!isObject(rule) || typeof rule.check !== 'function' || !isObject(rule.meta)) return bad('metaShape');
  const meta = (rule as unknown as Rule).meta as unknown as Record<string, unknown>;
  if (meta.id !== id) bad('metaId', { actual: JSON.stringify(meta.id) ?? 'undefined', id });
  if (!isLocalized(meta.description)) bad('metaDescription');
  if (typeof meta.category !== 'string' || !CATEGORIES.has(meta.category)) bad('metaCategory', { values: [...CATEGORIES] });
  if (typeof meta.basis !== 'string' || !meta.basis) bad('metaBasis');
  if (meta.defaultSeverity !== 'warn' && meta.defaultSeverity !== 'error') bad('metaSeverity');
  if (typeof meta.recommended !== 'boolean') bad('metaRecommended');
  if (!isObject(meta.messages) || Object.keys(meta.messages).length === 0) bad('metaMessages');
  for (const [key, text] of Object.entries(meta.messages as Record<string, unknown>))
    if (!isLocalized(text)) bad('metaMessageText', { key });
  for (const key of [
    ...Object.keys(isObject(meta.severities) ? meta.severities : {}),
    ...Object.keys(isObject(meta.hints) ? meta.hints : {}),
  ]) {
    if (!(key in (meta.messages as object))) bad('metaUnknownMessage', { key });
  }
  if (meta.needs !== undefined && meta.needs !== 'previousReport' && meta.needs !== 'subordinates') bad('metaNeeds');
  if (meta.validateOptions !== undefined && typeof meta.validateOptions !== 'function') bad('metaValidateOptions');
  if (meta.schema !== undefined) {
    try {
      ajv ??= newAjv({ strict: false });
      ajv.compile(meta.schema as object);
    } catch (error) {
      bad('metaSchema', { reason: firstLine(error) });
    }
  }
}

function resolvePlugin(name: string, dir: string): string | undefined {
  if (isPathLike(name)) {
    const file = path.resolve(dir, name);
    return isFile(file) ? file : undefined;
  }
  const candidates = name.includes(PREFIX) || name.startsWith('@') ? [name] : [`${PREFIX}${name}`, name];
  for (const candidate of candidates) {
    const found = resolvePackage(candidate, dir);
    if (found) return found;
  }
  return undefined;
}

/** Node's resolution from `dir`; ESM-only packages (exports without "require") are read by hand. */
function resolvePackage(name: string, dir: string): string | undefined {
  try {
    return createRequire(path.join(dir, 'noop.js')).resolve(name);
  } catch {
    // fall through: an "import"-only package, or none
  }
  for (let d = dir; ; d = path.dirname(d)) {
    const pkgDir = path.join(d, 'node_modules', name);
    const manifest = path.join(pkgDir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: unknown; module?: string; main?: string };
      const entry = exportEntry(pkg.exports) ?? pkg.module ?? pkg.main ?? 'index.js';
      const file = path.join(pkgDir, entry);
      return isFile(file) ? file : undefined;
    }
    if (path.dirname(d) === d) return undefined;
  }
}

function exportEntry(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (!isObject(exports)) return undefined;
  const root = '.' in exports ? exports['.'] : exports;
  if (typeof root === 'string') return root;
  if (isObject(root)) {
    for (const condition of ['import', 'node', 'default']) {
      const target = root[condition];
      if (typeof target === 'string') return target;
      if (isObject(target) && typeof target.default === 'string') return target.default;
    }
  }
  return undefined;
}

function isPathLike(name: string): boolean {
  return name.startsWith('.') || path.isAbsolute(name) || /^[A-Za-z]:[\\/]/.test(name);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isLocalized(v: unknown): boolean {
  return isObject(v) && typeof v.zh === 'string' && !!v.zh && typeof v.en === 'string' && !!v.en;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? text;
}
