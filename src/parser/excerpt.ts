/**
 * Text an editor pasted into the page may be part of a report: a section copied to check its table, the first half
 * of a long page (red team rtAD 7: every partial paste was told it lacks the other sections, the statistical period
 * and the fee statement). Pasted text holding no more than half of the six parts, at least half of them absent
 * (not merely unplaced, as in a whole report whose headings are plain lines), is read as such an excerpt: what was
 * not pasted is not missing from the report. It is read as one page of a paged article is (certainty.ts
 * withOtherPages), the parts not pasted standing before and after it, and said once (unreadable-content, `excerpt`,
 * naming the parts it holds, so a whole report really lacking four parts is still told what it holds). A file is
 * never read so: only what the page's paste box gives.
 */
import { withOtherPages } from './certainty.js';
import { LineIndex } from './text-run.js';
import type { ReportRoot } from './types.js';

/** An excerpt holds at most this many of the six parts, and lacks at least as many. */
const HALF = 3;

export function asExcerpt(report: ReportRoot, text: string): ReportRoot {
  const { sections, notAReport, noBody, formatNotChecked } = report.reading;
  if (notAReport || noBody || formatNotChecked || text.length === 0) return report;
  const read = Object.values(sections).filter((c) => c.status === 'read').length;
  const absent = Object.values(sections).filter((c) => c.status === 'absent').length;
  if (read === 0 || read > HALF || absent < HALF) return report;
  const index = new LineIndex(text);
  const places = [index.position(0, 1), index.position(text.length - 1, text.length)];
  report.reading = withOtherPages(report, { places, excerpt: true });
  return report;
}
