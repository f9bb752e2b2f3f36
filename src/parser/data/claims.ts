/**
 * The phrases of the narrative's claims (claims.ts): a sentence saying every application was handled, and the
 * ways a report names its own year. Each list says why it is what it is.
 */

/** "Every application was handled": 所有申请均已办结, 全部按时办结 (not 办结率, a rate). */
export const ALL_HANDLED =
  /(所有|全部|各类)?(政府信息公开)?申请(均|都|全部)?(已)?(办理完成|办理完毕|处理完毕|办结)(?!率)|(全部|均已|均|都已|都)(按时|依法|按期|及时|在法定期限内)?(予以)?(办结|办理完毕|办理完成|处理完毕)(?!率)/;
/** Words that make a "handled" sentence about part of the applications, or deny it. */
export const PARTIAL = /上年结转|结转(的|下)|其余|除|未全部|尚未|没有全部|不能|部分|复议|诉讼|信访|建议|提案|投诉/;

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
/** Sentences that compare with or plan for another year name it rightly. */
export const OTHER_YEAR_CONTEXT =
  /较|比|相比|对比|同比|环比|去年|上年|上一年|前年|以来|将|计划|拟|明年|下一年|下一步|今后|增长|下降|减少|增加|持平/;
