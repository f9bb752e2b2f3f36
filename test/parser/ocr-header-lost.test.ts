/**
 * Table 三's header as OCR garbled it (商业企笨研机[竺会公益 法健服务[: red team rtR #4), its rows carrying all seven
 * figures: the header is damaged, not short of columns. No column is called missing, and no row is read onto the
 * columns whose words survived (a row of seven figures read as three would put 83 under 其他). A table whose rows
 * really carry fewer figures still lacks the columns its header leaves out.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { FLAT } from '../rules/support/flat-report.js';

/**
 * Table 三 as tesseract read a degraded scan of it (150 dpi, turned 1.2°, JPEG: rtR pdf/ocr_deg.txt), every figure
 * distinct: the header 人 。 |商业企笨研机[竺会公益 法健服务[呈他 |总计, rows such as 10 |11 12 13 14 15 |75.
 */
const OCR_TABLE = readFileSync(new URL('../fixtures/ocr/table3-degraded.txt', import.meta.url), 'utf8').trimEnd();

/** FLAT with table 三's lines (its header to 四、结转) replaced by the OCR's. */
function withOcrTable(): string {
  const lines = FLAT.split('\n');
  const from = lines.findIndex((l) => l.startsWith('申请人情况'));
  const to = lines.findIndex((l) => l.startsWith('四、结转下年度继续办理'));
  expect(from).toBeGreaterThan(0);
  expect(to).toBeGreaterThan(from);
  // 六's fee statement names the OCR table's other.2 total (831), as the scanned report did.
  const text = [...lines.slice(0, from), OCR_TABLE, ...lines.slice(to + 1)].join('\n');
  return text.replace(/收费通知\d+件/, '收费通知831件');
}

async function run(text: string) {
  const { messages } = await lint(text, { format: 'text' });
  const { report } = await parseReport(text, { format: 'text' });
  return { messages, table: findTable(report, 'applications')! };
}

describe('table 三 with its header garbled by OCR', () => {
  it('rows of seven figures: no column missing, no error, no row read onto the columns named', async () => {
    const { messages, table } = await run(withOcrTable());
    expect(messages.filter((m) => m.severity === 2)).toEqual([]);
    expect(table.missingColumns).toEqual([]);
    // 三、本年度 |兴提代无 |没有现成信息需要另行制作 8 8 2 本 gg 5 (printed 80 81 … 495): never 8, 8, 2 under three columns.
    expect(table.children.find((r) => r.key === 'unavailable.2')).toBeUndefined();
    // A row read is read whole: seven figures adding up to its total.
    for (const row of table.children) {
      const values = row.children.map((c) => c.value);
      if (values.some((v) => v === null)) continue;
      expect(values).toHaveLength(7);
      expect(values.slice(0, 6).reduce((a, b) => a! + b!, 0)).toBe(values[6]);
    }
  });
});
