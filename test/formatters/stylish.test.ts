import { describe, expect, test } from '@jest/globals';
import { Chalk } from 'chalk';
import { stylish } from '../../src/formatters/stylish.js';
import { displayWidth, padEnd } from '../../src/formatters/width.js';
import { context, RESULTS } from './fixtures.js';

describe('display width', () => {
  test('CJK and full-width characters take two columns; ANSI and combining marks none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('统计期限')).toBe(8);
    expect(displayWidth('（一）１２')).toBe(10);
    expect(displayWidth('\u001b[31m错误\u001b[39m')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(padEnd('年报', 6)).toBe('年报  ');
  });
});

describe('stylish', () => {
  const plain = stylish(RESULTS, context());
  test('grouped by file with aligned rows, a Chinese summary and the docs links messages carry', () => {
    expect(plain.split('\n')).toEqual([
      '',
      'reports/2023年报.md',
      '  3:67  error    统计期限从 2023年3月1日 开始，应从 2023年1月1日开始  statistical-period',
      '  12:5  warning  Blank: cell, 100% [x]                                numeric-cells',
      '  73:4  error    未说明信息处理费的收取情况                           fee-statement',
      '',
      'reports/broken.docx',
      '  1:1  error    binary content, not a report',
      '',
      '✖ 4 个问题（3 个错误，1 个警告）',
      '',
      '规则说明：',
      '  statistical-period  https://example.test/docs/rules/statistical-period.md',
      '',
      '运行 `reportlint --explain <规则>` 可离线查看规则说明。',
      '',
    ]);
  });
  test('the rule column starts at the same display column on every row of a file', () => {
    const rows = plain.split('\n').slice(2, 5);
    const ruleColumns = rows.map((row) => displayWidth(row.slice(0, row.search(/\S+$/))));
    expect(new Set(ruleColumns).size).toBe(1);
  });
  test('a message wider than 100 columns neither pads the short ones nor is padded: its rule id follows it', () => {
    const long = `表三「（一）予以公开」行的总计为 2，而六类申请人之和为 10（法律服务机构 7 + 其他 3）；${'总计应等于自然人与各类法人或其他组织之和'.repeat(3)}`;
    const first = RESULTS[0]!;
    const result = { ...first, messages: [...first.messages, { ...first.messages[0]!, message: long, line: 35, column: 13 }] };
    const rows = stylish([result], context()).split('\n').slice(2, 6);
    expect(rows[0]).toBe('   3:67  error    统计期限从 2023年3月1日 开始，应从 2023年1月1日开始  statistical-period');
    expect(rows[3]).toBe(`  35:13  error    ${long}  statistical-period`);
  });
  test('English summary, singular and plural', () => {
    expect(stylish([RESULTS[0]!], context({ locale: 'en' }))).toContain('✖ 3 problems (2 errors, 1 warning)');
  });
  test('nothing to report prints nothing', () => expect(stylish([RESULTS[2]!], context())).toBe(''));
  test('colour only through the chalk instance it is given', () => {
    expect(plain).not.toMatch(/\u001b\[/);
    const coloured = stylish(RESULTS, context({ color: true, chalk: new Chalk({ level: 1 }) }));
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(stylish(RESULTS, context({ color: true, chalk: new Chalk({ level: 0 }) }))).toBe(plain);
    expect(stylish(RESULTS, context({ color: false, chalk: new Chalk({ level: 1 }) }))).toBe(plain);
  });
});
