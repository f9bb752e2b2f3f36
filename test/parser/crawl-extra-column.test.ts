/**
 * Crawled text (digits run together) of a table 三 whose header names a column after 总计 the template has not
 * (其中：涉企申请, red team rtAB cause 2): the row's run holds eight figures. Split into the template's seven by the row
 * identity, one wrong split added up by chance (118 1181 2012 510 6112 6 9939 for 118 118 120 125 106 112 699 39) and
 * was read, so narrative-consistency warned on a correct report. With the extra column named the run is not split:
 * the row is unread. A wrong figure elsewhere (table 四's total) is still reported where it stands.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { getRow } from '../../src/parser/query.js';
import { APPLICATION_ROWS } from '../../src/parser/data/applications.js';
import {
  ACTIVE_CONTENT_HEAD,
  activeBlocks,
  APPLICATIONS_HEADER,
  COLUMN_LABEL_LIST,
  HEADING,
  REVIEW_HEADS,
  REVIEW_TOP,
  reviewGroupWords,
} from '../fuzz/template.js';
import { ACTIVE_WRITTEN } from '../rules/support/report.js';
import { table3 } from '../helpers/table3-fixture.js';

/** Row 一's eight figures: six applicants, 总计 699, and the extra column's 39. */
const NEW = [118, 118, 120, 125, 106, 112, 699];
const EXTRA = 39;
/** Table 四's fifteen figures, the first group's total (20) written 21. */
const REVIEW = [7, 5, 3, 5, 21, 9, 4, 9, 6, 28, 3, 4, 6, 3, 16];

/** A report on one line per section, table 三's header with `extra` after 总计 (or none), row 一 as `printed`. */
function crawl(extra: string | undefined, printed: string): string {
  const [natural, business, research, nonprofit, legal, other, total] = COLUMN_LABEL_LIST;
  // The template's two header lines run together: 申请人情况 自然人 法人或其他组织 总计 (其中：…), then the five kinds.
  const header = [APPLICATIONS_HEADER.note, APPLICATIONS_HEADER.applicants, natural, APPLICATIONS_HEADER.organisations];
  const columns = [total!, ...(extra ? [extra] : []), business, research, nonprofit, legal, other];
  const active = activeBlocks(ACTIVE_WRITTEN).flatMap(([item, heads, rows]) => [
    item,
    ACTIVE_CONTENT_HEAD,
    ...heads,
    ...rows.flat(2),
  ]);
  const newLabel = APPLICATION_ROWS.find((r) => r.key === 'new')!.label;
  const heads = [...REVIEW_TOP, ...REVIEW_HEADS, reviewGroupWords('litigation')[1], reviewGroupWords('litigationAfterReview')[1]];
  return [
    '某县财政局2021年政府信息公开工作年度报告',
    '',
    '本报告统计期限为2021年1月1日至2021年12月31日。',
    '',
    HEADING.overview,
    '',
    `2021年，本局全年共收到政府信息公开申请${NEW[6]}件，均按时答复。`,
    '',
    HEADING.active,
    '',
    active.join(' '),
    '',
    HEADING.applications,
    '',
    [...header, ...columns, newLabel, printed].join(' '),
    '',
    HEADING.review,
    '',
    [...heads, ...REVIEW_HEADS, ...REVIEW_HEADS, ...REVIEW].join(' '),
    '',
    HEADING.problems,
    '',
    '主要问题是公开内容不够丰富。下一步将加强培训。',
    '',
    HEADING.other,
    '',
    '本机关2021年未收取信息处理费。',
    '',
  ].join('\n');
}

const summary = async (text: string) =>
  (await lint(text, { format: 'text' })).messages.map((m) => ({
    ruleId: m.ruleId,
    messageId: m.messageId,
    line: m.line,
    column: m.column,
  }));

describe('crawled table 三 with a column after 总计', () => {
  const text = crawl('其中：涉企申请', `${NEW.join('')}${EXTRA}`);

  it('leaves the run of eight figures unread, never split by the seven columns', async () => {
    const table = await table3(text);
    expect(getRow(table, 'new')).toBeUndefined();
    expect(table.unreadableRows.map((r) => [r.key, r.reason])).toEqual([['new', 'digitsRunTogether']]);
  });

  it('warns of nothing it did not read, and still reports the wrong total of table 四 at its cell', async () => {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith(REVIEW_TOP[0])) + 1;
    const column =
      lines[line - 1]!.indexOf(` ${REVIEW.slice(0, 5).join(' ')}`) + 1 + `${REVIEW.slice(0, 4).join(' ')} `.length + 1;
    const found = await summary(text);
    expect(found.filter((m) => m.ruleId !== 'unreadable-content')).toEqual([
      { ruleId: 'review-litigation-totals', messageId: expect.any(String), line, column },
    ]);
    expect(found.filter((m) => m.ruleId === 'narrative-consistency')).toEqual([]);
  });

  it('still splits the run by the row identity when the header names only the template columns', async () => {
    const table = await table3(crawl(undefined, NEW.join('')));
    expect(getRow(table, 'new')?.children.map((c) => c.value)).toEqual(NEW);
  });
});
