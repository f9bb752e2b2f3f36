/**
 * The editors' page: wires the file input, drop zone and paste box to the shared core, and draws the
 * summary, the findings, tables 三 and 四 and the marked source. Everything runs in this page; nothing
 * is sent anywhere (the page's CSP forbids any connection).
 */
import { rules as builtinRules } from '../src/rules/index.js';
import type { Locale } from '../src/rules/types.js';
import { extractReport } from '../src/extract.js';
import { check, readsPdf, type Outcome, type RuleSettings } from './engine.js';
import { renderFindings, renderSummary } from './findings-view.js';
import { t, type MessageKey } from './i18n.js';
import { loadSettings, readRc, saveSettings } from './settings.js';
import { lineElementOf, renderSource } from './source-view.js';
import { renderTables, type Targets } from './tables-view.js';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page lacks #${id}`);
  return el as T;
};

const state: {
  lang: Locale;
  settings: RuleSettings;
  input?: { data: string | Uint8Array; name: string };
  outcome?: Outcome;
  targets: Targets;
} = { lang: initialLang(), settings: loadSettings(), targets: new Map() };

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
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => (el.textContent = t(lang, el.dataset['i18n'] as MessageKey)));
  document.querySelectorAll<HTMLTextAreaElement>('[data-i18n-placeholder]').forEach((el) => {
    el.placeholder = t(lang, el.dataset['i18nPlaceholder'] as MessageKey);
  });
  $<HTMLSelectElement>('lang').value = lang;
  if (readsPdf) $('file-types').textContent = t(lang, 'fileTypesPdf');
  renderRuleList();
}

function renderRuleList(): void {
  const items = builtinRules.map((rule) => {
    const id = rule.meta.id;
    const li = document.createElement('li');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = `rule-${id}`;
    box.dataset['ruleId'] = id;
    const setting = state.settings[id] ?? (rule.meta.recommended ? rule.meta.defaultSeverity : 'off');
    box.checked = setting !== 'off';
    box.addEventListener('change', () => {
      const next = { ...state.settings };
      if (box.checked) next[id] = rule.meta.recommended ? rule.meta.defaultSeverity : 'error';
      else next[id] = 'off';
      setSettings(next);
    });
    const label = document.createElement('label');
    label.htmlFor = box.id;
    const name = document.createElement('code');
    name.textContent = id;
    const severity = setting === 'off' ? '' : ` · ${t(state.lang, setting === 'warn' ? 'severityWarn' : 'severityError')}`;
    label.append(name, ` ${rule.meta.description[state.lang]}${severity}`);
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

async function run(data: string | Uint8Array, name: string): Promise<void> {
  state.input = { data, name };
  await rerun();
  // A new document: bring its summary and findings into view (and to screen readers' attention).
  $('results').focus();
}

async function rerun(): Promise<void> {
  const input = state.input;
  if (!input) return;
  document.body.dataset['state'] = 'checking';
  $('summary').replaceChildren(paragraph('status', t(state.lang, 'checking')));
  let outcome: Outcome;
  try {
    outcome = await check(input.data, input.name, state.lang, state.settings);
    state.outcome = outcome;
    const drawing = performance.now();
    show(outcome, input.name);
    document.getElementById('timing')?.setAttribute('data-draw-ms', String(Math.round(performance.now() - drawing)));
  } catch (error) {
    // A fault of the page itself still ends in one sentence, never in a blank or half-drawn screen.
    outcome = { ok: false, error: 'errOther', reason: error instanceof Error ? error.message : String(error), ms: 0 };
    state.outcome = outcome;
    show(outcome, input.name);
  }
  document.body.dataset['state'] = 'done';
}

function show(outcome: Outcome, name: string): void {
  const lang = state.lang;
  const error = $('error');
  const exportButton = $<HTMLButtonElement>('export');
  if (!outcome.ok) {
    error.textContent = t(lang, outcome.error, { reason: outcome.reason ?? '' });
    error.hidden = false;
    $('summary').replaceChildren();
    $('findings').replaceChildren();
    $('tables').replaceChildren();
    $('tables').hidden = true;
    $('source').replaceChildren();
    exportButton.disabled = true;
    state.targets = new Map();
    return;
  }
  error.hidden = true;
  error.textContent = '';
  const { result, parsed } = outcome;
  renderSummary($('summary'), result, name, lang, outcome.ms);
  renderFindings($('findings'), result.messages, lang, select);
  state.targets = renderTables($('tables'), parsed.report, result.messages, lang);
  renderSource($('source'), result.source ?? parsed.text, result.messages);
  exportButton.disabled = false;
}

/** Scrolls to the finding's table cell (or else its line) and marks it, so the eye lands on it. */
function select(index: number): void {
  document.querySelectorAll('.current').forEach((el) => el.classList.remove('current'));
  const message = state.outcome?.ok ? state.outcome.result.messages[index] : undefined;
  if (!message) return;
  document.querySelector(`.finding[data-index="${index}"]`)?.classList.add('current');
  const line = lineElementOf($('source'), message.line);
  line?.classList.add('current');
  const target = state.targets.get(index) ?? line;
  if (!target) return;
  target.classList.add('current');
  target.scrollIntoView({ block: 'center', behavior: 'auto' });
}

function paragraph(className: string, text: string): HTMLElement {
  const p = document.createElement('p');
  p.className = className;
  p.textContent = text;
  return p;
}

async function readFile(file: File): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  await run(bytes, file.name);
}

function exportJson(): void {
  const outcome = state.outcome;
  if (!outcome?.ok || !state.input) return;
  const { source: _source, ...result } = outcome.result;
  const payload = { ...result, report: extractReport(outcome.parsed) };
  const blob = new Blob([`${JSON.stringify(payload, null, 2)}\n`], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = `${state.input.name.replace(/\.[^.]+$/, '') || 'report'}.reportlint.json`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function wire(): void {
  const file = $<HTMLInputElement>('file');
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
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
    e.preventDefault();
    drop.classList.remove('over');
    const dropped = e.dataTransfer?.files[0];
    if (dropped) void readFile(dropped);
  });
  $('check-paste').addEventListener('click', () => void run($<HTMLTextAreaElement>('paste').value, 'pasted.txt'));
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
  rc.addEventListener('change', async () => {
    const chosen = rc.files?.[0];
    if (!chosen) return;
    const status = $('rc-status');
    try {
      const read = readRc(await chosen.text());
      const parts = [t(state.lang, 'rcLoaded', { name: chosen.name, count: Object.keys(read.settings).length })];
      if (read.ignored.length) parts.push(t(state.lang, 'rcIgnored', { ids: read.ignored.join(', ') }));
      status.textContent = parts.join(' ');
      setSettings({ ...state.settings, ...read.settings });
    } catch (error) {
      status.textContent = t(state.lang, 'rcBad', { name: chosen.name, reason: error instanceof Error ? error.message : String(error) });
    }
    rc.value = '';
  });
  $('reset-rules').addEventListener('click', () => {
    $('rc-status').textContent = '';
    setSettings({});
  });
  $('export').addEventListener('click', exportJson);
  $('print').addEventListener('click', () => window.print());
}

applyLang();
wire();
document.body.dataset['state'] = 'ready';
