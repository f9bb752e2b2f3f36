/**
 * The verdict an editor can take to the boss (可以发布 / 需要修改 / 无法完整读取), the checked file and time,
 * the rules that were switched off, and what was read: title, organ, year, period, the six sections and
 * tables 二/三/四, each read / missing / unreadable.
 */
import type { ExtractedReport } from '../src/engine/extract.js';
import { unreadKeys } from '../src/engine/unread-parts.js';
import { SECTIONS } from '../src/parser/data/sections.js';
import type { Locale } from '../src/rules/types.js';
import type { LintResult } from '../src/engine/types.js';
import { t, type MessageKey } from './i18n.js';
import { ruleName } from './names.js';

export type Verdict = 'ok' | 'fix' | 'unread';

/**
 * Errors decide first; without errors, a report read only in part cannot be declared fit to publish: a section
 * or table that could not be placed, rows of a read table that could not be, characters lost (the rules stay
 * silent about them, so a wrong figure there would go unseen). The batch summary decides from the same reading
 * (src/engine/unread-parts.ts).
 */
export function verdictOf(result: LintResult, extracted: ExtractedReport): Verdict {
  if (result.errorCount > 0 || blankTables(extracted).length > 0) return 'fix';
  return unreadKeys(extracted.reading).length > 0 || result.fatalErrorCount > 0 ? 'unread' : 'ok';
}

/**
 * Tables 二/三/四 read with certainty (a Word or web form's grid) in which not one cell holds a figure: the form was
 * not filled in. The rules find nothing to add up there (numeric-cells only notes the blanks), so without this the
 * verdict would be 可以发布 on a report with no figures at all. The format asks for every figure, 0 where none.
 */
export function blankTables(extracted: ExtractedReport): string[] {
  return (['active', 'applications', 'review'] as const).filter((k) => {
    const values = extracted.tables[k];
    if (!values || extracted.reading.tables[k]?.status !== 'read') return false;
    return Object.values(values).every((row) => Object.values(row).every((v) => v === null));
  });
}

const TITLES: Record<Verdict, MessageKey> = { ok: 'verdictOk', fix: 'verdictFix', unread: 'verdictUnread' };

export interface Checked {
  file: string;
  at: Date;
}

export function timeText(at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())} ${p(at.getHours())}:${p(at.getMinutes())}:${p(at.getSeconds())}`;
}

export function renderVerdict(
  container: HTMLElement,
  lang: Locale,
  checked: Checked,
  outcome: { verdict: Verdict; result: LintResult; blank?: readonly string[] } | { verdict: 'unread'; failure: string },
  off: readonly string[],
  source: string | undefined,
  lowered: readonly string[] = [],
): void {
  const box = document.createElement('div');
  box.className = `verdict verdict-${outcome.verdict}`;
  box.dataset['verdict'] = outcome.verdict;
  const head = document.createElement('p');
  head.className = 'verdict-title';
  head.textContent = t(lang, TITLES[outcome.verdict]);
  const note = document.createElement('p');
  note.className = 'verdict-note';
  if ('failure' in outcome) note.textContent = t(lang, 'verdictFailNote');
  else {
    const { errorCount: errors, warningCount: warnings } = outcome.result;
    const key: MessageKey =
      outcome.verdict === 'fix'
        ? 'verdictFixNote'
        : outcome.verdict === 'unread'
          ? 'verdictUnreadNote'
          : warnings
            ? 'verdictOkWarn'
            : 'verdictOkNote';
    // English counts carry their noun, singular or plural (1 note, 2 notes); Chinese words take the bare number.
    const count = (n: number, one: string) => (lang === 'en' ? `${n} ${one}${n === 1 ? '' : 's'}` : n);
    note.textContent = t(lang, key, { errors: count(errors, 'error'), warnings: count(warnings, 'note') });
    const blank = outcome.blank ?? [];
    if (blank.length) {
      const tables = blank.map((k) => TABLE_NAMES[k]?.[lang] ?? k).join(lang === 'zh' ? '、' : ', ');
      const sentence = t(lang, 'verdictBlankNote', { tables });
      note.textContent = errors ? `${note.textContent} ${sentence}` : sentence;
    }
  }
  const file = document.createElement('p');
  file.className = 'checked-file';
  const name = document.createElement('strong');
  name.id = 'checked-name';
  name.textContent = t(lang, 'checkedFile', { file: checked.file });
  const time = document.createElement('span');
  time.id = 'checked-at';
  time.textContent = ` · ${t(lang, 'checkedAt', { time: timeText(checked.at) })}`;
  file.append(name, time);
  box.append(head, note, file);
  const from = t(lang, 'rulesOffFrom', { source: source ? t(lang, 'sourceRc', { name: source }) : t(lang, 'sourceStored') });
  const names = (ids: readonly string[]) => ids.map((id) => `${ruleName(id, lang)}（${id}）`).join(lang === 'zh' ? '、' : ', ');
  if (lowered.length) {
    const notice = document.createElement('p');
    notice.className = 'rules-off';
    notice.id = 'rules-lowered';
    notice.textContent = t(lang, 'rulesLowered', { names: names(lowered) }) + from;
    box.append(notice);
  }
  if (off.length) {
    const warning = document.createElement('p');
    warning.className = 'rules-off';
    warning.id = 'rules-off';
    warning.dataset['off'] = off.join(' ');
    warning.textContent = t(lang, 'rulesOff', { names: names(off) }) + from;
    box.append(warning);
  }
  container.replaceChildren(box);
}

const STATUS: Record<string, { key: MessageKey; mark: string }> = {
  read: { key: 'statusRead', mark: '✓' },
  absent: { key: 'statusAbsent', mark: '✗' },
  unreadable: { key: 'statusUnreadable', mark: '?' },
  blank: { key: 'statusBlank', mark: '✗' },
};

const TABLE_NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  active: { zh: '表二 主动公开', en: 'Table 2 · proactive disclosure' },
  applications: { zh: '表三 依申请公开', en: 'Table 3 · applications' },
  review: { zh: '表四 复议诉讼', en: 'Table 4 · review and litigation' },
};

export function renderReading(container: HTMLElement, lang: Locale, extracted: ExtractedReport): void {
  const none = t(lang, 'readNone');
  const facts = document.createElement('dl');
  facts.className = 'facts';
  const fact = (key: MessageKey, value: string | null, id: string) => {
    const dt = document.createElement('dt');
    dt.textContent = t(lang, key);
    const dd = document.createElement('dd');
    dd.dataset['fact'] = id;
    dd.textContent = value ?? none;
    if (value === null) dd.className = 'missing';
    facts.append(dt, dd);
  };
  fact('readReportTitle', extracted.title, 'title');
  fact('readOrgan', extracted.organ, 'organ');
  fact('readYear', extracted.year === null ? null : String(extracted.year), 'year');
  fact('readPeriod', extracted.period ? `${extracted.period.start} — ${extracted.period.end}` : null, 'period');
  const sections = list(
    'readSections',
    SECTIONS.map((s) => ({ key: s.key, label: s.canonical, ...(extracted.reading.sections[s.key] ?? { status: 'absent' }) })),
    lang,
  );
  const blank = blankTables(extracted);
  const tables = list(
    'readTables',
    (['active', 'applications', 'review'] as const).map((k) => ({
      key: k,
      label: TABLE_NAMES[k]?.[lang] ?? k,
      ...(extracted.reading.tables[k] ?? { status: 'absent' }),
      ...(blank.includes(k) ? { status: 'blank' } : {}),
      rows: extracted.reading.tables[k]?.unreadableRows?.length ?? 0,
    })),
    lang,
  );
  container.replaceChildren(facts, sections, tables);
}

function list(
  heading: MessageKey,
  items: Array<{ key: string; label: string; status: string; reason?: string; rows?: number }>,
  lang: Locale,
): HTMLElement {
  const wrap = document.createElement('div');
  const h = document.createElement('h3');
  h.textContent = t(lang, heading);
  const ul = document.createElement('ul');
  ul.className = 'read-list';
  ul.dataset['list'] = heading === 'readTables' ? 'tables' : 'sections';
  for (const item of items) {
    const li = document.createElement('li');
    // A table read but for some rows is not "read": it says how many rows could not be, in the words of
    // "无法读取" that the verdict points the editor to.
    const partial = item.status === 'read' && (item.rows ?? 0) > 0;
    const shown = partial ? 'partial' : item.status;
    const status = STATUS[item.status] ?? STATUS['unreadable']!;
    li.className = `read-${shown}`;
    li.dataset['part'] = item.key;
    li.dataset['status'] = shown;
    const mark = document.createElement('span');
    mark.className = 'read-mark';
    mark.textContent = partial ? '?' : status.mark;
    mark.setAttribute('aria-hidden', 'true');
    const words = partial
      ? t(lang, item.rows === 1 ? 'statusRowUnreadable' : 'statusRowsUnreadable', { count: item.rows ?? 0 })
      : t(lang, status.key);
    li.append(mark, ` ${item.label} · ${words}`);
    if (item.reason) li.title = item.reason;
    ul.append(li);
  }
  wrap.append(h, ul);
  return wrap;
}
