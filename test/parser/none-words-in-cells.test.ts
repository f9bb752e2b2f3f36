/**
 * Red team rtK (F8): organs without the power to make a row's documents (乡镇、街道 and 规章) fill the row with a word
 * for "none here" — 不涉及, 暂无, 未涉及, 无此项 — or leave text such as 未制定 in its cells. The row is printed, so it is
 * never "missing" (a table-structure error). The "none here" words are placeholders like 无 (numeric-cells warns of
 * a row left empty, as for 无); other text leaves the row found but unread (an unreadable-content warning). Two short
 * labels, 规章 (table 二) and 3.其他 (table 三), were called missing: their cells of text ran into the label.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/engine/types.js';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { consistentApplications, formatOf, recompute, writeReport, type Layout } from '../rules/support/report.js';

const key = (m: LintMessage): string => `${m.ruleId ?? ''}:${m.messageId ?? ''}`;
const LAYOUTS: readonly Layout[] = ['markdown', 'tabs', 'html'];
const NONE_WORDS = ['不涉及', '暂无', '未涉及', '无此项'];
const OTHER_TEXT = ['未制定', '未发生'];

/** The report with table 二's 规章 row (written 2 1 15) filled with `word` in each of its three cells. */
function regulationsAs(word: string, layout: Layout): string {
  const { text } = writeReport({}, layout);
  const out =
    layout === 'markdown'
      ? text.replace('| 规章 | 2 | 1 | 15 |', `| 规章 | ${word} | ${word} | ${word} |`)
      : layout === 'tabs'
        ? text.replace('规章\t2\t1\t15', `规章\t${word}\t${word}\t${word}`)
        : text.replace(
            /(<td>规章<\/td>\n)<td>2<\/td>\n<td>1<\/td>\n<td>15<\/td>/,
            `$1${`<td>${word}</td>\n`.repeat(3).trimEnd()}`,
          );
  expect(out).not.toBe(text);
  return out;
}

/** Table 三 with （六）3.其他 filled with `word` in its seven cells, the totals made without it. */
function otherAs(word: string, layout: Layout): string {
  const values = consistentApplications();
  const zeroed = recompute({ ...values, 'other.3': [0, 0, 0, 0, 0, 0] });
  const { text } = writeReport({ applications: { ...zeroed, 'other.3': Array<string>(7).fill(word) } }, layout);
  expect(text).toContain(word);
  return text;
}

describe.each(LAYOUTS)('%s', (layout) => {
  it.each(NONE_WORDS)('表二「规章」 filled with %s: a placeholder row, a numeric-cells warning, never missing', async (word) => {
    const text = regulationsAs(word, layout);
    const table = findTable((await parseReport(text, { format: formatOf(layout) })).report, 'active')!;
    expect(table.missingRows).toEqual([]);
    expect(getCell(table, 'regulations', 'made')?.content).toBe('placeholder');
    expect(getCell(table, 'normativeDocuments', 'valid')?.value).toBe(41);
    const { messages } = await lint(text, { format: formatOf(layout) });
    expect(messages.filter((m) => m.message.includes('表二')).map((m) => [key(m), m.severity])).toEqual([
      ['numeric-cells:blankRow', 1],
    ]);
  });

  it.each(OTHER_TEXT)('表二「规章」 filled with %s: found, unread (a warning), never missing', async (word) => {
    const text = regulationsAs(word, layout);
    const { messages } = await lint(text, { format: formatOf(layout) });
    expect(messages.some((m) => m.ruleId === 'table-structure')).toBe(false);
    expect(messages.filter((m) => m.message.includes('规章')).map((m) => [m.ruleId, m.severity])).toEqual([
      ['unreadable-content', 1],
    ]);
  });

  it.each([...NONE_WORDS, ...OTHER_TEXT])('表三「3.其他」 filled with %s: never missing, no error', async (word) => {
    const text = otherAs(word, layout);
    const { messages } = await lint(text, { format: formatOf(layout) });
    expect(messages.filter((m) => m.severity === 2).map(key)).toEqual([]);
    const found = messages.filter((m) => m.message.includes('3.其他')).map(key);
    expect(found).toEqual([NONE_WORDS.includes(word) ? 'numeric-cells:blankRow' : 'unreadable-content:rows']);
  });
});

describe('a row truly left out is still missing', () => {
  it.each(LAYOUTS)('%s: 规章 and 3.其他 rows deleted → table-structure errors', async (layout) => {
    const { text } = writeReport({}, layout);
    const lines = text.split('\n');
    const drop = (pattern: RegExp): string[] => {
      if (layout !== 'html') return lines.filter((l) => !pattern.test(l));
      return text
        .split('<tr>')
        .filter((tr) => !pattern.test(tr))
        .join('<tr>')
        .split('\n');
    };
    const cut = drop(/(?:^|>|\|\s|\t)(?:规章|3\.其他)(?:<|\s\||\t)/).join('\n');
    const { messages } = await lint(cut, { format: formatOf(layout) });
    const missing = messages.filter((m) => m.ruleId === 'table-structure').map((m) => [m.messageId, m.data?.row]);
    expect(missing).toEqual([
      ['missingRow', '规章'],
      ['missingRow', '（六）其他处理3.其他'],
    ]);
  });
});
