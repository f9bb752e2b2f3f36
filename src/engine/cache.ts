/**
 * The `--cache` store, ESLint-style: one JSON file remembering each report's result, keyed by the file
 * (its content hash, or size and mtime with the metadata strategy), the hash of the configuration that
 * applied to it and the reportlint version. A re-run over an unchanged folder then only reads and hashes
 * files. Node-only (file-reading layer, like files.ts): the browser core never imports it.
 */
import { createHash } from 'node:crypto';
import { readFile, stat, writeFile, rename, unlink } from 'node:fs/promises';
import { makeFolders } from './make-folders.js';
import path from 'node:path';
import type { LintResult } from './types.js';

/** `content` (default) survives CI checkouts that reset mtimes; `metadata` skips hashing. */
export type CacheStrategy = 'content' | 'metadata';

const DEFAULT_CACHE_FILE = '.reportlintcache';

export interface CacheOptions {
  /** A file, or a folder (existing, or written with a trailing slash) that gets `.reportlintcache`. */
  location?: string;
  strategy?: CacheStrategy;
  cwd?: string;
  /** Results of another version are never reused; default: this package's version. */
  version?: string;
}

interface Entry {
  hash?: string;
  size: number;
  mtimeMs: number;
  config: string;
  result: Omit<LintResult, 'filePath' | 'source'>;
}

interface CacheFile {
  version: string;
  strategy: CacheStrategy;
  entries: Record<string, Entry>;
}

/** What the cache knows about one file in this run. */
export interface CacheProbe {
  /** The stored result, when the file and its configuration are unchanged. */
  result?: LintResult;
  /** Remembers this run's result (fatal results are not kept: the next run tries again). */
  store(result: LintResult): void;
}

export interface LintCache {
  /** The cache file's absolute path. */
  readonly location: string;
  readonly strategy: CacheStrategy;
  /**
   * Looks a file up. `content` is the file's bytes (needed by the content strategy; the metadata
   * strategy stats the file instead). Only the fingerprint is kept, never the bytes. A `variant` keeps a
   * second result for the same file (the year-over-year pass) beside the first.
   */
  probe(filePath: string, content: Uint8Array | string | undefined, configHash: string, variant?: string): Promise<CacheProbe>;
  /** Forgets a file (deleted, or no longer linted). */
  delete(filePath: string): void;
  /** Writes the cache file if anything changed. */
  save(): Promise<void>;
}

function resolveCacheLocation(location: string | undefined, cwd: string): string {
  const given = path.resolve(cwd, location ?? DEFAULT_CACHE_FILE);
  const folderLike = location !== undefined && /[\\/]$/.test(location);
  return folderLike ? path.join(given, DEFAULT_CACHE_FILE) : given;
}

export async function createCache(options: CacheOptions = {}): Promise<LintCache> {
  const cwd = path.resolve(options.cwd ?? '.');
  let location = resolveCacheLocation(options.location, cwd);
  if (await isDirectory(location)) location = path.join(location, DEFAULT_CACHE_FILE);
  const strategy = options.strategy ?? 'content';
  const version = options.version ?? (await packageVersion());
  const stored = await readCacheFile(location);
  // A file there that is not a reportlint cache (a report named by mistake, say) is never written over.
  const foreign = stored === 'foreign';
  const known = stored === 'foreign' ? undefined : stored;
  const entries = known && known.version === version && known.strategy === strategy ? known.entries : {};
  let dirty = known === undefined || entries !== known.entries;

  // Keys are paths relative to the cache file's folder, with '/': a cache that CI saves in one checkout and
  // restores in another (another folder, another runner) still hits. Absolute keys never did.
  const keyOf = (absolute: string): string => path.relative(path.dirname(location), absolute).split(path.sep).join('/');
  type Print = Pick<Entry, 'hash' | 'size' | 'mtimeMs'>;
  const fingerprint = async (filePath: string, content: Uint8Array | string | undefined): Promise<Print | undefined> => {
    try {
      if (strategy === 'content')
        return content === undefined ? undefined : { hash: hashContent(content), size: byteLength(content), mtimeMs: 0 };
      const s = await stat(filePath);
      return { size: s.size, mtimeMs: s.mtimeMs };
    } catch {
      return undefined;
    }
  };

  return {
    location,
    strategy,
    async probe(filePath, content, configHash, variant) {
      const absolute = path.resolve(cwd, filePath);
      const key = variant ? `${keyOf(absolute)}#${variant}` : keyOf(absolute);
      const print = await fingerprint(absolute, content);
      let entry = entries[key];
      if (entry !== undefined && !isEntry(entry)) {
        // Damaged by hand or by another tool: forgotten, and the file is linted again.
        delete entries[key];
        entry = undefined;
        dirty = true;
      }
      const store = (result: LintResult): void => {
        if (result.fatalErrorCount > 0 || !print) {
          if (key in entries) delete entries[key];
        } else {
          const { filePath: _path, source: _source, ...kept } = result;
          entries[key] = { ...print, config: configHash, result: kept };
        }
        dirty = true;
      };
      const same =
        entry &&
        print &&
        entry.config === configHash &&
        entry.size === print.size &&
        entry.hash === print.hash &&
        entry.mtimeMs === print.mtimeMs;
      return same && entry ? { result: { filePath, ...structuredClone(entry.result) }, store } : { store };
    },
    delete(filePath) {
      const key = keyOf(path.resolve(cwd, filePath));
      if (key in entries) {
        delete entries[key];
        dirty = true;
      }
    },
    async save() {
      if (!dirty) return;
      if (foreign) throw new CacheWriteError(location, 'foreign');
      const data: CacheFile = { version, strategy, entries };
      // A folder that cannot be made is the write's failure below (ENOENT), said once.
      await makeFolders(path.dirname(location)).catch(() => undefined);
      // Write then rename, so an interrupted run never leaves half a cache file behind.
      const temp = `${location}.${process.pid}.tmp`;
      try {
        await writeFile(temp, JSON.stringify(data));
        await rename(temp, location);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw new CacheWriteError(location, (error as NodeJS.ErrnoException).code ?? 'EIO');
      }
      dirty = false;
    },
  };
}

/** A stable hash of anything JSON-like (Maps and Sets included, object keys sorted). */
export function hashConfig(value: unknown): string {
  return createHash('sha1').update(stableStringify(value)).digest('hex');
}

function hashContent(content: Uint8Array | string): string {
  return createHash('sha1').update(content).digest('hex');
}

function stableStringify(value: unknown): string {
  if (value instanceof Map) return stableStringify([...value.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : 1)));
  if (value instanceof Set) return stableStringify([...value].map((v) => stableStringify(v)).sort());
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (typeof value === 'function') return JSON.stringify(`function ${value.name}`);
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function byteLength(content: Uint8Array | string): number {
  return typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
}

/** The stored cache; undefined when there is none (or it cannot be read), 'foreign' when the file is something else. */
async function readCacheFile(location: string): Promise<CacheFile | 'foreign' | undefined> {
  let text: string;
  try {
    text = await readFile(location, 'utf8');
  } catch {
    return undefined;
  }
  let data: Partial<CacheFile> | null;
  try {
    data = JSON.parse(text) as Partial<CacheFile> | null;
  } catch {
    // A cache cut short by a crash still starts with the version this writer puts first.
    return text.startsWith('{"version":') ? undefined : 'foreign';
  }
  // What this writer writes: an object with a version and entries; anything else is someone else's file.
  if (
    !data ||
    typeof data !== 'object' ||
    typeof data.version !== 'string' ||
    !data.entries ||
    typeof data.entries !== 'object' ||
    Array.isArray(data.entries)
  ) {
    return 'foreign';
  }
  // Entries are checked one by one when used (isEntry): one damaged entry costs only itself.
  const entries: Record<string, Entry> = Object.create(null) as Record<string, Entry>;
  for (const [key, value] of Object.entries(data.entries)) entries[key] = value;
  return { version: data.version, strategy: data.strategy === 'metadata' ? 'metadata' : 'content', entries };
}

function isEntry(value: unknown): value is Entry {
  const e = value as Partial<Entry> | null;
  const r = e?.result as Partial<LintResult> | undefined;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.config === 'string' &&
    typeof e.size === 'number' &&
    typeof e.mtimeMs === 'number' &&
    (e.hash === undefined || typeof e.hash === 'string') &&
    typeof r === 'object' &&
    r !== null &&
    Array.isArray(r.messages) &&
    r.messages.every((m) => typeof m === 'object' && m !== null && typeof (m as { message?: unknown }).message === 'string') &&
    typeof r.errorCount === 'number' &&
    typeof r.warningCount === 'number' &&
    typeof r.fatalErrorCount === 'number'
  );
}

/** The cache could not be written: the run's results stand, and this is said once as a warning. */
export class CacheWriteError extends Error {
  constructor(
    readonly location: string,
    readonly reason: string,
  ) {
    super(`cannot write the cache ${location} (${reason})`);
    this.name = 'CacheWriteError';
  }
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isDirectory();
  } catch {
    return false;
  }
}

let versionPromise: Promise<string> | undefined;
/** This package's version, read once from package.json (src/ and dist/ both sit one level below it). */
function packageVersion(): Promise<string> {
  versionPromise ??= readFile(new URL('../../package.json', import.meta.url), 'utf8')
    .then((text) => `reportlint@${(JSON.parse(text) as { version?: string }).version ?? 'unknown'}`)
    .catch(() => 'reportlint@unknown');
  return versionPromise;
}
