/**
 * Table 三 in a grid with a column organs add after 总计 (其中：涉企申请, red team rtAB cause 3: 332 files in GFM, HTML,
 * .docx and PDF): the header names every template column in a cell of its own, so each row is read by it and the extra
 * column skipped. Its figure, outside the template's columns, left the whole table unread (tableRows). A wrong figure
 * is still reported at its row and column, and a row one cell short is not read by the header.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { GRID_LAYOUTS, consistentApplications, formatOf, withCell, writeReport, type Layout } from '../rules/support/report.js';

const EXTRA = '其中：涉企申请';

async function read(layout: Layout, applications = consistentApplications(), text?: string) {
  const written = writeReport({ applications, applicationsExtra: EXTRA }, layout);
  const format = formatOf(layout);
  const source = text ?? written.text;
  const { messages } = await lint(source, { format });
  const model = extractReport(await parseReport(source, { format }));
  return { written, model, found: messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column })) };
}

describe('a grid table 三 with a column after 总计', () => {
  it.each(GRID_LAYOUTS)('%s: every row read by its header, the extra column skipped, no finding', async (layout) => {
    const { model, found } = await read(layout);
    expect(found).toEqual([]);
    expect(model.reading.tables.applications?.status).toBe('read');
    const values = consistentApplications();
    const keys = ['natural', 'business', 'research', 'nonprofit', 'legal', 'other', 'total'];
    for (const row of ['new', 'granted', 'denied.3', 'other.3', 'handled', 'carryForward'])
      expect(model.tables.applications?.[row]).toEqual(Object.fromEntries(keys.map((k, i) => [k, values[row]![i]])));
  });

  it.each(GRID_LAYOUTS)('%s: a wrong 科研机构 figure of （一）予以公开 is reported at its cell', async (layout) => {
    const values = consistentApplications();
    const wrong = withCell(values, 'granted', 2, Number(values.granted![2]) + 40);
    const { written, found } = await read(layout, wrong as Record<string, number[]>);
    expect(found.filter((m) => m.ruleId === 'application-totals')).toEqual([
      { ruleId: 'application-totals', ...written.at('granted', 'research') },
    ]);
    expect(found.filter((m) => m.ruleId !== 'application-totals')).toEqual([]);
  });
});

describe('a grid table 三 with a column after 总计, one row a cell short', () => {
  const cases = GRID_LAYOUTS.flatMap((layout) => [false, true].map((padded) => [layout, padded] as const));
  it.each(cases)('%s (padded at its end: %s): the short row is not read, its values never shifted', async (layout, padded) => {
    const { written } = await read(layout);
    // The row's 商业企业 cell lost: every value after it one column left, the extra column's under 总计; padded, a blank
    // cell closes the row where the extra figure stood (as Marker pads a row it lost a cell of).
    const { line, column } = written.at('granted', 'business');
    const lines = written.text.split('\n');
    const text = lines[line - 1]!;
    if (layout === 'html') {
      lines[line - 1] = '';
      const end = lines.indexOf('</tr>', line);
      if (padded) lines[end] = '<td></td></tr>';
    } else lines[line - 1] = text.slice(0, column - 2) + text.slice(text.indexOf('|', column) + 1) + (padded ? '  |' : '');
    const { model } = await read(layout, undefined, lines.join('\n'));
    expect(model.tables.applications?.granted).toBeUndefined();
    expect(model.reading.tables.applications?.unreadableRows).toContain('granted');
  });
});
