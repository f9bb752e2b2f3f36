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
import { otherYear } from './year-tie.js';
import {
  CLAUSE_START,
  COUNTED_NOUN,
  CUMULATIVE,
  DISCLOSURE,
  HEARD,
  INCLUDES_CARRIED,
  JURISDICTION,
  LAWSUIT_AFTER_REVIEW,
  NO_APPLICATIONS,
  NO_REVIEW,
  OCCURRED,
  OTHERS_CASE,
  PART_OF_TOTAL,
  WHOLE_OF_TOTAL,
  PATTERNS,
  RECEIVING,
  REVIEW_ORGAN,
} from './data/narrative.js';

/** `year`: the report's, when known (a figure tied to another year is not this year's: 上年度共收到申请120件). */
export function findFigures(lines: readonly TextLine[], index: LineIndex, year: number | null = null): NarrativeFigure[] {
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
      let words: SentenceWords | undefined;
      for (const [kind, re] of EVERY_MATCH) {
        if (seen.has(kind)) continue;
        let tiedFrom = 0;
        for (const m of sentence.matchAll(re)) {
          const value = m[1] !== undefined ? parseCount(m[1]) : null;
          words ??= wordsOf(sentence);
          const from = tiedFrom;
          tiedFrom = m.index + m[0].length;
          // (The year is looked for last: most matches fail the cheaper tests first.)
          if (value === null || !aboutDisclosure(kind, sentence, m.index, m[0], words)) continue;
          if (partOfTotal(kind, sentence, m.index)) continue;
          if (kind === 'applicationsReceived' && !thisYearsNew(sentence, m.index, m.index + m[0].length)) continue;
          if (otherYear(sentence, from, m.index, year)) continue;
          seen.add(kind);
          add(kind, value, m.index, m[0].length);
          break;
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

/** Whether the count at `at` is one part of what its table totals (其中当场答复1件, 复议后提起行政诉讼38件). */
function partOfTotal(kind: NarrativeFigure['kind'], sentence: string, at: number): boolean {
  const part = PART_OF_TOTAL[kind];
  if (!part) return false;
  let start = 0;
  for (const m of sentence.slice(0, at).matchAll(CLAUSE_START)) start = m.index + 1;
  const clause = sentence.slice(start, at);
  return part.test(clause) && !WHOLE_OF_TOTAL[kind]?.test(clause);
}

/**
 * Whether a count of applications received at [at, end) is this year's new ones (table 三 一): not one that includes
 * those carried over from last year (4件（含上年结转1件）), nor a running total (自2019年以来累计收到…), nor reviews.
 */
function thisYearsNew(sentence: string, at: number, end: number): boolean {
  // 受理涉及政府信息公开的行政复议申请5件 is a review, not an application for information.
  if (/复议|诉讼/.test(sentence.slice(at, end)) || INCLUDES_CARRIED.test(sentence.slice(end))) return false;
  const clause = sentence.slice(0, end);
  return !CUMULATIVE.test(clause.slice(Math.max(...[...'。；;'].map((c) => clause.lastIndexOf(c))) + 1));
}

/** The patterns, global: every match of a sentence is weighed (matchAll copies the regex, so these are shared). */
const EVERY_MATCH = PATTERNS.map(([kind, re]) => [kind, new RegExp(re.source, 'g')] as const);
const ALL_DISCLOSURE = new RegExp(DISCLOSURE.source, 'g');
const ALL_RECEIVING = new RegExp(RECEIVING.source, 'g');

/** Spans [start, end) of a sentence's words, in order. */
type Spans = ReadonlyArray<readonly [number, number]>;

/**
 * The words aboutDisclosure weighs, found once per sentence: looking back over the whole sentence before every
 * count made a long line of counts quadratic (200 KB of 答复1件 took 15 s).
 */
interface SentenceWords {
  disclosure: Spans;
  receiving: Spans;
  /** Where the first 发生/被申请/提起… ends (Infinity when there is none). */
  occurredEnd: number;
  /** The sentence speaks of the organ as the review organ (作为复议机关…): its reviews are no table 四 cases. */
  reviewOrgan: boolean;
}

function wordsOf(sentence: string): SentenceWords {
  const spans = (re: RegExp): Spans => [...sentence.matchAll(re)].map((m) => [m.index, m.index + m[0].length]);
  const occurred = OCCURRED.exec(sentence);
  return {
    disclosure: spans(ALL_DISCLOSURE),
    receiving: spans(ALL_RECEIVING),
    occurredEnd: occurred ? occurred.index + occurred[0].length : Infinity,
    reviewOrgan: REVIEW_ORGAN.test(sentence),
  };
}

/** The index of the first span starting at or after `at` (spans.length when none does). */
function firstFrom(spans: Spans, at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![0] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How far a count's noun (答复100件网民留言) and its clause (协助办理行政复议案件3件) are looked for. A noun cut short by
 * the window (no punctuation within it) decides nothing against the count (办结215件群众通过…提交的政府信息公开申请).
 */
const NOUN_WINDOW = 64;
const CLAUSE_WINDOW = 32;

/**
 * Whether a count matched at `at` is about information disclosure. Counts of received applications name it in their
 * own words (the patterns see to that); 办结/答复 N件 must name them (办结12件政府信息公开申请) or follow them in the
 * same sentence with no other receiving verb between, and not name another noun after the count (答复100件网民留言); 行政复议/行政诉讼 N件 must
 * follow disclosure words or a verb making the organ a party (本机关发生行政复议案件8起), and not a role in others'
 * cases (协助办理行政复议案件3件).
 */
function aboutDisclosure(
  kind: NarrativeFigure['kind'],
  sentence: string,
  at: number,
  match: string,
  words: SentenceWords,
): boolean {
  const end = at + match.length;
  if (kind === 'handled') {
    const noun = COUNTED_NOUN.exec(sentence.slice(end, end + NOUN_WINDOW))?.[0] ?? '';
    if (DISCLOSURE.test(match + noun)) return true;
    const cut = end + noun.length >= Math.min(sentence.length, end + NOUN_WINDOW) && end + NOUN_WINDOW < sentence.length;
    if (noun && !noun.includes('申请') && !cut) return false;
    // The last disclosure words ending before the count, and no receiving verb wholly between them and it.
    // (Spans do not overlap: of those starting before the count, only the last may run into it.)
    let k = firstFrom(words.disclosure, at) - 1;
    while (k >= 0 && words.disclosure[k]![1] > at) k--;
    const last = words.disclosure[k];
    if (!last) return false;
    const receiving = words.receiving[firstFrom(words.receiving, last[1])];
    return receiving === undefined || receiving[1] > at;
  }
  if (kind === 'reviewCases' || kind === 'litigationCases') {
    const window = sentence.slice(Math.max(0, at - CLAUSE_WINDOW), at);
    const clause = window.slice(Math.max(...[...'，,；、：:（('].map((c) => window.lastIndexOf(c))) + 1);
    if (OTHERS_CASE.test(clause) || words.reviewOrgan || HEARD.test(clause)) return false;
    return (words.disclosure[0] !== undefined && words.disclosure[0][1] <= end) || words.occurredEnd <= at;
  }
  return true;
}
