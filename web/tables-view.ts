/**
 * The report's tables drawn as grids from the report model (三 and 四 on the format's rows and columns), with the cells that findings point at marked and,
 * where a finding states the value a cell should hold, that value beside the stated one. Findings are
 * matched to cells by source position, or by the cell's `location` where positions mean little (.docx).
 */
import { ACTIVE_COLUMN_LABELS } from '../src/parser/data/active.js';
import { APPLICATION_COLUMNS, APPLICATION_ROWS, applicationRowLabel } from '../src/parser/data/applications.js';
import { REVIEW_COLUMN_LABELS, REVIEW_COLUMNS, REVIEW_GROUP_LABELS, REVIEW_GROUPS } from '../src/parser/data/review.js';
import { getCell, getRow } from '../src/parser/query.js';
import type { CellNode, Position, RowNode, TableNode } from '../src/parser/types.js';
import type { Locale } from '../src/rules/types.js';
import type { LintMessage } from '../src/engine/types.js';
import { t, type MessageKey } from './i18n.js';

/** Finding index → the grid element that shows it. */
export type Targets = Map<number, HTMLElement>;

/** A table of the report drawn as a grid: 三 and 四 on the format's rows and columns, others as written. */
export function tableGrid(table: TableNode, messages: readonly LintMessage[], targets: Targets, lang: Locale): HTMLElement {
  if (table.kind === 'applications') {
    const rows = APPLICATION_ROWS.map((r) => ({ key: r.key, label: applicationRowLabel(r.key) }));
    const columns = APPLICATION_COLUMNS.map((c) => ({ key: c.key, label: c.label }));
    return grid('table3', 'applications', table, rows, columns, messages, targets, lang);
  }
  if (table.kind === 'review') {
    const rows = REVIEW_GROUPS.map((g) => ({ key: g, label: REVIEW_GROUP_LABELS[g] ?? g }));
    const columns = REVIEW_COLUMNS.map((c) => ({ key: c, label: REVIEW_COLUMN_LABELS[c] ?? c }));
    return grid('table4', 'review', table, rows, columns, messages, targets, lang);
  }
  return asWritten(table, messages, targets, lang);
}

/** Table 二 and tables the reader does not know: the rows as read, each cell as written. */
function asWritten(table: TableNode, messages: readonly LintMessage[], targets: Targets, lang: Locale): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'grid-wrap';
  const el = document.createElement('table');
  el.className = 'grid';
  el.dataset['table'] = table.kind;
  if (table.kind === 'active') {
    const cap = document.createElement('caption');
    cap.textContent = t(lang, 'table2');
    el.append(cap);
  }
  const body = document.createElement('tbody');
  for (const row of table.children) {
    const tr = document.createElement('tr');
    const label = cellEl('th', row.label, 'row');
    markFindings(label, row, messages, targets, lang);
    tr.append(label);
    for (const cell of row.children) {
      const td = cellEl('td', cell.raw);
      // Rows of table 二 fill different columns (件数 / 处理决定 / 金额): each cell names its own.
      if (cell.key) td.title = ACTIVE_COLUMN_LABELS[cell.key] ?? cell.key;
      if (row.key && cell.key) td.dataset['cell'] = `${row.key}:${cell.key}`;
      markFindings(td, cell, messages, targets, lang);
      tr.append(td);
    }
    body.append(tr);
  }
  el.append(body);
  wrap.append(el);
  return wrap;
}

interface Axis {
  key: string;
  label: string;
}

function grid(
  caption: MessageKey,
  kind: string,
  table: TableNode,
  rows: Axis[],
  columns: Axis[],
  messages: readonly LintMessage[],
  targets: Targets,
  lang: Locale,
): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'grid-wrap';
  const el = document.createElement('table');
  el.className = 'grid';
  el.dataset['table'] = kind;
  const cap = document.createElement('caption');
  cap.textContent = t(lang, caption);
  const head = document.createElement('tr');
  head.append(cellEl('th', '', 'col'), ...columns.map((c) => cellEl('th', c.label, 'col', c.key)));
  const thead = document.createElement('thead');
  thead.append(head);
  const body = document.createElement('tbody');
  for (const r of rows) {
    const row = getRow(table, r.key);
    const tr = document.createElement('tr');
    const label = cellEl('th', r.label, 'row', r.key);
    markFindings(label, row, messages, targets, lang);
    tr.append(label);
    for (const c of columns) {
      const cell = row ? getCell(table, r.key, c.key) : undefined;
      const td = cellEl('td', cell ? cell.raw : '', undefined, c.key);
      td.dataset['cell'] = `${r.key}:${c.key}`;
      if (!cell) td.classList.add('absent');
      else markFindings(td, cell, messages, targets, lang);
      tr.append(td);
    }
    body.append(tr);
  }
  el.append(cap, thead, body);
  wrap.append(el);
  return wrap;
}

function cellEl(tag: 'th' | 'td', text: string, scope?: 'col' | 'row', key?: string): HTMLElement {
  const el = document.createElement(tag);
  const value = document.createElement('span');
  value.className = 'stated';
  value.textContent = text;
  el.append(value);
  if (scope) el.setAttribute('scope', scope);
  if (key) el.title = key;
  return el;
}

function markFindings(
  el: HTMLElement,
  node: CellNode | RowNode | undefined,
  messages: readonly LintMessage[],
  targets: Targets,
  lang: Locale,
): void {
  if (!node) return;
  const hits = messages.map((m, i) => [m, i] as const).filter(([m]) => pointsAt(m, node));
  if (!hits.length) return;
  el.classList.add(hits.some(([m]) => m.severity === 2) ? 'bad-error' : 'bad-warn');
  el.dataset['findings'] = hits.map(([, i]) => i).join(' ');
  el.title = hits.map(([m]) => m.message).join('\n');
  for (const [m, i] of hits) {
    targets.set(i, el);
    // Only where the finding's actual value is this cell's own value is its expected value this cell's.
    if (node.type === 'cell' && m.expected !== undefined && m.actual !== undefined && Number(m.actual) === node.value) {
      if (el.querySelector('.expected')) continue;
      const expected = document.createElement('span');
      expected.className = 'expected';
      // Only a cell found wrong by both its row and its column "should be" a value; for a total that does
      // not match its parts, either may be wrong, so the page states the sum, not a correction.
      expected.textContent = t(lang, m.messageId === 'cellLikelyWrong' ? 'expected' : 'sumIs', { value: m.expected });
      el.append(expected);
    }
  }
}

function pointsAt(m: LintMessage, node: CellNode | RowNode): boolean {
  if (m.ruleId === null) return false;
  if (node.type === 'cell' && node.location && m.location === node.location) return true;
  // A finding for many cells (numeric-cells' blankCells) names each in `related`: each is marked.
  if (node.type === 'cell' && node.location && m.related?.some((r) => r.location === node.location)) return true;
  const p: Position | undefined = node.position;
  if (!p) return false;
  if (m.offset !== undefined && p.start.offset !== undefined) {
    return m.offset === p.start.offset && (m.endLine === undefined || (m.endLine === p.end.line && m.endColumn === p.end.column));
  }
  if (m.line === p.start.line && m.column === p.start.column && m.endLine === p.end.line && m.endColumn === p.end.column)
    return true;
  // A finding for many cells (numeric-cells' blankCells) names each in `related`: each is marked.
  return node.type === 'cell' && !!m.related?.some((r) => r.line === p.start.line && r.column === p.start.column);
}
