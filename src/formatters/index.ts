/** The formatter registry: `--format` names to pure functions. */
import { compact } from './compact.js';
import { csv } from './csv.js';
import { summaryHtml } from './summary-html.js';
import { eslintCompact } from './eslint-compact.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { githubSummary } from './github-summary.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif, sarifForFailure } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';
export { compact, csv, summaryHtml, eslintCompact, github, githubSummary, json, sarif, sarifForFailure, stylish };

export const formatters: Readonly<Record<string, Formatter>> = {
  stylish,
  compact,
  json,
  sarif,
  github,
  gitlab,
  'eslint-compact': eslintCompact,
  junit,
  csv,
  'summary-html': summaryHtml,
};

/** Formats whose output machines read: never coloured. */
export const MACHINE_FORMATS: ReadonlySet<string> = new Set(['compact', 'json', 'sarif', 'github', 'gitlab', 'eslint-compact', 'junit', 'csv', 'summary-html']);

/** Formats that need each report's organ, year and figures (LintResult.facts), so the CLI keeps them. */
export const FACT_FORMATS: ReadonlySet<string> = new Set(['csv', 'summary-html']);

export function getFormatter(name: string): Formatter | undefined {
  return Object.prototype.hasOwnProperty.call(formatters, name) ? formatters[name] : undefined;
}
