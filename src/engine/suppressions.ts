/**
 * Review decisions kept outside the reports (issue 23), like ESLint's eslint-suppressions.json: a reviewer who
 * accepts a finding records it, and the next run — after a re-export that moved every line — still knows it.
 * Keyed by file (relative to the working folder, forward slashes), rule, and a fingerprint of the finding made
 * of its rule, messageId and data (never its line or column); a count covers the same finding repeated.
 * Node-only (reads and writes the file); the CLI calls it between linting and formatting.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { makeFolders } from './make-folders.js';
import path from 'node:path';
import { countMessages } from './lint.js';
import { LocalizedError, msg } from '../i18n/messages.js';
import type { LintMessage, LintResult } from './types.js';

export const DEFAULT_SUPPRESSIONS_FILE = 'reportlint-suppressions.json';

interface SuppressionEntry {
  fingerprint: string;
  count: number;
  /** The finding's text when it was recorded, so a reviewer reading the file knows what was accepted. */
  message: string;
}

/** file → rule → entries. */
export type Suppressions = Record<string, Record<string, SuppressionEntry[]>>;

/** A finding's identity across runs: what it says, not where. */
export function fingerprint(m: LintMessage): string {
  const data = m.data
    ? Object.keys(m.data)
        .sort()
        .map((k) => [k, m.data![k]])
    : [];
  return createHash('sha1')
    .update(JSON.stringify([m.ruleId, m.messageId ?? m.message, data]))
    .digest('hex')
    .slice(0, 16);
}

/**
 * Unreadable files, internal errors and parts that could not be read (unreadable-content) are never suppressed:
 * they are not decisions about a report's content but checks that did not happen, and accepting them in bulk
 * would hide that a table's rows went unchecked. (The rule can still be switched off, or disabled in the file.)
 */
const suppressible = (m: LintMessage): boolean => m.ruleId !== null && !m.fatal && m.ruleId !== 'unreadable-content';

export async function readSuppressions(file: string): Promise<Suppressions> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const data = JSON.parse(text) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new LocalizedError(msg('suppressionsNotObject'));
  return data as Suppressions;
}

export async function writeSuppressions(file: string, data: Suppressions): Promise<void> {
  const sorted: Suppressions = {};
  for (const name of Object.keys(data).sort()) {
    const rules = data[name] ?? {};
    const kept = Object.fromEntries(
      Object.keys(rules)
        .sort()
        .filter((r) => rules[r]?.length)
        .map((r) => [r, [...rules[r]!].sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : 1))]),
    );
    if (Object.keys(kept).length) sorted[name] = kept;
  }
  await makeFolders(path.dirname(file));
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(sorted, null, 2)}\n`);
  await rename(temp, file);
}

export interface SuppressOptions {
  cwd: string;
  /** `--suppress-all`: record every finding of this run. */
  all?: boolean;
  /** `--suppress-rule`: record this run's findings of these rules. */
  rules?: readonly string[];
  /** `--prune-suppressions`: forget recorded findings of the linted files that no longer occur. */
  prune?: boolean;
}

export interface SuppressOutcome {
  results: LintResult[];
  /** The file's new content, when it changed. */
  updated?: Suppressions;
  /** Recorded findings of the linted files that did not occur (left in place unless pruned). */
  unused: number;
}

const keyOf = (cwd: string, file: string): string => path.relative(cwd, file).split(path.sep).join('/');

/** Records (when asked), then removes the recorded findings from the results and recounts them. */
export function applySuppressionFile(
  results: readonly LintResult[],
  stored: Suppressions,
  options: SuppressOptions,
): SuppressOutcome {
  const data: Suppressions = structuredClone(stored);
  let changed = false;
  let unused = 0;
  const record = new Set(options.rules ?? []);
  const out = results.map((result) => {
    if (result.filePath === '<stdin>') return result;
    const key = keyOf(options.cwd, result.filePath);
    // This run's findings by rule and fingerprint.
    const found = new Map<string, Map<string, { count: number; message: string }>>();
    for (const m of result.messages.filter(suppressible)) {
      const byPrint = found.get(m.ruleId!) ?? new Map<string, { count: number; message: string }>();
      const print = fingerprint(m);
      const known = byPrint.get(print);
      byPrint.set(print, { count: (known?.count ?? 0) + 1, message: known?.message ?? m.message });
      found.set(m.ruleId!, byPrint);
    }
    for (const [rule, prints] of found) {
      if (!options.all && !record.has(rule)) continue;
      const entries = ((data[key] ??= {})[rule] ??= []);
      for (const [print, { count, message }] of prints) {
        const entry = entries.find((e) => e.fingerprint === print);
        if (!entry) entries.push({ fingerprint: print, count, message });
        else if (entry.count < count) entry.count = count;
        else continue;
        changed = true;
      }
    }
    const recorded = data[key];
    if (!recorded) return result;
    for (const [rule, entries] of Object.entries(recorded)) {
      for (const entry of entries) {
        const seen = found.get(rule)?.get(entry.fingerprint)?.count ?? 0;
        if (seen >= entry.count) continue;
        unused += entry.count - seen;
        if (options.prune) {
          entry.count = seen;
          changed = true;
        }
      }
      if (options.prune) recorded[rule] = entries.filter((e) => e.count > 0);
    }
    const left = new Map<string, number>();
    for (const [rule, entries] of Object.entries(recorded))
      for (const e of entries) left.set(`${rule}\u0000${e.fingerprint}`, e.count);
    const messages = result.messages.filter((m) => {
      if (!suppressible(m)) return true;
      const k = `${m.ruleId}\u0000${fingerprint(m)}`;
      const n = left.get(k) ?? 0;
      if (n <= 0) return true;
      left.set(k, n - 1);
      return false;
    });
    if (messages.length === result.messages.length) return result;
    const { messages: _m, errorCount: _e, warningCount: _w, fatalErrorCount: _f, ...rest } = result;
    return { ...rest, ...countMessages(result.filePath, messages) };
  });
  if (options.prune) unused = 0;
  return { results: out, ...(changed ? { updated: data } : {}), unused };
}
