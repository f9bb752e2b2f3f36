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
  return m.hint === undefined ? undefined : pageWords(m.hint);
}

/**
 * The core's advice to edit a configuration file ("organType", "deadlines"), which an editor on this page has not
 * got: said as what the editor can do instead.
 */
const CONFIG_ADVICE: ReadonlyArray<readonly [string, string]> = [
  ['；机关类型不对时请在配置中设置 "organType"', '；如果本机关不属于这一类，请按本机关实际适用的规定核对'],
  [
    '; set "organType" in the configuration if the organ is of another kind',
    '; if the organ is of another kind, check against the rules that apply to it',
  ],
  ['；本地规定的期限不同时，用本规则的 deadlines 选项设置', '；本地规定的期限不同时，以本地规定为准'],
  ['; set the deadlines option where local rules differ', '; where local rules set another deadline, they apply'],
];

export function pageWords(text: string): string {
  return CONFIG_ADVICE.reduce((out, [core, page]) => out.replace(core, page), text);
}
