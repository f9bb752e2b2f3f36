/**
 * What a result records of the year-over-year check (`LintResult.carryOverCheck`): whether this year's 上年结转 was
 * compared with last year's 结转下年度继续办理, and with which files. A batch's reports are mostly silent on
 * carry-over, and silence meant both "checked and consistent" and "never compared" (no previous year in the run,
 * an organ named otherwise, a row not read): an evaluator could not tell them apart, and a warning for every report
 * without a previous year would be noise. Browser-safe, like lint().
 */
import type { ReportRoot } from '../parser/types.js';
import { compareCarryOver } from '../rules/support/carry-compare.js';
import type { PreviousReport } from '../rules/types.js';
import type { CarryOverCheck } from './types.js';

/** The record, or undefined when the carry-over rule is off or the document is not read as a report. */
export function carryOverCheckOf(
  report: ReportRoot,
  ruleOn: boolean,
  previous: readonly PreviousReport[],
): CarryOverCheck | undefined {
  if (!ruleOn) return undefined;
  const reading = report.reading;
  if (reading?.notAReport || reading?.noBody || reading?.formatNotChecked || reading?.ocrScan || reading?.textBoxes)
    return undefined;
  const found = compareCarryOver(report, previous);
  const status = found.outcome;
  const files = 'files' in found && found.files.length ? { files: found.files } : {};
  // A difference is the rule's error; recorded here too, so a report's line in a spreadsheet or the summary page says
  // "differs" even where the finding itself is suppressed or filtered out (--quiet, a suppressions file).
  const mismatch = found.outcome === 'checked' && found.mismatches.length > 0 ? { mismatch: true as const } : {};
  return { status, ...files, ...mismatch };
}
