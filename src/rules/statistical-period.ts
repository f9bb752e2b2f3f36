/**
 * The report covers 1 January to 31 December of the report year (《政府信息公开条例》第四十九条: an annual report
 * for the previous year; 国办公开办函〔2021〕30号 asks it to state its statistical period). The period must
 * exist, be a whole calendar year, match the title's year, name real dates, and not lie in the future.
 */
import type { IsoDate, PeriodStatement, ReportRoot } from '../parser/types.js';
import { showDate as show, showDateEn } from './support/dates.js';
import { defineRule } from './types.js';
import { periodChoice, sectionsOf } from '../parser/query.js';
import { quoted } from './support/quote.js';
import { damagedAround, damagedBefore, damagedNode } from './support/damage.js';

export default defineRule({
  meta: {
    id: 'statistical-period',
    description: {
      zh: '须写明统计期限为报告年度的 1 月 1 日至 12 月 31 日',
      en: 'Require a statistical period from 1 January to 31 December of the report year',
    },
    category: 'period',
    basis: '《中华人民共和国政府信息公开条例》第四十九条；国办公开办函〔2021〕30号 年度报告格式',
    defaultSeverity: 'error',
    severities: { unread: 'warn', unreadNoYear: 'warn' },
    recommended: true,
    messages: {
      missing: {
        zh: '未写明统计期限（应为 {year}年1月1日至12月31日）',
        en: 'No statistical period is stated (expected 1 January to 31 December {year})',
      },
      // No title year and no dated period: the year cannot be named, so the message names the report year in words
      // (an editor could do nothing with 'X年1月1日').
      missingNoYear: {
        zh: '未写明统计期限（应为报告年度的1月1日至12月31日）',
        en: 'No statistical period is stated (expected 1 January to 31 December of the report year)',
      },
      wrongStart: {
        zh: '统计期限从 {start} 开始，应从 {year}年1月1日开始',
        en: 'The period starts on {start_en}; it should start on 1 January {year}',
      },
      wrongEnd: {
        zh: '统计期限至 {end} 结束，应至 {year}年12月31日',
        en: 'The period ends on {end_en}; it should end on 31 December {year}',
      },
      yearMismatch: {
        zh: '统计期限的年份 {periodYear} 与报告标题的年份 {reportYear} 不一致',
        en: 'The period is for {periodYear} but the title says {reportYear}',
      },
      invalidDate: { zh: '统计期限中的日期「{date}」不存在', en: 'The period names a date that does not exist: “{date_en}”' },
      unread: {
        zh: '统计期限的写法无法读取（「{text}」），未能核对是否为 {year}年1月1日至12月31日',
        en: 'The statistical period could not be read (“{text}”); whether it is 1 January to 31 December {year} was not checked',
      },
      unreadNoYear: {
        zh: '统计期限的写法无法读取（「{text}」），未能核对是否为报告年度的1月1日至12月31日',
        en: 'The statistical period could not be read (“{text}”); whether it is 1 January to 31 December of the report year was not checked',
      },
      futureYear: {
        zh: '报告年度 {year} 尚未到来（当前为 {currentYear} 年）',
        en: 'The report year {year} lies in the future (it is {currentYear} now)',
      },
    },
    hints: {
      missingNoYear: {
        zh: '在报告开头写明“本报告中所列数据的统计期限为X年1月1日至X年12月31日”',
        en: 'State near the top that the figures cover 1 January to 31 December of the year',
      },
      missing: {
        zh: '在报告开头写明“本报告中所列数据的统计期限为X年1月1日至X年12月31日”',
        en: 'State near the top that the figures cover 1 January to 31 December of the year',
      },
      wrongStart: { zh: '统计期限应覆盖整个自然年', en: 'The period must cover the whole calendar year' },
      wrongEnd: { zh: '统计期限应覆盖整个自然年', en: 'The period must cover the whole calendar year' },
      yearMismatch: { zh: '统一标题与统计期限中的年份', en: 'Make the title and the period name the same year' },
      invalidDate: { zh: '更正该日期', en: 'Correct the date' },
      unread: {
        zh: '写成“统计期限为X年1月1日至X年12月31日”，本工具即可核对',
        en: 'Write it as “统计期限为X年1月1日至X年12月31日” so that it can be checked',
      },
      unreadNoYear: {
        zh: '写成“统计期限为X年1月1日至X年12月31日”，本工具即可核对',
        en: 'Write it as “统计期限为X年1月1日至X年12月31日” so that it can be checked',
      },
      futureYear: { zh: '核对报告年份', en: 'Check the report year' },
    },
  },
  check(report, context) {
    const currentYear = context.now.getFullYear();
    const periods = report.periods;
    const year = report.year ?? periods.find((p) => p.start)?.start?.year ?? periods.find((p) => p.end)?.end?.year ?? null;
    if (year !== null && year > currentYear) {
      context.report({ node: periods[0] ?? report, messageId: 'futureYear', data: { year, currentYear } });
    }
    // A statement with characters lost (a damaged copy) may have been the correct one: nothing is accused then.
    const intact = periods.filter((p) => !damagedStatement(report, p));
    // Where the report says what its figures cover, that is its period; reports may mention other spans of time, and
    // one correct statement is enough, whichever words stand before it (a bare 2023年1月1日-2023年12月31日 beside
    // 依申请公开统计数据：2023年3月至5月…; 2023年1月1日至2023年12月31日，我镇按照… opening 总体情况 beside 开展数据统计，
    // 2023年3月1日至5月31日…: review6 F1). Chosen by periodChoice, which extract's period shares.
    const { judged, candidates } = periodChoice(intact);
    if (candidates.some((p) => p.start && p.end && !defectsOf(p, report.year ?? year).length)) return;
    const read = judged.filter((p) => p.start && p.end);
    const problems = read.map((p) => defectsOf(p, report.year ?? year));
    const endsYear = judged.some((p) => endsTheYear(p, report.year ?? year));
    // Only a period's end stated (数据统计截至2024年12月31日): the year's end, nothing to accuse.
    if (endsYear && !read.length) return;
    if (intact.length < periods.length) return;
    // A statement that could not be read may be the correct one (one is enough): it is said so, nothing accused.
    // Not one stated by its end alone: whether on 31 December (which says nothing of the start) or another day (the
    // day the figures were taken), it never makes a range read in full right (review4 F3: 截至… hid 7月1日至12月31日).
    // Failing that, a statement that names the period is accused; a bare date range only in the preamble, where
    // the period stands (in 总体情况 it may be an event's dates).
    // Never an activity's cited figures or running total (经统计，2023年1月至6月…; 自…起至…累计).
    const accused = (named: boolean) =>
      problems.filter((_, i) => !read[i]!.cited && read[i]!.named === named && (named || read[i]!.section === null)).flat();
    const unreadRange = judged.find((p) => !p.end);
    const findings = unreadRange ? [] : accused(true).length ? accused(true) : accused(false);
    if (findings.length) {
      findings.forEach((finding) => context.report(finding));
      return;
    }
    if (endsYear) return;
    const unread = unreadRange ?? judged.find((p) => !p.start);
    if (unread) {
      if (year === null) context.report({ node: unread, messageId: 'unreadNoYear', data: { text: quoted(unread.text) } });
      else context.report({ node: unread, messageId: 'unread', data: { text: quoted(unread.text), year } });
      return;
    }
    // Characters lost where the period stands (title, preamble, section 一) may have been its statement; so may a
    // picture standing where section 一 would (a web page of the report's pages as images, its title in text: rtW #3).
    if (damagedBefore(report, 'active') || overviewPictured(report)) return;
    if (year === null) context.report({ node: report, messageId: 'missingNoYear' });
    else context.report({ node: report, messageId: 'missing', data: { year } });
  },
});

type PeriodFinding = {
  node: PeriodStatement;
  messageId: 'wrongStart' | 'wrongEnd' | 'yearMismatch' | 'invalidDate';
  data: Record<string, string | number>;
};

function defectsOf(p: PeriodStatement, reportYear: number | null): PeriodFinding[] {
  // Quoted as the report writes dates (2023年2月29日), in English as ISO (rtL F11).
  const out: PeriodFinding[] = p.invalidDates.map((date) => ({
    node: p,
    messageId: 'invalidDate',
    data: { date: show(isoDate(date)), date_en: date },
  }));
  const periodYear = p.start?.year ?? p.end?.year ?? null;
  const year = reportYear ?? periodYear ?? 0;
  // An impossible date is reported once, as invalidDate, not again as a wrong start or end.
  if (p.start && exists(p.start) && (p.start.month !== 1 || p.start.day !== 1))
    out.push({ node: p, messageId: 'wrongStart', data: { start: show(p.start), start_en: showDateEn(p.start), year } });
  if (p.end && exists(p.end) && (p.end.month !== 12 || p.end.day !== 31))
    out.push({ node: p, messageId: 'wrongEnd', data: { end: show(p.end), end_en: showDateEn(p.end), year } });
  const years = new Set([p.start?.year, p.end?.year].filter((y): y is number => y !== undefined));
  const off = [...years].find((y) => y !== year);
  // A period across the year's turn that ends in the report year (2022年12月1日至2023年11月30日) is wrong at its
  // start and its end, said above: its start year is no other year the report is about (rtL F9). Two whole years
  // (2022年1月1日至2023年12月31日) have no wrong start or end: the other year is said.
  const turnOnly = years.has(year) && out.some((f) => f.messageId === 'wrongStart' || f.messageId === 'wrongEnd');
  if (off !== undefined && !turnOnly)
    out.push({ node: p, messageId: 'yearMismatch', data: { periodYear: off, reportYear: year } });
  return out;
}

/**
 * A period stated by its end alone, on 31 December of the report year (数据统计截至2024年12月31日): an annual report's
 * figures up to the year's end, nothing to accuse. Any other end is said to be unread: 截至 may name the day the
 * figures were taken (截至2025年1月10日), not the period's end.
 */
function endsTheYear(p: PeriodStatement, year: number | null): boolean {
  return !p.start && p.end !== null && p.end.month === 12 && p.end.day === 31 && p.end.year === year;
}

/** An ISO date string (2023-02-29) as its parts, which need not make a real date. */
function isoDate(text: string): IsoDate {
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
  return { year, month, day };
}

function exists(d: IsoDate): boolean {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return date.getUTCMonth() === d.month - 1 && date.getUTCDate() === d.day;
}

/**
 * Whether a statement lost characters where they could change it: in its dates or right beside them. Its sentence
 * may run on (a lost 。 joins 编制���本报告中所列数据统计时限为…): the dates read whole are read with certainty.
 * A statement whose dates were not read is damaged wherever it lost characters.
 */
function damagedStatement(report: ReportRoot, p: PeriodStatement): boolean {
  if (!p.start || !p.end || !p.position) return damagedNode(report, p);
  return damagedAround(report, p.position, 1);
}

/**
 * Whether section 一 is a picture: one stands where its heading would (sectionImage) and no paragraph of text follows it
 * before the next section placed (a web page of the report's pages as images). A picture that is only the heading's,
 * the section's text read after it, hides no period (review17 F6).
 */
function overviewPictured(report: ReportRoot): boolean {
  const overview = report.reading?.sections.overview;
  const from = overview?.position?.start.offset;
  if (overview?.reason?.id !== 'sectionImage' || from === undefined) return false;
  const next = sectionsOf(report).find((s) => s.key !== 'overview' && (s.position?.start.offset ?? -1) > from);
  const to = next?.position?.start.offset ?? Infinity;
  for (const part of report.children)
    for (const block of part.children) {
      const at = block.type === 'paragraph' ? block.position?.start.offset : undefined;
      if (at !== undefined && at > from && at < to) return false;
    }
  return true;
}
