/** What the CLI needs to know of the built-in formats before loading any of them (index.ts loads them all). */

/**
 * Formats that need each report's organ, year and figures (LintResult.facts), so the CLI keeps them; junit for
 * what was not read (a report read in part is a skipped case even when the warning saying so is hidden).
 */
export const FACT_FORMATS: ReadonlySet<string> = new Set(['csv', 'summary-html', 'junit']);

/** Every built-in format, in the order `--help` and the unknown-format message list them. */
export const BUILTIN_FORMATS: readonly string[] = [
  'stylish',
  'compact',
  'json',
  'sarif',
  'github',
  'gitlab',
  'eslint-compact',
  'junit',
  'csv',
  'summary-html',
];

/** Formats whose output machines read: never coloured. Every built-in but stylish, the one for people. */
export const MACHINE_FORMATS: ReadonlySet<string> = new Set(BUILTIN_FORMATS.filter((name) => name !== 'stylish'));
