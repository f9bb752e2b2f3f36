/**
 * A borderless table (LibreOffice from HTML whose borders are CSS only: no rules drawn) whose cells are centred
 * vertically, a full-width number wrapped over two lines in a narrow column: １１ above the row's baseline, １ below
 * (red team rtAC cause 3). The rows stand 16.9 pt apart, the lines of a cell 14.1 pt: the other rows' digits in the
 * column were hardly further than a step, so the pieces were not joined; the upper ones were then taken for the rest
 * of the row above's numbers and the lower ones completed （七）总计 to seven values: 9 read for 609 as certain (a
 * false application-totals error). The fixture is rtAC's repro 07-borderless-wrap.pdf (its period ends on 30 June).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { findTable, getCell } from '../../src/parser/query.js';
import { lint } from '../../src/engine/lint.js';
import { attachStrayDigits, joinWrappedNumbers } from '../../src/parser/adapters/pdf-wrapped-numbers.js';
import { joinWrappedRows, spillAcrossPages } from '../../src/parser/adapters/pdf-wrapped-rows.js';
import type { Cell, VisualLine } from '../../src/parser/adapters/pdf-lines.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const NAME = 'lo-borderless-centred.pdf';
const fixture = (): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/pdf/${NAME}`, import.meta.url)));

/** The fixture's geometry: 12 pt glyphs, the label column, 科研机构 and 总计. */
const label = (text: string): Omit<Cell, 'y'> => ({ x0: 156, x1: 276, text });
const research = (text: string): Omit<Cell, 'y'> => ({ x0: text.length > 1 ? 380 : 386, x1: text.length > 1 ? 404 : 398, text });
const total = (text: string): Omit<Cell, 'y'> => ({ x0: text.length > 1 ? 538 : 544, x1: text.length > 1 ? 562 : 556, text });
const natural = (text: string): Omit<Cell, 'y'> => ({ x0: 290, x1: 314, text });
const line = (y: number, ...cells: Array<Omit<Cell, 'y'>>): VisualLine => ({
  page: 2,
  y,
  size: 12,
  cells: cells.map((c) => ({ ...c, y })),
});
const texts = (lines: readonly VisualLine[]): string[][] => lines.map((l) => l.cells.map((c) => c.text));

/** 3.其他, （七）总计 with 科研机构 111 and 总计 609 centred on it, 四、结转下年度继续办理. */
const LINES = [
  line(754.6, label('3.其他'), natural('９'), research('８'), total('４１')),
  line(771.5, research('１１'), total('６０')),
  line(778.6, label('（七）总计'), natural('９８')),
  line(785.6, research('１'), total('９')),
  line(802.5, label('四、结转下年度继续办理'), natural('５'), research('７'), total('３１')),
];

describe('pdf: a number wrapped in a vertically centred cell of a borderless table', () => {
  it('joins the pieces onto the row they straddle: the rows around open with their ordinals, their digits are theirs', () => {
    expect(texts(joinWrappedNumbers(LINES))).toEqual([
      ['3.其他', '９', '８', '４１'],
      ['（七）总计', '９８', '１１１', '６０９'],
      ['四、结转下年度继续办理', '５', '７', '３１'],
    ]);
  });

  it('never takes the upper pieces for the rest of the row above: they stand in the band of the row below', () => {
    // Left unjoined (as when the rows around are no rows of their own), the pieces stay where they are.
    const out = joinWrappedRows(LINES, 23.2);
    expect(texts(out)).toEqual(texts(LINES));
  });

  it('reads 科研机构 111 and 总计 609 of （七）总计, and says no false totals error', async () => {
    const parsed = await parseReport(fixture(), { format: 'pdf', filePath: NAME });
    const table = findTable(parsed.report, 'applications')!;
    expect(['research', 'total'].map((c) => getCell(table, 'handled', c)?.value)).toEqual([111, 609]);
    expect(['research', 'total'].map((c) => getCell(table, 'new', c)?.value)).toEqual([113, 543]);
    expect(getCell(table, 'other.3', 'total')?.value).toBe(41);
    const messages = (await lint(fixture(), { format: 'pdf', filePath: NAME, now: NOW })).messages;
    // The period ends on 30 June (the repro's planted defect); table 二, its rows merged, is said unread (cause 6).
    expect(messages.map((m) => m.ruleId)).toEqual(['statistical-period', 'unreadable-content']);
    expect(messages[1]!.message).toContain('表二');
  });

  it('leaves a row unread whose label and numbers wrap around its single-line values (three lines of one band)', () => {
    // rtAC h036, 14 pt: 6.属于四类过程性信息 with 科研机构 324, 总计 841 over two lines and 自然人 20 on the row's line;
    // the rows around 19.2 pt away, hardly further than the cell's 16.4 pt step, so nothing is joined. Given to the
    // upper line alone, 20 and the others filled its blanks: seven values read as certain (32 for 324).
    const at = (y: number, ...cells: Array<Omit<Cell, 'y'>>): VisualLine => ({ ...line(y, ...cells), size: 14 });
    const out = attachStrayDigits(
      joinWrappedNumbers([
        at(551.8, label('部事务信息'), research('６'), total('８５')),
        at(571.0, label('6.属于四类过'), research('３２'), { x0: 420, x1: 448, text: '１３' }, total('８４')),
        at(579.2, natural('２０'), { x0: 306, x1: 348, text: '１２８' }, { x0: 448, x1: 476, text: '６９' }),
        at(587.4, label('程性信息'), research('４'), { x0: 427, x1: 441, text: '７' }, total('１')),
        at(606.6, label('7.属于行政执'), research('１１'), { x0: 420, x1: 448, text: '３４' }, total('６８')),
      ]),
    );
    // Every piece on one line: ten values for seven columns, the row unread; the label's lines stay apart as labels.
    expect(texts(out).slice(1, 3)).toEqual([
      ['6.属于四类过', '２０', '１２８', '３２', '４', '１３', '７', '６９', '８４', '１'],
      ['程性信息'],
    ]);
  });

  it("never gives the upper pieces of the page's first row to the row before the page break (rtAC h003)", () => {
    // Page 1 ends with 5.属于三类内部事务信息 (总计 287 printed ２８ ⏎ ７); page 2 opens, past the repeated header, with
    // ３８ half a line above 6.属于四类过程性信息 and ６ below it (总计 386 centred on its row).
    const before = [line(781.0, label('5.属于三类内部事务信'), natural('４９'), research('２６'), total('２８７'))];
    const after = [
      { ...line(119.9, total('３８')), page: 3 },
      { ...line(127.0, label('6.属于四类过程性信息'), natural('５９'), research('２６')), page: 3 },
      { ...line(134.0, total('６')), page: 3 },
    ];
    const pages = [before, after];
    spillAcrossPages(pages);
    expect(pages.map(texts)).toEqual([
      [['5.属于三类内部事务信', '４９', '２６', '２８７']],
      [['３８'], ['6.属于四类过程性信息', '５９', '２６'], ['６']],
    ]);
  });
});
