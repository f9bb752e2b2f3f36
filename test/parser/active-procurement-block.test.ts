/**
 * A 2021 table 二 extended with the 2019 template's （九） 政府集中采购 block (red team rtAB cause 1, 143 files in every
 * layout): the block's words outvoted the 2021 headers, so the table was taken for the 2019 template, outdated-format
 * warned falsely and the ten template figures were dropped while the table stood as read. The 2021 headers win: the
 * figures are read, the block is ignored, and a wrong figure is still reported at its row and column.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { ACTIVE_EXTRACTED, LAYOUTS, formatOf, writeReport, type ReportSpec } from '../rules/support/report.js';

const EXTRAS = ['procurement', 'procurementRow'] as const;
const CASES = LAYOUTS.flatMap((layout) => EXTRAS.map((extra) => [layout, extra] as const));

async function read(spec: ReportSpec, layout: (typeof LAYOUTS)[number]) {
  const written = writeReport(spec, layout);
  const format = formatOf(layout);
  const { messages } = await lint(written.text, { format });
  const model = extractReport(await parseReport(written.text, { format }));
  return { written, messages, model };
}

describe('a 2021 table 二 with a （九） 政府集中采购 block added', () => {
  it.each(CASES)('%s, %s: the ten figures read, no finding', async (layout, extra) => {
    const { messages, model } = await read({ activeExtra: extra }, layout);
    expect(messages.map((m) => [m.ruleId, m.messageId])).toEqual([]);
    expect(model.tables.active).toEqual(ACTIVE_EXTRACTED);
    expect(model.reading.tables.active?.status).toBe('read');
  });

  it.each(CASES)('%s, %s: a negative 行政处罚 figure is reported at its cell', async (layout, extra) => {
    const { written, messages } = await read({ activeExtra: extra, active: { punishment: [-57] } }, layout);
    const found = messages.map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, line: m.line, column: m.column }));
    expect(found).toEqual([{ ruleId: 'numeric-cells', messageId: 'negative', ...written.at('active:punishment', '0') }]);
  });
});
