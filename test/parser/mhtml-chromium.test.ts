/**
 * A REAL Chromium web archive: the fixture page (a whole saved page around the report) opened in Debian's
 * Chromium and saved as Chrome's "Webpage, Single File" does (CDP Page.captureSnapshot, format mhtml), then
 * linted: the same findings, rule ids, locations and table values as the page itself. Skipped with a notice
 * where Chromium is missing, as the PDF tests are.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { extractReport } from '../../src/engine/extract.js';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { toHtmlPage } from '../helpers/html-docx-render.js';
import { APPLICATIONS, defectiveReport, REPORT } from '../helpers/html-docx-report.js';
import { drawModel } from '../fuzz/model.js';
import { renderText } from '../fuzz/layouts.js';

const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`mhtml-chromium: skipped (needs Chromium at ${CHROMIUM}: apt-get install chromium)`);
const now = new Date('2025-03-01T00:00:00Z');

let browser: Browser | undefined;
const dir = mkdtempSync(join(tmpdir(), 'reportlint-mhtml-'));

/** The page as Chromium saves it: one MHTML file (7-bit: quoted-printable and base64 parts). */
async function saveAsMhtml(html: string, name: string): Promise<Uint8Array> {
  const file = join(dir, name);
  writeFileSync(file, html);
  const page = await browser!.newPage();
  try {
    await page.goto(pathToFileURL(file).href);
    const cdp = await page.context().newCDPSession(page);
    const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
    return new Uint8Array(Buffer.from(data, 'latin1'));
  } finally {
    await page.close();
  }
}

/** A finding and its table cell (a web archive's findings outside the tables are placed too; a page's are not). */
const finding = (m: { ruleId: string | null; messageId?: string; location?: string; data?: unknown }): string =>
  `${m.ruleId}/${m.messageId} ${m.location?.startsWith('表') ? m.location : ''} ${JSON.stringify(m.data ?? {})}`;

(available ? describe : describe.skip)('a web archive saved by Chromium', () => {
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same findings as the page itself, at the defects planted in it', async () => {
    const html = toHtmlPage(defectiveReport());
    const mhtml = await saveAsMhtml(html, 'defective.html');
    // It is Chrome's archive: a MIME header block, the page as quoted-printable, not the page's own bytes.
    const head = Buffer.from(mhtml.subarray(0, 2048)).toString('latin1');
    expect(head).toMatch(/^From: <Saved by Blink>/m);
    expect(head).toMatch(/Content-Type: multipart\/related;/);
    expect(head).toMatch(/Content-Transfer-Encoding: quoted-printable/);

    const fromArchive = await lint(mhtml, { filePath: 'report.mhtml', now });
    const fromPage = await lint(html, { format: 'html', now });
    expect(fromArchive.messages.map(finding).sort()).toEqual(fromPage.messages.map(finding).sort());
    expect(fromArchive.messages.map((m) => `${m.ruleId}/${m.messageId} ${m.location ?? ''}`).sort()).toEqual([
      'application-totals/cellLikelyWrong 表三「（一）予以公开」行·自然人',
      'review-litigation-totals/groupTotal 表四「行政复议」·总计',
      'statistical-period/missing 报告开头',
    ]);
    // Positions point into the decoded page: the wrong cell's finding stands on the 9 planted there.
    const parsed = await parseReport(mhtml, { filePath: 'report.mhtml' });
    expect(parsed.format).toBe('mhtml');
    const wrong = fromArchive.messages.find((m) => m.messageId === 'cellLikelyWrong')!;
    const line = parsed.text.split('\n')[wrong.line - 1] ?? '';
    expect(line.slice(wrong.column - 1, wrong.column)).toBe('9');
  });

  it('extracts the same tables, sections and period as the page', async () => {
    const html = toHtmlPage(REPORT);
    const mhtml = await saveAsMhtml(html, 'clean.html');
    const archive = extractReport(await parseReport(mhtml, { filePath: 'clean.mht' }));
    const page = extractReport(await parseReport(html, { format: 'html' }));
    expect(archive.tables).toEqual(page.tables);
    expect(archive.tables.applications).toEqual(APPLICATIONS);
    expect(archive.sections.map((s) => s.key)).toEqual(page.sections.map((s) => s.key));
    expect(archive.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect((await lint(mhtml, { filePath: 'clean.mht', now })).messages).toEqual([]);
  });

  // Fuzzer reports with their random variations (Word span soup, bold headings, padded cells …) and a defect.
  it.each([3, 17, 42])('fuzzer seed %i as a page: the archive gives the page’s findings and table 三', async (seed) => {
    const model = drawModel(seed, { defectRate: 1 });
    const when = new Date(Date.UTC(model.year + 1, 2, 1));
    const html = renderText(model, 'html-page');
    const mhtml = await saveAsMhtml(html, `seed-${seed}.html`);
    const fromArchive = await lint(mhtml, { filePath: `seed-${seed}.mhtml`, now: when });
    const fromPage = await lint(html, { format: 'html', now: when });
    expect(fromPage.messages.length).toBeGreaterThan(0);
    expect(fromArchive.messages.map(finding).sort()).toEqual(fromPage.messages.map(finding).sort());
    const applications = extractReport(await parseReport(mhtml, { filePath: `seed-${seed}.mhtml` })).tables.applications;
    expect(applications).toEqual(extractReport(await parseReport(html, { format: 'html' })).tables.applications);
    expect(Object.keys(applications ?? {}).length).toBeGreaterThan(20);
  });
});
