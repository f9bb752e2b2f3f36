/**
 * The section finder on huge inputs, bounded by wall time: `npm run test:slow` only (REPORTLINT_SLOW_TESTS),
 * since a busy machine stretches wall time and `npm test` must not turn red for it. The bounds are far below
 * what the quadratic heading search of issue 7 took, so a backtracking regression fails here. The 10 MB crawl
 * line took 41–47 s while headings inside a line numbered 1. or unnumbered were not found (the tables were
 * then read over the whole text).
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { HEADING, SECTION_KEYS } from '../fuzz/template.js';
import { renderText } from '../fuzz/layouts.js';
import { makeModel, type Variation } from '../fuzz/model.js';

/** A sentence of body text for each section (what follows a heading in a real report). */
const BODY = [
  '2023年，本机关认真贯彻落实《条例》，统计期限为2023年1月1日至2023年12月31日。',
  '本年主动公开政府信息317条。',
  '本年共收到政府信息公开申请42件。',
  '本年发生政府信息公开行政复议3件。',
  '存在的问题是公开深度不够，明年将加以改进。',
  '本机关未收取信息处理费。',
];

async function parseMs(text: string, filePath = 'report.txt'): Promise<number> {
  const started = performance.now();
  await parseReport(text, { filePath });
  return performance.now() - started;
}

describe('linear time', () => {
  it('20,000 section-like lines', async () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `${HEADING[SECTION_KEYS[i % 6]!]}\n${i % 7 ? '' : '无。'}`).join('\n');
    expect(await parseMs(text)).toBeLessThan(8000);
  });

  it('one 10 MB crawl line: whole reports with digits run together and unnumbered headings, repeated', async () => {
    const body = (variations: Variation[]): string => renderText(makeModel(11, variations, null), 'text-crawl').split('\n')[4]!;
    const chunk = [body(['crawl.digitsRunTogether', 'heading.number.none']), body(['heading.number.arabicDot'])].join(' ');
    const text = Array.from({ length: Math.ceil(10_000_000 / chunk.length) }, () => chunk).join(' ');
    expect(await parseMs(text)).toBeLessThan(20000);
  });

  it('one 4 MB line with headings inside it', async () => {
    const chunk = SECTION_KEYS.map((k, i) => `${HEADING[k]} ${BODY[i]}`).join(' ');
    const text = Array.from({ length: Math.ceil(4_000_000 / chunk.length) }, () => chunk).join(' ');
    expect(await parseMs(text)).toBeLessThan(15000);
  });

  // micromark-extension-gfm-table 2.1.1 looked up each cell's edit in a list of all the document's edits, so the
  // time grew with the square of the cells: this report (200 copies of table 三, 540 KB) took 183 s; 2.1.2 keys
  // the edits by index and takes about 2 s.
  it('a Markdown report of 200 GFM tables', async () => {
    const gfm = renderText(makeModel(5, [], null), 'md-gfm');
    const start = gfm.indexOf('\n|', gfm.indexOf('收到和处理政府信息公开申请情况'));
    const table = gfm.slice(start, gfm.indexOf('\n\n', start + 2));
    expect(table.split('\n').length).toBeGreaterThan(25);
    const text = gfm.slice(0, start) + `${table}\n\n`.repeat(200) + gfm.slice(start);
    expect(text.length).toBeGreaterThan(200 * table.length);
    expect(await parseMs(text, 'report.md')).toBeLessThan(20000);
  });
});
