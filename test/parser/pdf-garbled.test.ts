/**
 * A PDF whose text layer is partly garbled: Ghostscript's pdfwrite (`gs -sDEVICE=pdfwrite`, a common re-processing
 * step) rewrites a Chromium print's subset fonts with wrong ToUnicode maps, so 政务公开 reads 政ó|开, 二、 reads Ð、,
 * （一） reads ÿ一Ā, 1月1日 reads 1o1日. Read as it is, the fixture got 4 false errors (sections 二 五 六 missing, no
 * period); the red team's copy got 4 too (rtI finding 2). It gets one unreadable-content warning (garbledText) and
 * nothing else. test/fixtures/pdf/report-gs-garbled.pdf is report-chromium.pdf through Ghostscript 10.00:
 *
 *   gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -sOutputFile=test/fixtures/pdf/report-gs-garbled.pdf test/fixtures/pdf/report-chromium.pdf
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { factsOf } from '../../src/engine/facts.js';
import { verdictOf } from '../../src/formatters/summary-data.js';
import { readPdf } from '../../src/parser/adapters/pdf.js';
import { isPartlyGarbled } from '../../src/parser/adapters/pdf-text-layer.js';

const REAL_PDF = '/work/shared/real/hongze-2024.pdf';
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(`test/fixtures/pdf/${name}`));

describe('pdf: a text layer partly garbled by wrong character maps', () => {
  it('gets one unreadable-content warning (garbledText), no error, and is not read in full', async () => {
    const bytes = fixture('report-gs-garbled.pdf');
    const result = await lint(bytes, { filePath: 'report.pdf' });
    expect(result.errorCount).toBe(0);
    expect(result.messages.map((m) => `${m.ruleId}:${m.messageId}:${m.severity}`)).toEqual(['unreadable-content:garbledText:1']);
    expect(result.messages[0]!.message).toContain('乱码');
    const parsed = await parseReport(fixture('report-gs-garbled.pdf'), { filePath: 'report.pdf' });
    expect(factsOf(parsed.report).unread?.[0]).toBe('garbledText');
    expect(verdictOf({ ...result, facts: factsOf(parsed.report) })).toBe('unreadable');
  });

  it('the same print before Ghostscript, and every other PDF fixture and the real PDF, are not garbled', async () => {
    for (const name of ['report-chromium.pdf', 'report-6-pages.pdf', 'report-defects.pdf', 'traits.pdf', 'predefined-cmap.pdf'])
      expect([name, (await readPdf(fixture(name))).garbledText]).toEqual([name, undefined]);
    // The published PDF of the shared corpus, where the machine has it (not part of the repository).
    if (existsSync(REAL_PDF)) expect((await readPdf(new Uint8Array(readFileSync(REAL_PDF)))).garbledText).toBeUndefined();
  });
});

describe('isPartlyGarbled', () => {
  const clean =
    '本机关全年主动公开政府信息1,024条，网址为https://www.example.gov.cn，PM2.5均值下降3%，面积1.2×10⁴平方米，误差±0.5。';
  const garbled =
    '本ç告根据:中华人民共和国政府信息|开条例;和国ó院办|厅政府信息P政ó|开办|室s发的年度ç告格式编制。Ð、主动}开政府信息情况第Ð十条第ÿ一Ā项';

  it('counts Latin-1 and Latin Extended letters touching a Han character', () => {
    expect(isPartlyGarbled(garbled.repeat(2))).toBe(true);
  });

  it('a clean report’s Latin letters, URLs, × ± and pinyin with tone marks are no sign', () => {
    expect(isPartlyGarbled(clean.repeat(20))).toBe(false);
    expect(isPartlyGarbled(`${clean}青山（Qīngshān，Lǜdì）`.repeat(20))).toBe(false);
  });

  it('needs at least 8 such letters, and 2 % of the Han characters', () => {
    // 4 garbled letters (ç ó ó ç) in one sentence: below the count.
    expect(isPartlyGarbled('本ç告根据国ó院办公厅ó发的年度ç告格式编制')).toBe(false);
    // The garbled passage twice (>= 8) drowned in 60 clean sentences: under 2 %.
    expect(isPartlyGarbled(garbled.repeat(2) + clean.repeat(60))).toBe(false);
  });
});
