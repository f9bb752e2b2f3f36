/**
 * The editors' page says no more than it read, in real Chromium (red team rt10): a row that could not be read
 * keeps the verdict from 可以发布 and the check sheet from ✓ 通过; 重新检查 checks the text now in the paste box;
 * an old Word file gets the command line's advice; findings on a report printed on one source line are placed by
 * their column; the English check sheet fits two A4 pages.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { consistentApplications, withCell, writeReport, type ReportSpec } from '../rules/support/report.js';
import { OUT, hasChromium } from './harness.js';
import { report, toHtml, toMarkdown } from './fixture.js';
import { after, give, open, ruleIds, verdict, withSession } from './browser.js';
import { lint } from '../../src/engine/lint.js';

const describeBrowser = hasChromium ? describe : describe.skip;

let page: Page;

/** Table cells one per line with no tab, as Chromium copies a Word-exported web page: a row is read only when it adds up. */
const onePerLine = (applications: ReportSpec['applications'] = consistentApplications()) =>
  writeReport({ applications }, 'lines').text.replace(/^\t/gm, '');
// Two figures of the row wrong: the column identities pin no one cell, so the row stays unread (one wrong cell alone
// they pin, and application-totals names it: src/parser/tables/one-wrong-cell.ts).
const wrongGranted = () => onePerLine(withCell(withCell(consistentApplications(), 'granted', 0, 999), 'granted', 1, 998));

const TABLE3 = '#reading ul[data-list="tables"] li[data-part="applications"]';
const sheetResult = (id: string) => page.textContent(`#sheet tr[data-rule-id="${id}"] td:nth-child(2)`);

/** The report's title, its period, narrative and fee statement, without its six headings and its tables. */
const NO_HEADINGS = report({})
  .flatMap((b) => (b.kind === 'title' || b.kind === 'paragraph' ? [b.text] : []))
  .join('\n\n');
const TITLE = NO_HEADINGS.split('\n')[0] ?? '';
const COVER = `${TITLE}\n\n澄江县自然资源和规划局 编\n\n二〇二四年一月\n`;
const ATTACHMENT = `${TITLE}\n\n附件：${TITLE}.pdf\n\n发布时间：2024-01-20\n`;

/** Findings on the page per rule, a grouped card counting each of its findings. */
const shownCounts = () =>
  page.$$eval('#findings li.finding', (els) => {
    const counts: Record<string, number> = {};
    for (const e of els) {
      const { ruleId = '', count = '1' } = (e as HTMLElement).dataset;
      counts[ruleId] = (counts[ruleId] ?? 0) + Number(count);
    }
    return counts;
  });

describeBrowser('the editors page says no more than it read', () => {
  jest.setTimeout(90_000);

  withSession((opened) => {
    page = opened.page;
  });

  test('a clean report one value per line is 可以发布, its table 三 read, its checks passed', async () => {
    await open(page);
    await give(page, 'clean.txt', onePerLine(), 'text/plain');
    expect(await verdict(page)).toBe('ok');
    expect(await page.getAttribute(TABLE3, 'data-status')).toBe('read');
    expect(await sheetResult('application-totals')).toBe('✓ 通过');
  });

  test('characters lost in a damaged copy (U+FFFD in the fee sentence): 无法完整读取, never 可以发布', async () => {
    await open(page);
    const damaged = onePerLine().replace('未收取信息处理费', '未收取信息\ufffd理费');
    expect(damaged).toContain('\ufffd');
    await give(page, 'damaged.txt', damaged, 'text/plain');
    expect(await ruleIds(page)).toEqual(['unreadable-content']);
    expect(await verdict(page)).toBe('unread');
  });

  test('a table 三 row that could not be read: 无法完整读取, the row counted in the reading, and no ✓ on the sheet', async () => {
    await open(page);
    await give(page, 'wrong.txt', wrongGranted(), 'text/plain');
    expect(await ruleIds(page)).toEqual(['unreadable-content']);
    expect(await verdict(page)).toBe('unread');
    expect(await page.textContent('#verdict .verdict-title')).toBe('无法完整读取');
    const item = TABLE3;
    expect(await page.getAttribute(item, 'data-status')).toBe('partial');
    expect(await page.textContent(item)).toBe('? 表三 依申请公开 · 有 1 行无法读取');
    expect(await page.textContent('#findings li[data-rule-id="unreadable-content"] .message')).toContain(
      '数值每行一个，但各项之和不等于总计',
    );
    await page.emulateMedia({ media: 'print' });
    try {
      const sheet = (await page.textContent('#sheet')) ?? '';
      expect(sheet).toContain('无法完整读取');
      expect(sheet).not.toContain('可以发布');
      expect(await sheetResult('application-totals')).toBe('？未完全检查（表三 1 行无法读取）');
      expect(await sheetResult('numeric-cells')).toBe('？未完全检查（表三 1 行无法读取）');
      // A check that reads no table saw all it reads.
      expect(await sheetResult('statistical-period')).toBe('✓ 通过');
      await page.screenshot({ path: join(OUT, 'sheet-row-unread.png') });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await open(page, 'en');
    await give(page, 'wrong.txt', wrongGranted(), 'text/plain');
    expect(await page.textContent('#verdict .verdict-title')).toBe('Could not be read in full');
    expect(await page.textContent(TABLE3)).toBe('? Table 3 · applications · 1 row unreadable');
    expect(await sheetResult('application-totals')).toBe('? not fully checked (1 row of table 3 unreadable)');
  });

  test('重新检查 after the pasted text was edited checks the text now in the box, both ways', async () => {
    const tabs = (applications: ReportSpec['applications'] = consistentApplications()) =>
      writeReport({ applications }, 'tabs').text;
    const wrong = tabs(withCell(consistentApplications(), 'granted', 0, 999));
    await open(page);
    await page.click('.paste summary');
    await page.fill('#paste', wrong);
    await after(page, () => page.click('#check-paste'));
    expect(await verdict(page)).toBe('fix');
    expect(await ruleIds(page)).toContain('application-totals');
    await page.fill('#paste', tabs());
    await after(page, () => page.click('#recheck'));
    expect(await verdict(page)).toBe('ok');
    expect(await ruleIds(page)).toEqual([]);
    // The other way: a clean draft checked, then replaced by a defective one, must not stay 可以发布.
    await page.fill('#paste', wrong);
    await after(page, () => page.click('#recheck'));
    expect(await verdict(page)).toBe('fix');
    expect(await ruleIds(page)).toContain('application-totals');
  });

  test('an old Word or WPS file, also one renamed .docx, gets the command line’s advice: save it as .docx', async () => {
    // The OLE2 compound file signature, then padding: what Word 97–2003 and WPS write.
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(1024).fill(0)]);
    for (const [lang, words] of [
      ['zh', '这是旧版 Word 或 WPS 文件（.doc/.wps），无法直接读取；请在 Word 或 WPS 中“另存为” .docx 后再检查'],
      ['en', 'This is an old Word or WPS file (.doc/.wps), which cannot be read; save it as .docx in Word or WPS'],
    ] as const) {
      await open(page, lang);
      for (const name of ['old.doc', 'old.wps', 'renamed.docx']) {
        await give(page, name, ole2);
        expect(await verdict(page)).toBe('unread');
        expect(await page.textContent('#error')).toContain(words);
        expect(await page.textContent('#error')).not.toMatch(/UTF-8/);
      }
    }
  });

  test('a web page holding the whole report on one line: each finding under its own section, its own paragraph marked', async () => {
    /** Per finding: its check, where the list says it is, and the text of what the report pane marks. */
    const placed = async () => {
      const out: string[] = [];
      for (const card of await page.$$('#findings li.finding')) {
        await (await card.$('.finding-head'))?.click();
        const where = (await card.$eval('.where', (e) => e.textContent)) ?? '';
        const marked = await page.$eval('#doc .current', (e) => e.textContent ?? '');
        out.push(`${await card.getAttribute('data-rule-id')} | ${where} | ${marked.slice(0, 40)}`);
      }
      return out;
    };
    const html = toHtml(report({ halfYear: true, noNoticeClaim: true }));
    await open(page);
    await give(page, 'lines.html', html, 'text/html');
    const byLines = await placed();
    expect(byLines.find((p) => p.startsWith('statistical-period'))).toMatch(
      /^statistical-period \| 报告开头 \| 本报告依据.*统计期限为2023年1月1日至/,
    );
    expect(byLines.find((p) => p.startsWith('fee-statement'))).toMatch(
      /^fee-statement \| 六、其他需要报告的事项 \| .*未发出收费通知/,
    );
    // The same page as a CMS serves it: no line break inside the article.
    await give(page, 'one-line.html', html.replace(/\n(?=<p|<table)/g, ''), 'text/html');
    expect(await placed()).toEqual(byLines);
  });

  test('the check sheet of a report with many findings fits two A4 pages in either language, English cut at words', async () => {
    const text = toMarkdown(
      report({ wrongCell: true, dropProblems: true, halfYear: true, wrongReviewTotal: true, noNoticeClaim: true }),
    );
    for (const lang of ['zh', 'en'] as const) {
      await open(page, lang);
      await give(page, 'many.md', text, 'text/markdown');
      expect(await verdict(page)).toBe('fix');
      await page.emulateMedia({ media: 'print' });
      try {
        const pdf = await page.pdf({ format: 'A4', path: join(OUT, `check-sheet-many-${lang}.pdf`) });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
        const findings = await page.$$eval('#sheet .sheet-checks td:nth-child(3) p', (els) =>
          els.map((e) => e.textContent ?? ''),
        );
        expect(findings.length).toBeGreaterThan(4);
        // Cut short, an English finding ends after a whole word.
        if (lang === 'en') for (const f of findings.filter((f) => f.endsWith('…'))) expect(f).toMatch(/[\w”)]…$/);
      } finally {
        await page.emulateMedia({ media: 'screen' });
      }
    }
  });

  test('after 重新检查 of a file changed on disk, the old findings go while the editor is asked to choose it again', async () => {
    const path = join(OUT, 'edited-on-disk.md');
    writeFileSync(path, toMarkdown(report({ wrongReviewTotal: true })));
    await open(page);
    await page.evaluate(() => (document.body.dataset['state'] = 'waiting'));
    await page.setInputFiles('#file', path);
    await page.waitForFunction(() => document.body.dataset['state'] === 'done');
    expect(await verdict(page)).toBe('fix');
    await page.waitForTimeout(1100);
    writeFileSync(path, toMarkdown(report({})));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#recheck')]);
    expect(chooser).toBeTruthy();
    await page.waitForFunction(() => document.body.dataset['state'] === 'done');
    expect(await page.textContent('#error')).toBe('文件 edited-on-disk.md 在上次检查后被修改过，请再选择一次这个文件。');
    expect(await verdict(page)).toBe('unread');
    expect(await ruleIds(page)).toEqual([]);
    expect(await page.textContent('#doc')).toBe('');
    expect(await page.isDisabled('#print')).toBe(true);
  });

  test('English: counts take their plural, messages start with a capital, every check has a short name', async () => {
    await open(page, 'en');
    await give(page, 'one.md', toMarkdown(report({ wrongReviewTotal: true })), 'text/markdown');
    expect(await page.textContent('#verdict .verdict-note')).toBe(
      '1 error and 0 notes: fix them one by one from the list below, then check again.',
    );
    await give(page, 'many.md', toMarkdown(report({ wrongCell: true, halfYear: true, noNoticeClaim: true })), 'text/markdown');
    const messages = await page.$$eval('#findings .message', (els) => els.map((e) => e.textContent ?? ''));
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) expect(m).not.toMatch(/^[a-z]/);
    const names = await page.$$eval('#sheet .sheet-checks td:first-child', (els) => els.map((e) => e.textContent ?? ''));
    expect(names.length).toBeGreaterThan(10);
    for (const n of names) expect(n).not.toMatch(/^(Require|Disallow)\b/);
  });

  test('a clipboard holding only a web page’s content pastes nothing, and the page says so', async () => {
    await open(page);
    await page.click('.paste summary');
    expect(await page.isHidden('#paste-note')).toBe(true);
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/html', '<table><tr><td>（一）予以公开</td><td>8</td></tr></table>');
      document.getElementById('paste')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    });
    expect(await page.isVisible('#paste-note')).toBe(true);
    expect(await page.textContent('#paste-note')).toContain('剪贴板里只有网页格式的内容');
  });

  test('a section that could not be placed: no check on the sheet is signed off as passed', async () => {
    await open(page);
    // Section 五's title only inside a sentence of 六: its words are in the report, its heading is not.
    const text = `${toMarkdown(report({ dropProblems: true }))}\n关于存在的主要问题及改进情况，本局已另行专题报告。\n`;
    await give(page, 'unplaced.md', text, 'text/markdown');
    expect(await verdict(page)).toBe('unread');
    expect(await sheetResult('required-sections')).toBe('？未完全检查（部分章节无法读取）');
    expect(await sheetResult('statistical-period')).toBe('？未完全检查（部分章节无法读取）');
    expect(await page.$$eval('#sheet td.sheetPass', (els) => els.length)).toBe(0);
  });

  // The page turned away whatever had no heading or table read as 不是年度报告 · 文件没有读出来, where the command line
  // finds the parts missing (rtU U2): it now decides by the core's reading, so both say the same of each.
  test.each([
    ['a report without headings or tables (an article whose headings and tables are pictures)', 'nohead.txt', NO_HEADINGS, 'fix'],
    ['a report’s cover page alone', 'cover.txt', COVER, 'fix'],
    ['a page naming the report as its attachment', 'attach.txt', ATTACHMENT, 'unread'],
  ])('%s: the page finds what the command line finds', async (_name, name, text, expected) => {
    const core = await lint(text, { filePath: name });
    expect(core.notAReport).toBeUndefined();
    const counts: Record<string, number> = {};
    for (const m of core.messages) counts[m.ruleId ?? ''] = (counts[m.ruleId ?? ''] ?? 0) + 1;
    await open(page);
    await give(page, name, text, 'text/plain');
    expect(await page.isHidden('#error')).toBe(true);
    expect(await shownCounts()).toEqual(counts);
    expect(await verdict(page)).toBe(expected);
  });

  test('a text that is no report is turned away by the page and the command line alike', async () => {
    const novel = '从前有座山，山里有座庙，庙里有个老和尚在给小和尚讲故事。'.repeat(30);
    expect((await lint(novel, { filePath: 'novel.txt' })).notAReport).toBe(true);
    await open(page);
    await give(page, 'novel.txt', novel, 'text/plain');
    expect(await page.textContent('#error')).toBe(
      '这个文件看起来不是政府信息公开工作年度报告：没有找到报告标题、六个部分或表二至表四。',
    );
    expect(await verdict(page)).toBe('unread');
  });

  // The sheet signed 发布日期 off as ✓ 通过 on a report with no date at all (rtU U3): nothing was checked.
  test('a report without a signature or publication date: 发布日期 is not checked, not passed', async () => {
    await open(page);
    const undated = toMarkdown(report({}));
    await give(page, 'undated.md', undated, 'text/markdown');
    expect(await verdict(page)).toBe('ok');
    expect(await sheetResult('publication-date')).toBe('— 未检查（报告中没有找到落款或发布日期）');
    expect(await sheetResult('statistical-period')).toBe('✓ 通过');
    await give(page, 'dated.md', `${undated}\n澄江县自然资源和规划局\n\n2024年1月23日\n`, 'text/markdown');
    expect(await sheetResult('publication-date')).toBe('✓ 通过');
    await give(page, 'late.md', `${undated}\n澄江县自然资源和规划局\n\n2024年2月17日\n`, 'text/markdown');
    expect(await ruleIds(page)).toEqual(['publication-date']);
    expect(await sheetResult('publication-date')).toBe('△ 有提示');
    // Dated, but of no year the rule could judge the date by: no title year, no period.
    const yearless = `${undated.replace('2023年政府信息公开工作年度报告', '政府信息公开工作年度报告').replace(/统计期限为[^。]*。/, '')}\n2024年2月17日\n`;
    await give(page, 'yearless.md', yearless, 'text/markdown');
    expect(await ruleIds(page)).not.toContain('publication-date');
    expect(await sheetResult('publication-date')).toBe('— 未检查（看不出报告年度）');
    await open(page, 'en');
    await give(page, 'undated.md', undated, 'text/markdown');
    expect(await sheetResult('publication-date')).toBe(
      '— not checked (the report carries no signature date or publication date)',
    );
  });
});
