/**
 * The findings list: one card per kind of finding (the rule's name in words, its id in small type), each an
 * <li> carrying data-rule-id and data-severity so tests and other tools can read the page; its rule's
 * documentation is embedded at build time and opens in place (no network).
 */
import docs from 'virtual:rule-docs';
import { ruleById } from '../src/rules/index.js';
import type { Locale } from '../src/rules/types.js';
import type { LintMessage } from '../src/engine/types.js';
import { t } from './i18n.js';
import { hintOf } from './hints.js';
import { ruleName } from './names.js';

/** Findings of one rule and message id: one card, however many cells or lines repeat it. */
interface Group {
  indexes: number[];
  first: LintMessage;
}

function groupsOf(messages: readonly LintMessage[]): Group[] {
  const byKey = new Map<string, Group>();
  const out: Group[] = [];
  messages.forEach((m, i) => {
    // A rule crash or an unreadable file stands alone; so does every finding without a message id.
    const key = m.ruleId && m.messageId && !m.fatal ? `${m.ruleId}\u0000${m.messageId}` : `#${i}`;
    const group = byKey.get(key);
    if (group) group.indexes.push(i);
    else {
      const fresh = { indexes: [i], first: m };
      byKey.set(key, fresh);
      out.push(fresh);
    }
  });
  return out;
}

/**
 * Renders the list; `onSelect` is called with a finding's index when it is clicked or activated, `where`
 * names its place (section, table cell, page), never a line of markup.
 */
export function renderFindings(
  list: HTMLElement,
  messages: readonly LintMessage[],
  lang: Locale,
  where: (m: LintMessage) => string,
  onSelect: (index: number) => void,
): void {
  list.replaceChildren(...groupsOf(messages).map((g) => findingItem(g, messages, lang, where, onSelect)));
}

function findingItem(
  group: Group,
  messages: readonly LintMessage[],
  lang: Locale,
  where: (m: LintMessage) => string,
  onSelect: (index: number) => void,
): HTMLElement {
  const m = group.first;
  const index = group.indexes[0] ?? 0;
  const li = document.createElement('li');
  const severity = group.indexes.some((i) => messages[i]?.severity === 2) ? 'error' : 'warn';
  li.className = `finding sev-${severity}`;
  li.dataset['ruleId'] = m.ruleId ?? '';
  li.dataset['severity'] = severity;
  li.dataset['index'] = String(index);
  li.dataset['count'] = String(group.indexes.length);
  // The whole head is one button: keyboard users reach every finding with Tab and jump with Enter.
  const head = document.createElement('button');
  head.type = 'button';
  head.className = 'finding-head';
  const badge = span('badge', t(lang, severity === 'error' ? 'severityError' : 'severityWarn'));
  const name = span('rule-name', ruleName(m.ruleId, lang));
  const many = group.indexes.length > 1;
  const place = span('where', many ? t(lang, 'groupCount', { count: group.indexes.length }) : where(m));
  const text = m.fatal && m.ruleId ? t(lang, 'ruleCrashed', { name: ruleName(m.ruleId, lang) }) : m.message;
  const message = span('message', text);
  const rule = span('rule-id', m.ruleId ?? '');
  head.append(badge, name, place, message, rule);
  head.addEventListener('click', () => onSelect(index));
  li.append(head);
  if (many) {
    const items = document.createElement('ul');
    items.className = 'group-items';
    for (const i of group.indexes) {
      const item = messages[i];
      if (!item) continue;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'group-item';
      b.dataset['index'] = String(i);
      b.textContent = `${where(item)}：${item.message}`;
      b.addEventListener('click', () => onSelect(i));
      const entry = document.createElement('li');
      entry.append(b);
      items.append(entry);
    }
    li.append(items);
  }
  const fix = hintOf(m, lang);
  if (fix) {
    const hint = document.createElement('p');
    hint.className = 'hint';
    hint.textContent = t(lang, 'hint') + fix;
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
function renderMarkdown(markdown: string): HTMLElement {
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
    } else if (/^\s*\|/.test(line)) {
      // A Markdown table: its rows as list items, the separator row dropped.
      if (/^\s*\|[\s:|-]+\|?\s*$/.test(line)) continue;
      if (paragraph.length) flush();
      if (!list) out.append((list = document.createElement('ul')));
      list.append(
        block(
          'li',
          line
            .replace(/^\s*\||\|\s*$/g, '')
            .split('|')
            .map((c) => c.trim())
            .join(' · '),
        ),
      );
    } else if (/^\s*>\s?/.test(line)) {
      paragraph.push(line.replace(/^\s*>\s?/, '').trim());
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

/** A block whose text keeps **bold**, `code` and [links](…) as formatting, not as raw Markdown signs. */
function block(tag: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  if (tag === 'pre') {
    el.textContent = text;
    return el;
  }
  // Links keep their words only: the page opens nothing.
  const plain = text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
  for (const piece of plain.split(/(\*\*[^*]+\*\*|`[^`]+`)/)) {
    if (!piece) continue;
    if (piece.startsWith('**') && piece.endsWith('**') && piece.length > 4) {
      const strong = document.createElement('strong');
      strong.textContent = piece.slice(2, -2);
      el.append(strong);
    } else if (piece.startsWith('`') && piece.endsWith('`') && piece.length > 2) {
      const code = document.createElement('code');
      code.textContent = piece.slice(1, -1);
      el.append(code);
    } else el.append(piece.replace(/(^|[^*])\*([^*]+)\*/g, '$1$2'));
  }
  return el;
}
