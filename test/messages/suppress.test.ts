import { describe, expect, test } from '@jest/globals';
import { findDirectives } from '../../src/messages/directives.js';
import { applySuppressions } from '../../src/messages/suppress.js';
import type { StampedFinding } from '../../src/messages/types.js';
import { lint } from '../../src/engine/lint.js';
import { BAD_PERIOD, NO_FEE } from '../fixture-defects.js';

const finding = (ruleId: string, line: number, extra: Partial<StampedFinding> = {}): StampedFinding => ({
  ruleId,
  severity: 'error',
  messageId: 'm',
  text: { zh: '问题', en: 'problem' },
  position: { start: { line, column: 1 }, end: { line, column: 5 } },
  ...extra,
});
const kept = (findings: StampedFinding[], text: string, format: 'markdown' | 'text' | 'html' = 'markdown'): string[] =>
  applySuppressions(findings, text, format, { reportUnused: false }).map((f) => `${f.ruleId}@${f.position?.start.line}`);

describe('findDirectives', () => {
  test('HTML comments with several rules and a reason', () => {
    const [d] = findDirectives('text\n<!-- reportlint-disable a b, c -- 原因：待核实 -->\n', 'markdown');
    expect(d).toMatchObject({ kind: 'disable', rules: ['a', 'b', 'c'], position: { start: { line: 2, column: 1, offset: 5 } } });
  });
  test('text lines, bare or after // or #; not inside other words', () => {
    const text = 'reportlint-disable a\n  // reportlint-enable a\n# reportlint-disable-file b\nxreportlint-disable c\n';
    expect(findDirectives(text, 'text').map((d) => `${d.kind}:${d.rules.join()}@${d.position.start.line}`)).toEqual([
      'disable:a@1',
      'enable:a@2',
      'disable-file:b@3',
    ]);
  });
  test('the line form is not read in HTML (only comments)', () => {
    expect(findDirectives('reportlint-disable a\n<!--reportlint-disable b-->', 'html').map((d) => d.rules[0])).toEqual(['b']);
  });
  test('disable-next-line skips blank lines to the next content line', () => {
    const [d] = findDirectives('<!-- reportlint-disable-next-line a -->\n\n| table |\n', 'markdown');
    expect(d?.targetLine).toBe(3);
  });
});

describe('applySuppressions', () => {
  const findings = [finding('a', 2), finding('b', 4), finding('a', 6), finding('c', 8)];
  test('disable … enable is a range; rules not named are untouched', () => {
    const text = 'l1\n<!-- reportlint-disable a -->\nl3\nl4\n<!-- reportlint-enable a -->\nl6\nl7\nl8';
    // a@2 sits on the directive's line after it? It starts at column 1 of line 2, the same offset: covered.
    expect(kept(findings, text)).toEqual(['b@4', 'a@6', 'c@8']);
  });
  test('disable without rules disables all; enable one rule re-enables only it', () => {
    const text = '<!-- reportlint-disable -->\nl2\n<!-- reportlint-enable a -->\nl4\nl5\nl6\nl7\nl8';
    expect(kept(findings, text)).toEqual(['a@6']);
  });
  test('disable-line, disable-next-line and disable-file', () => {
    const text =
      'l1\nl2 <!-- reportlint-disable-line a -->\n<!-- reportlint-disable-next-line b -->\nl4\nl5\nl6\nl7\n<!-- reportlint-disable-file c -->';
    expect(kept(findings, text)).toEqual(['a@6']);
  });
  test('text form', () => {
    expect(kept(findings, 'l1\nl2\n// reportlint-disable-next-line b\nl4\n# reportlint-disable-file a c', 'text')).toEqual([]);
  });
  test('fatal findings and findings without a rule are never suppressed', () => {
    const fatal = finding('a', 2, { fatal: true });
    expect(applySuppressions([fatal], '<!-- reportlint-disable-file -->', 'markdown', { reportUnused: false })).toEqual([fatal]);
  });
  test('unused directives are reported on request, per rule, as errors', () => {
    const text = '<!-- reportlint-disable-next-line a zzz -->\nl2\n<!-- reportlint-disable-file -->\n';
    const out = applySuppressions([finding('a', 2)], text, 'markdown', { reportUnused: true });
    const unused = out.filter((f) => f.messageId === 'unusedDisableDirective');
    expect(unused.map((f) => [f.ruleId, f.severity, f.data, f.position?.start.line])).toEqual([
      [null, 'error', { kind: 'disable-next-line', rules: 'zzz' }, 1],
      [null, 'error', { kind: 'disable-file', rules: 'any rule' }, 3],
    ]);
    expect(applySuppressions([finding('a', 2)], text, 'markdown', { reportUnused: false })).toEqual([]);
  });
});

describe('through lint()', () => {
  const now = new Date('2024-06-01');
  test('a Markdown comment before the period statement silences statistical-period only', async () => {
    const text = BAD_PERIOD.replace(
      '本报告根据',
      '<!-- reportlint-disable-next-line statistical-period -- 试点单位 -->\n\n本报告根据',
    );
    const result = await lint(text, { filePath: 'a.md', now });
    expect(result.messages).toEqual([]);
    const noInline = await lint(text, { filePath: 'a.md', now, inlineConfig: false });
    expect(noInline.messages.map((m) => m.ruleId)).toEqual(['statistical-period']);
  });
  test('an unused directive becomes a message with zh and en text', async () => {
    const text = `${NO_FEE}\n<!-- reportlint-disable-file fee-statement statistical-period -->\n`;
    const zh = await lint(text, { filePath: 'a.md', now, reportUnusedDisableDirectives: true });
    expect(zh.messages.map((m) => [m.ruleId, m.messageId, m.message])).toEqual([
      [null, 'unusedDisableDirective', '未使用的 reportlint-disable-file 指令：statistical-period 在此处没有报告问题'],
    ]);
    const en = await lint(text, { filePath: 'a.md', now, reportUnusedDisableDirectives: true, lang: 'en' });
    expect(en.messages[0]?.message).toBe(
      'Unused reportlint-disable-file directive: no problems were reported from statistical-period',
    );
  });
});

test('HTML comments work in .html reports, with positions in the page source', async () => {
  const page = (comment: string): string =>
    `<html><body><article>\n${comment}\n<h1>青石县2023年政府信息公开工作年度报告</h1>\n<p>本报告统计期限为2023年3月1日至2023年12月31日。</p>\n</article></body></html>`;
  const only = (r: Awaited<ReturnType<typeof lint>>): string[] =>
    r.messages.filter((m) => m.ruleId === 'statistical-period').map((m) => `${m.line}:${m.column}`);
  expect(only(await lint(page('<p>x</p>'), { filePath: 'a.html', now: new Date('2024-06-01') }))).toEqual(['4:12']);
  expect(
    only(
      await lint(page('<!-- reportlint-disable-file statistical-period -->'), {
        filePath: 'a.html',
        now: new Date('2024-06-01'),
      }),
    ),
  ).toEqual([]);
});
