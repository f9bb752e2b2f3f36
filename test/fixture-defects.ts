/**
 * Defective variants of the shared fixture report (test/helpers/report-fixture.ts), each with one known
 * defect, for CLI, config and formatter tests.
 */
import { markdownGfm } from './helpers/report-fixture.js';

export const CLEAN = markdownGfm();

/** The statistical period starts in March: statistical-period (error). */
export const BAD_PERIOD = CLEAN.replace('2023年1月1日至2023年12月31日', '2023年3月1日至2023年12月31日');

/** No fee statement anywhere: fee-statement (error). */
export const NO_FEE = CLEAN.replace(
  /本年度共发出收费通知\d+件，申请人均未缴纳，实际收取信息处理费0元。/,
  '本年度无其他需要报告的事项。',
);
