/**
 * Table 三 with distinct non-zero values, shared by the table reader's layout tests (table-aligner, space-aligned,
 * crawl-values): row i, column c holds i·10 + c + 1 and the total their sum, so a value read into the wrong row
 * or column cannot pass.
 */
import { expect } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { APPLICATION_ROWS } from '../../src/parser/data/applications.js';
import type { TableNode } from '../../src/parser/types.js';

/** Table 三's row keys in template order. */
export const KEYS = APPLICATION_ROWS.map((r) => r.key);

/** The seven values of a row: six columns, then 总计. Distinct in every row and column, never 0. */
export function valuesOf(key: string): number[] {
  const i = KEYS.indexOf(key);
  const six = [0, 1, 2, 3, 4, 5].map((c) => i * 10 + c + 1);
  return [...six, six.reduce((a, b) => a + b, 0)];
}

/** Table 三 as the reader reads it from `text` (which must have one). */
export async function table3(text: string, format: 'text' | 'markdown' | 'html' = 'text'): Promise<TableNode> {
  const table = findTable((await parseReport(text, { format })).report, 'applications');
  expect(table).toBeDefined();
  return table!;
}

/** A short report around table 三 (`section3`, right under its heading); `rest` stands before 五 (table 四, say). */
export function report(section3: string, rest = ''): string {
  return [
    '某县自然资源局2023年政府信息公开工作年度报告',
    '',
    '一、总体情况',
    '本年度工作平稳推进。',
    '',
    '三、收到和处理政府信息公开申请情况',
    section3,
    '',
    rest,
    '五、存在的主要问题及改进情况',
    '无。',
    '',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
    '',
  ].join('\n');
}
