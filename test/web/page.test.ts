/**
 * The editors' page in real Chromium (Debian's /usr/bin/chromium through playwright-core, no browser
 * download), opened from file://; the page is built first when dist/web is missing or stale (harness.ts).
 * Screenshots go to test-output/web/; docs/images/page.png (the README's) is written when missing or
 * when REPORTLINT_UPDATE_SCREENSHOTS=1.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { jest } from '@jest/globals';
import { chromium, type Browser, type Page } from 'playwright-core';
import { FEE_NOTICES, WRONG_CELL, report, toDocx, toLines, toMarkdown } from './fixture.js';
import { buildPdf } from './pdf.js';
import { lint } from '../../src/lint.js';
import { CHROMIUM, HTML, OUT, ROOT, ensureBuilt, hasChromium, recordBench, sharedFiles } from './harness.js';

const describeBrowser = hasChromium ? describe : describe.skip;

const MD_DEFECTS = { wrongCell: true, dropProblems: true, halfYear: true };
const MD_RULES = ['application-totals', 'required-sections', 'statistical-period'];
const DOCX_DEFECTS = { wrongReviewTotal: true, noNoticeClaim: true };
const DOCX_RULES = ['fee-statement', 'review-litigation-totals'];

let browser: Browser;
let page: Page;
const outside: string[] = [];

/** Opens the page afresh: rule settings remembered by an earlier test are forgotten first. */
async function open(lang: 'zh' | 'en'): Promise<void> {
  const url = `${pathToFileURL(HTML).href}?lang=${lang}`;
  if (page.url() !== url) await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForFunction(() => document.body.dataset['state'] === 'ready');
}

/** Gives the page a file through its file input and waits until the check is drawn; returns the wall time. */
async function give(name: string, bytes: Uint8Array | string, mimeType = 'application/octet-stream'): Promise<number> {
  const buffer = Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes);
  // Forget the previous check's 'done', or the wait below could end before this check has begun.
  await page.evaluate(() => (document.body.dataset['state'] = 'waiting'));
  const started = Date.now();
  await page.setInputFiles('#file', { name, mimeType, buffer });
  await page.waitForFunction(() => document.body.dataset['state'] === 'done');
  return Date.now() - started;
}

const ruleIds = () => page.$$eval('#findings li.finding', (els) => els.map((e) => (e as HTMLElement).dataset['ruleId'] ?? ''));
const sorted = (ids: string[]) => [...new Set(ids)].sort();
const shot = (name: string) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false });

describeBrowser('the editors page in Chromium', () => {
  jest.setTimeout(90_000);

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    ensureBuilt();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('request', (r) => {
      if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    // Nothing may leave the editor's computer.
    expect(outside).toEqual([]);
  });

  test('the bundle holds no Node built-in or shim, and the page is one self-contained file', () => {
    const meta = JSON.parse(readFileSync(join(ROOT, 'dist', 'web', 'meta.json'), 'utf8')) as {
      inputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }>;
    };
    const inputs = Object.keys(meta.inputs);
    expect(inputs.some((i) => i.startsWith('src/lint.ts') || i.endsWith('src/lint.ts'))).toBe(true);
    expect(inputs.filter((i) => /^node:|node_modules\/(buffer|process|path-browserify|util|events)\//.test(i))).toEqual([]);
    const external = Object.values(meta.inputs).flatMap((v) => v.imports.filter((i) => i.external && i.path !== '<runtime>'));
    expect(external).toEqual([]);
    // pdfjs's worker travels once: bundled by the pdf adapter, or embedded by the build, never both.
    const bundledWorker = inputs.some((i) => /pdfjs-dist\/.*pdf\.worker/.test(i));
    const embeddedWorker = (meta.inputs['virtual:pdf-support'] as unknown as { bytes: number } | undefined)?.bytes ?? 0;
    expect(bundledWorker && embeddedWorker > 10_000).toBe(false);
    const html = readFileSync(HTML, 'utf8');
    expect(html).not.toMatch(/<(script|img|iframe)[^>]+src=|<link[^>]+href=/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  test.each(['zh', 'en'] as const)('a compliant report gives no findings (%s)', async (lang) => {
    await open(lang);
    await give('clean.md', toMarkdown(report({})), 'text/markdown');
    expect(await ruleIds()).toEqual([]);
    expect(await page.isHidden('#error')).toBe(true);
    const status = await page.textContent('#summary .status');
    expect(status).toContain(lang === 'zh' ? '未发现问题' : 'No problems');
    expect(await page.$$eval('.grid[data-table]', (els) => els.map((e) => (e as HTMLElement).dataset['table']))).toEqual(['applications', 'review']);
    await shot(`clean-${lang}`);
  });

  test('pasted text is checked too', async () => {
    await open('zh');
    await page.fill('#paste', toMarkdown(report(MD_DEFECTS)));
    await page.click('#check-paste');
    await page.waitForFunction(() => document.body.dataset['state'] === 'done');
    expect(sorted(await ruleIds())).toEqual(MD_RULES);
  });

  test('a file dropped on the page is checked', async () => {
    await open('zh');
    const text = toMarkdown(report(MD_DEFECTS));
    const transfer = await page.evaluateHandle((t) => {
      const dt = new DataTransfer();
      dt.items.add(new File([t], 'dropped.md', { type: 'text/markdown' }));
      return dt;
    }, text);
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: transfer });
    await page.waitForFunction(() => document.body.dataset['state'] === 'done');
    expect(sorted(await ruleIds())).toEqual(MD_RULES);
  });

  test.each(['zh', 'en'] as const)('a defective .md gives exactly its rule ids (%s)', async (lang) => {
    await open(lang);
    await give('defective.md', toMarkdown(report(MD_DEFECTS)), 'text/markdown');
    const ids = await ruleIds();
    expect(sorted(ids)).toEqual(MD_RULES);
    expect(ids).toHaveLength(3);
    const messages = await page.$$eval('#findings .message', (els) => els.map((e) => e.textContent ?? ''));
    expect(messages.every((m) => /[\u4e00-\u9fff]{4}/.test(m.replace(/「[^」]*」/g, '')))).toBe(lang === 'zh');
    expect(await page.$$eval('#findings li.finding', (els) => els.map((e) => (e as HTMLElement).dataset['severity']))).toEqual(['error', 'error', 'error']);
    expect(await page.$$eval('#summary .by-rule tbody tr', (els) => els.map((e) => (e as HTMLElement).dataset['ruleId']))).toEqual(MD_RULES);
    await shot(`defective-md-${lang}`);
  });

  test.each(['zh', 'en'] as const)('a defective .docx gives exactly its rule ids (%s)', async (lang) => {
    await open(lang);
    await give('defective.docx', await toDocx(report(DOCX_DEFECTS)), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(sorted(await ruleIds())).toEqual(DOCX_RULES);
    const fee = await page.textContent('#findings li[data-rule-id="fee-statement"] .message');
    expect(fee).toContain(String(FEE_NOTICES));
    // Where lines mean little (.docx), the finding names its table cell.
    const where = await page.textContent('#findings li[data-rule-id="review-litigation-totals"] .where');
    expect(where).toContain(lang === 'zh' ? '表四' : '表四');
    await shot(`defective-docx-${lang}`);
  });

  test('clicking a finding marks its table cell, with the expected value beside the stated one', async () => {
    await open('zh');
    await give('defective.md', toMarkdown(report(MD_DEFECTS)), 'text/markdown');
    await page.click('#findings li[data-rule-id="application-totals"] .finding-head');
    const cell = await page.$eval('.grid td.current', (e) => ({ cell: (e as HTMLElement).dataset['cell'], text: e.textContent }));
    expect(cell.cell).toBe(`${WRONG_CELL.row}:${WRONG_CELL.column}`);
    expect(cell.text).toBe(`${WRONG_CELL.stated}应为 ${WRONG_CELL.expected}`);
    expect(await page.$$eval('.current', (els) => els.length)).toBe(3); // the finding, the cell and its source line
    await shot('clicked-cell');
    const readme = join(ROOT, 'docs', 'images', 'page.png');
    if (!existsSync(readme) || process.env['REPORTLINT_UPDATE_SCREENSHOTS'] === '1') {
      mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
      copyFileSync(join(OUT, 'clicked-cell.png'), readme);
    }
    // A finding outside the tables marks its source line; reached from the keyboard alone.
    await page.focus('#findings li[data-rule-id="statistical-period"] .finding-head');
    await page.keyboard.press('Enter');
    const line = await page.$eval('.line.current', (e) => ({ n: (e as HTMLElement).dataset['line'], text: e.textContent ?? '' }));
    expect(line.text).toContain('2023年6月30日');
    expect(Number(line.n)).toBe(toMarkdown(report(MD_DEFECTS)).split('\n').findIndex((l) => l.includes('统计期限')) + 1);
    expect(await page.$$eval('.grid .current', (els) => els.length)).toBe(0);
    await shot('clicked-line');
  });

  test('each finding opens its rule documentation, embedded in the page', async () => {
    await open('zh');
    await give('defective.md', toMarkdown(report(MD_DEFECTS)), 'text/markdown');
    const item = '#findings li[data-rule-id="application-totals"]';
    await page.click(`${item} .docs summary`);
    // The page is rendered on the details' toggle event, which fires a task after the click.
    await page.waitForSelector(`${item} .docs .doc-page, ${item} .docs .no-docs`);
    const text = (await page.textContent(`${item} .docs`)) ?? '';
    expect(text).toContain('表三的数据须满足各项勾稽关系');
    const doc = join(ROOT, 'docs', 'rules', 'application-totals.md');
    if (existsSync(doc)) {
      const sentence = readFileSync(doc, 'utf8').split('\n').find((l) => l.trim() && !l.startsWith('#')) ?? '';
      expect(text).toContain(sentence.trim());
    } else {
      expect(text).toContain('暂无说明文档');
    }
  });

  test('the print stylesheet keeps the findings and the report, not the controls', async () => {
    await open('zh');
    await give('defective.md', toMarkdown(report(MD_DEFECTS)), 'text/markdown');
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.isVisible('#drop')).toBe(false);
      expect(await page.isVisible('#rules-panel')).toBe(false);
      expect(await page.isVisible('#findings li.finding')).toBe(true);
      expect(await page.isVisible('#source .line.has-error')).toBe(true);
      await page.pdf({ path: join(OUT, 'print.pdf') }).catch(() => undefined);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('a .docx under another name is still read as Word', async () => {
    await open('zh');
    await give('报告副本.txt', await toDocx(report(DOCX_DEFECTS)));
    expect(sorted(await ruleIds())).toEqual(DOCX_RULES);
  });

  test('clicking a .docx finding marks the table 四 cell', async () => {
    await open('en');
    await give('defective.docx', await toDocx(report(DOCX_DEFECTS)));
    await page.click('#findings li[data-rule-id="review-litigation-totals"] .finding-head');
    const cell = await page.$eval('.grid td.current', (e) => ({ cell: (e as HTMLElement).dataset['cell'], text: e.textContent }));
    expect(cell).toEqual({ cell: 'review:total', text: '20should be 18' });
    await shot('clicked-docx-cell');
  });

  test.each([
    ['zh', '这不是文本报告'],
    ['en', 'This is not a text report'],
  ] as const)('a binary file gives one clear sentence (%s)', async (lang, sentence) => {
    await open(lang);
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await give('report.txt', bytes);
    expect(await page.isVisible('#error')).toBe(true);
    expect(await page.textContent('#error')).toContain(sentence);
    expect(await ruleIds()).toEqual([]);
    await shot(`binary-${lang}`);
  });

  test('an unreadable .docx and a text that is not a report are explained too', async () => {
    await open('zh');
    await give('broken.docx', new TextEncoder().encode('PK\u0003\u0004 this is no zip at all'));
    expect(await page.textContent('#error')).toContain('无法读取这个 .docx 文件');
    await give('novel.txt', '第一章\n\n那年冬天，河面结了厚厚的冰。\n', 'text/plain');
    expect(await page.textContent('#error')).toContain('不是政府信息公开工作年度报告');
  });

  test('rules switch off and a .reportlintrc.json is loaded; both are remembered', async () => {
    await open('zh');
    await page.click('#rules-panel summary');
    await page.setInputFiles('#rc', {
      name: '.reportlintrc.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ // editors keep sections as warnings\n "rules": { "required-sections": "warn", "statistical-period": "off", "acme/x": 2 } }'),
    });
    await page.waitForFunction(() => (document.getElementById('rc-status')?.textContent ?? '') !== '');
    expect(await page.textContent('#rc-status')).toContain('acme/x');
    await page.uncheck('#rule-application-totals');
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['state'] === 'ready');
    await page.click('#rules-panel summary');
    expect(await page.isChecked('#rule-application-totals')).toBe(false);
    expect(await page.isChecked('#rule-statistical-period')).toBe(false);
    await give('defective.md', toMarkdown(report(MD_DEFECTS)), 'text/markdown');
    expect(await page.$$eval('#findings li.finding', (els) => els.map((e) => `${(e as HTMLElement).dataset['ruleId']}:${(e as HTMLElement).dataset['severity']}`))).toEqual([
      'required-sections:warn',
    ]);
    await page.click('#reset-rules');
    await page.waitForFunction(() => document.querySelectorAll('#findings li.finding').length === 3);
    expect(sorted(await ruleIds())).toEqual(MD_RULES);
  });

  // The page runs the same core as the CLI: on real files it must say exactly what lint() says in Node.
  (sharedFiles.length ? test.each(sharedFiles) : test.skip.each(['../shared absent']))('%s: the page agrees with lint() in Node', async (path) => {
    const bytes = new Uint8Array(readFileSync(path));
    const name = path.split('/').pop() ?? path;
    const expected = await lint(bytes, { filePath: name, lang: 'en' });
    await open('en');
    await give(name, bytes);
    const shown = await page.$$eval('#findings li.finding', (els) =>
      els.map((e) => `${(e as HTMLElement).dataset['ruleId']} ${(e as HTMLElement).dataset['severity']} ${(e as HTMLElement).dataset['line']}`),
    );
    expect(shown).toEqual(expected.messages.map((m) => `${m.ruleId} ${m.severity === 2 ? 'error' : 'warn'} ${m.line}`));
    await shot(`shared-${name.replace(/\.[^.]+$/, '')}`);
    if (name.endsWith('.txt')) expect(shown.filter((f) => f.includes(' error '))).toEqual([]);
  });

  test('a PDF is read in the page as in Node when the core has a pdf adapter, else one clear sentence', async () => {
    const meta = readFileSync(join(ROOT, 'dist', 'web', 'meta.json'), 'utf8');
    const pdf = buildPdf(toLines(report({ wrongReviewTotal: true, halfYear: true })));
    await open('zh');
    await give('report.pdf', pdf, 'application/pdf');
    if (!meta.includes('node_modules/pdfjs-dist/')) {
      expect(await page.textContent('#error')).toContain('不能读取 PDF');
      return;
    }
    expect(await page.isHidden('#error')).toBe(true);
    const expected = await lint(pdf, { filePath: 'report.pdf' });
    const shown = await page.$$eval('#findings li.finding', (els) => els.map((e) => `${(e as HTMLElement).dataset['ruleId']} ${(e as HTMLElement).dataset['line']}`));
    expect(shown).toEqual(expected.messages.map((m) => `${m.ruleId} ${m.line}`));
    expect(shown.some((f) => f.startsWith('review-litigation-totals '))).toBe(true);
    expect(shown.some((f) => f.startsWith('statistical-period '))).toBe(true);
    await shot('pdf');
    // A PDF cut short is the pdf adapter's own one sentence, in the page's language.
    await give('cut.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog', 'application/pdf');
    expect(await page.textContent('#error')).toMatch(/^PDF 文件已损坏/);
  });

  test('findings export as JSON', async () => {
    await open('en');
    await give('defective.md', toMarkdown(report(MD_DEFECTS)), 'text/markdown');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export')]);
    const path = join(OUT, 'export.json');
    await download.saveAs(path);
    const data = JSON.parse(readFileSync(path, 'utf8')) as { messages: Array<{ ruleId: string }>; errorCount: number; report: { year: number } };
    expect(sorted(data.messages.map((m) => m.ruleId))).toEqual(MD_RULES);
    expect(data.errorCount).toBe(3);
    expect(data.report.year).toBe(2023);
  });

  test('a 200 KB report is linted in the page (time recorded, not asserted); 1920 wide', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await open('zh');
    const text = toMarkdown(report({ ...MD_DEFECTS, padding: 1450 }));
    const kb = Math.round(new TextEncoder().encode(text).byteLength / 1024);
    const runs: Array<{ lint: number; draw: number; wall: number }> = [];
    for (let i = 0; i < 3; i++) {
      const wall = await give(`large-${i}.md`, text, 'text/markdown');
      runs.push({
        lint: Number(await page.getAttribute('#timing', 'data-ms')),
        draw: Number(await page.getAttribute('#timing', 'data-draw-ms')),
        wall,
      });
    }
    const median = (k: 'lint' | 'draw' | 'wall') => [...runs.map((r) => r[k])].sort((a, b) => a - b)[1] ?? 0;
    console.log(
      `editors' page: ${kb} KB report linted in ${median('lint')} ms in the page (median of 3: ${runs.map((r) => r.lint).join(', ')} ms), ` +
        `drawn in ${median('draw')} ms, ${median('wall')} ms from file input to drawn findings`,
    );
    if (process.env['REPORTLINT_UPDATE_BENCH'] === '1') recordBench(kb, runs, browser.version());
    expect(kb).toBeGreaterThanOrEqual(195);
    expect(sorted(await ruleIds())).toEqual(MD_RULES);
    await shot('large-1920');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
