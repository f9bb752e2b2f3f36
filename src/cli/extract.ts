/** `reportlint extract`: what reportlint read from each report, as JSON data or as the text positions refer to. */
import { realpathSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseReport, type ParsedReport } from '../parser/index.js';
import { extractReport } from '../engine/extract.js';
import { expandPatterns } from '../engine/expand-patterns.js';
import { useTextOnlyPdfWorker } from '../engine/pdf-worker-node.js';
import { usePdfReadAhead } from '../engine/pdf-read-ahead.js';
import { isBinaryText, isOwnSummary, relative } from '../engine/lint-target.js';
import type { UnreadableFolder } from '../engine/folder-check.js';
import { isEmptyDocument, unreadableDetail } from '../messages/unreadable.js';
import { UsageError, type CliArgs } from './args.js';
import { errorText, LocalizedError, msg, render, say, type Msg } from '../i18n/messages.js';
import { encodingOf, readAll, readInputOrWhy } from './input.js';
import type { Locale } from '../rules/types.js';
import type { CliIO, ExitCode } from './io.js';

/** One file of `extract --format json` with several files: its model, or (report null) why it could not be read. */
type Extracted = { filePath: string; report: unknown } | { filePath: string; report: null; error: string };

/**
 * `reportlint extract`: `--format json` (default) prints the data read; `--format text` prints the text that
 * findings' lines and columns refer to (a PDF's extracted text, a .docx's HTML, a web archive's decoded page),
 * with a `==> path <==` header per file when there are several. In either mode a file that cannot be read is
 * one line on stderr and exit 2, and the other files are still printed: in JSON with several files, as an
 * entry `{ filePath, report: null, error }` in its place (one file alone prints nothing then, as the bare
 * model has no place for an error). Folders and globs are expanded as lint expands them, and a file reached
 * twice is read once (inputsOf).
 */
export async function extract(io: CliIO, args: CliArgs, locale: Locale): Promise<ExitCode> {
  const format = args.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new UsageError(msg('extractFormat', { format }));
  useTextOnlyPdfWorker();
  usePdfReadAhead();
  let code: ExitCode = 0;
  let printed = false;
  const out: Extracted[] = [];
  const fail = (line: Msg): void => {
    io.stderr.write(`reportlint: ${render(line, locale)}\n`);
    code = 2;
  };
  const inputs = await inputsOf(io, args, locale, fail);
  // An array whenever more than one file could come: several arguments, or a folder or glob (whatever it holds).
  const several = args.files.length > 1 || inputs.some((i) => i.walked);
  const notReports: string[] = [];
  for (const input of inputs) {
    const read = await readReport(io, args, input);
    if ('skipped' in read) {
      io.stderr.write(`reportlint: ${render(read.skipped, locale)}\n`);
      continue;
    }
    if ('why' in read) {
      fail(msg('atFile', { file: read.shown, detail: read.why }));
      if (format === 'json') out.push({ filePath: read.shown, report: null, error: render(read.why, locale) });
      continue;
    }
    // Met while walking a folder, a file that is no report (a README, notes) is left out, as lint does.
    if (input.walked && read.parsed.report.reading?.notAReport) {
      notReports.push(read.shown);
      continue;
    }
    if (format === 'json') {
      out.push({ filePath: read.shown, report: extractReport(read.parsed) });
      continue;
    }
    const text = read.parsed.text;
    if (several) io.stdout.write(`${printed ? '\n' : ''}==> ${read.shown} <==\n`);
    io.stdout.write(text === '' || text.endsWith('\n') ? text : `${text}\n`);
    printed = true;
  }
  if (notReports.length) {
    const files = notReports.join(locale === 'zh' ? '、' : ', ');
    io.stderr.write(`reportlint: ${say('skippedNotReports', locale, { count: notReports.length, files })}\n`);
  }
  if (format === 'json') {
    const value = several ? out : out[0]?.report;
    if (value !== null && value !== undefined) io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }
  return code;
}

/** One input of extract: standard input, a file named on the command line, or one found in a folder or by a glob. */
interface Input {
  arg: string;
  /** The file's absolute path (none for standard input). */
  file?: string;
  walked: boolean;
}

/**
 * The files extract reads, in command-line order: a file as named; a folder or a glob expanded as lint expands
 * them (the same report extensions, .reportlintignore and --ignore-pattern, each folder's files in path order);
 * each real file once, however many names or arguments reach it (lint reads each once too). A pattern matching
 * nothing, or a folder that cannot be read, is one line on stderr and exit 2, and the others are still read.
 */
async function inputsOf(io: CliIO, args: CliArgs, locale: Locale, fail: (line: Msg) => void): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  const once = (input: Input): void => {
    const key = input.file === undefined ? '-' : realPath(input.file);
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(input);
  };
  for (const arg of args.files) {
    if (arg === '-') {
      once({ arg, walked: false });
      continue;
    }
    const absolute = path.resolve(io.cwd, arg);
    const isDir = await stat(absolute).then(
      (s) => s.isDirectory(),
      () => false,
    );
    const { isDynamicPattern } = await import('tinyglobby');
    if (!isDir && !(isDynamicPattern(arg.replace(/\\/g, '/')) && !(await exists(absolute)))) {
      once({ arg, file: absolute, walked: false });
      continue;
    }
    const locked: UnreadableFolder[] = [];
    try {
      const targets = await expandPatterns(
        [arg],
        io.cwd,
        {
          cwd: io.cwd,
          lang: locale,
          ignore: args.ignore,
          ...(args.ignorePath ? { ignorePath: args.ignorePath } : {}),
          ignorePatterns: args.ignorePattern,
        },
        (message) => void io.stderr.write(`reportlint: ${message}\n`),
        locked,
      );
      for (const t of targets) once({ arg, file: t.file, walked: !t.explicit });
    } catch (error) {
      if (!(error instanceof LocalizedError)) throw error;
      fail(error.detail);
    }
    for (const { folder, code } of locked) fail(msg('folderUnreadable', { file: relative(io.cwd, folder) || '.', code }));
  }
  return inputs;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function realPath(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

/** Reads and parses one input, or says why it could not; a walked file that is no text report is skipped. */
async function readReport(
  io: CliIO,
  args: CliArgs,
  input: Input,
): Promise<{ parsed: ParsedReport; shown: string } | { why: Msg; shown: string } | { skipped: Msg }> {
  const filePath = input.file === undefined ? args.stdinFilename : input.walked ? input.file : input.arg;
  const shown = input.walked && input.file ? relative(io.cwd, input.file) : (filePath ?? '<stdin>');
  const bytes =
    input.file === undefined ? await readAll(io.stdin, args.maxFileSize) : await readInputOrWhy(input.file, args.maxFileSize);
  if ('why' in bytes) return { why: bytes.why, shown };
  const encoding = encodingOf(args.encoding);
  if (input.walked && input.file && isOwnSummary(input.file, bytes)) return { skipped: msg('skippedOwnOutput', { file: shown }) };
  if (input.walked && input.file && isBinaryText(input.file, bytes, encoding))
    return { skipped: msg('skippedBinary', { file: shown }) };
  try {
    const parsed = await parseReport(bytes, {
      ...(filePath ? { filePath } : {}),
      ...(encoding ? { encoding } : {}),
      ...(args.maxFileSize !== undefined ? { maxFileSize: args.maxFileSize } : {}),
    });
    // An empty document is one lint cannot check (a fatal emptyDocument, lint.ts): extract says so too, rather
    // than print a report of nulls with exit 0 that a script would count as a report.
    if (isEmptyDocument(parsed.text)) return { why: msg('emptyDocument'), shown };
    return { parsed, shown };
  } catch (error) {
    return { why: unreadableDetail(error) ?? msg('raw', { text: errorText(error, 'zh') }), shown };
  }
}
