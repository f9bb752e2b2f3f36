/**
 * Characters that print as nothing (U+200B, U+200C, U+2060, U+00AD, a BOM inside the text), left by rich-text
 * editors in copied text: the readers never see them, and findings still point at the text as written
 * (src/parser/invisible.ts; red team rt10, where one U+200B after a total gave eight false errors).
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/engine/types.js';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { consistentApplications, formatOf, withCell, writeReport, type Layout } from '../rules/support/report.js';

const FILE = { markdown: 'r.md', text: 'r.txt', html: 'r.html' } as const;
// U+202A–U+202E: direction embeddings and overrides, in Word and WPS output too (red team rtA).
const INVISIBLE = ['\u200b', '\u200c', '\u2060', '\u00ad', '\ufeff', '\u202a', '\u202c'];
const ROW = 'granted';
const key = (m: LintMessage): string => `${m.ruleId ?? ''}:${m.messageId ?? ''}`;

/** The text with `mark` put after every figure of every table row (and so before each tab or line end). */
const afterEveryFigure = (text: string, mark: string): string => text.replace(/(\d)(?=\t|$| \||<\/td>)/gm, `$1${mark}`);

describe.each((['markdown', 'tabs', 'lines', 'html'] as Layout[]).map((l) => [l]))('%s', (layout) => {
  const file = FILE[formatOf(layout)];

  it.each(INVISIBLE.map((c) => [`U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    '%s after every figure: every value read as written, no finding',
    async (_name, mark) => {
      const clean = writeReport({}, layout).text;
      const marked = afterEveryFigure(clean, mark);
      expect(marked.length).toBeGreaterThan(clean.length + 100);
      const read = extractReport(await parseReport(marked, { filePath: file }));
      expect(read.tables).toEqual(extractReport(await parseReport(clean, { filePath: file })).tables);
      expect(read.tables.applications?.[ROW]?.total).toBe(consistentApplications()[ROW]![6]);
      expect((await lint(marked, { filePath: file })).messages.map(key)).toEqual([]);
    },
  );

  it('a wrong figure after invisible characters on its line is placed at its column as written', async () => {
    const wrong = writeReport({ applications: withCell(consistentApplications(), ROW, 1, 9) }, layout);
    const cell = wrong.at(ROW, 'business');
    const lines = wrong.text.split('\n');
    // Three zero-width spaces at the start of the cell's line, before the wrong figure.
    const line = lines[cell.line - 1]!;
    const indent = line.length - line.trimStart().length;
    lines[cell.line - 1] = `${line.slice(0, indent)}\u200b\u200b\u200b${line.slice(indent)}`;
    const { messages } = await lint(lines.join('\n'), { filePath: file });
    expect(messages.map((m) => [key(m), m.line, m.column])).toEqual([
      ['application-totals:cellLikelyWrong', cell.line, cell.column + 3],
    ]);
  });
});

describe('prose', () => {
  it('a fee sentence, a period and a heading cut by U+200B are read', async () => {
    const clean = writeReport({}, 'tabs').text;
    const marked = clean
      .replace('未收取信息处理费', '未收取\u200b信息处\u200b理费')
      .replace(/(\d{2})(\d{2})年1月1日/, '$1\u200b$2年1月1日')
      .replace('五、存在的主要问题', '五、存在的主要\u200b问题');
    expect(marked).not.toBe(clean);
    expect((await lint(marked, { filePath: 'r.txt' })).messages.map(key)).toEqual([]);
  });
});
