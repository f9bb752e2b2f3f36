/**
 * The options of lintFiles (files.ts) and of its cache-and-threads layer (parallel.ts), in a module of their own
 * so that neither of the two imports the other.
 */
import type { ConfigLoader, ConfigOptions } from '../config/loader.js';
import type { EncodingName } from '../parser/decode.js';
import type { InputFormat } from '../parser/types.js';
import type { Locale, PreviousReport, Subordinates } from '../rules/types.js';
import type { CacheStrategy } from './cache.js';

export type Concurrency = number | 'auto' | 'off';

/** The options of lintFiles that this module reads. */
interface ManyFilesOptions {
  /** `--cache`: reuse the results of unchanged files. */
  cache?: boolean;
  /** `--cache-location`: a file, or a folder for `.reportlintcache` (default `.reportlintcache` in cwd). */
  cacheLocation?: string;
  /** `--cache-strategy` (default `content`). */
  cacheStrategy?: CacheStrategy;
  /** `--concurrency`: threads for many files; `auto` uses them only when there are enough files. Default off. */
  concurrency?: Concurrency;
  /** Bytes; a larger file is one fatal message (default 20 MB; 0 or Infinity: no limit). */
  maxFileSize?: number;
  /** Called as files finish (cached ones at once), for a progress line on long runs. */
  onProgress?: (done: number, total: number) => void;
}

export interface LintFilesOptions extends ConfigOptions, ManyFilesOptions {
  cwd?: string;
  /** false: no ignore file, no ignore patterns (`--no-ignore`). */
  ignore?: boolean;
  /** gitignore-syntax file; default `.reportlintignore` in cwd when it exists. */
  ignorePath?: string;
  ignorePatterns?: readonly string[];
  /** Default true: a pattern that matches no file is an error (exit 2 in the CLI). */
  errorOnUnmatchedPattern?: boolean;
  /** What `-` reads, and the name it is reported under (picks the adapter too). */
  stdin?: { content: string | Uint8Array; filePath?: string };
  /** Overrides the configured message language. */
  lang?: Locale;
  now?: Date;
  encoding?: EncodingName;
  format?: InputFormat;
  inlineConfig?: boolean;
  reportUnusedDisableDirectives?: boolean;
  docsBase?: string;
  /** Keep each result's organ, year and key figures (`facts`) for batch summaries; dropped by default. */
  keepFacts?: boolean;
  /** Keep each result's decoded text (for code frames); dropped by default to keep memory flat. */
  keepSource?: boolean;
  /** Operational notices (a binary file skipped, an ignored file given explicitly): the CLI prints them on stderr. */
  onNotice?: (message: string) => void;
  /** Share a loader (the CLI reads rule metadata from it afterwards). */
  configLoader?: ConfigLoader;
  /** Last year's report (`--previous`): every report is checked against it by year-over-year rules. */
  previousFile?: string;
  /** Set internally for the second, year-over-year pass: every report of last year paired with this one. */
  previous?: readonly PreviousReport[];
  /** Set internally for a parent organ's report in the second pass (roll-up). */
  subordinates?: Subordinates;
}
