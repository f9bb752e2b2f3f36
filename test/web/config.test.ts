/**
 * A dropped `.reportlintrc.json` in real Chromium, read by the same config module as the command line's
 * (src/config/resolve.ts): extends presets, rule options and overrides change the findings exactly as they
 * do on the command line; plugins and extended files are named as not applied.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import type { Page } from 'playwright-core';
import { report, toMarkdown } from './fixture.js';
import { hasChromium } from './harness.js';
import { after, give, open, ruleIds, sorted, verdict, withSession } from './browser.js';
import { ConfigLoader, toActiveRules } from '../../src/config/loader.js';
import { lint } from '../../src/engine/lint.js';

const describeBrowser = hasChromium ? describe : describe.skip;

let page: Page;

const CLEAN = toMarkdown(report({}));
const DEFECTIVE = toMarkdown(report({ wrongCell: true, dropProblems: true, halfYear: true }));
const WEBSITES = { section: 'other', pattern: '网站群集约化', message: { zh: '政府网站集约化情况' } };

const CONFIG = {
  extends: ['reportlint:recommended', './shared.json'],
  plugins: ['reportlint-plugin-jiangsu'],
  rules: { 'required-statements': ['error', [WEBSITES]], 'statistical-period': 'warn' },
  overrides: [{ files: '*.draft.md', rules: { 'required-statements': 'off', 'statistical-period': 'off' } }],
};

async function loadRc(name: string, config: unknown): Promise<string> {
  await after(page, () =>
    page.setInputFiles('#rc', { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(config)) }),
  );
  return (await page.textContent('#rc-status')) ?? '';
}

/** The rule ids the command line's config loader and lint() give for the same file (what the page can apply of it). */
async function commandLine(config: Record<string, unknown>, name: string, text: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'reportlint-page-rc-'));
  writeFileSync(join(dir, '.reportlintrc.json'), JSON.stringify(config));
  const { config: resolved, registry } = await new ConfigLoader({ cwd: dir }).forFile(join(dir, name));
  const result = await lint(text, { filePath: name, rules: toActiveRules(resolved, registry) });
  rmSync(dir, { recursive: true, force: true });
  return sorted(result.messages.map((m) => m.ruleId ?? ''));
}

describeBrowser('the editors page in Chromium: a dropped configuration', () => {
  jest.setTimeout(90_000);

  withSession((opened) => {
    page = opened.page;
  });

  test('extends, options and overrides change the findings as on the command line; plugins and files are not applied, and said so', async () => {
    await open(page);
    await give(page, 'report.md', CLEAN, 'text/markdown');
    expect(await ruleIds(page)).toEqual([]);
    const status = await loadRc('.reportlintrc.json', CONFIG);
    expect(status).toContain('插件在页面中一律不加载（reportlint-plugin-jiangsu）');
    expect(status).toContain('未继承“./shared.json”');
    expect(await page.getAttribute('#rc-status', 'data-not-applied')).toBe('2');
    // Options: required-statements with the config's own statement, on a report that lacks it.
    expect(await ruleIds(page)).toEqual(['required-statements']);
    expect(await page.textContent('#findings .message')).toContain('政府网站集约化情况');
    expect(await verdict(page)).toBe('fix');

    const { plugins: _plugins, ...applicable } = { ...CONFIG, extends: 'reportlint:recommended' };
    // Overrides: the same report under a name the override matches has no finding.
    await give(page, 'report.draft.md', CLEAN, 'text/markdown');
    expect(await ruleIds(page)).toEqual([]);
    expect(await verdict(page)).toBe('ok');

    // A defective report: the same rules fire as on the command line, statistical-period lowered to a warning…
    await give(page, 'defective.md', DEFECTIVE, 'text/markdown');
    const findings = sorted(await ruleIds(page));
    expect(findings).toEqual(await commandLine(applicable, 'defective.md', DEFECTIVE));
    expect(findings).toEqual(expect.arrayContaining(['required-statements', 'statistical-period']));
    expect(await page.$$eval('#findings li.finding[data-rule-id="statistical-period"]', (els) => els.length)).toBeGreaterThan(0);
    // …and switched off, with required-statements, where the override applies.
    await give(page, 'defective.draft.md', DEFECTIVE, 'text/markdown');
    const drafted = sorted(await ruleIds(page));
    expect(drafted).toEqual(await commandLine(applicable, 'defective.draft.md', DEFECTIVE));
    expect(drafted).not.toContain('statistical-period');
    expect(drafted).not.toContain('required-statements');
    expect(drafted.length).toBeGreaterThan(0);
  });

  test('without extends, only the rules the file lists are on (as on the command line)', async () => {
    await open(page);
    await give(page, 'defective.md', DEFECTIVE, 'text/markdown');
    expect(sorted(await ruleIds(page)).length).toBeGreaterThan(1);
    const only = { rules: { 'statistical-period': 'error' } };
    await loadRc('only.reportlintrc.json', only);
    expect(sorted(await ruleIds(page))).toEqual(['statistical-period']);
    expect(await commandLine(only, 'defective.md', DEFECTIVE)).toEqual(['statistical-period']);
    // With the preset, every recommended rule is back.
    await loadRc('preset.reportlintrc.json', { extends: 'reportlint:recommended', ...only });
    expect(sorted(await ruleIds(page))).toEqual(
      await commandLine({ extends: 'reportlint:recommended', ...only }, 'defective.md', DEFECTIVE),
    );
  });

  test('a file of settings alone (no rules, no extends) keeps the recommended rules, as on the command line', async () => {
    const settingsOnly = { lang: 'zh' };
    await loadRc('settings.reportlintrc.json', settingsOnly);
    await give(page, 'defective.md', DEFECTIVE, 'text/markdown');
    const found = sorted(await ruleIds(page));
    expect(found.length).toBeGreaterThan(1);
    expect(found).toEqual(await commandLine(settingsOnly, 'defective.md', DEFECTIVE));
  });

  test('a setting the config module refuses is named by its key, in the page language', async () => {
    await open(page, 'en');
    // Nothing is checked again: the settings stay as they were.
    await page.setInputFiles('#rc', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ overrides: [{ rules: {} }] })),
    });
    await page.waitForFunction(() => document.getElementById('rc-status')?.className === 'rc-bad');
    expect(await page.textContent('#rc-status')).toBe(
      'Could not use the configuration bad.json: overrides[0]: missing required key "files"',
    );
  });

  test('what the rules panel says of a loaded configuration follows a change of language', async () => {
    await open(page);
    await give(page, 'report.md', CLEAN, 'text/markdown');
    await loadRc('.reportlintrc.json', { rules: { 'statistical-period': 'warn', 'not-a-rule': 'error' } });
    expect(await page.textContent('#rc-status')).toContain('「not-a-rule」不是本页面的内置规则');
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('#rc-status')).toBe(
      'Loaded .reportlintrc.json, replacing the previous settings: 1 rules set. Not applied: “not-a-rule” is not a built-in rule of this page',
    );
  });
});

/** Opens the page with `stored` as the rule settings this browser remembers (every file:// page shares them). */
async function remembering(stored: unknown, lang: 'zh' | 'en' = 'zh'): Promise<void> {
  await open(page, lang);
  await page.evaluate((value) => localStorage.setItem('reportlint.page.rules', JSON.stringify(value)), stored);
  await open(page, lang, true);
}

const remembered = () => page.evaluate(() => localStorage.getItem('reportlint.page.rules'));

describeBrowser('the editors page in Chromium: remembered rule settings', () => {
  jest.setTimeout(120_000);

  withSession((opened) => {
    page = opened.page;
  });

  // Written by another copy of the page or another tool: each made a clean report 需要修改 (a rule crashed on the
  // value) or every check fail (an override without files), until the config module checked them (rtU U1).
  const UNUSABLE: Array<[string, unknown, string]> = [
    ['null options', { severities: {}, options: { 'publication-date': null } }, 'publication-date：应为 object 类型'],
    ['an unknown organ type', { severities: {}, options: {}, organType: 'ministry' }, 'organType：应为以下之一'],
    [
      'an override without files',
      { severities: {}, options: {}, overrides: [{ rules: { 'fee-statement': { severity: 'off' } } }] },
      'overrides[0]：缺少必需的键 "files"',
    ],
    ['an unknown severity', { severities: { 'statistical-period': 'warning' }, options: {} }, 'statistical-period：级别应为'],
    ['a key the page does not have', { severities: {}, options: {}, plugins: ['x'] }, 'plugins：本页面没有这项设置'],
  ];

  test.each(UNUSABLE)('%s: dropped, the defaults apply, and the rules panel says why', async (_name, stored, why) => {
    await remembering(stored);
    await give(page, 'report.md', CLEAN, 'text/markdown');
    expect(await ruleIds(page)).toEqual([]);
    expect(await verdict(page)).toBe('ok');
    await give(page, 'defective.md', DEFECTIVE, 'text/markdown');
    expect(sorted(await ruleIds(page))).toEqual(await commandLine({}, 'defective.md', DEFECTIVE));
    const status = (await page.textContent('#rc-status')) ?? '';
    expect(status).toContain('本浏览器记住的规则设置无法使用，已恢复默认设置：');
    expect(status).toContain(why);
    expect(await page.getAttribute('#rc-status', 'class')).toBe('rc-bad');
    expect(await page.$eval('#rules-panel', (el) => (el as HTMLDetailsElement).open)).toBe(true);
    expect(await remembered()).toBeNull();
    // Said once: the next visit has nothing to drop.
    await open(page, 'zh', true);
    expect(await page.textContent('#rc-status')).toBe('');
  });

  test('the notice follows the page language', async () => {
    await remembering({ severities: {}, options: {}, organType: 'ministry' }, 'en');
    expect(await page.textContent('#rc-status')).toBe(
      'The rule settings this browser remembered could not be used, so the defaults apply again: organType: must be one of "government", "department", "township", "zone".',
    );
    await page.selectOption('#lang', 'zh');
    expect(await page.textContent('#rc-status')).toContain('本浏览器记住的规则设置无法使用');
  });

  test('settings the page saved itself, and an older page’s severities map, are used as they were', async () => {
    await open(page);
    const { plugins: _plugins, extends: _extends, ...applicable } = CONFIG;
    await give(page, 'report.md', CLEAN, 'text/markdown');
    await loadRc('.reportlintrc.json', { ...applicable, organType: 'department' });
    const saved = await remembered();
    expect(saved).toContain('"overrides"');
    await open(page, 'zh', true);
    expect(await page.textContent('#rc-status')).toBe('');
    expect(await remembered()).toBe(saved);
    await give(page, 'report.md', CLEAN, 'text/markdown');
    expect(await ruleIds(page)).toEqual(['required-statements']);
    await give(page, 'defective.md', DEFECTIVE, 'text/markdown');
    expect(sorted(await ruleIds(page))).toEqual(await commandLine(applicable, 'defective.md', DEFECTIVE));
    await give(page, 'defective.draft.md', DEFECTIVE, 'text/markdown');
    expect(sorted(await ruleIds(page))).toEqual(await commandLine(applicable, 'defective.draft.md', DEFECTIVE));

    await remembering({ 'statistical-period': 'off' });
    expect(await page.textContent('#rc-status')).toBe('');
    await give(page, 'defective.md', DEFECTIVE, 'text/markdown');
    const findings = sorted(await ruleIds(page));
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(
      await commandLine({ extends: 'reportlint:recommended', rules: { 'statistical-period': 'off' } }, 'defective.md', DEFECTIVE),
    );
  });
});
