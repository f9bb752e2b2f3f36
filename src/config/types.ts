/** Shapes of `.reportlintrc.json` as written, and of a configuration once resolved for one file. */
import type { Locale } from '../rules/types.js';
import type { OrganType } from '../parser/types.js';
import type { RuleSetting } from './severity.js';
import { LocalizedError, msg, type Msg } from '../i18n/messages.js';

/** The file as the user writes it (validated by ajv before it is trusted). */
export interface ConfigFileData {
  $schema?: string;
  root?: boolean;
  extends?: string | string[];
  plugins?: string[];
  lang?: 'zh' | 'zh-CN' | 'en';
  /** The kind of organ whose reports these are, when the title does not say it clearly (第四十九条 deadlines). */
  organType?: OrganType;
  rules?: Record<string, unknown>;
  overrides?: Array<{
    files: string | string[];
    excludedFiles?: string | string[];
    lang?: 'zh' | 'zh-CN' | 'en';
    organType?: OrganType;
    rules?: Record<string, unknown>;
  }>;
  /** Roll-up check (issue 23): a parent organ's name → its subordinate organs' names, as their report titles print them. */
  hierarchy?: Record<string, string[]>;
}

/** A config file after its `extends` chain has been applied; overrides still pending (they depend on the file). */
export interface LoadedConfig {
  /** The config file (absolute path), or null for the built-in default. */
  file: string | null;
  /** Every file that contributed, nearest first (the "why is my rule on" answer of --print-config). */
  sources: string[];
  rules: Map<string, RuleSetting>;
  lang?: Locale;
  organType?: OrganType;
  overrides: Array<{
    files: string[];
    excludedFiles: string[];
    lang?: Locale;
    organType?: OrganType;
    rules: Map<string, RuleSetting>;
  }>;
  hierarchy?: Record<string, string[]>;
  /** Plugins named by this config and what they extend, with versions when known. */
  plugins: Array<{ name: string; origin: string; version?: string }>;
}

/** The configuration that applies to one file. */
export interface ResolvedConfig {
  file: string | null;
  sources: string[];
  rules: Map<string, RuleSetting>;
  lang?: Locale;
  organType?: OrganType;
  /** Parent organ → subordinate organs, for the roll-up check (off when absent). */
  hierarchy?: Record<string, string[]>;
  plugins: Array<{ name: string; origin: string; version?: string }>;
}

/** One line naming the file and the key; the CLI prints it (in the run's language) and exits 2. */
export class ConfigError extends LocalizedError {
  /** What is wrong, without the file and key (the page words it its own way, by its message id). */
  readonly reason: Msg;
  constructor(
    readonly file: string,
    readonly key: string,
    detail: Msg | string,
  ) {
    const inner = typeof detail === 'string' ? msg('raw', { text: detail }) : detail;
    super(key ? msg('atFileKey', { file, key, detail: inner }) : msg('atFile', { file, detail: inner }));
    this.reason = inner;
    this.name = 'ConfigError';
  }
}

export function normaliseLang(lang: string | undefined): Locale | undefined {
  if (lang === undefined) return undefined;
  return lang.toLowerCase().startsWith('en') ? 'en' : 'zh';
}
