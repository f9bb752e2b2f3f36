/**
 * The report's six sections as one structure over the whole text, found as a person finds them: among all
 * candidate headings (heading-candidates.ts), the best ordered assignment of the six sections, chosen by a
 * dynamic programme rather than line by line. A heading is expected to have content before the next one; a
 * run of headings with next to nothing between them lists the parts (a table of contents, a preamble) and is
 * not the body; a report that numbers its headings 一、… makes an unnumbered or 1.-numbered line a sub-heading.
 * A heading found inside a line is split off into an item of its own, so the items between two headings are
 * exactly that section's region (the table reader gathers them).
 */
import type { SectionKey } from './types.js';
import type { Item } from './mdast-read.js';
import { HEADING_SCORE as SCORE, NUMERALS, SECTION_ORDER, SECTION_WORTH, STRUCTURE_LIMITS } from './data/sections.js';
import { headingCandidates, type HeadingCandidate } from './heading-candidates.js';
import { sliceRun } from './text-run.js';

export interface HeadingMatch {
  key: SectionKey;
  /** The numeral written before the heading (一 … 六, or 1 … 6), or null. */
  number: string | null;
}

export interface TextSpan {
  item: number;
  from: number;
  to: number;
}

export interface DocumentStructure {
  /** The items, with every heading found inside a line split into an item of its own. */
  items: Item[];
  /** Index (into `items`) of each section heading item. */
  headings: Map<number, HeadingMatch>;
  /** Spans of the input items that merely list the six parts (a table of contents): not the report body. */
  listings: TextSpan[];
}

export function findStructure(items: readonly Item[]): DocumentStructure {
  const { chosen, listings } = chooseHeadings(items);
  return { ...splitItems(items, chosen), listings };
}

/**
 * The headings of the report among the items' lines (item indices are the input's): the best ordered chain
 * and any section written twice or out of order, in document order; and the spans that only list the parts.
 */
export function chooseHeadings(items: readonly Item[]): {
  chosen: HeadingCandidate[];
  chain: HeadingCandidate[];
  listings: TextSpan[];
} {
  const candidates: HeadingCandidate[] = [];
  items.forEach((item, i) => {
    if (item.kind !== 'line') return;
    for (const c of headingCandidates(item.run.text, i, { emphasised: item.heading || item.strong })) candidates.push(c);
  });
  const gaps = measureGaps(items, candidates);
  const listed = markListings(candidates, gaps);
  const eligible = eligibility(candidates, listed);
  const chain = choose(candidates, gaps, eligible);
  const chosen = [...chain, ...repeated(candidates, gaps, eligible, chain)].sort((a, b) => a.item - b.item || a.from - b.from);
  const listings = candidates.filter((_, i) => listed[i]).map((c) => ({ item: c.item, from: c.from, to: c.to }));
  return { chosen, chain, listings };
}

interface Gap {
  /** Letters (CJK or Latin, not digits, dots or blanks) between a candidate and the next, capped. */
  letters: number;
  /** Runs of digits between them, capped: a table of contents has one page number, a flattened table many values. */
  numbers: number;
  table: boolean;
}

const COUNT_CAP = STRUCTURE_LIMITS.gapCountCap;

function isLetter(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/** Adds the letters and digit runs of text[from, to) to the gap (stops once both are capped). */
function count(gap: Gap, text: string, from: number, to: number): void {
  // A short stretch with characters lost (U+FFFD, a damaged copy) may be a heading whose words were lost (a table of
  // contents' entry): its letters do not part the headings around it.
  const lostHeading = to - from <= STRUCTURE_LIMITS.maxHeadingLine && text.slice(from, to).includes('\ufffd');
  let inNumber = false;
  for (let i = from; i < to && (gap.letters < COUNT_CAP || gap.numbers < COUNT_CAP); i++) {
    const code = text.charCodeAt(i);
    if (isLetter(code) && !lostHeading) gap.letters++;
    const digit = isDigit(code);
    if (digit && !inNumber) gap.numbers++;
    inNumber = digit;
  }
}

/** Content stands between two headings: words, a table, or several numbers (a flattened table's values). */
function hasContent(gap: Gap | undefined): boolean {
  return gap === undefined || gap.letters > 0 || gap.numbers >= STRUCTURE_LIMITS.contentNumbers || gap.table;
}

/** What stands between each candidate and the next one (linear: the gaps are disjoint). */
function measureGaps(items: readonly Item[], candidates: readonly HeadingCandidate[]): Gap[] {
  const text = (i: number): string => {
    const item = items[i];
    return item?.kind === 'line' ? item.run.text : '';
  };
  return candidates.slice(0, -1).map((a, k) => {
    const b = candidates[k + 1]!;
    const gap: Gap = { letters: 0, numbers: 0, table: false };
    if (a.item === b.item) {
      count(gap, text(a.item), a.to, b.from);
      return gap;
    }
    count(gap, text(a.item), a.to, text(a.item).length);
    for (let i = a.item + 1; i < b.item && (gap.letters < COUNT_CAP || !gap.table); i++) {
      if (items[i]?.kind === 'table') gap.table = true;
      else count(gap, text(i), 0, text(i).length);
    }
    count(gap, text(b.item), 0, b.from);
    return gap;
  });
}

/**
 * Candidates in a run of headings with almost nothing between them, naming several sections that the body
 * names again after them: a listing of the parts (a table of contents, a numbered preamble).
 */
function markListings(candidates: readonly HeadingCandidate[], gaps: readonly Gap[]): boolean[] {
  const listed = candidates.map(() => false);
  // Sections named after each candidate, as bits: a listing's sections are named again by the body after it.
  const later = new Uint8Array(candidates.length + 1);
  for (let k = candidates.length - 1; k >= 0; k--) later[k] = later[k + 1]! | (1 << SECTION_ORDER.indexOf(candidates[k]!.key));
  let start = 0;
  for (let k = 0; k <= candidates.length; k++) {
    const gap = gaps[k];
    const next = candidates[k + 1];
    // A listing names the parts in order: a section named again (the body's 一 after the TOC's 六) ends it.
    const ascending = next !== undefined && SECTION_ORDER.indexOf(next.key) > SECTION_ORDER.indexOf(candidates[k]!.key);
    const continues =
      ascending &&
      gap !== undefined &&
      !gap.table &&
      gap.letters < STRUCTURE_LIMITS.clusterGap &&
      gap.numbers < STRUCTURE_LIMITS.contentNumbers;
    if (continues) continue;
    const keys = new Set(candidates.slice(start, k + 1).map((c) => c.key));
    // Empty sections of a draft are named once; a table of contents or preamble names them before the body does.
    const again = [...keys].filter((key) => (later[k + 1]! >> SECTION_ORDER.indexOf(key)) & 1).length;
    if (keys.size >= STRUCTURE_LIMITS.clusterSections && again >= STRUCTURE_LIMITS.clusterSections - 1) {
      for (let i = start; i <= k; i++) listed[i] = true;
    }
    start = k + 1;
  }
  return listed;
}

/**
 * A report numbers its headings one way. When 一、-style headings name three or more sections, a 1.-numbered
 * line is a sub-heading, and a plain line is a heading only for a section no 一、-style heading names (a
 * heading that lost its numeral; an emphasised line may always be one); likewise for 1.-style reports.
 * A line opening with a sub-item's ordinal (（二）…) is a sub-heading, except in a report that numbers its sections
 * that way (parenStyle): its own numeral, three or more sections in order, no other heading for the same section.
 */
function eligibility(candidates: readonly HeadingCandidate[], listed: readonly boolean[]): boolean[] {
  const open = candidates.filter((_, i) => !listed[i]);
  const keysOf = (style: HeadingCandidate['style']): Set<SectionKey> =>
    new Set(open.filter((c) => c.style === style && !c.subNumbered).map((c) => c.key));
  const cnKeys = keysOf('cn');
  const arabicKeys = keysOf('arabic');
  const cnStyle = cnKeys.size >= STRUCTURE_LIMITS.styleSections;
  const arabicStyle = !cnStyle && arabicKeys.size >= STRUCTURE_LIMITS.styleSections;
  // Sections a heading of the report's own level names: a （N） line for one of them is its sub-heading (一's
  // （二）主动公开政府信息情况 before the heading 主动公开政府信息情况).
  const named = new Set(open.filter((c) => !c.subNumbered).map((c) => c.key));
  const paren = parenKeys(open.filter((c) => c.subNumbered && ownNumeral(c) && !named.has(c.key)));
  const parenStyle = !cnStyle && !arabicStyle && paren !== null;
  const numbered = cnStyle
    ? cnKeys
    : arabicStyle
      ? new Set([...cnKeys, ...arabicKeys])
      : parenStyle
        ? new Set([...cnKeys, ...paren])
        : new Set<SectionKey>();
  return candidates.map((c, i) => {
    if (listed[i]) return false;
    // A （二）-numbered line in a numbered report is a sub-heading, even bold and in a section's words (red team
    // rtG F0: with heading 三 unplaced, 一's （二）收到和处理政府信息公开申请情况 was taken for 三, and 二 called a repeat).
    if (c.subNumbered) {
      if (cnStyle || arabicStyle || named.has(c.key)) return false;
      return parenStyle ? ownNumeral(c) : c.emphasised;
    }
    if (c.style === 'none' && (cnStyle || arabicStyle || parenStyle)) {
      return c.emphasised || (c.ownLine && !numbered.has(c.key));
    }
    if (c.style === 'arabic' && (cnStyle || parenStyle)) return false;
    return true;
  });
}

/** A heading numbered with its own section's numeral (（二）主动公开政府信息情况). */
function ownNumeral(c: HeadingCandidate): boolean {
  return c.style === 'cn' && c.number === NUMERALS[SECTION_ORDER.indexOf(c.key)];
}

/**
 * The sections of a report numbering them （一）…（六）: the （N） headings name three or more sections, in order
 * (a sub-list's （二）…（四） under one section does not climb back). Null when they do not.
 */
function parenKeys(headings: readonly HeadingCandidate[]): Set<SectionKey> | null {
  const ranks = headings.map((c) => SECTION_ORDER.indexOf(c.key));
  if (ranks.some((r, k) => k > 0 && r < ranks[k - 1]!)) return null;
  const keys = new Set(headings.map((c) => c.key));
  return keys.size >= STRUCTURE_LIMITS.styleSections ? keys : null;
}

function score(c: HeadingCandidate, gap: Gap | undefined): number {
  const rank = SECTION_ORDER.indexOf(c.key);
  let s = 0;
  if (c.style === 'cn') s += c.number === '一二三四五六'[rank] ? SCORE.numeralMatches : SCORE.numeralDiffers;
  if (c.style === 'arabic') s += c.number === String(rank + 1) ? SCORE.arabicMatches : SCORE.arabicDiffers;
  if (c.ownLine) s += SCORE.ownLine;
  if (c.emphasised) s += SCORE.emphasised;
  if (c.fuzzy) s += SCORE.fuzzy;
  // Tables 二 三 四 follow their heading; a sub-heading repeating those words has prose after it.
  if (gap?.table && (c.key === 'active' || c.key === 'applications' || c.key === 'review')) s += SCORE.tableFollows;
  return s;
}

interface Chain {
  value: number;
  candidate: number;
}

/**
 * The best chain of candidates in section order (keys strictly increasing), preferring consecutive chosen
 * headings with content between them. Only the immediately preceding candidate can lack content before this
 * one, so keeping the two best chain ends per section suffices: O(candidates × 6).
 */
function choose(candidates: readonly HeadingCandidate[], gaps: readonly Gap[], eligible: readonly boolean[]): HeadingCandidate[] {
  const previous = new Int32Array(candidates.length).fill(-1);
  const value = new Float64Array(candidates.length);
  const top: Chain[][] = SECTION_ORDER.map(() => []);
  let best: Chain | undefined;
  candidates.forEach((c, j) => {
    if (!eligible[j]) return;
    const rank = SECTION_ORDER.indexOf(c.key);
    const own = SECTION_WORTH + score(c, gaps[j]);
    let from: Chain | undefined;
    for (let k = 0; k < rank; k++) {
      for (const end of top[k]!) {
        const worth = end.candidate === j - 1 && !hasContent(gaps[end.candidate]) ? end.value + SCORE.emptySection : end.value;
        if (!from || worth > from.value) from = { value: worth, candidate: end.candidate };
      }
    }
    value[j] = (from?.value ?? 0) + own;
    previous[j] = from?.candidate ?? -1;
    const chain = { value: value[j], candidate: j };
    const list = top[rank]!;
    list.push(chain);
    list.sort((a, b) => b.value - a.value || a.candidate - b.candidate);
    if (list.length > 2) list.pop();
    if (!best || chain.value > best.value) best = chain;
  });
  const out: HeadingCandidate[] = [];
  for (let j = best?.candidate ?? -1; j >= 0; j = previous[j]!) out.unshift(candidates[j]!);
  return out;
}

/**
 * Headings outside the best chain that are unmistakably headings (their numeral is their section's, content on
 * both sides): a section written twice or out of order. They are kept so the rules can say so, instead of
 * reading the second 五 as part of 六.
 */
function repeated(
  candidates: readonly HeadingCandidate[],
  gaps: readonly Gap[],
  eligible: readonly boolean[],
  chain: readonly HeadingCandidate[],
): HeadingCandidate[] {
  const inChain = new Set(chain);
  return candidates
    .filter((c, j) => {
      if (inChain.has(c) || !eligible[j] || c.fuzzy || c.style === 'none') return false;
      const rank = SECTION_ORDER.indexOf(c.key);
      const own = c.style === 'cn' ? '一二三四五六'[rank] : String(rank + 1);
      return c.number === own && hasContent(gaps[j - 1]) && hasContent(gaps[j]);
    })
    .slice(0, STRUCTURE_LIMITS.maxRepeated);
}

/** Splits each line holding a chosen heading into the text before, the heading, and the text after. */
function splitItems(
  items: readonly Item[],
  chosen: readonly HeadingCandidate[],
): { items: Item[]; headings: Map<number, HeadingMatch> } {
  const byItem = new Map<number, HeadingCandidate[]>();
  for (const c of chosen) {
    const list = byItem.get(c.item);
    if (list) list.push(c);
    else byItem.set(c.item, [c]);
  }
  const out: Item[] = [];
  const headings = new Map<number, HeadingMatch>();
  items.forEach((item, i) => {
    const here = byItem.get(i);
    if (!here || item.kind !== 'line') {
      out.push(item);
      return;
    }
    const piece = (from: number, to: number, heading: boolean): Item | undefined => {
      const run = sliceRun(item.run, from, to);
      return run.text ? { kind: 'line', run, heading: heading && item.heading, strong: heading && item.strong } : undefined;
    };
    let at = 0;
    for (const c of here) {
      const before = piece(at, c.from, false);
      if (before) out.push(before);
      const heading = piece(c.from, c.to, true);
      if (heading) {
        headings.set(out.length, { key: c.key, number: c.number });
        out.push(heading);
      }
      at = c.to;
    }
    const after = piece(at, item.run.text.length, false);
    if (after) out.push(after);
  });
  return { items: out, headings };
}

export interface SectionRegion {
  key: SectionKey;
  /** Index of the heading item in `structure.items`. */
  heading: number;
  /** The section's items: structure.items.slice(from, to), up to the next heading or the end. */
  from: number;
  to: number;
}

/** Each section's region of items, in document order (a section written twice has two regions). */
export function sectionRegions(structure: DocumentStructure): SectionRegion[] {
  const at = [...structure.headings.keys()].sort((a, b) => a - b);
  return at.map((heading, i) => ({
    key: structure.headings.get(heading)!.key,
    heading,
    from: heading + 1,
    to: at[i + 1] ?? structure.items.length,
  }));
}

/** The section of every item (a heading belongs to the section it opens; items before the first, to none). */
export function sectionOfEachItem(structure: DocumentStructure): Array<SectionKey | null> {
  const out = new Array<SectionKey | null>(structure.items.length).fill(null);
  for (const region of sectionRegions(structure)) out.fill(region.key, region.heading, region.to);
  return out;
}
