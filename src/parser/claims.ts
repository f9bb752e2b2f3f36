/**
 * Claims of the narrative that the tables or the title can contradict: a sentence saying every application was
 * handled (全部办结, 所有申请均已办理完成), and a phrase that names the report year by number (本年度（2022年）, the
 * opening "2022年，…" of 一、总体情况, 2022年1-12月). Only phrases that clearly speak of the report year are kept:
 * comparisons (较2022年, 与上年相比) and plans (2024年将…) name other years rightly and are left alone.
 */
import type { NarrativeClaim, SectionKey } from './types.js';
import { type LineIndex, spanPosition } from './text-run.js';
import { toAsciiDigits } from './labels.js';
import type { TextLine } from './statements.js';
import { JURISDICTION } from './narrative.js';

const ALL_HANDLED =
  /(所有|全部|各类)?(政府信息公开)?申请(均|都|全部)?(已)?(办理完成|办理完毕|处理完毕|办结)(?!率)|(全部|均已|均|都已|都)(按时|依法|按期|及时|在法定期限内)?(予以)?(办结|办理完毕|办理完成|处理完毕)(?!率)/;
/** Words that make a "handled" sentence about part of the applications, or deny it. */
const PARTIAL = /上年结转|结转(的|下)|其余|除|未全部|尚未|没有全部|不能|部分|复议|诉讼|信访|建议|提案|投诉/;

const YEAR_PHRASES: readonly RegExp[] = [
  // 本年度（2022年）, 本年（2022年度）, 本年度即2022年
  /本年度?\s*[（(]\s*(\d{4})\s*年?度?\s*[)）]|本年度?即\s*(\d{4})\s*年/,
  // 2022年度（本年度）
  /(\d{4})\s*年度?\s*[（(]\s*(?:即)?本年度?\s*[)）]/,
];
/** 2022年1-12月, 2022年全年: a statistical period written without days, unless the sentence also speaks of 本年/今年. */
const PERIOD_PHRASE = /(\d{4})\s*年\s*(?:1\s*(?:月)?\s*(?:[-－—–~～至到])\s*12\s*月|全年)/;
/** The opening of 一、总体情况: "2022年，本局…" speaks of the report year. */
const OPENING = /^\s*(\d{4})\s*年度?\s*[，,]/;
/** Sentences that compare with or plan for another year name it rightly. */
const OTHER_YEAR_CONTEXT = /较|比|相比|对比|同比|环比|去年|上年|上一年|前年|以来|将|计划|拟|明年|下一年|下一步|今后|增长|下降|减少|增加|持平/;

export function findClaims(lines: readonly TextLine[], index: LineIndex): NarrativeClaim[] {
  const out: NarrativeClaim[] = [];
  const opened = new Set<SectionKey>();
  for (const line of lines) {
    if (line.inTable) continue;
    const text = toAsciiDigits(line.run.text);
    const first = line.section === 'overview' && !opened.has('overview') && text.trim().length > 0;
    if (first) opened.add('overview');
    let from = 0;
    for (const sentence of text.split(/(?<=[。；;！!？?])/)) {
      const at = from;
      from += sentence.length;
      const add = (claim: Omit<NarrativeClaim, 'type' | 'text' | 'section' | 'position'>, start: number, length: number): void => {
        const position = spanPosition(line.run, at + start, at + start + length, index);
        out.push({ type: 'claim', ...claim, text: sentence.trim(), section: line.section, ...(position ? { position } : {}) });
      };
      const handled = ALL_HANDLED.exec(sentence);
      if (handled && /申请/.test(sentence) && !PARTIAL.test(sentence)) {
        add({ kind: 'allHandled', scope: JURISDICTION.test(sentence) ? 'jurisdiction' : 'organ' }, handled.index, handled[0].length);
      }
      if (OTHER_YEAR_CONTEXT.test(sentence)) continue;
      const years = new Set([...sentence.matchAll(/(\d{4})\s*年/g)].map((m) => m[1]));
      // A sentence naming two years (2022年…2023年…) is about more than one: leave it.
      if (years.size !== 1) continue;
      const opening = first && at === 0 ? OPENING.exec(sentence) : null;
      const period = /本年|今年/.test(sentence) ? null : PERIOD_PHRASE.exec(sentence);
      const phrase = opening ?? YEAR_PHRASES.map((re) => re.exec(sentence)).find((m) => m !== null) ?? period;
      const year = phrase ? Number(phrase[1] ?? phrase[2]) : NaN;
      if (phrase && Number.isInteger(year)) add({ kind: 'reportYear', year, scope: 'organ' }, phrase.index, phrase[0].length);
    }
  }
  return out;
}
