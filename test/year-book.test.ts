/** The YearBook (src/engine/year-book.ts): last year's summaries a thread keeps for the first pass's links. */
import { describe, expect, it } from '@jest/globals';
import { YearBook } from '../src/engine/year-book.js';
import type { ReportRoot } from '../src/parser/types.js';

const summary = (organ: string | null, year: number | null, title = `${organ}${year}`): ReportRoot =>
  ({ type: 'report', organ, year, title, children: [] }) as unknown as ReportRoot;

describe('YearBook', () => {
  it("gives the organ's previous year, spaces in the organ's name aside, and keeps the summary intact", () => {
    const book = new YearBook();
    book.record('a/2022.md', summary('青石县 自然资源局', 2022, '标题 -0 〇'));
    expect(book.previousOf({ organ: '青石县自然资源局', year: 2023 })).toEqual([
      { file: 'a/2022.md', summary: summary('青石县 自然资源局', 2022, '标题 -0 〇') },
    ]);
    expect(book.previousOf({ organ: '青石县自然资源局', year: 2024 })).toEqual([]);
    expect(book.previousOf({ organ: '白沙镇人民政府', year: 2023 })).toEqual([]);
    expect(book.previousOf({ organ: null, year: 2023 })).toEqual([]);
  });

  it('skips summaries without organ or year; keeps every copy of a year (an original and its 更正版)', () => {
    const book = new YearBook();
    book.record('x.md', summary(null, 2022));
    book.record('y.md', summary('某局', null));
    book.record('a.md', summary('某局', 2022));
    book.record('b.md', summary('某局', 2022));
    book.record('a.md', summary('某局', 2022, '又读一次'));
    expect(book.previousOf({ organ: '某局', year: 2023 }).map((e) => [e.file, e.summary.title])).toEqual([
      ['b.md', '某局2022'],
      ['a.md', '又读一次'],
    ]);
  });

  it('holds the latest entries only: the oldest goes first, a year recorded again counts as new', () => {
    const book = new YearBook(2);
    book.record('1.md', summary('甲', 2020));
    book.record('2.md', summary('乙', 2020));
    book.record('1b.md', summary('甲', 2020));
    book.record('3.md', summary('丙', 2020));
    expect(book.previousOf({ organ: '乙', year: 2021 })).toEqual([]);
    expect(book.previousOf({ organ: '甲', year: 2021 }).map((e) => e.file)).toEqual(['1.md', '1b.md']);
    expect(book.previousOf({ organ: '丙', year: 2021 }).map((e) => e.file)).toEqual(['3.md']);
  });
});
