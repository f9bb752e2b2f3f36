/**
 * Table 三's identities as data for application-totals (docs/domain.md): per column 一+二 = （七）+四 ('balance') and
 * （七） = the 21 result rows ('column'); per row 总计 = the six applicant columns ('row'). Each is written
 * Σleft = Σright, so a cell's excess over what an identity implies is its difference, signed by its side.
 */
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROWS,
  RESULT_ROWS,
  applicationColumnLabel,
  applicationRowLabel,
} from '../../parser/data/applications.js';
import { getCell } from '../../parser/query.js';
import type { CellNode, TableNode } from '../../parser/types.js';
import { readTerms, sumOf, type Term, type TermRef } from './terms.js';

type IdentityKind = 'balance' | 'column' | 'row';

export interface Identity {
  kind: IdentityKind;
  /** The row the finding belongs to: carryForward (balance), handled (column) or the row itself. */
  row: string;
  column: string;
  terms: Term[];
  /** Σleft − Σright: 0 when the identity holds. */
  diff: number;
  /** The cell a finding about this identity points at. */
  at: CellNode;
}

/** Rows that no totals finding may use: unreadable ones, and ones whose values were inferred. */
export function uncheckableRows(table: TableNode): Set<string | undefined> {
  return new Set([...table.unreadableRows.map((r) => r.key), ...table.children.filter((r) => r.inferred).map((r) => r.key)]);
}

/** Every identity that can be checked: no missing or unreadable row or column, no blank total. */
export function identitiesOf(table: TableNode): Identity[] {
  // A row recovered through its own identity (digits run together) cannot be held against that identity.
  const unreadable = uncheckableRows(table);
  const ref = (row: string, column: string, side: 'left' | 'right', label: string, key = row): TermRef => ({
    cell: unreadable.has(row) ? undefined : getCell(table, row, column),
    label,
    key,
    total: row === 'handled' || column === 'total',
    side,
  });
  const out: Identity[] = [];
  const add = (kind: IdentityKind, row: string, column: string, refs: TermRef[], at: TermRef) => {
    const terms = readTerms(refs);
    if (terms && at.cell) out.push({ kind, row, column, terms, diff: sumOf(terms, 'left') - sumOf(terms, 'right'), at: at.cell });
  };
  // The 2019 template prints （六）其他处理 as one row (read under the group's key): it stands in the column identity
  // for its three rows of the 2021 one, and has its own row identity (rtT §10). Only when none of the three is there.
  const merged =
    table.children.some((r) => r.key === 'other') &&
    ![...table.children.map((r) => r.key), ...table.unreadableRows.map((r) => r.key)].some((k) => k?.startsWith('other.'));
  const results = merged ? [...RESULT_ROWS.filter((r) => !r.startsWith('other.')), 'other'] : RESULT_ROWS;
  const rows = [...APPLICATION_ROWS.map((r) => r.key), ...(merged ? ['other'] : [])];
  const columns = table.columns.filter((c) => c === 'total' || (APPLICANT_COLUMNS as readonly string[]).includes(c));
  for (const c of columns) {
    const balance = (['new', 'carried', 'handled', 'carryForward'] as const).map((r, n) =>
      ref(r, c, n < 2 ? 'left' : 'right', applicationRowLabel(r)),
    );
    add('balance', 'carryForward', c, balance, balance[3]!);
    const handled = ref('handled', c, 'left', applicationRowLabel('handled'));
    add('column', 'handled', c, [handled, ...results.map((r) => ref(r, c, 'right', applicationRowLabel(r)))], handled);
  }
  if (APPLICANT_COLUMNS.every((c) => columns.includes(c)) && columns.includes('total')) {
    for (const key of rows) {
      const total = ref(key, 'total', 'left', applicationColumnLabel('total'), 'total');
      add(
        'row',
        key,
        'total',
        [total, ...APPLICANT_COLUMNS.map((c) => ref(key, c, 'right', applicationColumnLabel(c), c))],
        total,
      );
    }
  }
  return out;
}
