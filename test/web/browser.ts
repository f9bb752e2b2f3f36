/**
 * The browser side of the page tests: Debian's Chromium through playwright-core (no download), the page
 * opened from file://, files given through its inputs, and every request that is not file:, data: or blob:
 * recorded (the page must never reach the network).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, expect } from '@jest/globals';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, HTML, OUT, ensureBuilt } from './harness.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface Session {
  browser: Browser;
  page: Page;
  /** URLs requested outside file:, data: and blob:. */
  outside: string[];
}

/**
 * One browser for a describe block: launched before its tests, closed after them, and after every test the
 * check that nothing left the editor's computer.
 */
export function withSession(opened: (session: Session) => void): void {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch();
    opened(session);
  });
  afterAll(async () => {
    await session?.browser.close();
  });
  afterEach(() => {
    expect(session?.outside).toEqual([]);
  });
}

async function launch(): Promise<Session> {
  mkdirSync(OUT, { recursive: true });
  ensureBuilt();
  const browser = await chromium.launch({
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
  const outside: string[] = [];
  const page = await newPage(browser, outside);
  return { browser, page, outside };
}

export async function newPage(
  browser: Browser | BrowserContext,
  outside: string[],
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
  });
  return page;
}

/** Opens the page afresh: rule settings remembered by an earlier test are forgotten first. */
export async function open(page: Page, lang: 'zh' | 'en' = 'zh', keepSettings = false): Promise<void> {
  const url = `${pathToFileURL(HTML).href}?lang=${lang}`;
  if (page.url() !== url) await page.goto(url);
  if (!keepSettings) await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForFunction(() => document.body.dataset['state'] === 'ready');
}

/** Gives the page a file through its file input and waits until the check is drawn; returns the wall time. */
export async function give(
  page: Page,
  name: string,
  bytes: Uint8Array | string,
  mimeType = 'application/octet-stream',
): Promise<number> {
  const buffer = Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  // Forget the previous check's 'done', or the wait below could end before this check has begun.
  await page.evaluate(() => (document.body.dataset['state'] = 'waiting'));
  const started = Date.now();
  await page.setInputFiles('#file', { name, mimeType, buffer });
  await page.waitForFunction(() => document.body.dataset['state'] === 'done');
  return Date.now() - started;
}

/** Waits for the check a click (re-check, a rule switched, a config loaded) starts. */
export async function after(page: Page, action: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => (document.body.dataset['state'] = 'waiting'));
  await action();
  await page.waitForFunction(() => document.body.dataset['state'] === 'done');
}

export const ruleIds = (page: Page) =>
  page.$$eval('#findings li.finding', (els) => els.map((e) => (e as HTMLElement).dataset['ruleId'] ?? ''));
export const sorted = (ids: string[]) => [...new Set(ids)].sort();
export const verdict = (page: Page) => page.getAttribute('#verdict .verdict', 'data-verdict');
export const shot = (page: Page, name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false });
/** The text an editor sees in the report pane. */
export const docText = (page: Page) => page.innerText('#doc');
