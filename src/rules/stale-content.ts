/**
 * A report that repeats last year's narrative says nothing about this year (《条例》第五十条 asks for this year's
 * work, problems and improvements). With last year's report of the same organ (paired in the run, or
 * --previous), the share of this year's narrative — by characters, sentence by sentence, ignoring digits and
 * punctuation — that already stood in last year's report is measured; above the threshold, one warning names
 * the section that repeats most. With several copies of last year's report, it warns only if it repeats each. Off by default: an organ may legitimately keep standing sentences.
 */
import { paragraphsOf, sectionsOf } from '../parser/query.js';
import type { ReportRoot, SectionNode } from '../parser/types.js';
import { SECTIONS } from '../parser/data/sections.js';
import { normalSentences } from './support/sentences.js';
import { defineRule } from './types.js';

interface Options {
  /** Share (0–1) of this year's narrative found in last year's above which the rule warns. */
  threshold: number;
  /** Narratives shorter than this many characters (normalised) are not judged. */
  minCharacters: number;
}

export default defineRule<Options, 'repeated' | 'repeatedIn'>({
  meta: {
    id: 'stale-content',
    description: {
      zh: '年度报告的叙述不应大段照搬上一年度报告',
      en: 'Disallow a narrative largely copied from last year’s report',
    },
    category: 'statement',
    basis: '《中华人民共和国政府信息公开条例》第五十条（年度报告应当包括本年度工作情况）',
    defaultSeverity: 'warn',
    recommended: false,
    needs: 'previousReport',
    messages: {
      repeated: {
        zh: '本报告叙述有 {share}% 与 {previousYear} 年度报告相同，重复最多的是「{section}」（{sectionShare}%）',
        en: '{share}% of this report’s narrative repeats the {previousYear} report; most repeated: “{section}” ({sectionShare}%)',
      },
      repeatedIn: {
        zh: '本报告叙述有 {share}% 与 {previousYear} 年度报告 {previousFile} 相同，重复最多的是「{section}」（{sectionShare}%）',
        en: '{share}% of this report’s narrative repeats the {previousYear} report {previousFile}; most repeated: “{section}” ({sectionShare}%)',
      },
    },
    hints: {
      repeated: {
        zh: '请按本年度实际情况重写，尤其是存在的问题和改进措施',
        en: 'Rewrite it for this year, especially the problems and improvements',
      },
      repeatedIn: {
        zh: '请按本年度实际情况重写，尤其是存在的问题和改进措施',
        en: 'Rewrite it for this year, especially the problems and improvements',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        threshold: { type: 'number', minimum: 0, maximum: 1 },
        minCharacters: { type: 'integer', minimum: 0 },
      },
    },
    defaultOptions: { threshold: 0.5, minCharacters: 100 },
  },
  check(report, context) {
    // Every copy of last year the engine has (an original and its 更正版): the narrative is stale only if it
    // repeats each of them; the copy it repeats least is the one measured.
    const measured = (context.previousReports ?? []).map((copy) => ({
      file: copy.file,
      repetition: repetition(report, copy.report, context.options),
    }));
    if (!measured.length || measured.some((m) => m.repetition === undefined)) return;
    // The copy repeated least (the first in path order on a tie) is the one named, as carry-over names its copy.
    const least = measured.reduce((best, m) => (m.repetition!.share < best.repetition!.share ? m : best));
    const { share, previousYear, worst, worstShare } = least.repetition!;
    const heading = SECTIONS.find((s) => s.key === worst.key)?.canonical ?? worst.heading;
    const data = {
      share: Math.round(share * 100),
      previousYear,
      section: heading,
      sectionShare: Math.round(worstShare * 100),
    };
    context.report({
      node: worst,
      ...(least.file
        ? { messageId: 'repeatedIn', data: { ...data, previousFile: least.file } }
        : { messageId: 'repeated', data }),
    });
  },
});

interface Repetition {
  share: number;
  previousYear: number;
  worst: SectionNode;
  worstShare: number;
}

/** How much of this year's narrative one copy of last year's holds; undefined when it does not count as stale. */
function repetition(report: ReportRoot, previous: ReportRoot, options: Options): Repetition | undefined {
  if (report.year !== null && previous.year !== null && previous.year !== report.year - 1) return undefined;
  if (report.organ && previous.organ && report.organ !== previous.organ) return undefined;
  const before = new Set(paragraphsOf(previous).flatMap((p) => normalSentences(p.text)));
  if (before.size === 0) return undefined;
  let total = 0;
  let repeated = 0;
  let worst: { section: SectionNode; share: number; repeated: number } | undefined;
  for (const section of sectionsOf(report)) {
    let sectionTotal = 0;
    let sectionRepeated = 0;
    for (const block of section.children) {
      if (block.type !== 'paragraph') continue;
      for (const sentence of normalSentences(block.text)) {
        sectionTotal += sentence.length;
        if (before.has(sentence)) sectionRepeated += sentence.length;
      }
    }
    total += sectionTotal;
    repeated += sectionRepeated;
    const share = sectionTotal ? sectionRepeated / sectionTotal : 0;
    if (sectionRepeated > 0 && (!worst || share > worst.share || (share === worst.share && sectionRepeated > worst.repeated))) {
      worst = { section, share, repeated: sectionRepeated };
    }
  }
  if (total < options.minCharacters || !worst || repeated / total <= options.threshold) return undefined;
  return {
    share: repeated / total,
    previousYear: previous.year ?? (report.year ?? 1) - 1,
    worst: worst.section,
    worstShare: worst.share,
  };
}
