/**
 * A table whose labels are wrapped in a narrow column with the row's figures between their pieces is there, unread,
 * never missing. The fixture is `w3m -dump -cols 40 test/fixtures/pdf/report.html` (w3m 0.5.3, tables without
 * borders): table 三's label column is four characters wide, so 四、结转下年度继续办理 prints as 四、结转 ⏎ 下年度继
 * 13 18 … 153 ⏎ 续办理, and no label of the table read whole. The report is compliant.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';

const NOW = new Date('2025-01-20T00:00:00Z');
const text = readFileSync(new URL('../fixtures/text/w3m-cols40.txt', import.meta.url), 'utf8');
const lines = text.split('\n');

describe('table 三 printed by w3m at 40 columns', () => {
  it('is reported once as unreadable at its section, never as missing', async () => {
    expect(lines[329]).toMatch(/^下年度继 13 +18 +23 +28 +33 +38 +153$/);
    const { report } = await parseReport(text, { format: 'text' });
    expect(report.reading.tables.applications).toEqual({ status: 'unreadable', reason: { id: 'tableWords' } });
    const result = await lint(text, { format: 'text', now: NOW });
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}/${m.messageId}`)).toEqual([
      '42:1 unreadable-content/table',
    ]);
    expect(result.messages[0]!.message).toContain('表三');
  });

  it('is still missing where the section holds only prose with its figures', async () => {
    const at = lines.indexOf('三、收到和处理政府信息公开申请情况');
    const end = lines.indexOf('四、政府信息公开行政复议、行政诉讼情况');
    expect([at, end]).toEqual([41, 332]);
    const prose = [
      ...lines.slice(0, at + 1),
      '',
      '本年新收申请1535件，上年结转11件，结转下年度13件，均依法办理。',
      '',
      ...lines.slice(end),
    ];
    const result = await lint(prose.join('\n'), { format: 'text', now: NOW });
    expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}/${m.messageId}`)).toEqual([
      '42:1 table-structure/missingTable',
    ]);
  });
});
