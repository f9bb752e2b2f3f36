/**
 * The organ of a report, from its title (organOf) or from a line of its own above a title that names none
 * (organAbove). Year-over-year pairing, roll-up, the organ's kind (deadlines) and the summaries all trust this
 * name, so a name that is not read with certainty is null, never a guess (domain.md: never cry wolf).
 */
import { toAsciiDigits } from './labels.js';
import { organTypeOf } from './organ-type.js';
import { CHINESE_YEAR, ORGAN_PLACE, SITE_CHROME, SUBJECT_IN_TITLE, TITLE_LIMITS } from './data/title.js';
import {
  DEPARTMENT,
  GOVERNMENT_OFFICE,
  PREFECTURE_OFFICE,
  TOWNSHIP,
  ownLevelWritten,
  withoutOwnLevel,
} from './data/organ-types.js';

const NUMERALS: Record<string, string> = {
  〇: '0',
  '○': '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** ASCII digits, and a year in Chinese numerals (二〇二三年) as 2023年. */
export function yearDigits(text: string): string {
  const ascii = toAsciiDigits(text);
  if (!/[〇○零一二三四五六七八九]/.test(ascii)) return ascii;
  return ascii.replace(CHINESE_YEAR, (run) => (/^\d+$/.test(run) ? run : [...run].map((c) => NUMERALS[c] ?? c).join('')));
}

/**
 * A notice that publishes the report (红头文件): the report's organ is the one after 印发, not the office that
 * issues the notice (东河县人民政府办公室关于印发《东河县人民政府2022年…年度报告》的通知 is 东河县人民政府's report).
 */
const PUBLISHING_NOTICE = /^(.*?)关于(?:印发|转发|公布|发布|报送)(.*)$/;

/**
 * The organ before the year or the subject, whichever comes first (平潭综合实验区2022年度…, 南岭市公安局政府信息公开
 * 工作2023年度报告, 南岭市公安局关于2023年度…), else between the year and the subject (2025年上海市人民政府办公厅
 * 政府信息公开…). A leading or trailing 关于 and a bracket are the title's words, not the organ's.
 */
export function organOf(title: string): string | null {
  const text = yearDigits(title).replace(/[《》\s]/g, '');
  const notice = PUBLISHING_NOTICE.exec(text);
  // 关于印发2022年…年度报告的通知 names no other organ: the issuer publishes its own report.
  if (notice) return organOf(notice[2] ?? '') ?? (cleanOrgan(notice[1] ?? '') || null);
  const body = text.replace(/^关于/, '');
  const year = /\d{4}年度?/.exec(body);
  const subject = SUBJECT_IN_TITLE.exec(body);
  const ends = [year?.index, subject?.index].filter((i): i is number => i !== undefined);
  const end = ends.length ? Math.min(...ends) : -1;
  if (end > 0) return aboutWhom(cleanOrgan(body.slice(0, end))) || null;
  if (!year || year.index !== 0) return null;
  const rest = body.slice(year[0].length);
  const after = SUBJECT_IN_TITLE.exec(rest);
  return after && after.index > 0 ? cleanOrgan(rest.slice(0, after.index)) || null : null;
}

/**
 * An issuer's words about another organ's report (某县人民政府办公室关于某县人民政府2023年度…年度报告, a notice that
 * lost its 印发): the report is the organ after 关于, when that is an organ's name (rtL F12).
 */
function aboutWhom(name: string): string {
  const about = /^.+?关于(.+)$/.exec(name);
  return about && isOrganName(about[1]!) ? about[1]! : name;
}

/**
 * Without the title's own words around the name: 关于, brackets, dashes, separators (…公安局关于, 关于…公安局, …（,
 * 东河县人民政府｜) and a bracket around the whole name (【东河县人民政府】). Left there, they hid the organ's kind (red
 * team rtZ 5). A bracketed 本级 stays (东河县财政局（本级）: the organ's own report, not its system's, never paired with
 * 东河县财政局's, rtAE 2); its kind is read without it (organ-type.ts).
 */
function cleanOrgan(text: string): string {
  const name = ownLevelWritten(text)
    .replace(/^(关于|[（(【[\-—_:：、,，｜|·])+/, '')
    .replace(/(关于|[（(【[\-—_:：、,，｜|·])+$/, '')
    // A closing bracket whose opening was stripped above (【东河县人民政府】2023年…).
    .replace(/^([^【[（(]+)[】\]）)]$/, '$1');
  // What still holds the report's words is not a name (a title read wrongly): no organ rather than a wrong one.
  return /年度报告|年报/.test(name) ? '' : name;
}

/**
 * The organ on a line of its own above a title that names none (一面坡镇人民政府 ⏎ 2023年政府信息公开工作年度报告).
 * Text copied from a web page, a crawl or OCR puts there the site's banner, a column, a breadcrumb or the page's
 * tools (东河县人民政府, 政府信息公开年报, 首页 > 政务公开, 打印本页 关闭窗口, 2024-01-20): every department's report on
 * that portal would then share one "organ", be paired year over year with another's and take the government's
 * deadline. So the line counts only when it is an organ's name: Chinese characters only, a place or level named,
 * an organ's ending and no word of a page's chrome. A people's government's name is what a portal's banner says
 * above its departments' reports: it counts only where no banner can be (a Word document or a PDF: bannerPossible false).
 */
export function organAbove(line: string | undefined, bannerPossible: boolean): string | null {
  const named = ownLevelWritten(line?.trim() ?? '');
  // A bracketed 本级 is kept in the name returned, and no part of what tells an organ's name (rtZ 5, rtAE 2).
  const name = withoutOwnLevel(named);
  if (name.length < 3 || name.length > TITLE_LIMITS.organLine) return null;
  if (!/^[\u4e00-\u9fa5（）()]+$/.test(name) || SITE_CHROME.test(name) || !ORGAN_PLACE.test(name)) return null;
  const type = organTypeOf(name);
  if (type === 'department') return DEPARTMENT.test(name) || GOVERNMENT_OFFICE.test(name) ? named : null;
  if (type === 'township') return TOWNSHIP.test(name) ? named : null;
  // A zone's committee names its organ; the zone's name alone (东河经济开发区) is its portal's banner.
  if (type === 'zone') return /(管委会|管理委员会)$/.test(name) ? named : null;
  // A place alone (东河县) is a banner; a government's name (a 行政公署's too) is one on a portal, the organ only in
  // a document.
  if (type === 'government') return !bannerPossible && (/政府$/.test(name) || PREFECTURE_OFFICE.test(name)) ? named : null;
  return null;
}

/** An organ's name before a title's subject (YEARLESS_TITLE): the same test as a line above, inside a document. */
export function isOrganName(name: string): boolean {
  return organAbove(name, false) !== null;
}
