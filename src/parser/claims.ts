/**
 * Claims of the narrative that the tables or the title can contradict: a sentence saying every application was
 * handled (全部办结, 所有申请均已办理完成), and a phrase that names the report year by number (本年度（2022年）, the
 * opening "2022年，…" of 一、总体情况, 2022年1-12月). Only phrases that clearly speak of the report year are kept:
 * comparisons (较2022年, 与上年相比) and plans (2024年将…) name other years rightly and are left alone.
 */
import type { NarrativeClaim, SectionKey } from './types.js';
import { type LineIndex, spanPosition } from './text-run.js';
import { yearDigits } from './title-organ.js';
import type { TextLine } from './statements.js';
import { JURISDICTION } from './data/narrative.js';
import {
  ALL_HANDLED,
  OPENING,
  COMPARISON,
  DISCLOSURE_APPLICATIONS,
  OPENING_ISSUANCE,
  OTHER_APPLICATIONS,
  PARALLEL_OPENING,
  PARTIAL,
  PERIOD_PHRASE,
  PLAN,
  SUB_HEADING,
  SUB_HEADING_LEAD,
  YEAR_PHRASES,
} from './data/claims.js';

/** `year`: the report's (the title's, else the period's), null when not known. */
export function findClaims(lines: readonly TextLine[], index: LineIndex, year: number | null): NarrativeClaim[] {
  const out: NarrativeClaim[] = [];
  const opened = new Set<SectionKey>();
  // The overview opened with a sub-heading alone on its line (（一）主动公开。): its next line opens it too.
  let headed = false;
  for (const line of lines) {
    if (line.inTable) continue;
    // A year in Chinese numerals as digits, one for one (二〇二一年 → 2021年: red team rtV #15).
    const text = yearDigits(line.run.text);
    const first = line.section === 'overview' && (!opened.has('overview') || headed) && text.trim().length > 0;
    if (first) {
      headed = !opened.has('overview') && SUB_HEADING.test(text);
      opened.add('overview');
    }
    // A sub-heading opening the line (（一）主动公开。2021年，我局…): the sentence after it opens the overview.
    const lead = first ? (SUB_HEADING_LEAD.exec(text)?.[0].length ?? 0) : 0;
    let from = 0;
    for (const sentence of text.split(/(?<=[。；;！!？?])/)) {
      const at = from;
      from += sentence.length;
      const add = (
        claim: Omit<NarrativeClaim, 'type' | 'text' | 'section' | 'position'>,
        start: number,
        length: number,
      ): void => {
        const position = spanPosition(line.run, at + start, at + start + length, index);
        // Quoted as the report writes it (二〇二一年, not the digits read): the digits take one character each.
        const written = line.run.text.slice(at, at + sentence.length).trim();
        out.push({ type: 'claim', ...claim, text: written, section: line.section, ...(position ? { position } : {}) });
      };
      const handled = ALL_HANDLED.exec(sentence);
      if (handled && /申请/.test(sentence) && !PARTIAL.test(sentence) && !otherApplications(sentence)) {
        add(
          { kind: 'allHandled', scope: JURISDICTION.test(sentence) ? 'jurisdiction' : 'organ' },
          handled.index,
          handled[0].length,
        );
      }
      if (COMPARISON.test(sentence) || PLAN.test(sentence)) continue;
      const years = new Set([...sentence.matchAll(/(\d{4})\s*年/g)].map((m) => m[1]));
      // A sentence naming two years (2022年…2023年…) is about more than one: leave it.
      if (years.size !== 1) continue;
      const opened = first && (at === 0 || at === lead) && !OPENING_ISSUANCE.test(sentence) ? OPENING.exec(sentence) : null;
      const opening = opened && !comparesYears(text, Number(opened[1])) ? opened : null;
      const period = /本年|今年/.test(sentence) ? null : PERIOD_PHRASE.exec(sentence);
      const named = YEAR_PHRASES.map((re) => re.exec(sentence)).find((m) => m !== null);
      const phrase = opening ?? named ?? period;
      const stated = phrase ? Number(phrase[1] ?? phrase[2]) : NaN;
      // An opening or a period of a year after the report year is a plan, never last year's text (2023年全年，我局
      // 重点抓好以下工作… in a report on 2022; red team rtV #9). 本年度（2024年） says the report year is another.
      if (year !== null && stated > year && phrase !== named) continue;
      // 将 alone plans only for a year after the report year (2024年，我局将政务公开纳入考核); of an earlier year it is
      // 把 (2022年，本局将政务公开纳入绩效考核: text left from last year's report, rtL F6).
      const plan = sentence.includes('将') && (year === null || stated > year);
      // 将 of an earlier year in a sentence that goes on to this year (2020年，区政府将我镇列为试点，本年度我镇…) gives
      // that year as its background (review7 F5).
      if (sentence.includes('将') && /本年|今年/.test(sentence)) continue;
      if (phrase && Number.isInteger(stated) && !plan)
        add({ kind: 'reportYear', year: stated, scope: 'organ' }, phrase.index, phrase[0].length);
    }
  }
  return out;
}

/** Whether the sentence speaks of applications of another kind only (行政许可申请…均已办结), not for information. */
function otherApplications(sentence: string): boolean {
  return OTHER_APPLICATIONS.test(sentence) && !DISCLOSURE_APPLICATIONS.test(sentence);
}

/** Whether the paragraph goes on with a clause opening with another year, not a plan (PARALLEL_OPENING). */
function comparesYears(text: string, year: number): boolean {
  for (const m of text.matchAll(PARALLEL_OPENING)) if (Number(m[1]) !== year && !/将|计划|拟/.test(m[2] ?? '')) return true;
  return false;
}
