/**
 * How the totals rules read the cells of an identity (docs/domain.md, table 三): a blank or placeholder addend
 * reads as 0 and is named in the message; an addend written with 〇 or 零 for 0 is that number (numeric-cells
 * says how it is written); a blank total, a missing or unreadable cell, or a value that numeric-cells already
 * reports (text, negative, decimal; a total written with 〇 or 零, as a blank total is never 0) makes the
 * identity unchecked, so one defect never cascades into follow-on totals errors.
 */
import type { CellNode, ReportNode, RowNode } from '../../parser/types.js';

export interface TermRef {
  cell: CellNode | undefined;
  label: string;
  /** The row key (column identities) or column key (row identities) of the term. */
  key: string;
  /** The cell is a total somewhere (its blank is never read as 0). */
  total: boolean;
  side: 'left' | 'right';
}

export interface Term extends TermRef {
  cell: CellNode;
  value: number;
  blank: boolean;
}

/**
 * The terms with their numbers, or undefined when the identity cannot be checked. Every ref is checked before
 * any term is built (most identities of a clean table hold, and a few hundred are read per report).
 */
export function readTerms(refs: readonly TermRef[]): Term[] | undefined {
  let written = false;
  for (const { cell, total } of refs) {
    if (!cell || cell.decimal || (cell.content === 'text' && (total || !isZeroLike(cell)))) return undefined;
    if (isBlank(cell)) {
      if (total) return undefined;
    } else if ((cell.value as number) < 0) return undefined;
    else written = true;
  }
  // Nothing written at all: the blank-cell warnings say everything there is to say.
  if (!written) return undefined;
  return refs.map(({ cell, label, key, total, side }) => {
    const blank = isBlank(cell!);
    return { cell: cell!, label, key, total, side, value: blank ? 0 : (cell!.value as number), blank };
  });
}

/** A count written with 〇 or 零 for 0 (and no letter that only looks like a digit): it has its number. */
const isZeroLike = (cell: CellNode): boolean => cell.shape === 'lookalike' && cell.value !== null;

/** A blank or placeholder cell, or one without a number: 0 as an addend. */
function isBlank(cell: CellNode): boolean {
  return cell.content === 'blank' || cell.content === 'placeholder' || cell.value === null;
}

export function sumOf(terms: readonly Term[], side: 'left' | 'right'): number {
  return terms.filter((t) => t.side === side).reduce((s, t) => s + t.value, 0);
}

/** "自然人 0 + 商业企业 2 + …": the addends, so the message shows where the sum comes from (a long sum without its zeros). */
export function listAddends(terms: readonly Term[]): string {
  const shown = terms.filter((t) => shownAddend(t, terms)).map((t) => `${t.label} ${t.value}`);
  return shown.length ? shown.join(' + ') : '0';
}

/** Most addends a sum lists whole, zeros included: a row's six applicant columns, where a 0 may be the wrong cell. */
const FEW_ADDENDS = 6;

/** Zero addends are left out of a long sum (the 21 results of a column), never out of a short one. */
function shownAddend(term: Term, terms: readonly Term[]): boolean {
  return term.value !== 0 || terms.length <= FEW_ADDENDS;
}

/** listAddends for an English message: the format's labels have no English names, so each is quoted. */
export function listAddendsEn(terms: readonly Term[]): string {
  const shown = terms.filter((t) => shownAddend(t, terms)).map((t) => `“${t.label}” ${t.value}`);
  return shown.length ? shown.join(' + ') : '0';
}

/** listBlanks for an English message: each label quoted, joined with commas. */
export function listBlanksEn(terms: readonly Term[]): string {
  return terms
    .filter((t) => t.blank)
    .map((t) => `“${t.label}”`)
    .join(', ');
}

/** The labels of the blank addends, joined with 、 (empty when there are none). */
export function listBlanks(terms: readonly Term[]): string {
  return terms
    .filter((t) => t.blank)
    .map((t) => t.label)
    .join('、');
}

/** Report at the cell when it has a place of its own, else at its row (cells of some layouts lack positions). */
export function placeOf(cell: CellNode, row: RowNode | undefined): ReportNode {
  return cell.position || cell.location || !row ? cell : row;
}
