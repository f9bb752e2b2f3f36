/**
 * A page whose drawing is turned on its paper without /Rotate (a wide page placed sideways, Ghostscript's BeginPage
 * turn, a printer driver), or turned and also given a /Rotate that shows it upside down: every text run on it is
 * turned the same way. Read at their origins as level text, its lines stood up the page, each glyph a line of its
 * own, and the sections and table rows on it were said missing (red team rtO #3: false required-sections,
 * table-structure and statistical-period errors). The page is read in its text's own direction.
 */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { lint } from '../../src/engine/lint.js';
import { readPdf } from '../../src/parser/adapters/pdf.js';
import { REPORT, withDefects } from '../helpers/pdf-report.js';
import { ruledReport, type RuledOptions } from '../helpers/pdf-ruled.js';
import { buildPdf, type TextOp } from '../helpers/pdf-writer.js';

const NOW = new Date('2025-03-01T00:00:00Z');

const findings = async (bytes: Uint8Array): Promise<string[]> =>
  (await lint(bytes, { format: 'pdf', filePath: 'turned.pdf', now: NOW })).messages.map((m) => `${m.ruleId}:${m.messageId}`);

const extracted = async (bytes: Uint8Array): Promise<ReturnType<typeof extractReport>> =>
  extractReport(await parseReport(bytes, { format: 'pdf', filePath: 'turned.pdf' }));

const PAGES = 3;
const every = (how: NonNullable<RuledOptions['turned']>[number]): RuledOptions['turned'] =>
  Object.fromEntries(Array.from({ length: PAGES }, (_, k) => [k, how]));

const TURNS: Array<[string, RuledOptions['turned']]> = [
  ['every page turned a quarter turn (text running down the paper)', every({ turn: 270 })],
  ['the second page alone (table 三) turned a quarter turn the other way (text running up)', { 1: { turn: 90 } }],
  ['every page turned and given /Rotate 90, which shows it upside down', every({ turn: 270, rotate: 90 })],
  ['the last page drawn upside down', { 2: { turn: 180 } }],
];

describe('pdf: a page whose text is drawn turned (red team rtO #3)', () => {
  it('the level report has three pages and reads with no finding (the control)', async () => {
    const level = ruledReport(REPORT);
    expect(
      Buffer.from(level)
        .toString('latin1')
        .match(/\/Count \d+/)?.[0],
    ).toBe(`/Count ${PAGES}`);
    expect((await readPdf(level)).text).toContain('一、总体情况');
    expect(await findings(level)).toEqual([]);
  });

  for (const [name, turned] of TURNS) {
    it(`${name}: read as the level page, every table value and section, no finding`, async () => {
      const level = await extracted(ruledReport(REPORT));
      const bytes = ruledReport(REPORT, { turned });
      const read = await extracted(bytes);
      expect(read.tables).toEqual(level.tables);
      expect(read.reading).toEqual(level.reading);
      expect(read.period).toEqual(level.period);
      expect(await findings(bytes)).toEqual([]);
    });
  }

  it('a turned page keeps its defects: the level findings, no more', async () => {
    const turned = { 1: { turn: 90 as const }, 2: { turn: 270 as const } };
    const level = await findings(ruledReport(withDefects()));
    expect(level.length).toBeGreaterThan(0);
    expect(await findings(ruledReport(withDefects(), { turned }))).toEqual(level);
  });

  it('a level page with a few labels turned up their cells and a turned stamp is not turned', async () => {
    const up: [number, number, number, number] = [0, 1, -1, 0];
    const texts: TextOp[] = [
      { x: 60, y: 100, size: 10, text: '二、主动公开政府信息情况' },
      { x: 60, y: 130, size: 10, text: '规章' },
      { x: 260, y: 130, size: 10, text: '12' },
      { x: 340, y: 130, size: 10, text: '3' },
      { x: 420, y: 130, size: 10, text: '45' },
      { x: 40, y: 200, size: 10, text: '行政复议结果维持', matrix: up },
      { x: 300, y: 400, size: 40, text: '征求意见稿', matrix: up },
    ];
    const text = (await readPdf(buildPdf([{ texts }]))).text;
    expect(text).toContain('二、主动公开政府信息情况');
    expect(text.split('\n')).toContain('规章\t12\t3\t45');
  });
});
