/**
 * How reports speak of the information processing fee (信息处理费, 《政府信息公开信息处理费管理办法》), in the
 * wordings real reports use (docs/domain.md "Fees"). Matched on a sentence with ASCII digits.
 */

/**
 * A sentence about this fee: any 处理费 of information (信息处理费, 信息公开处理费, 政府信息公开信息处理费), fee
 * notices, or the disclosure's charging in general words (政府信息公开未发生收费情况, 收费事项, 未收取任何费用).
 */
export const FEE_SENTENCE =
  /信息(?:公开)?(?:信息)?处理费|(?:收费|缴费)通知|(?:信息公开|公开).{0,4}收费|收费(?:情况|事项)|(?:收取|产生|发生)(?:任何)?费用|未收费|免收/;

/** The fee's name, which OCR may misread by one character (信息处埋费, 信息处理赞): see MISREAD_FEE_CONTEXT. */
export const FEE_NAME = '信息处理费';

/**
 * A misread last character (信息处理赞) leaves 信息处理 of the fee's name, which is also the start of other words
 * (信息处理能力, 信息处理工作): such a sentence speaks of this fee only where it speaks of charging too.
 */
export const MISREAD_FEE_CONTEXT = /收取|收费|缴纳|缴费|\d\s*元|零元/;

/**
 * Charging in general words (不收费, 未收取检索、复制、邮寄等费用, 未计收费用, 均免费, 无偿提供): about this fee only in a
 * sentence that speaks of disclosure on application (DISCLOSURE_CONTEXT) or in section 六, where the fee is reported.
 */
export const CHARGING = /收费|费用|免费|计费|缴费|交费|[印制寄索]费|无偿/;

/** What makes a sentence about charging one about disclosure on application (依申请提供政府信息均免费). */
export const DISCLOSURE_CONTEXT = /依申请|申请人|申请公开|公开申请|政府信息|信息公开|检索|复制|邮寄|信息处理/;

/** Charging words about money that is not the applicant's fee: a budget (经费, 费用保障), spending, other fees. */
export const NOT_APPLICANT_FEE =
  /经费|保障|预算|开支|支出|财政|补贴|补助|报销|工资|物业|水电|培训费|会议费|差旅|采购|维护费|建设费|行政事业性收费/;

/** Table 二's 行政事业性收费 is another fee: a sentence about it alone states nothing about this one. */
export const OTHER_FEE = /行政事业性收费|污水处理费|垃圾处理费/;

/** Table 三's row label (申请人逾期未按收费通知要求缴纳费用) read as text is a label, not a statement. */
export const ROW_LABEL = /申请人逾期未按收费通知要求缴纳费用/g;

/**
 * Words of table 三's row （六）2 that survive when the label is printed broken up (space-aligned text, a wrapped
 * PDF cell: "2.申请人逾期未按处理      收费通知要求缴纳费用"): such a line is the label, never a mention of the fee.
 */
export const ROW_LABEL_WORDS = /逾期未按|要求缴纳费用|不再处理其/;

/**
 * A lead-in that names the fee's situation and says nothing of it (（一）收取信息处理费情况。, 信息处理费收取情况：): its
 * statement is the sentence after it. Matched on a sentence without blanks.
 */
export const LEAD_IN = /^[^。；]{0,24}?(?:处理费|收费)(?:用)?(?:的)?(?:收取|收费)?(?:情况|事项)[。.:：]?$/;

/** A blank form's instruction ("文字描述，收取信息处理费情况在此处报告") states nothing. */
export const INSTRUCTION = /此处|文字描述|填写|填报/;

/**
 * A fault (不规范, 违规, 不及时, 投诉…), tested on a note in brackets after denied notices (（无超标准收费情形）): a note
 * about a fault may belong to what is denied, so such a denial is left unread.
 */
export const FAULT_WORD =
  /(?:不规范|不合规|违规|违法|违反|违纪|不当|超标|超出|超过|超范围|过高|过多|偏高|高于|多收|乱收|重复|擅自|不符|不及时|不到位|不合理|不合法|不严格|不统一|不透明|错误|失误|滞后|后未|后不|时未|未按|不按|未履行|问题|投诉|举报|纠纷|争议|异议|追责|通报|侵害)/;
/**
 * Nothing collected, or nothing arising, matched on text without blanks:
 * - a negation right before the verb, the fee named within a few words (未收取信息处理费, 不予收取信息处理费, 没有产生信息公开
 *   处理费, 未发生政府信息公开收费事项, 无收取信息处理费情况, 未收取任何费用, 不存在收取信息处理费的情况, 未有收取…的情况,
 *   无需收取…, 不存在政府信息公开收费情况: red team F6, 2026-12-06); the fee must follow: "未发生投诉" in a fee sentence is
 *   about something else; 无涉及信息处理费的情况 as 不涉及;
 * - the fee named after the negation (本年度无信息处理费收取), or nobody paying it (无申请人缴纳信息处理费);
 * - 免收, or a stated nil: 收费：无, 信息处理费收取情况：无, 信息处理费：未收取, 收取信息处理费为零, 政府信息公开收费为0, 〇元
 *   (not 0.5, not 0件, not table 二's 行政事业性收费为0).
 */
export const NONE_COLLECTED = new RegExp(
  [
    String.raw`(?:未有|未|无需|无须|无|没有|不存在|不予|不|并未|未曾|从未|均未|均不)(?:出现|涉及)?(?:实际)?(?:(?:向|对|因)[^。；，,]{0,14}?)?(?:任何|相关)?(?:申请人)?(?:政府信息公开|信息公开)?(?:收费|(?:收取|征收|发生|产生|计收|计取|收缴)[^。；，,]{0,16}?费)`,
    String.raw`(?:无|没有)(?:任何)?(?:政府信息公开)?信息(?:公开)?处理费(?:的)?(?:收取|收入|产生|发生|缴纳|收费)`,
    String.raw`(?:无|没有)(?:任何)?申请人(?:缴纳|交纳|缴费|支付)`,
    String.raw`(?:不|无|未|没有)涉及[^。；，,]{0,8}?(?:处理费|收费|费用)`,
    '免收|零收费|免[予于]收(?:取|费)',
    // Free of charge said of disclosure on application (依申请提供政府信息均免费, 依申请公开均为无偿提供).
    String.raw`(?:依申请|申请人|申请)[^。；]{0,20}?(?:免费|无偿)|(?:免费|无偿)(?:向申请人)?提供(?:政府)?信息`,
    String.raw`(?:信息处理费|处理费|收费)(?:用)?(?:的)?(?:收取|收费)?(?:情况|事项)?(?:[:：]|(?<=情况|事项))(?:本年度|本年|全年|\d{4}年度?|本机关|本单位|我局)?(?:无|没有|零|未收取|未收费|未发生|未产生|不涉及|0(?![\d.]))(?=$|[。；，,.]|(?:相关|任何)?(?:收取|收费|费用|信息处理费|处理费))`,
    String.raw`(?<!事业性)(?:收取|收费)[^。；，,\d]{0,16}?(?:为|是)(?:零|0(?![\d.]))(?!件|份|次|个|名)`,
    // A nil count of collections (信息处理费收取数量为0件，金额为0元: census rtW #9).
    String.raw`(?:信息处理费|处理费)(?:的)?(?:收取|收费)(?:的)?(?:数量|件数|笔数|次数)(?:为|是|共计|合计)?\s*(?:[零〇○]|0)\s*(?:件|笔|次)`,
    // A nil amount: 收取信息处理费零元, 信息处理费0元.
    String.raw`(?<!事业性)(?:收取|收费|处理费用?)[^。；，,\d]{0,16}?(?:为|是|共计|合计|金额)?(?:[零〇○]|0(?:\.0+)?)万?元`,
  ].join('|'),
);

/**
 * A negation of fee notices issued (未发出收费通知, 未向申请人发出…, 不存在/不涉及发出收费通知, 无收费通知发出). Whether
 * it denies that any notice was issued is decided by the rest of its clause (fee-statements.ts denialEnds): only
 * when the clause ends at the notice, or at the fee or a paper denied with it. Global, each bounded: linear in the
 * sentence. Group 1: the negation (未, 未曾, 均未, 不曾 negate the issuing itself; 不存在, 没有, 无 a whole situation).
 * 有无 asks a question.
 */
export const NOTICE_DENIAL = new RegExp(
  String.raw`(未曾|未|没有|(?<!有)无|不曾|均未|不存在|不涉及)(?:向(?:任何)?申请人|向其|对(?:任何)?申请人)?(?:发出|发送|送达|开具|出具|发放)(?:过)?(?:任何)?(?:信息处理费)?(?:收费|缴费)通知(?:书)?|(?<!有)(?:无|没有)(?:任何)?(?:信息处理费)?(?:收费|缴费)通知(?:书)?(?:的)?(?:发出|发送|送达|开具|出具|发放)`,
  'g',
);

/** Negations that negate the issuing itself (未发出…), not a situation (不存在发出…的情况). */
export const VERBAL_NEGATION = /^(?:未曾|未|均未|不曾)$/;

/** A count of 0 notices (收费通知0件, 发出收费通知0): no notice issued, whatever follows. Global. */
export const ZERO_NOTICES = /(?:收费|缴费)通知(?:书)?\s*0\s*(?:件|份|次)|发出(?:信息处理费)?(?:收费|缴费)通知(?:书)?\s*0/g;

/**
 * Notices and the fee said nil together (发出收费通知和收取信息处理费的情况为0 / ：无; census rtW #5: a contradiction with
 * table 三 went unsaid): no notice issued when the nil ends the clause (not 为零星发生, ：无违规情形) and no fault is named
 * before 发出 in its clause (违规发出…的情况为零 denies irregular notices only: fee-statements.ts). Global.
 */
export const NIL_NOTICES_AND_FEE =
  /发出(?:信息处理费)?(?:收费|缴费)通知(?:书)?[和及与、][^。；，,\d]{0,16}?(?:的)?(?:情况|数量|件数)(?:为|是|[:：])\s*(?:0|零|无)(?=$|[。；;，,.！!？?])/g;

// The parts of a denial's clause after the notice, each matched where the reader stands (sticky) and bounded.
/** What did not happen, ending a clause: 的情况, 的相关情况, 等行为, 之情形, 事宜, 的记录, 的情况发生过. */
export const CLAUSE_ENDING =
  /[的等之]?(?:相关|有关|具体)?(?:情况|情形|事宜|事项|现象|行为|事件|记录|案例)(?:发生过?|出现过?|存在)?/y;
/** A note in brackets (（含电子通知）, （见表三）): read past, unless it names a fault (FAULT_WORD). */
export const NOTE = /[（(][^（()）。；;]{0,20}[）)]/y;
/** Where a clause stops: its punctuation or the sentence's end; not a closing quote (本报告所称“未发出收费通知”…). */
export const CLAUSE_STOP = /$|[。；;，,.！!？?]/y;
/**
 * What may trail a clause before it stops (review16 F1): a nil after a colon (…的情况：无, …的情况:无), an ellipsis
 * (…的情况……). Read past only where CLAUSE_STOP follows; a closing quote with no opening one before it in the
 * sentence (…的情况”。) is read past too (fee-statements.ts strayClosers), a paired one never.
 */
export const CLAUSE_TRAIL = /[：:](?:无|没有|暂无|零|0)|[…⋯]+/y;
/** Closing quotes and the opening one each pairs with. */
export const QUOTE_PAIRS: Readonly<Record<string, string>> = { '”': '“', '」': '「', '』': '『' };
/**
 * A signature's lines, run into a last sentence without its full stop (…的情况 ⏎ 杭州市东河区教育局 ⏎ 2024年1月20日,
 * joined as one paragraph): the date ending the sentence, and the organ's name alone on its line (or before the
 * date on the date's line). Matched on text with ASCII digits; the organ's line without blanks.
 */
export const SIGNATURE_DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*[。.]?\s*$/;
/** The organ's name of a signature, a line of its own: an organ's kind at its end, no punctuation, no digits. */
export const SIGNATURE_ORGAN =
  /^[^。；;，,、：:！!？?\d]{2,30}(?:局|委员会|委|办公室|办|院|政府|中心|厅|署|所|站|馆|街道|镇|乡|处|室)$/;
/** A conjunction after denied notices (及时 is none); group 1 when it starts a clause of its own (也未…, 亦未…). */
export const CONJUNCTION = /(也|亦|同时)|以及|并且|[和或与并且]|及(?!时)/y;
/**
 * A clause of its own after a conjunction or 、: a negation and a verb with its own object (未收取信息处理费, 也未收到相关
 * 投诉, 没有发生收费争议), never a further word about the notices (并未及时送达, 且未注明收费标准, 并无收费依据: review15 F2).
 */
export const OWN_DENIAL = /(?:未曾|未|没有|无|不曾|从未|均未)(?:收取|征收|计收|收缴|收费|收到|接到|受理|发生|出现|产生)/y;
/**
 * A clause of its own after a conjunction that says nothing was charged (…并按规定免予收费, …并一律免费向申请人提供
 * 政府信息: review16 F1): after the issuing's own negation only, as OWN_DENIAL.
 */
export const OWN_EXEMPTION = /(?:按规定|按照规定|依法|依规|一律|均|全部|予以){0,2}(?:免[予于]收(?:取|费)|免收|免费|无偿)/y;
/**
 * The fee denied with the notices (…和收取信息处理费, …及收取任何费用, …或要求申请人缴纳费用): the verb, a few words, the
 * first 费; before the verb, only words that name no fault: to whom, on what, how it is counted (…和向申请人收取,
 * …和依申请收取, …和实际收取, …和按件、按量收取: review16 F1). Tested for FAULT_WORD (…和超标准收取…: no denial).
 */
export const JOINED_FEE =
  /(?:向(?:任何)?申请人|向其|依申请|依法|实际|按件(?:[、和或及]?按量)?|按量){0,2}(?:收取|征收|计收|收缴|要求(?:申请人)?(?:缴纳|交纳|支付))[^。；;，,、费]{0,16}费用?/y;
/** Other charges named after the fee (…收取信息处理费等费用, 等任何费用, 等相关费用, 及其他费用, …等: review16 F1). */
export const FEE_TAIL =
  /等(?:(?:其他|其它)?(?:任何|相关|各项|一切)?费用)?|(?:以及|及|和|或)(?:其他|其它|任何|相关|各项|一切){1,2}费用/y;
/**
 * Another paper denied with the notices (…及催缴通知, …和补正通知, …和收费决定书等, …以及其他收费文书): by its own name
 * only.
 */
export const JOINED_PAPER =
  /(?:其他|其它|相关|任何)?(?:催缴|补正|告知|收费|缴费|催告|延期|答复)?(?:决定书|告知书|通知书?|文书|票据|单据)(?:等(?:相关)?(?:文书|材料|文件)?)?/y;

/**
 * What makes a denial of notices partial, in its clause before it: 其余3件申请未发出收费通知 says some were issued, and
 * so does a denial for some applicants only, named by what sets them apart (对经济困难的申请人, 对按件计收标准以下的申请人,
 * 对非营利目的的申请人: review11 G1, review14 F3). A qualifier that sets none apart names them all (对提出申请的申请人,
 * 对本年度的申请人均…, 对依法提出的申请人, 向来我局的申请人: review12 F3, review13 F4), and so do the eligible
 * (对符合申请条件的申请人, 对全部符合法定条件的申请人; 对符合法定条件的申请人 alone may be those exempted) and all with a
 * part named 包括…在内 (对包括学生在内的所有申请人: review15 F6). Not 其他 alone (本机关及其他部门均未发出… denies them
 * all). Tested on the few characters before the denial.
 */
export const PARTIAL_DENIAL =
  /(?:其余|剩余|余下|其他申请|其它申请)[^，,：:。；]{0,16}$|[对向][^，,：:。；]{0,14}?(?<!包括[^，,：:。；]{0,10})(?:困难|部分|特定|个别|少数|(?<!所有|全部)符合(?!申请条件)|减免|低保|残疾|特殊|贫困|老年|学生|特困)[^，,：:。；]{0,14}?申请人[^，,：:。；]{0,4}$|[对向](?!所有|全部|任何|各|本年|全年|今年|依法|来我|向我|提出)(?:(?!申请)[^，,：:。；]){1,14}的申请人[^，,：:。；]{0,4}$/;

/** A count in digits or Chinese numerals (○ ◯ for 〇, as an input method types it: 发出收费通知○件). */
const COUNT = String.raw`((?<![\d,])[\d,]+|(?<![一二两三四五六七八九十百零〇○◯])[一二两三四五六七八九十百零〇○◯]+)`;
/** Words between a count and 收费通知 naming the fee (2份信息处理费收费通知); never a negation. */
const FEE_WORDS = String.raw`(?:[^。；，,\d未没不无]{0,10}?处理费)?`;
const ISSUE = '(?:发出|发送|送达|开具|出具|发放)';
/** After a count before 收费通知, no second count (3件申请并发出收费通知1件: the notices are 1). */
const NO_COUNT_AFTER = '(?!书?(?:共计|合计|共)?[\\d一二两三四五六七八九十])';
/**
 * A number of fee notices, matched on text without blanks (the count is the first group that took part): 收费通知3件,
 * 收费通知发出3件, 收费通知：3件, 《收费通知书》3份, 3份（信息处理费）收费通知, or a count of applications then the issuing verb (共对3件申请发出收费通知),
 * with no negation between (对3件申请未发出… is no count). A count of people (向2名申请人发出收费通知) is no count of
 * notices: two applicants may have had three applications.
 */
export const NOTICES = new RegExp(
  [
    String.raw`(?:收费|缴费)通知(?:书)?》?${ISSUE}?[:：]?(?:共计|合计|共)?${COUNT}(?:件|份|次|个)`,
    String.raw`${COUNT}(?:件|份|张|个)${FEE_WORDS}(?:收费|缴费)通知${NO_COUNT_AFTER}`,
    String.raw`${COUNT}(?:件|份|个|次)[^。；，,\d未没不无]{0,10}?${ISSUE}了?${FEE_WORDS}(?:收费|缴费)通知${NO_COUNT_AFTER}`,
    // All but these were sent none: 除2件申请外，其余申请均未发出收费通知 says 2 were sent one.
    String.raw`除${COUNT}(?:件|份|个|次)[^。；，,\d]{0,10}?外[，,]?(?:其余|其他|剩余|余下)[^。；\d]{0,12}?(?:均|都)?(?:未|没有)${ISSUE}(?:过)?${FEE_WORDS}(?:收费|缴费)通知`,
  ].join('|'),
  'g',
);

/**
 * A count of notices OCR damaged: digits with a letter it puts for a digit (5OO, S00, 8O件; red team rtH B1). What
 * was printed is not known: the count is unread, never another number, and never silently dropped.
 */
const DAMAGED_COUNT = String.raw`(?<![\dA-Za-z])(?=[\dA-Za-z丨]*\d)(?=\d*[A-Za-z丨])([\dOolISsBZzgqbDG丨]{2,8})(?![\dA-Za-z])`;
export const DAMAGED_NOTICES = new RegExp(
  [
    String.raw`(?:收费|缴费)通知(?:书)?》?${ISSUE}?[:：]?(?:共计|合计|共)?${DAMAGED_COUNT}(?:件|份|次|个)`,
    String.raw`${DAMAGED_COUNT}(?:件|份|张|个)${FEE_WORDS}(?:收费|缴费)通知`,
  ].join('|'),
);

/**
 * Says fee notices were issued, with or without their number (向2名申请人发出收费通知, 缴费通知书); 未发出…, 未向申请人发出…
 * (review8 F5), 不存在发出…, 无收费通知发出 are denials, 无需发出… says none was needed (rtL F3).
 */
export const NOTICES_ISSUED = new RegExp(
  String.raw`(?<![未没不无有需须]|不存在|不涉及|(?:未曾|未|没有|不曾|均未)(?:向|对)[^。；，,未没不无]{0,10}?)${ISSUE}了?[^。；，,未没不无]{0,10}?(?:收费|缴费)通知|(?<!无|没有|无信息处理费|没有信息处理费)(?:收费|缴费)通知(?:书)?[^。；，,未没不无]{0,4}?(?<![未没不无有])${ISSUE}`,
);

/**
 * An amount collected: 收取 (or 收费), then up to a few words naming the fee (收取政府信息公开信息处理费0元), then
 * the amount in 元 or 万元.
 */
export const COLLECTED = /(?:收取|收费)[^。；，,\d]{0,16}?(?:共计|合计|共|为|金额)?\s*([\d,]+(?:\.\d+)?)\s*(万)?元/;

/** A table cell that says none: 0 (0元, 0件), 无, 零, 未收取 ('—' and '/' may mean "not filled in": never none). */
export const NIL_CELL = /^(?:0(?:\.0+)?|零|无|没有|未收取|未收|未发生|未产生|未发出|否)(?:万?元|件|份|次|个)?$/;

/** A table cell holding a count or an amount: 2, 2件, 150元, 0.5万元. */
export const VALUE_CELL = /^([\d,]+(?:\.\d+)?)(万)?(元|件|份|次|个)?$/;

/** A table label about fee notices (发出收费通知（件）), not the amount collected. */
export const NOTICE_LABEL = /(?:收费|缴费)通知/;

/**
 * A count of notices that is a total, by the words of its own clause right before it (review5 F1, 2026-12-06): the
 * marker directly governs the count, only the issuing verb and the notices' name between (共发出收费通知60件,
 * 共计发出…, 合计…, 收费通知共60件, 共60份收费通知). Tested on the clause up to the count; the 共 of 公共, 共同, 共享 is no
 * marker (another character follows it), nor 共向自然人… (a part: the others may follow).
 */
export const TOTAL_HEAD = new RegExp(
  String.raw`(?:共计|合计|总计|累计|共)有?(?:${ISSUE}了?)?《?(?:信息处理费)?(?:(?:收费|缴费)通知(?:书)?)?》?(?:${ISSUE}了?)?[:：]?$`,
);
/**
 * Words before a total's marker that make it a part's total, not the sentence's: a recipient (向自然人共发出…), the
 * rest (其余季度共发出…), or a part of the year (下半年共发出…, 第四季度共计…). Such a count is not taken for the total
 * of the others (the sum accuses less).
 */
export const PART_SUBJECT = /[向对]|其余|其他|其它|剩余|余下|另|季度|半年/;
/**
 * Between a total and the next count of notices, the words that make that count its part (共发出收费通知60件，其中
 * 向自然人发出收费通知20件; …60件（含向法人…）): right after the total's clause, the count in the part word's own clause.
 */
export const PART_GAP = /^[^，,；;。]{0,16}?[，,；;（(]?(?:其中|包括|包含|含)[，,：:]?[^，,；;。]*$/;
/** Where the subject of a count's clause ends: a preposition, a total's marker, the issuing verb or the notices. */
export const SUBJECT_END =
  /按照|根据|依据|依照|遵照|结合|针对|通过|[向对在]|共|合计|累计|总计|发出|发送|送达|开具|出具|发放|(?:收费|缴费)通知/;
/**
 * An adverbial of circumstance a clause may open with, before its subject or alone (全县统一部署下，本年度…; 在全市的
 * 统一要求下): 全县 in it names whose plan it is, not who issued the count.
 */
export const ADVERBIAL = /^[^，,；;]*?(?:部署|要求|指导|领导|安排|统筹|组织|推动|号召|协调|配合|支持|帮助|督促|背景|框架)下/;
/** Words of time (and links) a clause may open with before its subject: 本年度，2023年1月至12月，同时. */
export const CLAUSE_OPENING =
  /^(?:本年度|本年|今年|全年|年内|报告期内|\d{4}年度?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:至\d{1,2}月(?:\d{1,2}日)?)?|此外|另外|同时|其中|并且|并|且|也|还|均|都|中|内)+$/;
