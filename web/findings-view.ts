/**
 * The summary (counts, and per rule) and the findings list. Each finding is an <li> carrying
 * data-rule-id and data-severity, so tests and other tools can read the page; its rule's documentation
 * is embedded at build time and opens in place (no network).
 */
import docs from 'virtual:rule-docs';
import { ruleById } from '../src/rules/index.js';
import type { Locale } from '../src/rules/types.js';
import type { LintMessage, LintResult } from '../src/types.js';
import { t } from './i18n.js';

export function renderSummary(container: HTMLElement, result: LintResult, file: string, lang: Locale, ms: number): void {
  const line = document.createElement('p');
  line.className = result.errorCount ? 'status status-error' : result.warningCount ? 'status status-warn' : 'status status-ok';
  const counts = { file, errors: result.errorCount, warnings: result.warningCount };
  line.textContent = result.messages.length ? t(lang, 'counts', counts) : t(lang, 'clean', { file });
  const time = document.createElement('span');
  time.className = 'timing';
  time.id = 'timing';
  time.dataset['ms'] = String(ms);
  time.textContent = ` (${t(lang, 'timing', { ms })})`;
  line.append(time);
  container.replaceChildren(line);
  if (!result.messages.length) return;
  const byRule = new Map<string, { errors: number; warnings: number }>();
  for (const m of result.messages) {
    const id = m.ruleId ?? '—';
    const entry = byRule.get(id) ?? { errors: 0, warnings: 0 };
    if (m.severity === 2) entry.errors++;
    else entry.warnings++;
    byRule.set(id, entry);
  }
  const table = document.createElement('table');
  table.className = 'by-rule';
  const caption = document.createElement('caption');
  caption.textContent = t(lang, 'byRule');
  const head = row('th', [t(lang, 'rule'), t(lang, 'errors'), t(lang, 'warnings')]);
  const body = document.createElement('tbody');
  for (const [id, n] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
    const tr = row('td', [id, String(n.errors), String(n.warnings)]);
    tr.dataset['ruleId'] = id;
    const description = ruleById.get(id)?.meta.description[lang];
    if (description) tr.title = description;
    body.append(tr);
  }
  const thead = document.createElement('thead');
  thead.append(head);
  table.append(caption, thead, body);
  container.append(table);
}

function row(tag: 'th' | 'td', texts: string[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  for (const text of texts) {
    const cell = document.createElement(tag);
    cell.textContent = text;
    if (tag === 'th') cell.setAttribute('scope', 'col');
    tr.append(cell);
  }
  return tr;
}

/** Renders the list; `onSelect` is called with the finding's index when it is clicked or activated. */
export function renderFindings(list: HTMLElement, messages: readonly LintMessage[], lang: Locale, onSelect: (index: number) => void): void {
  list.replaceChildren(...messages.map((m, i) => findingItem(m, i, lang, onSelect)));
}

function findingItem(m: LintMessage, index: number, lang: Locale, onSelect: (index: number) => void): HTMLElement {
  const li = document.createElement('li');
  const severity = m.severity === 2 ? 'error' : 'warn';
  li.className = `finding sev-${severity}`;
  li.dataset['ruleId'] = m.ruleId ?? '';
  li.dataset['severity'] = severity;
  li.dataset['index'] = String(index);
  li.dataset['line'] = String(m.line);
  // The whole head is one button: keyboard users reach every finding with Tab and jump with Enter.
  const head = document.createElement('button');
  head.type = 'button';
  head.className = 'finding-head';
  const badge = span('badge', t(lang, severity === 'error' ? 'severityError' : 'severityWarn'));
  const where = span('where', m.location ?? t(lang, 'line', { line: m.line }));
  const message = span('message', m.message);
  const rule = span('rule-id', m.ruleId ?? '');
  head.append(badge, where, message, rule);
  head.addEventListener('click', () => onSelect(index));
  li.append(head);
  if (m.hint) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = t(lang, 'hint') + m.hint;
    li.append(hint);
  }
  if (m.ruleId) li.append(ruleDocs(m.ruleId, lang));
  return li;
}

function ruleDocs(ruleId: string, lang: Locale): HTMLElement {
  const details = document.createElement('details');
  details.className = 'docs';
  const summary = document.createElement('summary');
  summary.textContent = t(lang, 'docs');
  details.append(summary);
  const meta = ruleById.get(ruleId)?.meta;
  if (meta) {
    const p = document.createElement('p');
    p.className = 'description';
    p.textContent = `${meta.description[lang]}（${meta.basis}）`;
    details.append(p);
  }
  const markdown = docs[ruleId];
  // Rendered on first open: forty findings of one rule need not build forty copies of its page up front.
  details.addEventListener('toggle', () => {
    if (!details.open || details.dataset['filled']) return;
    details.dataset['filled'] = '1';
    details.append(markdown ? renderMarkdown(markdown) : span('no-docs', t(lang, 'noDocs')));
  });
  return details;
}

function span(className: string, text: string): HTMLElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

/** Just enough Markdown for the rule pages: headings, fenced code, lists, paragraphs; text only, no HTML. */
export function renderMarkdown(markdown: string): HTMLElement {
  const out = document.createElement('div');
  out.className = 'doc-page';
  let paragraph: string[] = [];
  let list: HTMLElement | null = null;
  let fence: string[] | null = null;
  const flush = () => {
    if (paragraph.length) out.append(block('p', paragraph.join(' ')));
    paragraph = [];
    list = null;
  };
  for (const line of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (fence) {
      if (/^\s*(```|~~~)/.test(line)) {
        out.append(block('pre', fence.join('\n')));
        fence = null;
      } else fence.push(line);
    } else if (/^\s*(```|~~~)/.test(line)) {
      flush();
      fence = [];
    } else if (/^#{1,6}\s/.test(line)) {
      flush();
      out.append(block('h4', line.replace(/^#+\s+/, '')));
    } else if (/^\s*([-*]|\d+\.)\s/.test(line)) {
      if (paragraph.length) flush();
      if (!list) out.append((list = document.createElement('ul')));
      list.append(block('li', line.replace(/^\s*([-*]|\d+\.)\s+/, '')));
    } else if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(line.trim());
    }
  }
  if (fence) out.append(block('pre', fence.join('\n')));
  flush();
  return out;
}

function block(tag: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}
