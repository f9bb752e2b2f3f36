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
export { compact, csv, summaryHtml, eslintCompact, github, githubSummary, gitlab, json, junit, sarif, sarifForFailure, stylish };

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

export { MACHINE_FORMATS, FACT_FORMATS } from './names.js';

export function getFormatter(name: string): Formatter | undefined {
  return Object.prototype.hasOwnProperty.call(formatters, name) ? formatters[name] : undefined;
}
