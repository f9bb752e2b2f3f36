/**
 * Candidate section headings anywhere in the text: at the start of a line (numbered or not) and inside a
 * line after a numeral (a crawl that lost every line break). Which candidates are the report's headings is
 * decided over the whole document by section-structure.ts; here a candidate only has to read like one.
 */
import type { SectionKey } from './types.js';
import {
  HEADING_PATTERNS,
  JOINED_HEADING_PATTERNS,
  NUMBERED_HEADING_PATTERNS,
  NUMERALS,
  SECTIONS,
  STRUCTURE_LIMITS,
} from './data/sections.js';
import { normaliseLabel, similarity } from './labels.js';

type NumberingStyle = 'cn' | 'arabic' | 'none';

export interface HeadingCandidate {
  /** Index of the line item the heading stands in. */
  item: number;
  /** The heading's extent in the item's text, numeral included: [from, to). */
  from: number;
  to: number;
  key: SectionKey;
  /** The numeral as written (一 … 六, 1 … 6), or null. */
  number: string | null;
  style: NumberingStyle;
  /** Nothing but blanks, dots or a page number follows the heading on its line. */
  ownLine: boolean;
  /** The line is a Markdown heading or wholly bold. */
  emphasised: boolean;
  /** Matched by similarity to a known wording (a typo), not by the wording itself. */
  fuzzy: boolean;
  /**
   * The line opens with a sub-item's ordinal, （二） (二) ⑵: in a report numbering its sections 一、, a sub-heading
   * (一's （二）收到和处理政府信息公开申请情况 repeats section 三's words and is not section 三: docs/domain.md). A
   * （二） numeral is kept as `number` (style 'cn'): a report may number its six sections （一）…（六）.
   */
  subNumbered?: boolean;
}

/** Text with blanks removed, each character mapped back to its index in the original. */
export interface CompactText {
  text: string;
  /** Index in the original of each compact character. */
  raw: Int32Array;
  /** Whether a blank stood before each compact character in the original. */
  blankBefore: Uint8Array;
}

/** Blanks, and the `*` of emphasis a text file may keep: never part of a heading's words. */
function isBlankish(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0 || code === 0xfeff || code === 42
  );
}

export function compactText(original: string): CompactText {
  const raw = new Int32Array(original.length);
  const blankBefore = new Uint8Array(original.length);
  const pieces: string[] = [];
  let n = 0;
  let blank = true;
  let runStart = -1;
  for (let i = 0; i <= original.length; i++) {
    if (i === original.length || isBlankish(original.charCodeAt(i))) {
      if (runStart >= 0) pieces.push(original.slice(runStart, i));
      runStart = -1;
      blank = true;
      continue;
    }
    if (runStart < 0) runStart = i;
    raw[n] = i;
    blankBefore[n] = blank ? 1 : 0;
    blank = false;
    n++;
  }
  return { text: pieces.join(''), raw: raw.subarray(0, n), blankBefore: blankBefore.subarray(0, n) };
}

/** Blanks (and the `*` of emphasis) anywhere: compactWords has nothing to take out of most table cells. */
const BLANKISH = /[ \t\n\r\u3000\u00a0\ufeff*]/;
const BLANKISH_ALL = /[ \t\n\r\u3000\u00a0\ufeff*]+/g;

/** compactText's text alone, for a caller that needs no way back to the original (a hot path: every cell). */
export function compactWords(original: string): string {
  return BLANKISH.test(original) ? original.replace(BLANKISH_ALL, '') : original;
}

const bodies = (patterns: Readonly<Partial<Record<SectionKey, string>>>): Array<{ key: SectionKey; re: RegExp }> =>
  SECTIONS.flatMap((spec) => {
    const pattern = patterns[spec.key];
    return pattern ? [{ key: spec.key, re: new RegExp(`(?:${pattern})[。：:．.]?`, 'y') }] : [];
  });
const FULL_BODIES = bodies(HEADING_PATTERNS);
/** Unnumbered, the shorter wordings whose subjects are joined (JOINED_HEADING_PATTERNS), tried after the full ones. */
const BODIES = [...FULL_BODIES, ...bodies(JOINED_HEADING_PATTERNS)];
/** After a numeral, the shorter wordings too (NUMBERED_HEADING_PATTERNS), tried after the full ones. */
const NUMBERED_BODIES = [...FULL_BODIES, ...bodies(NUMBERED_HEADING_PATTERNS)];
/**
 * 一、 一. 一， 一： a WeChat title bar's 一丨 (U+4E28), the half-width ideographic comma ､ (U+FF64) some PDF text
 * layers carry, and 一】 after a 【 (【一】总体情况: the 【 is taken as a lead mark).
 */
const CN_NUMBER = /(?:第([一二三四五六七八九十])部分[、.．,，:：丨､]?|([一二三四五六七八九十])([、.．,，:：丨､】］]?))/y;
/** 1、 1. with ASCII or full-width digits (１、 １．), and a Roman numeral's own character (Ⅰ、 U+2160…). */
const ARABIC_NUMBER = /([1-9１-９Ⅰ-Ⅸ])[、.．､]/y;
/**
 * A sub-item's ordinal as a numeral at a line's start, （二） (二)、 and their one-character forms ㈡ (U+3220…) ⑵
 * (U+2474…) ② (U+2460…): a sub-heading in a report numbering its sections 一、, but the sections' own numbering in
 * a report that numbers them （一）…（六） (section-structure.ts decides). The numeral is read as 一…十.
 */
const PAREN_NUMBER = /(?:[（(]([一二三四五六七八九十])[)）]|([㈠-㈩⑴-⒇①-⑩]))[、.．,，:：､]?/y;
/**
 * Markdown or list marks a text file may keep before a heading, and the marks a WeChat or CMS editor puts before a
 * heading as a title bar (▍一、总体情况, ◆, ■, 【一、总体情况】).
 */
const LEAD_MARKS = /^[#>•·\-▍▌▎▐█■□◆◇●○◉★☆▶►▸▷【［]+/;
/** What may follow a heading on its own line: a table of contents' leaders and page number. */
const LINE_TAIL = /^[.．。：:…·\-—–_\d】］]*$/;
/** A numeral inside a line opens a heading only after a boundary (not inside a word: 包括一、总体情况). */
const BOUNDARY_BEFORE = /[。；;：:，,！!？?）)」』】\]>|\d０-９]/;

/** A sub-item's ordinal opening a line: （二） (二) （2） ⑵ ㈡ ②. */
const SUB_ORDINAL = /^(?:[（(][一二三四五六七八九十\d０-９]{1,3}[)）]|[⑴-⒇㈠-㈩①-⑳])/;

/** The numeral 一…十 a one-character ordinal (㈡ ⑵ ②) stands for. */
function ordinalNumeral(ch: string): string | null {
  const code = ch.charCodeAt(0);
  for (const first of [0x3220, 0x2474, 0x2460]) {
    if (code >= first && code < first + NUMERALS.length) return NUMERALS[code - first]!;
  }
  return null;
}

/** The digit 1…9 of an ASCII, full-width or Roman numeral (１ Ⅰ). */
function arabicDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff11 && code <= 0xff19) return String(code - 0xff10);
  if (code >= 0x2160 && code <= 0x2168) return String(code - 0x215f);
  return ch;
}

/** The first characters of the unnumbered heading wordings (HEADING_PATTERNS): only those open a bare heading in a line. */
const BARE_STARTS = '总基政主行收因存其';

export interface LineFlags {
  emphasised: boolean;
}

/** The candidates of one line item (`text` is the item's text). */
export function headingCandidates(text: string, item: number, flags: LineFlags): HeadingCandidate[] {
  const c = compactText(text);
  const out: HeadingCandidate[] = [];
  const lead = LEAD_MARKS.exec(c.text)?.[0].length ?? 0;
  const atStart = matchAt(c, lead, true, flags);
  if (atStart) {
    const candidate = toCandidate(c, text, item, atStart, flags);
    out.push(SUB_ORDINAL.test(c.text.slice(lead)) ? { ...candidate, subNumbered: true } : candidate);
  }
  for (let i = atStart ? atStart.end : lead + 1; i < c.text.length; i++) {
    const ch = c.text[i]!;
    // 1.总体情况 inside a line only after a blank (a crawl's 。 1.总体情况): a digit stuck to text is a value or a date.
    const arabic = ch >= '1' && ch <= '6' && c.blankBefore[i] === 1;
    // Unnumbered words inside a line only standing between blanks (a crawl's 。 总体情况 2022年，…).
    const bare = c.blankBefore[i] === 1 && BARE_STARTS.includes(ch);
    if (!arabic && !bare && !'一二三四五六第'.includes(ch)) continue;
    if (!c.blankBefore[i] && !BOUNDARY_BEFORE.test(c.text[i - 1]!)) continue;
    const m = matchAt(c, i, false, flags, bare);
    if (m) {
      out.push(toCandidate(c, text, item, m, flags));
      i = m.end - 1;
    }
  }
  return out;
}

interface RawMatch {
  start: number;
  end: number;
  key: SectionKey;
  number: string | null;
  style: NumberingStyle;
  ownLine: boolean;
  fuzzy: boolean;
}

/** A heading starting at compact index `at`, if one does. */
function matchAt(c: CompactText, at: number, lineStart: boolean, flags: LineFlags, bare = false): RawMatch | null {
  let number: string | null = null;
  let style: NumberingStyle = 'none';
  let bodyAt = at;
  PAREN_NUMBER.lastIndex = at;
  const paren = lineStart ? PAREN_NUMBER.exec(c.text) : null;
  CN_NUMBER.lastIndex = at;
  const cn = paren ? null : CN_NUMBER.exec(c.text);
  // 一】 only closes the 【 a lead mark took: 一】 alone is no numeral.
  const bracketed = cn?.[3] === '】' || cn?.[3] === '］';
  const closed = !bracketed || (at > 0 && '【［'.includes(c.text[at - 1]!));
  const number1 = paren ? (paren[1] ?? ordinalNumeral(paren[2]!)) : null;
  if (paren && number1) {
    number = number1;
    style = 'cn';
    bodyAt = at + paren[0].length;
  } else if (cn && closed && (cn[1] || cn[3] || (lineStart && c.blankBefore[at + 1]))) {
    // A bare numeral needs punctuation or a blank after it (一、总体情况, 一 总体情况), not 一是….
    number = cn[1] ?? cn[2] ?? null;
    style = 'cn';
    bodyAt = at + cn[0].length;
    // The heading starts at its 【: 【一】总体情况 is a whole line heading.
    if (bracketed) at--;
  } else {
    ARABIC_NUMBER.lastIndex = at;
    const ar = ARABIC_NUMBER.exec(c.text);
    if (ar) {
      number = arabicDigit(ar[1]!);
      style = 'arabic';
      bodyAt = at + ar[0].length;
    }
  }
  if (!lineStart && style === 'none' && !bare) return null;
  for (const { key, re } of style === 'none' ? BODIES : NUMBERED_BODIES) {
    re.lastIndex = bodyAt;
    const m = re.exec(c.text);
    if (!m) continue;
    const end = bodyAt + m[0].length;
    const ownLine =
      LINE_TAIL.test(c.text.slice(end, end + STRUCTURE_LIMITS.headingTail)) &&
      end + STRUCTURE_LIMITS.headingTail >= c.text.length;
    // Unnumbered words are a heading only as a short line of their own, or as words a blank sets apart from the
    // text after them: at a line's start (总体情况 ⎵ 2022年，… — a heading run into its paragraph) or, inside a line
    // that holds the whole report, between blanks. A sentence naming the subject runs on: 总体情况良好.
    const alone = (bare && end === c.text.length) || ((bare || lineStart) && c.blankBefore[end] === 1);
    if (style === 'none' && !alone && (!ownLine || c.text.length > STRUCTURE_LIMITS.maxHeadingLine)) return null;
    return { start: at, end, key, number, style, ownLine, fuzzy: false };
  }
  return lineStart ? fuzzyMatch(c, at, bodyAt, number, style, flags) : null;
}

/** A short numbered (or emphasised) line close to a known wording: a typo in a heading. */
function fuzzyMatch(
  c: CompactText,
  at: number,
  bodyAt: number,
  number: string | null,
  style: NumberingStyle,
  flags: LineFlags,
): RawMatch | null {
  if (c.text.length > STRUCTURE_LIMITS.maxHeadingLine) return null;
  const index =
    style === 'cn' ? NUMERALS.indexOf(number as (typeof NUMERALS)[number]) : style === 'arabic' ? Number(number) - 1 : -1;
  const specs = index >= 0 ? SECTIONS.slice(index, index + 1) : flags.emphasised ? SECTIONS : [];
  // Most lines are neither numbered nor emphasised: nothing to compare, so nothing to normalise.
  if (specs.length === 0) return null;
  const body = normaliseLabel(c.text.slice(bodyAt));
  if (body.length < STRUCTURE_LIMITS.fuzzyMinLength) return null;
  const threshold = style === 'none' ? STRUCTURE_LIMITS.fuzzyUnnumbered : STRUCTURE_LIMITS.fuzzySimilarity;
  let best: { key: SectionKey; score: number } | null = null;
  for (const spec of specs) {
    for (const variant of spec.variants) {
      const score = similarity(body, variant);
      if (score >= threshold && (!best || score > best.score)) best = { key: spec.key, score };
    }
  }
  if (!best) return null;
  return { start: at, end: c.text.length, key: best.key, number, style, ownLine: true, fuzzy: true };
}

function toCandidate(c: CompactText, text: string, item: number, m: RawMatch, flags: LineFlags): HeadingCandidate {
  const from = c.raw[m.start] ?? 0;
  const to = m.end > 0 ? (c.raw[m.end - 1] ?? text.length - 1) + 1 : from;
  return {
    item,
    from,
    to: m.ownLine ? text.length : to,
    key: m.key,
    number: m.number,
    style: m.style,
    ownLine: m.ownLine,
    emphasised: flags.emphasised,
    fuzzy: m.fuzzy,
  };
}

/**
 * Whether a whole line is a section heading (used by the PDF reader to tell headings from table rows). A （N） line
 * is one only with its section's own numeral (（二）主动公开政府信息情况: a report numbering its sections （一）…（六）);
 * （一）主动公开政府信息情况 is a sub-item.
 */
export function wholeLineHeading(line: string): HeadingCandidate | null {
  const found = headingCandidates(line, 0, { emphasised: false })[0];
  if (found?.subNumbered && found.number !== NUMERALS[SECTIONS.findIndex((s) => s.key === found.key)]) return null;
  return found && found.from === 0 && found.ownLine ? found : null;
}
