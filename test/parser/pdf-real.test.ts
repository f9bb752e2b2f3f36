/**
 * Conformance on a page nobody on the team wrote: ../shared/real/shuyang-fgj-2023.html printed to PDF by
 * Chromium at test time (a printed copy is never committed), with a running title and 第 N 页 on every
 * page. Its README says what reportlint must say: no errors, and one warning per empty 法人或其他组织
 * column. The PDF must read what the page reads, or say it could not: never a false error. Skipped without
 * ../shared or Chromium.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';

const PAGE = new URL('../../../shared/real/shuyang-fgj-2023.html', import.meta.url);
const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
// Printing Chinese needs a CJK font; without one Chromium prints empty boxes and there is no text to read.
const cjkFont = (() => {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
})();
const available = existsSync(PAGE) && existsSync(CHROMIUM) && cjkFont;
if (!available) console.warn('pdf-real: skipped (needs ../shared, Chromium and a CJK font such as fonts-wqy-microhei)');
const NOW = new Date('2024-03-01T00:00:00Z');

async function printToPdf(): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(PAGE.href);
    return new Uint8Array(
      await page.pdf({
        format: 'A4',
        tagged: false,
        displayHeaderFooter: true,
        headerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="title"></span></div>',
        footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">第 <span class="pageNumber"></span> 页</div>',
        margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' },
      }),
    );
  } finally {
    await browser.close();
  }
}

(available ? describe : describe.skip)('pdf adapter: a real published page printed to PDF', () => {
  it('reads like the page itself, or says what it could not read; never a false error', async () => {
    const pdf = await printToPdf();
    const html = readFileSync(PAGE);
    const fromPdf = extractReport(await parseReport(pdf, { format: 'pdf' }));
    const fromHtml = extractReport(await parseReport(html, { format: 'html' }));
    expect(fromPdf.period).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(fromPdf.sections.map((s) => s.key)).toEqual(['overview', 'active', 'applications', 'review', 'problems', 'other']);
    expect(fromPdf.tables.active).toEqual(fromHtml.tables.active);
    expect(fromPdf.tables.review).toEqual(fromHtml.tables.review);
    // Table 三 leaves five columns blank all the way down, and the printed header stands far above the rows:
    // until the PDF reader takes columns from that header, the table is said to be unreadable — never misread.
    const applications = fromPdf.reading.tables['applications'];
    if (applications?.status === 'read') expect(fromPdf.tables.applications).toEqual(fromHtml.tables.applications);
    else expect(applications?.status).toBe('unreadable');
    const result = await lint(pdf, { format: 'pdf', filePath: 'shuyang.pdf', now: NOW });
    expect(result.messages.filter((m) => m.severity === 2).map((m) => m.message)).toEqual([]);
    expect(
      result.messages.filter((m) => !['numeric-cells', 'unreadable-content'].includes(m.ruleId ?? '')).map((m) => m.message),
    ).toEqual([]);
  });
});
