/**
 * Runs the built CLI (bin/reportlint.js) as a child process on one hostile input and measures what the
 * suite asserts: exit code, stderr lines, stack traces, wall time and peak memory (maxRSS, recorded by
 * measure.mjs as the child exits). Every child runs under `timeout` and a heap cap, so a regression fails
 * the test instead of taking the machine down.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const BIN = path.join(ROOT, 'bin/reportlint.js');
const MEASURE = path.join(ROOT, 'test/robustness/hostile/measure.mjs');

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory in bytes (0 when the child died before it could say). */
  rss: number;
}

export interface RunOptions {
  cwd: string;
  stdin?: Uint8Array | string;
  env?: Record<string, string>;
  /** Stop reading stdout after the first chunk (as `| head -1` does). */
  closeStdoutEarly?: boolean;
  /** A file to redirect stdout to (opened by the shell: `> /dev/full`). */
  stdoutTo?: string;
  timeoutSeconds?: number;
}

export function runBin(args: readonly string[], options: RunOptions): Promise<ChildRun> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'reportlint-rss-'));
  const rssFile = path.join(scratch, 'rss');
  const node = [process.execPath, '--max-old-space-size=2048', '--import', MEASURE, BIN, ...args].map(quote).join(' ');
  const redirect = options.stdoutTo ? ` > ${quote(options.stdoutTo)}` : '';
  const command = `timeout -k 5 ${options.timeoutSeconds ?? 60} ${node}${redirect}`;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', command], {
      cwd: options.cwd,
      env: { ...process.env, REPORTLINT_LANG: '', NO_COLOR: '1', HOSTILE_RSS_FILE: rssFile, ...options.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk);
      if (options.closeStdoutEarly) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
    child.on('error', reject);
    child.on('close', (code, signal) => {
      let rss = 0;
      try {
        rss = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        // died before exiting normally
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: performance.now() - started,
        rss,
      });
    });
  });
}

function quote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
