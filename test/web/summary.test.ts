/**
 * The batch summary page (summary-html) in real Chromium from file://: it draws offline (no request leaves
 * file://, no script runs), shows every verdict and the charts, and is screenshotted for the README.
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { jest } from '@jest/globals';
import { chromium, type Browser } from 'playwright-core';
import { lintFiles } from '../../src/engine/files.js';
import { summaryHtml } from '../../src/formatters/summary-html.js';
import { rules } from '../../src/rules/index.js';
import { temporaryTrees } from '../cli-helpers.js';
import { batchFiles, FILES } from '../batch/fixtures.js';
import { CHROMIUM, OUT, ROOT, hasChromium } from './harness.js';

const describeBrowser = hasChromium ? describe : describe.skip;
const tree = temporaryTrees();

describeBrowser('the batch summary page in Chromium', () => {
  jest.setTimeout(90_000);
  let browser: Browser | undefined;

  afterAll(async () => {
    await browser?.close();
  });

  test('opens offline from disk, with verdicts, tables and charts', async () => {
    const root = await tree(batchFiles());
    // The meeting notes named explicitly: a folder walk alone skips a file that is no report.
    const results = await lintFiles(['.', FILES[5]!], { cwd: root, keepFacts: true });
    const html = summaryHtml(results, {
      cwd: root,
      color: false,
      locale: 'zh',
      rulesMeta: new Map(rules.map((r) => [r.meta.id, r.meta])),
      version: 'test',
    });
    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'summary.html');
    await writeFile(file, html);

    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    });
    // Offline for real: the context has no network, and any request that is not file:// is recorded.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 1000 },
      offline: true,
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) outside.push(r.url());
    });
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    expect(outside).toEqual([]);
    expect(failed).toEqual([]);
    expect(await page.title()).toBe('政府信息公开工作年度报告检查汇总');
    const verdicts = await page.$$eval('#reports tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset['verdict']));
    expect(verdicts).toEqual(['publish', 'publish', 'publish', 'publish', 'revise', 'unreadable']);
    expect(await page.$$eval('.cards .card b', (els) => els.map((e) => e.textContent))).toEqual(['4', '1', '1']);
    // Three charts, each drawn with a size (inline SVG renders without any resource).
    const boxes = await page.$$eval('figure svg', (els) => els.map((e) => e.getBoundingClientRect().height));
    expect(boxes).toHaveLength(3);
    for (const h of boxes) expect(h).toBeGreaterThan(40);
    expect(await page.$$eval('#reports td.outlier', (els) => els.length)).toBe(3);
    await page.screenshot({ path: join(ROOT, 'docs', 'images', 'summary.png'), fullPage: false });
    await context.close();
  });
});
