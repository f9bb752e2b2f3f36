/**
 * An attachment after the report listing individual requests with their 答复类型 (予以公开, 部分公开, 不予公开; red
 * team rtO #7, combo/report_attach.pdf): its words classed it as table 三, read a second time (a false
 * duplicateTable warning). A table outside every table's region is that table only when its rows read as the
 * template's; a second real table 三 still is.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { lint } from '../../src/index.js';

const report = readFileSync(new URL('../fixtures/pdf/report.md', import.meta.url), 'utf8');
const ATTACHMENT = [
  '附件2：2024年度依申请公开办理情况明细表',
  '',
  '序号\t申请日期\t申请内容\t答复日期\t答复类型',
  '1\t2024年3月5日\t环评批复文件\t2024年3月20日\t予以公开',
  '2\t2024年4月11日\t排污许可证信息\t2024年4月28日\t部分公开',
  '3\t2024年6月2日\t处罚决定书\t2024年6月19日\t不予公开',
  '',
].join('\n');

describe('a table after the report', () => {
  it('an attachment listing requests and their 答复类型 is no second table 三', async () => {
    const text = `${report.replace(/^#+\s*/gm, '')}\n${ATTACHMENT}`;
    const { messages } = await lint(text, { filePath: 'report.txt' });
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([]);
  });

  it('a second table 三 copied after the report is still one', async () => {
    const t3 = report.slice(report.indexOf('## 三、'), report.indexOf('## 四、')).replace(/^## .*$/m, '');
    const text = `${report}\n附表：收到和处理政府信息公开申请情况\n${t3}`;
    const { messages } = await lint(text, { filePath: 'report.md' });
    expect(messages.filter((m) => m.ruleId === 'table-structure').map((m) => m.messageId)).toEqual(['duplicateTable']);
  });
});
