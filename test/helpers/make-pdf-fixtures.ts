/**
 * Writes test/fixtures/pdf/: the report of pdf-report.ts as Markdown and as a print page (the sources), that
 * page printed to PDF by Chromium (through playwright-core, with a running header and a page number on every
 * page, untagged to stay small), a six-page print of it for the timing in bench/RESULTS.md, a print with
 * three defects (pdf-report.ts withDefects) to compare findings with the Markdown, and the
 * hand-laid PDFs of pdf-traits.ts (every trait; the same in a font that is not embedded; （六）其他处理 as
 * one row; cells and whole columns left blank; a scan; an encrypted file; a truncated download). Run it again after changing any of those helpers:
 *
 *   npx esbuild test/helpers/make-pdf-fixtures.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=node_modules/.cache/make-pdf-fixtures.mjs && node node_modules/.cache/make-pdf-fixtures.mjs
 *
 * Needs Chromium (`apt-get install chromium fonts-droid-fallback`; CHROMIUM overrides /usr/bin/chromium).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { toPrintHtml } from './pdf-html.js';
import { BLANK_COLUMNS, BLANKS, ORGAN, REPORT, YEAR, toMarkdown, withDefects, type Block } from './pdf-report.js';
import { encryptedReport, scannedReport, traitsReport } from './pdf-traits.js';

const dir = join(process.cwd(), 'test', 'fixtures', 'pdf');
mkdirSync(dir, { recursive: true });
const write = (name: string, data: string | Uint8Array): void => {
  writeFileSync(join(dir, name), data);
  console.log(`${name}\t${typeof data === 'string' ? Buffer.byteLength(data) : data.length} bytes`);
};

write('report.md', toMarkdown());
write('report.html', toPrintHtml());

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  const print = async (html: string): Promise<Uint8Array> => {
    await page.setContent(html);
    return new Uint8Array(
      await page.pdf({
        format: 'A4',
        tagged: false,
        outline: false,
        displayHeaderFooter: true,
        headerTemplate: `<div style="font-size:8px;width:100%;text-align:center">${ORGAN}${YEAR}年政府信息公开工作年度报告</div>`,
        footerTemplate: '<div style="font-size:9px;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>',
        margin: { top: '25mm', bottom: '25mm', left: '22mm', right: '22mm' },
      }),
    );
  };
  write('report-chromium.pdf', await print(toPrintHtml()));
  write('report-6-pages.pdf', await print(toPrintHtml(longer())));
  write('report-defects.pdf', await print(toPrintHtml(withDefects())));
} finally {
  await browser.close();
}

/** The report with a longer narrative in 一、总体情况, so it prints on six pages. */
function longer(): Block[] {
  const topics = ['主动公开', '依申请公开', '政府信息管理', '平台建设', '监督保障'];
  const extra: Block[] = topics.flatMap((topic, i) => [
    { kind: 'paragraph', text: `（${'一二三四五'[i]}）${topic}` },
    ...[1, 2, 3, 4, 5, 6, 7].map((k): Block => ({
      kind: 'paragraph',
      text: `围绕${topic}工作，本局第${k}季度梳理了相关制度${k + i + 2}项，明确责任科室和办理时限，对照清单逐项核查落实情况，并将核查结果在门户网站专栏中向社会公布，接受群众监督。`,
    })),
  ]);
  const at = REPORT.findIndex((b) => b.kind === 'heading' && b.text.startsWith('二、'));
  return [...REPORT.slice(0, at), ...extra, ...REPORT.slice(at)];
}

const traits = traitsReport();
write('traits.pdf', traits);
write('other-as-one-row.pdf', traitsReport(true));
write('predefined-cmap.pdf', traitsReport(false, { predefinedCMap: true }));
write('blank-cells.pdf', traitsReport(false, {}, BLANKS));
write('blank-columns.pdf', traitsReport(false, {}, BLANK_COLUMNS));
write('scanned.pdf', scannedReport());
write('encrypted.pdf', encryptedReport());
write('truncated.pdf', traits.subarray(0, Math.floor(traits.length * 0.55)));
