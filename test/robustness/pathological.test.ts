/**
 * Worst inputs we could build: deep nesting, huge tables, 100 KB lines, tens of thousands of tabs,
 * long runs of 一、 and of the characters the parser's regular expressions look for. Each must end in
 * findings or a fatal message; `npm run test:slow` also holds each to a fixed wall-time bound (bounded.ts:
 * `npm test` leaves the clock out, a busy machine stretches it). The bound is well above the measured times (at most
 * 1.4 s, on a loaded 2-core machine) and below what the quadratic regexes fixed in issue 7 took on the same
 * inputs (10 s on a quiet machine, 13–48 s on a loaded one), so a backtracking regression fails here
 * (checked by reverting the sections.ts fix). Findings: /work/notes/perf.md.
 */
import { describe, it, jest } from '@jest/globals';
import { HANG_GUARD_MS, lintAndCheck } from './bounded.js';

jest.setTimeout(HANG_GUARD_MS);

const BOUND_MS = 5_000;
const K = 1000;
const SIX = '# 青禾市统计局2023年政府信息公开工作年度报告\n\n## 六、其他需要报告的事项\n\n';

const gfm = (rows: number, cols: number): string =>
  [
    `| ${Array.from({ length: cols }, (_, i) => `列${i}`).join(' | ')} |`,
    `|${' --- |'.repeat(cols)}`,
    ...Array.from({ length: rows }, (_, r) => `| ${Array.from({ length: cols }, (_, c) => String(r * cols + c)).join(' | ')} |`),
  ].join('\n');

/** A block of lines, each drawn by `line` from its index. */
const block = (rows: number, line: (y: number) => string): string =>
  `${Array.from({ length: rows }, (_, y) => line(y)).join('\n')}\n`;

const CASES: Array<[string, string, string]> = [
  ['10,000 nested blockquotes', `${'>'.repeat(10 * K)} 一、总体情况\n`, 'a.md'],
  ['1,000 nested lists', `${'- '.repeat(K)}三、收到和处理政府信息公开申请情况\n`, 'a.md'],
  ['1,000 nested ordered lists', `${'1. '.repeat(K)}x\n`, 'a.md'],
  ['GFM table 800 × 10 under table 三', `## 三、收到和处理政府信息公开申请情况\n\n${gfm(800, 10)}\n`, 'a.md'],
  ['GFM table 1 × 5,000', `## 二、主动公开政府信息情况\n\n${gfm(1, 5 * K)}\n`, 'a.md'],
  [
    'tab table 5,000 rows (.txt)',
    `三、收到和处理政府信息公开申请情况\n${Array.from({ length: 5 * K }, (_, r) => `（三）不予公开${r}\t1\t2\t3\t4\t5\t6\t21`).join('\n')}\n`,
    'a.txt',
  ],
  [
    '100,000 cells one per line (.txt)',
    `三、收到和处理政府信息公开申请情况\n${Array.from({ length: 100 * K }, (_, r) => `\t${r % 9}`).join('\n')}\n`,
    'a.txt',
  ],
  ['100 KB line of CJK text', `${SIX}${'政府信息公开工作'.repeat(12.5 * K)}\n`, 'a.md'],
  ['100 KB line of spaces (.txt)', `a${' '.repeat(100 * K)}b\n`, 'a.txt'],
  ['100 KB of spaces then a character (.txt)', `${' '.repeat(100 * K)}x\n`, 'a.txt'],
  ['100 KB of spaces in bold (.md)', `${SIX}**x${' '.repeat(100 * K)}y**\n`, 'a.md'],
  ['pipe then 100 KB of spaces (.txt)', `|${' '.repeat(100 * K)}x\n`, 'a.txt'],
  ['pipe row with 100 KB inside a cell (.txt)', `| a ${' '.repeat(100 * K)}b |\n| c | d |\n`, 'a.txt'],
  ['50,000 tabs (.txt)', `${'\t'.repeat(50 * K)}x\n`, 'a.txt'],
  ['50,000 tabs inside a line (.md)', `${SIX}x${'\t'.repeat(50 * K)}y\n`, 'a.md'],
  ['50,000 tabs before a directive word', `${'\t'.repeat(50 * K)}reportlint\n`, 'a.txt'],
  ['a long run of 一、 (.txt)', `${'一、'.repeat(50 * K)}\n`, 'a.txt'],
  ['收费通知 then 100,000 一', `${SIX}收费通知${'一'.repeat(100 * K)}\n`, 'a.md'],
  ['10,000 partial denials of notices', `${SIX}${'其余申请未发出收费通知'.repeat(10 * K)}\n`, 'a.md'],
  ['10,000 notice counts tied to years', `${SIX}${'2022年发出收费通知1件'.repeat(10 * K)}\n`, 'a.md'],
  // A denial of notices read on to its clause's end from every 费 of every denial was cubic (review15 F8: 1,000 of
  // these took 38 s); each is now read a bounded number of bounded steps, its year in a bounded clause.
  [
    '10,000 denials of notices and collecting run together',
    `${SIX}本年度${'未发出收费通知和收取信息处理费'.repeat(10 * K)}\n`,
    'a.md',
  ],
  // The same, each clause ended by a stray closing quote, or with words before the verb and charges after the fee
  // (review16 F1): the quotes are paired in one pass over the sentence, each step still bounded.
  [
    '10,000 denials ended by a stray closing quote',
    `${SIX}本年度${'未发出收费通知和收取信息处理费的情况”'.repeat(10 * K)}\n`,
    'a.md',
  ],
  [
    '10,000 denials with words before the verb and charges after the fee',
    `${SIX}本年度${'未发出收费通知和向申请人按件、按量收取信息处理费等相关费用'.repeat(10 * K)}\n`,
    'a.md',
  ],
  ['10,000 listed denials of last year', `${SIX}${'上年度未发出收费通知、未收取信息处理费'.repeat(10 * K)}\n`, 'a.md'],
  ["10,000 denials of last year's notices, a clause each", `${SIX}${'上年度未发出收费通知，'.repeat(10 * K)}\n`, 'a.md'],
  [
    'a table row of 5,000 fee labels and one value',
    `${SIX}| ${'信息处理费（元） | '.repeat(5 * K)}0 |\n|${' --- |'.repeat(5 * K + 1)}\n`,
    'a.md',
  ],
  ['100,000 digits in section 六', `${SIX}${'1'.repeat(100 * K)}\n`, 'a.md'],
  // The narrative's counts looked back over the whole sentence for every count: 15 s for each of these.
  ['25,000 counts of reviews in one sentence', `${SIX}${'行政复议1件，'.repeat(25 * K)}\n`, 'a.md'],
  ['40,000 counts of replies in one sentence', `${SIX}${'答复1件'.repeat(40 * K)}\n`, 'a.md'],
  ['30,000 counts of 办结 in one sentence', `${SIX}收到政府信息公开申请1件${'办结12件'.repeat(30 * K)}\n`, 'a.md'],
  // A count later rejected (another business named before a bare 申请, a month before it) read its whole clause first
  // (review17 F5: 180 KB of 受理申请1件 after 不动产登记中心 took 28 s); the cheap rejections come first and a clause is
  // read for qualifiers over a bounded length.
  [
    '30,000 bare counts after another business, one clause',
    `${SIX}2023年，不动产登记中心${'受理申请1件'.repeat(30 * K)}。\n`,
    'a.md',
  ],
  ['20,000 counts of one month, one clause', `${SIX}2023年，${'1月收到政府信息公开申请1件'.repeat(20 * K)}。\n`, 'a.md'],
  ['20,000 lawsuits filed directly, one clause', `${SIX}因政府信息公开${'直接被提起行政诉讼1件'.repeat(20 * K)}。\n`, 'a.md'],
  // The fee reader asked each count or nil statement for its clause's start by scanning the sentence before it
  // (clause-start.ts): 39 s for the second.
  ['20,000 counts of notices, one clause', `${SIX}本年度${'发出收费通知1件和'.repeat(20 * K)}。\n`, 'a.md'],
  [
    '20,000 nil statements of notices and fees, one sentence',
    `${SIX}本年度${'发出收费通知和收取信息处理费的情况为0，'.repeat(20 * K)}。\n`,
    'a.md',
  ],
  // 统计数据为 then a year again and again: the look for a span of time after each year is bounded.
  ['40,000 years after 统计数据为', `${SIX}统计数据为${'2023年'.repeat(40 * K)}\n`, 'a.md'],
  ['50,000 "1," in section 六', `${SIX}${'1,'.repeat(50 * K)}\n`, 'a.md'],
  ['100,000 digits as a table label (.txt)', `${'1'.repeat(100 * K)}\t1\t2\n`, 'a.txt'],
  ['5,000 unfinished period statements', `${SIX}${'统计期限为2021年1月1日至'.repeat(5 * K)}\n`, 'a.md'],
  ['5,000 section headings (.txt)', '一、总体情况\n'.repeat(5 * K), 'a.txt'],
  ['20,000 （一）', `${SIX}${'（一）'.repeat(20 * K)}\n`, 'a.md'],
  ['100,000 pipes', '|'.repeat(100 * K), 'a.txt'],
  ['20,000 [ brackets', `${SIX}${'['.repeat(20 * K)}\n`, 'a.md'],
  ['30,000 *a emphasis openers', `${SIX}${'*a '.repeat(30 * K)}\n`, 'a.md'],
  ['100,000 #', '#'.repeat(100 * K), 'a.md'],
  ['5,000 unclosed reportlint-disable comments', `${SIX}${'<!-- reportlint-disable x '.repeat(5 * K)}\n`, 'a.md'],
  ['100,000 NUL characters', '\u0000'.repeat(100 * K), 'a.txt'],
  ['50,000 lone CRs', 'x\r'.repeat(50 * K), 'a.txt'],
  ['10,000 nested <div>', `${'<div>'.repeat(10 * K)}一、总体情况`, 'a.html'],
  ['5,000 cells in one HTML row', `<table><tr>${'<td>1</td>'.repeat(5 * K)}</tr></table>`, 'a.html'],
  // Grid tables drawn with characters (grid-table.ts). Each pair of corners of a block of + closed an empty cell: this
  // one was a table of 359,000 cells and took 13 s. The second almost closes a cell at every corner of its right
  // half (each try walks back along a bottom border that stops at the a): 45 s. Both are no grid now, found in a
  // budget of steps linear in the block.
  ['600 × 600 block of + (.txt)', block(600, () => '+'.repeat(600)), 'a.txt'],
  [
    '600 × 600 block of +, - and a that almost closes cells (.txt)',
    block(600, (y) => (y === 0 ? `+${'-'.repeat(299)}` : y === 599 ? '+'.repeat(300) : `+${'-'.repeat(298)}a`) + '+'.repeat(300)),
    'a.txt',
  ],
  [
    'a grid of 100 × 100 one-digit cells (.txt)',
    block(201, (y) => (y % 2 ? `${'|7'.repeat(100)}|` : `${'+-'.repeat(100)}+`)),
    'a.txt',
  ],
  ['rowspan and colspan of 100,000', '<table><tr><td rowspan="100000" colspan="100000">1</td></tr></table>', 'a.html'],
  // The OCR marks ocr-text.ts counts, 100 KB of each on one line: the whole text is OCR's, and its tables read so.
  ['100 KB of OCR marks on one line (.txt)', `${'政府信 息公开 |1179 【2021] (一 ) l39 31_ 企[业 '.repeat(3 * K)}\n`, 'a.txt'],
  ['100 KB of one character and a blank (.txt)', `${'政 '.repeat(50 * K)}\n`, 'a.txt'],
  // detect.ts's link pattern scanned to the line's end from every [ (28 s), then from every ]( (a link's start).
  ['100 KB of brackets between characters (.txt)', `${'企['.repeat(50 * K)}\n`, 'a.txt'],
  ['100 KB of links never closed (.txt)', `${'[a]('.repeat(25 * K)}\n`, 'a.txt'],
  ['100 KB of look-alike digits (.txt)', `${'1l'.repeat(50 * K)} ${'0O '.repeat(30 * K)}\n`, 'a.txt'],
];

describe('pathological inputs', () => {
  it.each(CASES)('%s', async (_name, text, file) => {
    await lintAndCheck(text, file, BOUND_MS);
  });

  // micromark alone takes 71 s on these (quadratic container handling) before overflowing the stack; the
  // markdown adapter's nesting guard (limitNesting) keeps them linear.
  it.each([
    ['10,000 nested lists', `${'- '.repeat(10 * K)}x\n`],
    ['10,000 nested ordered lists', `${'1. '.repeat(10 * K)}x\n`],
    ['10,000 nested blockquotes', `${'> '.repeat(10 * K)}x\n`],
  ])('%s', async (_name, text) => {
    await lintAndCheck(text, 'a.md', BOUND_MS);
  });
});
