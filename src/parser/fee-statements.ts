/**
 * Information processing fee statements (信息处理费), read once from the report's sentences and from the cells of
 * tables no template claims (section 六's | 信息处理费（元） | 0 |). Rules never parse text themselves.
 */
import type { Position } from 'unist';
import type { FeeMention, FeeStatement, SectionKey } from './types.js';
import { type LineIndex, spanPosition, type TextRun } from './text-run.js';
import type { RawCell, RawRow, RawTable } from './raw-table.js';
import { toAsciiDigits } from './labels.js';
import { parseCount } from './numbers.js';
import { clauseStartOf } from './clause-start.js';
import { compactWords } from './heading-candidates.js';
import { sentences, type TextLine } from './statements.js';
import { namesReportYear, otherYear } from './year-tie.js';
import { JURISDICTION } from './data/narrative.js';
import {
  ADVERBIAL,
  CHARGING,
  CLAUSE_ENDING,
  CLAUSE_OPENING,
  CLAUSE_STOP,
  CLAUSE_TRAIL,
  CONJUNCTION,
  COLLECTED,
  DISCLOSURE_CONTEXT,
  FAULT_WORD,
  FEE_NAME,
  FEE_SENTENCE,
  FEE_TAIL,
  INSTRUCTION,
  JOINED_FEE,
  JOINED_PAPER,
  MISREAD_FEE_CONTEXT,
  LEAD_IN,
  NIL_CELL,
  NOT_APPLICANT_FEE,
  NONE_COLLECTED,
  NOTE,
  NOTICE_LABEL,
  DAMAGED_NOTICES,
  NOTICES,
  NOTICES_ISSUED,
  NOTICE_DENIAL,
  OTHER_FEE,
  OWN_DENIAL,
  OWN_EXEMPTION,
  PARTIAL_DENIAL,
  PART_GAP,
  PART_SUBJECT,
  QUOTE_PAIRS,
  ROW_LABEL,
  ROW_LABEL_WORDS,
  SIGNATURE_DATE,
  SIGNATURE_ORGAN,
  SUBJECT_END,
  TOTAL_HEAD,
  VALUE_CELL,
  VERBAL_NEGATION,
  ZERO_NOTICES,
  NIL_NOTICES_AND_FEE,
} from './data/fees.js';

export interface FeeSentences {
  statements: FeeStatement[];
  mentions: FeeMention[];
}

/** A table no template claims (tables 二, 三, 四 are read as such), with the section it stands in. */
export interface OtherTable {
  table: RawTable;
  section: SectionKey | null;
}

type Reading = Pick<
  FeeStatement,
  'noneCollected' | 'noNotice' | 'notices' | 'noticesSum' | 'noticesOfOthers' | 'noticesIssued' | 'noticesUnread' | 'collected'
>;

export function findFeeStatements(
  lines: readonly TextLine[],
  tables: readonly OtherTable[],
  year: number | null,
  index: LineIndex,
): FeeSentences {
  const found: Array<FeeStatement | FeeMention> = [];
  lines.forEach((line, l) => {
    if (line.inTable) return;
    const text = toAsciiDigits(line.run.text);
    const spans = sentences(text);
    spans.forEach((s, k) => {
      let sentence = feeWords(text.slice(s.from, s.to), line.section);
      // A signature run into the paragraph's last sentence is no part of what it says.
      const signed = sentence !== null && k === spans.length - 1 ? signatureStart(line.run, text, s, index) : null;
      if (signed !== null) sentence = feeWords(text.slice(s.from, signed), line.section) ?? sentence;
      if (sentence === null) {
        // The fee's name with one character misread (OCR: 信息处埋费, 信息处理赞): what the sentence states is not
        // read, but it speaks of the fee, so the rule says it could not read it, never that nothing was said.
        if (misreadFeeName(text.slice(s.from, s.to)))
          found.push(
            toNode(line.run.text.slice(s.from, s.to).trim(), line.section, null, spanPosition(line.run, s.from, s.to, index)),
          );
        return;
      }
      let reading = readSentence(sentence, year);
      let to = s.to;
      if (!reading && LEAD_IN.test(sentence)) {
        // A lead-in naming the fee (**（一）收取信息处理费情况。**本年度未收取。) is read with the sentence after it, in
        // its line or first in the next line of its section, when that one does not speak of the fee itself.
        const next = spans[k + 1] ? { line, span: spans[k + 1]! } : nextLineStart(lines, l);
        const words = next ? nextWords(next.line, next.span) : null;
        if (next && words !== null) {
          reading = readSentence(`${sentence.replace(/[。.:：]$/, '')}：${words}`, year);
          if (reading && next.line === line) to = next.span.to;
        }
      }
      if (!reading && ROW_LABEL_WORDS.test(sentence)) return;
      // A sentence that only names the fee ("严格执行信息处理费管理办法") states nothing of this year's fees, or
      // states it in words the lists miss: a mention, which keeps the rule from saying "nothing was said".
      found.push(
        toNode(line.run.text.slice(s.from, to).trim(), line.section, reading, spanPosition(line.run, s.from, to, index)),
      );
    });
  });
  found.push(...glyphLineMentions(lines, index));
  for (const { table, section } of tables) found.push(...readTable(table.rows, section, year));
  // In document order (sentences and tables were read apart), when every one has a place.
  if (found.every((f) => f.position)) found.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0));
  return {
    statements: found.filter((f): f is FeeStatement => f.type === 'fee'),
    mentions: found.filter((f): f is FeeMention => f.type === 'feeMention'),
  };
}

/** How far back from a sentence's end its signature may start (an organ's name and a date). */
const SIGNATURE_SPAN = 48;

/**
 * Where a signature run into a paragraph's last sentence starts, or null: a sentence without its full stop joined
 * with the lines under it (…的情况 ⏎ 杭州市东河区教育局 ⏎ 2024年1月20日: review13 F1). Known by its own lines only: the
 * date ends the sentence, and the organ's name (SIGNATURE_ORGAN) fills the line the date stands on before it, or the
 * line above the date's; words run on from the sentence on the same line are never taken for it (review15 F1:
 * …不公开的情况 read as a signature let the denial of a fault pass for one of notices).
 */
function signatureStart(run: TextRun, text: string, span: { from: number; to: number }, index: LineIndex): number | null {
  const from = Math.max(span.from, span.to - SIGNATURE_SPAN);
  const date = SIGNATURE_DATE.exec(text.slice(from, span.to));
  if (!date) return null;
  const at = from + date.index;
  const lineAt = (i: number): number | undefined => spanPosition(run, i, i + 1, index)?.start.line;
  // The first character of the line holding text[end - 1], looked for back to `from`; null when that line starts
  // before it (or the lines are not known).
  const lineStart = (end: number): number | null => {
    const line = lineAt(end - 1);
    if (line === undefined) return null;
    for (let i = end - 1; i > from; i--) if (!/\s/.test(text[i - 1]!) && lineAt(i - 1) !== line) return i;
    return null;
  };
  const organ = (start: number, end: number): boolean => SIGNATURE_ORGAN.test(compactWords(text.slice(start, end)));
  // The organ before the date on the date's line.
  const own = lineStart(at + 1);
  if (own === null) return null;
  if (own < at) return own > span.from && organ(own, at) ? own : null;
  // The date alone on its line: the organ's is the line above.
  let end = at;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  const above = lineStart(end);
  return above !== null && above > span.from && organ(above, end) ? above : null;
}

/**
 * A row of a template's table with one cell of text and nothing else (| 注：本年度未收取信息处理费。 | | … |): a note
 * in the table, no template row (each of those holds its values, or is a group's label, which names no fee).
 */
export function isNoteRow(row: RawRow): boolean {
  const filled = row.cells.filter((c) => !c.spanned && c.text.trim() !== '');
  return filled.length === 1 && /[。；]|^\s*(?:注|备注|说明)/.test(filled[0]!.text);
}

/** A row naming 信息处理费: no row of the templates' tables does (table 三's （六）2 names 收费通知 and 费用 only). */
export function isFeeRow(row: RawRow): boolean {
  return row.cells.some((c) => !c.spanned && c.text.includes('费') && compactWords(c.text).includes('处理费'));
}

/**
 * The words of a text that speaks of this fee, with blanks removed (OCR spaces out every character: 未 收 取 信 息
 * 处 理 费) and table 三's row label dropped; null when it is not about this fee or is a form's instruction. A sentence
 * (`section` given, undefined for a table's cell) may speak of it in general words of charging (本年度无收费,
 * 依申请提供政府信息均免费): in section 六, or where it speaks of disclosure on application, never of a budget.
 */
function feeWords(text: string, section?: SectionKey | null): string | null {
  // Every wording of the fee has 费 or 无偿: most sentences are passed over without being compacted.
  if (!text.includes('费') && !text.includes('无偿')) return null;
  const words = compactWords(toAsciiDigits(text)).replace(ROW_LABEL, '');
  if (!FEE_SENTENCE.test(words) && !generalCharging(words, section)) return null;
  if (!/处理费|收费通知|缴费通知/.test(words) && OTHER_FEE.test(words)) return null;
  return INSTRUCTION.test(words) ? null : words;
}

/** Whether the text names 信息处理费 with exactly one character of it misread (or lost), as OCR does. */
function misreadFeeName(text: string): boolean {
  if (!text.includes('信') && !text.includes('息') && !text.includes('处')) return false;
  const words = compactWords(text);
  // The name written in full: the sentence was passed over for what it says (a form's instruction, another fee).
  if (words.includes(FEE_NAME)) return false;
  for (let at = 0; at + FEE_NAME.length - 1 <= words.length; at++) {
    const window = words.slice(at, at + FEE_NAME.length);
    let wrong = -1;
    let misses = 0;
    for (let k = 0; k < FEE_NAME.length && misses < 2; k++) {
      if (window[k] === FEE_NAME[k]) continue;
      misses++;
      wrong = k;
    }
    // One character wrong: 信息处埋费; the last misread needs charging words (信息处理能力 is another thing).
    if (window.length === FEE_NAME.length && misses === 1)
      if (wrong < FEE_NAME.length - 1 || MISREAD_FEE_CONTEXT.test(words)) return true;
    // One character lost before 费: 信息处费, 信息理费 (信息处理 alone is other words).
    const lost = words.slice(at, at + FEE_NAME.length - 1);
    for (let k = 0; k < FEE_NAME.length - 1; k++)
      if (lost === FEE_NAME.slice(0, k) + FEE_NAME.slice(k + 1) && MISREAD_FEE_CONTEXT.test(words)) return true;
  }
  return false;
}

function generalCharging(words: string, section: SectionKey | null | undefined): boolean {
  if (section === undefined || !CHARGING.test(words) || NOT_APPLICANT_FEE.test(words)) return false;
  return section === 'other' || DISCLOSURE_CONTEXT.test(words);
}

/** The first sentence of the next line, when that line stands in the same section and not in a table. */
function nextLineStart(lines: readonly TextLine[], l: number): { line: TextLine; span: { from: number; to: number } } | null {
  const line = lines[l + 1];
  if (!line || line.inTable || line.section !== lines[l]!.section) return null;
  const span = sentences(toAsciiDigits(line.run.text))[0];
  return span ? { line, span } : null;
}

/** The words of the sentence after a lead-in, or null when it speaks of the fee itself (it is read on its own). */
function nextWords(line: TextLine, span: { from: number; to: number }): string | null {
  const text = toAsciiDigits(line.run.text).slice(span.from, span.to);
  if (feeWords(text, line.section) !== null) return null;
  const words = compactWords(text);
  return words.length > 0 && words.length <= 40 ? words : null;
}

/** What a sentence states, or null when it states nothing the lists know. `year` is the report's, when known. */
function readSentence(sentence: string, year: number | null): Reading | null {
  const { max: notices, sum, jurisdiction, others } = noticeCount(sentence, year);
  const collected = collectedThisYear(sentence, year);
  const denials = noticeDenials(sentence);
  // An amount above 0 outweighs a negation elsewhere in the sentence (未发出… 收取100元 is not 'none').
  const noneCollected = collected === 0 || (collected === null && (NONE_COLLECTED.test(sentence) || denials.fee));
  const noNotice = denials.at.some((at) => deniesThisYear(sentence, at, year));
  // Notices said to be issued this year, counted or not (向2名申请人发出收费通知); 2022年12月发出… is another year's, and
  // a jurisdiction's count (全县…共发出收费通知120件) says nothing of the organ's own notices: the rule then says their
  // number is not mentioned, never silent on a contradiction it cannot judge (review5 F3).
  const issued = jurisdiction && notices === null ? null : NOTICES_ISSUED.exec(sentence);
  const noticesIssued = notices !== null || (issued !== null && !otherYear(sentence, 0, issued.index, year));
  // A count OCR damaged (5OO件) where no count was read: unread, said so by the rule, never taken for no count.
  const damaged = notices === null ? DAMAGED_NOTICES.exec(sentence) : null;
  const unread = damaged ? { noticesUnread: (damaged[1] ?? damaged[2])! } : {};
  return noneCollected || noNotice || noticesIssued || collected !== null || damaged || jurisdiction
    ? {
        noneCollected,
        noNotice,
        notices,
        ...(sum !== null ? { noticesSum: sum } : {}),
        ...(others !== null ? { noticesOfOthers: others } : {}),
        noticesIssued,
        ...unread,
        collected,
      }
    : null;
}

const EVERY_COLLECTED = new RegExp(COLLECTED.source, 'g');

/**
 * The amount collected this year: the first one stated whose clause names no other year (本年度未收取信息处理费（上年度
 * 收取300元）, …，2022年收取信息处理费300元 in a report on 2023 are last year's: rtAE 4, read as 300 collected this
 * year beside the denial). The year is read up to the amount, not to 收取: the words between may name it.
 */
function collectedThisYear(sentence: string, year: number | null): number | null {
  for (const m of sentence.matchAll(EVERY_COLLECTED)) {
    const amountAt = m.index + m[0].search(/\d/);
    if (otherYear(sentence, 0, amountAt, year)) continue;
    return Number(m[1]!.replace(/,/g, '')) * (m[2] ? 10000 : 1);
  }
  return null;
}

/**
 * Where the sentence denies that any fee notice was issued (收费通知0件, or a negation of notices whose clause ends at
 * them: denialEnds), and whether a denial names the fee with the notices (未发出收费通知和收取信息处理费: none collected
 * either, whatever year or applicants it is said of).
 */
function noticeDenials(sentence: string): { at: number[]; fee: boolean } {
  const at: number[] = [];
  let fee = false;
  let stray: ReadonlySet<number> | undefined;
  for (const m of sentence.matchAll(NOTICE_DENIAL)) {
    stray ??= strayClosers(sentence);
    const read = denialEnds(sentence, m.index + m[0].length, VERBAL_NEGATION.test(m[1] ?? ''), stray);
    if (read === null) continue;
    at.push(m.index);
    fee ||= read.fee;
  }
  for (const m of sentence.matchAll(ZERO_NOTICES)) at.push(m.index);
  for (const m of sentence.matchAll(NIL_NOTICES_AND_FEE))
    if (!FAULT_WORD.test(sentence.slice(clauseStart(sentence, m.index), m.index))) at.push(m.index);
  return { at, fee };
}

/** The fee or papers a denial may join or list with the notices before its clause ends (、收费决定书等文书). */
const MAX_ITEMS = 6;

/**
 * Whether a negation of notices, its clause read on from `from` (right after the notice), denies that any was issued:
 * what is denied is the issuing itself only when the clause ends at the notice — after what did not happen (的情况,
 * 之情形, 的记录) or a note in brackets — or at the fee or another paper denied with it (…和收取信息处理费, …及催缴
 * 通知, 、收费决定书等文书), or when a clause of its own follows (…也未收到相关投诉, 、未收取信息处理费、…; after 和/并/且
 * only when the negation is the issuing's own: 未发出收费通知且未收取…, not 没有发出收费通知和未说明…). Any other word
 * after the notice or the fee says something of them (不及时, 并未及时送达, 不公开的情况, 的乱收费现象, 和收费后未开具正式
 * 票据: review15 F1–F3, F7, F12): that is what is denied, not the issuing, and the denial is left unread (null).
 * `verbal`: the negation is the verb's (未发出), not a situation's (不存在发出…的情况). `fee`: the fee is denied with
 * the notices. At most MAX_ITEMS steps, each a bounded match where the reading stands: linear over the sentence's
 * denials (review15 F8: the lookaheads to the clause's end were cubic).
 */
function denialEnds(s: string, from: number, verbal: boolean, stray: ReadonlySet<number>): { fee: boolean } | null {
  let i = from;
  let fee = false;
  for (let item = 0; item < MAX_ITEMS; item++) {
    i = past(CLAUSE_ENDING, s, i);
    const note = matchAt(NOTE, s, i);
    if (note !== null) {
      if (FAULT_WORD.test(note)) return null;
      i = past(CLAUSE_ENDING, s, i + note.length);
    }
    // A nil after a colon, an ellipsis, a stray closing quote: the clause must stop right after them.
    const trail = past(CLAUSE_TRAIL, s, i);
    const end = stray.has(trail) ? trail + 1 : trail;
    if (end > i) return matchAt(CLAUSE_STOP, s, end) !== null ? { fee } : null;
    if (matchAt(CLAUSE_STOP, s, i) !== null) return { fee };
    if (s[i] === '、') {
      i++;
      // A listed item with its own negation is a clause of its own (未发出收费通知、未收取信息处理费、未收到相关投诉).
      if (matchAt(OWN_DENIAL, s, i) !== null) return { fee };
    } else {
      CONJUNCTION.lastIndex = i;
      const conjunction = CONJUNCTION.exec(s);
      if (conjunction === null) return null;
      i += conjunction[0].length;
      // A clause of its own: a negation of its own (也未收到…), or after the issuing's own negation, one that says
      // nothing was charged (未发出收费通知并按规定免予收费).
      const own = matchAt(OWN_DENIAL, s, i) ?? (verbal ? matchAt(OWN_EXEMPTION, s, i) : null);
      if (own !== null) return verbal || conjunction[1] !== undefined ? { fee } : null;
    }
    // Denied with the notices, under the same negation: the fee (and other charges after it) or another paper, by
    // its name alone; a fault named on the way is what is denied (…和超标准收取…).
    let joinedFee = matchAt(JOINED_FEE, s, i);
    if (joinedFee !== null) joinedFee += matchAt(FEE_TAIL, s, i + joinedFee.length) ?? '';
    const joined = joinedFee ?? matchAt(JOINED_PAPER, s, i);
    if (joined === null || FAULT_WORD.test(joined)) return null;
    fee ||= joinedFee !== null;
    i += joined.length;
  }
  return null;
}

/**
 * Where the sentence has a closing quote with no opening one before it (…收取信息处理费的情况”。: review16 F1), a
 * typing slip, not the end of a quoted phrase (本报告所称“未发出收费通知”…). One pass over the sentence.
 */
function strayClosers(s: string): ReadonlySet<number> {
  const out = new Set<number>();
  const open = new Map<string, number>();
  for (let i = 0; i < s.length; i++) {
    const opener = QUOTE_PAIRS[s[i]!];
    if (opener === undefined) {
      if (OPENERS.has(s[i]!)) open.set(s[i]!, (open.get(s[i]!) ?? 0) + 1);
    } else if ((open.get(opener) ?? 0) > 0) open.set(opener, open.get(opener)! - 1);
    else out.add(i);
  }
  return out;
}

const OPENERS = new Set(Object.values(QUOTE_PAIRS));

/** What a sticky pattern matches at s[i], or null. */
function matchAt(pattern: RegExp, s: string, i: number): string | null {
  pattern.lastIndex = i;
  return pattern.exec(s)?.[0] ?? null;
}

/** Where the reading stands after what a sticky pattern matches at s[i], if it does. */
const past = (pattern: RegExp, s: string, i: number): number => i + (matchAt(pattern, s, i)?.length ?? 0);

/** The longest clause before a denial read for its year: no real clause runs so long without a comma. */
const DENIAL_CLAUSE = 200;

/**
 * Whether the denial at sentence[at] denies this year's notices, to all applicants. Only the clause's last words
 * before it can make it partial (其余…, 对经济困难的申请人); a denial of another year (上年度未发出收费通知, 2023年度… in
 * a report on 2024) says nothing of this year's. Its clause is read back to its comma, at most DENIAL_CLAUSE
 * characters (a longer one is left unread): bounded, so linear over the sentence's denials (review15 F8).
 */
function deniesThisYear(sentence: string, at: number, year: number | null): boolean {
  if (PARTIAL_DENIAL.test(sentence.slice(Math.max(0, at - 24), at))) return false;
  let from = at;
  while (from > 0 && at - from < DENIAL_CLAUSE && !CLAUSE_MARK.test(sentence[from - 1]!)) from--;
  if (from > 0 && !CLAUSE_MARK.test(sentence[from - 1]!)) return false;
  return !otherYear(sentence, from, at, year) || namesReportYear(sentence, from, at, year);
}

/** The marks that end a clause for otherYear (year-tie.ts). */
const CLAUSE_MARK = /[，,；;：:]/;

/** A reading that says only that notices were issued (no count, no amount, no denial). */
const onlyIssued = (r: Reading): boolean =>
  r.noticesIssued && r.notices === null && !r.noneCollected && !r.noNotice && r.collected === null;

/**
 * The notices counted for the report year: every count stated, less those tied to another year (2020年发出收费通知1件，
 * 2021年…: year-tie.ts, from the count before on) and those a jurisdiction issued (全县各级行政机关共发出…120件: not the
 * organ's), the largest kept, so an error on too few notices holds for each; and their sum when there are several
 * (parts: 向自然人发出收费通知2件，向法人…1件), null for one count or none. `jurisdiction`: a count was left out as a
 * jurisdiction's; `others`: the largest of those, kept apart.
 */
function noticeCount(sentence: string, year: number | null): NoticeCount {
  const counts: Array<{ n: number; end: number; total: boolean; bare: boolean }> = [];
  const starts: number[] = [];
  let from = 0;
  let jurisdiction = false;
  let others: number | null = null;
  for (const m of sentence.matchAll(NOTICES)) {
    starts.push(m.index);
    const other = otherYear(sentence, from, m.index, year);
    from = m.index + m[0].length;
    const digits = m.slice(1).find((g) => g !== undefined) ?? '';
    const at = m.index + Math.max(0, m[0].indexOf(digits));
    const n = other ? null : parseCount(digits);
    // 全县各级行政机关共发出收费通知120件 counts a whole jurisdiction's, never the organ's own (review4 F1); only the
    // subject of the count's own clause says so (本局按照全市统一部署，共发出收费通知5件 is the organ's: review5 F3).
    // Its number is kept apart: stated, but perhaps with other organs' notices (本局会同各乡镇…3件: review6 F6).
    if (JURISDICTION.test(subjectOf(sentence, at))) {
      jurisdiction = true;
      if (n !== null) others = Math.max(others ?? 0, n);
      continue;
    }
    if (n !== null) {
      const head = sentence.slice(clauseStart(sentence, at), at);
      counts.push({ n, end: from, total: namedTotal(head), bare: bareTotal(head) });
    }
  }
  if (!counts.length) return { max: null, sum: null, jurisdiction, others };
  const max = Math.max(...counts.map((c) => c.n));
  const sum = counts.reduce((a, c) => a + c.n, 0);
  // Parts add up to the notices issued; a total with its breakdown or a subset of it (共发出60件，其中向自然人20件…;
  // 共发出60件，其中30件已缴纳) states the total alone (review4 F1: summed, 60 + 30 hid 60 notices too few). The total is
  // recognised by its own words only (review5 F1): a marker governing the count, or 其中/含 right after it before the
  // next count; never by 其中 or 共 elsewhere in the sentence. A total is never less than a part of it.
  const first = counts[0]!;
  const next = starts.find((s) => s >= first.end);
  // The first count is the total of those after it: named so, or with 其中/含 right after it; never less than a part.
  const firstTotal = first.n === max && (first.total || (next !== undefined && PART_GAP.test(sentence.slice(first.end, next))));
  // A total after its parts (向自然人20件，向法人25件，共发出收费通知45件): named so, and the sum of the others (an
  // unnamed count that happens to be the sum of the others is a part: 45 = 20 + 25 notices to three kinds of applicant);
  // or named so last and the largest, whatever the parts before it (向自然人发出3件，共发出5件: review6 F5, 5 + 3 hid
  // notices too few), when nothing but the organ or the year stands before its marker: 通过电子邮件共发出3件, 补正后共…
  // is a part (review7 F2).
  const last = counts[counts.length - 1]!;
  const lastTotal =
    (last.bare && last.n === max) || (counts.length > 2 && max * 2 === sum && counts.some((c) => c.total && c.n === max));
  return { max, sum: counts.length > 1 && !firstTotal && !lastTotal ? sum : null, jurisdiction, others };
}

/**
 * What noticeCount read: the largest of the organ's counts and their sum (see there); `jurisdiction`, a count was left
 * out as a jurisdiction's or other organs' with it; `others`, the largest such count, when its number was read.
 */
interface NoticeCount {
  max: number | null;
  sum: number | null;
  jurisdiction: boolean;
  others: number | null;
}

/** Where the clause holding `at` starts: after the last comma or semicolon before it. */
function clauseStart(sentence: string, at: number): number {
  return clauseStartOf(sentence, at, CLAUSE_SEPARATORS);
}
const CLAUSE_SEPARATORS = /[，,；;]/g;

/**
 * Whether a clause's words before its count name that count a total: a marker governing it (TOTAL_HEAD), with no
 * recipient or "the rest" before the marker (向自然人共发出…, 其余季度共发出… are parts: summed, the reading that accuses
 * less).
 */
function namedTotal(head: string): boolean {
  const m = TOTAL_HEAD.exec(head);
  return m !== null && !PART_SUBJECT.test(head.slice(0, m.index));
}

/**
 * The organ or the year alone, before a total's marker: 共发出, 本机关2021年共发出, 全年合计; the organ by its kind
 * (本院, 我镇, 本中心, 我厅: review8 F8, 向自然人发出收费通知300件，本院共发出…569件 was summed to 869).
 */
const SELF_OR_YEAR =
  /[本我](?:机关|单位|部门|分局|中心|街道|局|委|办|院|府|厅|部|署|镇|乡|县|区|市|所|处|室|站|队|馆)|本年度|本年|全年|今年|当年|\d{4}年度?|\s/g;

/** Whether a clause names its count the total with nothing before the marker but the organ or the year. */
function bareTotal(head: string): boolean {
  const m = TOTAL_HEAD.exec(head);
  return m !== null && head.slice(0, m.index).replace(SELF_OR_YEAR, '') === '';
}

/**
 * The subject of the clause holding the count at `at`: its words before a preposition, a total's marker or the issuing
 * verb, less an adverbial of circumstance they open with (全县统一部署下); a clause with none but words of time
 * (本局按照全市统一部署，本年度共发出…) takes the subject of the clause before, and an adverbial clause has none
 * (全县统一部署下，本年度共发出…: the organ's, review6 F6).
 */
function subjectOf(sentence: string, at: number): string {
  let end = at;
  for (let k = 0; k < 3; k++) {
    const start = clauseStart(sentence, end);
    const head = sentence.slice(start, end);
    const cut = SUBJECT_END.exec(head);
    const subject = (cut ? head.slice(0, cut.index) : head).replace(ADVERBIAL, '');
    if (subject !== '' && !CLAUSE_OPENING.test(subject)) return subject;
    if (start === 0) return '';
    end = start - 1;
  }
  return '';
}

/** Each cell naming the fee, read with its value: the one value to its right, or the one below a header row. */
function readTable(rows: readonly RawRow[], section: SectionKey | null, year: number | null): Array<FeeStatement | FeeMention> {
  const out: Array<FeeStatement | FeeMention> = [];
  // Which cells hold a value, worked out once per row (a row may hold many labels).
  const values = rows.map((row) => row.cells.map((c) => !c.spanned && isFeeValue(c.text)));
  rows.forEach((row, r) => {
    const before = out.length;
    const flags = values[r]!;
    const last = flags.lastIndexOf(true);
    let after = flags.filter(Boolean).length;
    row.cells.forEach((cell, i) => {
      if (flags[i]) after--;
      const label = cell.spanned ? null : feeWords(cell.text);
      if (label === null) return;
      // A cell may hold a whole sentence (| 本年度未收取信息处理费。 |); a label that names notices issued (发出收费通知)
      // states nothing by itself: its value does.
      const sentence = readSentence(label, year);
      const own = sentence && !onlyIssued(sentence) ? sentence : null;
      const value = own ? undefined : valueOf(rows, values, { r, i, after, last });
      if (!own && !value && ROW_LABEL_WORDS.test(label)) return;
      const reading = own ?? (value ? readCell(label, cellWords(value.text)) : null);
      const text = value ? `${cell.text.trim()} ${value.text.trim()}` : cell.text.trim();
      out.push(toNode(text, section, reading, cell.position));
    });
    // No cell names the fee, the row's cells together do: a line's glyphs a cell each (a justified line in a PDF,
    // its characters spread apart, read as a row of cells: 本|机|关|…|费|。局日, review13 justify). What it states is
    // not read (the cells may hold another line's glyphs), but it speaks of the fee: a mention, never nothing said.
    if (out.length === before) {
      const joined = row.cells.filter((c) => !c.spanned).map((c) => c.text.trim());
      if (joined.length > 1 && feeWords(joined.join('')) !== null) {
        const position = row.cells.find((c) => c.position)?.position;
        out.push(toNode(joined.join(''), section, null, position));
      }
    }
  });
  return out;
}

/**
 * A paragraph of lines of a glyph or two each, the fee's name among its glyphs in order with others between
 * (信…息…处…理…费): a justified PDF copied as plain text (pdftotext), a short line's glyphs spread apart and set one a
 * line, interleaved with the lines beside it (本 ⏎ 机 ⏎ 杭 ⏎ 2 ⏎ 关 …, review13 justify), joined as one paragraph:
 * 本机杭2关未州0收市2取东4信河年息区1处理教月2费。 What it states cannot be read; that it speaks of the fee can be: a
 * mention, never nothing said.
 */
function glyphLineMentions(lines: readonly TextLine[], index: LineIndex): FeeMention[] {
  const out: FeeMention[] = [];
  for (const line of lines) {
    const glyphs = line.run.text.replace(/\s+/g, '');
    if (line.inTable || glyphs.includes(FEE_NAME) || !FEE_GLYPHS.test(glyphs)) continue;
    const position = spanPosition(line.run, 0, line.run.text.length, index);
    const spanned = position ? position.end.line - position.start.line + 1 : 1;
    if (spanned < MIN_GLYPH_LINES || [...glyphs].length > 2 * spanned) continue;
    const node = toNode(glyphs, line.section, null, position);
    if (node.type === 'feeMention') out.push(node);
  }
  return out;
}

/**
 * The fee's name, its glyphs in order with a few others between (lines interleaved); tried only where the name is
 * not written whole, so some glyph stands between two of its own.
 */
const FEE_GLYPHS = /信.{0,3}息.{0,3}处.{0,3}理.{0,3}费/u;
/** A paragraph set a glyph or two a line spans this many source lines at least. */
const MIN_GLYPH_LINES = 5;

const cellWords = (text: string): string => compactWords(toAsciiDigits(text));
function isFeeValue(text: string): boolean {
  const words = cellWords(text);
  return NIL_CELL.test(words) || VALUE_CELL.test(words);
}

/**
 * The value of the label at (r, i): the one value to its right (`after` values are right of it, the row's `last` one
 * among them; with two, 本年 | 上年 or two years, which is this year's is not known), or the one below a header row
 * over exactly one row of values (with more rows, which row is this year's is not known).
 */
function valueOf(
  rows: readonly RawRow[],
  values: readonly boolean[][],
  at: { r: number; i: number; after: number; last: number },
): RawCell | undefined {
  const { r, i, after, last } = at;
  if (after > 0) return after === 1 ? rows[r]!.cells[last] : undefined;
  if (r + 2 !== rows.length || values[r]!.includes(true)) return undefined;
  return values[r + 1]![i] ? rows[r + 1]!.cells[i] : undefined;
}

/** A label naming the fee and its value: 0, 无, 未收取 say none; a number is a count of notices or an amount. */
function readCell(label: string, value: string): Reading | null {
  const notice = NOTICE_LABEL.test(label);
  if (NIL_CELL.test(value)) {
    const zero = /^0/.test(value) ? 0 : null;
    return notice
      ? { noneCollected: false, noNotice: true, notices: 0, noticesIssued: false, collected: null }
      : { noneCollected: true, noNotice: false, notices: null, noticesIssued: false, collected: zero };
  }
  const m = VALUE_CELL.exec(value);
  if (!m) return null;
  const unit = m[3] ?? '';
  const n = Number(m[1]!.replace(/,/g, ''));
  if (notice) {
    // 收费通知金额（元）is the amount asked for, not a count.
    if (unit === '元' || /金额|元/.test(label) || !Number.isInteger(n)) return null;
    return { noneCollected: false, noNotice: false, notices: n, noticesIssued: true, collected: null };
  }
  if (unit && unit !== '元') return null;
  const collected = n * (m[2] || /万元/.test(label) ? 10000 : 1);
  return { noneCollected: false, noNotice: false, notices: null, noticesIssued: false, collected };
}

function toNode(
  text: string,
  section: SectionKey | null,
  reading: Reading | null,
  position: Position | undefined,
): FeeStatement | FeeMention {
  const where = position ? { position } : {};
  return reading ? { type: 'fee', text, section, ...reading, ...where } : { type: 'feeMention', text, section, ...where };
}
