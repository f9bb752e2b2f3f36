/**
 * Table 二's fee column headed in another unit than the format's 万元 (rtT §4): 本年收费金额（单位：元）over 13,200.00
 * was read as 13200 万元. The figure is read in the unit its header names and given in 万元 exactly (元 ÷ 10000,
 * 千元 ÷ 10); a header naming two units leaves the row unread with one warning, never a guessed number.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { formatOf, writeReport, type Layout } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const HEADER = '本年收费金额（单位：万元）';

/** The report in `layout`, its fee header `header` and its fee `fee` (12.5 in the fixture). */
function withFee(layout: Layout, header: string, fee: string): string {
  const text = writeReport({}, layout).text;
  expect(text).toContain(HEADER);
  const at = text.indexOf('行政事业性收费');
  const value = text.indexOf('12.5', at);
  expect(value).toBeGreaterThan(at);
  return (text.slice(0, value) + fee + text.slice(value + 4)).replace(HEADER, header);
}

const amount = async (text: string, layout: Layout) =>
  (
    extractReport(await parseReport(text, { format: formatOf(layout) })).tables.active as
      Record<string, Record<string, number>> | undefined
  )?.fees?.amount;

describe('the fee column in 元 or 千元', () => {
  it.each(['markdown', 'tabs', 'html'] as const)('is read in 万元, exactly (%s)', async (layout) => {
    expect(await amount(withFee(layout, '本年收费金额（单位：元）', '13,200.00'), layout)).toBe(1.32);
    expect(await amount(withFee(layout, '本年收费金额（单位：元）', '7'), layout)).toBe(0.0007);
    expect(await amount(withFee(layout, '本年收费金额（单位：千元）', '13.2'), layout)).toBe(1.32);
    expect(await amount(withFee(layout, '本年收费金额（元）', '2,350'), layout)).toBe(0.235);
    // The format's unit, said or not: as written.
    expect(await amount(withFee(layout, HEADER, '3.6'), layout)).toBe(3.6);
    expect(await amount(withFee(layout, '本年收费金额', '3.6'), layout)).toBe(3.6);
  });

  it('a header naming two units: the row unread, one warning, no number', async () => {
    const text = withFee('tabs', '本年收费金额（单位：万元）（元）', '13200');
    const table = findTable((await parseReport(text, { format: 'text' })).report, 'active');
    expect(table?.unreadableRows.map((r) => [r.key, r.reason])).toEqual([['fees', 'amountUnit']]);
    expect(table?.missingRows).toEqual([]);
    const said = (await lint(text, { format: 'text', now: NOW })).messages.map((m) => `${m.severity}:${m.ruleId}:${m.message}`);
    expect(said.filter((m) => m.startsWith('2:'))).toEqual([]);
    expect(said.filter((m) => m.includes('金额单位'))).toHaveLength(1);
  });
});
