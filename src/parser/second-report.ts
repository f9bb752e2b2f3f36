/**
 * Two reports in one file (a site's 历年年报汇编 PDF, 2023's report followed by 2022's): read as one, the second
 * report's six sections were "repeated" (six errors) and its signature taken for the first's (a false
 * publication-date error, red team rtO #5). A second report is a title line naming a year's 年度报告 after the
 * first report's 六、其他需要报告的事项, followed by a second run of the sections from 一、总体情况 on; or, right
 * before that run, a title naming no year or only 附件N. Only the first
 * report is read; the rest is said once (unreadable-content), never linted as part of the first.
 */
import type { Item } from './mdast-read.js';
import type { DocumentStructure } from './section-structure.js';

/**
 * A report's title: a year and 年度报告 (工作年度报告, 年度工作报告), or the year's 年度 and the work's report
 * (2022年度政府信息公开工作报告), on one line or wrapped over two.
 */
const TITLE =
  /(?:19|20)\d{2}\s*年.{0,30}年度(?:工作)?报告|(?:19|20)\d{2}\s*年度.{0,30}?(?:政府信息公开|政务公开)(?:工作)?(?:情况)?的?报告/;
/**
 * A title standing alone that names no year, the whole line (县政府办公室政府信息公开工作年度报告), or only the
 * attachment's number (附件2): a second report's title only right before the second run's 一, a few lines at most (its
 * preamble) between them (red team rtT §6).
 */
const BARE_TITLE =
  /^(?:附件\s*[0-9一二三四五六七八九十]{1,2}[:：]?|[\u4e00-\u9fff（）()]{2,40}?(?:政府信息公开|政务公开)(?:工作)?(?:年度报告|年报|年度工作报告|工作报告))$/;
const BARE_BEFORE = 3;
const DATE = /\d{1,2}\s*月\s*\d{1,2}\s*日/;
/** A title line is short (a sentence citing last year's report is not one). */
const MAX_TITLE = 60;

/** The item where a second report's title stands, when the file holds a second whole report after the first. */
export function secondReportAt(items: readonly Item[], structure: DocumentStructure): number | undefined {
  const order = [...structure.headings.entries()].sort((a, b) => a[0] - b[0]);
  const firstOverview = order.findIndex(([, h]) => h.key === 'overview');
  if (firstOverview < 0) return undefined;
  const firstOther = order.findIndex(([, h], k) => k > firstOverview && h.key === 'other');
  if (firstOther < 0) return undefined;
  const again = order.findIndex(([, h], k) => k > firstOther && h.key === 'overview');
  if (again < 0) return undefined;
  // The second run goes on like a report: 三 (its table) and 六 after its 一.
  const rest = order.slice(again).map(([, h]) => h.key);
  const applications = rest.indexOf('applications');
  if (applications < 0 || rest.indexOf('other', applications) < 0) return undefined;
  for (let i = order[again - 1]![0] + 1; i < order[again]![0]; i++) {
    const item = items[i];
    if (item?.kind !== 'line') continue;
    const text = item.run.text.replace(/\s+/g, '');
    // A date (the first report's signature, 2024年1月20日) is no title, nor the start of one.
    if (DATE.test(text)) continue;
    const next = items[i + 1];
    // A title wrapped over two lines: never a sentence ending (。) joined to the title on the next line.
    const wrapped = next?.kind === 'line' && i + 1 < order[again]![0] && !/[。；;]$/.test(text);
    const two = wrapped ? text + next.run.text.replace(/\s+/g, '') : text;
    if (text.length <= MAX_TITLE && (TITLE.test(text) || (two.length <= MAX_TITLE && TITLE.test(two)))) return i;
    if (order[again]![0] - i <= BARE_BEFORE && BARE_TITLE.test(text.replace(/^[#*\s]+|[*\s]+$/g, ''))) return i;
  }
  return undefined;
}
