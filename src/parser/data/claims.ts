/**
 * The phrases of the narrative's claims (claims.ts): a sentence saying every application was handled, and the
 * ways a report names its own year. Each list says why it is what it is.
 */

/** "Every application was handled": 所有申请均已办结, 全部按时办结 (not 办结率, a rate). */
export const ALL_HANDLED =
  /(所有|全部|各类)?(政府信息公开)?申请(均|都|全部)?(已)?(办理完成|办理完毕|处理完毕|办结)(?!率)|(全部|均已|均|都已|都)(按时|依法|按期|及时|在法定期限内)?(予以)?(办结|办理完毕|办理完成|处理完毕)(?!率)/;
/** Words that make a "handled" sentence about part of the applications, or deny it. */
export const PARTIAL = /上年结转|结转(的|下)|其余|除|未全部|尚未|没有全部|不能|部分|复议|诉讼|信访|建议|提案|投诉/;

/**
 * Applications of another kind than for government information, or other things handled (red team rtV #8):
 * 行政许可申请…均已按时办结, 来信来访申请…、12345热线工单…均已按时办结. Their handling says nothing of table 三,
 * unless the sentence names applications for government information too (DISCLOSURE_APPLICATIONS: 均 then covers them).
 */
export const OTHER_APPLICATIONS =
  /(?:行政许可|许可|审批|来信|来访|信访|复议|仲裁|登记|补贴|救助|政务服务|办事|服务事项|项目)(?:类|的|事项)?申请|工单|热线|留言|诉求/;
export const DISCLOSURE_APPLICATIONS = /公开申请|依申请公开/;

/** Phrases that name the report year by number, in brackets beside 本年度. */
export const YEAR_PHRASES: readonly RegExp[] = [
  // 本年度（2022年）, 本年（2022年度）, 本年度即2022年
  /本年度?\s*[（(]\s*(\d{4})\s*年?度?\s*[)）]|本年度?即\s*(\d{4})\s*年/,
  // 2022年度（本年度）
  /(\d{4})\s*年度?\s*[（(]\s*(?:即)?本年度?\s*[)）]/,
];
/** 2022年1-12月, 2022年全年: a statistical period written without days, unless the sentence also speaks of 本年/今年. */
export const PERIOD_PHRASE = /(\d{4})\s*年\s*(?:1\s*(?:月)?\s*(?:[-－—–~～至到])\s*12\s*月|全年)/;
/** The opening of 一、总体情况: "2022年，本局…" speaks of the report year. */
export const OPENING = /^\s*(\d{4})\s*年度?\s*[，,]/;
/**
 * A numbered sub-heading alone on its line (（一）主动公开。, 一、总体情况概述, 1.主动公开): the overview's opening is
 * the line after it (red team rtV #15). SUB_HEADING_LEAD: one at the start of a line, ended by 。, before its text.
 */
export const SUB_HEADING =
  /^\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．.]|\d{1,2}[、．.](?!\d))[^。；;，,\d]{1,20}[。：:]?\s*$/;
export const SUB_HEADING_LEAD =
  /^\s*(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．.])[^。；;，,\d]{1,16}。/;
/**
 * A later clause of the same paragraph opening with another year the same way ("2023年，我局共收到申请1874件；2024年，
 * 我局全年共收到申请2500件"): the opening compares two years, and the earlier one is rightly last year's. A plan
 * (2024年，我局将…) is no such clause: stale text keeps last year's plans.
 */
export const PARALLEL_OPENING = /[。；;]\s*(\d{4})\s*年度?\s*[，,]([^。；;]*)/g;
/**
 * An opening that dates a document's issuance ("2022年，国务院办公厅印发《…》后，本局…", "2022年，省政府印发/发布/下达/
 * 出台《…》", "2022年，《…》修订", "2022年，我局制定的《…》在本年度继续有效运行"): the year is the document's, which may
 * rightly be an earlier one, not the organ's report year. Its first clause issues a titled document (《…》).
 */
export const OPENING_ISSUANCE = new RegExp(
  [
    String.raw`^\s*\d{4}\s*年度?\s*[，,][^，,。；]*(?:印发|出台|颁布|发布|修订)[^，,。；]*(?:之|以)?后\s*[，,]`,
    String.raw`^\s*\d{4}\s*年度?\s*[，,][^，,。；《]*(?:印发|出台|颁布|发布|修订|下达|下发|制定|出台|公布)(?:了|的)?《`,
    String.raw`^\s*\d{4}\s*年度?\s*[，,]\s*《[^》]{1,40}》(?:正式|重新|进行)?(?:修订|印发|出台|颁布|发布|公布|施行|实施)`,
  ].join('|'),
);
/**
 * Sentences that compare with another year name it rightly: 与上年相比, 较2022年, 比上年, 同比, 2019年以来, and the words
 * of a change measured (增长12%, 增加41条, 有所下降, 持平). Constructions, not characters (red team rtL F6): 较为, 比照,
 * 比例 compare nothing, and 增加了栏目 is a past action.
 */
export const COMPARISON = new RegExp(
  [
    '相比|相较|对比|同比|环比|去年|上年|上一年|前一年|前年|往年|同期|以来',
    String.raw`(?:较之?|比)\s*\d{4}`,
    String.raw`(?:与|和|同)[^，,。；;]{0,16}?比较`,
    '增长|下降|持平|增幅|降幅|涨幅|翻番|百分点',
    String.raw`(?:增加|减少|上升|降低|回落|提高|提升)了?(?:至|到|为)?(?:约|近|超过|逾)?\s*\d`,
    '(?:有所|大幅度?|明显|显著|略有|稍有|小幅)(?:增加|减少|上升|降低|回落|提高|提升)',
  ].join('|'),
);
/**
 * Sentences that plan name a later year rightly: 将于/将在 (a time), 将继续, 将进一步 and the like, 计划, 拟, 下一步,
 * 今后, 明年. 将 alone is often 把 (2022年，本局将政务公开纳入绩效考核: a past action, rtL F6); it makes a plan only of a
 * year after the report year (claims.ts). 拟定 is drafting done, 模拟 no plan.
 */
export const PLAN =
  /将(?:于|在|会|要|把|继续|进一步|持续|不断|着力|重点|积极|深入|切实|扎实|大力|始终|更加|努力|力争|逐步)|计划|(?<!模)拟(?!定|稿)|即将|将来|明年|来年|下一年|下一步|今后/;
