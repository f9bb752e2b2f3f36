/**
 * Statements the rules need, read once from the report's text: publication dates, and the sentences that
 * periods.ts (statistical periods) and fee-statements.ts (信息处理费) read. Rules never parse text themselves.
 */
import type { DateStatement, IsoDate, SectionKey } from './types.js';
import { type LineIndex, type TextRun, spanPosition } from './text-run.js';
import { toAsciiDigits } from './labels.js';
import { arabicDates } from './cn-dates.js';

export interface TextLine {
  run: TextRun;
  section: SectionKey | null;
  /** The line stands in a table (a metadata table's 发布日期 row). */
  inTable?: boolean;
}

const DATE = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?`;

/** Sentences of a line: split after 。；; and "!"… keeping offsets into the line. */
export function sentences(text: string): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if ('。；;！!？?'.includes(text[i]!)) {
      out.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  if (from < text.length) out.push({ from, to: text.length });
  return out;
}

/** The days of a month (1–12) of a year. */
export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(d: IsoDate): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= daysIn(d.year, d.month);
}

export function formatDate(d: IsoDate): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

const DATED = new RegExp(
  String.raw`(发布日期|成文日期|公开日期|发布时间|印发日期)\s*[:：]?\s*(?:${DATE}|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2}))`,
);
const SIGNATURE_DATE = new RegExp(String.raw`^${DATE}$`);
/**
 * A signature's labelled date: the label and the date as people write it, alone on the line (发布日期：2024年1月20日).
 * A CMS prints its own as 2024-01-20, often with the time and 来源 after it, and a list of articles puts titles before.
 */
const SIGNATURE_LABELLED = new RegExp(String.raw`^(?:发布日期|成文日期|公开日期|发布时间|印发日期)\s*[:：]?\s*${DATE}$`);
/**
 * A signature's date with a letter OCR put for a digit (2025年3月2O日, 2025年l月20日; red team rtH B2): a date, unread.
 * Digits and look-alikes only, at least one of each in the date, alone on the line.
 */
const LOOK = '[0-9OoIlSZB丨]';
const MISREAD_DATE = new RegExp(String.raw`^(?=.*[OoIlSZB丨])${LOOK}{4}\s*年\s*${LOOK}{1,2}\s*月\s*${LOOK}{1,2}\s*日$`);
/** A line about other articles (上一篇：… 发布时间：…, 相关文章): its dates are theirs. */
const OTHER_ARTICLE = /上一篇|下一篇|上一条|下一条|相关(?:文章|链接|阅读|信息|新闻|稿件|文件|推荐)/;
/** A title line (a year, no sentence): a date under it is that article's, not a signature's. */
const TITLE_LINE = /^[^。；;，,]{0,60}\d{4}\s*年[^。；;，,]*(?:报告|公开|通知|公告|办法|意见|方案|计划|总结|预算|决算)$/;

/**
 * The report's own dates: a labelled date (发布日期：…) in its header, before the first section, and its signature's
 * date (alone on a line, or labelled as the signature's last line). Any other date after the body begins is another's:
 * a document the report cites, or the page's furniture after the signature (a CMS's 发布时间 line, a list of other
 * articles with their dates).
 */
export function findDates(lines: readonly TextLine[], index: LineIndex): DateStatement[] {
  const out: DateStatement[] = [];
  let signed = false;
  lines.forEach((line, i) => {
    const text = toAsciiDigits(line.run.text).trim();
    if (OTHER_ARTICLE.test(text)) return;
    const dated = DATED.exec(text);
    const last = i >= lines.length - 3;
    if (dated && line.section !== null && !(last && !signed && SIGNATURE_LABELLED.test(text))) return;
    if (dated) {
      signed ||= line.section !== null;
      const date = { year: Number(dated[2] ?? dated[5]), month: Number(dated[3] ?? dated[6]), day: Number(dated[4] ?? dated[7]) };
      const kind = dated[1] === '成文日期' ? 'written' : 'published';
      const position = spanPosition(line.run, dated.index, dated.index + dated[0].length, index);
      if (isValidDate(date)) out.push({ type: 'date', kind, text: dated[0], date, ...(position ? { position } : {}) });
      return;
    }
    // A date alone on one of the last lines, under the signature (二〇二五年一月二十日 as a signature writes it too).
    const signature = SIGNATURE_DATE.exec(last ? arabicDates(text) : text);
    const above = i > 0 ? toAsciiDigits(lines[i - 1]!.run.text).trim() : '';
    // Only the first: a date alone after it is the page's (a CMS prints the article's date under the text).
    if (signature && !signed && !line.inTable && last && !TITLE_LINE.test(above)) {
      const date = { year: Number(signature[1]), month: Number(signature[2]), day: Number(signature[3]) };
      const position = spanPosition(line.run, 0, line.run.text.length, index);
      signed = true;
      if (isValidDate(date)) out.push({ type: 'date', kind: 'signature', text, date, ...(position ? { position } : {}) });
    } else if (!signature && !signed && !line.inTable && last && MISREAD_DATE.test(text) && !TITLE_LINE.test(above)) {
      const position = spanPosition(line.run, 0, line.run.text.length, index);
      signed = true;
      out.push({ type: 'date', kind: 'signature', text, date: null, ...(position ? { position } : {}) });
    }
  });
  return out;
}
