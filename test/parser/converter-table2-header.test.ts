/**
 * Table 二's header cells broken by a line break in their Word cells (本年 ⏎ 处理决定数量, 信息 ⏎ 内容 …), as document
 * converters write them (red team rtC F10): pandoc's `-t plain` and multiline tables print the rest of a header cell
 * on the line below, under its column; LibreOffice's "Save as Text" puts every piece on a line of its own. Read
 * apart, 处理决定数量 was taken for the 2019 template's header (a false outdated-format warning) and 本年制 / 发件数
 * for a column missing (a false table-structure error).
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { parseReport } from '../../src/parser/index.js';
import { writeReport } from '../rules/support/report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const tabs = writeReport({}, 'tabs').text;
const from = tabs.indexOf('第二十条第（一）项');
const to = tabs.indexOf('三、收到和处理');

/** The report with table 二 written as `table` (a block of lines). */
const withTable2 = (table: string): string => `${tabs.slice(0, from)}${table}\n\n${tabs.slice(to)}`;
const findings = async (text: string): Promise<string[]> =>
  (await lint(text, { format: 'text', now: NOW })).messages.map((m) => `${m.ruleId}:${m.messageId ?? ''}`);
const active = async (text: string) => extractReport(await parseReport(text, { format: 'text' })).tables.active;

/** pandoc -t plain: each row a block of lines, cells in columns, a cell's rest under it on the next line. */
const PANDOC_PLAIN = [
  '  -------------------- ---------------------------- ---------------- -----------------',
  '  第二十条第（一）项',
  '',
  '  信息                 本年                         本年             现行',
  '  内容                 制发件数                     废止件数         有效件数',
  '',
  '  规章                 2                            1                15',
  '',
  '  行政规范性文件       6                            3                41',
  '',
  '  第二十条第（五）项',
  '',
  '  信息内容             本年',
  '                       处理决定数量',
  '',
  '  行政许可             318',
  '',
  '  第二十条第（六）项',
  '',
  '  信息内容             本年',
  '                       处理决定数量',
  '',
  '  行政处罚             57',
  '',
  '  行政强制             9',
  '',
  '  第二十条第（八）项',
  '',
  '  信息内容             本年收费金额（单位：万元）',
  '',
  '  行政事业性收费       12.5',
  '  -------------------- ---------------------------- ---------------- -----------------',
].join('\n');

describe('table 二 header cells broken over two lines', () => {
  it('pandoc -t plain: every column is found and nothing is reported', async () => {
    const text = withTable2(PANDOC_PLAIN);
    expect(await findings(text)).toEqual([]);
    expect(await active(text)).toEqual(await active(tabs));
  });

  it('one cell per line (LibreOffice Save as Text): 本年 ⏎ 处理决定数量 is no 2019 header', async () => {
    const table = tabs
      .slice(from, to)
      .trim()
      .split('\n')
      .flatMap((line) => line.split('\t').filter((c) => c !== ''))
      .flatMap((cell) => (cell === '本年处理决定数量' ? ['本年', '处理决定数量'] : [cell]))
      .join('\n');
    expect(table).toContain('本年\n处理决定数量');
    expect(await findings(withTable2(table))).not.toContain('outdated-format:outdatedTable');
  });

  it('the 2019 header 处理决定数量 on its own is still reported', async () => {
    const table = PANDOC_PLAIN.replace(/ {2}信息内容 {13}本年\n {23}处理决定数量/g, '  信息内容             处理决定数量');
    expect(table).not.toContain('本年\n');
    expect(await findings(withTable2(table))).toContain('outdated-format:outdatedTable');
  });
});
