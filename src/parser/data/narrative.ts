/**
 * The phrases of figures stated in the narrative (narrative.ts): how a report says how many applications,
 * reviews and lawsuits it had, that it had none, and that a sentence speaks of a whole jurisdiction.
 */
import type { NarrativeFigure } from '../types.js';

/** A count: digits or Chinese numerals (○ ◯ typed for 〇), then a measure word (件, 起, 个, 宗). */
const N = String.raw`([\d,]+|[零〇○◯一二两三四五六七八九十百千]+)\s*(?:件|起|个|宗)`;
/** 共, 共计, 合计 between a figure's words and its count (被提起行政诉讼共50件, 办结申请共计12件). */
const TOTAL = String.raw`\s*(?:共计|合计|共)?\s*`;
/** Each figure and the phrasings reports use for it (收到申请12件, 上年结转3件, 行政复议2件…). */
export const PATTERNS: ReadonlyArray<[NarrativeFigure['kind'], RegExp]> = [
  [
    'applicationsReceived',
    new RegExp(
      String.raw`(?:共|累计|全年)?(?:收到|新收|受理|接收|接到)(?:各类|各类型)?(?:政府信息公开申请|依申请公开(?:政府信息)?(?:申请)?|信息公开申请|公开申请|申请)(?:共|共计|合计)?\s*${N}`,
    ),
  ],
  // 收到依申请信息公开26件, 受理公民、法人依申请公开N件: words between verb and noun must name disclosure (not 受理行政许可申请).
  [
    'applicationsReceived',
    new RegExp(
      String.raw`(?:收到|受理|接到)[^。；，,\d]{0,12}?(?:政府信息|信息公开|依申请)[^。；，,\d]{0,12}?(?:申请|公开)\s*${N}`,
    ),
  ],
  ['carried', new RegExp(String.raw`上年(?:度)?结转(?:政府信息公开申请|申请)?${TOTAL}${N}`)],
  ['carryForward', new RegExp(String.raw`结转(?:至|到)?下(?:一)?年(?:度)?(?:继续办理)?${TOTAL}${N}`)],
  ['handled', new RegExp(String.raw`(?:办结|已办结|答复|办理完毕)(?:政府信息公开申请|申请)?${TOTAL}${N}`)],
  ['reviewCases', new RegExp(String.raw`行政复议(?:案件|申请)?${TOTAL}${N}`)],
  ['litigationCases', new RegExp(String.raw`行政诉讼(?:案件)?${TOTAL}${N}`)],
];
/**
 * Words that tie a count to information disclosure (not 主动公开政府信息: no application). A bare 办结/答复 N件 or
 * 行政复议 N件 is read only when its sentence says so before it (受理政府信息公开申请12件，办结12件;
 * 因政府信息公开被申请行政复议2件): reports also count 行政许可, 信访, 12345 诉求 and lawsuits over 征地, which
 * tables 三 and 四 do not hold.
 */
export const DISCLOSURE = /政府信息公开|依申请|公开申请/;
/** A receiving verb after the disclosure words starts another count (…申请12件，受理行政许可申请1200件，办结…). */
export const RECEIVING = /收到|新收|受理|接收|接到/;
/** 答复100件网民留言: the noun after the count names what was answered; unless it says 申请, it is not an application. */
export const COUNTED_NOUN = /^\s*(?!均|都|全部|已|并|且|其中|次)[\u4e00-\u9fff][^，。；、,;（(]*/;
/** 本机关发生行政复议案件8起, 被提起行政诉讼: the organ was a party, as in table 四. */
export const OCCURRED = /发生|被申请|被提起|提起|被起诉|引发|引起/;
/** 司法所协助办理行政复议案件3件, 受理行政复议申请: the organ handled others' cases, which table 四 does not count. */
export const OTHERS_CASE = /(?:协助|办理|受理|审理|代理|参与|承办)了?的?$/;
/**
 * After a count of applications received, words saying it includes last year's carried over (4件（含上年结转1件）,
 * 4件，其中新收3件，上年结转1件): the count is not table 三's 本年新收. Matched on the text after the count.
 */
export const INCLUDES_CARRIED =
  // 312件（其中新收226件，上年结转86件）, 312件，其中：本年新收226件，上年结转86件, 312件，包括本年度新收申请226件和上年度
  // 结转申请86件, 312件，其中2021年结转86件 (red team rtV #4): a bracket or 其中/包括/含 opening what follows the count,
  // and a count carried over from an earlier year in it. A bracket must say so itself: 1921件（不含上年结转申请36件）,
  // （另有上年结转…）, （上年结转的36件已全部办结） are the new ones alone (review17 F2).
  /^[，,]?\s*[（(]?\s*(?:其中|(?<![不未])(?:包括|包含|含))[^。；;）)不未另除]{0,24}?(?:上一?年度?|往年|去年|以前年度|\d{4}年度?)(?:结转|转入)|^[，,]?\s*(?:[（(]\s*(?:其中[：:]?)?|其中[：:]?)\s*(?:本年度?)?新收/;
/**
 * Before a count, anywhere in its sentence: several years (2020—2022年，…共收到…650件, 近三年, 三年来; red team rtV #7b).
 * Such a count is no year's, whatever year the sentence names last.
 */
export const SEVERAL_YEARS =
  /累计|以来|历年|至今|\d{4}(?:年度?)?\s*(?:—|－|-|–|~|～|至|到)\s*\d{4}|近[两二三四五六七八九十\d]{1,2}年|(?<![\d〇零一二两三四五六七八九十])[两二三四五六七八九十\d]{1,2}年(?:来|间)/;
/**
 * In a count's own clause, before it: a part of the year (12月份收到…45件, 一季度, 上半年) or last year's figure quoted for
 * comparison (与2021年收到…1050件相比): not the whole report year (red team rtV #7). (1-12月, 1月至12月 and 12月31日
 * are no part.)
 */
export const PART_OF_YEAR =
  /(?<![-—–－~～至到\d])\d{1,2}月(?![\d日号至到—–－~～-])|[一二三四五六七八九十]{1,3}月份|季度|[上下]半年|[上中下]旬|(?:与|较|比|(?<!连)同)(?:\d{4}年度?|上一?年度?|去年|同期)/;
/**
 * In a count of applications' own clause, before it: a subset (仅征收补偿一项就收到…120件, 其中…, by channel: 网上收到…).
 */
export const SUBSET = /仅|只有|其中|一项|网上|网络|线上|线下|书面|信函|邮寄|当面|现场|电子邮件|传真/;
/**
 * A list of channels closed by 等渠道/等方式 (通过网上、信函、当面等渠道共收到…): all of them, the whole, not a subset
 * (review17 F7). What the clause says before it (其中, 仅) still makes a subset.
 */
export const CLOSED_CHANNELS = /[^，,。；;：:]*等(?:各类|多种|多个)?(?:渠道|方式|途径|形式)/;
/** SUBSET's words that are no channel (仅, 其中…). */
export const SUBSET_PART = /仅|只有|其中|一项/;
/** In a count's clause: its own year (全年共收到…), which several years named in another clause do not qualify. */
export const OWN_YEAR = /全年|本年|今年|年内|当年|\d{4}年/;
/**
 * After several years' words (SEVERAL_YEARS), at most a few characters and then the clause's end (2020—2022年，…,
 * 三年来，…): the years are the clause and govern what follows; 3年来首次实现…，全年共收到… does not (review17 F7).
 */
export const GOVERNING_TAIL = /^[年度间来内以]{0,3}(?:[，,。；;：:]|$)/;
/**
 * Before a bare 受理申请 N件 (no disclosure word in the noun), in the sentence: another business counted in 件 (政务服务中心
 * 受理各类申请12345件, 不动产登记中心接收申请3456件; red team rtV #8). The bare noun is read only without these.
 */
export const OTHER_BUSINESS =
  /政务服务|服务中心|服务大厅|窗口|不动产|登记|许可|审批|信访|来信|来访|建议|提案|12345|热线|工单|办事|便民|诉求|咨询|投诉|举报/;
/**
 * After a review or lawsuit count: the organ's whole docket, then the disclosure part (被申请行政复议案件58件，其中涉及政府
 * 信息公开的13件; red team rtV #8b). The first count is not table 四's. Matched on the text after the count.
 */
export const DOCKET_THEN_DISCLOSURE = /^[^。；;]{0,40}?其中[^。；;]{0,20}?(?:政府信息公开|依申请)/;
/** 行政复议、行政诉讼案件共44件: a count of both, not of lawsuits (matched on the text before 行政诉讼). */
export const BOTH_CASES = /行政复议\s*(?:、|和|及|与|或|以及)\s*$/;
/**
 * After 未/没有/无, in the same clause: words of an outcome (未发生行政复议、行政诉讼被纠错的情况, 没有行政复议被撤销的情况,
 * 而被追究责任; red team rtV #2). The negation says nothing of how many cases there were.
 */
export const OUTCOME = /纠错|纠正|败诉|撤销|确认违法|追究|问责|被改变|被变更|责令/;
/** The organ itself as a count's subject (本局共收到…): its clause speaks of the organ, whatever else the sentence names. */
export const ORGAN = /本局|我局|本机关|我机关|本单位|我单位|本部门|我部门|本委|我委|本办|我办|本厅|我厅|本院|我院|本中心|我中心/;
/** A review the organ decided as the review organ (作为复议机关，受理…行政复议案件5件): not a case against it (table 四). */
export const REVIEW_ORGAN = /作为[^，。；]{0,8}?复议机关|复议机关[^，。；]{0,4}?(?:受理|审理|办理)/;
/** The clause before a review count says the organ received or heard it (受理涉及政府信息公开的行政复议申请5件). */
export const HEARD = /(?:受理|审理)/;
/** 未收到政府信息公开申请: the report had none (a 0 to compare with table 三). */
// 申请人 is no application (未发生申请人逾期未按收费通知要求缴纳费用的情况, 未收到申请人…投诉; red team rtV #5).
export const NO_APPLICATIONS =
  /(未|没有|无)(收到|接到|受理|发生)(任何)?(形式的)?(政府信息公开|依申请公开|信息公开|公开)?申请(?!人)/;
/** 未发生（因政府信息公开被申请）行政复议: none (a 0 to compare with table 四). */
export const NO_REVIEW =
  // 未经复议 (without a review first: table 四's 未经复议直接起诉, 未经行政复议直接提起诉讼) denies no review.
  // The negation reads to its clause's end only: 未被申请行政复议，被提起行政诉讼31起 denies no lawsuit (red team rtV #3).
  /(未(?!经)|没有|无)(发生|出现)?(因政府信息公开)?[^。；，,;]{0,16}(被申请)?行政复议(和|或|及|、)?(提起)?(行政诉讼)?/;
/** 全市各级行政机关…: the sentence speaks of a whole jurisdiction, not of the organ's own table. */
// 下属/所属单位 are other organs (red team rtV #7): their counts are not the organ's table. (市政府 is not among them: in
// a government's own report it is the organ, 区政府办代表区政府受理… in hongze-2024.)
export const JURISDICTION =
  /全(市|区|县|省|州|盟|旗|镇各)|各级|各部门|各单位|各乡镇|各街道|全系统|市本级及|(?:下属|所属|直属)[^，,。；;]{0,6}?(?:单位|机构|部门|企业)/;
/**
 * The words of a count's clause right before it that make it a part, not the whole (red team F5, F8, 2026-12-06):
 * 其中当场答复1件, 按期答复746件，延期答复3件, 上年结转申请办结21件 are some of table 三's （七）总计; 被直接提起行政诉讼26件
 * and 复议后提起行政诉讼38件 are one of table 四's two lawsuit groups. Such a count is not compared with the total.
 */
export const PART_OF_TOTAL: Readonly<Partial<Record<NarrativeFigure['kind'], RegExp>>> = {
  // 在法定期限内答复286件，延期答复5件; 网上答复286件，书面答复5件 (red team rtV #6).
  handled:
    /(?:当场|当面|按期|按时|如期|限期内|期限内|时限内|工作日内|期内|延期|逾期|即时|现场|其中|网上|网络|线上|线下|书面|信函|邮寄|(?:结转|新收)[^，,。；;：:\d]{0,12})$/,
  litigationCases: /(?:直接|未经复议|复议后|经复议)[^，,。；;：:、]*$/,
};
/**
 * Words that make a clause PART_OF_TOTAL takes for a part the whole again (review4 F4, 2026-12-06): 连同上年结转申请共办结
 * 1800件 counts the carried-over ones in, and 直接或经复议后被提起行政诉讼50件 names both lawsuit groups.
 */
export const WHOLE_OF_TOTAL: Readonly<Partial<Record<NarrativeFigure['kind'], RegExp>>> = {
  handled: /(?:连同|含|包括|加上|合并|以及|及|和|与)(?:上一?年度?|去年)?(?:结转|新收)|共计?办结/,
  litigationCases:
    /直接[^，,。；;：:、]*(?:或|和|及|与)[^，,。；;：:、]*复议|复议[^，,。；;：:、]*(?:或|和|及|与)[^，,。；;：:、]*直接/,
};
/** What ends a clause before a count (、 too: 被申请行政复议2件、复议后提起行政诉讼1件). */
export const CLAUSE_START = /[，,。；;：:、]/g;
