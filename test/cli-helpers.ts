/** Helpers for driving the CLI and lintFiles in tests: in-memory streams and throwaway folders. */
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll } from '@jest/globals';
import { main, type CliIO } from '../src/cli/main.js';

export interface CliRun {
  code: 0 | 1 | 2;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  opts: { cwd: string; env?: Record<string, string | undefined>; stdin?: string | Buffer; tty?: boolean },
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  if (opts.tty) Object.assign(stdout, { isTTY: true, hasColors: () => true });
  const io: CliIO = {
    argv,
    cwd: opts.cwd,
    env: opts.env ?? {},
    stdin: Readable.from(opts.stdin === undefined ? [] : [typeof opts.stdin === 'string' ? Buffer.from(opts.stdin) : opts.stdin]),
    stdout,
    stderr,
  };
  const code = await main(io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/** A temporary folder filled with `files` (path → content); returns its absolute path. */
export async function tempTree(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'reportlint-'));
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(root, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return root;
}

export async function removeTree(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}

/** ANSI escapes present? */
export const hasAnsi = (text: string): boolean => /\u001b\[/.test(text);

/**
 * For a test file: a function that makes a temporary folder of `files`; every folder it made is removed after
 * the file's tests (registered with afterAll, so call it at the top level of the test file).
 */
export function temporaryTrees(): (files: Record<string, string | Uint8Array>) => Promise<string> {
  const trees: string[] = [];
  afterAll(async () => {
    await Promise.all(trees.map(removeTree));
  });
  return async (files) => {
    const root = await tempTree(files);
    trees.push(root);
    return root;
  };
}
