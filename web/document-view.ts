/**
 * The report as the editor wrote it, drawn from the report model (never from the file's markup): the title
 * and paragraphs as text, each section under its heading, the tables as grids, a PDF's pages marked. Built
 * with textContent only, so nothing of the file (scripts, remote images, styles) reaches the page.
 *
 * Each finding is shown in ONE place: its table cell or row when it names one, else the paragraph or table
 * that holds it, else, for something absent or spanning several parts, a note before the part where it was
 * reported (a missing section: before the section that should follow it), never a highlight over the whole.
 */
import type { ParsedReport } from '../src/parser/index.js';
import type { BlockNode, Point, Position, ReportRoot } from '../src/parser/types.js';
import type { Locale } from '../src/rules/types.js';
import type { LintMessage } from '../src/engine/types.js';
import { locationText } from '../src/messages/location-text.js';
import { placeOf } from '../src/engine/finding-place.js';
import { t } from './i18n.js';
import { tableGrid, type Targets } from './tables-view.js';

/**
 * A place in the text as one number, line then column: a saved web page or a crawl may hold the whole report
 * on one line, where the line alone cannot tell one paragraph or section from another.
 */
const at = (line: number, column = 1) => line * 1e9 + column;
const pointAt = (p: Point) => at(p.line, p.column);

/** Where a finding starts and ends (without an end column, it ends where it starts, or at the start of its end line). */
function spanOf(m: LintMessage): { start: number; end: number } {
  const endLine = m.endLine ?? m.line;
  const endColumn = m.endColumn ?? (endLine === m.line ? m.column : 1);
  return { start: at(m.line, m.column), end: at(endLine, endColumn) };
}

interface Placed {
  el: HTMLElement;
  /** at(line, column) of its start and end. */
  start: number;
  end: number;
  /** Its first and last line. */
  lines: [number, number];
  /** A heading: notes go before it. */
  heading?: boolean;
}

export function renderDocument(
  container: HTMLElement,
  parsed: ParsedReport,
  messages: readonly LintMessage[],
  lang: Locale,
): Targets {
  const targets: Targets = new Map();
  const placed: Placed[] = [];
  const out = document.createDocumentFragment();
  let page = 0;
  const pageOf = (p: Position | undefined) => (p && parsed.pages ? parsed.pages[p.start.line - 1] : undefined);
  const pageBreak = (p: Position | undefined) => {
    const n = pageOf(p);
    if (n === undefined || n === page) return;
    page = n;
    const div = document.createElement('div');
    div.className = 'page-break';
    div.dataset['page'] = String(n);
    div.textContent = t(lang, 'pageBreak', { page: n });
    out.append(div);
  };
  const place = (el: HTMLElement, p: Position | undefined, heading = false) => {
    if (p)
      placed.push({
        el,
        start: pointAt(p.start),
        end: pointAt(p.end),
        lines: [p.start.line, p.end.line],
        ...(heading ? { heading } : {}),
      });
  };
  for (const part of parsed.report.children) {
    if (part.type === 'section') {
      pageBreak(part.position);
      const h = document.createElement('h3');
      h.className = 'doc-heading';
      h.dataset['section'] = part.key;
      h.textContent = part.heading;
      const headingLine = part.position ? { start: part.position.start, end: part.position.start } : undefined;
      place(h, headingLine, true);
      out.append(h);
    }
    for (const block of part.children) {
      pageBreak(block.position);
      const el = blockElement(block, messages, targets, lang);
      place(el, block.position);
      out.append(el);
    }
  }
  container.replaceChildren(out);
  placeRest(container, parsed.report, messages, targets, placed, lang);
  return targets;
}

function blockElement(block: BlockNode, messages: readonly LintMessage[], targets: Targets, lang: Locale): HTMLElement {
  if (block.type === 'table') return tableGrid(block, messages, targets, lang);
  const p = document.createElement('p');
  p.className = 'doc-p';
  p.textContent = block.text;
  return p;
}

/** Findings no cell or row took: the smallest block holding them, else a note before where they point. */
function placeRest(
  container: HTMLElement,
  report: ReportRoot,
  messages: readonly LintMessage[],
  targets: Targets,
  placed: Placed[],
  lang: Locale,
): void {
  messages.forEach((m, i) => {
    if (targets.has(i)) return;
    const span = spanOf(m);
    const endLine = m.endLine ?? m.line;
    // The block holding the finding's span; else, by lines only, the one block on those lines (a block's end
    // column may stop short of a finding's), never one of several sharing a line.
    const byLines = placed.filter((b) => !b.heading && b.lines[0] <= m.line && endLine <= b.lines[1]);
    const holder =
      placed.find((b) => !b.heading && b.start <= span.start && span.end <= b.end) ??
      (byLines.length === 1 ? byLines[0] : undefined);
    if (holder) {
      holder.el.classList.add(m.severity === 2 ? 'bad-error' : 'bad-warn');
      holder.el.dataset['findings'] = `${holder.el.dataset['findings'] ?? ''} ${i}`.trim();
      targets.set(i, holder.el);
      return;
    }
    const note = document.createElement('div');
    note.className = `doc-note ${m.severity === 2 ? 'sev-error' : 'sev-warn'}`;
    note.dataset['findings'] = String(i);
    note.textContent = `⚠ ${m.message}`;
    note.setAttribute('aria-label', `${t(lang, 'absentHere')}：${m.message}`);
    // The part where the finding starts; a finding on the whole report (line 1 to its end) goes on top.
    const whole = report.position && span.start <= pointAt(report.position.start) && span.end >= pointAt(report.position.end);
    const next = whole
      ? undefined
      : (placed.find((b) => b.start >= span.start) ?? placed.find((b) => b.start <= span.start && span.start <= b.end));
    if (next) next.el.before(note);
    else container.prepend(note);
    targets.set(i, note);
  });
}

/** Where a finding is, in words an editor can find in Word or a PDF viewer: page, section, table cell. */
export function whereOf(m: LintMessage, parsed: ParsedReport, lang: Locale): string {
  return locationText(m.location ?? placeOf(parsed.report, parsed.pages, m), lang);
}

/**
 * The message with any "第 N 行" of the core (a duplicate section's first place) said as a place instead:
 * in Word or a PDF a line of the extracted text cannot be found.
 */
export function plainMessage(m: LintMessage, parsed: ParsedReport, lang: Locale): string {
  const line = m.data?.['firstLine'];
  if (typeof line !== 'number') return m.message;
  const first = placeOf(parsed.report, parsed.pages, { ...m, line, column: firstColumn(parsed.report, line) });
  const place = locationText(first, lang);
  // The first copy of a section stands under a heading of the same words: naming it would name the copy itself.
  const same = first === (m.location ?? placeOf(parsed.report, parsed.pages, m));
  const spot = same ? t(lang, 'whereEarlier') : lang === 'zh' ? `「${place}」处` : place;
  return m.message.replace(lang === 'zh' ? new RegExp(`第\\s*${line}\\s*行`) : new RegExp(`line ${line}\\b`), spot);
}

/** The column where the first section or block starting on a line starts (the core names a first copy by line only). */
function firstColumn(report: ReportRoot, line: number): number {
  for (const part of report.children) {
    const nodes = part.type === 'section' ? [part, ...part.children] : part.children;
    const node = nodes.find((n) => n.position?.start.line === line);
    if (node?.position) return node.position.start.column;
  }
  return 1;
}
