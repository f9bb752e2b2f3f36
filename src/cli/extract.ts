/** `reportlint extract`: what reportlint read from each report, as JSON data or as the text positions refer to. */
import path from 'node:path';
import { parseReport, type ParsedReport } from '../parser/index.js';
import { extractReport } from '../engine/extract.js';
import { unreadableDetail } from '../messages/unreadable.js';
import { UsageError, type CliArgs } from './args.js';
import { errorText, msg, type Msg } from '../i18n/messages.js';
import { encodingOf, readAll, readInput } from './input.js';
import type { Locale } from '../rules/types.js';
import type { CliIO, ExitCode } from './io.js';

/**
 * `reportlint extract`: `--format json` (default) prints the data read; `--format text` prints the text that
 * findings' lines and columns refer to (a PDF's extracted text, a .docx's HTML, a web archive's decoded page),
 * with a `==> path <==` header per file when there are several. In text mode a file that cannot be read is one
 * line on stderr and exit 2, and the other files are still printed.
 */
export async function extract(io: CliIO, args: CliArgs, locale: Locale): Promise<ExitCode> {
  const format = args.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new UsageError(msg('extractFormat', { format }));
  if (format === 'text') return extractText(io, args, locale);
  const out: Array<{ filePath: string; report: unknown }> = [];
  for (const file of args.files) {
    const { parsed, shown } = await readReport(io, args, file);
    out.push({ filePath: shown, report: extractReport(parsed) });
  }
  const value = out.length === 1 ? out[0]?.report : out;
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  return 0;
}

async function extractText(io: CliIO, args: CliArgs, locale: Locale): Promise<ExitCode> {
  let code: ExitCode = 0;
  let printed = false;
  for (const file of args.files) {
    let text: string;
    let shown: string;
    try {
      ({
        parsed: { text },
        shown,
      } = await readReport(io, args, file));
    } catch (error) {
      io.stderr.write(`reportlint: ${errorText(error, locale)}\n`);
      code = 2;
      continue;
    }
    if (args.files.length > 1) io.stdout.write(`${printed ? '\n' : ''}==> ${shown} <==\n`);
    io.stdout.write(text === '' || text.endsWith('\n') ? text : `${text}\n`);
    printed = true;
  }
  return code;
}

/** Reads and parses one file named on the extract command line; failures name the file. */
async function readReport(io: CliIO, args: CliArgs, file: string): Promise<{ parsed: ParsedReport; shown: string }> {
  const filePath = file === '-' ? args.stdinFilename : file;
  const shown = filePath ?? '<stdin>';
  const bytes =
    file === '-'
      ? await readAll(io.stdin, args.maxFileSize)
      : await readInput(path.resolve(io.cwd, file), file, args.maxFileSize);
  const encoding = encodingOf(args.encoding);
  try {
    const parsed = await parseReport(bytes, {
      ...(filePath ? { filePath } : {}),
      ...(encoding ? { encoding } : {}),
      ...(args.maxFileSize !== undefined ? { maxFileSize: args.maxFileSize } : {}),
    });
    return { parsed, shown };
  } catch (error) {
    throw new UsageError(msg('atFile', { file: shown, detail: detailOf(error) }));
  }
}

function detailOf(error: unknown): Msg {
  return unreadableDetail(error) ?? msg('raw', { text: errorText(error, 'zh') });
}
