/**
 * A larger young generation for a batch run, set by the bin (issue 21: "GC tuned where it measurably helps, set
 * by the bin, not by the user"). Linting a report allocates trees that die with the report; with V8's default
 * semi-space (16 MB) a batch spends a fifth of its time in scavenges. A V8 heap's young generation is fixed
 * when the process starts, so the bin starts Node once more with the flag, only for a run over a folder or a
 * glob: one file starts as fast as before. Loaded before anything else, so it imports only Node built-ins.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { OPTIONS, type OptionSpec } from './args.js';

/** The semi-space for a batch, in MB (bench/RESULTS.md, "The young generation"). */
export const BATCH_SEMI_SPACE_MB = 64;
/**
 * How far V8 lets the old generation grow past what survived its last full collection, in percent. A batch keeps
 * only ~3 KB a report (its results), yet V8's own factor (up to 4×, from its timing) let the peak grow with the
 * number of files: 315 → 430 MB for 1,000 → 5,000 reports (1.37×). Capped at 2× the peak grows 1.25× (260 → 330 MB)
 * for the same CPU within this machine's noise (three interleaved rounds: +2 %, −1 %, +7 % at 1,000 reports; 50 %
 * cost +15 % to +29 %). bench/RESULTS.md, "Memory".
 */
export const BATCH_HEAP_GROWING_PERCENT = 100;
/** Set in the restarted process (and by a user who wants V8's defaults): never restart again. */
const DONE = 'REPORTLINT_HEAP';
/** More files than this named one by one make a batch too. */
const MANY_FILES = 20;

/** The options that take a value (`--cache-location <folder>`, `-f json`): the value is no file to lint. */
const VALUED = new Set(
  Object.entries(OPTIONS as Readonly<Record<string, OptionSpec>>)
    .filter(([, spec]) => spec.type !== 'boolean')
    .flatMap(([name, spec]) => [`--${name}`, ...(spec.alias ? [`-${spec.alias}`] : [])]),
);

/** The files, folders and globs among the arguments (option values and options left out). */
function positionals(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return [...out, ...argv.slice(i + 1)];
    if (VALUED.has(arg)) i++;
    else if (!arg.startsWith('-')) out.push(arg);
  }
  return out;
}

/** Whether these arguments lint a batch: a folder or a glob, or many files. */
export function isBatch(argv: readonly string[], cwd: string = process.cwd()): boolean {
  const named = positionals(argv);
  if (named.length > MANY_FILES) return true;
  return named.some((a) => {
    const kind = kindOf(a, cwd);
    // A file named 年报[2023].html is one file, though [ … ] would make it a glob.
    return kind === 'folder' || (kind === undefined && /[*?[{]/.test(a));
  });
}

function kindOf(arg: string, cwd: string): 'folder' | 'file' | undefined {
  try {
    return statSync(resolve(cwd, arg)).isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

/** Whether the heap was already chosen: by us, by the user's flags, or turned off. */
function chosen(env: NodeJS.ProcessEnv, execArgv: readonly string[]): boolean {
  const flags = `${execArgv.join(' ')} ${env['NODE_OPTIONS'] ?? ''}`;
  return env[DONE] !== undefined || /semi[-_]space|young[-_]generation|heap[-_]growing/.test(flags);
}

/**
 * Runs this CLI again in a process with the batch's young generation and resolves to its exit code; undefined
 * when this process should run the arguments itself (not a batch, the heap already chosen, or no process started).
 */
export function runWithBatchHeap(script: string, argv: readonly string[]): Promise<number | undefined> {
  if (chosen(process.env, process.execArgv) || !isBatch(argv)) return Promise.resolve(undefined);
  // A debugger's port is this process's: the second one would fail to open it.
  const flags = process.execArgv.filter((f) => !/^--inspect/.test(f));
  const args = [
    ...flags,
    `--max-semi-space-size=${BATCH_SEMI_SPACE_MB}`,
    `--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`,
    script,
    ...argv,
  ];
  const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, [DONE]: 'batch' } });
  // Ctrl-C reaches both processes; this one waits for the other to stop, then leaves as it left.
  const forward = (signal: NodeJS.Signals): void => {
    child.kill(signal);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const s of signals) process.on(s, forward);
  const stopForwarding = (): void => {
    for (const s of signals) process.off(s, forward);
  };
  return new Promise((done) => {
    let started = false;
    child.once('spawn', () => (started = true));
    child.once('error', () => {
      if (started) return;
      stopForwarding();
      done(undefined); // no second process (a sandbox that forbids it): this one runs the arguments
    });
    child.once('exit', (code, signal) => {
      stopForwarding();
      if (signal) process.kill(process.pid, signal);
      done(code ?? 2);
    });
  });
}
