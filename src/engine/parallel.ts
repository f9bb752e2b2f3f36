/**
 * Linting many files fast: unchanged files come from the `--cache`, the rest are linted in this thread
 * or spread over worker threads (`--concurrency`), and results come back in the order the files were
 * given, whatever order the threads finish in. Node-only (file layer, used by files.ts).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { CacheWriteError, createCache, hashConfig, type CacheProbe, type LintCache } from './cache.js';
import { LocalizedError, msg, say } from '../i18n/messages.js';
import type { Locale } from '../rules/types.js';
import { MAX_CONCURRENCY } from './options-check.js';
import type { ConfigLoader, ConfigOptions } from '../config/loader.js';
import { readSized } from './file-size.js';
import { writeError } from './write-error.js';
import type { LintFilesOptions } from './lint-files-options.js';
import type { LintResult } from './types.js';
import { fatalResult } from './lint.js';
import { anyConfig } from './lint-target.js';
import { timeLimitMs } from '../parser/time-limit.js';
import { linksYearsAsLinted } from './year-book.js';

import type { Concurrency } from './lint-files-options.js';
export type { Concurrency } from './lint-files-options.js';

export interface TargetFile {
  file: string;
  /** Named on the command line (not found by walking a folder or a glob). */
  explicit: boolean;
}

/** Lints one file in this thread (files.ts); undefined when the file is skipped. */
type LintTarget = (target: TargetFile, notice: (message: string) => void) => Promise<LintResult | undefined>;

export interface ManyFilesContext {
  cwd: string;
  loader: ConfigLoader;
  notice: (message: string) => void;
  lintTarget: LintTarget;
  /** A cache the caller opened (openCache) and saves itself; without it, `options.cache` opens and saves one here. */
  cache?: LintCache;
  /** What of a finished file's result is kept until the end of the run (after the cache has stored it whole). */
  keep?: (result: LintResult) => LintResult;
}

/** The `--cache` store for a run, or undefined when caching is off. */
export async function openCache(options: LintFilesOptions, cwd: string): Promise<LintCache | undefined> {
  if (!options.cache || options.keepSource) return undefined;
  return createCache({
    cwd,
    strategy: options.cacheStrategy ?? 'content',
    ...(options.cacheLocation ? { location: options.cacheLocation } : {}),
  });
}

/**
 * The year-over-year re-lint of one report (files.ts), from the cache when the file, its configuration and
 * last year's summary are all unchanged; kept beside the file's first-pass result.
 */
export async function cachedRelint(
  cache: LintCache | undefined,
  target: { file: string; content: Uint8Array | string },
  previous: unknown,
  options: LintFilesOptions,
  loader: ConfigLoader,
  relint: () => Promise<LintResult>,
): Promise<LintResult> {
  if (!cache) return relint();
  const key = hashConfig({ config: await configKey(target.file, true, options, loader), previous });
  const probe = await cache.probe(target.file, target.content, key, 'previous');
  if (probe.result) return probe.result;
  const result = await relint();
  probe.store(result);
  return result;
}

/** Below this many files per thread, starting a worker costs more than it saves. */
const FILES_PER_WORKER = 24;

/**
 * The cores one lint thread keeps busy: V8 collects garbage and compiles on threads of its own, so one thread
 * used 1.37 cores on the bench (1,000 reports: 10.7 s of CPU in 7.8 s). `auto` gives each lane this many
 * cores: on 2 cores a second lane mostly fights the first one's collector (measured again with the 2 GB worker
 * heap: a worker adds 25–30 % CPU, 13.2–14.0 s, for a wall 0–6 % shorter, 7.4–7.9 s), so `auto` keeps one
 * thread there; 4 cores get 2 lanes, 8 get 5. Lanes as `--single-threaded` child processes were tried too
 * (one core each, no collector threads to fight over): two separate such processes, each linting half, took
 * 0.70× the parse floor's wall, but a coordinating process that hands out files, takes the results and links
 * the years spent 2.3 s of CPU of its own, and the run took as long as with two threads (8.6 s, 8.5 s).
 * The whole process under `--single-threaded` or `--single-threaded-gc` with two worker lanes did no better:
 * 0.85–0.94× the floor's wall (3 interleaved rounds), as one thread.
 */
const CORES_PER_LANE = 1.4;

/**
 * How many threads lint `files` files: 1 means this thread only. `auto` uses the cores there are, a lane per
 * CORES_PER_LANE, once there are enough files. (A load-average cap was tried and dropped: the 1-minute
 * average lags, so it still counted the process that ran just before and kept a quiet machine on one thread.)
 */
export function resolveConcurrency(value: Concurrency | undefined, files: number): number {
  if (value === undefined || value === 'off') return 1;
  const cores = availableParallelism();
  if (value === 'auto') return Math.max(1, Math.min(Math.floor(cores / CORES_PER_LANE), Math.floor(files / FILES_PER_WORKER)));
  return Math.max(1, Math.min(Math.floor(value), files));
}

/**
 * What starting a worker costs before it lints anything at full speed: loading the reading and rules code
 * (~0.2 s of CPU) and its first, not yet optimised files (~0.3 s) — measured on the bench reports. With
 * margin, so `auto` is never slower than one thread on a small batch: on 2 cores one thread already keeps
 * about 1.4 cores busy (V8's garbage collector and compiler), and bench/RESULTS.md measured 100 reports 7 %
 * slower with workers started at 1.5 s, 1,000 reports 7 % faster.
 */
const WORKER_PAYBACK_MS = 3000;
/** Files this thread lints before judging the pace: the first ones run unoptimised code and read slow. */
const PACE_SAMPLE_FILES = 3;

/**
 * `auto`: whether worker threads repay their start, given how long this thread's recent files took and
 * how many files no thread has taken yet. Workers share the rest; each must save more than it costs.
 */
export function workersPayOff(msPerFile: number, remainingFiles: number, lanes: number): boolean {
  if (lanes < 2 || remainingFiles < lanes) return false;
  const saved = msPerFile * remainingFiles * (1 - 1 / lanes);
  return saved > WORKER_PAYBACK_MS;
}

/**
 * A worker's heap. The limit makes a runaway document end this thread, not the whole process; it is 2 GB
 * because V8 collects more often in a smaller heap (it grows a heap under 2 GB by a smaller factor): with
 * 1 GB the worker ran three times as many full collections as the main thread (19 against 6 on the bench's
 * 1,000 reports) and `--concurrency 2` took 16.9 s of CPU; with 2 GB, 6 and about 14 s. The young generation is
 * as large as the main thread's: with a worker's smaller default, scavenges ate the second core.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 2048, maxYoungGenerationSizeMb: 64 };

/** The most consecutive files a lane takes at once. */
const MAX_BLOCK = 8;

/**
 * A lane's view of the shared queue: consecutive files in blocks, so that a report and the next one (often the
 * same organ's next year) are linted by one thread, whose YearBook links them in the first pass; files handed
 * out one by one alternated between threads, and every such pair was read and linted again after the walk.
 * Blocks shrink towards the end of the queue, so no lane is left holding files while the others are idle.
 */
function laneQueue(shared: Iterator<number>, left: () => number, lanes: number): Iterator<number> {
  const block: number[] = [];
  return {
    next: () => {
      if (block.length === 0) {
        const size = lanes < 2 ? 1 : Math.max(1, Math.min(MAX_BLOCK, Math.floor(left() / (lanes * 4))));
        while (block.length < size) {
          const n = shared.next();
          if (n.done) break;
          block.push(n.value);
        }
      }
      const index = block.shift();
      return index === undefined ? { done: true, value: undefined } : { done: false, value: index };
    },
  };
}

/** Parses `--concurrency <n|auto|off>`; throws a one-line message for anything else. */
export function parseConcurrency(text: string): Concurrency {
  if (text === 'auto' || text === 'off') return text;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY)
    throw new LocalizedError(msg('concurrencyExpected', { value: text, max: MAX_CONCURRENCY }));
  return n;
}

export async function lintFilesConcurrently(
  targets: readonly TargetFile[],
  options: LintFilesOptions,
  context: ManyFilesContext,
): Promise<LintResult[]> {
  const slots: Array<LintResult | undefined> = new Array<LintResult | undefined>(targets.length);
  const notices: string[][] = targets.map(() => []);
  const ownCache = !('cache' in context);
  const cache = ownCache ? await openCache(options, context.cwd) : context.cache;
  const probes = new Map<number, CacheProbe>();
  const keep = context.keep ?? ((result: LintResult) => result);
  const pending: number[] = [];
  for (let i = 0; i < targets.length; i++) {
    const probe = cache ? await probeCache(cache, targets[i] as TargetFile, options, context.loader) : undefined;
    if (probe?.result) slots[i] = keep(probe.result);
    else {
      if (probe) probes.set(i, probe);
      pending.push(i);
    }
  }
  let finished = targets.length - pending.length;
  options.onProgress?.(finished, targets.length);
  const lanes = resolveConcurrency(options.concurrency, pending.length);
  const script = workerScript();
  // Plugin rules run only in worker threads, where the watchdog can stop one that never returns.
  const isolate =
    script !== undefined &&
    (await anyConfig(
      context.loader,
      pending.map((i) => (targets[i] as TargetFile).file),
      (config) => config.plugins.length > 0,
    ));
  const workerOptions = (lanes > 1 || isolate) && script ? cloneableOptions(options, context.loader) : undefined;
  const done = (index: number, result: LintResult | undefined): void => {
    if (result) probes.get(index)?.store(result);
    else cache?.delete((targets[index] as TargetFile).file);
    slots[index] = result && keep(result);
    options.onProgress?.(++finished, targets.length);
  };
  let taken = 0;
  const pendingQueue = pending[Symbol.iterator]();
  const queue: Iterator<number> = {
    next: () => {
      const n = pendingQueue.next();
      if (!n.done) taken++;
      return n;
    },
  };
  const hereLane = async (afterEach?: () => void): Promise<void> => {
    const mine = laneQueue(queue, () => pending.length - taken, lanes);
    for (let next = mine.next(); !next.done; next = mine.next()) {
      const index = next.value;
      done(index, await context.lintTarget(targets[index] as TargetFile, (m) => notices[index]?.push(m)));
      afterEach?.();
      // A file is read synchronously and linted without a macrotask: without this turn of the event loop the
      // workers' replies would wait until this thread had taken every file, and the workers would sit idle.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const startWorkers = (count: number): Array<Promise<void>> =>
    Array.from({ length: count }, () =>
      workerLane(
        script as URL,
        context.cwd,
        workerOptions as WorkerOptions,
        targets,
        laneQueue(queue, () => pending.length - taken, lanes),
        done,
        notices,
      ),
    );
  if (script && workerOptions && (isolate || options.concurrency !== 'auto')) {
    await Promise.all([...(isolate ? [] : [hereLane()]), ...startWorkers(isolate ? lanes : lanes - 1)]);
  } else if (script && workerOptions) {
    // auto: this thread starts alone and times its files; workers join once the rest is worth their start.
    const workers: Array<Promise<void>> = [];
    let linted = 0;
    let since = 0;
    await hereLane(() => {
      if (workers.length > 0 || ++linted < PACE_SAMPLE_FILES) return;
      if (linted === PACE_SAMPLE_FILES) {
        since = performance.now();
        return;
      }
      const pace = (performance.now() - since) / (linted - PACE_SAMPLE_FILES);
      if (workersPayOff(pace, pending.length - taken, lanes)) workers.push(...startWorkers(lanes - 1));
    });
    await Promise.all(workers);
  } else {
    await hereLane();
  }
  // Notices in file order, as a single-threaded run would print them.
  for (const list of notices) for (const message of list) context.notice(message);
  if (ownCache && cache) await saveCache(cache, context.notice, options.lang);
  return slots.filter((r): r is LintResult => r !== undefined);
}

/** Writes the cache; a cache that cannot be written is a warning, never the end of the run. */
export async function saveCache(cache: LintCache, notice: (message: string) => void, lang: Locale | undefined): Promise<void> {
  try {
    await cache.save();
  } catch (error) {
    if (!(error instanceof CacheWriteError)) throw error;
    const reason = error.reason === 'foreign' ? msg('cacheForeign') : writeError(error.reason);
    notice(say('cacheNotWritten', lang ?? 'zh', { file: error.location, reason }));
  }
}

async function probeCache(
  cache: LintCache,
  target: TargetFile,
  options: LintFilesOptions,
  loader: ConfigLoader,
): Promise<CacheProbe | undefined> {
  let content: Uint8Array | undefined;
  if (cache.strategy === 'content') {
    try {
      // Within the size limit, and never a device's endless read (file-size.ts).
      const read = readSized(target.file, options.maxFileSize);
      if ('tooLarge' in read) return undefined;
      content = read.bytes;
    } catch {
      return undefined; // the lint step reports unreadable files
    }
  }
  return cache.probe(target.file, content, await configKey(target.file, target.explicit, options, loader));
}

/** Everything besides the file itself that decides its findings. */
async function configKey(file: string, explicit: boolean, options: LintFilesOptions, loader: ConfigLoader): Promise<string> {
  const { config } = await loader.forFile(file);
  return hashConfig({
    rules: config.rules,
    plugins: config.plugins,
    lang: options.lang ?? config.lang ?? null,
    organType: config.organType ?? null,
    // Rules see only the date (future years, late publication): a new day re-checks every file.
    day: (options.now ?? new Date()).toISOString().slice(0, 10),
    explicit,
    encoding: options.encoding ?? null,
    format: options.format ?? null,
    inlineConfig: options.inlineConfig ?? true,
    reportUnused: options.reportUnusedDisableDirectives ?? false,
    docsBase: options.docsBase ?? null,
    maxFileSize: options.maxFileSize ?? null,
  });
}

/** The compiled worker next to this module; absent when running from TypeScript sources (tests): then one thread. */
function workerScript(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** What a worker needs to rebuild the same configuration; undefined when something cannot cross threads. */
export interface WorkerOptions {
  config: Omit<ConfigOptions, 'loadPlugins'>;
  /** Whether the worker links reports with the previous years it linked before them (YearBook). */
  yearBook: boolean;
  lint: Pick<
    LintFilesOptions,
    | 'lang'
    | 'now'
    | 'encoding'
    | 'format'
    | 'inlineConfig'
    | 'reportUnusedDisableDirectives'
    | 'docsBase'
    | 'keepSource'
    | 'maxFileSize'
    | 'cache'
    | 'keepFacts'
  >;
}

function cloneableOptions(options: LintFilesOptions, loader: ConfigLoader): WorkerOptions | undefined {
  // ConfigLoader keeps its options private; a worker needs them to build an identical loader of its own.
  const given = (loader as unknown as { options?: ConfigOptions }).options ?? options;
  // A custom plugin loader is a function: it cannot cross threads, so such runs stay on one thread.
  if (given.loadPlugins) return undefined;
  const { loadPlugins: _plugins, ...config } = given;
  const lint = {
    lang: options.lang,
    now: options.now,
    encoding: options.encoding,
    format: options.format,
    inlineConfig: options.inlineConfig,
    reportUnusedDisableDirectives: options.reportUnusedDisableDirectives,
    docsBase: options.docsBase,
    keepSource: options.keepSource,
    maxFileSize: options.maxFileSize,
    // What a result carries back (lint-target.ts): the summary and facts the cache stores, the facts a format needs.
    cache: options.cache,
    keepFacts: options.keepFacts,
  };
  const out = {
    config,
    yearBook: linksYearsAsLinted(options),
    lint: Object.fromEntries(Object.entries(lint).filter(([, v]) => v !== undefined)),
  };
  try {
    structuredClone(out);
    return out;
  } catch {
    return undefined;
  }
}

interface WorkerReply {
  index: number;
  result?: LintResult;
  notices: string[];
  error?: string;
}

/**
 * One worker thread pulling files from the shared queue, two in flight so it never waits on the main thread.
 * A worker that dies (out of memory, a plugin calling process.exit, a native crash in the thread) is
 * replaced: the files it had are retried one at a time in a fresh worker, and a file whose worker dies
 * while it is the only one in flight becomes a fatal result; every other file keeps its result.
 * A worker that answers nothing for twice the time limit (a plugin rule in an endless loop: nothing in its
 * own thread can stop it) is stopped the same way, and its file fails as having taken too long.
 */
function workerLane(
  script: URL,
  cwd: string,
  options: WorkerOptions,
  targets: readonly TargetFile[],
  queue: Iterator<number>,
  done: (index: number, result: LintResult | undefined) => void,
  notices: string[][],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const retry: number[] = [];
    const inFlight = new Set<number>();
    let worker: Worker;
    let finished = false;
    let failed = false;
    let deaths = 0;
    let hung = false;
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const watch = (): void => {
      clearTimeout(watchdog);
      watchdog =
        inFlight.size > 0
          ? setTimeout(() => {
              hung = true;
              void worker.terminate();
            }, 2 * timeLimitMs())
          : undefined;
    };
    const next = (): number | undefined => {
      if (retry.length) return retry.shift();
      const n = queue.next();
      return n.done ? undefined : n.value;
    };
    const feed = (): void => {
      // Files being retried go alone, so a second death names its file.
      const cap = retry.length > 0 || deaths > 0 ? 1 : 2;
      while (inFlight.size < cap) {
        const index = next();
        if (index === undefined) break;
        inFlight.add(index);
        worker.postMessage({ index, target: targets[index] });
      }
      watch();
      if (inFlight.size === 0) {
        finished = true;
        void worker.terminate().then(() => resolve());
      }
    };
    const start = (): void => {
      worker = new Worker(script, {
        workerData: { cwd, options },
        resourceLimits: WORKER_HEAP,
      });
      worker.on('message', (reply: WorkerReply) => {
        inFlight.delete(reply.index);
        watch();
        notices[reply.index]?.push(...reply.notices);
        if (reply.error !== undefined) {
          failed = true;
          void worker.terminate();
          reject(new Error(reply.error));
          return;
        }
        done(reply.index, reply.result);
        if (!failed) feed();
      });
      // An 'error' is followed by 'exit', where the files are dealt with.
      worker.on('error', () => undefined);
      worker.on('exit', (code) => {
        clearTimeout(watchdog);
        if (finished || failed) return;
        deaths++;
        const timedOut = hung;
        hung = false;
        if (deaths > targets.length + 2) {
          failed = true;
          reject(new LocalizedError(msg('workersKeepStopping', { code: String(code) })));
          return;
        }
        const lost = [...inFlight];
        inFlight.clear();
        if (lost.length === 1)
          done(
            lost[0] as number,
            workerDied((targets[lost[0] as number] as TargetFile).file, timedOut ? 'timeout' : code, options.lint.lang ?? 'zh'),
          );
        else retry.push(...lost);
        start();
        feed();
      });
    };
    start();
    feed();
  });
}

function workerDied(file: string, code: number | 'timeout', lang: Locale): LintResult {
  if (code === 'timeout') {
    const s = (2 * timeLimitMs()) / 1000;
    return fatalResult(file, new LocalizedError(msg('workerTimeout', { seconds: s })), 'unreadable', lang);
  }
  return fatalResult(file, new LocalizedError(msg('workerExited', { code: String(code) })), 'unreadable', lang);
}
