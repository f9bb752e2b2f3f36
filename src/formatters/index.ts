/** The formatter registry: `--format` names to pure functions. */
import { compact } from './compact.js';
import { csv } from './csv.js';
import { summaryHtml } from './summary-html.js';
import { eslintCompact } from './eslint-compact.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';
export { compact, csv, summaryHtml, eslintCompact, github, json, sarif, stylish };

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

export function getFormatter(name: string): Formatter | undefined {
  return Object.prototype.hasOwnProperty.call(formatters, name) ? formatters[name] : undefined;
}
