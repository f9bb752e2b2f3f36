/**
 * How a document reaches the editors' page, in real Chromium (red team rtJ): checks in flight that a newer one
 * supersedes, the paste box (a web page's or Word's HTML flavour, text dragged in, an empty box), several files
 * dropped at once, an empty official form, and the page's own words where the core speaks of configuration.
 */
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { report, toDocx, toHtml, toLines, toMarkdown } from './fixture.js';
import { hasChromium } from './harness.js';
import { DOCX_TYPE, after, docText, give, open, ruleIds, sorted, verdict, withSession } from './browser.js';

/** The report with every figure of tables 二, 三 and 四 removed: the official form left blank. */
const blankForm = () =>
  report({}).map((b) =>
    b.kind === 'table' ? { ...b, rows: b.rows.map((r) => r.map((c) => (/^\d+(\.\d+)?$/.test(c) ? '' : c))) } : b,
  );

const describeBrowser = hasChromium ? describe : describe.skip;

let page: Page;

/** Drops files (name, content as base64) on the page, each in its own drop event, in order, in the same task. */
async function dropAll(drops: Array<Array<{ name: string; base64: string }>>): Promise<void> {
  await page.evaluate((all) => {
    document.body.dataset['state'] = 'waiting';
    for (const files of all) {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name));
      window.dispatchEvent(new DragEvent('drop', { cancelable: true, dataTransfer: dt }));
    }
  }, drops);
}

const b64 = (data: string | Uint8Array) =>
  Buffer.from(typeof data === 'string' ? new TextEncoder().encode(data) : data).toString('base64');
const done = () => page.waitForFunction(() => document.body.dataset['state'] === 'done');

describeBrowser('the editors page in Chromium: how a document comes in', () => {
  jest.setTimeout(90_000);

  withSession((opened) => {
    page = opened.page;
  });

  test('a .docx still being read when a newer file is dropped: only the newer file’s result is shown, under its name', async () => {
    await open(page);
    // A large clean .docx (slow to unzip and read), then at once a small defective Markdown file.
    const docx = await toDocx(report({ padding: 3000 }));
    await dropAll([
      [{ name: 'slow-clean.docx', base64: b64(docx) }],
      [{ name: 'quick-defective.md', base64: b64(toMarkdown(report({ wrongCell: true }))) }],
    ]);
    await done();
    // Let the superseded .docx finish too: it must change nothing.
    await page.waitForTimeout(2500);
    expect(await page.textContent('#checked-name')).toBe('已检查：quick-defective.md');
    expect(await verdict(page)).toBe('fix');
    expect(sorted(await ruleIds(page))).toEqual(['application-totals']);
    expect(await page.evaluate(() => document.body.dataset['state'])).toBe('done');
  });

  test('a file dropped, then text pasted and checked at once: the pasted text’s result stays', async () => {
    await open(page);
    const docx = await toDocx(report({ padding: 3000 }));
    await dropAll([[{ name: 'slow-clean.docx', base64: b64(docx) }]]);
    // The editor pastes and checks while the .docx is still being read.
    await page.evaluate(
      (text) => {
        (document.getElementById('paste') as HTMLTextAreaElement).value = text;
        document.getElementById('check-paste')?.click();
      },
      toMarkdown(report({ halfYear: true })),
    );
    await done();
    await page.waitForTimeout(2500);
    expect(await verdict(page)).toBe('fix');
    expect(sorted(await ruleIds(page))).toEqual(['statistical-period']);
    expect(await docText(page)).not.toContain('slow-clean');
    // Pasted text is named as what it is, not as a file the editor never had.
    expect(await page.textContent('#checked-name')).toBe('已检查：粘贴的文本');
    expect(await page.textContent('#sheet')).toContain('粘贴的文本');
  });

  test('a Word form whose tables 二/三/四 hold no figure is never 可以发布: 需要修改, each table 未填写, no table check signed off', async () => {
    await open(page);
    await give(page, 'blank-form.docx', await toDocx(blankForm()), DOCX_TYPE);
    expect(await verdict(page)).toBe('fix');
    expect(await page.textContent('#verdict .verdict-note')).toBe(
      '表二 主动公开、表三 依申请公开、表四 复议诉讼没有填写任何数字：请逐格填写（没有的填 0）后再检查一次。',
    );
    expect(
      await page.$$eval('#reading ul[data-list="tables"] li', (els) => els.map((e) => (e as HTMLElement).dataset['status'])),
    ).toEqual(['blank', 'blank', 'blank']);
    expect(await page.textContent('#reading ul[data-list="tables"] li[data-part="applications"]')).toBe(
      '✗ 表三 依申请公开 · 未填写（没有任何数字）',
    );
    expect(await page.textContent('#sheet tr[data-rule-id="application-totals"] td:nth-child(2)')).toBe('— 未检查（表三未填写）');
    expect(await page.textContent('#sheet tr[data-rule-id="numeric-cells"] td:nth-child(2)')).not.toContain('通过');
    // The same form filled in is 可以发布.
    await give(page, 'filled-form.docx', await toDocx(report({})), DOCX_TYPE);
    expect(await verdict(page)).toBe('ok');
  });

  /** Both flavours through the clipboard and a real Ctrl+V into the emptied box; the page's note under it shown. */
  async function pasteBoth(plain: string, html: string): Promise<void> {
    await page.fill('#paste', '');
    await page.evaluate(
      async ({ plain, html }) =>
        navigator.clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob([plain], { type: 'text/plain' }),
            'text/html': new Blob([html], { type: 'text/html' }),
          }),
        ]),
      { plain, html },
    );
    await page.focus('#paste');
    await page.keyboard.press('Control+V');
    await page.waitForFunction(() => !document.getElementById('paste-note')?.hidden);
  }

  test('a table pasted from a web page: its HTML flavour is read (the exact grid), not the one-cell-per-line text', async () => {
    await open(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const blocks = report({ wrongCell: true });
    // What Chromium puts in text/plain for a table whose cells hold paragraphs: one cell per line, blank lines between.
    const plain = toLines(blocks)
      .flatMap((l) => l.cells)
      .join('\n\n');
    const html = toHtml(blocks);
    // First the text alone: one value a line; table 三's wrong cell is named all the same, the column identities pinning
    // it (one-wrong-cell.ts). Its table 四 header's lines read into the narrative no longer give two narrative-consistency
    // warnings: their counts are no whole-year count of the organ's (prose read by clause, session 49).
    await page.click('.paste summary');
    await page.fill('#paste', plain);
    await after(page, () => page.click('#check-paste'));
    expect(sorted(await ruleIds(page))).toEqual(['application-totals']);
    // Now both flavours through the clipboard and a real Ctrl+V into the emptied box.
    await pasteBoth(plain, html);
    expect(await page.textContent('#paste-note')).toContain('按原表格读取');
    await after(page, () => page.click('#check-paste'));
    expect(sorted(await ruleIds(page))).toEqual(['application-totals']);
    expect(await verdict(page)).toBe('fix');
    // The report pane shows the text read from the HTML: its table drawn, no markup.
    expect(await page.$$eval('#doc .grid[data-table]', (els) => els.length)).toBe(3);
    expect(await docText(page)).not.toContain('<font');
    // Edited after the paste: the box's text is what is checked, and the note goes.
    await page.fill('#paste', toMarkdown(report({ halfYear: true })));
    await after(page, () => page.click('#check-paste'));
    expect(sorted(await ruleIds(page))).toEqual(['statistical-period']);
    expect(await page.isHidden('#paste-note')).toBe(true);
  });

  test("a paste whose HTML flavour gives no report (a stray table, too many elements): the box's text is checked (rtAD 6)", async () => {
    await open(page);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const plain = toMarkdown(report({ halfYear: true }));
    const flavours = [
      '<table><tr><td>广告</td><td>联系我们</td></tr></table>',
      `<table>${'<tr><td>1</td></tr>'.repeat(12_000)}</table>`,
    ];
    await page.click('.paste summary');
    for (const html of flavours) {
      await pasteBoth(plain, html);
      await after(page, () => page.click('#check-paste'));
      // The text's one finding, as when the text alone is pasted: no "not a report", no reading limit.
      expect(sorted(await ruleIds(page))).toEqual(['statistical-period']);
      expect(await verdict(page)).toBe('fix');
      expect(await page.isHidden('#paste-note')).toBe(true);
    }
  });

  test('part of a report pasted (section 三 alone): one note naming it, no part called missing (rtAD 7)', async () => {
    await open(page);
    const text = toMarkdown(report({}));
    const three = text.slice(text.indexOf('## 三、'), text.indexOf('## 四、'));
    await page.click('.paste summary');
    await page.fill('#paste', three);
    await after(page, () => page.click('#check-paste'));
    expect(sorted(await ruleIds(page))).toEqual(['unreadable-content']);
    expect(await page.textContent('#findings')).toContain('粘贴的内容只是报告的一部分（只有第三部分）');
  });

  test('text dragged onto the paste box goes in (the drop is not cancelled); a file dropped anywhere is taken', async () => {
    await open(page);
    await page.click('.paste summary');
    const kept = await page.evaluate(() => {
      const text = new DataTransfer();
      text.setData('text/plain', '一、总体情况');
      const file = new DataTransfer();
      file.items.add(new File(['x'], 'a.txt'));
      const box = document.getElementById('paste');
      return {
        text: box?.dispatchEvent(new DragEvent('drop', { cancelable: true, bubbles: true, dataTransfer: text })),
        file: box?.dispatchEvent(new DragEvent('drop', { cancelable: true, bubbles: true, dataTransfer: file })),
      };
    });
    expect(kept).toEqual({ text: true, file: false });
  });

  test('several files dropped at once: the first is checked and the page says how many were not', async () => {
    await open(page);
    await dropAll([
      [
        { name: 'first.md', base64: b64(toMarkdown(report({ halfYear: true }))) },
        { name: 'second.md', base64: b64(toMarkdown(report({}))) },
        { name: 'third.md', base64: b64(toMarkdown(report({}))) },
      ],
    ]);
    await done();
    expect(await page.textContent('#checked-name')).toBe('已检查：first.md');
    expect(await page.textContent('#files-skipped')).toBe(
      '一次只检查一个文件：已检查 first.md，另外 2 个文件没有检查，请逐个选择或拖入。',
    );
    await dropAll([[{ name: 'one.md', base64: b64(toMarkdown(report({}))) }]]);
    await done();
    expect(await page.isVisible('#files-skipped')).toBe(false);
  });

  // A whole second report after the first (second-report.ts, rtO #5) is said once, where it begins, and only the
  // first is checked: no repeated-section message for each of its sections, none pointing to itself.
  test('the report pasted twice: one message where the second copy begins, none pointing to itself', async () => {
    await open(page);
    await page.click('.paste summary');
    const once = toMarkdown(report({}));
    await page.fill('#paste', `${once}\n${once}`);
    await after(page, () => page.click('#check-paste'));
    const messages = await page.$$eval('#findings .message, #findings .group-item', (els) => els.map((e) => e.textContent ?? ''));
    expect(messages.filter((m) => m.includes('文件中还有另一份年度报告'))).toHaveLength(1);
    expect(messages.join('\n')).not.toMatch(/部分重复出现/);
  });

  test('no advice to edit a configuration file: the page words it as what an editor can do', async () => {
    await open(page);
    const late = `${toMarkdown(report({}))}\n澄江县自然资源和规划局\n\n2024年3月5日\n`;
    await give(page, 'late.md', late, 'text/markdown');
    expect(await ruleIds(page)).toContain('publication-date');
    const gov = toMarkdown(report({})).replace('澄江县自然资源和规划局2023', '澄江县人民政府2023');
    const text = [
      await page.textContent('#findings'),
      await (async () => {
        await give(page, 'gov.md', gov, 'text/markdown');
        expect(await ruleIds(page)).toContain('government-accountability');
        return page.textContent('#findings');
      })(),
    ].join('\n');
    expect(text).not.toMatch(/organType|deadlines|配置中设置/);
    expect(text).toContain('如果本机关不属于这一类，请按本机关实际适用的规定核对');
    expect(text).toContain('本地规定的期限不同时，以本地规定为准');
  });

  test('an empty paste box: one sentence by the box, no verdict', async () => {
    await open(page);
    await page.click('.paste summary');
    await page.click('#check-paste');
    expect(await page.textContent('#paste-note')).toBe('请先把报告全文粘贴到上面的框中，或选择报告文件。');
    expect(await page.$('#verdict .verdict')).toBeNull();
    expect(await page.isHidden('#error')).toBe(true);
  });

  // The notes by the paste box were written once, in the language of the moment (rtU U4).
  test('the notes by the paste box follow a change of language', async () => {
    await open(page);
    await page.click('.paste summary');
    const html = toHtml(report({}));
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.setData('text/html', content);
      data.setData('text/plain', '');
      document.getElementById('paste')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, html);
    await page.waitForFunction(() => !document.getElementById('paste-note')?.hidden);
    expect(await page.textContent('#paste-note')).toContain('按原表格读取');
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('#paste-note')).toBe(
      'The pasted content carries its web-page or Word table layout: it is checked as laid out there, and “The report” shows the text read from it. Once the box is edited, its text is checked instead.',
    );
    await page.click('#check-paste');
    expect(await page.textContent('#paste-note')).toBe(
      'Paste the whole report into the box above first, or choose the report file.',
    );
    await page.selectOption('#lang', 'zh');
    expect(await page.textContent('#paste-note')).toBe('请先把报告全文粘贴到上面的框中，或选择报告文件。');
  });

  test('English: the paste box is named in English; 只看错误 with no error says so; 考核/评议/追究 is 不适用 for a department', async () => {
    await open(page, 'en');
    expect(await page.getAttribute('#paste', 'aria-label')).toBe('Whole report text');
    await open(page);
    expect(await page.getAttribute('#paste', 'aria-label')).toBe('报告全文');
    await give(page, 'clean.md', toMarkdown(report({})), 'text/markdown');
    expect(await page.isHidden('#no-errors')).toBe(true);
    await page.check('#errors-only');
    expect(await page.textContent('#no-errors')).toBe('没有错误。');
    expect(await page.isVisible('#no-errors')).toBe(true);
    await give(page, 'defective.md', toMarkdown(report({ halfYear: true })), 'text/markdown');
    expect(await page.isHidden('#no-errors')).toBe(true);
    await page.uncheck('#errors-only');
    expect(await page.textContent('#sheet tr[data-rule-id="government-accountability"] td:nth-child(2)')).toBe(
      '— 不适用（政府部门）',
    );
    const gov = toMarkdown(report({})).replace('澄江县自然资源和规划局2023', '澄江县人民政府2023');
    await give(page, 'gov.md', gov, 'text/markdown');
    expect(await page.textContent('#sheet tr[data-rule-id="government-accountability"] td:nth-child(2)')).toBe('△ 有提示');
  });
});
