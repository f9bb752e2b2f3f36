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

const N = String.raw`([\d,]+|[零〇一二两三四五六七八九十百千]+)\s*(?:件|起|个|宗)`;
const PATTERNS: ReadonlyArray<[NarrativeFigure['kind'], RegExp]> = [
  ['applicationsReceived', new RegExp(String.raw`(?:共|累计|全年)?(?:收到|新收|受理|接收|接到)(?:各类|各类型)?(?:政府信息公开申请|依申请公开(?:政府信息)?(?:申请)?|信息公开申请|公开申请|申请)(?:共|共计|合计)?\s*${N}`)],
  ['applicationsReceived', new RegExp(String.raw`(?:收到|受理|接到)[^。；，,\d]{0,12}(?:申请|公开)\s*${N}`)],
  ['carried', new RegExp(String.raw`上年(?:度)?结转(?:政府信息公开申请|申请)?\s*${N}`)],
  ['carryForward', new RegExp(String.raw`结转(?:至|到)?下(?:一)?年(?:度)?(?:继续办理)?\s*${N}`)],
  ['handled', new RegExp(String.raw`(?:办结|已办结|答复|办理完毕)(?:政府信息公开申请|申请)?\s*${N}`)],
  ['reviewCases', new RegExp(String.raw`行政复议(?:案件|申请)?\s*${N}`)],
  ['litigationCases', new RegExp(String.raw`行政诉讼(?:案件)?\s*${N}`)],
];
const NO_APPLICATIONS = /(未|没有|无)(收到|接到|受理|发生)(任何)?(形式的)?(政府信息公开|依申请公开|信息公开|公开)?申请/;
const NO_REVIEW = /(未|没有|无)(发生|出现)?(因政府信息公开)?[^。；]{0,16}(被申请)?行政复议(和|或|及|、)?(提起)?(行政诉讼)?/;
export const JURISDICTION = /全(市|区|县|省|州|盟|旗|镇各)|各级|各部门|各单位|各乡镇|各街道|全系统|市本级及/;

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
        out.push({ type: 'figure', kind, value, scope, text: sentence.trim(), section: line.section, ...(position ? { position } : {}) });
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
      const outcome = noReview && /^\s*(?:纠错|纠正|败诉|撤销|确认违法)/.test(sentence.slice(noReview.index + noReview[0].length));
      if (noReview && !outcome && !seen.has('reviewCases') && /未|没有|无/.test(noReview[0])) {
        add('reviewCases', 0, noReview.index, noReview[0].length);
        if (noReview[0].includes('行政诉讼') || /行政诉讼/.test(sentence.slice(noReview.index, noReview.index + noReview[0].length + 8))) {
          add('litigationCases', 0, noReview.index, noReview[0].length);
        }
      }
      from += sentence.length;
    }
  }
  return out;
}
