import { describe, expect, test } from '@jest/globals';
import { compact } from '../../src/formatters/compact.js';
import { eslintCompact } from '../../src/formatters/eslint-compact.js';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import { json } from '../../src/formatters/json.js';
import { formatters, getFormatter } from '../../src/formatters/index.js';
import { relativePath, fileUri } from '../../src/formatters/paths.js';
import { context, RESULTS } from './fixtures.js';

describe('compact', () => {
  test('one line per finding, English severity, relative path, no summary', () => {
    expect(compact(RESULTS, context())).toBe(
      [
        'reports/2023年报.md:3:67: error 统计期限从 2023年3月1日 开始，应从 2023年1月1日开始 [statistical-period]',
        'reports/2023年报.md:12:5: warning Blank: cell, 100% [x] [numeric-cells]',
        'reports/2023年报.md:73:4: error 未说明信息处理费的收取情况 [fee-statement]',
        'reports/broken.docx:1:1: error binary content, not a report [reportlint]',
        '',
      ].join('\n'),
    );
  });
  test('nothing to report prints nothing', () => expect(compact([RESULTS[2]!], context())).toBe(''));
  test('the location is shown only where lines mean little (.docx, .pdf), in the output language', () => {
    const docx = [{ ...RESULTS[0]!, filePath: '/work/site/a.docx', format: 'docx' as const }];
    expect(compact(docx, context()).split('\n')[2]).toBe(
      'a.docx:73:4: error 未说明信息处理费的收取情况（位置：第六部分） [fee-statement]',
    );
    expect(compact(docx, context({ locale: 'en' })).split('\n')[2]).toBe(
      'a.docx:73:4: error 未说明信息处理费的收取情况 (at 第六部分) [fee-statement]',
    );
  });
});

test('eslint-compact uses absolute paths and ESLint wording', () => {
  const lines = eslintCompact(RESULTS, context()).split('\n');
  expect(lines[0]).toBe(
    '/work/site/reports/2023年报.md: line 3, col 67, Error - 统计期限从 2023年3月1日 开始，应从 2023年1月1日开始 (statistical-period)',
  );
  expect(lines[1]).toBe('/work/site/reports/2023年报.md: line 12, col 5, Warning - Blank: cell, 100% [x] (numeric-cells)');
  expect(lines.at(-2)).toBe('4 problems');
  // VS Code's built-in $eslint-compact pattern.
  const vscode = /^(.+):\sline\s(\d+),\scol\s(\d+),\s(Error|Warning|Info)\s-\s(.+)\s\((.+)\)$/;
  expect(vscode.exec(lines[0]!)?.slice(1)).toEqual([
    '/work/site/reports/2023年报.md',
    '3',
    '67',
    'Error',
    '统计期限从 2023年3月1日 开始，应从 2023年1月1日开始',
    'statistical-period',
  ]);
});

describe('json', () => {
  test("ESLint's shape plus extras, no source", () => {
    const parsed = JSON.parse(json(RESULTS, context())) as Array<Record<string, unknown>>;
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).not.toHaveProperty('source');
    expect(parsed[0]).toMatchObject({
      filePath: '/work/site/reports/2023年报.md',
      errorCount: 2,
      warningCount: 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      encoding: 'utf-8',
    });
    expect((parsed[0]!.messages as unknown[])[0]).toEqual({ ...RESULTS[0]!.messages[0] });
    expect((parsed[1]!.messages as Array<Record<string, unknown>>)[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
  });

  test('the same whatever other format the run asks for: no facts (what was read is extract’s)', () => {
    const facts = { organ: '某局', year: 2023, notAReport: false, unreadableTables: [], applications: null, review: null };
    const withFacts = RESULTS.map((r) => ({ ...r, facts }));
    expect(json(withFacts, context())).toBe(json(RESULTS, context()));
    expect(json(withFacts, context())).not.toContain('"facts"');
  });
});

describe('github', () => {
  test('escaping of data and properties', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('x:y,z%')).toBe('x%3Ay%2Cz%25');
  });
  test('errors first, escaped annotations with positions and hints', () => {
    const lines = github(RESULTS, context()).trimEnd().split('\n');
    expect(lines).toEqual([
      '::error file=reports/2023年报.md,line=3,endLine=3,col=67,endColumn=90,title=reportlint (statistical-period)::统计期限从 2023年3月1日 开始，应从 2023年1月1日开始%0A统计期限应覆盖整个自然年',
      '::error file=reports/2023年报.md,line=73,col=4,title=reportlint (fee-statement)::未说明信息处理费的收取情况',
      '::error file=reports/broken.docx,line=1,col=1,title=reportlint (reportlint)::binary content, not a report',
      '::warning file=reports/2023年报.md,line=12,col=5,title=reportlint (numeric-cells)::Blank: cell, 100%25 [x]',
    ]);
  });
  test('a file name with a comma and colon is escaped', () => {
    const out = github([{ ...RESULTS[0]!, filePath: '/work/site/a,b:c.md', messages: [RESULTS[0]!.messages[1]!] }], context());
    expect(out).toMatch(/^::warning file=a%2Cb%3Ac\.md,line=12,/);
  });
});

describe('registry and paths', () => {
  test('every documented name is registered; unknown names are not', () => {
    expect(Object.keys(formatters).sort()).toEqual([
      'compact',
      'csv',
      'eslint-compact',
      'github',
      'gitlab',
      'json',
      'junit',
      'sarif',
      'stylish',
      'summary-html',
    ]);
    expect(getFormatter('toString')).toBeUndefined();
    expect(getFormatter('checkstyle')).toBeUndefined();
  });
  test('relativePath handles POSIX, Windows and other folders', () => {
    expect(relativePath('/work/site', '/work/site/a/b.md')).toBe('a/b.md');
    expect(relativePath('/work/site', '/work/other/b.md')).toBe('../other/b.md');
    expect(relativePath('C:\\site', 'c:\\site\\报告\\b.md')).toBe('报告/b.md');
    expect(relativePath('C:\\site', 'D:\\b.md')).toBe('D:/b.md');
    expect(relativePath('/work/site', '<stdin>')).toBe('<stdin>');
  });
  test('fileUri percent-encodes segments', () => {
    expect(fileUri('/work/my site/年报.md')).toBe('file:///work/my%20site/%E5%B9%B4%E6%8A%A5.md');
    expect(fileUri('C:\\site', true)).toBe('file:///C:/site/');
  });
});

describe('github job summary', () => {
  test('a title with counts and one table row per finding, pipes escaped', async () => {
    const { githubSummary } = await import('../../src/formatters/github-summary.js');
    const withPipe = [{ ...RESULTS[0]!, messages: [{ ...RESULTS[0]!.messages[1]!, message: 'a | b' }] }, RESULTS[1]!];
    expect(githubSummary(withPipe, context()).split('\n')).toEqual([
      '### reportlint：2 个文件，3 个错误，1 个警告',
      '',
      '| 文件 | 行:列 | 级别 | 规则 | 问题 |',
      '| --- | --- | --- | --- | --- |',
      '| reports/2023年报.md | 12:5 | warning | numeric-cells | a \\| b |',
      '| reports/broken.docx | 1:1 | error | reportlint | binary content, not a report |',
      '',
    ]);
    expect(githubSummary([RESULTS[2]!], context({ locale: 'en' }))).toBe('### reportlint: 0 errors, 0 warnings in 1 file\n');
  });
});

describe('junit', () => {
  test('one suite per report, one failing case per finding, a passing case for a clean report, XML escaped', async () => {
    const { junit, escapeXml } = await import('../../src/formatters/junit.js');
    expect(escapeXml('a<b>&"c\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    const out = junit([{ ...RESULTS[0]!, messages: [RESULTS[0]!.messages[1]!] }, RESULTS[2]!], context());
    expect(out.split('\n')).toEqual([
      '<?xml version="1.0" encoding="utf-8"?>',
      '<testsuites>',
      '<testsuite package="reportlint" time="0" tests="1" failures="1" errors="0" name="reports/2023年报.md">',
      '<testcase time="0" name="numeric-cells" classname="reports/2023年报.md">',
      '<failure message="Blank: cell, 100% [x]" type="warning">reports/2023年报.md:12:5 Warning - Blank: cell, 100% [x] (numeric-cells)</failure>',
      '</testcase>',
      '</testsuite>',
      '<testsuite package="reportlint" time="0" tests="1" failures="0" errors="0" name="clean.md">',
      '<testcase time="0" name="reportlint" classname="clean.md" />',
      '</testsuite>',
      '</testsuites>',
      '',
    ]);
  });
  test('a file not read as a report, or read in part, its warning hidden (--quiet): a skipped case saying why, never a pass', async () => {
    const { junit } = await import('../../src/formatters/junit.js');
    const clean = RESULTS[2]!;
    const notes = { ...clean, filePath: '/work/site/notes.html', notAReport: true };
    const facts = { organ: null, year: 2023, notAReport: false, unreadableTables: [], applications: null, review: null };
    const part = { ...clean, filePath: '/work/site/scan.pdf', facts: { ...facts, unread: ['table:applications'] } };
    const read = { ...clean, facts: { ...facts, unread: [] } };
    const out = junit([notes, part, read], context());
    expect(out.split('\n').slice(2, -2)).toEqual([
      '<testsuite package="reportlint" time="0" tests="1" failures="0" errors="0" skipped="1" name="notes.html">',
      '<testcase time="0" name="reportlint" classname="notes.html">',
      '<skipped message="不是政府信息公开工作年度报告，未检查" />',
      '</testcase>',
      '</testsuite>',
      '<testsuite package="reportlint" time="0" tests="1" failures="0" errors="0" skipped="1" name="scan.pdf">',
      '<testcase time="0" name="reportlint" classname="scan.pdf">',
      '<skipped message="部分内容未能读取（table:applications），相应的检查未进行" />',
      '</testcase>',
      '</testsuite>',
      '<testsuite package="reportlint" time="0" tests="1" failures="0" errors="0" name="clean.md">',
      '<testcase time="0" name="reportlint" classname="clean.md" />',
      '</testsuite>',
    ]);
    expect(junit([part], context({ locale: 'en' }))).toContain(
      '<skipped message="Read only in part (table:applications): the checks of what was not read did not run" />',
    );
  });
});
