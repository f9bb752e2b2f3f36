/**
 * A compliant report as OCR flattens it (tesseract's text of a scan, the red team's plain.txt): every table row one
 * line, its cells parted by one blank, empty cells gone. Every table-三 value differs from every other and none is
 * 0, so a row read in another's place could not pass; 六 states other.2's notices, so the fee rules stay silent.
 */
import { expect } from '@jest/globals';
import { recompute, writeReport, type ReportSpec } from './report.js';
import { RESULT_ROWS } from '../../fuzz/template.js';

function distinctApplications(): Record<string, number[]> {
  const values: Record<string, number[]> = {};
  RESULT_ROWS.forEach((key, i) => (values[key] = [0, 1, 2, 3, 4, 5].map((j) => 3 + 6 * i + j)));
  values.carried = [201, 202, 203, 204, 205, 206];
  values.carryForward = [211, 212, 213, 214, 215, 216];
  return recompute(values);
}

export const APPLICATIONS = distinctApplications();
const FEE = `本年度共发出信息处理费收费通知${APPLICATIONS['other.2']![6]}件，实际收取信息处理费0元。`;
/** Table 四 with distinct non-zero values; each group adds up. */
export const REVIEW = [3, 2, 4, 1, 10, 5, 6, 7, 9, 27, 11, 12, 13, 8, 44];
/** The report FLAT is written from, for other layouts of the same figures. */
export const SPEC: ReportSpec = { applications: APPLICATIONS, review: REVIEW, other: [FEE] };

export const FLAT = writeReport(SPEC, 'tabs')
  .text.split('\n')
  .map((line) => line.replace(/\t+/g, ' ').trim())
  .join('\n');

/** The text with the line that starts so changed. */
export function withLine(start: string, change: (line: string) => string, text = FLAT): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(start));
  expect(at).toBeGreaterThan(0);
  lines[at] = change(lines[at]!);
  return lines.join('\n');
}
