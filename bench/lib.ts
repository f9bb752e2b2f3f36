/**
 * What every part of the bench shares: where things are, how a command is timed (as its own process under
 * /usr/bin/time: wall, user+sys CPU of the process and its threads, peak RSS), and medians.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: this file runs from bench/out/build/bench/. */
export const ROOT = path.resolve(fileURLToPath(import.meta.url), '../../../../..');
export const OUT = path.join(ROOT, 'bench/out');
export const BUILD = path.join(OUT, 'build/bench');
export const NODE = process.execPath;
/** The bench's own tools (bench/package.json), not the project's dependencies. */
export const BENCH_MODULES = path.join(ROOT, 'bench/node_modules');

export interface Run {
  wall: number;
  cpu: number;
  rssMb: number;
  code: number;
}

/** No single measured command may run longer than this (seconds): the bench stays bounded on a stuck tool. */
const LIMIT_S = Number(process.env['BENCH_COMMAND_TIMEOUT'] ?? 600);

/**
 * Runs a command under /usr/bin/time with the repository as working directory; stdout is discarded
 * (drained, as a terminal would), stderr kept for the error message. Exit codes 0 and 1 (findings) are fine.
 * The command runs in a process group of its own, killed as a whole after LIMIT_S seconds.
 */
export function measure(args: readonly string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '@@TIME %e %U %S %M', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    const watchdog = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`over ${LIMIT_S} s, killed: ${args.join(' ')}`));
    }, LIMIT_S * 1000);
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-4000);
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(watchdog);
      const m = /@@TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(err);
      if (!m) return reject(new Error(`no timing for ${args.join(' ')}:\n${err}`));
      if ((code ?? 2) > 1) return reject(new Error(`exit ${code} from ${args.join(' ')}:\n${err}`));
      resolve({ wall: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), rssMb: Number(m[4]) / 1024, code: code ?? -1 });
    });
  });
}

/** Runs a bench helper (bench/out/build/bench/<script>.js) and parses the JSON it prints. */
export function helper<T>(script: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [path.join(BUILD, `${script}.js`), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(out) as T);
      } catch {
        reject(new Error(`${script} ${args.join(' ')} exited ${code} without JSON: ${out.slice(0, 500)}`));
      }
    });
  });
}

/** The median (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const fmt = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');

/** The same list rotated by `by`, so no tool always runs first (or right after the heaviest one) in a round. */
export const rotate = <T>(xs: readonly T[], by: number): T[] => xs.map((_, i) => xs[(i + by) % xs.length]!);

/** The batch tools' names (run.ts runs them, results.ts reports them). */
export const TOOL = {
  off: 'reportlint --concurrency off',
  auto: 'reportlint --concurrency auto',
  two: 'reportlint --concurrency 2',
  summary: 'reportlint -f summary-html (off)',
  floor: 'parse floor (remark-parse + remark-gfm)',
  remark: 'remark-cli + remark-gfm + lint-recommended',
  mdl: 'markdownlint-cli2',
} as const;
export const COLD = {
  reportlint: 'reportlint, small Markdown report',
  mdl: 'markdownlint-cli2, same report',
  remark: 'remark-cli + remark-gfm, same report',
  node: 'node -e 0 (bare node)',
  pdf: 'reportlint, PDF report',
} as const;
