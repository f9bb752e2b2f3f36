/**
 * Radicals a PDF's font gives for ideographs (⼀ U+2F00 for 一, ⾏ for 行, ⻓ U+2ED3 for 长), kept by text copied
 * from the PDF into Word or a web page: read as the ideographs, with every position on the text as written
 * (src/parser/ideographs.ts). Before, a correct report written with them got a false 「未写明统计期限」 and its
 * sections and tables went unread.
 */
import { describe, expect, it } from '@jest/globals';
import { withUnifiedIdeographs } from '../../src/parser/ideographs.js';
import { lint } from '../../src/engine/lint.js';
import type { LintMessage } from '../../src/engine/types.js';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { consistentApplications, formatOf, LAYOUTS, withCell, writeReport } from '../rules/support/report.js';
import { REPORT, toMarkdown, withDefects, type Block } from '../helpers/pdf-report.js';
import { ruledReport } from '../helpers/pdf-ruled.js';
import { buildDocx, toDocumentXml } from '../helpers/html-docx-render.js';
import { toMarkdown as docxMarkdown } from '../helpers/html-docx-report.js';

/** Ideographs and the radical a PDF font's map gives for each (Kangxi radicals, and the supplement's ⻓ ⻔ ⻅ ⻚ ⺠). */
const RADICAL_OF: Record<string, string> = Object.fromEntries(
  [
    ...'一⼀二⼆人⼈入⼊八⼋力⼒十⼗大⼤子⼦小⼩工⼯方⽅文⽂日⽇月⽉生⽣用⽤立⽴自⾃至⾄行⾏面⾯高⾼言⾔金⾦山⼭口⼝土⼟心⼼手⼿止⽌比⽐水⽔白⽩目⽬示⽰而⽽色⾊走⾛身⾝里⾥非⾮音⾳户⼾青⻘见⻅长⻓门⻔页⻚民⺠风⻛马⻢车⻋',
  ].flatMap((c, i, all) => (i % 2 === 0 ? [[c, all[i + 1]!]] : [])),
);
const radicalised = (text: string): string => text.replace(/./gu, (c) => RADICAL_OF[c] ?? c);

const FILE = { markdown: 'r.md', text: 'r.txt', html: 'r.html' } as const;
const key = (m: LintMessage): string => `${m.ruleId ?? ''}:${m.messageId ?? ''}`;
const NOW = new Date('2025-03-01T00:00:00Z');

describe('withUnifiedIdeographs', () => {
  it('reads every Kangxi radical as one unified ideograph, one UTF-16 unit for one', () => {
    for (let code = 0x2f00; code <= 0x2fd5; code++) {
      const read = withUnifiedIdeographs(String.fromCharCode(code));
      expect([code, read.length, /[\u4e00-\u9fff]/.test(read)]).toEqual([code, 1, true]);
    }
  });

  it('reads the supplement radicals that stand for one ideograph, and the simplified forms of ⼾ and ⾭', () => {
    expect(withUnifiedIdeographs('⻓期 意⻅ 部⻔ 第2⻚ 人⺠政府 ⼾ ⾭ ⻄')).toBe('长期 意见 部门 第2页 人民政府 户 青 西');
    // Component shapes stand in no word: left as written.
    expect(withUnifiedIdeographs('⺅⺡')).toBe('⺅⺡');
  });

  it('reads once for all: what it gives is read as itself (⾨ is 门 at once, not 門 and then 门); 於 is left', () => {
    const all = [0x2e80, 0x2fd5, 0x3192, 0x319f, 0xf900, 0xfaff].reduce<string[]>(
      (out, code, i, bounds) =>
        i % 2 === 0
          ? [...out, ...Array.from({ length: bounds[i + 1]! - code + 1 }, (_, k) => String.fromCharCode(code + k))]
          : out,
      [],
    );
    const read = withUnifiedIdeographs(all.join('') + '門總來數');
    expect(withUnifiedIdeographs(read)).toBe(read);
    expect(withUnifiedIdeographs('⾨門')).toBe('门门');
    expect(withUnifiedIdeographs('於潜镇人民政府')).toBe('於潜镇人民政府');
  });

  it('reads Kanbun marks and compatibility ideographs; leaves every other character, and a text without any, as it is', () => {
    expect(withUnifiedIdeographs('㆒㆓ 﨑 \uf900')).toBe('一二 﨑 豈');
    const plain = '一、总体情况 2022年1月1日至12月31日 ＡＢＣ１２３ ㈠ ①';
    expect(withUnifiedIdeographs(plain)).toBe(plain);
  });
});

describe.each(LAYOUTS.map((l) => [l]))('%s written with radicals', (layout) => {
  const file = FILE[formatOf(layout)];

  it('is read as written with ideographs: no finding, the same tables, the text as written', async () => {
    const clean = writeReport({}, layout).text;
    const written = radicalised(clean);
    expect(written.length).toBe(clean.length);
    expect([...written].filter((c, i) => c !== clean[i]).length).toBeGreaterThan(40);
    const parsed = await parseReport(written, { filePath: file });
    expect(extractReport(parsed).tables).toEqual(extractReport(await parseReport(clean, { filePath: file })).tables);
    expect(parsed.text).toBe(written);
    expect((await lint(written, { filePath: file })).messages.map(key)).toEqual([]);
  });

  it('a wrong figure is found on its cell, at its line and column as written', async () => {
    const wrong = writeReport({ applications: withCell(consistentApplications(), 'granted', 1, 9) }, layout);
    const cell = wrong.at('granted', 'business');
    const { messages } = await lint(radicalised(wrong.text), { filePath: file });
    expect(messages.map((m) => [key(m), m.line, m.column])).toEqual([
      ['application-totals:cellLikelyWrong', cell.line, cell.column],
    ]);
  });
});

describe('a PDF whose font maps its glyphs to radicals', () => {
  const inRadicals = (blocks: Block[]): Block[] =>
    blocks.map((b): Block =>
      b.kind === 'table'
        ? { kind: 'table', grid: b.grid.map((line) => line.map((cell) => ({ ...cell, text: radicalised(cell.text) }))) }
        : { ...b, text: radicalised(b.text) },
    );
  const rules = (messages: readonly LintMessage[]): string[] => messages.map((m) => m.ruleId ?? 'fatal').sort();

  it('gets no finding when correct, and the Markdown findings when not', async () => {
    const clean = await lint(ruledReport(inRadicals(REPORT)), { format: 'pdf', filePath: 'r.pdf', now: NOW });
    expect(rules(clean.messages)).toEqual(rules((await lint(toMarkdown(), { format: 'markdown', now: NOW })).messages));
    expect(clean.errorCount).toBe(0);
    const defects = await lint(ruledReport(inRadicals(withDefects())), { format: 'pdf', filePath: 'r.pdf', now: NOW });
    expect(rules(defects.messages)).toEqual(['application-totals', 'fee-statement', 'statistical-period']);
  });
});

describe('a web page', () => {
  it('reads a radical written as a character reference (&#12032; is ⼀)', async () => {
    const clean = writeReport({}, 'html').text;
    const written = clean.replace('一、总体情况', '&#12032;、总体情况');
    expect(written).not.toBe(clean);
    expect(written).toContain('&#12032;');
    expect((await lint(written, { filePath: 'r.html' })).messages.map(key)).toEqual([]);
  });
});

describe('a Word file of text copied from such a PDF', () => {
  it('is read as the same report written with ideographs: the same tables, the same findings', async () => {
    const xml = toDocumentXml();
    const written = radicalised(xml);
    expect(written).not.toBe(xml);
    const docx = await parseReport(await buildDocx(written), { format: 'docx', filePath: 'r.docx' });
    const md = await parseReport(docxMarkdown(), { format: 'markdown', filePath: 'r.md' });
    expect(extractReport(docx).tables).toEqual(extractReport(md).tables);
    const found = await lint(await buildDocx(written), { format: 'docx', filePath: 'r.docx', now: NOW });
    const expected = await lint(docxMarkdown(), { format: 'markdown', filePath: 'r.md', now: NOW });
    expect(found.messages.map(key).sort()).toEqual(expected.messages.map(key).sort());
  });
});

describe("the format's labels in traditional characters (red team rtX #5)", () => {
  const TRADITIONAL: ReadonlyArray<[string, string]> = [
    ['（七）总计', '（七）總計'],
    ['行政复议', '行政復議'],
    ['行政诉讼', '行政訴訟'],
    ['结果维持', '結果維持'],
    ['结果纠正', '結果糾正'],
    ['尚未审结', '尚未審結'],
  ];
  const inTraditional = (text: string): string => TRADITIONAL.reduce((t, [from, to]) => t.split(from).join(to), text);

  it.each(LAYOUTS.map((l) => [l]))("%s: read as the format's labels, every value as in simplified", async (layout) => {
    const file = FILE[formatOf(layout)];
    const clean = writeReport({}, layout).text;
    const written = inTraditional(clean);
    expect(written).toContain('總計');
    expect(written).toContain('行政復議');
    expect(extractReport(await parseReport(written, { filePath: file })).tables).toEqual(
      extractReport(await parseReport(clean, { filePath: file })).tables,
    );
    expect((await lint(written, { filePath: file })).messages.map(key)).toEqual([]);
  });

  it('a wrong total in a traditional table 三 is still found on its cell', async () => {
    const wrong = writeReport({ applications: withCell(consistentApplications(), 'granted', 1, 9) }, 'tabs');
    const cell = wrong.at('granted', 'business');
    const { messages } = await lint(inTraditional(wrong.text), { filePath: 'r.txt' });
    expect(messages.map((m) => [key(m), m.line, m.column])).toEqual([
      ['application-totals:cellLikelyWrong', cell.line, cell.column],
    ]);
  });
});
