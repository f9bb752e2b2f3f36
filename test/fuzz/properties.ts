/**
 * The fuzzer's properties (issue #16, "Never cry wolf"), checked on each render of a model:
 * 1. clean model → zero errors, and only the warnings the model calls for (and those it calls for: a blank or
 *    placeholder cell gets its numeric-cells warning);
 * 2. one injected defect → that defect's finding, no error of another rule, only expected warnings;
 * 3. the same model in every layout → the same findings (rule and messageId, with counts);
 * plus extract facts: every cell of tables 三 and 四 read exactly where the layout keeps the information.
 */
import { extractReport } from '../../src/engine/extract.js';
import { lintParsed } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import type { LintMessage } from '../../src/engine/types.js';
import { appliedVariations, damaged, destroyedFinding, FILE, lossy, lostReviewTable, render, type LayoutId } from './layouts.js';
import {
  DEFECT_FINDING,
  drawModel,
  expectedApplications,
  expectedReview,
  printedPlaceholders,
  type DrawOptions,
  type Model,
  type Variation,
} from './model.js';
import type { Printer } from './render-pdf.js';

type Property = 'clean' | 'defect' | 'extract' | 'same-findings' | 'crash';

interface Failure {
  property: Property;
  detail: string;
}

export interface RenderResult {
  seed: number;
  layout: LayoutId;
  variations: Variation[];
  defect: Model['defect'];
  lossy: boolean;
  findings: string[];
  failures: Failure[];
  /** The rendered input (text layouts) for printing a failing case. */
  input?: string;
}

/** A failure in one line: its property and the first line of its detail (as test names and reports print it). */
export const failureLine = (f: Failure): string => `${f.property}: ${f.detail.split('\n')[0]}`;

const key = (m: LintMessage): string => `${m.ruleId ?? 'fatal'}:${m.messageId ?? ''}`;
const sev = (m: LintMessage): string => (m.severity === 2 ? 'error' : 'warn');

/** numeric-cells' findings on blank or placeholder cells: one cell, a column, a row, or a table's many (blankCells). */
const BLANK_IDS = ['blankCell', 'placeholderCell', 'blankColumn', 'blankRow', 'blankCells'] as const;

/** The warnings a model legitimately gets (rule:messageId, or rule:* for any message of the rule). */
function allowedWarnings(m: Model, isLossy: boolean): Set<string> {
  const out = new Set<string>();
  if (m.placeholders.length) for (const id of BLANK_IDS) out.add(`numeric-cells:${id}`);
  // The narrative states the true 行政复议 total; the printed one is off.
  if (m.defect === 'defect.reviewTotal') out.add('narrative-consistency:*');
  if (isLossy) out.add('unreadable-content:*');
  return out;
}

const allowed = (set: Set<string>, msg: LintMessage): boolean => set.has(key(msg)) || set.has(`${msg.ruleId}:*`);

/** Checks properties 1 and 2 and the extract facts on one render's messages and report. */
function checkRender(
  m: Model,
  layout: LayoutId,
  messages: readonly LintMessage[],
  extracted: ReturnType<typeof extractReport> | null,
): Failure[] {
  const failures: Failure[] = [];
  const isLossy = lossy(m, layout);
  const ok = allowedWarnings(m, isLossy);
  const expect = m.defect ? DEFECT_FINDING[m.defect] : null;
  const fmt = (msg: LintMessage): string => `${sev(msg)} ${key(msg)} @${msg.line}: ${msg.message}`;
  const own = (msg: LintMessage): boolean =>
    Boolean(expect && msg.ruleId === expect.rule && (!expect.messageIds || expect.messageIds.includes(msg.messageId ?? '')));
  for (const msg of messages) {
    if (own(msg)) continue;
    if (msg.severity === 2) failures.push({ property: m.defect ? 'defect' : 'clean', detail: `unexpected ${fmt(msg)}` });
    else if (!allowed(ok, msg)) failures.push({ property: m.defect ? 'defect' : 'clean', detail: `unexpected ${fmt(msg)}` });
  }
  // A deliberately blank or placeholder cell deserves its warning (docs/domain.md), where the layout keeps it.
  const blankIds: readonly string[] = BLANK_IDS;
  const printed = printedPlaceholders(m);
  if (
    printed.length &&
    !isLossy &&
    !messages.some((msg) => msg.ruleId === 'numeric-cells' && blankIds.includes(msg.messageId ?? ''))
  ) {
    failures.push({
      property: m.defect ? 'defect' : 'clean',
      detail: `missing numeric-cells warning for ${printed.length} blank/placeholder cell(s) (${printed.map((p) => `${p.row}.${p.col}`).join(', ')})`,
    });
  }
  // Lost characters are said, once (their rows, sections and statements unread are allowed above).
  if (damaged(m, layout) && messages.filter((msg) => key(msg) === 'unreadable-content:undecodable').length !== 1)
    failures.push({
      property: m.defect ? 'defect' : 'clean',
      detail: 'damaged bytes without one unreadable-content:undecodable',
    });
  // A layout that destroys the defect's finding must say so: an unreadable-content warning on table 三's rows.
  const destroyed = destroyedFinding(m, layout);
  const honest = messages.some(
    (msg) => msg.ruleId === 'unreadable-content' && (msg.messageId === 'rows' || msg.messageId === 'table'),
  );
  if (expect && destroyed && !honest && messages.filter(own).length === 0)
    failures.push({
      property: 'defect',
      detail: `neither ${expect.rule} nor unreadable-content:rows|table for ${m.defect} (${destroyed})`,
    });
  if (expect && !destroyed) {
    const got = messages.filter(own).length;
    if (got === 0)
      failures.push({
        property: 'defect',
        detail: `missing ${expect.rule}${expect.messageIds ? `:${expect.messageIds.join('|')}` : ''} for ${m.defect}`,
      });
    else if (expect.count !== undefined && got !== expect.count)
      failures.push({
        property: 'defect',
        detail: `${got} findings of ${expect.rule} for ${m.defect}, expected ${expect.count}`,
      });
  }
  // Where the layout destroys information, every cell of a row the reader says it read must still be exact.
  if (extracted) {
    const wrong: string[] = [];
    const compare = (
      table: string,
      want: Record<string, Record<string, number | null>>,
      got: Record<string, Record<string, number | null>> | null,
    ): void => {
      if (!got) {
        if (table === 'review' && lostReviewTable(m, layout)) return;
        // A table whose header lost characters is unread, and says so.
        if (damaged(m, layout)) return;
        return void wrong.push(`${table}: not found`);
      }
      for (const [row, cols] of Object.entries(want)) {
        if (isLossy && got[row] === undefined) continue;
        for (const [col, v] of Object.entries(cols)) {
          const g = got[row]?.[col];
          if (g !== v && !(v === null && g === undefined))
            wrong.push(`${table}.${row}.${col}=${g === undefined ? '∅' : g} (want ${v})`);
        }
      }
    };
    compare('applications', expectedApplications(m), extracted.tables.applications);
    compare('review', expectedReview(m), extracted.tables.review);
    if (wrong.length)
      failures.push({
        property: 'extract',
        detail: `${wrong.length} cells: ${wrong.slice(0, 6).join(', ')}${wrong.length > 6 ? ', …' : ''}`,
      });
  }
  return failures;
}

/** Property 3 over the renders of one model: the layouts that keep the information must agree (the majority wins). */
function checkSameFindings(results: RenderResult[]): void {
  const kept = results.filter((r) => !r.lossy && !r.failures.some((f) => f.property === 'crash'));
  const signature = (r: RenderResult): string =>
    r.findings
      .filter((f) => !f.startsWith('unreadable-content:'))
      .sort()
      .join(' ');
  // The reference is the signature most renders share, counting first those that pass properties 1 and 2.
  const score = new Map<string, [number, number]>();
  for (const r of kept) {
    const [good, all] = score.get(signature(r)) ?? [0, 0];
    const passes = !r.failures.some((f) => f.property === 'clean' || f.property === 'defect');
    score.set(signature(r), [good + (passes ? 1 : 0), all + 1]);
  }
  const mode = [...score.entries()].sort((a, b) => b[1][0] - a[1][0] || b[1][1] - a[1][1])[0]?.[0];
  const counts = score;
  if (mode === undefined || counts.size < 2) return;
  for (const r of kept) {
    const s = signature(r);
    if (s !== mode) r.failures.push({ property: 'same-findings', detail: `findings [${s}] differ from most layouts' [${mode}]` });
  }
}

export interface SeedOptions extends DrawOptions {
  layouts: readonly LayoutId[];
  printer?: Printer;
  /** Keep the rendered text in failing results (for printing). */
  keepInput?: boolean;
}

/** Renders one model in one layout, lints it and checks properties 1 and 2 and the extract facts. */
export async function renderAndCheck(
  model: Model,
  layout: LayoutId,
  printer?: Printer,
  keepInput = false,
): Promise<RenderResult> {
  const now = new Date(Date.UTC(model.year + 1, 2, 1));
  const base = {
    seed: model.seed,
    layout,
    variations: appliedVariations(model, layout),
    defect: model.defect,
    lossy: lossy(model, layout),
  };
  let input: string | Uint8Array | undefined;
  let out: RenderResult;
  try {
    input = await render(model, layout, printer);
    const parsed = await parseReport(input, { filePath: FILE[layout] });
    const result = await lintParsed(FILE[layout], parsed, { now });
    out = {
      ...base,
      findings: result.messages.map(key),
      failures: checkRender(model, layout, result.messages, extractReport(parsed)),
    };
  } catch (error) {
    out = {
      ...base,
      findings: [],
      failures: [{ property: 'crash', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) }],
    };
  }
  if (keepInput && out.failures.length && typeof input === 'string') out.input = input;
  return out;
}

/** Draws the model of a seed, renders it in each layout, lints, and checks every property. */
export async function fuzzSeed(seed: number, options: SeedOptions): Promise<{ model: Model; results: RenderResult[] }> {
  const model = drawModel(seed, options);
  const results: RenderResult[] = [];
  for (const layout of options.layouts) results.push(await renderAndCheck(model, layout, options.printer, options.keepInput));
  checkSameFindings(results);
  return { model, results };
}
