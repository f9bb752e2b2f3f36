/**
 * Fix hints the page words itself. The core's hints for a sum that does not add up say "add up again", as if
 * the total were the wrong figure; as often an addend is. Until the rules say so themselves, the page asks
 * the editor to check both, against the source records. Others come from the core unchanged.
 */
import type { Locale } from '../src/rules/types.js';
import type { LintMessage } from '../src/engine/types.js';

const BOTH: Readonly<Record<Locale, string>> = {
  zh: '合计与各项之和不符：对照台账核对各项和合计，改正写错的那个数（不一定是合计）',
  en: 'The total and the sum of its parts disagree: check each figure and the total against the records, and fix the wrong one (not necessarily the total)',
};

const OVERRIDES: Readonly<Record<string, readonly string[]>> = {
  'application-totals': ['balance', 'columnTotal', 'rowTotal'],
  'review-litigation-totals': ['groupTotal'],
};

export function hintOf(m: LintMessage, lang: Locale): string | undefined {
  if (m.ruleId && m.messageId && OVERRIDES[m.ruleId]?.includes(m.messageId)) return BOTH[lang];
  return m.hint;
}
