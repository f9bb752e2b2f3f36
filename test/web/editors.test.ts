/**
 * The editors' page for editors, in real Chromium: the verdict, re-checking an edited file, settings that
 * never hide (a rule switched off, a loaded configuration with options), the printed check sheet (≤ 2 A4
 * pages) and the CSV, a 1024 px window, the loading notice, and the page in a browser without the built-ins
 * Chromium 86 (360安全浏览器 13) lacks. Screenshots for the README go to docs/images/ when missing or when
 * REPORTLINT_UPDATE_SCREENSHOTS=1.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { report, toDocx, toHtml, toLines, toMarkdown, type Defects } from './fixture.js';
import { buildPdf } from './pdf.js';
import { OUT, ROOT, hasChromium } from './harness.js';
import {
  DOCX_TYPE,
  after,
  docText,
  give,
  newPage,
  open,
  ruleIds,
  shot,
  sorted,
  verdict,
  withSession,
  type Session,
} from './browser.js';

const describeBrowser = hasChromium ? describe : describe.skip;
const MD_DEFECTS = { wrongCell: true, dropProblems: true, halfYear: true };

let session: Session;
let page: Page;

/** The report (clean unless defects are given) with `count` cells of table 三's 科研机构 column left blank (not the whole column). */
function withBlankCells(defects: Defects = {}, count = 5): string {
  let left = count;
  return toMarkdown(report(defects))
    .split('\n')
    .map((line) => {
      if (left === 0 || !/^\| 三、本年度办理结果 （三）/.test(line)) return line;
      const cells = line.split('|');
      cells[4] = ' ';
      left--;
      return cells.join('|');
    })
    .join('\n');
}

function readme(name: string): void {
  const target = join(ROOT, 'docs', 'images', `${name}.png`);
  if (existsSync(target) && process.env['REPORTLINT_UPDATE_SCREENSHOTS'] !== '1') return;
  mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
  copyFileSync(join(OUT, `${name}.png`), target);
}

async function loadRc(name: string, config: unknown): Promise<void> {
  await after(page, () =>
    page.setInputFiles('#rc', { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(config)) }),
  );
}

describeBrowser('the editors page in Chromium: for editors', () => {
  jest.setTimeout(90_000);

  withSession((opened) => {
    session = opened;
    page = opened.page;
  });

  test('a verdict: 需要修改 for a defective report, 可以发布 once fixed; the same file chosen again is checked again', async () => {
    await open(page);
    await give(page, '2023年报.md', toMarkdown(report(MD_DEFECTS)), 'text/markdown');
    expect(await verdict(page)).toBe('fix');
    expect(await page.textContent('#verdict .verdict-title')).toBe('需要修改');
    expect(await page.textContent('#checked-name')).toBe('已检查：2023年报.md');
    expect(await page.textContent('#checked-at')).toMatch(/检查时间 \d{4}-\d\d-\d\d \d\d:\d\d:\d\d/);
    // The file input is cleared once read, so choosing the same (edited) file again is a change again.
    expect(await page.$eval('#file', (e) => (e as HTMLInputElement).value)).toBe('');
    expect(
      await page.$$eval('#reading li[data-status="absent"]', (els) => els.map((e) => (e as HTMLElement).dataset['part'])),
    ).toEqual(['problems']);
    expect(await page.textContent('#reading [data-fact="organ"]')).toBe('澄江县自然资源和规划局');
    expect(await page.textContent('#reading [data-fact="year"]')).toBe('2023');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('#results').screenshot({ path: join(OUT, 'verdict.png') });
    readme('verdict');
    await give(page, '2023年报.md', toMarkdown(report({})), 'text/markdown');
    expect(await verdict(page)).toBe('ok');
    expect(await ruleIds(page)).toEqual([]);
    const first = await page.textContent('#checked-at');
    await page.waitForTimeout(1100);
    await after(page, () => page.click('#recheck'));
    expect(await verdict(page)).toBe('ok');
    expect(await page.textContent('#checked-at')).not.toBe(first);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test('a part whose words are there but cannot be placed: 无法完整读取, never 可以发布', async () => {
    await open(page);
    // Section 五's title only inside a sentence of 六: its words are in the report, its heading is not.
    const text = `${toMarkdown(report({ dropProblems: true }))}\n关于存在的主要问题及改进情况，本局已另行专题报告。\n`;
    await give(page, 'unplaced.md', text, 'text/markdown');
    expect(await page.$eval('#reading li[data-part="problems"]', (e) => (e as HTMLElement).dataset['status'])).toBe('unreadable');
    expect(await verdict(page)).toBe('unread');
    expect(await page.textContent('#verdict .verdict-title')).toBe('无法完整读取');
    expect(await ruleIds(page)).not.toContain('required-sections');
  });

  test('repeated findings come as one card; errors only hides the warnings', async () => {
    await open(page);
    await give(page, 'blank.md', withBlankCells({}, 2), 'text/markdown');
    const cards = await page.$$eval('#findings li.finding', (els) =>
      els.map(
        (e) =>
          `${(e as HTMLElement).dataset['ruleId']} ${(e as HTMLElement).dataset['severity']} ${(e as HTMLElement).dataset['count']}`,
      ),
    );
    expect(cards).toContain('numeric-cells warn 2');
    expect(await page.textContent('#findings li[data-rule-id="numeric-cells"] .where')).toBe('同类问题 2 处');
    // Five such cells are one finding for the table (rtT §8), each of its cells still marked in the table.
    await give(page, 'blank5.md', withBlankCells({}, 5), 'text/markdown');
    expect(await page.$$eval('#findings li[data-rule-id="numeric-cells"]', (els) => els.length)).toBe(1);
    expect(await page.$$eval('td.bad-warn', (els) => els.map((e) => (e as HTMLElement).dataset['cell']))).toEqual(
      ['denied.1', 'denied.2', 'denied.3', 'denied.4', 'denied.5'].map((r) => `${r}:research`),
    );
    await page.check('#errors-only');
    expect(await page.isVisible('#findings li[data-rule-id="numeric-cells"]')).toBe(false);
    expect(await page.isVisible('#findings li[data-severity="error"]')).toBe(true);
  });

  test('a rule switched off is named on every result, also after the page is opened again', async () => {
    await open(page);
    await give(page, 'defective.md', toMarkdown(report(MD_DEFECTS)), 'text/markdown');
    await page.click('#rules-panel summary');
    await after(page, () => page.uncheck('#rule-statistical-period'));
    expect(sorted(await ruleIds(page))).toEqual(['application-totals', 'required-sections']);
    expect(await page.textContent('#rules-off')).toContain('统计期限（statistical-period）');
    await open(page, 'zh', true);
    await give(page, 'defective.md', toMarkdown(report(MD_DEFECTS)), 'text/markdown');
    expect(await page.textContent('#rules-off')).toMatch(/统计期限.*本浏览器保存的设置/);
  });

  test('a loaded configuration replaces the previous one, applies options, and says what it could not apply', async () => {
    await open(page);
    await give(page, 'clean.md', toMarkdown(report({})), 'text/markdown');
    await page.click('#rules-panel summary');
    await loadRc('first.reportlintrc.json', { rules: { 'statistical-period': 'off' } });
    expect(await page.textContent('#rules-off')).toMatch(/统计期限.*配置文件 first\.reportlintrc\.json/);
    await loadRc('.reportlintrc.json', {
      extends: 'reportlint:recommended',
      rules: {
        'required-statements': ['error', [{ section: 'other', pattern: '网站群集约化', message: { zh: '政府网站集约化情况' } }]],
        'not-a-rule': 'error',
        'fee-statement': 'loud',
        'numeric-cells': ['warn', { strict: true }],
        'statistical-period': 'warn',
      },
    });
    const status = (await page.textContent('#rc-status')) ?? '';
    expect(status).toContain('取代之前的设置');
    expect(await page.textContent('#rules-lowered')).toMatch(
      /只作提示.*统计期限（statistical-period）.*配置文件 \.reportlintrc\.json/,
    );
    expect(status).toContain('其中 1 条带选项');
    // extends is applied (test/web/config.test.ts); the three entries the page cannot take are listed.
    for (const part of [
      '「not-a-rule」不是本页面的内置规则',
      '「fee-statement」的级别“"loud"”无法识别',
      '「numeric-cells」没有选项',
    ])
      expect(status).toContain(part);
    expect(await page.getAttribute('#rc-status', 'data-not-applied')).toBe('3');
    // Replaced, not merged: statistical-period (off in the first file) is on again.
    expect(await page.isHidden('#rules-off')).toBe(true);
    expect(await ruleIds(page)).toEqual(['required-statements']);
    expect(await page.textContent('#findings .message')).toContain('政府网站集约化情况');
    expect(await verdict(page)).toBe('fix');
    // A file that is not JSON changes nothing and says so in one sentence.
    await page.setInputFiles('#rc', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "rules": ') });
    await page.waitForFunction(() => document.getElementById('rc-status')?.className === 'rc-bad');
    expect(await page.textContent('#rc-status')).toMatch(/^无法读取配置文件 broken\.json：它不是有效的 JSON/);
    expect(await ruleIds(page)).toEqual(['required-statements']);
  });

  test('the printed check sheet fits two A4 pages; the findings export as CSV with a BOM', async () => {
    await open(page);
    // Many checks failing at once, one of them in many cells: the sheet still fits two pages.
    const text = withBlankCells({
      wrongCell: true,
      dropProblems: true,
      halfYear: true,
      wrongReviewTotal: true,
      noNoticeClaim: true,
    });
    await give(page, '报告-多处问题.md', text, 'text/markdown');
    expect(await verdict(page)).toBe('fix');
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.isVisible('#sheet')).toBe(true);
      expect(await page.isVisible('#doc')).toBe(false);
      expect(await page.isVisible('#findings')).toBe(false);
      const sheet = (await page.textContent('#sheet')) ?? '';
      for (const part of [
        '澄江县自然资源和规划局',
        '2023',
        '报告-多处问题.md',
        'reportlint 0.',
        '需要修改',
        '✓ 通过',
        '✗ 未通过',
        '审核人',
        '日期',
      ])
        expect(sheet).toContain(part);
      expect(await page.$$eval('#sheet td.sheetFail', (els) => els.length)).toBeGreaterThanOrEqual(3);
      expect(await page.textContent('#sheet tr[data-rule-id="statistical-period"]')).toContain('✗ 未通过');
      // Rules fed by a batch never ran on this one document: the sheet must not sign them off as passed.
      expect(await page.textContent('#sheet tr[data-rule-id="carry-over"] td.sheetNeedsPrevious')).toBe(
        '— 未检查（需上年报告：请用命令行批量检查）',
      );
      expect(await page.textContent('#sheet tr[data-rule-id="roll-up"] td.sheetNeedsSubordinates')).toBe(
        '— 未检查（需下级机关报告：请用命令行批量检查）',
      );
      const pdf = await page.pdf({ format: 'A4', path: join(OUT, 'check-sheet.pdf') });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      await page.setViewportSize({ width: 820, height: 1160 });
      await page.screenshot({ path: join(OUT, 'check-sheet.png') });
      readme('check-sheet');
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const path = join(OUT, 'findings.csv');
    await download.saveAs(path);
    const csv = readFileSync(path);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('序号,级别,检查项目,规则,位置,问题,修改建议');
    expect(lines.some((l) => l.includes('统计期限,statistical-period'))).toBe(true);
    expect(lines.join('\n')).not.toMatch(/第 \d+ 行/);
  });

  test('1024 px wide: list and report side by side; choosing a finding moves only the report pane', async () => {
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      await open(page);
      await give(page, 'defective.docx', await toDocx(report({ wrongReviewTotal: true, dropProblems: true })), DOCX_TYPE);
      const side = await page.locator('#side').boundingBox();
      const doc = await page.locator('#document').boundingBox();
      expect(side && doc && side.width >= 300 && doc.width >= 450 && doc.x >= side.x + side.width - 1).toBe(true);
      // Playwright scrolls what it clicks into view: do that first, then the click itself must move nothing.
      const head = page.locator('#findings li[data-rule-id="review-litigation-totals"] .finding-head');
      await head.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => window.scrollY);
      await head.click();
      expect(await page.evaluate(() => window.scrollY)).toBe(before);
      // A total that does not match its parts: the page states the sum, it does not claim the total is wrong.
      expect(await page.textContent('#doc td.current')).toBe('20各项之和 18');
      const cell = await page.locator('#doc td.current').boundingBox();
      expect(cell && cell.y > 0 && cell.y < 768 && cell.x > (side?.x ?? 0) + (side?.width ?? 0)).toBe(true);
      await shot(page, 'report-marked-cell');
      readme('report-marked-cell');
      // Narrower than that, one column, and 返回列表 leads back to the chosen finding.
      await page.setViewportSize({ width: 800, height: 700 });
      await page.click('#findings li[data-rule-id="review-litigation-totals"] .finding-head');
      await page.click('#back');
      expect(await page.locator('#findings li.current').isVisible()).toBe(true);
      const box = await page.locator('#findings li.current').boundingBox();
      expect(box && box.y > -box.height && box.y < 700).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  test('a loading notice is painted before the script runs, and hides once the page is ready', async () => {
    const html = readFileSync(join(ROOT, 'dist', 'web', 'reportlint.html'), 'utf8');
    expect(html.indexOf('id="loading"')).toBeLessThan(html.indexOf('<script'));
    // Every animation frame before the page is ready records what it would paint.
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      const frames: string[] = [];
      (window as unknown as { __frames: string[] }).__frames = frames;
      const tick = () => {
        const loading = document.getElementById('loading');
        const ready = Boolean(document.body?.dataset['state']);
        frames.push(ready ? 'ready' : loading && getComputedStyle(loading).display !== 'none' ? 'loading' : 'blank');
        if (!ready) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const fresh = await newPage(context, session.outside);
    try {
      await open(fresh);
      const frames = await fresh.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
      expect(frames).toContain('loading');
      expect(await fresh.isHidden('#loading')).toBe(true);
      await fresh.evaluate(() => delete document.body.dataset['state']);
      expect(await fresh.textContent('#loading')).toContain('正在加载');
      expect(await fresh.isVisible('#loading')).toBe(true);
    } finally {
      await context.close();
    }
  });

  test('without the built-ins Chromium 86 lacks, .docx, .html and .pdf are still read', async () => {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      const typed = Object.getPrototypeOf(Int8Array.prototype) as Record<string, unknown>;
      for (const target of [Array.prototype, String.prototype, typed] as Array<Record<string, unknown>>) {
        delete target['at'];
        delete target['findLast'];
        delete target['findLastIndex'];
      }
      delete (String.prototype as unknown as Record<string, unknown>)['replaceAll'];
      delete (Object as unknown as Record<string, unknown>)['hasOwn'];
      delete (globalThis as Record<string, unknown>)['structuredClone'];
      delete (Promise as unknown as Record<string, unknown>)['withResolvers'];
      (window as unknown as { __stripped: boolean }).__stripped =
        !('at' in Array.prototype) && !('structuredClone' in globalThis);
    });
    const old = await newPage(context, session.outside);
    try {
      await open(old);
      expect(await old.evaluate(() => (window as unknown as { __stripped: boolean }).__stripped)).toBe(true);
      await give(old, 'old.docx', await toDocx(report({ wrongReviewTotal: true })), DOCX_TYPE);
      expect(await old.isHidden('#error')).toBe(true);
      expect(sorted(await ruleIds(old))).toEqual(['review-litigation-totals']);
      await give(old, 'old.html', toHtml(report({ halfYear: true })), 'text/html');
      expect(await old.isHidden('#error')).toBe(true);
      expect(sorted(await ruleIds(old))).toEqual(['statistical-period']);
      expect(await docText(old)).not.toContain('<font');
      await give(old, 'old.pdf', buildPdf(toLines(report({ wrongReviewTotal: true }))), 'application/pdf');
      expect(await old.isHidden('#error')).toBe(true);
      expect(await ruleIds(old)).toContain('review-litigation-totals');
      const pdf = readFileSync(join(ROOT, 'test', 'fixtures', 'pdf', 'predefined-cmap.pdf'));
      await give(old, 'cmap.pdf', new Uint8Array(pdf), 'application/pdf');
      expect(await old.isHidden('#error')).toBe(true);
    } finally {
      await context.close();
    }
  });
});
