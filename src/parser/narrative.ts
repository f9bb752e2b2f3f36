/**
 * Figures stated in the narrative (共收到政府信息公开申请12件, 未收到政府信息公开申请, 行政复议2件…), for the
 * cross-check against the tables. Each figure says whether the sentence speaks of a whole jurisdiction
 * (全市各级行政机关…), which an organ's own table cannot be compared with.
 */
import type { NarrativeFigure } from './types.js';
import { type LineIndex, spanPosition } from './text-run.js';
import { toAsciiDigits } from './labels.js';
import { parseCount } from './numbers.js';
import type { TextLine } from './statements.js';
import { JURISDICTION, LAWSUIT_AFTER_REVIEW, NO_APPLICATIONS, NO_REVIEW, PATTERNS } from './data/narrative.js';

export function findFigures(lines: readonly TextLine[], index: LineIndex): NarrativeFigure[] {
  const out: NarrativeFigure[] = [];
  for (const line of lines) {
    if (line.inTable) continue;
    const text = toAsciiDigits(line.run.text);
    let from = 0;
    for (const sentence of text.split(/(?<=[。；;])/)) {
      const scope = JURISDICTION.test(sentence) ? 'jurisdiction' : 'organ';
      const add = (kind: NarrativeFigure['kind'], value: number, at: number, length: number): void => {
        const position = spanPosition(line.run, from + at, from + at + length, index);
        out.push({
          type: 'figure',
          kind,
          value,
          scope,
          text: sentence.trim(),
          section: line.section,
          ...(position ? { position } : {}),
        });
      };
      const seen = new Set<string>();
      for (const [kind, re] of PATTERNS) {
        if (seen.has(kind)) continue;
        const m = re.exec(sentence);
        const value = m?.[1] !== undefined ? parseCount(m[1]) : null;
        if (m && value !== null) {
          seen.add(kind);
          add(kind, value, m.index, m[0].length);
        }
      }
      const none = NO_APPLICATIONS.exec(sentence);
      if (none && !seen.has('applicationsReceived')) add('applicationsReceived', 0, none.index, none[0].length);
      const noReview = NO_REVIEW.exec(sentence);
      // 未发生…被行政复议纠错 speaks of outcomes (none corrected), not of how many cases there were.
      const outcome =
        noReview && /^\s*(?:纠错|纠正|败诉|撤销|确认违法)/.test(sentence.slice(noReview.index + noReview[0].length));
      if (noReview && !outcome && !seen.has('reviewCases') && /未|没有|无/.test(noReview[0])) {
        add('reviewCases', 0, noReview.index, noReview[0].length);
        if (
          noReview[0].includes('行政诉讼') ||
          /行政诉讼/.test(sentence.slice(noReview.index, noReview.index + noReview[0].length + LAWSUIT_AFTER_REVIEW))
        ) {
          add('litigationCases', 0, noReview.index, noReview[0].length);
        }
      }
      from += sentence.length;
    }
  }
  return out;
}
