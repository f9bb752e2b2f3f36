/**
 * Section headings numbered in the other ways real reports and PDF text layers write an ordinal (red team rtX #11):
 * full-width digits １、 １．, the one-character ordinals ㈠ ⑴ ①, 【一】, Roman Ⅰ、, and 一､ with the half-width
 * ideographic comma (U+FF64). `1、` was read while `１、` was not: a text or one-cell-a-line report lost all six
 * sections, a PDF lost table 四 and a wrong table 四 total went unsaid. A numeral makes a heading only before a
 * section's own words: ① before a table row label or inside a sentence is no section.
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { headingCandidates } from '../../src/parser/heading-candidates.js';
import { ACTIVE_EXTRACTED, LAYOUTS, formatOf, writeReport, type Layout } from '../rules/support/report.js';
import { APPLICATIONS, REVIEW, SPEC } from '../rules/support/flat-report.js';
import { HEADING, HEADING_WORDS, SECTION_KEYS } from '../fuzz/template.js';
import { REPORT, TABLE4, type Block } from '../helpers/pdf-report.js';
import { reviewGrid } from '../helpers/report-model.js';
import { ruledReport } from '../helpers/pdf-ruled.js';
import type { SectionKey } from '../../src/parser/types.js';

const CN = '一二三四五六';
const at = (first: number, k: number) => String.fromCharCode(first + k);
const STYLES: Array<[string, (k: number) => string]> = [
  ['full-width digit and 、 (１、)', (k) => `${at(0xff11, k)}、`],
  ['full-width digit and full stop (１．)', (k) => `${at(0xff11, k)}．`],
  ['parenthesized ideograph (㈠, U+3220)', (k) => at(0x3220, k)],
  ['parenthesized digit (⑴, U+2474)', (k) => at(0x2474, k)],
  ['circled digit (①, U+2460)', (k) => at(0x2460, k)],
  ['lenticular brackets (【一】)', (k) => `【${CN[k]}】`],
  ['Roman numeral (Ⅰ、, U+2160)', (k) => `${at(0x2160, k)}、`],
  ['half-width ideographic comma (一､, U+FF64)', (k) => `${CN[k]}､`],
];

const KEYS: readonly SectionKey[] = [...SECTION_KEYS];

/** The report with each of its six headings numbered `numeral(k)` instead of 一、…六、. */
function numbered(text: string, numeral: (k: number) => string): string {
  return KEYS.reduce((t, key, k) => {
    expect(t.split(HEADING[key]).length).toBe(2);
    return t.replace(HEADING[key], `${numeral(k)}${HEADING_WORDS[key]}`);
  }, text);
}

const reviewOf = (values: readonly number[]) =>
  Object.fromEntries(
    ['review', 'litigation', 'litigationAfterReview'].map((g, i) => {
      const [upheld, corrected, other, pending, total] = values.slice(5 * i, 5 * i + 5);
      return [g, { upheld, corrected, other, pending, total }];
    }),
  );

const ACTIVE = ACTIVE_EXTRACTED;

async function read(text: string, layout: Layout) {
  const format = formatOf(layout);
  const { messages } = await lint(text, { format });
  const model = extractReport(await parseReport(text, { format }));
  return { messages, model };
}

describe.each(STYLES)('headings numbered with %s', (_name, numeral) => {
  it.each(LAYOUTS)('%s: six sections placed, tables 二 三 四 read exactly, nothing said', async (layout) => {
    const written = writeReport(SPEC, layout).text;
    const { messages, model } = await read(numbered(written, numeral), layout);
    expect(model.sections.map((s) => s.key)).toEqual(KEYS);
    expect(model.sections.map((s) => s.heading)).toEqual(KEYS.map((key, k) => `${numeral(k)}${HEADING_WORDS[key]}`));
    expect(model.tables.active).toEqual(ACTIVE);
    expect(model.tables.review).toEqual(reviewOf(REVIEW));
    expect(model.tables.applications?.['new']?.['total']).toBe(APPLICATIONS['new']![6]);
    expect(messages).toEqual([]);
  });

  it.each(LAYOUTS)('%s: a wrong table 四 total is found', async (layout) => {
    const wrong = [...REVIEW];
    wrong[4] = REVIEW[4]! + 1;
    const { messages, model } = await read(numbered(writeReport({ ...SPEC, review: wrong }, layout).text, numeral), layout);
    expect(model.tables.review?.['review']?.['total']).toBe(REVIEW[4]! + 1);
    const errors = messages.filter((m) => m.severity === 2);
    expect(errors.map((m) => [m.ruleId, m.data?.['total'], m.data?.['expected']])).toEqual([
      ['review-litigation-totals', REVIEW[4]! + 1, REVIEW[4]],
    ]);
  });
});

describe.each(STYLES)('a PDF whose headings are numbered with %s', (_name, numeral) => {
  const blocks = (review: readonly number[]): Block[] =>
    REPORT.map((b): Block => {
      if (b.kind === 'heading') {
        const k = KEYS.findIndex((key) => HEADING[key] === b.text);
        return { kind: 'heading', text: `${numeral(k)}${HEADING_WORDS[KEYS[k]!]}` };
      }
      return b.kind === 'table' && b.grid[0]?.[0]?.text === reviewGrid(TABLE4)[0]![0]!.text
        ? { kind: 'table', grid: reviewGrid({ ...TABLE4, review: [...review] }) }
        : b;
    });

  it('places the six sections and reads table 四; a wrong table 四 total is found', async () => {
    const pdf = { format: 'pdf', filePath: 'r.pdf' } as const;
    const clean = extractReport(await parseReport(ruledReport(blocks(TABLE4['review']!)), pdf));
    expect(clean.sections.map((s) => s.key)).toEqual(KEYS);
    expect(clean.tables.review?.['review']).toEqual({ upheld: 3, corrected: 5, other: 2, pending: 4, total: 14 });
    const { messages } = await lint(ruledReport(blocks([3, 5, 2, 4, 15])), pdf);
    expect(messages.filter((m) => m.severity === 2).map((m) => [m.ruleId, m.data?.['total'], m.data?.['expected']])).toEqual([
      ['review-litigation-totals', 15, 14],
    ]);
  });
});

describe('a numeral alone makes no heading', () => {
  it.each([
    ['① before a table 三 row label', '①予以公开'],
    ['① before a sentence', '①本年度主动公开政府信息317条，均已按时公开。'],
    ['① inside a sentence', '本年重点做好①总体情况的梳理'],
    ['㈠ before a row label', '㈠予以公开'],
    ['１、 before other words', '１、加强培训'],
    ['一】 with no 【 before it', '一】总体情况'],
  ])('%s', (_name, line) => {
    expect(headingCandidates(line, 0, { emphasised: false })).toEqual([]);
  });

  it.each(LAYOUTS)('%s: ①…⑥ sub-headings in section words under 一、 headings are not the sections', async (layout) => {
    const written = writeReport({ ...SPEC, overview: ['①主动公开政府信息情况', '本年主动公开政府信息317条。'] }, layout);
    const { messages, model } = await read(written.text, layout);
    expect(model.sections.map((s) => [s.key, s.heading])).toEqual(KEYS.map((key) => [key, HEADING[key]]));
    expect(model.sections.find((s) => s.key === 'active')?.line).toBe(written.lineOf(HEADING.active));
    expect(model.tables.review).toEqual(reviewOf(REVIEW));
    expect(messages).toEqual([]);
  });

  it.each(LAYOUTS)('%s: table 三 row labels written ①…: the values read, the sections stay', async (layout) => {
    const text = writeReport(SPEC, layout).text.replace('（一）予以公开', '①予以公开');
    const { messages, model } = await read(text, layout);
    expect(model.sections.map((s) => s.key)).toEqual(KEYS);
    expect(model.tables.applications?.['granted']?.['natural']).toBe(APPLICATIONS['granted']![0]);
    expect(messages).toEqual([]);
  });
});
