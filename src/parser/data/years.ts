/** Years a sentence ties a count to (year-tie.ts): a fee notice count, a narrative figure. */

/**
 * A year a count can be tied to: 2020年 (group 1, with its month and day if given: 2022年12月 is 2022), 上年 / 去年
 * (another year), or 本年 / 今年 (the report's). Not in a comparison (较2020年, 与上年相比): that names the year
 * compared with, not the year counted. Not the day a running count ends (截至2024年1月10日), nor the year a rule was
 * made (按照2020年出台的《…办法》, 2020年11月国务院办公厅印发的…). Not applications carried over (上年结转, 去年结转,
 * 2022年结转的申请): they are this year's business. year-tie.ts looks for it in the count's own clause.
 */
export const STATED_YEAR =
  /(?<![较比与同\d]|截至|截止|截止到)(?:(\d{4})年(?:度|全年)?(?!度?结转)(?!(?:\d{1,2}月(?:\d{1,2}日)?)?[^，,。；]{0,12}?(?:出台|印发|颁布|修订|制定|施行))|(上一?年度?(?!度?结转)|去年(?!度?结转))|本年度?|今年|当年)(?!相比|同比)/g;

/** A sentence opening with its year (2022年，本局共收到…): the year of every count in it. */
export const OPENING_YEAR = /^\s*(?:(\d{4})年度?|(上一?年度?|去年)|本年度?|今年)[，,：:]/;
