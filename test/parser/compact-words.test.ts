/**
 * compactWords (heading-candidates.ts) is compactText's text without the way back to the original, for the fee
 * reader's every cell and sentence: the two must never differ, or a fee statement would read one way in a cell and
 * another in a sentence.
 */
import fc from 'fast-check';
import { compactText, compactWords } from '../../src/parser/heading-candidates.js';

test('compactWords is compactText(…).text for any text of blanks, stars and words', () => {
  const piece = fc.constantFrom(
    ' ',
    '\t',
    '\n',
    '\r',
    '\u3000',
    '\u00a0',
    '\ufeff',
    '*',
    '未',
    '收',
    '取',
    '费',
    '1',
    'a',
    '\u2003',
    '',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      expect(compactWords(text)).toBe(compactText(text).text);
    }),
    { numRuns: 2000, seed: 42 },
  );
});

test('takes every blank the fee reader meets out of OCR’s spaced words', () => {
  expect(compactWords('未 收 取 信 息\u3000处 理 费 。')).toBe('未收取信息处理费。');
  expect(compactWords('**不收取**\u00a0信息处理费')).toBe('不收取信息处理费');
  // Another space (an em space) is a character of the text, as compactText keeps it.
  expect(compactWords('处理\u2003费')).toBe('处理\u2003费');
});
