/**
 * OCR's reading of a scan given as text — tesseract's .txt, an OCR tool's Markdown, OCR pasted into a page one <p> a
 * line — is recognised from the whole text (ocr-text.ts, red team rtR "common root cause"), and what the OCR did is
 * never an error: a border read as a 1 (总计 1159 for 159), a row dropped (表二缺少「规章」行), a debris cell (12>), a
 * day misread (12月81日). What reads cleanly (a period ending 11月30日, a section absent) is still checked. No typed
 * document is taken for OCR's: the seeds, the real files, the fixtures.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { findTable } from '../../src/parser/query.js';
import { isOcrReading, ocrSignals } from '../../src/parser/ocr-text.js';
import type { LintMessage } from '../../src/engine/types.js';
import type { InputFormat } from '../../src/parser/types.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const ocrFixture = (name: string): string => readFileSync(join(fixtures, 'ocr', name), 'utf8');
const FORMATS: Readonly<Record<string, InputFormat>> = { '.txt': 'text', '.md': 'markdown', '.html': 'html' };
const formatOf = (name: string): InputFormat => FORMATS[name.slice(name.lastIndexOf('.'))]!;

async function run(name: string, text = ocrFixture(name)) {
  const format = formatOf(name);
  const { messages } = await lint(text, { format });
  const parsed = await parseReport(text, { format });
  return { messages, parsed, report: parsed.report };
}

const errorsOf = (messages: readonly LintMessage[]) => messages.filter((m) => m.severity === 2);
const ruleIds = (messages: readonly LintMessage[]) => messages.map((m) => m.ruleId);

/** ../shared (seeds, real files) beside the repository, or beside the worktrees' folder. */
const shared = ['../../../shared/', '../../../../shared/']
  .map((p) => new URL(p, import.meta.url).pathname)
  .find((p) => existsSync(join(p, 'real')));

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const READABLE = /\.(txt|md|html|docx|pdf)$/;

/** The file's `reading.ocrText`; a file that cannot be read at all (an encrypted or truncated PDF) has none. */
async function ocrText(path: string): Promise<boolean | undefined> {
  const parsed = await parseReport(new Uint8Array(readFileSync(path)), { filePath: path }).catch(() => undefined);
  return parsed?.report.reading.ocrText;
}

describe('OCR text recognised from the whole text', () => {
  it.each([
    ['tesseract-h300-period.txt'],
    ['ocr-tool-psm4.md'],
    ['pasted-h300-period.html'],
    ['table3-degraded.txt'],
    ['tesseract-psm4-table4-letters.txt'],
    ['tesseract-psm6-table2-lost.txt'],
  ])('%s is OCR text, and extract says so', async (name) => {
    const { parsed, report } = await run(name);
    expect(report.reading.ocrText).toBe(true);
    expect(report.reading.ocrScan).toBeUndefined();
    expect(extractReport(parsed).reading.ocrText).toBe(true);
  });

  it('each kind of mark alone, or one mark of each, is no OCR text', () => {
    const one = (lines: string[]) => isOcrReading(ocrSignals(lines, []));
    // Many marks of one kind (a breadcrumb's rules, years in mixed brackets) are typed.
    expect(one(['国办公开办函【2021]30号', '国办公开办函【2022]14号', '国办发【2023]5号'])).toBe(false);
    expect(one(['首页 |政务公开', '网站地图 |联系我们', '主办单位 |承办单位'])).toBe(false);
    // One mark of each kind.
    expect(one(['政府信 息公开', '总计 |1179', '【2021]', 'l39', '信息内容 |本年处理'])).toBe(false);
    // Two kinds, two marks each.
    expect(one(['国办公开办函【2021]30号 (一 ) 主动公开', '信息内容 |本年处理决定数量 |1179 31_'])).toBe(true);
    // A typed page saved from a site: a breadcrumb's and a footer's rules, a justified line's blanks in two phrases —
    // two kinds, but neither on the figures or the brackets (review16 #4).
    expect(one(['首页 |政务公开', '网站地图 |联系我们', '政府信 息公开', '政务公 开工作'])).toBe(false);
    expect(isOcrReading({ split: 2, debris: 0, brackets: 0, lookalike: 0, rules: 3 })).toBe(false);
    expect(isOcrReading({ split: 2, debris: 2, brackets: 0, lookalike: 0, rules: 0 })).toBe(true);
  });

  // Red team rtW §2: one page of tesseract's output has too few marks for two kinds of two.
  it('a page of text: one kind of mark on the figures twice and one other mark make it OCR text', () => {
    const one = (lines: string[]) => isOcrReading(ocrSignals(lines, []));
    const page = ['(一 ) 主动公开。我局通过门户网站主动公开各类信息。', '(二 ) 依申请公开。', '国办公开办函【2021] 30号'];
    expect(one(page)).toBe(true);
    // One kind alone, or two weak kinds, on a page: typed.
    expect(one(page.slice(0, 2))).toBe(false);
    expect(one(['首页 |政务公开', '网站地图 |联系我们', '政府信 息公开', '政务公 开工作'])).toBe(false);
    // The same marks in a whole report's length: two typos and a stray bracket are no OCR.
    const typed = Array.from({ length: 120 }, (_, i) => `${i + 1}. 本机关本年度主动公开政府信息${i + 13}条，均按规定审查。`);
    expect(one([...page, ...typed])).toBe(false);
  });

  it.each([
    // Page 2 of the correct report, --psm 6: 「了」「le」「ps」 as counts, a row total of 57 against 131, 9 rows missing.
    ['tesseract-psm6-page2.txt', ['numeric-cells', 'application-totals', 'table-structure']],
    // Page 1 at 300 dpi: 表二缺少「规章」「行政许可」「行政处罚」行.
    ['tesseract-h300-page1.txt', ['table-structure']],
  ])('one page of tesseract output (%s) is OCR text: its debris accuses nothing', async (name, rules) => {
    const { messages, report } = await run(name);
    expect(report.reading.ocrText).toBe(true);
    expect(errorsOf(messages).filter((m) => rules.includes(m.ruleId ?? ''))).toEqual([]);
  });

  it('counts each kind of mark', () => {
    expect(
      ocrSignals(
        ['江州市政府信 息公开工作', '(一 ) 主动公开', '【2021] 30号', '3.其他 143 |1144 “|146 12> 31_', '信息内容 |本年处理'],
        ['l39', '9o', '2O1', '5]45'],
      ),
    ).toEqual({ split: 1, debris: 5, brackets: 2, lookalike: 3, rules: 1, ordinals: 1, chars: 81 });
    // Letter-spaced headings, table headers wrapped in their cells, footnotes and quoted numbers are typed.
    expect(ocrSignals(['总 体 情 况', '结果 维持 结果 纠正', '见注[1]', '“12345”热线', 'O2O', '（ 一 ）'], [])).toEqual({
      split: 0,
      debris: 0,
      brackets: 0,
      lookalike: 0,
      rules: 0,
      ordinals: 0,
      chars: 40,
    });
  });

  it('is bounded on a 100 KB line of blanks and of marks', () => {
    const started = Date.now();
    ocrSignals([' '.repeat(100_000), '|'.repeat(100_000), '政 '.repeat(50_000), '1l'.repeat(50_000)], ['['.repeat(100_000)]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('typed documents are never OCR text', () => {
  const typed = filesUnder(fixtures).filter((f) => READABLE.test(f) && !f.includes('/ocr/'));
  it.each(typed.map((f) => [f.slice(fixtures.length)]))('fixture %s', async (name) => {
    expect(await ocrText(join(fixtures, name))).toBeUndefined();
  });

  const present = shared !== undefined;
  if (!present) console.warn('skipping the seeds and real files: ../shared not found');
  const others = present
    ? [...filesUnder(join(shared, 'seeds')), ...filesUnder(join(shared, 'real'))].filter((f) => READABLE.test(f))
    : [];
  // shanghai-office-2025-ocr.md is an OCR tool's Markdown as clean as typed text: nothing in it is OCR's damage, and it
  // is read as typed (its expected findings, expected.json, hold either way).
  (present ? it.each : it.skip.each)(others.map((f) => [f]))('%s', async (path) => {
    expect(await ocrText(path)).toBeUndefined();
  });
});

describe('what OCR did is never an error', () => {
  it('tesseract’s text with table 二’s rows dropped: unread, the period read cleanly still an error', async () => {
    for (const name of ['tesseract-h300-period.txt', 'pasted-h300-period.html']) {
      const { messages, report } = await run(name);
      // 表二缺少「规章」「行政许可」「行政处罚」行 ×3 before.
      expect(errorsOf(messages).map((m) => [m.ruleId, m.messageId])).toEqual([['statistical-period', 'wrongEnd']]);
      const active = findTable(report, 'active');
      expect(active?.missingRows ?? []).toEqual([]);
      // 行政强制 9 (printed 89) beside a row OCR dropped is not read as certain.
      expect(active?.children ?? []).toEqual([]);
      expect(report.reading.tables.active).toMatchObject({ status: 'unreadable', reason: { id: 'tableOcrDamaged' } });
      expect(active?.unreadableRows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ key: 'regulations', reason: 'ocrLabelLost' }),
          expect.objectContaining({ key: 'coercion', reason: 'ocrTableDamaged' }),
        ]),
      );
    }
  });

  it('an OCR tool’s Markdown: a border read as a 1, a debris cell: no error', async () => {
    const { messages, report } = await run('ocr-tool-psm4.md');
    // 总计 1159 vs 159, 873 vs 1873, 9513 vs 19513 and 「12>」 before.
    expect(errorsOf(messages)).toEqual([]);
    const table = findTable(report, 'applications')!;
    expect(table.children.map((r) => r.key)).not.toContain('handled');
    expect(table.unreadableRows).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'handled', reason: 'ocrUncertain' })]),
    );
  });

  it('a day OCR misread (12月31日 as 12月81日) is unread in OCR text, an error in typed text', async () => {
    const text = ocrFixture('tesseract-h300-period.txt').replace('2023年11月30日', '2023年12月81日');
    const { messages, report } = await run('tesseract-h300-period.txt', text);
    expect(ruleIds(errorsOf(messages))).not.toContain('statistical-period');
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ruleId: 'statistical-period', messageId: expect.stringMatching(/^unread/), severity: 1 }),
      ]),
    );
    expect(report.periods.every((p) => p.invalidDates.length === 0)).toBe(true);
    // (Under a report title: a sentence alone, with nothing of the six parts, is no report.)
    const typed = '江州市生态环境局2023年政府信息公开工作年度报告\n\n本报告统计期限为2023年1月1日至2023年12月81日。';
    const { messages: plain } = await lint(typed, { format: 'text' });
    expect(plain).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'statistical-period', messageId: 'invalidDate', severity: 2 })]),
    );
  });
});
