/**
 * The editors' page: wires the file input, drop zone and paste box to the shared core, and draws the
 * verdict, what was read, the findings, the report as written with findings in place, and the check sheet.
 * Everything runs in this page; nothing is sent anywhere (the page's CSP forbids any connection).
 */
import './polyfills.js';
import { rules as builtinRules } from '../src/rules/index.js';
import type { Locale } from '../src/rules/types.js';
import { extractReport, type ExtractedReport } from '../src/engine/extract.js';
import type { LintMessage } from '../src/engine/types.js';
import {
  check,
  defaultSeverity,
  readsPdf,
  rulesLowered,
  rulesSwitchedOff,
  severityOf,
  type Outcome,
  type RuleSettings,
} from './engine.js';
import { plainMessage, renderDocument, whereOf } from './document-view.js';
import { renderFindings } from './findings-view.js';
import { t, type MessageKey } from './i18n.js';
import { ruleName } from './names.js';
import { pageWords } from './hints.js';
import { DEFAULTS, loadSettings, readRc, saveSettings, storedProblems, type StoredProblem } from './settings.js';
import { findingsCsv, renderSheet } from './sheet-view.js';
import type { Targets } from './tables-view.js';
import { blankTables, renderReading, renderVerdict, verdictOf, type Checked } from './verdict-view.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page lacks #${id}`);
  return el as T;
};

const loaded = loadSettings();

const state: {
  lang: Locale;
  settings: RuleSettings;
  /** `boxText`: for a paste's HTML flavour, the box's text, checked instead when the HTML gives no report. */
  input?: { data: string | Uint8Array; name: string; file?: File; pasted?: boolean; skipped?: number; boxText?: string };
  outcome?: Outcome;
  extracted?: ExtractedReport;
  checked?: Checked;
  /** The findings as shown (messages in the editor's words), by the same index as the result's. */
  shown?: LintMessage[];
  targets: Targets;
} = { lang: initialLang(), settings: loaded.settings, targets: new Map() };

/**
 * What the rules panel says of the settings (remembered ones dropped, a configuration loaded): written again in
 * the page language when it changes, until other settings are loaded or the defaults chosen.
 */
let rcNote: (() => void) | undefined = loaded.reset ? () => showStoredReset(loaded.reset ?? []) : undefined;

/** Remembered settings that failed the config module's checks were dropped (settings.ts): the rules panel opens to say so. */
function showStoredReset(problems: readonly StoredProblem[]): void {
  const status = $('rc-status');
  status.textContent = t(state.lang, 'settingsReset', { reason: storedProblems(problems, state.lang) });
  status.className = 'rc-bad';
  $<HTMLDetailsElement>('rules-panel').open = true;
}

function initialLang(): Locale {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'zh') return asked;
  try {
    return localStorage.getItem('reportlint.page.lang') === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

function applyLang(): void {
  const lang = state.lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `reportlint · ${t(lang, 'title')}`;
  document
    .querySelectorAll<HTMLElement>('[data-i18n]')
    .forEach((el) => (el.textContent = t(lang, el.dataset['i18n'] as MessageKey)));
  document.querySelectorAll<HTMLTextAreaElement>('[data-i18n-placeholder]').forEach((el) => {
    el.placeholder = t(lang, el.dataset['i18nPlaceholder'] as MessageKey);
  });
  $('paste').setAttribute('aria-label', t(lang, 'pasteLabelAria'));
  $<HTMLSelectElement>('lang').value = lang;
  if (readsPdf) $('file-types').textContent = t(lang, 'fileTypesPdf');
  renderRuleList();
  rcNote?.();
  setPasteNote(pasteNote);
}

function renderRuleList(): void {
  const items = builtinRules.map((rule) => {
    const id = rule.meta.id;
    const li = document.createElement('li');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `rule-${id}`;
    box.dataset['ruleId'] = id;
    const setting = severityOf(state.settings, id);
    box.checked = setting !== 'off';
    // Fed by a batch (last year's report, the subordinates'): it cannot run on one document, so it is not offered.
    box.disabled = !!rule.meta.needs;
    box.addEventListener('change', () => {
      const severities = { ...state.settings.severities };
      severities[id] = box.checked ? (defaultSeverity(id) === 'off' ? 'error' : defaultSeverity(id)) : 'off';
      setSettings({ ...state.settings, severities });
    });
    const label = document.createElement('label');
    label.htmlFor = box.id;
    const name = document.createElement('strong');
    name.textContent = ruleName(id, state.lang);
    const slug = document.createElement('code');
    slug.className = 'slug';
    slug.textContent = id;
    const severity = rule.meta.needs
      ? t(state.lang, 'ruleNeedsBatch')
      : setting === 'off'
        ? t(state.lang, 'ruleOff')
        : t(state.lang, setting === 'warn' ? 'severityWarn' : 'severityError');
    label.append(name, ` · ${severity} `, slug);
    label.title = rule.meta.description[state.lang];
    li.append(box, label);
    return li;
  });
  $('rule-list').replaceChildren(...items);
}

function setSettings(next: RuleSettings): void {
  state.settings = next;
  saveSettings(next);
  renderRuleList();
  void rerun();
}

async function run(input: NonNullable<typeof state.input>): Promise<void> {
  state.input = input;
  await rerun();
  // A new document: bring its verdict and findings into view (and to screen readers' attention).
  $('results').focus();
}

/**
 * The latest check's number. A check started since (another file dropped, text pasted, a setting changed while a
 * slow .docx or .pdf was still being read) supersedes this one: its outcome is dropped, never drawn under the newer
 * document's name.
 */
let runs = 0;

async function rerun(): Promise<void> {
  const input = state.input;
  if (!input) return;
  const run = ++runs;
  document.body.dataset['state'] = 'checking';
  $('verdict').replaceChildren(paragraph('status', t(state.lang, 'checking')));
  // Pasted text was never a file: the verdict and the sheet name it as what it is.
  state.checked = { file: input.pasted ? t(state.lang, 'pastedName') : input.name, at: new Date() };
  try {
    let outcome = await check(input.data, input.name, state.lang, state.settings, input.pasted === true);
    if (run !== runs) return;
    // A paste's HTML flavour that gives no report (over the reading limits, a table of nothing) while the box holds
    // text (rtAD 6): the box's text is what the editor gave, and what is checked, from now on.
    if (input.boxText !== undefined && !readAsReport(outcome)) {
      setPastedHtml(undefined);
      state.input = { data: input.boxText, name: 'pasted.txt', pasted: true };
      outcome = await check(input.boxText, 'pasted.txt', state.lang, state.settings, true);
      if (run !== runs) return;
    }
    state.outcome = outcome;
    const drawing = performance.now();
    show(outcome);
    document.getElementById('verdict')?.setAttribute('data-draw-ms', String(Math.round(performance.now() - drawing)));
  } catch (error) {
    // A fault of the page itself still ends in one sentence, never in a raw error or a half-drawn screen.
    console.error(error);
    if (run !== runs) return;
    const outcome: Outcome = { ok: false, error: 'errPage', ms: 0 };
    state.outcome = outcome;
    show(outcome);
  }
  document.body.dataset['state'] = 'done';
}

/** Whether the outcome read a report at all: a file read whose text is an annual report. */
function readAsReport(outcome: Outcome): boolean {
  return outcome.ok && !outcome.parsed.report.reading.notAReport;
}

function where(m: LintMessage): string {
  const outcome = state.outcome;
  return outcome?.ok ? whereOf(m, outcome.parsed, state.lang) : '';
}

function show(outcome: Outcome): void {
  const lang = state.lang;
  const checked = state.checked ?? { file: '', at: new Date() };
  const error = $('error');
  const off = rulesSwitchedOff(state.settings);
  $<HTMLButtonElement>('recheck').disabled = false;
  if (!outcome.ok) {
    if (outcome.reason) console.warn(`reportlint: ${outcome.reason}`);
    error.textContent = t(lang, outcome.error, { reason: outcome.reason ?? '' });
    error.hidden = false;
    renderVerdict($('verdict'), lang, checked, { verdict: 'unread', failure: error.textContent }, off, state.settings.source);
    $('reading-panel').hidden = true;
    $('findings').replaceChildren();
    $('doc').replaceChildren();
    $('sheet').replaceChildren();
    for (const id of ['export', 'export-csv', 'print']) $<HTMLButtonElement>(id).disabled = true;
    state.targets = new Map();
    state.extracted = undefined;
    return;
  }
  error.hidden = true;
  error.textContent = '';
  const { parsed } = outcome;
  // What the editor reads: every "第 N 行" of a message said as a place (the JSON export keeps the original).
  const result = {
    ...outcome.result,
    messages: outcome.result.messages.map((m) => ({ ...m, message: sentence(pageWords(plainMessage(m, parsed, lang)), lang) })),
  };
  state.shown = result.messages;
  const extracted = extractReport(parsed);
  state.extracted = extracted;
  const verdict = verdictOf(result, extracted);
  renderVerdict(
    $('verdict'),
    lang,
    checked,
    { verdict, result, blank: blankTables(extracted) },
    off,
    state.settings.source,
    rulesLowered(state.settings),
  );
  const timing = document.createElement('span');
  timing.id = 'timing';
  timing.className = 'timing';
  timing.dataset['ms'] = String(outcome.ms);
  timing.textContent = t(lang, 'timing', { ms: outcome.ms });
  $('verdict').append(timing);
  const skipped = state.input?.skipped ?? 0;
  if (skipped) {
    const note = paragraph('rules-off', t(lang, 'filesSkipped', { file: checked.file, count: skipped }));
    note.id = 'files-skipped';
    $('verdict').append(note);
  }
  renderReading($('reading'), lang, extracted);
  $('reading-panel').hidden = false;
  renderFindings($('findings'), result.messages, lang, where, select);
  state.targets = renderDocument($('doc'), parsed, result.messages, lang);
  renderSheet($('sheet'), {
    lang,
    checked,
    verdict,
    result,
    extracted,
    report: parsed.report,
    severity: (id) => severityOf(state.settings, id),
    options: (id) => state.settings.options[id],
    where,
  });
  showErrorsOnly();
  for (const id of ['export', 'export-csv', 'print']) $<HTMLButtonElement>(id).disabled = false;
}

/** An English message stands on its own on the page: it starts with a capital (the CLI prints it after its place). */
function sentence(text: string, lang: Locale): string {
  return lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

let selected: number | undefined;

/** Marks the finding and its place in the report, and brings that place into view inside the report pane. */
function select(index: number): void {
  document.querySelectorAll('.current').forEach((el) => el.classList.remove('current'));
  const message = state.outcome?.ok ? state.outcome.result.messages[index] : undefined;
  if (!message) return;
  selected = index;
  const card =
    document.querySelector(`.group-item[data-index="${index}"]`)?.closest('.finding') ??
    document.querySelector(`.finding[data-index="${index}"]`);
  card?.classList.add('current');
  const target = state.targets.get(index);
  if (!target) return;
  target.classList.add('current');
  reveal(target);
}

/**
 * Side by side, the report pane scrolls on its own: only it moves, so the list stays where the editor was
 * (scrollIntoView would scroll the window too). In one column, the window scrolls and 返回列表 leads back.
 */
function reveal(target: HTMLElement): void {
  const pane = $('document');
  if (getComputedStyle(pane).overflowY !== 'auto' || pane.scrollHeight <= pane.clientHeight) {
    target.scrollIntoView({ block: 'center', behavior: 'auto' });
    return;
  }
  const offset = target.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
  pane.scrollTop = Math.max(0, offset - pane.clientHeight / 2);
}

/** Back from the report to the finding that was chosen (in a narrow window the two are far apart). */
function backToList(): void {
  const card =
    document.querySelector<HTMLElement>('.finding.current') ??
    (selected === undefined ? null : document.querySelector<HTMLElement>(`.finding[data-index="${selected}"]`));
  (card ?? $('results')).scrollIntoView({ block: 'center', behavior: 'auto' });
  card?.querySelector<HTMLElement>('.finding-head')?.focus({ preventScroll: true });
}

function paragraph(className: string, text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

/** The latest document asked for (a file chosen or dropped, text pasted): a file still being read from disk when another is asked for is dropped. */
let asked = 0;

async function readFile(file: File, skipped = 0): Promise<void> {
  const mine = ++asked;
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (mine !== asked) return;
  await run({ data: bytes, name: file.name, file, ...(skipped ? { skipped } : {}) });
}

/** 只看错误 with no error left to show: one sentence instead of an empty list. */
function showErrorsOnly(): void {
  const only = $<HTMLInputElement>('errors-only').checked;
  $('findings').classList.toggle('errors-only', only);
  const none = $('no-errors');
  none.textContent = t(state.lang, 'noErrors');
  none.hidden = !only || !state.outcome?.ok || state.outcome.result.errorCount > 0;
}

/**
 * 重新检查: the file is read again from disk, so an edit saved in Word since is what gets checked. Chromium
 * refuses to read a chosen file that changed since it was chosen; the editor is then asked to choose it again.
 * Pasted text is taken again from the paste box, so an edit made there since is what gets checked.
 */
async function recheck(): Promise<void> {
  if (state.input?.pasted) return checkPasted();
  const held = state.input?.file;
  if (!held) return rerun();
  try {
    await readFile(held);
  } catch {
    // The findings on screen are of the file as it was: they go, so nothing stale is taken for the edited file.
    state.checked = { file: held.name, at: new Date() };
    const outcome: Outcome = { ok: false, error: 'errFile', reason: t(state.lang, 'chooseAgain', { file: held.name }), ms: 0 };
    state.outcome = outcome;
    show(outcome);
    $<HTMLInputElement>('file').click();
  }
}

/**
 * A table copied from a web page or from Word comes with an HTML flavour that holds its exact grid (rows, columns,
 * merged cells); the text flavour the box receives may lose it (Chromium gives one cell per line with blank lines).
 * When the box holds just what that paste put there, the HTML is what gets checked, through the same reader as a
 * .html file; the report pane then shows the text as read from it. Once the box is edited, its text is checked.
 */
let pastedHtml: { html: string; text: string } | undefined;

function checkPasted(): Promise<void> {
  asked++;
  const text = $<HTMLTextAreaElement>('paste').value;
  if (text.trim() === '') {
    // Nothing to check: a sentence by the box, not a verdict on a report that was never given.
    setPasteNote('pasteEmpty');
    return Promise.resolve();
  }
  if (pastedHtml && pastedHtml.text === text)
    return run({ data: pastedHtml.html, name: 'pasted.html', pasted: true, boxText: text });
  setPastedHtml(undefined);
  return run({ data: text, name: 'pasted.txt', pasted: true });
}

function setPastedHtml(next: typeof pastedHtml): void {
  pastedHtml = next;
  setPasteNote(next ? 'pasteHtmlTables' : undefined);
}

/** The note under the paste box, kept by its message key so that a change of language says it again (rtU U4). */
let pasteNote: MessageKey | undefined;

function setPasteNote(key: MessageKey | undefined): void {
  pasteNote = key;
  const note = $('paste-note');
  note.textContent = key ? t(state.lang, key) : '';
  note.hidden = !key;
}

function download(name: string, type: string, text: string): void {
  const blob = new Blob([text], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const baseName = () => state.input?.name.replace(/\.[^.]+$/, '') || 'report';

function exportJson(): void {
  const outcome = state.outcome;
  if (!outcome?.ok) return;
  const { source: _source, ...result } = outcome.result;
  const payload = { ...result, report: state.extracted ?? extractReport(outcome.parsed) };
  download(`${baseName()}.reportlint.json`, 'application/json', `${JSON.stringify(payload, null, 2)}\n`);
}

function exportCsv(): void {
  const outcome = state.outcome;
  if (!outcome?.ok) return;
  download(
    `${baseName()}.问题表.csv`,
    'text/csv;charset=utf-8',
    findingsCsv(state.shown ?? outcome.result.messages, state.lang, where),
  );
}

async function loadRc(rc: HTMLInputElement): Promise<void> {
  const chosen = rc.files?.[0];
  // Cleared at once, so choosing the same (edited) file again is a change again.
  rc.value = '';
  if (!chosen) return;
  const text = await chosen.text();
  rcNote = () => void showRc(text, chosen.name);
  const read = showRc(text, chosen.name);
  if (read.ok) setSettings(read.settings);
}

/** Reads a configuration's text and says in the rules panel what was applied of it, in the page language. */
function showRc(text: string, name: string): ReturnType<typeof readRc> {
  const status = $('rc-status');
  const lang = state.lang;
  const read = readRc(text, name, lang);
  if (!read.ok) {
    status.textContent = t(lang, read.key, read.data);
    status.className = 'rc-bad';
    return read;
  }
  const parts = [
    t(lang, 'rcApplied', {
      name,
      count: read.count,
      options: read.withOptions ? t(lang, 'rcWithOptions', { count: read.withOptions }) : '',
    }),
  ];
  if (read.notApplied.length) {
    const items = read.notApplied.map((n) => t(lang, n.key, n.data)).join(lang === 'zh' ? '；' : '; ');
    parts.push(t(lang, 'rcNotApplied', { items }));
  }
  status.textContent = parts.join(' ');
  status.className = read.notApplied.length ? 'rc-partial' : 'rc-ok';
  status.dataset['notApplied'] = String(read.notApplied.length);
  return read;
}

function wire(): void {
  const file = $<HTMLInputElement>('file');
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    // Cleared once taken: choosing the same file again (after editing it in Word) must check it again.
    file.value = '';
    if (chosen) void readFile(chosen);
  });
  const drop = $('drop');
  drop.addEventListener('click', () => file.click());
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      file.click();
    }
  });
  // Drops are taken anywhere on the page: a file dropped beside the zone must not make the browser
  // navigate away to it (and lose the findings).
  window.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  window.addEventListener('dragleave', (e) => {
    if (!e.relatedTarget) drop.classList.remove('over');
  });
  window.addEventListener('drop', (e) => {
    drop.classList.remove('over');
    const files = e.dataTransfer?.files;
    const dropped = files?.[0];
    // Text dragged from Word, WPS or a browser onto the paste box goes in, as in any text box; file drops are taken here.
    if (!dropped && e.target === $('paste')) return;
    e.preventDefault();
    if (dropped) void readFile(dropped, (files?.length ?? 1) - 1);
  });
  $('check-paste').addEventListener('click', () => void checkPasted());
  // A clipboard with a web page's content and no text pastes nothing into a text box: say so, never stay silent.
  const box = $<HTMLTextAreaElement>('paste');
  box.addEventListener('paste', (e) => {
    const types = [...(e.clipboardData?.types ?? [])];
    const htmlOnly = types.includes('text/html') && !types.includes('text/plain');
    // The HTML stands for the whole box only when the paste replaces all of it (an empty box, or all selected).
    const whole = box.selectionStart === 0 && box.selectionEnd === box.value.length;
    const html = types.includes('text/html') ? (e.clipboardData?.getData('text/html') ?? '') : '';
    setPastedHtml(undefined);
    setPasteNote(htmlOnly ? 'pasteHtmlOnly' : undefined);
    if (htmlOnly || !whole || !/<table[\s>]/i.test(html)) return;
    // The box receives the text flavour once this event is over; what it then holds is what the HTML stands for.
    setTimeout(() => setPastedHtml({ html, text: box.value }), 0);
  });
  $<HTMLSelectElement>('lang').addEventListener('change', (e) => {
    state.lang = (e.target as HTMLSelectElement).value === 'en' ? 'en' : 'zh';
    try {
      localStorage.setItem('reportlint.page.lang', state.lang);
    } catch {
      /* storage disabled: the choice lasts for this visit */
    }
    applyLang();
    void rerun();
  });
  const rc = $<HTMLInputElement>('rc');
  rc.addEventListener('change', () => void loadRc(rc));
  $('reset-rules').addEventListener('click', () => {
    $('rc-status').textContent = '';
    rcNote = undefined;
    setSettings(DEFAULTS);
  });
  $('recheck').addEventListener('click', () => void recheck());
  $('errors-only').addEventListener('change', showErrorsOnly);
  $('back').addEventListener('click', backToList);
  $('export').addEventListener('click', exportJson);
  $('export-csv').addEventListener('click', exportCsv);
  $('print').addEventListener('click', () => window.print());
}

applyLang();
wire();
document.body.dataset['state'] = 'ready';
