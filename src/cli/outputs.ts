/**
 * Where the findings go besides stdout: the -o file, each `-f format:file`, and the SARIF left behind when a
 * run fails. A file that cannot be written is one line naming it, in the run's language, never Node's text.
 */
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError, type CliArgs } from './args.js';
import { msg, say } from '../i18n/messages.js';
import { writeError } from '../engine/write-error.js';
import type { Locale } from '../rules/types.js';
import type { CliIO } from './io.js';
import { makeFolders } from '../engine/make-folders.js';

/** Two outputs naming one file would leave only the last one written: refused before anything runs. */
export function checkOutputFiles(args: CliArgs, cwd: string): void {
  if (args.command !== 'lint') return;
  const seen = new Set<string>();
  for (const file of [...args.extraOutputs.map((o) => o.file), ...(args.outputFile !== undefined ? [args.outputFile] : [])]) {
    const target = path.resolve(cwd, file);
    if (seen.has(target)) throw new UsageError(msg('sameOutputFile', { file }));
    seen.add(target);
  }
}

/** Where SARIF was asked to go: files, and `undefined` for stdout. */
export function sarifOutputs(args: CliArgs): Array<string | undefined> {
  if (args.command !== 'lint') return [];
  const main = args.format === 'sarif' ? [args.outputFile] : [];
  return [...main, ...args.extraOutputs.filter((o) => o.format === 'sarif').map((o) => o.file)];
}

/** An output for a file; `append` for GitHub's job summary, which the job's steps share. */
export interface OutputFile {
  file: string;
  text: string;
  append?: boolean;
}

/**
 * Writes each output to its file; one that fails is one line on stderr and the others are still written.
 * False when any failed (exit 2: a CI step must not upload a stale or missing report as if it were this run's).
 */
export async function writeOutputFiles(io: CliIO, outputs: readonly OutputFile[], locale: Locale): Promise<boolean> {
  let written = true;
  for (const { file, text, append } of outputs) {
    try {
      if (append) await appendFile(path.resolve(io.cwd, file), text);
      else await writeOutput(io.cwd, file, text);
    } catch (error) {
      io.stderr.write(`reportlint: ${say('outputNotWritten', locale, { file, reason: writeError(error) })}\n`);
      written = false;
    }
  }
  return written;
}

export async function writeOutput(cwd: string, file: string, text: string): Promise<void> {
  const target = path.resolve(cwd, file);
  await makeFolders(path.dirname(target));
  await writeFile(target, text);
}
