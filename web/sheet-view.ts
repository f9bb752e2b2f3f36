/**
 * What goes to the boss: the check sheet (printed, at most two A4 pages: organ, year, file, date, the
 * reportlint version, every check ✓/✗ with its findings, a sign-off line) and the findings as a CSV that
 * Excel and WPS open as Chinese (UTF-8 with a BOM).
 */
import type { ExtractedReport } from '../src/engine/extract.js';
import { rules as builtinRules } from '../src/rules/index.js';
import type { Locale } from '../src/rules/types.js';
import type { LintMessage, LintResult } from '../src/engine/types.js';
import type { ReportRoot } from '../src/parser/types.js';
import { t, type MessageKey } from './i18n.js';
import { hintOf } from './hints.js';
import { ruleName } from './names.js';
import { blankTables, timeText, type Checked, type Verdict } from './verdict-view.js';
import { unreadParts } from '../src/engine/unread-parts.js';
import { namesItsTable } from '../src/messages/location-text.js';

/**
 * The tables each built-in check reads. The rules stay silent about what was not read (docs/architecture.md,
 * "Reading certainty"), so a check of a table not read in full, or of any text when a section could not be
 * placed, has not passed: the sheet says it was not fully checked.
 */
const READS_TABLES: Readonly<Record<string, readonly string[]>> = {
  'application-totals': ['applications'],
  'review-litigation-totals': ['review'],
  'numeric-cells': ['active', 'applications', 'review'],
  'narrative-consistency': ['applications', 'review'],
  'fee-statement': ['applications'],
};

/** Checks of a table's rows and columns, not of its figures: a row that was not read still stood where it should. */
const READS_LAYOUT: Readonly<Record<string, readonly string[]>> = {
  'table-structure': ['active', 'applications', 'review'],
  'outdated-format': ['active', 'applications', 'review'],
};

const TABLE_SHORT: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  active: { zh: '表二', en: 'table 2' },
  applications: { zh: '表三', en: 'table 3' },
  review: { zh: '表四', en: 'table 4' },
};

/** What a check could not see, in a few words ('' when it saw everything it reads). */
function notSeen(id: string, extracted: ExtractedReport, lang: Locale): string {
  if (id === 'unreadable-content') return '';
  // A scan's OCR layer was not checked at all: no check passed on it.
  if (extracted.reading.ocrScan) return lang === 'zh' ? '扫描件的全部文字' : 'the whole text of the scan';
  // A garbled text layer: nothing was checked either.
  if (extracted.reading.garbledText) return lang === 'zh' ? 'PDF 的全部文字' : 'the whole text of the PDF';
  // Text boxes read in the file's order, not the page's: nothing was checked either.
  if (extracted.reading.textBoxes) return lang === 'zh' ? '文本框中的全部文字' : 'the whole text of the text boxes';
  const { sections, tables } = unreadParts(extracted.reading);
  const parts: string[] = [];
  if (sections.length) parts.push(lang === 'zh' ? '部分章节' : 'a section');
  for (const k of tables) {
    const rows = extracted.reading.tables[k]?.status === 'read' ? (extracted.reading.tables[k]?.unreadableRows?.length ?? 0) : 0;
    const reads = READS_TABLES[id]?.includes(k) || (!rows && READS_LAYOUT[id]?.includes(k));
    if (!sections.length && !reads) continue;
    const name = TABLE_SHORT[k]?.[lang] ?? k;
    if (!rows) parts.push(name);
    else if (lang === 'zh') parts.push(`${name} ${rows} 行`);
    else parts.push(`${rows} ${rows === 1 ? 'row' : 'rows'} of ${name}`);
  }
  return parts.join(lang === 'zh' ? '、' : ', ');
}

const ORGAN_KIND: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  government: { zh: '人民政府', en: "people's government" },
  department: { zh: '政府部门', en: 'government department' },
  township: { zh: '乡镇、街道', en: 'township or subdistrict' },
  zone: { zh: '开发区', en: 'development zone' },
};

/**
 * government-accountability asks only the kinds of organ it is set for (a people's government by default): for
 * another kind it did not apply, for an organ of no clear kind it did not run; neither is a pass.
 */
function organScope(id: string, extracted: ExtractedReport, options: unknown): MessageKey | undefined {
  if (id !== 'government-accountability') return undefined;
  if (extracted.organType === null) return 'sheetOrganUnknown';
  const kinds = (options as { organTypes?: readonly string[] } | undefined)?.organTypes ?? ['government'];
  return kinds.includes(extracted.organType) ? undefined : 'sheetNotApplicable';
}

/**
 * A check that found nothing to look at in this report has not passed: publication-date reads the report's
 * 发布日期, 成文日期 or dated 落款, and judges them by the report's year (src/rules/publication-date.ts returns
 * at once without either).
 */
function nothingToRead(id: string, report: ReportRoot): MessageKey | undefined {
  if (id !== 'publication-date') return undefined;
  if (report.dates.length === 0) return 'sheetUndated';
  return report.year === null && !report.periods.some((p) => p.end) ? 'sheetNoYear' : undefined;
}

/**
 * Findings listed per check on paper, fewer when many checks fail, each cut to a few lines: the sheet must
 * stay within two A4 pages. The rest are counted (the CSV has them all).
 */
const perCheck = (failing: number) => (failing <= 4 ? 3 : failing <= 8 ? 2 : 1);
/** About four lines of the findings column: Chinese characters are twice as wide as Latin letters. */
const MAX_CHARS: Readonly<Record<Locale, number>> = { zh: 110, en: 200 };
/** Cut to the language's length; English at a word's end, never inside a word. */
function clip(text: string, lang: Locale): string {
  const max = MAX_CHARS[lang];
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = lang === 'en' ? cut.lastIndexOf(' ') : -1;
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

export interface SheetInput {
  lang: Locale;
  checked: Checked;
  verdict: Verdict;
  result: LintResult;
  extracted: ExtractedReport;
  /** The report as parsed, for what a check had to read. */
  report: ReportRoot;
  /** Severity per built-in rule id as checked ('off' when switched off). */
  severity: (id: string) => 'off' | 'warn' | 'error';
  /** A rule's options as set on the page (a loaded configuration's), undefined for its defaults. */
  options?: (id: string) => unknown;
  where: (m: LintMessage) => string;
}

const VERDICT: Record<Verdict, MessageKey> = { ok: 'verdictOk', fix: 'verdictFix', unread: 'verdictUnread' };

export function renderSheet(container: HTMLElement, input: SheetInput): void {
  const { lang, result, extracted } = input;
  const h = document.createElement('h1');
  h.textContent = t(lang, 'sheetTitle');
  const facts = document.createElement('table');
  facts.className = 'sheet-facts';
  const fact = (key: MessageKey, value: string) => {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.textContent = t(lang, key);
    const td = document.createElement('td');
    td.textContent = value;
    tr.append(th, td);
    facts.append(tr);
  };
  fact('sheetOrgan', extracted.organ ?? t(lang, 'readNone'));
  fact('sheetYear', extracted.year === null ? t(lang, 'readNone') : String(extracted.year));
  fact('sheetFile', input.checked.file);
  fact('sheetDate', timeText(input.checked.at));
  fact('sheetTool', `reportlint ${REPORTLINT_VERSION}`);
  fact('sheetVerdict', t(lang, VERDICT[input.verdict]));
  const checks = document.createElement('table');
  checks.className = 'sheet-checks';
  const head = document.createElement('tr');
  for (const key of ['sheetCheck', 'sheetResult', 'sheetFindings'] as const) {
    const th = document.createElement('th');
    th.textContent = t(lang, key);
    head.append(th);
  }
  checks.append(head);
  const failing = new Set(result.messages.map((m) => m.ruleId)).size;
  const shown = perCheck(failing);
  for (const rule of builtinRules) {
    const id = rule.meta.id;
    const severity = input.severity(id);
    // A rule that is off by default and not switched on is not one of this page's checks.
    if (severity === 'off' && !rule.meta.recommended) continue;
    const found = result.messages.filter((m) => m.ruleId === id);
    const tr = document.createElement('tr');
    tr.dataset['ruleId'] = id;
    const name = document.createElement('td');
    name.textContent = ruleName(id, lang);
    const state = document.createElement('td');
    // A rule fed by a batch (last year's report, the subordinates') never ran on one document: not a pass.
    const needs = rule.meta.needs;
    const unseen = notSeen(id, extracted, lang);
    // A check of figures in a table left entirely blank found nothing to check: not a pass.
    const blank = blankTables(extracted)
      .filter((k) => READS_TABLES[id]?.includes(k))
      .map((k) => TABLE_SHORT[k]?.[lang] ?? k)
      .join(lang === 'zh' ? '、' : ', ');
    const scope = organScope(id, extracted, input.options?.(id));
    const idle = found.length ? undefined : nothingToRead(id, input.report);
    const key: MessageKey =
      severity === 'off'
        ? 'sheetOff'
        : scope && !found.length
          ? scope
          : needs === 'previousReport'
            ? 'sheetNeedsPrevious'
            : needs === 'subordinates'
              ? 'sheetNeedsSubordinates'
              : found.some((m) => m.severity === 2)
                ? 'sheetFail'
                : unseen
                  ? 'sheetPartial'
                  : idle
                    ? idle
                    : blank
                      ? 'sheetBlank'
                      : found.length
                        ? 'sheetWarn'
                        : 'sheetPass';
    state.textContent = t(lang, key, {
      parts: key === 'sheetBlank' ? blank : unseen,
      organ: ORGAN_KIND[extracted.organType ?? '']?.[lang] ?? '',
    });
    state.className = key;
    const list = document.createElement('td');
    for (const m of found.slice(0, shown)) {
      const p = document.createElement('p');
      // A table finding's message already names its table and row; the place is said once, not twice.
      const where = lang === 'zh' ? `${input.where(m)}：` : `${input.where(m)}: `;
      p.textContent = clip(m.location && namesItsTable(m.message) ? m.message : `${where}${m.message}`, lang);
      list.append(p);
    }
    if (found.length > shown) {
      const p = document.createElement('p');
      p.textContent = t(lang, 'sheetMore', { count: found.length - shown });
      list.append(p);
    }
    tr.append(name, state, list);
    checks.append(tr);
  }
  const sign = document.createElement('p');
  sign.className = 'sheet-sign';
  sign.textContent = `${t(lang, 'sheetReviewer')}________________　　${t(lang, 'sheetSignDate')}________________`;
  container.replaceChildren(h, facts, checks, sign);
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The findings as CSV text, BOM first (Excel reads UTF-8 without a BOM as the local code page). */
export function findingsCsv(messages: readonly LintMessage[], lang: Locale, where: (m: LintMessage) => string): string {
  const rows = messages.map((m, i) =>
    [
      String(i + 1),
      t(lang, m.severity === 2 ? 'severityError' : 'severityWarn'),
      ruleName(m.ruleId, lang),
      m.ruleId ?? '',
      where(m),
      m.message,
      hintOf(m, lang) ?? '',
    ]
      .map(csvField)
      .join(','),
  );
  return `\uFEFF${[t(lang, 'csvHead'), ...rows].join('\r\n')}\r\n`;
}
