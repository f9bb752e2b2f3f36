/**
 * Runs the shared core on one document for the page. It makes the same calls as `lint()` (parseReport, then
 * lintParsed), but keeps the parsed report, which the page needs to draw tables 三 and 四;
 * calling lint() and parseReport() separately would parse a 200 KB report twice.
 */
import { parseReport, type ParsedReport } from '../src/parser/index.js';
import { DecodeError, ReadError } from '../src/parser/index.js';
import { readErrorDetail } from '../src/messages/unreadable.js';
import { render } from '../src/i18n/messages.js';
import { lintParsed, type ActiveRule } from '../src/engine/lint.js';
import { rules as builtinRules } from '../src/rules/index.js';
import type { Locale, RuleSeverity } from '../src/rules/types.js';
import type { OrganType } from '../src/parser/types.js';
import { builtinRegistry } from '../src/config/registry.js';
import { overrideApplies } from '../src/config/resolve.js';
import { mergeSetting, type RuleSetting } from '../src/config/severity.js';
import type { LintResult } from '../src/engine/types.js';
import type { MessageKey } from './i18n.js';
import pdfSupport from 'virtual:pdf-support';
import { useEmbeddedCMaps } from './cmaps.js';

useEmbeddedCMaps();

/** Whether this build of the page reads PDF (the core registers a pdf adapter; its worker is in the page). */
export const readsPdf = pdfSupport.reads;

export interface RuleSettings {
  /** Only what differs from the defaults (recommended rules on at their default severity). */
  readonly severities: Readonly<Record<string, 'off' | RuleSeverity>>;
  /** Rule options from a loaded configuration, already checked against each rule's schema. */
  readonly options: Readonly<Record<string, unknown>>;
  /** A loaded configuration's overrides, applied to a document whose file name they match. */
  readonly overrides?: readonly PageOverride[];
  /** A loaded configuration's organType (the kind of organ, when the title does not say it). */
  readonly organType?: OrganType;
  /** The configuration file the settings came from, when they came from one. */
  readonly source?: string;
}

/** One `overrides` entry of a loaded configuration, as the page stores it. */
export interface PageOverride {
  readonly files: readonly string[];
  readonly excludedFiles: readonly string[];
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

/** The recommended preset (src/config/registry.ts, as on the command line): a rule's setting when nothing sets it. */
export function defaultSeverity(id: string): 'off' | RuleSeverity {
  return builtinRegistry().recommended().get(id)?.severity ?? 'off';
}

export function severityOf(settings: RuleSettings, id: string): 'off' | RuleSeverity {
  return settings.severities[id] ?? defaultSeverity(id);
}

/** Rules that are errors by default but set to warn: their findings no longer stop publication, so every result names them. */
export function rulesLowered(settings: RuleSettings): string[] {
  return builtinRules
    .filter((r) => defaultSeverity(r.meta.id) === 'error' && settings.severities[r.meta.id] === 'warn')
    .map((r) => r.meta.id);
}

/** Rules on by default that these settings switch off: every result names them. */
export function rulesSwitchedOff(settings: RuleSettings): string[] {
  return builtinRules
    .filter((r) => defaultSeverity(r.meta.id) !== 'off' && severityOf(settings, r.meta.id) === 'off')
    .map((r) => r.meta.id);
}

export type Outcome =
  | { ok: true; result: LintResult; parsed: ParsedReport; ms: number }
  | { ok: false; error: MessageKey; reason?: string; ms: number };

/**
 * Built-in rules as configured on the page for one document: recommended ones on unless switched off, others
 * only when set, then the overrides whose patterns match the document's file name (src/config/resolve.ts).
 */
function activeRules(settings: RuleSettings, fileName = ''): ActiveRule[] {
  const rules = new Map<string, RuleSetting>();
  for (const rule of builtinRules) {
    const id = rule.meta.id;
    const options = settings.options[id];
    rules.set(id, { severity: severityOf(settings, id), ...(options !== undefined ? { options } : {}) });
  }
  for (const override of settings.overrides ?? []) {
    if (!overrideApplies(override, fileName)) continue;
    for (const [id, setting] of Object.entries(override.rules)) rules.set(id, mergeSetting(rules.get(id), setting));
  }
  const out: ActiveRule[] = [];
  for (const rule of builtinRules) {
    const setting = rules.get(rule.meta.id);
    if (!setting || setting.severity === 'off') continue;
    out.push({
      id: rule.meta.id,
      rule,
      severity: setting.severity,
      ...('options' in setting ? { options: setting.options } : {}),
    });
  }
  return out;
}

export async function check(
  input: string | Uint8Array,
  fileName: string,
  lang: Locale,
  settings: RuleSettings,
  pasted = false,
): Promise<Outcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  if (typeof input === 'string' ? input.trim() === '' : input.byteLength === 0) return { ok: false, error: 'errEmpty', ms: ms() };
  if (isPdf(input, fileName)) {
    if (!readsPdf || !(await pdfReadable())) return { ok: false, error: 'errPdf', ms: ms() };
    if (pdfSupport.workerSource) await preparePdfWorker(pdfSupport.workerSource);
  }
  let parsed: ParsedReport;
  try {
    parsed = await parseReport(input, {
      filePath: fileName,
      ...(settings.organType ? { organType: settings.organType } : {}),
      // What an editor pasted may be part of a report (a section copied to check its table): src/parser/excerpt.ts.
      ...(pasted ? { pasted } : {}),
    });
  } catch (error) {
    return { ok: false, ...classify(error, fileName, lang), ms: ms() };
  }
  // Decided by the core's reading, as on the command line, where such a document gets one unreadable-content
  // finding and no rule runs. A text whose title says it is the annual report, or that states a period or a fee,
  // is one even without a heading or table read: its missing parts are findings. A page holding only the title of
  // a report kept elsewhere (noBody) goes on to the core's one finding that says so.
  if (parsed.report.reading.notAReport) return { ok: false, error: 'errNotReport', ms: ms() };
  const options = { filePath: fileName, lang, rules: activeRules(settings, fileName) };
  const result = await lintParsed(fileName, parsed, options);
  return { ok: true, result, parsed, ms: ms() };
}

function isPdf(input: string | Uint8Array, fileName: string): boolean {
  if (/\.pdf$/i.test(fileName)) return true;
  return typeof input !== 'string' && input[0] === 0x25 && input[1] === 0x50 && input[2] === 0x44 && input[3] === 0x46; // %PDF
}

let workerReady: Promise<void> | undefined;

/**
 * pdfjs runs its parser in a "worker"; a page opened from file:// cannot load one from a URL, so when the
 * core does not bring the worker itself, the copy embedded in the page is imported from a blob and handed to
 * pdfjs as its main-thread worker.
 */
function preparePdfWorker(source: string): Promise<void> {
  workerReady ??= (async () => {
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(/* @vite-ignore */ url);
  })();
  return workerReady;
}

/** A pdf adapter may be registered later; until then parseReport has no reader and the page says so. */
async function pdfReadable(): Promise<boolean> {
  try {
    await parseReport(new Uint8Array(0), { format: 'pdf' });
    return true;
  } catch (error) {
    return !(error instanceof ReadError && error.id === 'noReader');
  }
}

/**
 * One clear sentence per kind of unusable file, chosen by the error's type and message id (src/parser/read-error.ts).
 * A raw exception ("n.at is not a function") means nothing to an editor: it is kept in `reason` for the console only.
 */
function classify(error: unknown, fileName: string, lang: Locale): { error: MessageKey; reason?: string } {
  if (error instanceof DecodeError) {
    // An old Word/WPS file (.doc, .wps, or one renamed .docx): the command line's advice, save it as .docx.
    // Saving it as text, as errEncoding would say, would also lose its tables.
    if (error.code === 'legacy-office') return { error: 'errFile', reason: sentence(render(readErrorDetail(error), lang)) };
    return { error: error.code === 'binary' ? 'errBinary' : 'errEncoding' };
  }
  if (error instanceof ReadError) {
    const reason = sentence(render(readErrorDetail(error), lang));
    // A .docx may also arrive under another name (sniffed by its bytes): its reader's ids say so.
    if (error.id === 'docxDamaged' || error.id === 'docxLying') return { error: 'errDocx', reason };
    // The pdf reader's failures (scanned, encrypted, damaged) and the reading limits are sentences of their own.
    return { error: 'errFile', reason };
  }
  const reason = error instanceof Error ? error.message : String(error);
  if (/\.docx$/i.test(fileName)) return { error: 'errDocx', reason };
  return { error: 'errOther', reason };
}

/** The core words a read error as a clause (it follows the file's name there); on the page it stands alone. */
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
