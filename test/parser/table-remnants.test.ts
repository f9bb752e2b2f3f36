/**
 * Words of a table's rows written in a sentence are no remnant of that table (review5 F5, 2026-12-06): a table
 * left out entirely of a fully read report is 「未找到表N」 whatever the prose says of 未经复议直接起诉 or 四类过程性信息.
 * Only where those words stand as a table's row (borders, numbers, a header's cells) is a table not found unreadable
 * (test/parser/ocr-borders.test.ts: tesseract's remnants).
 */
import { describe, expect, it } from '@jest/globals';
import { lint } from '../../src/engine/lint.js';
import { markdownGfm } from '../helpers/report-fixture.js';
import { FLAT } from '../rules/support/flat-report.js';

const NOW = new Date('2024-03-01T00:00:00Z');
const HEADINGS = {
  applications: ['三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'],
  review: ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'],
} as const;
const MISSING = {
  applications: '未找到表三（收到和处理政府信息公开申请情况）',
  review: '未找到表四（政府信息公开行政复议、行政诉讼情况）',
};

/** The text with everything between the table's section heading and the next heading replaced by one line. */
function withoutTable(text: string, kind: keyof typeof HEADINGS, line: string): string {
  const lines = text.split('\n');
  const [own, next] = HEADINGS[kind];
  const from = lines.findIndex((l) => l.replace(/^#+\s*/, '') === own);
  const to = lines.findIndex((l) => l.replace(/^#+\s*/, '') === next);
  expect(from).toBeGreaterThanOrEqual(0);
  expect(to).toBeGreaterThan(from);
  lines.splice(from + 1, to - from - 1, '', line, '');
  return lines.join('\n');
}

async function run(text: string, format: 'markdown' | 'text') {
  const { messages } = await lint(text, { format, filePath: format === 'text' ? 'r.txt' : 'r.md', now: NOW });
  return {
    structure: messages.filter((m) => m.ruleId === 'table-structure').map((m) => m.message),
    unread: messages.filter((m) => m.ruleId === 'unreadable-content').map((m) => m.message),
  };
}

const LAYOUTS = [
  ['Markdown', markdownGfm(), 'markdown'],
  ['flattened text', FLAT, 'text'],
] as const;

describe.each(LAYOUTS)('%s: a table left out, its row labels in a sentence', (_, base, format) => {
  it.each([
    ['review', '本年度未发生政府信息公开行政复议案件，也未发生未经复议直接起诉或复议后起诉的行政诉讼案件。'],
    ['review', '本年度未经复议直接起诉案件2件，均已判决。'],
    ['review', '我局被复议后起诉的案件，法院判决驳回原告诉讼请求。'],
    ['applications', '对申请内容属于四类过程性信息或没有现成信息需要另行制作的，我局依法予以答复。'],
    ['applications', '申请人补正后申请内容仍不明确的，不再处理其政府信息公开申请。'],
    ['applications', '对属于三类内部事务信息的申请，我局均告知了申请人，各项数据勾稽关系经过核对。'],
  ] as const)('%s: %s → the table is missing', async (kind, sentence) => {
    const { structure, unread } = await run(withoutTable(base, kind, sentence), format);
    expect(structure).toContain(MISSING[kind]);
    expect(unread.filter((m) => m.includes(kind === 'review' ? '表四' : '表三'))).toEqual([]);
  });
});

describe('the same words standing as a table row: unreadable, never missing', () => {
  it.each([
    ['review', '行政复议 | 未经复议直接起诉 | 复议后起诉'],
    ['review', '结果维 结果纠 其他结 尚未审 总'],
    ['applications', '6.属于四类过程性信息 45 46 47 48 49'],
    ['applications', '2.没有现成信息需要另行制作 | 69 70 |'],
  ] as const)('%s: %s', async (kind, line) => {
    const { structure, unread } = await run(withoutTable(FLAT, kind, line), 'text');
    expect(structure).not.toContain(MISSING[kind]);
    expect(unread.some((m) => m.includes(kind === 'review' ? '表四' : '表三'))).toBe(true);
  });
});
