/** Property tests: random text, random bytes and random report-like token soup never crash or hang lint(). */
import { describe, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { HANG_GUARD_MS, lintAndCheck } from './bounded.js';
import {
  activeBlocks,
  APPLICATIONS_HEADER,
  COLUMN_LABEL_LIST,
  GROUP_LABELS,
  HEADING,
  HEADING_WORDS,
  REVIEW_GROUPS,
  REVIEW_HEADS,
  reviewGroupWords,
  ROW_ORDER,
  rowLabel,
} from '../fuzz/template.js';

jest.setTimeout(HANG_GUARD_MS);

const BOUND_MS = 5000;

/** Every label of the template (fixture model): headings with and without numerals, row, column and header words. */
const TEMPLATE_WORDS = [
  ...Object.values(HEADING),
  ...Object.values(HEADING_WORDS),
  ...ROW_ORDER.map(rowLabel),
  ...Object.values(GROUP_LABELS),
  ...Object.values(APPLICATIONS_HEADER),
  ...COLUMN_LABEL_LIST,
  ...REVIEW_HEADS,
  ...REVIEW_GROUPS.flatMap(reviewGroupWords),
  ...activeBlocks({
    regulations: [1],
    normativeDocuments: [1],
    licensing: [1],
    punishment: [1],
    coercion: [1],
    fees: [1],
  }).flatMap(([item, heads, rows]) => [item, ...heads, ...rows.map(([label]) => label)]),
];

/** Pieces of real reports and of the syntaxes the adapters read, so random inputs reach deep code paths. */
const TOKENS = [
  '\n',
  '\n\n',
  '\t',
  ' ',
  '\u3000',
  '|',
  ' | ',
  '---',
  '**',
  '#',
  '## ',
  '> ',
  '- ',
  '1. ',
  '`',
  '[',
  ']',
  '(',
  ')',
  '<',
  '>',
  '一、',
  '二、',
  '三、',
  '四、',
  '五、',
  '六、',
  '（一）',
  '1.',
  '2.',
  '、',
  '。',
  '；',
  '：',
  ...TEMPLATE_WORDS,
  '统计期限为',
  '2021年1月1日',
  '至',
  '2023年12月31日',
  '2月30日',
  '年度报告',
  '政府信息公开工作年度报告',
  '信息处理费',
  '收费通知',
  '未收取',
  '件',
  '万元',
  '0',
  '7',
  '12',
  '-3',
  '1.5',
  '１２',
  '1,234',
  '—',
  '/',
  '无',
  '<!-- reportlint-disable -->',
  '<!-- reportlint-enable numeric-cells -->',
  '// reportlint-disable-next-line',
  '<table>',
  '<tr>',
  '<td>',
  '<td rowspan="3">',
  '<td colspan="2">',
  '</td>',
  '</tr>',
  '</table>',
  '<p>',
  '<span>',
  '</span>',
];

const soup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 600 }).map((parts) => parts.join(''));
const textFormats = fc.constantFrom('r.md', 'r.txt', 'r.html');

describe('random input', () => {
  it('random Unicode text in every text format ends in findings or a fatal message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 3000 }), textFormats, async (text, file) => {
        await lintAndCheck(text, file, BOUND_MS);
      }),
      { numRuns: 200 },
    );
  });

  it('report-like token soup (headings, labels, numbers, tabs, pipes, HTML, directives)', async () => {
    await fc.assert(
      fc.asyncProperty(soup, textFormats, async (text, file) => {
        await lintAndCheck(text, file, BOUND_MS);
      }),
      { numRuns: 400 },
    );
  });

  it('random bytes as text files (decoding, sniffing, GB18030 fallback, binary refusal)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 4000 }),
        fc.constantFrom('b.txt', 'b.md', 'b.html', 'b'),
        async (bytes, file) => {
          await lintAndCheck(bytes, file, BOUND_MS);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('random bytes named .docx or .pdf become one fatal message', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 3000 }),
        fc.constantFrom('b.docx', 'b.pdf'),
        async (bytes, file) => {
          const result = await lintAndCheck(bytes, file, BOUND_MS);
          if (result.fatalErrorCount !== 1)
            throw new Error(`${file}: expected one fatal message, got ${JSON.stringify(result.messages)}`);
        },
      ),
      { numRuns: 40 },
    );
  });
});
