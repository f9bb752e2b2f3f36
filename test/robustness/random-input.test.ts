/** Property tests: random text, random bytes and random report-like token soup never crash or hang lint(). */
import { describe, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { HANG_GUARD_MS, lintAndCheck } from './bounded.js';

jest.setTimeout(HANG_GUARD_MS);

const BOUND_MS = 5000;

/** Pieces of real reports and of the syntaxes the adapters read, so random inputs reach deep code paths. */
const TOKENS = [
  '\n', '\n\n', '\t', ' ', '\u3000', '|', ' | ', '---', '**', '#', '## ', '> ', '- ', '1. ', '`', '[', ']', '(', ')', '<', '>',
  '一、', '二、', '三、', '四、', '五、', '六、', '（一）', '（七）总计', '1.', '2.', '、', '。', '；', '：',
  '总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况',
  '存在的主要问题及改进情况', '其他需要报告的事项', '本年新收政府信息公开申请数量', '上年结转政府信息公开申请数量',
  '本年度办理结果', '予以公开', '部分公开', '不予公开', '属于国家秘密', '无法提供', '不予处理', '其他处理',
  '结转下年度继续办理', '自然人', '法人或其他组织', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计',
  '行政复议', '行政诉讼', '结果维持', '结果纠正', '其他结果', '尚未审结', '未经复议直接起诉', '复议后起诉',
  '第二十条第（一）项', '规章', '行政规范性文件', '本年制发件数', '行政许可', '行政事业性收费',
  '统计期限为', '2021年1月1日', '至', '2023年12月31日', '2月30日', '年度报告', '政府信息公开工作年度报告',
  '信息处理费', '收费通知', '未收取', '件', '万元', '0', '7', '12', '-3', '1.5', '１２', '1,234', '—', '/', '无',
  '<!-- reportlint-disable -->', '<!-- reportlint-enable numeric-cells -->', '// reportlint-disable-next-line',
  '<table>', '<tr>', '<td>', '<td rowspan="3">', '<td colspan="2">', '</td>', '</tr>', '</table>', '<p>', '<span>', '</span>',
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
      fc.asyncProperty(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom('b.txt', 'b.md', 'b.html', 'b'), async (bytes, file) => {
        await lintAndCheck(bytes, file, BOUND_MS);
      }),
      { numRuns: 200 },
    );
  });

  it('random bytes named .docx or .pdf become one fatal message', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 3000 }), fc.constantFrom('b.docx', 'b.pdf'), async (bytes, file) => {
        const result = await lintAndCheck(bytes, file, BOUND_MS);
        if (result.fatalErrorCount !== 1) throw new Error(`${file}: expected one fatal message, got ${JSON.stringify(result.messages)}`);
      }),
      { numRuns: 40 },
    );
  });
});
