/**
 * Which format a report is held to. 国办公开办函〔2021〕30号 applies to reports on 2021 and later; before it, the
 * 2019 format (国办公开办函〔2019〕60号) had the same six sections and table 三/四 identities, but table 二 had
 * other columns and table 三's （六）其他处理 was one row without sub-rows. The 信息处理费 statement is asked only
 * from 2021, when 《政府信息公开信息处理费管理办法》 took effect.
 */
import { tablesOf } from '../../parser/query.js';
import type { ReportRoot } from '../../parser/types.js';

/** The first report year of the 2021 format, and of the 信息处理费 statement. */
export const FORMAT_YEAR = 2021;

/** A report year before 2021. */
export function beforeFormatYear(report: ReportRoot): boolean {
  return report.year !== null && report.year < FORMAT_YEAR;
}

/**
 * The report follows the 2019 template: a report year before 2021, or a table printed in the 2019 template
 * (outdated-format says so once for a report on 2021 or later; other rules then read it as the 2019 format).
 */
export function follows2019Format(report: ReportRoot): boolean {
  return beforeFormatYear(report) || tablesOf(report).some((t) => t.template === '2019');
}

/** Rows the 2021 format added: 2019's （六）其他处理 was one row. */
export const ROWS_ADDED_IN_2021: readonly string[] = ['other.1', 'other.2', 'other.3'];
