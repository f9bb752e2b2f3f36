/**
 * Table 三's three identities (国办公开办函〔2021〕30号, 表三 and its note 本列数据的勾稽关系): per column
 * 一+二 = （七）+四 and （七） = the 21 result rows; per row 总计 = the six applicant columns. A single wrong
 * cell breaks a row and a column identity by the same amount: then one finding at that cell, not two.
 */
import { applicationColumnLabel, applicationRowLabel } from '../parser/data/applications.js';
import { findTable, getRow } from '../parser/query.js';
import type { CellNode } from '../parser/types.js';
import { defineRule } from './types.js';
import { identitiesOf, type Identity } from './support/application-identities.js';
import { listAddends, listAddendsEn, listBlanksEn, listBlanks, placeOf, sumOf } from './support/terms.js';

const blankNote = { zh: '（空白的加数按 0 计：{blanks}）', en: ' (blank addends counted as 0: {blanks_en})' };
const texts = {
  balance: {
    zh: '表三「{column}」列：一、本年新收 {new} 加二、上年结转 {carried} 为 {actual}，而（七）总计 {handled} 加四、结转下年度 {carryForward} 为 {expected}；表中注明第一项加第二项之和应等于第三项加第四项之和',
    en: 'Table 3, column “{column}”: new {new} + carried over {carried} = {actual}, but handled {handled} + carried forward {carryForward} = {expected}; the table states that items 1 + 2 must equal items 3 + 4',
  },
  column: {
    zh: '表三「{column}」列的（七）总计为 {actual}，而（一）至（六）各项之和为 {expected}（{addends}）；（七）总计应等于各项办理结果之和',
    en: 'Table 3, column “{column}”: (7) total is {actual}, but results (1)–(6) add up to {expected} ({addends_en}); the total must equal the sum of the results',
  },
  row: {
    zh: '表三「{row}」行的总计为 {actual}，而六类申请人之和为 {expected}（{addends}）；总计应等于自然人与各类法人或其他组织之和',
    en: 'Table 3, row “{row}”: the total is {actual}, but the six applicant columns add up to {expected} ({addends_en}); the total must equal their sum',
  },
};
const withBlanks = (t: { zh: string; en: string }) => ({ zh: t.zh + blankNote.zh, en: t.en + blankNote.en });

export default defineRule({
  meta: {
    id: 'application-totals',
    description: { zh: '表三的数据须满足各项勾稽关系', en: 'Require the figures of table 3 to satisfy its identities' },
    category: 'table',
    basis: '国办公开办函〔2021〕30号 表三「收到和处理政府信息公开申请情况」及其勾稽关系说明',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      balance: texts.balance,
      balanceBlank: withBlanks(texts.balance),
      columnTotal: texts.column,
      columnTotalBlank: withBlanks(texts.column),
      rowTotal: texts.row,
      rowTotalBlank: withBlanks(texts.row),
      cellLikelyWrong: {
        zh: '表三「{row}」行「{column}」列的 {actual} 可能有误：按{rowBasis}和该列合计，它都应为 {expected}（相差 {difference}）',
        en: 'Table 3, row “{row}”, column “{column}”: {actual} is likely wrong; both {rowBasis_en} and its column total imply {expected} (off by {difference})',
      },
    },
    hints: {
      balance: {
        zh: '核对本列的新收、上年结转、总计和结转下年度四个数',
        en: 'Check the four figures of this column: new, carried over, handled, carried forward',
      },
      balanceBlank: {
        zh: '填写空白单元格，再核对本列四个数',
        en: 'Fill the blank cells, then check the four figures of this column',
      },
      columnTotal: { zh: '重新合计本列（一）至（六）各项', en: 'Add up results (1)–(6) of this column again' },
      columnTotalBlank: { zh: '填写空白单元格，再重新合计本列', en: 'Fill the blank cells, then add up this column again' },
      rowTotal: { zh: '重新合计本行六类申请人', en: 'Add up the six applicant columns of this row again' },
      rowTotalBlank: { zh: '填写空白单元格，再重新合计本行', en: 'Fill the blank cells, then add up this row again' },
      cellLikelyWrong: {
        zh: '核对这一个单元格：改为 {expected} 后行与列都相符',
        en: 'Check this one cell: with {expected} both its row and its column add up',
      },
    },
  },
  check(report, context) {
    const table = findTable(report, 'applications');
    if (!table || table.template === '2019') return;
    const failing = identitiesOf(table).filter((i) => i.diff !== 0);
    const done = new Set<Identity>();
    // A cell where failing row and column identities meet with the same excess is the likely culprit.
    for (const cell of failing.flatMap((i) => i.terms.map((t) => t.cell))) {
      const meeting = culpritClaims(
        failing.filter((i) => !done.has(i)),
        cell,
      );
      if (!meeting) continue;
      meeting.claims.forEach((i) => done.add(i));
      const rowKey = meeting.claims.find((i) => i.kind === 'row')?.row ?? '';
      const colKey = meeting.claims.find((i) => i.kind !== 'row')?.column ?? '';
      const actual = cell.value ?? 0;
      const expected = actual - meeting.excess;
      // A blank or placeholder cell reads as 0 in the sums; the message quotes what is written (“—”, blank, 〇).
      const shown = cell.value === null || cell.content === 'text' ? `「${cell.raw || '空白'}」` : actual;
      // A cell of the 总计 column is its row's total: what the row says of it is the six applicant columns' sum.
      const ofTotal = colKey === 'total';
      context.report({
        node: placeOf(cell, getRow(table, rowKey)),
        messageId: 'cellLikelyWrong',
        data: {
          row: applicationRowLabel(rowKey),
          column: applicationColumnLabel(colKey),
          actual: shown,
          expected,
          difference: meeting.excess,
          rowBasis: ofTotal ? '该行六类申请人之和' : '该行总计',
          rowBasis_en: ofTotal ? 'the six applicant columns of its row' : 'its row total',
        },
        actual,
        expected,
      });
    }
    for (const i of failing.filter((f) => !done.has(f))) {
      const actual = sumOf(i.terms, 'left');
      const expected = sumOf(i.terms, 'right');
      const blanks = listBlanks(i.terms);
      const values = Object.fromEntries(i.kind === 'balance' ? i.terms.map((t) => [t.key, t.value]) : []);
      const messageId = i.kind === 'balance' ? 'balance' : i.kind === 'column' ? 'columnTotal' : 'rowTotal';
      const addends = listAddends(i.terms.filter((t) => t.side === 'right'));
      context.report({
        node: placeOf(i.at, getRow(table, i.row)),
        messageId: blanks ? (`${messageId}Blank` as const) : messageId,
        data: {
          ...values,
          row: applicationRowLabel(i.row),
          column: applicationColumnLabel(i.column),
          actual,
          expected,
          difference: actual - expected,
          addends,
          addends_en: listAddendsEn(i.terms.filter((t) => t.side === 'right')),
          blanks,
          blanks_en: listBlanksEn(i.terms),
        },
        actual,
        expected,
      });
    }
  },
});

/** The failing identities that put the same excess on this cell, when a row and a column identity are among them. */
function culpritClaims(failing: readonly Identity[], cell: CellNode): { excess: number; claims: Identity[] } | undefined {
  const claims = failing.filter((i) => excessAt(i, cell) !== undefined);
  for (const excess of new Set(claims.map((i) => excessAt(i, cell)))) {
    const same = claims.filter((i) => excessAt(i, cell) === excess);
    if (excess !== undefined && same.some((i) => i.kind === 'row') && same.some((i) => i.kind !== 'row'))
      return { excess, claims: same };
  }
  return undefined;
}

function excessAt(identity: Identity, cell: CellNode): number | undefined {
  const term = identity.terms.find((t) => t.cell === cell);
  return term ? (term.side === 'left' ? identity.diff : -identity.diff) : undefined;
}
