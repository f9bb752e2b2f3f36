/** required-statements: a match, a miss, a missing section, warn items, "any", and the config-time pattern check. */
import { describe, expect, test } from '@jest/globals';
import rule from '../../src/rules/required-statements.js';
import { regexProblem } from '../../src/rules/support/regex-safety.js';
import { testRule } from '../../src/testing.js';
import { markdownGfm, textCellPerLine } from '../helpers/report-fixture.js';
import { runCli, temporaryTrees } from '../cli-helpers.js';

const md = markdownGfm();
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const plan = {
  section: 'other' as const,
  pattern: '政务公开工作要点',
  message: { zh: '政务公开工作要点落实情况', en: 'the work plan' },
};
const withPlan = (text: string): string =>
  text.replace('其他需要报告的事项\n', '其他需要报告的事项\n\n本年度全面落实政务公开工作\n要点。\n');
const noSixth = md.slice(0, md.indexOf('## 六'));

testRule(rule, {
  valid: [
    { name: 'default: section 五 states improvements', text: md, format: 'markdown' },
    { name: 'configured statement present, across a line break', text: withPlan(md), format: 'markdown', options: [plan] },
    {
      name: 'regular expression, text layout',
      text: withPlan(textCellPerLine()),
      format: 'text',
      options: [{ ...plan, pattern: '工作要点|工作任务' }],
    },
    // The default in the words reports use for what will be improved (red team, 2026-12-05).
    ...[
      '今后，我局将加强培训，丰富解读形式。',
      '2024年，我局将加强培训，丰富解读形式。',
      '采取措施：加强培训，丰富解读形式。',
      '针对上述问题，将认真研究，逐一加以解决。',
      '下阶段将进一步完善公开目录，提升公开质量。',
      // red team rtV #12
      '针对以上问题，我们要进一步丰富解读形式，加强业务培训。',
      '2024年，重点做好以下工作：一是丰富解读形式；二是加强业务培训。',
      '针对上述问题，从以下几个方面加以完善：一是丰富解读形式；二是加强业务培训。',
    ].map((sentence) => ({
      name: `default: ${sentence}`,
      text: md.replace('下一步，我局将加强培训，丰富解读形式。', sentence),
      format: 'markdown' as const,
    })),
    {
      name: 'default: the improvements in a table of section 五',
      text: md.replace(
        '下一步，我局将加强培训，丰富解读形式。',
        '\n| 存在的主要问题 | 改进措施 |\n| --- | --- |\n| 公开内容还不够全面 | 加强培训 |\n',
      ),
      format: 'markdown',
    },
    {
      name: 'a configured statement in a table of section 六',
      text: md.replace(
        '其他需要报告的事项\n',
        '其他需要报告的事项\n\n| 项目 | 情况 |\n| --- | --- |\n| 政务公开工作要点落实情况 | 已全部落实 |\n\n',
      ),
      format: 'markdown',
      options: [plan],
    },
    {
      name: 'any section',
      text: md,
      format: 'markdown',
      options: [{ section: 'any', pattern: '以公开为常态', message: { zh: '公开原则' } }],
    },
  ],
  invalid: [
    {
      name: 'default: section 五 without improvements',
      text: md.replace(/下一步，我局将加强培训，丰富解读形式。/, ''),
      format: 'markdown',
      errors: [
        {
          messageId: 'missing',
          line: lineOf(md, '## 五、'),
          column: 4,
          severity: 'error',
          data: { section: '五、存在的主要问题及改进情况', zh: '改进措施或整改情况' },
        },
      ],
    },
    {
      name: 'a miss in section 六',
      text: md,
      format: 'markdown',
      options: [plan],
      errors: [
        {
          messageId: 'missing',
          line: lineOf(md, '## 六、'),
          column: 4,
          data: { section: '六、其他需要报告的事项', zh: '政务公开工作要点落实情况', en: 'the work plan' },
        },
      ],
    },
    {
      name: 'a warn item',
      text: md,
      format: 'markdown',
      options: [{ ...plan, severity: 'warn' }],
      errors: [{ messageId: 'missingWarning', line: lineOf(md, '## 六、'), severity: 'warn' }],
    },
    {
      name: 'the section is missing',
      text: noSixth,
      format: 'markdown',
      options: [plan],
      errors: [{ messageId: 'sectionMissing', line: 1, column: 1, data: { zh: '政务公开工作要点落实情况' } }],
    },
    {
      name: 'nowhere in the report; en falls back to zh',
      text: md,
      format: 'markdown',
      options: [{ section: 'any', pattern: '公开指南', message: { zh: '政府信息公开指南' } }],
      errors: [{ messageId: 'missingAnywhere', line: 1, column: 1, data: { zh: '政府信息公开指南', en: '政府信息公开指南' } }],
    },
  ],
});

describe('regexProblem', () => {
  test.each([
    '政务公开工作要点',
    '(公开|发布)+',
    '信息处理费.{0,20}元',
    'a+b+',
    '[0-9]+(\\.[0-9]+)?',
    '(?:联系|咨询)电话[：:]\\s*\\d+',
    '\\p{Script=Han}+',
  ])('accepts %s', (p) => {
    expect(regexProblem(p)).toBeUndefined();
  });
  test.each([
    ['(a+)+', 'already contains a repetition'],
    ['(a*)*b', 'already contains a repetition'],
    ['(\\w+\\s?)*$', 'already contains a repetition'],
    ['((ab)+c)+', 'already contains a repetition'],
    ['(.*a){12}', 'already contains a repetition'],
    ['(a|ab)*c', 'alternatives can start alike'],
    ['(.|x)+', 'alternatives can start alike'],
    ['(\\d|5)+', 'alternatives can start alike'],
  ])('refuses %s', (p, why) => {
    expect(regexProblem(p)).toMatch(why);
  });
  test('invalid and over-long patterns', () => {
    expect(regexProblem('(unclosed')).toMatch(/^is not a valid regular expression/);
    expect(regexProblem('a'.repeat(501))).toBe('is longer than 500 characters');
  });
});

describe('checked when the config is loaded', () => {
  const tree = temporaryTrees();
  test('a pattern the linear-time engine cannot run is exit 2 with one line naming the file and the option', async () => {
    const config = {
      rules: { 'required-statements': ['error', [{ section: 'other', pattern: '(?<=年)报告', message: { zh: 'x' } }]] },
    };
    const cwd = await tree({ '.reportlintrc.json': JSON.stringify(config), 'r.md': md });
    const run = await runCli(['r.md'], { cwd });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: expect.any(String),
    });
    expect(run.stderr).toMatch(
      /^reportlint: .*\.reportlintrc\.json: rules\.required-statements options: \[0\]\.pattern "\(\?<=年\)报告" uses what cannot run in linear time \(lookaround, backreferences\)[^\n]*\n$/,
    );
  });
  test('a bad item shape is reported by the schema', async () => {
    const cwd = await tree({
      '.reportlintrc.json':
        '{ "rules": { "required-statements": ["warn", [{ "section": "seven", "pattern": "x", "message": { "zh": "x" } }]] } }',
      'r.md': md,
    });
    expect((await runCli(['r.md', '--lang', 'en'], { cwd })).stderr).toMatch(
      /: rules\.required-statements options\[0\]\.section: must be one of "overview", "active", "applications", "review", "problems", "other", "any"\n$/,
    );
  });
  test('configured through the CLI it fires with the configured message in zh and en', async () => {
    const cwd = await tree({
      '.reportlintrc.json': JSON.stringify({
        extends: 'reportlint:recommended',
        rules: { 'required-statements': ['warn', [plan]] },
      }),
      'r.md': md,
    });
    const zh = await runCli(['-f', 'compact', 'r.md'], { cwd });
    expect(zh.stdout).toBe(
      `r.md:${lineOf(md, '## 六、')}:4: warning 「六、其他需要报告的事项」部分未写明：政务公开工作要点落实情况 [required-statements]\n`,
    );
    expect((await runCli(['-f', 'compact', '--lang', 'en', 'r.md'], { cwd })).stdout).toContain(
      'warning Section “六、其他需要报告的事项” does not state: the work plan [required-statements]',
    );
  });
});
