/** Hand-made results for formatter tests: Chinese messages, a warning, a fatal file, a location. */
import type { FormatterContext } from '../../src/formatters/types.js';
import { ruleById } from '../../src/rules/index.js';
import type { RuleMeta } from '../../src/rules/types.js';
import type { LintResult } from '../../src/engine/types.js';

const CWD = '/work/site';

export const RESULTS: LintResult[] = [
  {
    filePath: '/work/site/reports/2023年报.md',
    errorCount: 2,
    warningCount: 1,
    fatalErrorCount: 0,
    format: 'markdown',
    encoding: 'utf-8',
    source: 'SOURCE TEXT',
    messages: [
      {
        ruleId: 'statistical-period',
        severity: 2,
        messageId: 'wrongStart',
        message: '统计期限从 2023年3月1日 开始，应从 2023年1月1日开始',
        hint: '统计期限应覆盖整个自然年',
        line: 3,
        column: 67,
        endLine: 3,
        endColumn: 90,
        data: { start: '2023年3月1日' },
        docsUrl: 'https://example.test/docs/rules/statistical-period.md',
      },
      { ruleId: 'numeric-cells', severity: 1, messageId: 'blank', message: 'Blank: cell, 100% [x]', line: 12, column: 5 },
      {
        ruleId: 'fee-statement',
        severity: 2,
        messageId: 'missing',
        message: '未说明信息处理费的收取情况',
        line: 73,
        column: 4,
        location: '第六部分',
      },
    ],
  },
  {
    filePath: '/work/site/reports/broken.docx',
    errorCount: 1,
    warningCount: 0,
    fatalErrorCount: 1,
    messages: [
      {
        ruleId: null,
        severity: 2,
        fatal: true,
        messageId: 'unreadable',
        message: 'binary content,\nnot a report',
        line: 1,
        column: 1,
      },
    ],
  },
  { filePath: '/work/site/clean.md', errorCount: 0, warningCount: 0, fatalErrorCount: 0, messages: [] },
];

export function context(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return {
    cwd: CWD,
    color: false,
    locale: 'zh',
    rulesMeta: new Map([...ruleById].map(([id, rule]) => [id, rule.meta as RuleMeta<unknown, string>])),
    version: '9.9.9',
    ...overrides,
  };
}
