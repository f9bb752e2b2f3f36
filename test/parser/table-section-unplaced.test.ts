/**
 * A table whose section is there but not placed (its heading's words in a sentence, say) is not called missing:
 * where it would stand is not known (review4, 2026-12-06: pdftohtml's positioned lines of table 四, without its
 * header words, raised 「未找到表四」 on a compliant report). One unreadable-content warning says so instead.
 */
import { readFileSync } from 'node:fs';
import { lint } from '../../src/engine/lint.js';

const CLEAN = readFileSync(new URL('../../examples/clean/2023-qingshi-ziranziyuan.md', import.meta.url), 'utf8');
const HEADING = '## 四、政府信息公开行政复议、行政诉讼情况';
const TABLE4 = /\n\| 行政复议 \|[^\n]*\n\| --- [^\n]*\n\| 2 \| 1 [^\n]*\n/;

test('section 四 named in a sentence, its table lost in a layout: no missing table, one warning', async () => {
  expect(CLEAN).toMatch(TABLE4);
  const text = CLEAN.replace(HEADING, '以下为四、政府信息公开行政复议、行政诉讼情况。').replace(
    TABLE4,
    '\n行 政复议 行 政诉讼\n',
  );
  const result = await lint(text, { filePath: 'r.md', now: new Date('2024-03-01T00:00:00Z') });
  const ids = result.messages.map((m) => `${m.ruleId}:${m.severity}`);
  expect(ids.filter((id) => id.startsWith('table-structure'))).toEqual([]);
  const table = result.messages.find((m) => m.ruleId === 'unreadable-content' && m.message.includes('表四'));
  expect(table?.message).toContain('该表所在部分的标题无法定位');
  expect(result.messages.filter((m) => m.severity === 2)).toEqual([]);
});

test('section 四 placed and its table really left out: still missing', async () => {
  const text = CLEAN.replace(TABLE4, '\n本年度行政复议和行政诉讼情况见附件。\n');
  const result = await lint(text, { filePath: 'r.md', now: new Date('2024-03-01T00:00:00Z') });
  expect(result.messages.filter((m) => m.ruleId === 'table-structure').map((m) => m.message)).toEqual([
    '未找到表四（政府信息公开行政复议、行政诉讼情况）',
  ]);
});
