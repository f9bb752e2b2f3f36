/**
 * 《政府信息公开条例》第四十九条: 县级以上人民政府部门 publish their annual report by 31 January, 县级以上地方人民政府
 * publish the report of the government itself by 31 March; townships follow their province. The deadline
 * therefore depends on the organ's kind (report.organType), each configurable. A 发布日期, 成文日期 or dated
 * signature after it is late (warning); a date before the statistical period ends cannot be the date of a
 * report on that period (error).
 */
import { candidateYears } from '../parser/report-year.js';
import type { IsoDate } from '../parser/types.js';
import { showDate as show, showDateEn } from './support/dates.js';
import { ORGAN_NAMES, organKey, type OrganKey } from './support/organ.js';
import { defineRule } from './types.js';

/** Deadlines in the year after the report year, as MM-DD, per kind of organ. */
type Deadlines = Record<OrganKey, string>;
interface Options {
  deadlines: Deadlines;
}

const ordinal = (d: IsoDate): number => d.year * 10000 + d.month * 100 + d.day;
const KIND: Readonly<Record<string, string>> = { published: '发布日期', written: '成文日期', signature: '落款日期' };
/** The label a date was read with (印发日期：…), as the message names it. */
const LABEL = /^(发布日期|成文日期|公开日期|发布时间|印发日期)/;
/**
 * Where a deadline comes from (rtL F8): 第四十九条 fixes the departments' and the governments' (and, the latest, the
 * one an organ of unknown kind gets); townships and zones follow their province; a deadline set in the
 * configuration is the user's.
 */
const BASIS = {
  law: { basis: '《条例》第四十九条规定的', basisEn: 'Regulations, article 49' },
  province: { basis: '各省通常规定的', basisEn: 'the usual provincial deadline; the Regulations fix none' },
  configured: { basis: '配置中设置的', basisEn: 'set in the configuration' },
} as const;
/** The revised 条例 took effect on 15 May 2019: reports on 2019 and later are due by its 第四十九条. */
const REVISED_REPORT_YEAR = 2019;
const MONTH_DAY = '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';
// 管委会 (zone) as departments; an organ of unknown kind gets the latest deadline, so no report is called late wrongly.
const DEFAULT_DEADLINES: Deadlines = {
  government: '03-31',
  department: '01-31',
  township: '01-31',
  zone: '01-31',
  unknown: '03-31',
};

export default defineRule<Options, 'late' | 'lateOldRegulation' | 'beforePeriodEnd' | 'unread'>({
  meta: {
    id: 'publication-date',
    description: {
      zh: '年度报告须在第四十九条规定的期限前公布（部门1月31日、本级人民政府3月31日），且日期不早于统计期限结束',
      en: "Require the report to be dated by the deadline of article 49 (departments 31 January, a government's own report 31 March), and not before its period ends",
    },
    category: 'period',
    basis: '《中华人民共和国政府信息公开条例》第四十九条',
    defaultSeverity: 'error',
    severities: { late: 'warn', lateOldRegulation: 'warn', unread: 'warn' },
    recommended: true,
    messages: {
      late: {
        zh: '{kind}为 {date}，晚于{basis} {deadline}（按{organ}的期限；机关类型不对时请在配置中设置 "organType"）',
        en: 'The {kindEn} is {date_en}, later than the deadline of {deadline_en} ({basisEn}, for {organEn}; set "organType" in the configuration if the organ is of another kind)',
      },
      lateOldRegulation: {
        zh: '{kind}为 {date}，晚于2008年施行的《条例》第三十一条规定的 {deadline}（{year}年度报告适用修订前的条例）',
        en: 'The {kindEn} is {date_en}, later than the deadline of {deadline_en} (the Regulations of 2008, article 31, which applied to reports on {year})',
      },
      unread: {
        zh: '{kind}「{text}」无法读出（可能是识别错误），未能核对是否按期公布',
        en: 'The {kindEn} (“{text}”) could not be read (perhaps misread); whether the report was published on time was not checked',
      },
      beforePeriodEnd: {
        zh: '{kind}为 {date}，早于统计期限结束（{year}年12月31日）',
        en: 'The {kindEn} is {date_en}, before the period it reports on ends (31 December {year})',
      },
    },
    hints: {
      late: {
        zh: '下一年度请按期公布；日期写错请更正；本地规定的期限不同时，用本规则的 deadlines 选项设置',
        en: 'Publish on time next year; correct the date if it is a typo; set the deadlines option where local rules differ',
      },
      lateOldRegulation: { zh: '日期写错时请更正', en: 'Correct the date if it is a typo' },
      beforePeriodEnd: { zh: '核对日期中的年份', en: 'Check the year of the date' },
      unread: { zh: '请与原件核对日期，只用阿拉伯数字书写', en: 'Check the date against the original; write it in digits' },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        deadlines: {
          type: 'object',
          additionalProperties: false,
          description: 'MM-DD of the year after the report year, per kind of organ. 各类机关的公布期限（次年的月-日）。',
          properties: Object.fromEntries(
            ['government', 'department', 'township', 'zone', 'unknown'].map((k) => [k, { type: 'string', pattern: MONTH_DAY }]),
          ),
        },
      },
    },
    defaultOptions: { deadlines: DEFAULT_DEADLINES },
  },
  check(report, context) {
    const fallback = report.periods.find((p) => p.end)?.end?.year;
    const years = report.year === null ? (fallback === undefined ? [] : [fallback]) : candidateYears(report);
    if (!years.length) return;
    // Title and period naming different years (statistical-period says so): a date is accused only if it is wrong
    // for either, early for the earlier year and late for the later.
    const first = Math.min(...years);
    const year = Math.max(...years);
    const organ = organKey(report.organType);
    // Options merge shallowly: one deadline configured keeps the defaults of the others.
    const deadlines = { ...DEFAULT_DEADLINES, ...context.options.deadlines };
    // Reports on 2018 and before were due under the 2008 条例 (第三十一条): 31 March for every organ.
    const old = year < REVISED_REPORT_YEAR;
    const [month, day] = (old ? '03-31' : deadlines[organ]).split('-').map(Number);
    const deadline: IsoDate = { year: year + 1, month: month ?? 1, day: day ?? 31 };
    const periodEnd: IsoDate = { year: first, month: 12, day: 31 };
    // A date OCR damaged (2025年3月2O日) is said unread once, when no other date of the report was read.
    const damaged = report.dates.every((d) => d.date === null) ? report.dates[0] : undefined;
    if (damaged) {
      const kind = { kind: KIND[damaged.kind] ?? damaged.kind, kindEn: `${damaged.kind} date`, text: damaged.text };
      context.report({ node: damaged, messageId: 'unread', data: kind });
    }
    for (const statement of report.dates) {
      if (statement.date === null) continue;
      // A month alone (2023年4月) is accused only where its every day is: late from its first day, early to its last.
      const { year: y, month: m } = statement.date;
      const lastDay = statement.monthOnly ? { year: y, month: m, day: new Date(Date.UTC(y, m, 0)).getUTCDate() } : statement.date;
      const kinds = {
        kind: LABEL.exec(statement.text)?.[1] ?? KIND[statement.kind] ?? statement.kind,
        kindEn: `${statement.kind} date`,
        date: statement.monthOnly ? `${y}年${m}月` : show(statement.date),
        date_en: statement.monthOnly ? showDateEn(statement.date).replace(/^\d+ /, '') : showDateEn(statement.date),
        year,
      };
      if (ordinal(lastDay) < ordinal(periodEnd)) {
        context.report({ node: statement, messageId: 'beforePeriodEnd', data: { ...kinds, year: first } });
      } else if (ordinal(statement.date) > ordinal(deadline)) {
        const names = ORGAN_NAMES[organ];
        const configured = deadlines[organ] !== DEFAULT_DEADLINES[organ];
        const basis = BASIS[configured ? 'configured' : organ === 'township' || organ === 'zone' ? 'province' : 'law'];
        const messageId = old ? 'lateOldRegulation' : 'late';
        context.report({
          node: statement,
          messageId,
          data: {
            ...kinds,
            ...basis,
            deadline: show(deadline),
            deadline_en: showDateEn(deadline),
            organ: names.zh,
            organEn: names.en,
          },
        });
      }
    }
  },
});
