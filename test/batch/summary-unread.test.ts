/**
 * The batch summary's verdict comes from what was read, not from which messages survived (red team of evaluators'
 * batch runs, 2026-12-06): a report with a table row that could not be read was 可以发布 once its unreadable-content
 * warning was hidden by --quiet, the rule switched off, an inline disable or the README's own --suppress-all.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from '@jest/globals';
import { runCli, temporaryTrees } from '../cli-helpers.js';
import { writeReport } from '../rules/support/report.js';
import { summarize } from '../../src/formatters/summary-data.js';
import type { LintResult } from '../../src/engine/types.js';

const tree = temporaryTrees();

/** A compliant report whose 2.重复申请 row holds two values stacked in one cell (an OCR merge): that row is unread. */
function partlyRead(): string {
  const text = writeReport({}, 'markdown').text;
  const row = /^(\|[^\n]*2\.重复申请 \| )(\d+)( \|)/m;
  expect(text).toMatch(row);
  return text.replace(row, '$1$2<br>7$3');
}

const verdicts = (html: string): string[] =>
  [...html.matchAll(/<tr data-file="([^"]+)" data-verdict="(\w+)"/g)].map((m) => `${m[1]} ${m[2]}`);

describe('a report read only in part stays 无法完整读取 in summary-html', () => {
  const cases: Array<[string, Record<string, string>, string[]]> = [
    ['as linted', {}, []],
    ['with --quiet', {}, ['--quiet']],
    ['with the rule switched off', {}, ['--rule', 'unreadable-content: off']],
    ['with the warning disabled in the file', { prefix: '<!-- reportlint-disable-file unreadable-content -->\n\n' }, []],
  ];
  test.each(cases)('%s', async (_name, options, args) => {
    const root = await tree({ 'r/2023.md': `${options.prefix ?? ''}${partlyRead()}` });
    const out = path.join(root, 'summary.html');
    const run = await runCli(['r', ...args, '-f', 'summary-html', '-o', out], { cwd: root });
    expect(run.stderr).toBe('');
    expect(verdicts(await readFile(out, 'utf8'))).toEqual(['r/2023.md unreadable']);
  });

  test('after --suppress-all accepted the findings', async () => {
    const root = await tree({ 'r/2023.md': partlyRead() });
    const accepted = await runCli(['r', '--suppress-all'], { cwd: root });
    expect(accepted.code).toBe(0);
    // A part not read is a check that did not happen: never accepted into the suppressions file.
    const file = path.join(root, 'reportlint-suppressions.json');
    expect(existsSync(file) ? await readFile(file, 'utf8') : '').not.toContain('unreadable-content');
    const again = await runCli(['r', '-f', 'compact'], { cwd: root });
    expect(again.stdout).toMatch(/warning .*\[unreadable-content\]/);
    const out = path.join(root, 'summary.html');
    await runCli(['r', '-f', 'summary-html', '-o', out], { cwd: root });
    expect(verdicts(await readFile(out, 'utf8'))).toEqual(['r/2023.md unreadable']);
  });

  test('the same report read in full is 可以发布', async () => {
    const root = await tree({ 'r/2023.md': writeReport({}, 'markdown').text });
    const out = path.join(root, 'summary.html');
    await runCli(['r', '-f', 'summary-html', '-o', out], { cwd: root });
    expect(verdicts(await readFile(out, 'utf8'))).toEqual(['r/2023.md publish']);
  });

  test('its figures read with certainty are shown: a row not read blanks only what comes from it (rtI 9)', async () => {
    const figures = async (text: string): Promise<string[]> => {
      const root = await tree({ 'r/2023.md': text });
      const out = path.join(root, 'summary.html');
      await runCli(['r', '-f', 'summary-html', '-o', out], { cwd: root });
      return [...(await readFile(out, 'utf8')).matchAll(/data-figure="(\w+)"[^>]*>([^<]*)</g)].map((m) => `${m[1]} ${m[2]}`);
    };
    const whole = await figures(writeReport({}, 'markdown').text);
    expect(whole.filter((f) => f.endsWith(' —'))).toEqual([]);
    // 2.重复申请 feeds none of the key figures: they are the fully read report's, not "—".
    expect(await figures(partlyRead())).toEqual(whole);
  });
});

test('a reading in which no figure is certain (OCR layer, garbled text, text boxes, not a report) shows none', () => {
  const result = (unread: string[]): LintResult => ({
    filePath: '/b/r.pdf',
    errorCount: 0,
    warningCount: 0,
    fatalErrorCount: 0,
    messages: [],
    facts: {
      organ: '某局',
      year: 2023,
      notAReport: false,
      unreadableTables: [],
      unread,
      applications: { new: 12, handled: 10, granted: 3, partial: 1, carryForward: 2 },
      review: null,
    },
  });
  const shown = (unread: string[]) => summarize([result(unread)], '/b').reports[0]!.figures?.received ?? null;
  expect(['ocrScan', 'garbledText', 'textBoxes', 'noBody', 'notAReport'].map((k) => shown([k]))).toEqual([
    null,
    null,
    null,
    null,
    null,
  ]);
  expect([shown([]), shown(['table:active']), shown(['section:problems', 'picturePages'])]).toEqual([12, 12, 12]);
});
