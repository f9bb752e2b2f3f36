/**
 * Statements the rules need, read once from the report's text: publication dates, and the sentences that
 * periods.ts (statistical periods) and fee-statements.ts (信息处理费) read. Rules never parse text themselves.
 */
import type { DateStatement, IsoDate, SectionKey } from './types.js';
import { type LineIndex, type TextRun, spanPosition } from './text-run.js';
import { toAsciiDigits } from './labels.js';
import { arabicDates } from './cn-dates.js';
import { isOrganName, yearDigits } from './title-organ.js';
import { GOVERNMENT_OFFICE, ownLevelWritten, withoutOwnLevel } from './data/organ-types.js';

export interface TextLine {
  run: TextRun;
  section: SectionKey | null;
  /** The line stands in a table (a metadata table's 发布日期 row). */
  inTable?: boolean;
}

const DATE = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?`;

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
 * A signature's date written otherwise (2024-02-01, 2024.2.1, （2024年2月1日）, 2024年2月1日印发; red team rtL F5):
 * read only under a line naming an organ, where no other date stands.
 */
const SIGNATURE_OTHER = new RegExp(
  String.raw`^[（(]?\s*(?:${DATE}|(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2}))\s*[)）]?\s*(?:印发|发布|制发)?$`,
);
/**
 * An organ's name alone on a line (某县市场监督管理局, 某县人民政府办公室), as a signature writes it; a 苏木 (the
 * township of Inner Mongolia) signs with its name alone as a 镇 does (rtZ 7).
 */
const ORGAN_LINE =
  /^[\u4e00-\u9fff（）()·]{2,40}(?:局|委|办|厅|府|处|室|中心|会|院|所|部|署|馆|站|队|社|镇|乡|苏木|街道|组|台|园|区)(?:[（(][\u4e00-\u9fff]{1,10}[)）])?$/;
/**
 * The organ and the date on one line (某县市场监督管理局, a wide space, 2024年2月5日), or glued (某县教育局2024年3月5日:
 * a right-aligned signature as a PDF reader gives it, red team rtW #1). The organ is CJK only and the date starts with
 * a digit, so where one ends is plain; ORGAN_LINE still has to take the organ.
 */
const ORGAN_AND_DATE = new RegExp(String.raw`^([\u4e00-\u9fff（）()·]{2,48}?)[\s\u3000]*${DATE}$`);
/** A date alone in brackets or with dashes under the title: the 题注 of an official document, its 成文日期. */
const TITLE_NOTE = new RegExp(String.raw`^[（(]?\s*(?:${DATE}|(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2}))\s*[)）]?$`);
/** A title ending in its 题注 date (…年度报告（2024年2月1日）). */
const TITLE_WITH_DATE = new RegExp(String.raw`年度报告\s*[（(]\s*${DATE}\s*[)）]$`);
/** The report's title line (…年度报告), above a 题注. */
const REPORT_TITLE = /年度报告$/;
/** A metadata field of the page's header (索引号：…, 来源：…), as a CMS prints several on one line. */
const FIELD = /^[\u4e00-\u9fff]{2,6}\s*[:：]/;
/** A value naming a document: a report, a notice, an opinion, measures… (a field's value is the page's own otherwise). */
const NAMES_DOCUMENT = /报告|通知|意见|办法|规定|决定|方案|批复|函$|纪要|公告|通告/;
/** A document named by its title is longer than a class of the page's (体裁分类：报告, 信息分类：通知公告; review10 F7). */
const MIN_DOCUMENT_NAME = 8;
/** What separates the fields of a CMS's metadata line (索引号：…，发布日期：…). */
const FIELD_SEPARATORS = /[，,；;|｜\s]+/;
/** Lines a signature may have under it: how to reach the organ (联系人：…, 联系电话：…). */
const CONTACT =
  /^(?:联系人|联系电话|联系地址|联系方式|咨询电话|办公电话|电话|地址|通讯地址|邮编|邮政编码|传真|电子邮箱|邮箱|网址)\s*[:：]/;
/** The start of an attachment (附件：…, 附件1, 附表, 附：…) or of a page's list of them (附件下载：, 相关附件：). */
const ATTACHMENT = /^(?:(?:相关)?附件(?:下载|列表|清单)?|附表|附)\s*[0-9一二三四五六七八九十]*\s*(?:[:：]|$)/;
/**
 * The 版记 under a signature, its print record (red team review7 F5): 抄送：…, and the office that printed it with
 * the day (某县人民政府办公室 ⏎ 2022年4月2日印发, or on one line). Its date is the printing's, not the signature's.
 */
const COPY_TO = /^(?:抄送|抄报|分送)\s*[:：]/;
const PRINTED = /印发$/;
/** Lines a signature may have right under it that say nothing of its date: （此件公开发布）, a rule (———). */
const NOTE = /^(?:[（(]\s*此件[^）)]{0,12}[)）]|[-—─_=＿━－]{3,})$/;
/** A sentence of running text, not a line of a signature's block (抄送：…。 ends with one too). */
const PROSE = /。/;
/**
 * The report's own closing sentence under its contact lines (本报告如有疑问请与我局联系。; review9 F6): it speaks of the
 * report itself and asks the reader to ask or comment. No quoted document says 本报告 of itself there, and a date in
 * it would be another statement.
 */
const CLOSING =
  /^(?=.*(?:本报告|本年报|本年度报告|此报告))(?=.*(?:疑问|问题|联系|咨询|意见|建议|批评|监督|指正|反馈))(?!.*\d{4}\s*年)/;
/** A line introducing a document the body quotes (本局转发了上级的通知，通知落款为：), not a heading's colon. */
const INTRODUCES = /(?:[:：]|落款为?)$/;
const HEADING = /^(?:#|[一二三四五六七八九十]+[、.．])/;
/**
 * A labelled date of a document the header cites, not the report's (rtL F1): after 《…》, a 文号 (〔2023〕5号) or a
 * sentence on its line, or in brackets opened in the middle of a sentence (…的通知（印发日期：…）).
 */
const CITING = /[《〔。，,；;]/;
const OPEN_BRACKET = /[（(][^）)]*$/;
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
/**
 * A web page's furniture under the report (red team review7): a QR code's line, 打印本页/关闭窗口, the site's
 * 版权所有/主办单位/网站标识码/ICP footer, the article's 来源 and counters. Neither it nor a date under it is the
 * signature's.
 */
const FURNITURE =
  /^[【[\s]*(?:扫一扫|扫码|手机扫|二维码|打印本页|打印此页|打印|关闭窗口|关闭本页|关闭|返回顶部|收藏本页|分享到|字号|版权所有|主办单位|承办单位|协办单位|主办[:：]|承办[:：]|技术支持|网站标识码|网站识别码|网站地图|联系我们|[^。]{0,40}ICP备|[^。]{0,40}公网安备|(?:信息|文章)?来源[:：]|浏览次数|访问次数|阅读次数|点击数|责任编辑)/;
/** A date's label alone on its line (发布时间： ⏎ 2022年4月6日): a page's date, unless no signature is there. */
const LABEL_ALONE = /^(?:发布日期|成文日期|公开日期|发布时间|印发日期)\s*[:：]?$/;
/** A title line (a year, no sentence): a date under it is that article's, not a signature's. */
const TITLE_LINE = /^[^。；;，,]{0,60}\d{4}\s*年[^。；;，,]*(?:报告|公开|通知|公告|办法|意见|方案|计划|总结|预算|决算)$/;

/** A line of a date's characters alone, spaced out (2 0 2 2 年 4 月 6 日, 二〇二二 年 四 月 六 日): read without the blanks. */
const DATE_ALONE = /^[\d\s年月日号〇○零一二三四五六七八九十元OoＯ]+$/;

/** A date read; `other` when written otherwise than 年月日 alone (2024-02-01 under the organ, 某局 2024年2月1日). */
type Read = { date: IsoDate | null; other?: true };

const dateOf = (m: RegExpExecArray, at: number): IsoDate => {
  const n = (k: number) => Number(m[at + k] ?? m[at + 3 + k]);
  return { year: n(0), month: n(1), day: n(2) };
};
/** A date as read: null when it names no day (2023年2月29日) and says so, never another day. */
const checked = (date: IsoDate): Read => ({ date: isValidDate(date) ? date : null });

/** The date a line holds as a signature's, `above` the line over it; null when it is no signature's date. */
function readSignature(text: string, above: string): Read | null {
  const arabic = arabicDates(DATE_ALONE.test(text) ? text.replace(/\s+/g, '') : text);
  const plain = SIGNATURE_DATE.exec(arabic);
  if (plain) return checked(dateOf(plain, 1));
  if (ORGAN_LINE.test(above)) {
    const other = SIGNATURE_OTHER.exec(arabic);
    if (other) return { ...checked(dateOf(other, 1)), other: true };
  }
  const joined = ORGAN_AND_DATE.exec(arabic);
  if (joined && ORGAN_LINE.test(joined[1]!)) return { ...checked(dateOf(joined, 2)), other: true };
  return MISREAD_DATE.test(text) ? { date: null } : null;
}

/**
 * Where the report's signature ends: before what may follow it and is not the report's own date — its attachments
 * (a signature, then 附件：…, the attachment's own signature last; rtL F2), its 版记 (抄送：…, 某办公室 ⏎ …印发; review7
 * F5) and the contact lines under it (联系人：…, 联系电话：…). After contact lines or a 版记, only lines of a signature's
 * block may follow (an office and a date: review7 F6) and the report's closing sentence (本报告如有疑问…; review9 F6),
 * no running text, else they may be a quoted document's and the body goes on: the date's line of the first such
 * signature is `contested` (-1 when none), for findDates to weigh by its organ. The signature is the organ and date
 * directly above the first of these; a second organ and date after them is no sure signature of the report, so it
 * never displaces the first.
 */
function signatureEnd(lines: readonly TextLine[], texts: readonly string[]): { end: number; contested: number } {
  const tail = (i: number) => lines[i]!.section !== null && !lines[i]!.inTable;
  // The signature's date above line i, past notes and contact lines: the line after it, or -1.
  const signedAbove = (i: number): number => {
    let j = i - 1;
    while (j > 0 && tail(j) && (NOTE.test(texts[j]!) || CONTACT.test(texts[j]!))) j--;
    return j > 0 && readSignature(texts[j]!, texts[j - 1]!) ? j + 1 : -1;
  };
  let contested = -1;
  for (let i = 1; i < lines.length; i++) {
    if (!tail(i)) continue;
    const text = texts[i]!;
    const printed =
      COPY_TO.test(text) ||
      (PRINTED.test(text) && readSignature(text.replace(PRINTED, ''), '')?.other) ||
      (ORGAN_LINE.test(text) && i + 1 < lines.length && PRINTED.test(texts[i + 1]!) && SIGNATURE_OTHER.test(texts[i + 1]!));
    const contact = CONTACT.test(text) && !CONTACT.test(texts[i - 1]!);
    if (!printed && !ATTACHMENT.test(text) && !contact) continue;
    const running = (t: string, k: number) => tail(i + 1 + k) && PROSE.test(t) && !COPY_TO.test(t) && !CLOSING.test(t);
    if ((contact || printed) && texts.slice(i + 1).some(running)) {
      const above = signedAbove(i);
      if (above > 0 && contested < 0) contested = above - 1;
      continue;
    }
    const end = signedAbove(i);
    if (end > 0) return { end, contested };
  }
  let end = lines.length;
  const after = (text: string) =>
    CONTACT.test(text) || FURNITURE.test(text) || LABEL_ALONE.test(text) || OTHER_ARTICLE.test(text);
  while (end > 0 && !lines[end - 1]!.inTable && after(texts[end - 1]!)) end--;
  return { end, contested };
}

/** An organ's name and a date run together (a table cell's two lines joined). */
const ORGAN_THEN_DATE = new RegExp(String.raw`^([\u4e00-\u9fff（）()·]{2,48}?)${DATE}$`);
/** The rows of a signature set out in a table (a saved page's layout), at most: the organ, the date, a blank. */
const SIGNATURE_ROWS = 3;

/**
 * The lines with a signature set out in a small table of its own read as lines (a saved page's layout: <td>某县财政局
 * <br>2024年4月17日</td>): a table in the body of at most three rows, each an organ's name alone, a signature's date
 * or blank, one a date. A table with any other row (a header, a label) is no signature's.
 */
function signatureTables(lines: readonly TextLine[], texts: string[]): readonly TextLine[] {
  const out = lines.slice();
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && lines[j]!.inTable) j++;
    const rows = Array.from({ length: j - i }, (_, k) => i + k).filter((k) => texts[k] !== '');
    // A cell's lines joined as one (某县财政局<br>2024年4月17日 → 某县财政局2024年4月17日): the organ, a blank, the date.
    const cell = (k: number) => {
      const arabic = arabicDates(texts[k]!);
      const organ = ORGAN_THEN_DATE.exec(arabic)?.[1];
      return organ && ORGAN_LINE.test(organ) ? `${organ} ${arabic.slice(organ.length)}` : texts[k]!;
    };
    const date = (k: number) => readSignature(cell(k), k > i ? texts[k - 1]! : '') !== null;
    if (
      j > i &&
      j - i <= SIGNATURE_ROWS &&
      lines[i]!.section !== null &&
      rows.some(date) &&
      rows.every((k) => ORGAN_LINE.test(texts[k]!) || date(k))
    )
      for (let k = i; k < j; k++) {
        out[k] = { run: lines[k]!.run, section: lines[k]!.section };
        texts[k] = cell(k);
      }
    i = Math.max(j, i + 1);
  }
  return out;
}

/**
 * The report's own title, year and organ, as the title reader found them: only the report's title lends a date its 题注
 * or its 《》 before a 发布日期 (a list of other years' reports in the header, 往年报告：⏎ …2020年…年度报告 ⏎
 * 2021年1月18日, dates those reports; review8 F2); of two signatures, the one its organ signs is the report's.
 */
interface OwnReport {
  title: string | null;
  year: number | null;
  organ: string | null;
}

const compact = (text: string) => yearDigits(text).replace(/\s+/g, '');

/**
 * A line is the report's own title: its words are the title's (or the title's last line, the title wrapped), and the
 * year it names, if any, is the report's. A title of another year is another report's, whatever its words.
 */
function isOwnTitle(line: string, own: OwnReport): boolean {
  if (!own.title) return false;
  const text = compact(line);
  const title = compact(own.title);
  if (!text || !(text === title || (REPORT_TITLE.test(text) && title.endsWith(text)))) return false;
  const year = /(\d{4})\s*年/.exec(text)?.[1];
  return year === undefined || Number(year) === own.year;
}

/**
 * What stands before a header's labelled date is the page's own metadata: fields (索引号：…，来源：…) and the report's
 * own title, bare or in 《》 (review8 F7). A 《》 naming another document is no field of the page's.
 */
function ownMetadata(prefix: string, own: OwnReport): boolean {
  const pieces = prefix.split(FIELD_SEPARATORS).filter(Boolean);
  return (
    pieces.length > 0 &&
    pieces.every((piece) => {
      const quoted = /^《(.*)》$/.exec(piece);
      if (quoted) return isOwnTitle(quoted[1]!, own);
      if (isOwnTitle(piece, own)) return true;
      if (!FIELD.test(piece) || piece.includes('《')) return false;
      return !namesOtherDocument(piece, own);
    })
  );
}

/**
 * A field whose value names a document (往年报告：…2020年…年度报告, 依据：…的通知) is that document's line, and the date
 * after it is that document's (review9 F0), whatever separates them (a comma, or a blank: rtW #4); only the report's
 * own title may be named so.
 */
function namesOtherDocument(piece: string, own: OwnReport): boolean {
  if (!FIELD.test(piece)) return false;
  const value = piece.replace(FIELD, '');
  return (
    value.length >= MIN_DOCUMENT_NAME && NAMES_DOCUMENT.test(value) && !isOwnTitle(value, own) && !namesOwnReport(value, own)
  );
}

/** A CMS's 名称 field varies the title (年度, 政务公开, 工作报告): a year's report on the report's own year is its own (review17 F3). */
const A_YEARS_REPORT = /(?:年度?报告|年报|工作报告)$/;
function namesOwnReport(value: string, own: OwnReport): boolean {
  const text = compact(value);
  if (!A_YEARS_REPORT.test(text)) return false;
  const year = /(\d{4})\s*年/.exec(text)?.[1];
  return year === undefined || Number(year) === own.year;
}

/** A header's labelled date cites another document (…《…的通知》（印发日期：…）): `prefix` is the line before it. */
function cites(prefix: string, own: OwnReport): boolean {
  if (ownMetadata(prefix, own)) return false;
  if (CITING.test(prefix) || prefix.split(FIELD_SEPARATORS).some((piece) => namesOtherDocument(piece, own))) return true;
  const open = OPEN_BRACKET.exec(prefix);
  return open !== null && open.index > 0 && !REPORT_TITLE.test(prefix.slice(0, open.index).trim());
}

/** The header's own labelled date on a line: a CMS line with 成文日期 and 发布日期 is published on the latter. */
function headerDated(text: string, own: OwnReport): RegExpExecArray | undefined {
  const found = [...text.matchAll(new RegExp(DATED.source, 'g'))].filter((m) => !cites(text.slice(0, m.index), own));
  return found.find((m) => m[1] !== '成文日期') ?? found[0];
}

/**
 * Any office (某镇党政综合办公室, 某县人民政府新闻办公室, 某局办公室) signs for the organ it serves as often as for itself:
 * its kind would be a guess (review9 F5).
 */
const AN_OFFICE = /(办公室|办公厅|综合办|党政办|办)$/;

/**
 * The organ that signs the report: its name on a line of its own right above the signature's date (`signatureAt`, as
 * findDates found it: 某县市场监督管理局 ⏎ 2024年3月5日), read when the title names none (rtL F12). Only an organ's name
 * (isOrganName: a place or level named, an organ's ending), and never an office (某县人民政府办公室), which signs its
 * government's report as often as its own: the kind would be a guess.
 */
export function signatureOrgan(lines: readonly TextLine[], at: number): string | null {
  const above = at > 0 ? lines[at - 1]! : undefined;
  if (!above || above.inTable || above.section === null) return null;
  // 东河市人民政府（本级） is read as 东河市人民政府 (rtZ 5), and named with its 本级 (rtAE 2).
  const named = ownLevelWritten(above.run.text.trim());
  const name = withoutOwnLevel(named);
  return ORGAN_LINE.test(name) && !GOVERNMENT_OFFICE.test(name) && !AN_OFFICE.test(name) && isOrganName(name) ? named : null;
}

/** A seal's note after the signing organ (某局（印章）, 某局（盖章）). */
const SEAL_NOTE = /\s*[（(](?:印章|盖章|公章|签章|章)[）)]\s*$/;
/** A place's level that ends the higher places a signature may leave out (杭州市 of 杭州市东河区教育局). */
const PLACE_END = /(?:省|市|州|盟|地区|县|区|旗)$/;
/** A name that begins with its place (东河区…), not a kind whose word holds a level's character (市场监督管理局). */
const PLACE_START = /^[\u4e00-\u9fff]{1,8}?(?:省|市|州|盟|县|区|旗)(?!场)/;

/**
 * Whether a signature names the organ: in full, with its seal's note, or without its higher places (东河区教育局
 * signs for 杭州市东河区教育局: review13 F5), never a bare kind (教育局).
 */
function namesOrgan(signature: string, organ: string): boolean {
  const name = signature.replace(/\s+/g, '').replace(SEAL_NOTE, '');
  if (name === organ) return true;
  if (name.length < 4 || !organ.endsWith(name)) return false;
  const places = organ.slice(0, organ.length - name.length);
  return PLACE_END.test(places) && PLACE_START.test(name);
}

/**
 * The report's own dates: a labelled date (发布日期：…) in its header, before the first section, unless it is a cited
 * document's; a date alone under the title (its 题注); and its signature's date (alone on one of the signature's last
 * lines, or labelled as its last line). Any other date after the body begins is another's: a document the report
 * cites, an attachment's, or the page's furniture after the signature (a CMS's 发布时间 line, a list of other
 * articles with their dates). `organ` is the title's: of two signatures, the one it signs is the report's.
 */
export function findDates(
  given: readonly TextLine[],
  index: LineIndex,
  own: OwnReport,
): { dates: DateStatement[]; signatureAt: number } {
  const out: DateStatement[] = [];
  const texts = given.map((line) => toAsciiDigits(line.run.text).trim());
  const lines = signatureTables(given, texts);
  // The organ signing the date on line i: on its line (某县人民政府 2024年1月20日) or the line above.
  const signer = (i: number) => ORGAN_AND_DATE.exec(arabicDates(texts[i]!))?.[1]?.trim() ?? (i > 0 ? texts[i - 1]! : '');
  const { organ } = own;
  // 东河市人民政府（本级） signs as 东河市人民政府 too.
  const bare = organ ? withoutOwnLevel(organ) : null;
  const names = organ && bare ? [...new Set([organ, bare])].concat(`${bare}人民政府`) : [];
  const signedByName = (i: number) => names.some((name) => namesOrgan(signer(i), name));
  // The organ's own office signs for it (东河县教育局办公室, 某县人民政府办公室: review12 F2) where no signature names
  // the organ itself: under the organ's own signature, its office's later date is a note's (某县人民政府 ⏎ 1月20日 ⏎
  // 某县人民政府办公室 ⏎ 4月6日).
  const signedByOffice = (i: number) => names.some((n) => [`${n}办公室`, `${n}办公厅`].includes(signer(i)));
  const signedByOwn = (i: number) => signedByName(i) || (signedByOffice(i) && ![...candidates.keys()].some(signedByName));
  // A signature introduced as a quoted document's (本局转发了上级的通知，通知落款为： ⏎ 某县人民政府办公室 ⏎ 2023年11月1日).
  const introduced = (i: number) => {
    const at = ORGAN_AND_DATE.test(arabicDates(texts[i]!)) ? i - 1 : i - 2;
    return at >= 0 && lines[at]!.section !== null && INTRODUCES.test(texts[at]!) && !HEADING.test(texts[at]!);
  };
  const { end, contested } = signatureEnd(lines, texts);
  const candidates = new Map<number, Read>();
  // The signature's last three lines, past a page's furniture among them (来源：…, 发布时间： ⏎ …, a note).
  const last = new Set<number>();
  for (let i = end - 1; i >= 0 && last.size < 3; i--)
    if (lines[i]!.inTable || !(FURNITURE.test(texts[i]!) || LABEL_ALONE.test(texts[i]!) || NOTE.test(texts[i]!))) last.add(i);
  for (const i of [...last].sort((a, b) => a - b)) {
    const above = i > 0 ? texts[i - 1]! : '';
    if (lines[i]!.inTable || TITLE_LINE.test(above) || FURNITURE.test(above) || OTHER_ARTICLE.test(texts[i]!)) continue;
    const read = readSignature(texts[i]!, above);
    if (read) candidates.set(i, LABEL_ALONE.test(above) ? { ...read, other: true } : read);
  }
  // The last date alone that is not under another (a CMS prints the article's date under the signature): a
  // document quoted above the signature has its own signature's date (某县人民政府办公室 ⏎ 2023年11月1日).
  let signatureAt = -1;
  // A date written otherwise never displaces a signature's 年月日 above it (某局 ⏎ 2024年1月20日 ⏎ 来源某局 ⏎ 2024-01-25).
  for (const [i, read] of candidates) {
    const first = signatureAt < 0;
    if (first || (!candidates.has(i - 1) && !(read.other && !candidates.get(signatureAt)!.other))) signatureAt = i;
  }
  // Two signatures, the last under another organ than the report's and the first under the report's own (日照市岚山区
  // 人民政府 ⏎ 2022年1月20日 ⏎ 日照市岚山区人民政府办公室 ⏎ 2022年4月6日): the report's organ signs the report.
  if (signatureAt >= 0 && !signedByOwn(signatureAt)) {
    const signedByOrgan = [...candidates.keys()].filter((i) => i < signatureAt && signedByOwn(i));
    if (signedByOrgan.length) signatureAt = signedByOrgan[signedByOrgan.length - 1]!;
  }
  // A date written otherwise under another organ after the signature's 年月日 (wB): the page's (某市某局 ⏎ 2024-01-25)
  // when the report's organ signs the first, the report's when its organ signs the second or the first is a document
  // the body introduced (…通知落款为： ⏎ 某县人民政府办公室 ⏎ 2023年11月1日 ⏎ 某县市场监督管理局 ⏎ 2024-01-25). Else which
  // is the report's cannot be told, and neither is read.
  const plain = signatureAt >= 0 && !candidates.get(signatureAt)!.other;
  const otherAfter = [...candidates].filter(
    ([i, read]) => i > signatureAt && read.other && !candidates.has(i - 1) && ORGAN_LINE.test(signer(i)),
  );
  const second = otherAfter.length ? otherAfter[otherAfter.length - 1]![0] : -1;
  if (plain && second >= 0 && !signedByOwn(signatureAt))
    signatureAt = signedByOwn(second) || introduced(signatureAt) ? second : -1;
  // A signature with contact lines and running text under it (review9 F6, wB): a quoted document's when the body
  // introduced it (…的通知： ⏎ 某县人民政府办公室 ⏎ 2023年11月1日), the report's when the report's organ signs it and
  // no other signature of that organ follows, and a later signature is the report's when that organ signs it. Else
  // which is the report's cannot be told, and neither is read.
  if (contested >= 0 && !introduced(contested)) {
    const later = signatureAt > contested && signedByOwn(signatureAt);
    const first = signedByOwn(contested);
    const read = first && !later ? readSignature(texts[contested]!, texts[contested - 1] ?? '') : null;
    if (read) candidates.set(contested, read);
    signatureAt = read ? contested : later && !first ? signatureAt : -1;
  }
  // The title's own line: the first in the header that is the report's title (a list below may print it again).
  const titleAt = lines.findIndex((line, i) => line.section === null && isOwnTitle(texts[i]!, own));
  let signed = false;
  /** The line of the signature's date (年月日 alone or under its organ), -1 when none was read there. */
  let signedAt = -1;
  lines.forEach((line, i) => {
    const text = texts[i]!;
    if (OTHER_ARTICLE.test(text)) return;
    if (line.section === null) {
      const dated = headerDated(text, own);
      if (dated) {
        const date = dateOf(dated, 2);
        const kind = dated[1] === '成文日期' ? 'written' : 'published';
        const position = spanPosition(line.run, dated.index, dated.index + dated[0].length, index);
        if (isValidDate(date)) out.push({ type: 'date', kind, text: dated[0], date, ...(position ? { position } : {}) });
        return;
      }
      // The 题注 under the report's own title or at its end (…年度报告（2024年2月1日）): the report's 成文日期. Under
      // another report's title (a list of other years' reports) it is that report's (review8 F2).
      const arabic = arabicDates(text);
      const note =
        (i > 0 && i - 1 === titleAt ? TITLE_NOTE.exec(arabic) : null) ?? (i === titleAt ? TITLE_WITH_DATE.exec(arabic) : null);
      if (note && !line.inTable) {
        const date = dateOf(note, 1);
        const position = spanPosition(line.run, 0, line.run.text.length, index);
        if (isValidDate(date)) out.push({ type: 'date', kind: 'written', text, date, ...(position ? { position } : {}) });
        return;
      }
    } else if (DATED.test(text)) {
      const dated = SIGNATURE_LABELLED.exec(text);
      if (!dated || !last.has(i) || signed) return;
      signed = true;
      const date = dateOf(dated, 1);
      const kind = /^成文日期/.test(text) ? 'written' : 'published';
      const position = spanPosition(line.run, 0, dated[0].length, index);
      if (isValidDate(date)) out.push({ type: 'date', kind, text: dated[0], date, ...(position ? { position } : {}) });
      return;
    }
    if (i !== signatureAt || signed) return;
    signed = true;
    signedAt = i;
    const position = spanPosition(line.run, 0, line.run.text.length, index);
    out.push({ type: 'date', kind: 'signature', text, date: candidates.get(i)!.date, ...(position ? { position } : {}) });
  });
  // No signature's day anywhere, a month alone under an organ's name as the signature's last line (汝阳县人民政府 ⏎
  // 2023年4月: red team rtV #14): the month, its day unknown. Never where two signatures contest the report's.
  const month = !signed && candidates.size === 0 && contested < 0 ? signatureMonth(lines, texts, last, index) : null;
  if (month) out.push(month);
  return { dates: out, signatureAt: signedAt };
}

/** A month alone on its line (2023年4月, 二〇二三年四月). */
const MONTH_ALONE = /^(\d{4})\s*年\s*(\d{1,2})\s*月$/;

/** The signature's month: the last of the signature's last lines, a month alone right under an organ's name. */
function signatureMonth(
  lines: readonly TextLine[],
  texts: readonly string[],
  last: ReadonlySet<number>,
  index: LineIndex,
): DateStatement | null {
  const i = Math.max(...last);
  const line = lines[i];
  if (!line || line.inTable || line.section === null || i < 1 || !ORGAN_LINE.test(texts[i - 1]!)) return null;
  const text = texts[i]!;
  const m = MONTH_ALONE.exec(arabicDates(DATE_ALONE.test(text) ? text.replace(/\s+/g, '') : text));
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) return null;
  const position = spanPosition(line.run, 0, line.run.text.length, index);
  const date = { year: Number(m[1]), month, day: 1 };
  return { type: 'date', kind: 'signature', text, date, monthOnly: true, ...(position ? { position } : {}) };
}
