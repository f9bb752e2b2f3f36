/**
 * The report's title, year and organ, from the first real title line(s) of the preamble (joined when the title
 * is wrapped over two or three lines), a crawler's metadata header (标题: …, 发布机构: …), or a title quoted in
 * the preamble. Never from a URL or a folder name: only words people read as the title count.
 */
import type { ParagraphNode, PreambleNode, SectionNode } from './types.js';
import { FIELD_LINE } from './data/paragraphs.js';
import {
  TITLE_LIMITS,
  REPORT_WORDS,
  TITLE_OPENERS,
  HEADER_FIELD,
  NOT_TITLE_START,
  YEARLESS_TITLE,
  DATE_LINE,
} from './data/title.js';
import { isOrganName, organAbove, organOf, yearDigits } from './title-organ.js';
import { organTypeOf } from './organ-type.js';

export interface TitleInfo {
  title: string | null;
  year: number | null;
  organ: string | null;
}

const YEAR = /(\d{4})\s*年/;

export function findTitle(
  preamble: PreambleNode,
  parts: ReadonlyArray<PreambleNode | SectionNode>,
  isHeading: (block: ParagraphNode) => boolean = () => false,
  bannerPossible = true,
  isBeside: (block: ParagraphNode) => boolean = () => false,
  isWrittenHeading: (block: ParagraphNode) => boolean = () => false,
): TitleInfo {
  // A tabbed line (名称⇥…报告) is a metadata table's row: its last cell is the value.
  const paragraphs = preamble.children.filter((b): b is ParagraphNode => b.type === 'paragraph');
  const texts = paragraphs.map((b) => unspaced(lastCell(withoutMarkup(b.text.trim()))));
  const header = crawlerHeader(texts);
  const lines = titleLines(
    texts,
    (i) => isHeading(paragraphs[i]!),
    (i) => isBeside(paragraphs[i]!),
  );
  const found = lines?.found ?? (header.title && isTitle(header.title) ? { text: header.title, line: -1 } : undefined);
  let title = found ? withoutSiteName(found.text) : (quotedTitle(texts) ?? yearlessTitle(texts));
  const bareYear = texts.map((_, i) => yearAlone(texts, i)).find((y) => y !== null) ?? null;
  // Two lines equally likely the title that name different years: the year is not known from the title. Nor when a
  // metadata field or table names the title with another year than the title line (标题：…2021年…, a web page's
  // <table><tr><th>标题</th><td>…2021年…</td></tr></table>, over a stray …2022年… line).
  const named = [...(header.title && isTitle(header.title) ? [header.title] : []), ...tableTitles(preamble)];
  const contested = lines?.uncertainYear || (lines !== undefined && named.some((t) => yearOf(t) !== yearOf(title)));
  const year = contested ? null : (yearOf(title) ?? bareYear);
  let organ = title ? organOf(title) : null;
  // An organ's name cut by the wrap (临江市东湖区人民 ⏎ 政府2024年…): "政府" is no organ, the line above completes it.
  const cut = found && found.line > 0 && title && organ && !isOrganName(organ) ? completed(texts[found.line - 1]!, title) : null;
  if (cut) ({ title, organ } = cut);
  // The organ on its own line above the title (一面坡镇人民政府 ⏎ 2021年政府信息公开工作年度报告), if it is one. Two
  // headings the editor wrote (# 某县人民政府 ⏎ # 2023年…年度报告), the title alone on the second, are the title
  // printed over two lines, no portal's banner (rtL F12).
  const twoHeadings =
    found !== undefined &&
    found.line > 0 &&
    texts[found.line] === found.text &&
    isWrittenHeading(paragraphs[found.line - 1]!) &&
    isWrittenHeading(paragraphs[found.line]!);
  if (!organ && found && found.line > 0) {
    const above = organAbove(texts[found.line - 1], bannerPossible && !twoHeadings);
    // A government's or township's name above, over a body that speaks as a department (我局, 本局, 我委, 我办): a
    // portal's banner over a bureau's report (# 某区人民政府 ⏎ # 2021年…年度报告, review11 G5), whose organ is not
    // known: unknown rather than the government's (its deadline).
    organ = above !== null && speaksAsDepartment(above, parts) ? null : above;
  }
  organ ??= header.organ;
  return { title: title ?? null, year, organ };
}

/**
 * The words a department uses for itself (我局, 本局, 我委, 我厅), never a people's government's or a township's; not
 * 本 ending another word (基本局面: review14 F5), and not 我办, 本办 or 本中心, which a government's own office or
 * service centre may write in its report.
 */
const DEPARTMENT_SELF = /(?:我|(?<![基根成日资样文版剧课账原脚标范])本)(?:局|委|厅|署)(?!托)/;
/**
 * Quoted or bracketed words, which name something rather than speak: a column (“我局动态”), a note about another
 * organ (（本委负责价格信息）), what others write (以“本局”“本委”名义发布; review15 F9). Bounded, so that a text of
 * unclosed quotes is not scanned to its end from each one.
 */
const QUOTED_OR_BRACKETED =
  /“[^”]{0,80}”|‘[^’]{0,80}’|「[^」]{0,80}」|『[^』]{0,80}』|《[^》]{0,80}》|（[^）]{0,80}）|\([^)]{0,80}\)/g;

/**
 * Whether `organ` is a government's or a township's and the report's paragraphs speak as a department's: a
 * department's word for itself in the text's own words (not 我委托, not quoted or in brackets).
 */
function speaksAsDepartment(organ: string, parts: ReadonlyArray<PreambleNode | SectionNode>): boolean {
  const type = organTypeOf(organ);
  if (type !== 'government' && type !== 'township') return false;
  return parts.some((part) =>
    part.children.some((b) => b.type === 'paragraph' && DEPARTMENT_SELF.test(b.text.replace(QUOTED_OR_BRACKETED, ''))),
  );
}

/** One attribute of a pandoc heading: #id, .class, key="value", or - (unnumbered). */
const ATTRIBUTE = String.raw`(?:[#.][^\s{}]+|[A-Za-z_][\w:-]*=(?:"[^"]*"|'[^']*'|[^\s{}"']+)|-)`;
/** pandoc Markdown's attribute block after a heading: # 标题 {#标题 style="text-align:center"} (rtP #6). */
const HEADING_ATTRIBUTES = new RegExp(String.raw`^\{\s*${ATTRIBUTE}(?:\s+${ATTRIBUTE})*\s*\}$`);
/** A reStructuredText directive's marker before its text: .. rubric:: 标题, .. title:: 标题 (pandoc -t rst; rtP #6). */
const DIRECTIVE = /^\.\.\s*[A-Za-z][\w-]*::\s*/;

/**
 * The text without pandoc's attribute block at its end, tried from the last { only: the block's pattern tried at
 * every blank of a long line was quadratic (100 KB of spaces took 5 s: test/robustness/pathological).
 */
function withoutAttributes(text: string): string {
  const at = text.lastIndexOf('{');
  if (at < 0 || !text.trimEnd().endsWith('}') || !HEADING_ATTRIBUTES.test(text.slice(at).trimEnd())) return text;
  return text.slice(0, at).trimEnd();
}

/** A line's text without a converter's markup around the words: pandoc's heading attributes, reST's directive. */
function withoutMarkup(text: string): string {
  return withoutAttributes(text).replace(DIRECTIVE, '');
}

/** A crawler's or CMS's metadata lines before the text: 标题: …, 发布机构: …. */
function crawlerHeader(texts: readonly string[]): { title?: string; organ: string | null } {
  let title: string | undefined;
  let organ: string | null = null;
  for (const t of texts.slice(0, TITLE_LIMITS.headerLines)) {
    const m = HEADER_FIELD.exec(t);
    if (!m) continue;
    const value = m[2]!.trim();
    if (m[1] === '标题' && value) title = value;
    if (m[1] === '发布机构' && value) organ = value;
  }
  return title ? { title, organ } : { organ };
}

/** Titles a table before the text prints in a cell of its own (a CMS's metadata table: 标题 | …年度报告). */
function tableTitles(preamble: PreambleNode): string[] {
  return preamble.children.flatMap((b) =>
    b.type === 'table' && b.kind === 'unknown'
      ? (b.text ?? []).flatMap((row) => row.split(/\s+/).filter((cell) => isTitle(cell)))
      : [],
  );
}

/** A page title's site name after the report's title (…年度报告-沭阳县发改局, …年度报告_某某网) is not the title. */
function withoutSiteName(text: string): string {
  return text.replace(/(年度报告|年报)\s*[-_|—–]+\s*[^-_|—–]{1,30}$/, '$1');
}

function isTitle(text: string): boolean {
  return (
    text.length <= TITLE_LIMITS.maxLength && REPORT_WORDS.test(text) && YEAR.test(yearDigits(text)) && !/[。，,；;]/.test(text)
  );
}

/**
 * The title among the opening lines: one line, or two or three wrapped lines joined. A web page may print above
 * it a date (2024年01月20日 星期六, 今天是…), a breadcrumb (首页 > … > 2024年政府信息公开年报) or its column's name
 * (2022年度政府信息公开年报): a line that is itself a title is never joined to the lines above it, a heading
 * (# …; on a web page, a line its <title> holds) outranks a plain line and 年度报告 outranks 年报; when the best-ranked candidates name different years, the
 * year is uncertain (the first is still the title, for the organ).
 */
function titleLines(
  texts: readonly string[],
  isHeading: (i: number) => boolean,
  isBeside: (i: number) => boolean,
): { found: { text: string; line: number }; uncertainYear: boolean } | undefined {
  const limit = Math.min(texts.length, TITLE_LIMITS.searchLines);
  const candidates: Array<{ text: string; line: number; rank: number }> = [];
  for (let i = 0; i < limit; i++) {
    const first = texts[i]!;
    // A metadata field (标题: …, 本地目录: …/2022年度…报告) is the crawler's, read by crawlerHeader or not at all,
    // unless it outranks a plain line (a web page's <title> holds its value: <li>标题：…</li> in the article's
    // metadata list).
    const field = isHeading(i) ? HEADER_FIELD.exec(first) : null;
    if (field?.[1] === '标题' && isTitle(field[2]!.trim())) {
      const text = field[2]!.trim();
      candidates.push({ text, line: i, rank: 2 + (/年度报告/.test(text) ? 1 : 0) });
      continue;
    }
    if (FIELD_LINE.test(first) || NOT_TITLE_START.test(yearDigits(first))) continue;
    // A title starts with its year, its organ's words or its subject, not with "正文" or a sentence.
    if (/[。，,；;]/.test(first) || !(YEAR.test(yearDigits(first)) || TITLE_OPENERS.test(first))) continue;
    let joined = '';
    for (let j = i; j < Math.min(texts.length, i + TITLE_LIMITS.wrappedLines); j++) {
      const next = texts[j]!;
      if (j > i && (/[。，,；;]/.test(next) || isTitle(next) || !continuesTitle(joined, next))) break;
      joined = join(joined, next);
      if (isTitle(joined)) {
        const rank = (isHeading(i) ? 2 : 0) + (/年度报告/.test(joined) ? 1 : 0);
        candidates.push({ text: joined, line: i, rank });
        break;
      }
      if (joined.length > TITLE_LIMITS.maxLength) break;
    }
  }
  if (!candidates.length) return undefined;
  // A web page's link, list or sidebar names other reports (2022年度报告 in a column's list of years, red team rtK):
  // it never contests a title printed outside them, nor makes its year uncertain. Alone, it is still a title.
  const own = candidates.filter((c) => !isBeside(c.line));
  if (own.length > 0 && own.length < candidates.length) candidates.splice(0, candidates.length, ...own);
  const top = Math.max(...candidates.map((c) => c.rank));
  const best = candidates.filter((c) => c.rank === top);
  const found = best[0]!;
  // A plain line above an outranking heading that names another year (a page's own title in a div, another
  // year's report in a box's <h4>) leaves the year as uncertain as two equal candidates do.
  const uncertainYear = [...best, candidates[0]!].some((c) => yearOf(c.text) !== yearOf(found.text));
  return { found: { text: found.text, line: found.line }, uncertainYear };
}

/**
 * Whether a line under the title's first line can be the rest of it: never a date line (发布日期：2024年1月20日,
 * （2024年1月20日）), and after a title already whole (…工作年度报告) only its year in brackets (（2023年度）), not the
 * organ's name printed again under it.
 */
function continuesTitle(joined: string, next: string): boolean {
  const ascii = yearDigits(next);
  if (DATE_LINE.test(ascii)) return false;
  if (!/(?:年度报告|年报|报告)$/.test(joined)) return true;
  return /^[（(]?\d{4}\s*年度?[）)]?$/.test(ascii.trim());
}

/** The title with the line above in front, when that line is the start of the organ's name and no more. */
function completed(above: string, title: string): { title: string; organ: string } | null {
  if (!/^[\u4e00-\u9fa5]{2,}$/.test(above) || above.length > TITLE_LIMITS.organLine) return null;
  const organ = organOf(above + title);
  return organ && isOrganName(organ) ? { title: above + title, organ } : null;
}

/**
 * A line set with a space between every character (临 江 市 … 2024 年 政 府 …, OCR of a title printed letter-spaced),
 * read as written: the title's words are looked for whole. Only a line of six or more pieces, nearly all single
 * Chinese characters, so a line of words (首页 > 政务公开) keeps its spaces.
 */
function unspaced(text: string): string {
  const pieces = text.split(/[ \u3000]+/);
  if (pieces.length < 6) return text;
  const single = pieces.filter((p) => /^[\u4e00-\u9fa5]$/.test(p)).length;
  return single >= pieces.length * 0.8 ? pieces.join('') : text;
}

function lastCell(text: string): string {
  const cells = text.split('\t').filter((c) => c.trim());
  return cells.length > 1 ? cells[cells.length - 1]!.trim() : text;
}

function join(a: string, b: string): string {
  if (!a) return b;
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/** "现发布《原州区官厅镇2021年政府信息公开工作年度报告》": a quoted title in the preamble. */
function quotedTitle(texts: readonly string[]): string | undefined {
  for (const t of texts) {
    const quoted = /《([^》]{4,60}?(年度报告|年报))》/.exec(t);
    if (quoted?.[1] && /\d{4}/.test(yearDigits(quoted[1])) && !/格式|通知|条例/.test(quoted[1])) return quoted[1];
  }
  return undefined;
}

/**
 * The years a report can be on: the 条例's first (2008) to the end of the century. The parser knows no date (a
 * future year is the statistical-period rule's to point out); outside them a year alone is no year (1082).
 */
const REPORT_YEARS = { first: 2008, last: 2099 };
const NUMBER_ALONE = /^\d[\d,，.]*$/;

/**
 * A year on a line of its own before the title (a cover's 2023 ⏎ 政府信息公开工作年度报告), only when it can be one and
 * stands among no numbers: a table copied one cell a line puts its values there (…⏎ 284 ⏎ 1082 ⏎ 六、…), and a
 * field's value follows its label (浏览次数： ⏎ 2023). Read there, 1082 became the report's year and every check was
 * skipped as the old format's (rtAD 1).
 */
function yearAlone(texts: readonly string[], i: number): number | null {
  const m = /^(\d{4})\s*年?$/.exec(yearDigits(texts[i]!));
  const year = m ? Number(m[1]) : NaN;
  if (!(year >= REPORT_YEARS.first && year <= REPORT_YEARS.last)) return null;
  const before = yearDigits(texts[i - 1] ?? '');
  const after = yearDigits(texts[i + 1] ?? '');
  if (NUMBER_ALONE.test(before) || NUMBER_ALONE.test(after) || /[：:]$/.test(before)) return null;
  return year;
}

function yearOf(title: string | undefined): number | null {
  if (!title) return null;
  const m = YEAR.exec(yearDigits(title));
  return m ? Number(m[1]) : null;
}

/**
 * A title that names no year (南岭市公安局政府信息公开工作年度报告), when no dated one was found: read only when an
 * organ's name precedes the subject, so a column's name (政府信息公开年报) is never the title.
 */
function yearlessTitle(texts: readonly string[]): string | undefined {
  for (const t of texts.slice(0, TITLE_LIMITS.searchLines)) {
    const text = t.replace(/[《》\s]/g, '');
    const m = YEARLESS_TITLE.exec(text);
    if (m?.[1] && isOrganName(m[1])) return text;
  }
  return undefined;
}
