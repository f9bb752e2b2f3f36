/**
 * The memos of the hot paths (issue 21): a cell's content and a label's key are worked out once per distinct text
 * and shared. What a memo gives must be what the text reads as, first asked or not, and a shared content can never
 * be changed by one reader under another.
 */
import { describe, expect, it } from '@jest/globals';
import { normaliseCell } from '../../src/parser/numbers.js';
import { labelKey, normaliseLabel, stripOrdinals } from '../../src/parser/labels.js';

/** Cells of every kind but a plain count: labels, placeholders, a count with its unit, lookalikes, separators. */
const CELLS: ReadonlyArray<[string, ReturnType<typeof normaliseCell>]> = [
  ['（一）予以公开', { value: null, content: 'text' }],
  ['—', { value: null, content: 'placeholder' }],
  ['不涉及', { value: null, content: 'placeholder' }],
  ['', { value: null, content: 'blank' }],
  ['37件', { value: null, content: 'text', shape: 'withUnit' }],
  ['1〇4', { value: 104, content: 'text', shape: 'lookalike' }],
  ['2,583', { value: 2583, content: 'number' }],
  ['１２.５', { value: 12.5, content: 'number', decimal: true }],
  ['-039', { value: null, content: 'text', shape: 'lookalike' }],
];

describe('normaliseCell memo', () => {
  it('reads each text the same the first time and every time after', () => {
    for (const [text, content] of CELLS) {
      expect([text, normaliseCell(text)]).toEqual([text, content]);
      expect([text, normaliseCell(text)]).toEqual([text, content]);
    }
  });
  it('shares one frozen content per text: no reader can change what another reads', () => {
    const first = normaliseCell('（二）部分公开');
    expect(normaliseCell('（二）部分公开')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { value: number | null }).value = 61;
    }).toThrow(TypeError);
    expect(normaliseCell('（二）部分公开')).toEqual({ value: null, content: 'text' });
  });
  it('gives a plain count a number of its own, and reads long text without keeping it', () => {
    expect(normaliseCell('4096')).toEqual({ value: 4096, content: 'number' });
    const long =
      '本机关本年度共收到政府信息公开申请73件，其中当面申请19件，网上申请54件，信函申请8件，均已按期答复，无逾期未答复的情况发生。';
    expect(long.length).toBeGreaterThan(64);
    expect(normaliseCell(long)).toEqual({ value: null, content: 'text' });
    expect(normaliseCell(long)).not.toBe(normaliseCell(long));
  });
});

describe('labelKey memo', () => {
  it('is the label without ordinal, blanks and punctuation, asked once or many times', () => {
    const labels = [
      '（三）不予公开',
      '1.属于国家秘密',
      '三、本年度办理结果',
      '⑶其它',
      '４.  保护第三方合法权益',
      'Ab12',
      '合 计',
    ];
    for (let round = 0; round < 3; round++)
      for (const label of labels) expect([label, labelKey(label)]).toEqual([label, normaliseLabel(stripOrdinals(label))]);
    expect(labelKey('（三）不予公开')).toBe('不予公开');
    expect(labelKey('⑶其它')).toBe('其他');
    expect(labelKey('合 计')).toBe('总计');
  });
});
