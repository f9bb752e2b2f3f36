/**
 * extract's tables: a table found but not read is null, as docs/extract.md says, never `{}` (which looks like a table
 * read with no rows); what could not be placed is named in `problems` and `reading` (rtAE 6).
 */
import { describe, expect, it } from '@jest/globals';
import { extractReport } from '../src/engine/extract.js';
import { parseReport } from '../src/parser/index.js';
import { findTable } from '../src/parser/query.js';

/**
 * Table 三 whose rows hold more figures than it has columns: found, its rows not placed. (The rtAE repro this stood
 * for, no-total-column.md, is read since table 三 without its 总计 column is: rtAE 5.)
 */
const TOO_MANY = [
  '# 东河县商务局2023年政府信息公开工作年度报告',
  '',
  '## 三、收到和处理政府信息公开申请情况',
  '',
  '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  '| 一、本年新收政府信息公开申请数量 | 9 | 2 | 3 | 1 | 4 | 5 | 24 | 11 | 13 |',
  '| （七）总计 | 8 | 6 | 3 | 1 | 4 | 7 | 29 | 17 | 19 |',
  '',
].join('\n');

describe('a table found but not read', () => {
  it('is null, its rows named in problems and reading', async () => {
    const facts = extractReport(await parseReport(TOO_MANY, { filePath: 'report.md' }));
    expect(facts.tables.applications).toBeNull();
    expect(facts.reading.tables.applications).toMatchObject({ status: 'unreadable', unreadableRows: ['new', 'handled'] });
    expect(facts.problems.applications?.unreadableRows).toEqual(['new', 'handled']);
  });

  // A row with no key and no label (a PDF's blank line in table 四, rtAE 6) is named by no "".
  it('a row with neither key nor label is not named ""', async () => {
    const parsed = await parseReport(TOO_MANY, { filePath: 'report.md' });
    const table = findTable(parsed.report, 'applications')!;
    table.unreadableRows.push({ ...table.unreadableRows[0]!, key: undefined, label: ' ' });
    const facts = extractReport(parsed);
    expect(facts.problems.applications?.unreadableRows).toEqual(['new', 'handled']);
    expect(facts.reading.tables.applications?.unreadableRows).toEqual(['new', 'handled']);
  });
});
