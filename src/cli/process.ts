/**
 * The process around the command line: what happens when the output cannot be written, and the last
 * resort for an error nothing else caught. A reader that goes away (`reportlint … | head -1`: EPIPE)
 * ends the run quietly with the exit code the run had; any other write error (a full disk: ENOSPC, or
 * `> /dev/full`) is one line on stderr and exit 2. Nothing reaches Node's "Unhandled 'error' event" and
 * its stack trace. Node-only.
 */
import { errorText } from '../i18n/messages.js';
import type { Locale } from '../rules/types.js';
import type { ExitCode } from './io.js';

interface Streams {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  lang: () => Locale;
}

/** Runs the command, then ends the process (work abandoned by a timeout, such as a PDF given up on, is not waited for). */
export async function runGuarded(run: () => Promise<ExitCode>, { stdout, stderr, lang }: Streams): Promise<never> {
  const finish = (exit: ExitCode): never => process.exit(exit);
  const writeFailed = (error: NodeJS.ErrnoException): void => {
    // The reader has all it wanted: the rest of the output goes nowhere, and the run ends with its own code.
    if (error.code === 'EPIPE') return;
    try {
      stderr.write(`reportlint: ${say(lang(), error)}\n`);
    } catch {
      // stderr itself is broken: the exit code is all that is left.
    }
    finish(2);
  };
  stdout.on('error', writeFailed);
  stderr.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : finish(2)));
  process.on('uncaughtException', (error) => lastResort(error, stderr, lang));
  process.on('unhandledRejection', (error) => lastResort(error, stderr, lang));
  const code = await run();
  // Everything written is flushed before exiting (pipes on some systems are asynchronous); a broken one is not waited for.
  await flushed(stdout);
  await flushed(stderr);
  return finish(code);
}

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 1000);
    try {
      stream.write('', () => {
        clearTimeout(timer);
        resolve();
      });
    } catch {
      resolve();
    }
  });
}

function lastResort(error: unknown, stderr: NodeJS.WriteStream, lang: () => Locale): void {
  // pdfjs closes a text stream that was cancelled when a PDF timed out, which throws outside any promise;
  // the PDF has already been reported, so that is not a failure of the run.
  if (isPdfjsTeardown(error)) return;
  try {
    stderr.write(`reportlint: ${errorText(error, lang())}\n`);
  } catch {
    // nothing more can be said
  }
  process.exit(2);
}

function isPdfjsTeardown(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ERR_INVALID_STATE' && /pdfjs-dist/.test((error as Error).stack ?? '');
}

function say(lang: Locale, error: NodeJS.ErrnoException): string {
  const code = error.code ?? 'EIO';
  if (code === 'ENOSPC')
    return lang === 'en'
      ? 'cannot write the output: no space left on the device (ENOSPC)'
      : '无法写出结果：磁盘空间不足（ENOSPC）';
  return lang === 'en' ? `cannot write the output (${code})` : `无法写出结果（${code}）`;
}
