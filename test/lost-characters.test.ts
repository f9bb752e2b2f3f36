/**
 * Lost characters (a damaged copy: bytes read as U+FFFD) are said once, with their lines, and accused of nothing:
 * no rule calls absent, or unreadable as written, what the damage may have destroyed (src/rules/support/damage.ts,
 * src/parser/tables/damaged-rows.ts, docs/architecture.md "Reading certainty"). A defect elsewhere is still found.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../src/engine/lint.js';
import type { LintMessage } from '../src/engine/types.js';
import { buildDocx, toDocumentXml } from './helpers/html-docx-render.js';
import { REPORT, type Block } from './helpers/html-docx-report.js';
import { HEADING } from './fuzz/template.js';
import { makeModel } from './fuzz/model.js';
import { failureLine, fuzzSeed } from './fuzz/properties.js';
import { renderText } from './fuzz/layouts.js';
import {
  LAYOUTS,
  consistentApplications,
  formatOf,
  withCell,
  writeReport,
  type Layout,
  type ReportSpec,
} from './rules/support/report.js';

const FILE = { markdown: 'r.md', text: 'r.txt', html: 'r.html' } as const;

/** UTF-8 bytes of `text` with the character at each offset broken: a continuation byte (an ASCII digit) made 0xFF. */
function damaged(text: string, at: readonly number[]): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const bytes = [...new TextEncoder().encode(text[i])];
    if (at.includes(i)) bytes[bytes.length > 1 ? 1 : 0] = 0xff;
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

/** The offset of `char` inside the first occurrence of `context` (after `from`). */
function offsetOf(text: string, context: string, char: string, from = 0): number {
  const at = text.indexOf(context, from);
  if (at < 0) throw new Error(`no ${context}`);
  return at + context.indexOf(char);
}

const key = (m: LintMessage): string => `${m.ruleId}:${m.messageId}@${m.line}`;
const keys = (messages: readonly LintMessage[]): string[] => messages.map(key).sort();

async function lintDamaged(layout: Layout, text: string, at: readonly number[], lang?: 'en') {
  const result = await lint(damaged(text, at), { filePath: FILE[formatOf(layout)], ...(lang ? { lang } : {}) });
  return result.messages;
}

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

describe.each(LAYOUTS.map((l) => [l]))('%s: lost characters accuse nothing', (layout: Layout) => {
  const doc = (spec: ReportSpec = {}) => writeReport(spec, layout);

  it('the clean report has no finding (the baseline of every case below)', async () => {
    expect((await lint(doc().text, { filePath: FILE[formatOf(layout)] })).messages.map(key)).toEqual([]);
  });

  it('in the fee sentence (未收取信息处理费): no fee-statement missing, only the undecodable warning at its line', async () => {
    const written = doc();
    const { text } = written;
    const messages = await lintDamaged(layout, text, [offsetOf(text, '未收取信息处理费', '处')]);
    expect(messages.map(key)).toEqual([`unreadable-content:undecodable@${written.lineOf('本机关本年度未收取')}`]);
    expect(messages[0]?.message).toContain(`（第 ${written.lineOf('本机关本年度未收取')} 行）`);
  });

  it('in the statistical period (…1月1日至…): no statistical-period missing', async () => {
    const written = doc();
    const { text } = written;
    const messages = await lintDamaged(layout, text, [offsetOf(text, '1月1日至', '至')]);
    expect(messages.map(key)).toEqual([`unreadable-content:undecodable@${written.lineOf('本报告中所列数据')}`]);
  });

  it('in the sentence of the period, away from its dates (本报告…): a period ending 30 June is still accused', async () => {
    const written = doc({ period: '本报告中所列数据的统计期限为2023年1月1日至2023年6月30日。' });
    const { text } = written;
    const messages = await lintDamaged(layout, text, [offsetOf(text, '本报告中所列数据的统计期限', '报')]);
    const line = written.lineOf('本报告中所列数据');
    expect(keys(messages)).toEqual([`statistical-period:wrongEnd@${line}`, `unreadable-content:undecodable@${line}`]);
  });

  it('beside the dates of a period ending 30 June (…30日。): nothing accused, the lost 。 may have been more dates', async () => {
    const written = doc({ period: '本报告中所列数据的统计期限为2023年1月1日至2023年6月30日。' });
    const { text } = written;
    const messages = await lintDamaged(layout, text, [offsetOf(text, '6月30日。', '。')]);
    expect(keys(messages)).toEqual([`unreadable-content:undecodable@${written.lineOf('本报告中所列数据')}`]);
  });

  it('in a row label of table 二 (规章): the row is unread, not missing', async () => {
    const { text } = doc();
    const at = offsetOf(text, '规章', '章', text.indexOf(HEADING.active));
    const messages = await lintDamaged(layout, text, [at]);
    // The row not found is placed where its label's characters were lost.
    const line = lineAt(text, at);
    expect(keys(messages)).toEqual([`unreadable-content:rows@${line}`, `unreadable-content:undecodable@${line}`]);
    expect(messages.find((m) => m.messageId === 'rows')?.message).toMatch(
      /^表二.*1 行无法读取（行中有无法读取的字符（�），数值或行名可能已丢失）：规章$/,
    );
  });

  it('in a column head of table 二 (本年制发件数): no column missing', async () => {
    const { text } = doc();
    const at = offsetOf(text, '本年制发件数', '发');
    const messages = await lintDamaged(layout, text, [at]);
    expect(messages.filter((m) => m.ruleId !== 'unreadable-content').map(key)).toEqual([]);
    expect(messages.map(key)).toContain(`unreadable-content:undecodable@${lineAt(text, at)}`);
  });

  it('in a figure of table 三: its row is unread, never a wrong number, a blank or a total accused', async () => {
    const values = withCell(consistentApplications(), 'granted', 2, 23);
    const written = doc({ applications: values });
    const { text } = written;
    const cell = written.at('granted', 'research');
    const offset =
      text
        .split('\n')
        .slice(0, cell.line - 1)
        .join('\n').length + cell.column;
    expect(text.slice(offset, offset + 2)).toBe('23');
    // The identities no longer hold with 23 (the row's total says otherwise): without the damage, a finding.
    expect((await lint(text, { filePath: FILE[formatOf(layout)] })).messages.map((m) => m.ruleId)).toContain(
      'application-totals',
    );
    const messages = await lintDamaged(layout, text, [offset + 1]);
    expect(keys(messages)).toEqual([
      `unreadable-content:rows@${written.rowAt('granted')}`,
      `unreadable-content:undecodable@${cell.line}`,
    ]);
    expect(messages.find((m) => m.messageId === 'rows')?.message).toMatch(/^表三.*1 行无法读取.*：（一）予以公开$/);
  });

  it('a section heading with its numeral and a word lost: no required-sections missing', async () => {
    const { text } = doc();
    const at = text.indexOf(HEADING.problems);
    const messages = await lintDamaged(layout, text, [at, offsetOf(text, HEADING.problems, '问')]);
    expect(messages.filter((m) => m.severity === 2).map(key)).toEqual([]);
    expect(keys(messages)).toEqual([
      `unreadable-content:section@${lineAt(text, at)}`,
      `unreadable-content:undecodable@${lineAt(text, at)}`,
    ]);
  });

  it('a defect elsewhere is still found: a wrong total in table 三 beside a damaged fee sentence', async () => {
    const values = consistentApplications();
    values.handled![6] = values.handled![6]! + 4;
    const { text } = doc({ applications: values });
    const messages = await lintDamaged(layout, text, [offsetOf(text, '未收取信息处理费', '处')]);
    expect(messages.filter((m) => m.ruleId === 'application-totals').length).toBeGreaterThan(0);
    expect(messages.filter((m) => m.ruleId === 'fee-statement')).toEqual([]);
    expect(messages.filter((m) => m.messageId === 'undecodable')).toHaveLength(1);
  });
});

describe('the undecodable warning', () => {
  it('lists the lines once, in either language, however many places', async () => {
    const written = writeReport({}, 'markdown');
    const { text } = written;
    const at = [
      offsetOf(text, '1月1日至', '至'),
      offsetOf(text, '未收取信息处理费', '收'),
      offsetOf(text, '未收取信息处理费', '费'),
    ];
    const zh = await lintDamaged('markdown', text, at);
    const lines = [written.lineOf('本报告中所列数据'), written.lineOf('本机关本年度未收取')];
    expect(zh.map(key)).toEqual([`unreadable-content:undecodable@${lines[0]}`]);
    expect(zh[0]?.message).toMatch(
      new RegExp(`^文件按 UTF-8 读取，但有 3 处字节.*（第 ${lines[0]}、${lines[1]} 行）；这些位置上的内容不作缺失或错误判断$`),
    );
    const en = await lintDamaged('markdown', text, at, 'en');
    expect(en[0]?.message).toMatch(
      new RegExp(`^Read as UTF-8, but 3 place\\(s\\).*\\(line ${lines[0]}, ${lines[1]}\\); nothing that stood there`),
    );
  });
});

describe('a crawled line (the whole report on one line, figures apart by blanks)', () => {
  // The last digit of a row's last figure lost (528 → 52�): the figure is no value, and the row was read with its
  // values shifted over a blank taken as dropped (on main: cellLikelyWrong in table 三, groupTotal in table 四).
  it.each([
    ['table 三, 4.保护第三方合法权益', '528 5.属于三类'],
    ['table 四, 行政诉讼·复议后起诉', '75 五、存在'],
  ])('%s: its last figure cut, the row unread, nothing accused', async (_, context) => {
    const text = renderText(makeModel(20004, [], null), 'text-crawl');
    const at = text.indexOf(context) + context.indexOf(' ') - 1;
    expect((await lint(text, { filePath: 'r.txt' })).messages.map(key)).toEqual([]);
    const messages = (await lint(damaged(text, [at]), { filePath: 'r.txt' })).messages;
    expect(messages.filter((msg) => msg.ruleId !== 'unreadable-content').map(key)).toEqual([]);
    expect(messages.map((msg) => `${msg.ruleId}:${msg.messageId}`).sort()).toEqual([
      `unreadable-content:${context.startsWith('528') ? 'rows' : 'table'}`,
      'unreadable-content:undecodable',
    ]);
  });
});

describe('a .docx whose text holds U+FFFD (a damaged copy saved again as Word)', () => {
  /** The report's blocks with `char` lost (U+FFFD) in the paragraph that holds `context`. */
  const withLost = (context: string, char: string): Block[] =>
    REPORT.map((b) => (b.kind === 'paragraph' && b.text.includes(context) ? { ...b, text: b.text.replace(char, '\ufffd') } : b));

  it.each([
    ['the fee sentence', '实际收取信息处理费', '处理费'],
    ['the statistical period', '1月1日至', '日至'],
  ])('in %s: the replacementCharacters warning at its line, nothing accused', async (_name, context, char) => {
    expect((await lint(await buildDocx(toDocumentXml()), { filePath: 'r.docx' })).messages.map(key)).toEqual([]);
    const { messages } = await lint(await buildDocx(toDocumentXml(withLost(context, char))), { filePath: 'r.docx' });
    expect(messages.map((m) => `${m.ruleId}:${m.messageId}`)).toEqual(['unreadable-content:replacementCharacters']);
  });
});

describe('a figure cut by a lost character into a figure and a piece of its own (17� as 17 and �)', () => {
  // Found by the fuzzer (seed 26023, one cell per line without tabs): the row before it was read by splitting its
  // digits (2 1 33 75 10 7 128 for 21 33 75 107 128 179 543), since the cut figure's first part looked like a row of
  // its own that lost nothing.
  it('the row it belongs to is unread, never split into other numbers', async () => {
    const { results } = await fuzzSeed(26023, { layouts: ['text-cells'] });
    expect(results[0]?.variations).toContain('bytes.damaged');
    expect(results[0]?.failures.map(failureLine)).toEqual([]);
  });
});
