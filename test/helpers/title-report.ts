/** A report's head lines over a short body (a period statement, 一、总体情况), parsed: what the title reader made of them. */
import { parseReport } from '../../src/parser/index.js';
import type { ReportRoot } from '../../src/parser/types.js';

const BODY = [
  '本报告所列数据的统计期限为2023年1月1日至2023年12月31日。',
  '',
  '## 一、总体情况',
  '',
  // Words no kind of organ owns (本机关): a body speaking as a department (我局) makes a government's name above a
  // bare title a banner (title.ts speaksAsDepartment).
  '2023年，本机关持续推进政务公开。',
  '',
];

/** The text: the head lines, the short body, then `tail` (further sections, a signature). */
export function reportText(head: readonly string[], tail: readonly string[] = []): string {
  return [...head, '', ...BODY, ...tail].join('\n');
}

export async function reportUnder(head: readonly string[], filePath = 'report.md'): Promise<ReportRoot> {
  return (await parseReport(reportText(head), { filePath })).report;
}
