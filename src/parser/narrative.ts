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
import { clauseStartOf } from './clause-start.js';
import {
  BOTH_CASES,
  CLAUSE_START,
  CLOSED_CHANNELS,
  GOVERNING_TAIL,
  COUNTED_NOUN,
  DISCLOSURE,
  DOCKET_THEN_DISCLOSURE,
  HEARD,
  INCLUDES_CARRIED,
  JURISDICTION,
  NO_APPLICATIONS,
  NO_REVIEW,
  OCCURRED,
  ORGAN,
  OTHER_BUSINESS,
  OTHERS_CASE,
  OUTCOME,
  PART_OF_TOTAL,
  PART_OF_YEAR,
  OWN_YEAR,
  SEVERAL_YEARS,
  SUBSET,
  SUBSET_PART,
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
      const add = (kind: NarrativeFigure['kind'], value: number, at: number, length: number): void => {
        const position = spanPosition(line.run, from + at, from + at + length, index);
        out.push({
          type: 'figure',
          kind,
          value,
          scope: scopeOf(sentence, at),
          text: sentence.trim(),
          section: line.section,
          ...(position ? { position } : {}),
        });
      };
      const seen = new Set<string>();
      // Where the first words of several years start (2020—2022年，…): every count after them is no year's, unless
      // they sit in a clause of their own words and the count's clause names its own year (3年来首次…，全年共收到…).
      const several = { first: sentence.search(SEVERAL_YEARS), governing: governingYears(sentence) };
      // Where another business counted in 件 is first named (政务服务中心受理各类申请…): a bare 申请 after it is not read.
      const otherBusiness = sentence.search(OTHER_BUSINESS);
      let words: SentenceWords | undefined;
      // Every pattern ends with a count and its measure word: a sentence with none is not searched seven times.
      for (const [kind, re] of MEASURE_WORD.test(sentence) ? EVERY_MATCH : []) {
        if (seen.has(kind)) continue;
        let tiedFrom = 0;
        for (const m of sentence.matchAll(re)) {
          const value = m[1] !== undefined ? parseCount(m[1]) : null;
          words ??= wordsOf(sentence);
          const from = tiedFrom;
          const end = m.index + m[0].length;
          tiedFrom = end;
          // (The year is looked for last: most matches fail the cheaper tests first.)
          // 二〇〇件以上, 200件左右: no exact count.
          if (/^\s*(?:以上|左右|上下|之多)/.test(sentence.slice(end, end + 8))) continue;
          if (value === null || !aboutDisclosure(kind, sentence, m.index, m[0], words)) continue;
          // The cheap rejections first: qualified() and partOfTotal() read the count's clause (review17 F5).
          if (kind === 'applicationsReceived') {
            if (!DISCLOSURE.test(m[0]) && !/公开/.test(m[0]) && otherBusiness >= 0 && otherBusiness < m.index) continue;
            if (/复议|诉讼/.test(m[0])) continue;
          }
          if (partOfTotal(kind, sentence, m.index) || qualified(kind, sentence, m.index, several, m[0])) continue;
          if (
            (kind === 'reviewCases' || kind === 'litigationCases') &&
            DOCKET_THEN_DISCLOSURE.test(sentence.slice(end, end + 80))
          )
            continue;
          if (kind === 'litigationCases' && BOTH_CASES.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
          let counted = kind;
          if (kind === 'applicationsReceived') {
            // 312件（其中新收226件，上年结转86件）: new and carried together, compared with both rows of table 三.
            if (INCLUDES_CARRIED.test(sentence.slice(end, end + 40))) counted = 'receivedWithCarried';
          }
          if (otherYear(sentence, from, m.index, year)) continue;
          seen.add(kind);
          add(counted, value, m.index, m[0].length);
          break;
        }
      }
      const none = NO_APPLICATIONS.exec(sentence);
      if (none && !seen.has('applicationsReceived') && !qualified('applicationsReceived', sentence, none.index, several))
        add('applicationsReceived', 0, none.index, none[0].length);
      const noReview = NO_REVIEW.exec(sentence);
      if (noReview && /未|没有|无/.test(noReview[0]) && !qualified('reviewCases', sentence, noReview.index, several)) {
        // The negation reads to its clause's end: 未发生行政复议、行政诉讼被纠错的情况 speaks of outcomes (none
        // corrected), not of how many cases there were; 未被申请行政复议，被提起行政诉讼31起 denies no lawsuit.
        const rest = sentence.slice(noReview.index);
        const clause = rest.slice(0, rest.search(/[，,。；;：:]|$/));
        if (!OUTCOME.test(clause)) {
          if (!seen.has('reviewCases')) add('reviewCases', 0, noReview.index, noReview[0].length);
          if (!seen.has('litigationCases') && clause.includes('行政诉讼'))
            add('litigationCases', 0, noReview.index, noReview[0].length);
        }
      }
      from += sentence.length;
    }
  }
  return out;
}

/**
 * How long a count's clause is read for its qualifiers (PART_OF_YEAR, SUBSET, PART_OF_TOTAL). A longer clause (no
 * clause mark for this many characters) is no sentence a report writes: its count is not compared (never guess), and
 * a line of 30,000 counts in one clause stays linear (review17 F5: 180 KB took 28 s).
 */
const CLAUSE_LIMIT = 200;

/** The clause before sentence[at], or null when it is longer than CLAUSE_LIMIT. */
function boundedClause(sentence: string, at: number): string | null {
  const start = clauseStart(sentence, at);
  return at - start > CLAUSE_LIMIT ? null : sentence.slice(start, at);
}

/** The clause before sentence[at]: from the last mark ending a clause (、 too). */
function clauseBefore(sentence: string, at: number): string {
  return sentence.slice(clauseStart(sentence, at), at);
}

/** Where the clause before sentence[at] starts (any mark of CLAUSE_START ends one, 、 too). */
const clauseStart = (sentence: string, at: number): number => clauseStartOf(sentence, at, CLAUSE_START);

/**
 * Whether the count at sentence[at] is qualified so that it is not the organ's whole year (red team rtV #7, #7b): over
 * several years (anywhere before it in its sentence), a part of the year or last year's quoted for comparison (in its
 * own clause), a subset of the applications (仅…一项, 其中, by channel).
 */
function qualified(
  kind: NarrativeFigure['kind'],
  sentence: string,
  at: number,
  several: { first: number; governing: number },
  match = '',
): boolean {
  // (`several`: where the sentence's first words of several years governing what follows start. The match itself may
  // open with 累计.)
  if ((several.governing >= 0 && several.governing < at) || SEVERAL_YEARS.test(match.replace(/[\d,]+\s*(?:件|起|个|宗)$/, '')))
    return true;
  const clause = boundedClause(sentence, at);
  if (clause === null || SEVERAL_YEARS.test(clause) || PART_OF_YEAR.test(clause)) return true;
  if (several.first >= 0 && several.first < at && !OWN_YEAR.test(clause + match)) return true;
  if (kind !== 'applicationsReceived') return false;
  // 通过网上、信函、当面等渠道共收到…: the clause (、 not ending it) with its closed list of channels is the whole.
  const wide = wideClause(sentence, at);
  const closed = wide !== null ? CLOSED_CHANNELS.exec(wide) : null;
  if (wide === null || closed === null) return SUBSET.test(clause);
  return SUBSET_PART.test(wide) || SUBSET.test(wide.slice(closed.index + closed[0].length));
}

/** The clause before sentence[at] up to the last mark other than 、 (null when longer than CLAUSE_LIMIT). */
function wideClause(sentence: string, at: number): string | null {
  const before = sentence.slice(Math.max(0, at - CLAUSE_LIMIT - 1), at);
  const start = Math.max(...[...'，,。；;：:'].map((c) => before.lastIndexOf(c)));
  if (start < 0 && at > CLAUSE_LIMIT) return null;
  return before.slice(start + 1);
}

/**
 * Where the sentence's first words of several years that govern what follows start (2020—2022年，我局共收到…), or -1.
 * Several years inside a clause of their own words (3年来首次实现…，全年共收到…) qualify only that clause's counts.
 */
function governingYears(sentence: string): number {
  for (const m of sentence.matchAll(ALL_SEVERAL_YEARS)) {
    const end = m.index + m[0].length;
    if (GOVERNING_TAIL.test(sentence.slice(end, end + 5))) return m.index;
  }
  return -1;
}

/**
 * Whose count sentence[at] is (red team rtV #11): the organ's or a jurisdiction's (全市, 下属单位, 市政府). Its own clause
 * decides by the last of them it names (本局及所属单位 is more than the organ); a clause naming neither takes the
 * sentence's first (its subject: 本局指导各单位…，全年共收到…), and a sentence naming neither is the organ's.
 */
function scopeOf(sentence: string, at: number): NarrativeFigure['scope'] {
  const last = (text: string): NarrativeFigure['scope'] | undefined => {
    const j = lastIndex(text, ALL_JURISDICTION);
    const o = lastIndex(text, ALL_ORGAN);
    if (j < 0 && o < 0) return undefined;
    return j > o ? 'jurisdiction' : 'organ';
  };
  const own = last(clauseBefore(sentence, at));
  if (own) return own;
  const before = sentence.slice(0, at);
  const j = before.search(JURISDICTION);
  const o = before.search(ORGAN);
  if (j < 0) return 'organ';
  return o >= 0 && o < j ? 'organ' : 'jurisdiction';
}

/** Where the last match of a global `re` in `text` starts, or -1. */
function lastIndex(text: string, re: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index;
  return at;
}

/** Whether the count at `at` is one part of what its table totals (其中当场答复1件, 复议后提起行政诉讼38件). */
function partOfTotal(kind: NarrativeFigure['kind'], sentence: string, at: number): boolean {
  const part = PART_OF_TOTAL[kind];
  if (!part) return false;
  const clause = boundedClause(sentence, at);
  if (clause === null) return true;
  return part.test(clause) && !WHOLE_OF_TOTAL[kind]?.test(clause);
}

/** The patterns, global: every match of a sentence is weighed (matchAll copies the regex, so these are shared). */
const EVERY_MATCH = PATTERNS.map(([kind, re]) => [kind, new RegExp(re.source, 'g')] as const);
/** The measure words every pattern's count ends with (data/narrative.ts N). */
const MEASURE_WORD = /[件起个宗]/;
const ALL_DISCLOSURE = new RegExp(DISCLOSURE.source, 'g');
const ALL_SEVERAL_YEARS = new RegExp(SEVERAL_YEARS.source, 'g');
const ALL_JURISDICTION = new RegExp(JURISDICTION.source, 'g');
const ALL_ORGAN = new RegExp(ORGAN.source, 'g');
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
  /** 复议, 诉讼: a handled count after them is of reviews or lawsuits. */
  cases: Spans;
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
    cases: spans(/复议|诉讼/g),
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
    // 因政府信息公开被申请行政复议13件，已办结10件: the reviews were handled, not applications (red team rtV #6b).
    const cases = words.cases[firstFrom(words.cases, last[1])];
    if (cases !== undefined && cases[1] <= at) return false;
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
