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

/** The semi-space for a batch, in MB (bench/RESULTS.md, "The young generation"). */
export const BATCH_SEMI_SPACE_MB = 64;
/** Set in the restarted process (and by a user who wants V8's defaults): never restart again. */
const DONE = 'REPORTLINT_HEAP';
/** More files than this named one by one make a batch too. */
const MANY_FILES = 20;

/** Whether these arguments lint a batch: a folder or a glob, or many files. */
export function isBatch(argv: readonly string[], cwd: string = process.cwd()): boolean {
  const positionals = argv.filter((a) => !a.startsWith('-'));
  if (positionals.length > MANY_FILES) return true;
  return positionals.some((a) => /[*?[{]/.test(a) || isFolder(a, cwd));
}

function isFolder(arg: string, cwd: string): boolean {
  try {
    return statSync(resolve(cwd, arg)).isDirectory();
  } catch {
    return false;
  }
}

/** Whether the young generation was already chosen: by us, by the user's flags, or turned off. */
function chosen(env: NodeJS.ProcessEnv, execArgv: readonly string[]): boolean {
  const flags = `${execArgv.join(' ')} ${env['NODE_OPTIONS'] ?? ''}`;
  return env[DONE] !== undefined || /semi[-_]space|young[-_]generation/.test(flags);
}

/**
 * Runs this CLI again in a process with the batch's young generation and resolves to its exit code; undefined
 * when this process should run the arguments itself (not a batch, the heap already chosen, or no process started).
 */
export function runWithBatchHeap(script: string, argv: readonly string[]): Promise<number | undefined> {
  if (chosen(process.env, process.execArgv) || !isBatch(argv)) return Promise.resolve(undefined);
  const args = [...process.execArgv, `--max-semi-space-size=${BATCH_SEMI_SPACE_MB}`, script, ...argv];
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
