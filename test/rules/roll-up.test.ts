/**
 * roll-up: a parent organ's table 三 总计 column and table 四 against the sum of its subordinates' figures, which
 * the engine hands the rule (`subordinates`); lintFiles' side (hierarchy, pairing, --rule, directives) is in
 * test/batch/summary.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import rule from '../../src/rules/roll-up.js';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { applicationTotals, reviewCells } from '../../src/rules/support/figures.js';
import type { Subordinates, SubordinateFigures } from '../../src/rules/types.js';
import { LAYOUTS, REVIEW_OK, consistentApplications, formatOf, writeReport, type Layout } from './support/report.js';

const NOW = new Date('2024-06-01T00:00:00Z');
const doubled = (values: Record<string, number[]>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.map((n) => n * 2)]));

/** A subordinate's figures, read from a report written in `layout` as the engine's facts read them. */
async function figures(organ: string, layout: Layout): Promise<SubordinateFigures> {
  const { report } = await parseReport(writeReport({ organ, review: REVIEW_OK }, layout).text, { format: formatOf(layout) });
  return {
    organ,
    applications: applicationTotals(findTable(report, 'applications')),
    review: reviewCells(findTable(report, 'review')),
  };
}

async function check(parent: string, layout: Layout, subordinates?: Subordinates, lang: 'zh' | 'en' = 'zh') {
  const result = await lint(parent, {
    rules: [{ id: 'roll-up', rule, severity: 'warn' }],
    format: formatOf(layout),
    now: NOW,
    lang,
    ...(subordinates ? { subordinates } : {}),
  });
  return result.messages.map((m) => [m.messageId, m.line, m.message]);
}

describe.each(LAYOUTS)('roll-up (%s)', (layout) => {
  // The parent: two subordinates' identical reports added up, but one of table 四's cells one too many.
  const review = REVIEW_OK.map((n, i) => n * 2 + (i === 2 || i === 4 ? 1 : 0));
  const parent = writeReport({ organ: '某市人民政府', applications: doubled(consistentApplications()), review }, layout);
  const children = async () => [await figures('某市甲局', layout), await figures('某市乙局', layout)];

  it('without subordinates (a report alone, or no hierarchy) it is silent', async () => {
    expect(await check(parent.text, layout)).toEqual([]);
  });

  it('one warning lists the cells that differ from the sum', async () => {
    expect(await check(parent.text, layout, { reports: await children(), missing: [] })).toEqual([
      [
        'mismatch',
        expect.any(Number),
        '与下级机关报告之和不一致（2 处）：表四「行政复议」其他结果 为 3，下级之和为 2；表四「行政复议」总计 为 17，下级之和为 16',
      ],
    ]);
  });

  it('a subordinate missing: said once, and no partial sum is compared', async () => {
    const [first] = await children();
    expect(await check(parent.text, layout, { reports: [first!], missing: ['某市乙局'] })).toEqual([
      ['missing', expect.any(Number), '本次检查中没有下级机关 某市乙局 的 2023 年度报告，无法核对汇总数'],
    ]);
    expect(await check(parent.text, layout, { reports: [first!], missing: ['某市乙局'] }, 'en')).toEqual([
      ['missing', expect.any(Number), 'No 2023 report of “某市乙局” in this run: the roll-up cannot be checked'],
    ]);
  });

  it('a figure unknown in any report is not compared', async () => {
    const [first, second] = await children();
    const unknown = { ...second!, review: { ...second!.review, 'review.other': null, 'review.total': null } };
    expect(await check(parent.text, layout, { reports: [first!, unknown], missing: [] })).toEqual([]);
  });
});
