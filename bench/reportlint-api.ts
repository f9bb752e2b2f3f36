/**
 * reportlint's library entry from the build (dist/, made by `npm run build` before the bench), imported by
 * URL so that type-checking the bench never needs the build.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib.js';

export interface Message {
  ruleId: string | null;
  severity: number;
  fatal?: boolean;
}
export type LintFn = (input: Uint8Array, options: { filePath: string; now: Date }) => Promise<{ messages: Message[] }>;

export const NOW = new Date('2025-06-01T00:00:00Z');

export async function loadLint(): Promise<LintFn> {
  const api = (await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href)) as { lint: LintFn };
  return api.lint;
}
