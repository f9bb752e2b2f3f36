/**
 * The CLI side of the suppressions file (src/suppressions.ts): --suppress-all, --suppress-rule, --prune-suppressions
 * and --suppressions-location. Kept apart from cli.ts, which only calls suppressFindings between lint and format.
 */
import path from 'node:path';
import type { CliArgs } from './args.js';
import { LocalizedError, msg, say } from '../i18n/messages.js';
import type { Locale } from '../rules/types.js';
import type { LintResult } from '../engine/types.js';
import { writeError } from '../engine/write-error.js';
import { applySuppressionFile, DEFAULT_SUPPRESSIONS_FILE, readSuppressions, writeSuppressions } from '../engine/suppressions.js';

export async function suppressFindings(
  results: LintResult[],
  args: CliArgs,
  cwd: string,
  locale: Locale,
  notice: (line: string) => void,
): Promise<LintResult[]> {
  const location = args.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE;
  const file = path.resolve(cwd, location);
  let stored;
  try {
    stored = await readSuppressions(file);
  } catch (error) {
    const reason =
      error instanceof LocalizedError
        ? error.detail
        : msg('raw', { text: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) });
    throw new LocalizedError(msg('suppressionsInvalid', { file: location, reason }));
  }
  const outcome = applySuppressionFile(results, stored, {
    cwd,
    all: args.suppressAll,
    rules: args.suppressRule,
    prune: args.pruneSuppressions,
  });
  if (outcome.updated) {
    try {
      await writeSuppressions(file, outcome.updated);
    } catch (error) {
      throw new LocalizedError(msg('suppressionsNotWritten', { file: location, reason: writeError(error) }));
    }
    notice(say('suppressionsWrote', locale, { file: location }));
  }
  if (outcome.unused > 0) notice(say('suppressionsUnused', locale, { count: outcome.unused, file: location }));
  return outcome.results;
}
