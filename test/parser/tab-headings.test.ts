/**
 * Section headings as Word copies an automatically numbered paragraph to plain text: the number, a TAB (the
 * list's follow character), then the words (一、⇥总体情况); or the heading indented by a TAB. Before, each such
 * line was a table row or cell, and all six sections were unread (red team rt10, F).
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/engine/types.js';
import { parseReport } from '../../src/parser/index.js';
import { consistentApplications, withCell, writeReport } from '../rules/support/report.js';

const HEADING = /^([一二三四五六])、(总体情况|主动公开|收到和处理|政府信息公开行政复议|存在的主要问题|其他需要报告)/gm;
const key = (m: LintMessage): string => `${m.ruleId ?? ''}:${m.messageId ?? ''}`;

describe.each([
  ['a TAB after the numeral', (text: string) => text.replace(HEADING, '$1、\t$2')],
  ['the heading indented by a TAB', (text: string) => text.replace(HEADING, '\t$1、$2')],
  ['both', (text: string) => text.replace(HEADING, '\t$1、\t$2')],
])('%s', (_name, retab) => {
  it('every section is read, no finding', async () => {
    const clean = writeReport({}, 'tabs').text;
    const text = retab(clean);
    expect(text.match(/\t/g)?.length).toBeGreaterThan((clean.match(/\t/g)?.length ?? 0) + 5);
    const { report } = await parseReport(text, { filePath: 'r.txt' });
    expect(Object.values(report.reading.sections).map((s) => s.status)).toEqual(Array(6).fill('read'));
    expect((await lint(text, { filePath: 'r.txt' })).messages.map(key)).toEqual([]);
  });

  it('a wrong figure is still found at its place', async () => {
    const wrong = writeReport({ applications: withCell(consistentApplications(), 'granted', 1, 9) }, 'tabs');
    const cell = wrong.at('granted', 'business');
    const { messages } = await lint(retab(wrong.text), { filePath: 'r.txt' });
    expect(messages.map((m) => [key(m), m.line, m.column])).toEqual([
      ['application-totals:cellLikelyWrong', cell.line, cell.column],
    ]);
  });
});
