/** `reportlint extract`: what reportlint read from each report, as JSON data or as the text positions refer to. */
import path from 'node:path';
import { parseReport, type ParsedReport } from '../parser/index.js';
import { extractReport } from '../engine/extract.js';
import { unreadableDetail } from '../messages/unreadable.js';
import { UsageError, type CliArgs } from './args.js';
import { errorText, msg, render, type Msg } from '../i18n/messages.js';
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
 * model has no place for an error).
 */
export async function extract(io: CliIO, args: CliArgs, locale: Locale): Promise<ExitCode> {
  const format = args.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new UsageError(msg('extractFormat', { format }));
  let code: ExitCode = 0;
  let printed = false;
  const out: Extracted[] = [];
  for (const file of args.files) {
    const read = await readReport(io, args, file);
    if ('why' in read) {
      io.stderr.write(`reportlint: ${render(msg('atFile', { file: read.shown, detail: read.why }), locale)}\n`);
      code = 2;
      if (format === 'json') out.push({ filePath: read.shown, report: null, error: render(read.why, locale) });
      continue;
    }
    if (format === 'json') {
      out.push({ filePath: read.shown, report: extractReport(read.parsed) });
      continue;
    }
    const text = read.parsed.text;
    if (args.files.length > 1) io.stdout.write(`${printed ? '\n' : ''}==> ${read.shown} <==\n`);
    io.stdout.write(text === '' || text.endsWith('\n') ? text : `${text}\n`);
    printed = true;
  }
  if (format === 'json') {
    const value = args.files.length === 1 ? out[0]?.report : out;
    if (value !== null && value !== undefined) io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }
  return code;
}

/** Reads and parses one file named on the extract command line, or says why it could not. */
async function readReport(
  io: CliIO,
  args: CliArgs,
  file: string,
): Promise<{ parsed: ParsedReport; shown: string } | { why: Msg; shown: string }> {
  const filePath = file === '-' ? args.stdinFilename : file;
  const shown = filePath ?? '<stdin>';
  const bytes =
    file === '-' ? await readAll(io.stdin, args.maxFileSize) : await readInputOrWhy(path.resolve(io.cwd, file), args.maxFileSize);
  if ('why' in bytes) return { why: bytes.why, shown };
  const encoding = encodingOf(args.encoding);
  try {
    const parsed = await parseReport(bytes, {
      ...(filePath ? { filePath } : {}),
      ...(encoding ? { encoding } : {}),
      ...(args.maxFileSize !== undefined ? { maxFileSize: args.maxFileSize } : {}),
    });
    return { parsed, shown };
  } catch (error) {
    return { why: unreadableDetail(error) ?? msg('raw', { text: errorText(error, 'zh') }), shown };
  }
}
