/**
 * One built-in formatter, imported when it is asked for: a run loads the module of its own format only
 * (the summary page and SARIF alone are a fifth of the CLI's start), not the whole registry (index.ts).
 */
import type { Formatter } from './types.js';

const loaders: Readonly<Record<string, () => Promise<Formatter>>> = {
  stylish: async () => (await import('./stylish.js')).stylish,
  compact: async () => (await import('./compact.js')).compact,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  'eslint-compact': async () => (await import('./eslint-compact.js')).eslintCompact,
  junit: async () => (await import('./junit.js')).junit,
  csv: async () => (await import('./csv.js')).csv,
  'summary-html': async () => (await import('./summary-html.js')).summaryHtml,
};

/** The built-in formatter of that name, or undefined when there is none. */
export async function loadBuiltinFormatter(name: string): Promise<Formatter | undefined> {
  return Object.prototype.hasOwnProperty.call(loaders, name) ? (loaders[name] as () => Promise<Formatter>)() : undefined;
}
