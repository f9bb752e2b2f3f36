/**
 * The document as the core read it, with line numbers, and every finding's span marked. Built with
 * textContent only: the file is untrusted, and a report pasted from a web page is full of markup.
 */
import type { LintMessage } from '../src/types.js';

interface Span {
  start: number;
  end: number;
  finding: number;
  severity: 'error' | 'warn';
}

export function renderSource(container: HTMLElement, text: string, messages: readonly LintMessage[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  const spans = new Map<number, Span[]>();
  messages.forEach((m, finding) => {
    const last = Math.min(m.endLine ?? m.line, lines.length);
    for (let line = m.line; line <= last; line++) {
      const length = lines[line - 1]?.length ?? 0;
      const start = line === m.line ? m.column - 1 : 0;
      let end = line === last && m.endLine !== undefined && m.endColumn !== undefined ? m.endColumn - 1 : length;
      if (end <= start) end = Math.max(length, start);
      const list = spans.get(line) ?? [];
      list.push({ start, end, finding, severity: m.severity === 2 ? 'error' : 'warn' });
      spans.set(line, list);
    }
  });
  const fragment = document.createDocumentFragment();
  lines.forEach((content, i) => fragment.append(lineElement(i + 1, content, spans.get(i + 1) ?? [])));
  container.replaceChildren(fragment);
}

function lineElement(n: number, content: string, spans: Span[]): HTMLElement {
  const row = document.createElement('div');
  row.className = 'line';
  row.dataset['line'] = String(n);
  const number = document.createElement('span');
  number.className = 'ln';
  number.textContent = String(n);
  number.setAttribute('aria-hidden', 'true');
  const code = document.createElement('span');
  code.className = 'code';
  if (spans.length) {
    row.classList.add(spans.some((s) => s.severity === 'error') ? 'has-error' : 'has-warn');
    row.dataset['findings'] = [...new Set(spans.map((s) => s.finding))].join(' ');
    appendMarked(code, content, spans);
  } else {
    code.textContent = content;
  }
  row.append(number, code);
  return row;
}

/** Cuts the line at every span boundary; each piece is marked with the findings that cover it. */
function appendMarked(code: HTMLElement, content: string, spans: Span[]): void {
  const cuts = new Set([0, content.length]);
  for (const s of spans) {
    cuts.add(Math.min(s.start, content.length));
    cuts.add(Math.min(s.end, content.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] ?? 0;
    const to = points[i + 1] ?? 0;
    const piece = content.slice(from, to);
    const covering = spans.filter((s) => s.start <= from && s.end >= to && s.end > s.start);
    if (!covering.length) {
      code.append(piece);
      continue;
    }
    const mark = document.createElement('mark');
    mark.className = covering.some((s) => s.severity === 'error') ? 'sev-error' : 'sev-warn';
    mark.dataset['findings'] = covering.map((s) => s.finding).join(' ');
    mark.textContent = piece;
    code.append(mark);
  }
}

/** The element of a line, for scrolling to a finding. */
export function lineElementOf(container: HTMLElement, line: number): HTMLElement | null {
  return container.querySelector<HTMLElement>(`.line[data-line="${line}"]`);
}
