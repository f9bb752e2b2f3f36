/**
 * Letter-spaced text (CSS letter-spacing 0.25em, review9 F7 / rtO): every glyph is followed by the same space, and
 * pdfjs writes a blank for it (本 报 告 统 计 … 从 ⎵ 2 0 2 1 ⎵ 年 ⎵ 1 …). Read so, the statistical period was not
 * found (a false 未写明统计期限) and the tables' numbers were numbers with blanks (unread). The blanks are taken out
 * where the page shows they are the letter spacing alone; a blank wider than it (two numbers) stays.
 */
import { describe, expect, it } from '@jest/globals';
import type { PdfItem } from '../../src/parser/adapters/pdf-lines.js';
import { joinWrappedHeaders } from '../../src/parser/adapters/pdf-rows.js';
import { cell, layoutLines, line, texts } from '../helpers/pdf-lines.js';

const SIZE = 10.5;
/** The letter spacing (points): 0.25em of 14 px, as Chromium prints it. */
const S = 2.625;
const DIGIT = 0.556 * SIZE;

/** A run as pdfjs gives letter-spaced text: a blank between every two glyphs, its width the glyphs' and the spaces'. */
const spaced = (chars: string, x: number, y: number, size = SIZE, extra = 0): PdfItem => {
  const glyphs = [...chars.replace(/ /g, '')];
  const width =
    glyphs.reduce((w, ch) => w + (/[0-9]/.test(ch) ? (DIGIT * size) / SIZE : size), 0) + (glyphs.length - 1) * S + extra;
  return { str: glyphs.join(' '), x, y, size, width };
};

/** Runs one after the other, the letter spacing apart. */
const after = (runs: Array<[string, number?]>, x: number, y: number): PdfItem[] => {
  const out: PdfItem[] = [];
  for (const [text, extra] of runs) {
    const item = spaced(text, x, y, SIZE, extra ?? 0);
    out.push(item);
    x = item.x + item.width + S;
  }
  return out;
};

describe('pdf: letter-spaced text (review9 F7)', () => {
  it('reads the period statement whole: 本报告统计数据从2021年1月1日至12月31日', () => {
    const page = [
      ...after([['根据条例规定，现发布本报告。']], 34, 60),
      ...after(
        [['本报告统计数据从'], ['2021'], ['年'], ['1'], ['月'], ['1'], ['日至'], ['12'], ['月'], ['31'], ['日。']],
        34,
        75,
      ),
      ...after([['一、总体情况']], 34, 100),
    ];
    const text = layoutLines([page]);
    expect(text).toContain('本报告统计数据从2021年1月1日至12月31日。');
    expect(text).toContain('一、总体情况');
  });

  it('reads a table’s numbers whole (4 1 is 41), and a wider blank (two numbers, 1 3) stays', () => {
    const page = [
      ...after([['根据条例规定，现发布本报告。']], 34, 60),
      spaced('规章', 37.5, 100),
      spaced('2', 146.6, 100),
      spaced('3', 241.1, 100),
      spaced('41', 335.6, 100),
      spaced('行政规范性文件', 37.5, 120),
      spaced('5', 146.6, 120),
      spaced('6', 241.1, 120),
      // A real blank between 1 and 3: a space glyph (0.3 em) and the letter spacing once more.
      spaced('13', 335.6, 120, SIZE, 0.3 * SIZE + S),
    ];
    const rows = layoutLines([page]).filter((l) => l.includes('\t'));
    expect(
      rows
        .find((r) => r.startsWith('规章'))
        ?.split('\t')
        .slice(0, 4),
    ).toEqual(['规章', '2', '3', '41']);
    expect(rows).toContain('行政规范性文件\t5\t6\t1\t3');
  });

  it('never joins two runs of full-width digits (１６ ⎵ ６ of two cells stand the letter spacing apart: fuzz seed 10000)', () => {
    const page = [
      ...after([['根据条例规定，现发布本报告。']], 34, 60),
      spaced('其他', 37.5, 100),
      { str: '１６', x: 146.6, y: 100, size: SIZE, width: 2 * SIZE },
      { str: '６', x: 146.6 + 2 * SIZE + S, y: 100, size: SIZE, width: SIZE },
    ];
    const row = layoutLines([page]).find((l) => l.startsWith('其他'));
    expect(row).not.toContain('１６６');
  });

  it('leaves a page without letter spacing as it is: single characters apart by varying gaps are not joined', () => {
    const page: PdfItem[] = [
      { str: '第 一 项', x: 34, y: 60, size: SIZE, width: 3 * SIZE + 2 * 1.5 },
      { str: '项 目 名 称', x: 34, y: 80, size: SIZE, width: 4 * SIZE + 3 * 3.5 },
    ];
    expect(layoutLines([page])).toEqual(['第 一 项', '项 目 名 称', '']);
  });
});

describe('pdf: a left-aligned header label wrapped short in a narrow column (自然 ⏎ 人)', () => {
  it('is one label when only together its lines name a column', () => {
    const lines = [
      line(100, cell(30, 150, '（本列数据的勾稽关系为：第一项加'), cell(302.9, 325.9, '自然'), cell(340, 500, '法人或其他组织')),
      line(112, cell(30, 150, '第二项之和）'), cell(302.9, 312.9, '人'), cell(340, 380, '商业企业'), cell(390, 430, '总计')),
    ];
    const [first, second] = texts(joinWrappedHeaders(lines));
    expect(first).toContain('自然人');
    expect(second).not.toContain('人');
    expect(second).toContain('商业企业');
  });

  it('lines that together name no column stay apart (法人或其他组织 above 商业企业, both left-aligned)', () => {
    const lines = [
      line(100, cell(30, 150, '（本列数据的勾稽关系为）'), cell(340, 420, '法人或其他组织')),
      line(112, cell(30, 150, '第二项之和'), cell(340, 380, '商业企业'), cell(390, 430, '科研机构')),
    ];
    const cells = texts(joinWrappedHeaders(lines)).flat();
    expect(cells).toContain('法人或其他组织');
    expect(cells).toContain('商业企业');
  });
});
