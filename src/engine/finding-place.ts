/**
 * Where a finding stands, said as people find it in a file whose line numbers mean little: a .docx (lines of an
 * intermediate HTML nobody sees), a PDF (lines of its extracted text), a web archive. A table cell names itself
 * (its `location`, made by the parser); any other finding is placed by the page it is on (PDF) and the section
 * that holds it — or, for a missing section, the section it should come before. The editors' page names every
 * finding's place the same way (web/document-view.ts), so the CLI, the JSON and the page agree (rtS #4).
 *
 * The place is written in one fixed Chinese shape, like a cell's location (`第3页 · 三、收到和处理…`,
 * `「六、其他需要报告的事项」之前`, `报告开头`); messages/location-text.ts says it in the reader's language. Browser-safe.
 */
import type { InputFormat, Point, ReportRoot, SectionNode } from '../parser/types.js';

/** Formats whose line numbers mean little to a reader, so a finding's place is said with it. */
export function linesMeanLittle(format: InputFormat | undefined): boolean {
  return format === 'docx' || format === 'pdf' || format === 'mhtml';
}

interface Spot {
  line: number;
  column: number;
  ruleId: string | null;
  messageId?: string;
}

/** The place of a finding at `spot` (its page when `pages` gives one, then its section). */
export function placeOf(report: ReportRoot, pages: readonly number[] | undefined, spot: Spot): string {
  const parts: string[] = [];
  const page = pages?.[spot.line - 1];
  if (page !== undefined) parts.push(`第${page}页`);
  const section = sectionAt(report, at(spot.line, spot.column));
  // A missing section is reported at the section that should follow it: it belongs before that one.
  const before = spot.ruleId === 'required-sections' && spot.messageId === 'missing';
  parts.push(section ? (before ? `「${section.heading}」之前` : section.heading) : '报告开头');
  return parts.join(' · ');
}

/**
 * A place in the text as one number, line then column: a saved web page or a crawl may hold the whole report on
 * one line, where the line alone cannot tell one section from another.
 */
const at = (line: number, column: number): number => line * 1e9 + column;

function sectionAt(report: ReportRoot, place: number): SectionNode | undefined {
  let found: SectionNode | undefined;
  for (const part of report.children) {
    if (part.type !== 'section' || !part.position) continue;
    const start: Point = part.position.start;
    if (at(start.line, start.column) <= place) found = part;
  }
  return found;
}
