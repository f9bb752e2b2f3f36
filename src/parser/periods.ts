/**
 * Statistical periods (统计期限), read once from the report's sentences. Editors write the whole year in many ways:
 * 2023年1月1日至2023年12月31日 with any dash or 至/到/~, 自…起，至…止, 2023.1.1—2023.12.31, 2023/1/1至2023/12/31,
 * 二〇二三年一月一日至十二月三十一日, 2023年1-12月, 2023年度, 2023年全年; OCR puts blanks between characters.
 * A sentence that names the period in a form none of these reads is kept with its dates unread: the rule then
 * says it could not read the period, never that there is none.
 */
import type { IsoDate, PeriodStatement } from './types.js';
import { type LineIndex, spanPosition } from './text-run.js';
import { toAsciiDigits } from './labels.js';
import { withArabicDates } from './cn-dates.js';
import { compactText } from './heading-candidates.js';
import { daysIn, formatDate, isValidDate, sentences, type TextLine } from './statements.js';

/** Words that name the statistical period; a date range without them may be an event's dates (宣传周). */
const PERIOD_WORDS = /统计|期限|时限|报告期|数据/;
/**
 * Words that cite statistics without naming the report's period: 据统计，2024年1月至6月… gives an activity's figures
 * (red team F, 2026-12-06), as 统计数据显示… does, and 经统计、据不完全统计、经初步统计 (red team rtK F0). 数据统计 is no
 * citation (据 after 数).
 */
const CITES_STATISTICS = /(?:根据|依据|(?<!数)据|经)(?:不完全|初步|粗略)?统计(?:数据)?(?:显示|表明)?|统计(?:数据)?(?:显示|表明)/g;
/**
 * Words saying what the report's figures cover, before its period: 统计期限、统计时限、数据统计、所列数据、报告期…
 * (报告期内、统计期限内，2023年3月至5月… dates an activity within it).
 * A range after other words (统计 alone, 数据 of a platform) or after another date may be an activity's
 * (red team rtK F0: 本报告于2024年1月10日至1月15日公示 beside 所列数据统计截至2023年12月31日).
 */
const EXPLICIT = new RegExp(
  String.raw`统计(?:期限|时限|时间|期间|区间|周期|时段|范围|日期)(?!内)|报告期(?!内)|统计数据|数据统计|所列数据|报告(?:中|内)?(?:的)?数据|数据(?:的)?(?:期限|时限|起止|区间)|统计[^。；，,\d]{0,6}?截[至止]`,
  'g',
);
/**
 * The calendar year named without its number (统计期限以公历年度计, 统计时间以自然年度计, 按公历年度计算): the report's
 * year, in a sentence naming the period (red team rtK F7).
 */
const CALENDAR_YEAR = /(?:以|按照?|依|为|是|系|均为|[:：])(?:一个)?(?:公历|自然|日历)年(?:度)?(?![\d份])/g;
/** After a range, a running total (自2020年5月1日起至2021年12月31日累计开放数据集120个): no period. */
const RUNNING_TOTAL = /^[，,]?(?:共|总共|合计)?累计/;
/** Words naming the report's own figures or period (an explicit statement in the body with them is its own). */
const OWN_WORDS = /本报告|所列数据|报告(?:中|内)?(?:的)?数据|统计(?:期限|时限)|报告期|数据(?:的)?(?:期限|时限)/;
/**
 * An activity named as the subject of a sentence in the body: 开展政务公开数据统计专项整治，统计时间为2023年3月1日至
 * 2023年6月30日 (rtL F7), or a range that dates it (统计时间为…至…的专项检查): the campaign's own 统计时间, not the
 * report's period. Only where the words of statistics open the clause right after the activity an organ carries out
 * (开展/组织/实施…), or the range modifies it (…的专项检查): 开展检查3次，本局数据统计时间为… has a subject of its own.
 */
const ACTIVITY = String.raw`(?:专项|整治|检查|督查|抽查|核查|排查|巡查|普查|调查|评估|评查|测评|活动|行动|培训|演练|宣传周)`;
const ACTIVITY_BEFORE = new RegExp(
  String.raw`(?:开展|组织|进行|实施|启动|部署)[^。；，,]{0,20}?${ACTIVITY}[^。；，,]{0,6}[，,、]?(?:其|该|此次|本次)?(?:统计|数据)[^。；，,]{0,8}$`,
);
const ACTIVITY_AFTER = new RegExp(String.raw`^(?:期间|内)?(?:开展|进行|组织)?的${ACTIVITY}`);
/**
 * What has figures of its own, counted over a span of its own: a website's visits, an account's followers or
 * readers, a system's or platform's records, a half year's or quarter's output. In the body, a sentence about one
 * (镇政府网站总访问量120305次，统计时间为2021年1月1日至2021年11月30日; 网站统计系统的统计周期为…) gives that thing's
 * period, not the report's (review11 P2: a false 「统计期限至…结束」 where the preamble states none).
 */
const OWN_FIGURES =
  /网站|网页|访问|浏览|点击|粉丝|关注|阅读|订阅|用户|系统|平台|公众号|微信|微博|头条号|抖音|客户端|APP|热线|上半年|下半年|季度/i;
/** The report named as the subject of what follows: 本报告, 本年度报告, 本报告所涉内容. */
const REPORT_ITSELF = /本(?:年度)?报告/;
/** Words that name it for sure, before a period written as a year alone (统计期限为2023年度). */
const NAMED_PERIOD = /统计(?:期限|时限|时间|期间|区间|周期|时段|范围)|报告期|统计数据|数据统计/;
/**
 * 统计时间为…, 统计期间为… right before a range in the body: the report's own statement (review8 F6: a wrong
 * 统计时间为2021年1月1日至2021年6月30日 in 总体情况 was excused by an activity's whole-year range), unless its sentence
 * is about an activity (OWN_TIME_ACTIVITY): 开展…专项整治，统计时间为…, 统计时间为…的专项检查 date that activity.
 */
const OWN_TIME = /统计(?:时间|期间|周期|区间|时段)[^。；，,\d]{0,4}?(?:为|是|系|从|自|[:：])?$/;
const OWN_TIME_ACTIVITY =
  /专项|整治|检查|督查|抽查|核查|排查|巡查|普查|调查|评估|评查|测评|评议|考核|活动|行动|培训|演练|宣传|竞赛|试点|工程|项目/;
/**
 * Years that name no period, before the calendar year's words give way to a year of their own: a document's
 * (《…》, 2019年修订, 2021年4月印发), a day the report was published (于2022年1月20日…公布; review8 F4).
 */
const NOT_A_PERIOD_YEAR =
  /《[^》]*》|〔[^〕]*〕|于\d{4}年\d{1,2}月\d{1,2}[日号]|\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号])?)?(?=[^，,。；;\d]{0,16}?(?:修订|修正|修改|印发|颁布|施行|实施|出台|发布|公布|报送|上网))/g;

/**
 * Between the dates: 至/到, a tilde, or any dash Word and fonts print as one. U+2212 − comes from Word's Insert →
 * Symbol dash (w:sym Symbol F02D) and math-minded editors; ‒ ― ⁃ ﹣ ﹘ ⸺ are look-alikes some input methods give
 * (red team rtG F4: 2024年1月1日−2024年12月31日 was not read). 开始 may close the start as 起 does
 * (统计期限从2022年1月1日开始，到2022年12月31日结束: red team rtV #13).
 */
const SEP = String.raw`(?:起|开始)?(?:[，,、]?(?:至|到|－|-|‐|‑|‒|–|—{1,2}|―{1,2}|⸺|−|⁃|﹣|﹘|-{2}|~|～|〜|一)|截至|截止)`;
/**
 * 截至 after a comma (自2020年5月1日起，截至2021年12月31日累计开放数据集120个) gives a running total since a day, not a
 * period: such a range is read only after words saying what the figures cover (统计期限自…起，截至…; review6 F7), in the
 * report's own statement, or as a year's span (自2021年1月1日起，截至2021年12月31日，…: readRanges).
 */
const CUT = String.raw`(?:起)?[，,、]截[至止]`;
/** 2023年1月1日 (日 or 号, a time or a weekday after it), 2023.1.1, 2023/1/1, 2023-01-01. */
/**
 * Digits of a day end where no letter or OCR mark follows them: in 12月3l日 OCR put l for a 1 (and ] [ | for a 1 in
 * 12月3]日: red team rtR #3), and the day is unread (the sentence's period then is), never 3 (red team rtH A7).
 */
const MISREAD_AFTER = String.raw`A-Za-z丨|｜`;
/** A bracket is a misread 1 only between the day's digits and 日 (3]日); after 12.31 it closes ([2023.1.1-2023.12.31]). */
const BRACKET_FOR_ONE = String.raw`[\[\]【】][0-9]?(?:日|号)`;
const DAY_END = String.raw`(?![${MISREAD_AFTER}]|${BRACKET_FOR_ONE})`;
const FULL_DATE = String.raw`(\d{4})(?:年(\d{1,2})月(\d{1,2})${DAY_END}(?:日|号)?|([./／-])(\d{1,2})\4(\d{1,2})(?![\d${MISREAD_AFTER}]))`;
/**
 * After a date: an hour (0时, 零时, 0点, 00:00, 0时0分0秒: red team rtK F5 自…零时起至…二十四时止) or a weekday in brackets.
 */
const DATE_TAIL = String.raw`(?:(?:\d{1,2}|[零〇○一二三四五六七八九十]{1,3})(?:时|点)(?:(?:\d{1,2}|[零〇○一二三四五六七八九十]{1,3})分(?:(?:\d{1,2}|[零〇○一二三四五六七八九十]{1,3})秒)?)?|\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|[（(][^）)]{1,6}[）)])?`;
/** The end: a full date, or a month and day of the start's year (12月31日, 12.31 after a dotted start). */
const END_DATE = String.raw`(?:(\d{4})(?:年(\d{1,2})月(\d{1,2})${DAY_END}(?:日|号)?|[./／-](\d{1,2})[./／-](\d{1,2})(?![\d${MISREAD_AFTER}]))|(\d{1,2})月(\d{1,2})(?:日|号)|(\d{1,2})[./](\d{1,2})(?![\d年${MISREAD_AFTER}]))`;
const RANGE = new RegExp(String.raw`${FULL_DATE}${DATE_TAIL}(?:${SEP}|${CUT})${END_DATE}`, 'g');
/** 2023年1-12月, 2023年1月至12月, 2023年1月份到12月份. */
const MONTHS = new RegExp(String.raw`(\d{4})年(\d{1,2})(?:月份?)?${SEP}(\d{1,2})月`, 'g');
/**
 * In a sentence naming the period, bounds without a day (统计期限为2023年1月-2023年12月, 2023年初至2023年末,
 * 2023年1月1日至2023年年底, 2023年1月1日至12月底): a start month (its 1st) or 年初, an end month (its last day) or
 * 年底/年末.
 */
const LOOSE = new RegExp(
  String.raw`(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})(?:日|号)|份|初)?|年?初)${SEP}(?:(\d{4})年)?(?:(\d{1,2})月(?:底|末|份|(\d{1,2})(?:日|号))?|年?底|年?末)(?!\d)`,
  'g',
);
/** The days of the report's year without its number, in a sentence naming the period: 本年度1月1日至12月31日. */
const THIS_YEAR = new RegExp(
  String.raw`(?:本年度|本年|全年)(\d{1,2})月(\d{1,2})(?:日|号)${SEP}(\d{1,2})月(\d{1,2})(?:日|号)`,
  'g',
);
/**
 * In a sentence naming the period, quarters (统计期限为2023年第一季度至第四季度, 2023年一至四季度, 第1季度至第4季度):
 * from the first day of the first quarter to the last day of the last (red team rtV #13).
 */
const QUARTERS = new RegExp(String.raw`(\d{4})年第?([一二三四1-4])(?:季度)?${SEP}(?:(\d{4})年)?第?([一二三四1-4])季度`, 'g');
const QUARTER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
/**
 * 统计口径为2022年度 / 统计口径为2022年全年 (red team rtV #1): 统计口径 names what the figures count, here the whole
 * report year. Read only when the year is the title's: 统计口径 may also name a basis (统计口径按2021年度标准), so
 * another year after it is said unread (STATED with KOUJING), never accused.
 */
const KOUJING_YEAR = /统计口径(?:的)?(?:时间|期限|范围)?(?:为|是|系|均为)(\d{4})年(?:度|全年)(?=$|[。；;，,（(])/g;
/**
 * 统计口径 then a year or a year's words after what states it (统计口径为2021年度, 统计口径为本年度, 统计口径为上一年度):
 * a period named, read above or said unread. 统计口径为本机关及所属单位 names whose figures, no time.
 */
const KOUJING_SPAN =
  /统计口径[^。；，,\d]{0,6}?(?:为|是|系|以|按|[:：])[^。；，,]{0,8}?(?:年度|全年|(?:\d{4}|[〇○零一二三四五六七八九]{4})年)/;
/**
 * 统计期限为2023年度 / 2023年全年: the named period, then the year at once; or the report's figures, then what
 * states their year (本报告所列数据以2024年度计, 本报告数据以2024年度计).
 */
const YEAR = new RegExp(
  String.raw`(?:(?:${NAMED_PERIOD.source})(?:的)?(?:时间|期限|范围)?(?:为|是|系|均为|以|按照?|依|[:：])?|(?:所列数据|报告(?:中|内)?(?:的)?数据)(?:均)?(?:以|按照?|依|为|是|系))(\d{4})年(?:度|全年|(?=(?:计算?|统计|为准)))(?!\d)`,
  'g',
);
/**
 * A period statement whose dates may not have been read: a sentence naming the period with a span of time in it,
 * or with words that only ever name it (统计期限为上一年度全年; 统计数据显示… is not one).
 */
const ONLY_A_PERIOD = /统计(?:期限|时限|区间|周期|时段)|报告期/;
/**
 * After words that may name other things (统计数据, 统计时间), a span of time: a year alone at the sentence's end
 * (统计数据时间为2023年。), or a year then 至/到/~ before a date (第四季度 too), 起, 止, 年度 or 全年. 数据统计：2023年共收到申请12件 and 统计时间：2024年1月15日 name no period (review, 2026-12-05).
 */
const SPAN_OF_TIME =
  /(?:\d{4}|[〇○零一二三四五六七八九]{4})年(?:[。；]?$|[^。；]{0,20}?(?:(?:至|到|~|～|—|-|−)(?=[\d〇○零一二三四五六七八九十今本第])|起|止|以来|年度|全年))/;
/** A table row's words that name a period (数据 alone names a task: 公共数据资源目录编制). */
const TABLE_PERIOD_WORDS = /统计|期限|时限|时间|报告期/;
/** The named words then what states them (为, 从, ：, 截至): 统计数据显示… states no period. */
const STATED = new RegExp(
  String.raw`(?:${NAMED_PERIOD.source}|统计口径)[^。；，,]{0,6}?(?:为|是|系|从|自|截至|截止|以|按|[:：])`,
);
/**
 * A period stated by its end alone (本报告所列数据统计期限截至2024年12月31日, 统计时间截至…, 统计截止时间为…): read
 * as its end, its start unread. 据统计，截至… is a count on a day, not the period (据, not 数据, before 统计; or a comma
 * between).
 */
const END_ONLY = new RegExp(
  String.raw`(?<!(?<!数)据)(?:统计|报告期)[^。；，,]{0,6}?截[至止](?:时间|日期)?(?:为|是|到|至|[:：])?(\d{4})年(\d{1,2})月(\d{1,2})(?:日|号)`,
);

/**
 * A four-digit year (blanks between OCR's digits allowed), or words naming a period or the calendar year (blanks
 * allowed too: 所列数据以公历年度计).
 */
const MAY_STATE_A_PERIOD =
  /[0-9０-９](?:\s*[0-9０-９]){3}|[〇○零一二三四五六七八九](?:\s*[〇○零一二三四五六七八九]){3}\s*年|统\s*计|报\s*告\s*期|(?:公|日)\s*历\s*年|自\s*然\s*年/;

interface Found {
  start: IsoDate;
  end: IsoDate;
  /** [from, to) in the compact sentence. */
  from: number;
  to: number;
  /** Read with the words that name the period (统计期限为2023年度). */
  explicit?: boolean;
  /** Read from 统计口径为…年度: what the figures count, weaker than a period stated in dates (review17 F4). */
  basis?: boolean;
}

/**
 * Whether words saying what the figures cover (EXPLICIT) stand before a range at `from`, with no other date of the
 * sentence (`starts`) between them and it: in 所列数据统计截至2023年12月31日，本报告于2024年1月10日至1月15日公示 the
 * second range follows the end, not the words.
 */
function explicitBefore(plain: string, from: number, starts: readonly number[]): boolean {
  let after = -1;
  EXPLICIT.lastIndex = 0;
  for (let m = EXPLICIT.exec(plain); m && m.index <= from; m = EXPLICIT.exec(plain)) after = m.index + m[0].length;
  return after >= 0 && !starts.some((s) => s >= after && s < from);
}

/** `year` is the title's, when known: it dates a period written without its year (本年度1月1日至12月31日). */
export function findPeriods(lines: readonly TextLine[], index: LineIndex, year: number | null = null): PeriodStatement[] {
  const out: PeriodStatement[] = [];
  /** Where in `out` a statement read from 统计口径 stands (Found.basis). */
  const bases = new Set<number>();
  for (const line of lines) {
    // A table row's cells are joined by a blank: two dates in two cells (| 统计期限 | 2023年1月1日 | 2023年12月31日 |)
    // are a range, as if 至 stood between them (one character for one, so every offset stays).
    const raw = line.inTable ? line.run.text.replace(/([日号])\s(?=\s*\d{4}\s*年)/g, '$1至') : line.run.text;
    for (const s of sentences(raw)) {
      const original = raw.slice(s.from, s.to);
      // Every period, read or not, has a four-digit year or words that only name a period: most sentences are
      // passed over without being compacted.
      if (!MAY_STATE_A_PERIOD.test(original)) continue;
      const compact = compactText(original);
      // Full-width full stops between full-width figures (２０２３．１．１) are the dotted date's points, one for one.
      const { text, at } = withArabicDates(toAsciiDigits(compact.text).replace(/(?<=\d)．(?=\d)/g, '.'), compact.raw);
      // Citations blanked, offsets kept: the words naming the period are found where they stand.
      const plain = text.replace(CITES_STATISTICS, (m) => '·'.repeat(m.length));
      const named = PERIOD_WORDS.test(plain);
      // Outside the preamble and 总体情况 (and in a table), only a sentence that names the period states it.
      if (!named && line.section !== null && line.section !== 'overview') continue;
      // In a table, only a row naming a period or a time (| 统计期限 | … |, | 数据期限 | … |, | 数据起止时间 | … |):
      // | 公共数据资源目录编制 | 2023年3月1日 | 2023年9月30日 | names a task's dates.
      if (line.inTable && !TABLE_PERIOD_WORDS.test(text)) continue;
      const found = readRanges(text, plain, named, year, line.section !== null);
      // On the text with citations blanked: 据不完全统计截至2023年12月31日… is a count on a day, not the period.
      const ending = END_ONLY.exec(plain);
      const endsAlone = ending !== null && !found.some((f) => f.from < ending.index + ending[0].length && ending.index < f.to);
      // Where each date stands (the end-alone's by its last character: its words come before its date).
      const starts = [...found.map((f) => f.from), ...(endsAlone ? [ending.index + ending[0].length - 1] : [])];
      const where = (from: number, to: number) =>
        spanPosition(line.run, s.from + (at[from] ?? 0), s.from + (at[Math.max(from, to - 1)] ?? 0) + 1, index);
      // Where this sentence's statements begin in `out` (统计时间 made own after them: ownTime).
      const pushed = out.length;
      // Where citations of statistics end (据统计，… before a range: an activity's figures).
      const citedUpTo = [...text.matchAll(CITES_STATISTICS)].map((m) => m.index + m[0].length);
      for (const f of found) {
        const position = where(f.from, f.to);
        if (f.basis) bases.add(out.length);
        const explicit = named && (f.explicit === true || explicitBefore(plain, f.from, starts));
        const own = explicit && (line.section === null || OWN_WORDS.test(plain.slice(0, f.to)));
        // In the body, a range after 统计时间 in a sentence about an activity dates that activity (rtL F7).
        // So does one in a sentence about a thing with figures of its own (OWN_FIGURES: a website's 统计时间).
        const activity =
          explicit &&
          !own &&
          (ACTIVITY_BEFORE.test(plain.slice(0, f.from)) || ACTIVITY_AFTER.test(plain.slice(f.to)) || ofItsOwn(plain, f));
        out.push({
          type: 'period',
          text: original.trim(),
          start: f.start,
          end: f.end,
          invalidDates: [f.start, f.end].filter((d) => !isValidDate(d)).map(formatDate),
          named,
          explicit: explicit && !activity,
          own,
          cited: activity || (!explicit && (citedUpTo.some((end) => end <= f.from) || RUNNING_TOTAL.test(text.slice(f.to)))),
          section: line.section,
          ...(position ? { position } : {}),
        });
      }
      found.forEach((f, i) => {
        const p = out[pushed + i]!;
        if (p.explicit && !p.own && !p.cited && ownTime(plain, f)) out[pushed + i] = { ...p, own: true };
      });
      if (endsAlone) {
        const end = { year: Number(ending[1]), month: Number(ending[2]), day: Number(ending[3]) };
        const position = where(ending.index, ending.index + ending[0].length);
        out.push({
          type: 'period',
          text: original.slice(at[ending.index] ?? 0).trim(),
          start: null,
          end,
          invalidDates: isValidDate(end) ? [] : [formatDate(end)],
          named: true,
          explicit: true,
          own: line.section === null || OWN_WORDS.test(plain),
          cited: false,
          section: line.section,
          ...(position ? { position } : {}),
        });
        continue;
      }
      const naming = found.length === 0 ? STATED.exec(text) : null;
      CALENDAR_YEAR.lastIndex = 0;
      const span = text.slice(naming?.index ?? 0);
      if (
        naming &&
        (ONLY_A_PERIOD.test(text) || SPAN_OF_TIME.test(span) || CALENDAR_YEAR.test(span) || KOUJING_SPAN.test(span))
      ) {
        // Quoted and placed from the words that name the period: a long sentence may begin far before them.
        const position = where(naming.index, text.length);
        out.push({
          type: 'period',
          text: original.slice(at[naming.index] ?? 0).trim(),
          start: null,
          end: null,
          invalidDates: [],
          named: true,
          explicit: true,
          own: line.section === null || OWN_WORDS.test(plain),
          cited: false,
          section: line.section,
          ...(position ? { position } : {}),
        });
      }
    }
  }
  // 统计口径为2023年度 never vindicates a period the report states in dates (统计期限为2023年1月1日至6月30日): the
  // dated one is judged alone (review17 F4).
  const dated = out.some((p, i) => !bases.has(i) && p.explicit && p.start && p.end);
  return dated ? out.filter((_, i) => !bases.has(i)) : out;
}

/**
 * Every period in a compact sentence: date ranges, then month ranges and years where no date range stands. `body`:
 * the sentence stands in a section, not in the preamble.
 */
function readRanges(text: string, plain: string, named: boolean, year: number | null, body: boolean): Found[] {
  const found: Found[] = [];
  const taken = (from: number, to: number) => found.some((f) => from < f.to && f.from < to);
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(text); m; m = RANGE.exec(text)) {
    const year = Number(m[1]);
    const start = { year, month: Number(m[2] ?? m[5]), day: Number(m[3] ?? m[6]) };
    const end = {
      year: m[7] ? Number(m[7]) : year,
      month: Number(m[8] ?? m[10] ?? m[12] ?? m[14]),
      day: Number(m[9] ?? m[11] ?? m[13] ?? m[15]),
    };
    // …unless no running total follows (…截至…累计, …截至…，平台累计…) and the sentence is the report's own statement
    // (本报告自…起，截至…; 自…起，截至…，本报告所列数据统计完毕: review7 F1) or the range is a year's span, from its
    // 1 January to a day of that year (自2021年1月1日起，截至2021年12月31日，本机关共收到…: review8 F1). A range from
    // another day (自2020年5月1日起, a platform's start) or over years (自2015年1月1日起，截至2021年…) is a running total.
    // In the body, so is one to a day before the year's end (自2021年1月1日起，截至2021年11月30日，我镇共…): a count
    // so far, not the report's period (review11 G2: extract gave it as the period); in the preamble, where the period
    // is stated, it is read as a period (a half year there is said to be one).
    // In the body 自…起截至… without the comma is the same running total (自2021年1月1日起截至2021年11月30日，镇政府网站共…).
    const cut = /[，,、]截[至止]/.test(m[0]) || (body && /起截[至止]/.test(m[0]));
    if (cut && !explicitBefore(plain, m.index, [])) {
      const rest = plain.slice(m.index + m[0].length);
      const total = RUNNING_TOTAL.test(rest) || /^[，,][^，,。；;]{0,12}?累计/.test(rest);
      const own = REPORT_ITSELF.test(plain) || OWN_WORDS.test(plain);
      const yearEnd = end.month === 12 && end.day === 31;
      const yearSpan = start.month === 1 && start.day === 1 && end.year === year && (!body || yearEnd);
      if (total || !(own || yearSpan)) continue;
    }
    found.push({ start, end, from: m.index, to: m.index + m[0].length });
  }
  if (named) {
    LOOSE.lastIndex = 0;
    for (let m = LOOSE.exec(text); m; m = LOOSE.exec(text)) {
      if (taken(m.index, m.index + m[0].length)) continue;
      const first = Number(m[1]);
      const start = { year: first, month: m[2] ? Number(m[2]) : 1, day: m[3] ? Number(m[3]) : 1 };
      const last = m[4] ? Number(m[4]) : first;
      const month = m[5] ? Number(m[5]) : 12;
      const day = m[6] ? Number(m[6]) : month >= 1 && month <= 12 ? daysIn(last, month) : 1;
      found.push({ start, end: { year: last, month, day }, from: m.index, to: m.index + m[0].length });
    }
    THIS_YEAR.lastIndex = 0;
    for (let m = year === null ? null : THIS_YEAR.exec(text); m && year !== null; m = THIS_YEAR.exec(text)) {
      if (taken(m.index, m.index + m[0].length)) continue;
      const start = { year, month: Number(m[1]), day: Number(m[2]) };
      const end = { year, month: Number(m[3]), day: Number(m[4]) };
      found.push({ start, end, from: m.index, to: m.index + m[0].length });
    }
  }
  if (named) {
    QUARTERS.lastIndex = 0;
    for (let m = QUARTERS.exec(text); m; m = QUARTERS.exec(text)) {
      if (taken(m.index, m.index + m[0].length)) continue;
      const first = QUARTER[m[2]!]!;
      const last = QUARTER[m[4]!]!;
      const endYear = m[3] ? Number(m[3]) : Number(m[1]);
      const start = { year: Number(m[1]), month: first * 3 - 2, day: 1 };
      const end = { year: endYear, month: last * 3, day: daysIn(endYear, last * 3) };
      found.push({ start, end, from: m.index, to: m.index + m[0].length });
    }
  }
  KOUJING_YEAR.lastIndex = 0;
  for (let m = year === null ? null : KOUJING_YEAR.exec(text); m && year !== null; m = KOUJING_YEAR.exec(text)) {
    if (Number(m[1]) !== year || taken(m.index, m.index + m[0].length)) continue;
    const whole = { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } };
    found.push({ ...whole, from: m.index, to: m.index + m[0].length, explicit: true, basis: true });
  }
  MONTHS.lastIndex = 0;
  for (let m = MONTHS.exec(text); m; m = MONTHS.exec(text)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const year = Number(m[1]);
    const last = Number(m[3]);
    const end = { year, month: last, day: last >= 1 && last <= 12 ? daysIn(year, last) : 1 };
    found.push({ start: { year, month: Number(m[2]), day: 1 }, end, from: m.index, to: m.index + m[0].length });
  }
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const year = Number(m[1]);
    found.push({
      start: { year, month: 1, day: 1 },
      end: { year, month: 12, day: 31 },
      from: m.index,
      to: m.index + m[0].length,
      explicit: true,
    });
  }
  // The calendar year without its number is the title's (without a title year, the sentence is kept unread). Only
  // where the sentence writes no period of its own and no other year: in 按自然年度计算，即2020年1月1日至2020年12月31日
  // the dates are the period, 公历年度 says only its kind (review6 F2: a last year's or half year's dates passed).
  // Years that name no period (a law's revision, the day of publication) are no other year (review8 F4).
  const years = text.replace(NOT_A_PERIOD_YEAR, '').match(/\d{4}(?=年)/g) ?? [];
  const ownYear = year !== null && !found.length && years.every((y) => Number(y) === year);
  CALENDAR_YEAR.lastIndex = 0;
  for (let m = named && ownYear ? CALENDAR_YEAR.exec(text) : null; m && year !== null; m = CALENDAR_YEAR.exec(text)) {
    found.push({
      start: { year, month: 1, day: 1 },
      end: { year, month: 12, day: 31 },
      from: m.index,
      to: m.index + m[0].length,
    });
  }
  return found.sort((a, b) => a.from - b.from);
}

/** Whether 统计时间/统计期间… stand right before the range `f`, in a sentence not about an activity (OWN_TIME). */
function ownTime(plain: string, f: Found): boolean {
  return OWN_TIME.test(plain.slice(0, f.from)) && !OWN_TIME_ACTIVITY.test(around(plain, f));
}

/** Whether the sentence before the range `f`, or its clause after it, names a thing with figures of its own. */
function ofItsOwn(plain: string, f: Found): boolean {
  // A note in brackets names where figures come from (（数据来源：政务公开平台）), not whose they are (review14 F7).
  const unbracketed = (text: string) => text.replace(/[（(][^）)]*[）)]/g, '');
  const before = unbracketed(plain.slice(0, f.from));
  const clauseStart = Math.max(...[...'，,；;'].map((mark) => before.lastIndexOf(mark))) + 1;
  const clauseAfter = /^[^，,。；;]*/.exec(plain.slice(f.to))?.[0] ?? '';
  // The thing names the range's own clause (网站统计系统的统计周期为…), or an earlier clause counts its figures
  // (镇政府网站总访问量120305次，统计时间为…). A clause that only names the means (本机关通过政府网站、政务新媒体等平台公开
  // 信息，统计时间为…) has no figures of its own: the range is the report's (review15 F10).
  const earlier = before.slice(0, clauseStart);
  return (
    OWN_FIGURES.test(before.slice(clauseStart) + unbracketed(clauseAfter)) || (OWN_FIGURES.test(earlier) && COUNTED.test(earlier))
  );
}

/** The sentence up to the range `f`, and the rest of the range's clause. */
function around(plain: string, f: Found): string {
  const clauseAfter = /^[^，,。；;]*/.exec(plain.slice(f.to))?.[0] ?? '';
  return plain.slice(0, f.from) + clauseAfter;
}

/** A count of something: 120305次, 3.2万人次, 4500条. */
const COUNTED = /[0-9０-９][0-9０-９,，.．]*\s*[万亿]?\s*(?:人次|次|人|条|篇|个|件|户|位|份|期|名)/;
