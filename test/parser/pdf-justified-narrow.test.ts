/**
 * Correct reports printed to PDF by Chromium with justified text or narrow columns (review13): what the reader sees
 * but cannot place is said once as unread, never as absent.
 * - justified-lines.pdf: text-align: justify / text-align-last: justify spreads a short line's glyphs over the
 *   width; 本机关未收取信息处理费。 came out as a row of one-glyph cells, the next lines' glyphs run into its last
 *   (本|机|…|费|。局日). It speaks of the fee, its statement is not read: no 未说明信息处理费 error.
 *   Its plain-text copy (pdftotext) sets those glyphs one a line, interleaved with the signature's
 *   (本 ⏎ 机 ⏎ 杭 ⏎ 2 ⏎ …): joined, 本机杭2关未州0收市2取东4信河年息区1处理教月2费。 speaks of the fee, unread.
 * - table2-in-paragraph.pdf: table 二 flattened into a paragraph, wrapped where the page's width falls
 *   (… 现行有效件数 规章 3 1 27 行政规范性文件 ⏎ 12 4 58 …): 规章 is printed, unread, not missing.
 * - narrow-top-plain.txt: pdftotext's plain copy of table 三 in narrow columns, labels wrapped over lines (3.危及“三安全
 *   ⏎ 一稳定”) above the line where the reader's region starts: those rows are printed, not missing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { findTable } from '../../src/parser/query.js';
import { lint } from '../../src/engine/lint.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const fixture = (path: string): Buffer => readFileSync(new URL(`../fixtures/${path}`, import.meta.url));

async function findings(path: string, format: 'pdf' | 'text') {
  const result = await lint(fixture(path), { format, filePath: path, now: NOW });
  return result.messages.map((m) => `${m.severity === 2 ? 'error' : 'warn'} ${m.ruleId}:${m.messageId}`);
}

describe('review13: justified lines and narrow columns printed to PDF', () => {
  it('a justified fee statement read as a row of glyphs is a mention, not nothing said', async () => {
    const parsed = await parseReport(fixture('pdf/justified-lines.pdf'), { format: 'pdf', filePath: 'justified-lines.pdf' });
    expect(parsed.report.feeStatements).toEqual([]);
    expect(parsed.report.feeMentions.map((m) => [m.section, m.text.startsWith('本机关未收取信息处理费')])).toEqual([
      ['other', true],
    ]);
    const said = await findings('pdf/justified-lines.pdf', 'pdf');
    expect(said.filter((f) => f.startsWith('error'))).toEqual([]);
    expect(said).toContain('warn fee-statement:unclassified');
  });

  it('the same report copied as plain text, the fee sentence one glyph a line interleaved with the signature: a mention', async () => {
    const parsed = await parseReport(fixture('text/justified-plain.txt'), { format: 'text', filePath: 'justified.txt' });
    expect(parsed.report.feeMentions.map((m) => [m.section, m.text])).toEqual([
      ['other', '本机杭2关未州0收市2取东4信河年息区1处理教月2费。'],
    ]);
    const said = await findings('text/justified-plain.txt', 'text');
    expect(said.filter((f) => f.includes('fee-statement'))).toEqual(['warn fee-statement:unclassified']);
    // Table 二's last block interleaved too: its 收费金额 header unread with its one row, not a column missing.
    expect(said.filter((f) => f.startsWith('error'))).toEqual([]);
  });

  it('table 二 flattened into a wrapped paragraph: 规章 is unread, not missing', async () => {
    const parsed = await parseReport(fixture('pdf/table2-in-paragraph.pdf'), { format: 'pdf', filePath: 'table2.pdf' });
    const table = findTable(parsed.report, 'active');
    expect(table?.missingRows).toEqual([]);
    expect(table?.unreadableRows.map((r) => r.key).sort()).toEqual(['normativeDocuments', 'regulations']);
    // The rows read keep their figures.
    expect(table?.children.map((r) => [r.key, r.children.map((c) => c.value)])).toEqual([
      ['licensing', [416]],
      ['punishment', [95]],
      ['coercion', [17]],
      ['fees', [2.35]],
    ]);
    const said = await findings('pdf/table2-in-paragraph.pdf', 'pdf');
    expect(said.filter((f) => f.startsWith('error'))).toEqual([]);
  });

  it('table 三 whose first rows stand above the region read: their wrapped labels are printed, not missing', async () => {
    const parsed = await parseReport(fixture('text/narrow-top-plain.txt'), { format: 'text', filePath: 'narrow.txt' });
    const table = findTable(parsed.report, 'applications');
    expect(table?.missingRows).toEqual([]);
    const unread = table?.unreadableRows.map((r) => r.key) ?? [];
    for (const key of ['denied.3', 'denied.4', 'denied.5', 'denied.6', 'denied.7', 'denied.8']) expect(unread).toContain(key);
    const said = await findings('text/narrow-top-plain.txt', 'text');
    expect(said.filter((f) => f.startsWith('error'))).toEqual([]);
  });
});
