/**
 * The print page of a document (render-html.ts printHtml) printed to PDF by Chromium through playwright-core,
 * as make-pdf-fixtures.ts does: Debian's chromium, --no-sandbox, a running header and page numbers. One
 * browser serves a whole run; `available` is false when chromium is missing (callers skip with a notice).
 */
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

const CHROMIUM = process.env['CHROMIUM'] ?? '/usr/bin/chromium';

export class Printer {
  private browser: Browser | null = null;
  private page: Page | null = null;
  readonly available = existsSync(CHROMIUM);

  async print(html: string, header: string): Promise<Uint8Array> {
    if (!this.page) {
      const { chromium } = await import('playwright-core');
      this.browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      this.page = await this.browser.newPage();
    }
    await this.page.setContent(html);
    return new Uint8Array(
      await this.page.pdf({
        format: 'A4',
        tagged: false,
        outline: false,
        displayHeaderFooter: true,
        headerTemplate: `<div style="font-size:8px;width:100%;text-align:center">${header.replace(/</g, '&lt;')}</div>`,
        footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>',
        margin: { top: '25mm', bottom: '25mm', left: '22mm', right: '22mm' },
      }),
    );
  }

  async close(): Promise<void> {
    await this.browser?.close();
    this.browser = null;
    this.page = null;
  }
}
