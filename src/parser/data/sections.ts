/** The six sections of the 2021 format (docs/domain.md "Six sections"), with the wording variants real reports use. */
import type { SectionKey } from '../types.js';

export interface SectionSpec {
  key: SectionKey;
  numeral: string;
  canonical: string;
  /** Normalised texts (no spaces, no punctuation) that a heading may equal, numeral removed. */
  variants: readonly string[];
}

export const SECTIONS: readonly SectionSpec[] = [
  { key: 'overview', numeral: '一', canonical: '一、总体情况', variants: ['总体情况', '基本情况'] },
  {
    key: 'active',
    numeral: '二',
    canonical: '二、主动公开政府信息情况',
    variants: ['主动公开政府信息情况', '行政机关主动公开政府信息情况', '主动公开政府信息'],
  },
  {
    key: 'applications',
    numeral: '三',
    canonical: '三、收到和处理政府信息公开申请情况',
    variants: ['收到和处理政府信息公开申请情况', '行政机关收到和处理政府信息公开申请情况'],
  },
  {
    key: 'review',
    numeral: '四',
    canonical: '四、政府信息公开行政复议、行政诉讼情况',
    variants: [
      '政府信息公开行政复议行政诉讼情况',
      '因政府信息公开工作被申请行政复议提起行政诉讼情况',
      '政府信息公开工作行政复议行政诉讼情况',
      '政府信息公开行政复议和行政诉讼情况',
      '政府信息公开工作行政复议和行政诉讼情况',
      '行政复议行政诉讼情况',
      '行政复议和行政诉讼情况',
    ],
  },
  {
    key: 'problems',
    numeral: '五',
    canonical: '五、存在的主要问题及改进情况',
    variants: [
      '存在的主要问题及改进情况',
      '政府信息公开工作存在的主要问题及改进情况',
      '存在的主要问题及改进措施',
      '存在的主要问题及整改措施',
      '政府信息公开工作存在的主要问题及改进措施',
      '政府信息公开工作存在的主要问题及整改措施',
      '存在的主要问题和改进情况',
      '存在的主要问题和改进措施',
    ],
  },
  { key: 'other', numeral: '六', canonical: '六、其他需要报告的事项', variants: ['其他需要报告的事项'] },
];

export const SECTION_ORDER: readonly SectionKey[] = SECTIONS.map((s) => s.key);

export const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/**
 * A section heading's words, as a pattern on text with blanks removed (numeral excluded). Each alternative is a
 * wording seen in real reports (docs/domain.md); `.?` inside a word tolerates one stray character (行政法复议).
 */
export const HEADING_PATTERNS: Readonly<Record<SectionKey, string>> = {
  overview: '(?:政府信息公开(?:工作)?)?(?:总体情况|基本情况|总体概况)',
  active: '(?:行政机关)?主动公开政府信息(?:的)?(?:工作)?(?:情况)?',
  applications: '(?:行政机关)?收到(?:和|及|与)?处理政府信息公开申请(?:的)?(?:情况)?',
  review: '因?(?:政府信息公开)?(?:工作)?(?:被申请)?行政.?复议[、，,]?(?:和|及|与)?(?:提起)?行政.?诉讼(?:的)?情况',
  // 改进/整改 is required: "2025年工作中存在的主要问题" (a sub-heading of 五) is not the heading.
  problems: '(?:政府信息公开)?(?:工作)?存在的?(?:主要)?问题[、，,]?(?:及|和|与)?(?:其)?(?:改进|整改)(?:情况|措施|方向)?',
  other: '其他需要报告的事项',
};

/**
 * Shorter wordings a heading may have only after its numeral (四、行政复议与行政诉讼): unnumbered, the same words
 * are table 四's header (行政复议 行政诉讼).
 */
export const NUMBERED_HEADING_PATTERNS: Readonly<Partial<Record<SectionKey, string>>> = {
  review: '(?:政府信息公开)?(?:工作)?行政.?复议[、，,]?(?:和|及|与)?行政.?诉讼',
};

/**
 * The shorter wordings an unnumbered heading may have: only with the word or mark that joins the two subjects
 * written (行政复议与行政诉讼, 行政复议、行政诉讼). Table 四's header prints its two groups as cells apart
 * (行政复议 ⎵ 行政诉讼), never joined.
 */
export const JOINED_HEADING_PATTERNS: Readonly<Partial<Record<SectionKey, string>>> = {
  review: '(?:政府信息公开)?(?:工作)?行政.?复议(?:[、，,](?:和|及|与)?|和|及|与)行政.?诉讼',
};

/** Subject words that a sentence listing the report's parts names (a preamble "内容包括总体情况、…"). */
export const SUBJECT_WORDS: readonly RegExp[] = [
  /总体情况/,
  /主动公开政府信息/,
  /政府信息公开申请/,
  /行政复议/,
  /存在的?主要问题/,
  /其他需要报告的事项/,
];

/** Thresholds of the section finder, each with its reason. */
export const STRUCTURE_LIMITS = {
  /** A heading standing alone on a line is short; a longer line that merely starts with section words is a sentence. */
  maxHeadingLine: 40,
  /** After a heading's words, this many characters of leader dots, a colon or a page number still leave it a line of its own. */
  headingTail: 16,
  /** A typo'd heading needs at least this many characters after its numeral: fewer match too many wordings. */
  fuzzyMinLength: 4,
  /** Letters and numbers between two headings are counted only up to this: enough to tell a listing from a body. */
  gapCountCap: 64,
  /** Runs of digits between two headings that make content (a flattened table's values), not one TOC page number. */
  contentNumbers: 2,
  /** A typo'd heading (行政复仪) still matches when this share of a known wording's characters is there in order. */
  fuzzySimilarity: 0.8,
  /** An unnumbered, emphasised line (bold, a Markdown heading) needs a closer match: it has no numeral to confirm it. */
  fuzzyUnnumbered: 0.85,
  /** Headings this close to each other (counted in letters, not digits or dots) list the parts: a TOC or preamble. */
  clusterGap: 6,
  /** Distinct sections in such a run that make it a list of the parts rather than the body. */
  clusterSections: 4,
  /** A sentence naming this many of the six subjects lists the parts (a preamble), it is not the body. */
  subjectsInListing: 4,
  /** … within this many characters: a listing names them one after another; a run-on crawl names them pages apart. */
  listingSpan: 200,
  /** Headings of one numbering style (一、 or 1.) for this many sections make it the report's style. */
  styleSections: 3,
  /** Sections written again or out of order kept for the rules to name: enough to say so, bounded for huge input. */
  maxRepeated: 12,
} as const;

/** Every section placed is worth this much, more than any sum of the scores below: the count of sections comes first. */
export const SECTION_WORTH = 1000;

/** How much a candidate heading looks like the report's own heading, each with its reason. */
export const HEADING_SCORE = {
  /** A section left empty (nothing before the next heading) is less likely than a heading repeated nearby. */
  emptySection: -20,
  /** 二、主动公开… : the numeral the format gives this section. */
  numeralMatches: 8,
  /** 五、其他需要报告的事项: numbered, but renumbered after a missing section. */
  numeralDiffers: 3,
  /** 2.主动公开…: the section's place in 1. numbering. */
  arabicMatches: 6,
  arabicDiffers: 1,
  /** A heading stands on its own line; one inside a line is only as good when nothing better exists. */
  ownLine: 3,
  /** Bold or a Markdown heading. */
  emphasised: 2,
  /** Tables 二 三 四 follow their heading; a sub-heading repeating those words has prose after it. */
  tableFollows: 2,
  /** Matched by similarity (a typo): the exact wording, when present elsewhere, wins. */
  fuzzy: -4,
} as const;

/** Locating a report inside a web page by its headings (adapters/html-content.ts). */
export const PAGE_LIMITS = {
  /** Fewer placed headings than this are no structure to locate the report by: the subject words decide. */
  minSections: 3,
  /** The element holding the headings with less text than this before its first heading lacks the preamble. */
  preambleLetters: 40,
  /** … which is in its parent when the parent adds at most this much (a page's navigation adds thousands). */
  parentExtra: 600,
} as const;
