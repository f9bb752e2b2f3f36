/**
 * The batch formats end to end (issue 23): a generated batch linted through the CLI into summary-html and csv,
 * and through lintFiles into the summary's data — verdicts, counts, roll-up and stale-content findings.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { lintFiles } from '../../src/engine/files.js';
import { summarize, verdictOf } from '../../src/formatters/summary-data.js';
import { csvField } from '../../src/formatters/csv.js';
import { summaryHtml } from '../../src/formatters/summary-html.js';
import { runCli, temporaryTrees } from '../cli-helpers.js';
import { CLEAN } from '../fixture-defects.js';
import { batchFiles, FILES, EDUCATION, FINANCE, HEALTH, PARENT, TRANSPORT } from './fixtures.js';

const tree = temporaryTrees();

/** A tiny RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF records. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('a batch of reports', () => {
  let root: string;
  /** Outputs go elsewhere: written inside the batch, the page itself would be linted as a report next time. */
  let out: string;
  // The meeting notes are named explicitly: met while walking, a file that is no report is skipped with a notice.
  const results = async () => lintFiles(['.', FILES[5]!], { cwd: root, keepFacts: true });

  beforeAll(async () => {
    root = await tree(batchFiles());
    out = await tree({});
  });

  test('verdicts, counts per rule and per organ, outliers', async () => {
    const s = summarize(await results(), root);
    expect(s.reports.map((r) => [r.file, r.organ, r.year, r.verdict, r.errors, r.warnings])).toEqual([
      [FILES[0], EDUCATION, 2022, 'publish', 0, 0],
      [FILES[1], EDUCATION, 2023, 'publish', 0, 1],
      [FILES[2], PARENT, 2023, 'publish', 0, 1],
      [FILES[3], HEALTH, 2023, 'publish', 0, 0],
      [FILES[4], FINANCE, 2023, 'revise', 1, 0],
      [FILES[5], null, null, 'unreadable', 0, 1],
    ]);
    expect(s.verdicts).toEqual({ publish: 4, revise: 1, unreadable: 1 });
    expect(s.rules).toEqual([
      { rule: 'application-totals', errors: 1, warnings: 0, reports: 1 },
      { rule: 'roll-up', errors: 0, warnings: 1, reports: 1 },
      { rule: 'stale-content', errors: 0, warnings: 1, reports: 1 },
      { rule: 'unreadable-content', errors: 0, warnings: 1, reports: 1 },
    ]);
    expect(s.organs.map((o) => [o.organ, o.reports, o.errors, o.warnings])).toEqual([
      ['', 1, 0, 1],
      [FINANCE, 1, 1, 0],
      [PARENT, 1, 0, 1],
      [HEALTH, 1, 0, 0],
      [EDUCATION, 2, 0, 1],
    ]);
    // The key figures: 新收 and 办结 from table 三's 总计 column, the rates from tables 三 and 四.
    expect(s.reports[3]!.figures).toEqual({
      received: 568,
      handled: 550,
      carryForward: 78,
      grantRate: 50 / 550,
      correctionRate: 1 / 5,
      reviews: 5,
      lawsuits: 6,
    });
    expect(s.reports[5]!.figures).toBeNull();
    // The finance bureau grants four times the others' share; the city sums its departments' cases.
    expect(s.reports.map((r) => r.outliers)).toEqual([[], [], ['reviews', 'lawsuits'], [], ['grantRate'], []]);
  });

  test('roll-up: the city against the sum of its departments, one figure off', async () => {
    const city = (await results())[2]!;
    expect(city.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([
      [
        'roll-up',
        1,
        '与下级机关报告之和不一致（2 处）：表四「行政复议」其他结果 为 4，下级之和为 3；表四「行政复议」总计 为 14，下级之和为 13',
      ],
    ]);
    const en = await lintFiles([FILES[2]!, FILES[1]!, FILES[3]!], { cwd: root, lang: 'en' });
    expect(en[1]!.messages.map((m) => m.message)).toEqual([
      'Differs from the sum of the subordinate organs’ reports in 2 place(s): table 4 “行政复议” “其他结果” is 4, the subordinates sum to 3; table 4 “行政复议” “总计” is 14, the subordinates sum to 13',
    ]);
    // Without a hierarchy in the config there is no roll-up at all.
    const off = await lintFiles([FILES[2]!, FILES[1]!, FILES[3]!], { cwd: root, lookup: false });
    expect(off.flatMap((r) => r.messages)).toEqual([]);
  });

  test('roll-up with a subordinate missing: that is said, and no partial sum is compared', async () => {
    const files = batchFiles();
    const config = JSON.parse(files['.reportlintrc.json']!) as { hierarchy: Record<string, string[]> };
    config.hierarchy[PARENT]!.push(TRANSPORT);
    const missing = await tree({ ...files, '.reportlintrc.json': JSON.stringify(config) });
    const city = (await lintFiles(['.'], { cwd: missing }))[2]!;
    expect(city.messages.map((m) => [m.ruleId, m.severity, m.line, m.message])).toEqual([
      ['roll-up', 1, 31, `本次检查中没有下级机关 ${TRANSPORT} 的 2023 年度报告，无法核对汇总数`],
    ]);
  });

  test("a subordinate's 公告 page (or any file of its year without tables) beside its report is no copy of its figures (rtT §11)", async () => {
    // Published with the report, the notice is read as the organ's of that year; it holds no table.
    const notice = [
      `# ${PARENT}关于${EDUCATION}2023年政府信息公开工作年度报告的公告`,
      '',
      `根据《中华人民共和国政府信息公开条例》规定，现将《${EDUCATION}2023年政府信息公开工作年度报告》予以公布，报告全文见附件。`,
      '',
      `${PARENT}办公室`,
      '',
      '2024年3月28日',
      '',
    ].join('\n');
    for (const name of ['city/2023-education-公告.md', 'city/0-公告.md']) {
      const dir = await tree({ ...batchFiles(), [name]: notice });
      const run = await lintFiles([name, FILES[2]!, FILES[1]!, FILES[3]!], { cwd: dir });
      const city = run.find((r) => r.filePath.endsWith(FILES[2]!))!;
      expect(city.messages.map((m) => [m.ruleId, m.message])).toEqual([
        [
          'roll-up',
          '与下级机关报告之和不一致（2 处）：表四「行政复议」其他结果 为 4，下级之和为 3；表四「行政复议」总计 为 14，下级之和为 13',
        ],
      ]);
    }
  });

  test('roll-up counts a subordinate named twice (or twice but for spacing) once, and says so; a parent naming itself is a config error', async () => {
    const files = batchFiles();
    const spaced = EDUCATION.replace('市', '市 ');
    const withHierarchy = (names: string[]) =>
      tree({
        ...files,
        '.reportlintrc.json': JSON.stringify({ extends: 'reportlint:recommended', hierarchy: { [PARENT]: names } }),
      });
    const baseline = (await lintFiles([FILES[2]!, FILES[1]!, FILES[3]!], { cwd: root }))[1]!.messages.map((m) => m.message);
    expect(baseline).toHaveLength(1);
    for (const names of [
      [EDUCATION, EDUCATION, HEALTH],
      [EDUCATION, HEALTH, spaced],
    ]) {
      const dir = await withHierarchy(names);
      const run = await runCli([FILES[2]!, FILES[1]!, FILES[3]!, '-f', 'compact'], { cwd: dir });
      // Only the planted 行政复议 difference: education's figures are not added twice.
      expect(run.stdout.split('\n').filter((l) => l.includes('[roll-up]'))).toEqual([
        `${FILES[2]!}:61:1: warning ${baseline[0]!} [roll-up]`,
      ]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(
        `reportlint: .reportlintrc.json: hierarchy 中 ${PARENT} 的下级机关 ${EDUCATION} 列出不止一次（忽略空白后相同），按一个机关计入下级之和\n`,
      );
    }
    const self = await withHierarchy([EDUCATION, HEALTH, PARENT.replace('市', '市 ')]);
    const run = await runCli([FILES[2]!, FILES[1]!, FILES[3]!, '-f', 'compact', '--lang', 'en'], { cwd: self });
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `reportlint: ${path.join(self, '.reportlintrc.json')}: hierarchy.${PARENT}[2]: a parent organ cannot be its own subordinate (某市 人民政府): its report would be added to the sum it is compared with\n`,
    });
  });

  test('roll-up is switched off, made an error and disabled inline like any rule', async () => {
    const city = async (options: Parameters<typeof lintFiles>[1], dir = root) =>
      (await lintFiles([FILES[2]!, FILES[1]!, FILES[3]!], { cwd: dir, ...options }))
        .find((r) => r.filePath.endsWith(FILES[2]!))!
        .messages.map((m) => [m.ruleId, m.severity]);
    expect(await city({ ruleOverrides: { 'roll-up': 'off' } })).toEqual([]);
    expect(await city({ ruleOverrides: { 'roll-up': 'error' } })).toEqual([['roll-up', 2]]);
    const files = batchFiles();
    const disabled = await tree({
      ...files,
      [FILES[2]!]: `<!-- reportlint-disable-file roll-up -- 汇总口径不同 -->\n${files[FILES[2]!]!}`,
    });
    expect(await city({ reportUnusedDisableDirectives: true }, disabled)).toEqual([]);
    const run = await runCli(['--rule', 'roll-up: off', FILES[2]!, FILES[1]!, FILES[3]!, '-f', 'compact'], { cwd: root });
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' });
    const explained = await runCli(['--explain', 'roll-up'], { cwd: root });
    expect([explained.code, explained.stdout.split('\n')[0]]).toEqual([0, '# roll-up']);
  });

  test("stale content: last year's narrative repeated, named by section; not in the first year", async () => {
    const all = await results();
    expect(all[0]!.messages).toEqual([]);
    expect(all[1]!.messages.map((m) => [m.ruleId, m.severity, m.line, m.message])).toEqual([
      // The copy measured is named (an original and its 更正版 may both be in a run).
      ['stale-content', 1, 5, `本报告叙述有 100% 与 2022 年度报告 ${FILES[0]!} 相同，重复最多的是「一、总体情况」（100%）`],
    ]);
    // --previous names last year explicitly: the same finding for a report linted alone.
    const alone = await lintFiles([FILES[1]!], { cwd: root, previousFile: FILES[0]! });
    expect(alone[0]!.messages.map((m) => m.ruleId)).toEqual(['stale-content']);
    // A higher threshold than the share: nothing.
    const lenient = await lintFiles([FILES[0]!, FILES[1]!], {
      cwd: root,
      ruleOverrides: { 'stale-content': ['warn', { threshold: 1 }] },
    });
    expect(lenient.flatMap((r) => r.messages)).toEqual([]);
  });

  test('facts travel only when asked for', async () => {
    const plain = await lintFiles([FILES[3]!], { cwd: root });
    expect(plain[0]).not.toHaveProperty('facts');
    const kept = await lintFiles([FILES[3]!], { cwd: root, keepFacts: true });
    expect(kept[0]!.facts).toMatchObject({ organ: HEALTH, year: 2023, notAReport: false, unreadableTables: [] });
  });

  test('--format summary-html: one self-contained page', async () => {
    const run = await runCli(['.', FILES[5]!, '-f', 'summary-html', '-o', path.join(out, 'summary.html')], { cwd: root });
    expect([run.code, run.stderr]).toEqual([1, '']);
    const html = await readFile(path.join(out, 'summary.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    // Nothing to fetch: no script, no link, no src, no url(); the CSP forbids any request anyway.
    expect(html).not.toMatch(/<script|<link|\ssrc=|url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(html).toContain("default-src 'none'");
    const verdicts = [...html.matchAll(/<tr data-file="([^"]+)" data-verdict="(\w+)"/g)].map((m) => [m[1], m[2]]);
    expect(verdicts).toEqual(FILES.map((f, i) => [f, ['publish', 'publish', 'publish', 'publish', 'revise', 'unreadable'][i]]));
    expect([...html.matchAll(/data-verdict="(\w+)"><b>(\d+)<\/b>([^<]+)</g)].map((m) => `${m[3]} ${m[2]}`)).toEqual([
      '可以发布 4',
      '需要修改 1',
      '无法完整读取 1',
    ]);
    expect(html).toContain('<td class="n outlier" data-figure="grantRate" title="与本批其他报告差异较大">▲ 36.8%</td>');
    expect(html).toMatch(
      /<tr data-rule="roll-up"><td>roll-up<\/td><td>上级机关报告的表三、表四须等于下级机关报告之和<\/td><td class="n">0<\/td><td class="n">1<\/td>/,
    );
    expect((html.match(/<svg /g) ?? []).length).toBe(3);
    expect(html).toContain('下级之和为 13');
    // The year-over-year check of each report: checked against last year's file, or not checked and why.
    expect(
      [...html.matchAll(/<td class="carry-\w+" data-carry-over="(\w+)">([^<]*)<\/td><\/tr>/g)].map((m) => [m[1], m[2]]),
    ).toEqual([
      ['notChecked', '未核对：本次检查中没有同一机关上一年度的报告'],
      ['consistent', `一致（与 ${FILES[0]} 核对）`],
      ['notChecked', '未核对：本次检查中没有同一机关上一年度的报告'],
      ['notChecked', '未核对：本次检查中没有同一机关上一年度的报告'],
      ['notChecked', '未核对：本次检查中没有同一机关上一年度的报告'],
      ['notChecked', '未核对：不是年度报告'],
    ]);
    // Written into the batch, the page is not linted as a report next time.
    const inside = await tree({ 'a.md': batchFiles()['city/2023-health.md']! });
    expect((await runCli(['.', '-f', 'summary-html', '-o', 'summary.html'], { cwd: inside })).code).toBe(0);
    expect(await runCli(['.', '-f', 'compact'], { cwd: inside })).toEqual({
      code: 0,
      stdout: '',
      stderr: 'reportlint: summary.html: 已跳过，这是 reportlint 生成的汇总页\n',
    });
    const en = await runCli(['.', FILES[5]!, '-f', 'summary-html', '--lang', 'en'], { cwd: root });
    expect(en.stdout).toContain('<html lang="en">');
    expect(en.stdout).toContain('Ready to publish');
  });

  test('--format csv: one row per finding, BOM, RFC 4180, Chinese intact', async () => {
    const run = await runCli(['.', FILES[5]!, '-f', 'csv'], { cwd: root });
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith('\uFEFF文件,机关,年度,规则,级别,行,列,问题,上年结转核对\r\n')).toBe(true);
    const rows = readCsv(run.stdout.slice(1));
    expect(rows[0]).toEqual(['文件', '机关', '年度', '规则', '级别', '行', '列', '问题', '上年结转核对']);
    // Each row says what became of its report's year-over-year check.
    expect(rows.slice(1).map((r) => r[8])).toEqual([
      `一致（与 ${FILES[0]} 核对）`,
      '未核对：本次检查中没有同一机关上一年度的报告',
      '未核对：本次检查中没有同一机关上一年度的报告',
      '未核对：不是年度报告',
    ]);
    expect(rows.slice(1).map((r) => r.slice(0, 7))).toEqual([
      [FILES[1], EDUCATION, '2023', 'stale-content', '警告', '5', '4'],
      [FILES[2], PARENT, '2023', 'roll-up', '警告', '61', '1'],
      [FILES[4], FINANCE, '2023', 'application-totals', '错误', '33', '28'],
      [FILES[5], '', '', 'unreadable-content', '警告', '1', '1'],
    ]);
    expect(rows[2]![7]).toBe(
      '与下级机关报告之和不一致（2 处）：表四「行政复议」其他结果 为 4，下级之和为 3；表四「行政复议」总计 为 14，下级之和为 13',
    );
    // Bytes on disk: UTF-8 with the BOM (EF BB BF), as Excel and WPS need.
    await runCli(['.', FILES[5]!, '-f', 'csv', '-o', path.join(out, 'findings.csv'), '--lang', 'en'], { cwd: root });
    const bytes = await readFile(path.join(out, 'findings.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readCsv(bytes.toString('utf8').slice(1))[0]).toEqual([
      'file',
      'organ',
      'year',
      'rule',
      'severity',
      'line',
      'column',
      'message',
      'carry-over check',
    ]);
  });

  test('a carried-over row that differs from last year: "differs" in the csv and the page, even with the error suppressed', async () => {
    const education = batchFiles()['city/2023-education.md']!;
    const lastYear = batchFiles()['city/2022-education.md']!;
    // Last year carried forward other figures: this year's 上年结转 differs from them.
    const row = lastYear.split('\n').find((l) => l.startsWith('| 四、结转下年度继续办理'))!;
    const other = row.replace(/\| (\d+) \|/, (_m, n: string) => `| ${Number(n) + 5} |`);
    const cwd = await tree({ '2022.md': lastYear.replace(row, other), '2023.md': education });
    const csvRun = await runCli(['.', '-f', 'csv'], { cwd });
    const rows = readCsv(csvRun.stdout.slice(1)).slice(1);
    const carry = rows.filter((r) => r[3] === 'carry-over');
    expect(carry).toHaveLength(1);
    expect(carry[0]![8]).toBe('不符（与 2022.md 核对）');
    // Off by rule: the check did not run, and the row says so.
    const off = readCsv((await runCli(['.', '-f', 'csv', '--rule', 'carry-over: off'], { cwd })).stdout.slice(1));
    expect(
      off
        .slice(1)
        .filter((r) => r[0] === '2023.md')
        .map((r) => r[8]),
    ).toEqual(
      off
        .slice(1)
        .filter((r) => r[0] === '2023.md')
        .map(() => '未核对：carry-over 规则已关闭，或报告未读为文字（扫描件、文本框等）'),
    );
    // Suppressed, the finding is gone but the page still says the row differs.
    await runCli(['.', '--suppress-rule', 'carry-over'], { cwd });
    const page = (await runCli(['.', '-f', 'summary-html', '--lang', 'en'], { cwd })).stdout;
    expect(page).not.toContain('carried-forward row of the 2022 report');
    expect(page).toContain('<td class="carry-mismatch" data-carry-over="mismatch">differs (checked against 2022.md)</td>');
  });
});

test('csvField quotes what RFC 4180 asks and nothing else', () => {
  expect(['a', 'a,b', 'say "hi"', 'two\nlines', '中文，全角逗号', 3, null].map(csvField)).toEqual([
    'a',
    '"a,b"',
    '"say ""hi"""',
    '"two\nlines"',
    '中文，全角逗号',
    '3',
    '',
  ]);
  expect(readCsv('a,"b,""c"""\r\n"x\ny",z\r\n')).toEqual([
    ['a', 'b,"c"'],
    ['x\ny', 'z'],
  ]);
});

test('verdicts: a fatal file, a part that could not be read, errors, warnings only', () => {
  const base = { filePath: '/x/a.md', errorCount: 0, warningCount: 0, fatalErrorCount: 0, messages: [] };
  const finding = (ruleId: string | null, messageId: string, severity: 1 | 2) => ({
    ruleId,
    messageId,
    severity,
    message: '',
    line: 1,
    column: 1,
  });
  expect(verdictOf(base)).toBe('publish');
  expect(verdictOf({ ...base, warningCount: 1, messages: [finding('stale-content', 'repeated', 1)] })).toBe('publish');
  expect(verdictOf({ ...base, errorCount: 1, messages: [finding('fee-statement', 'missing', 2)] })).toBe('revise');
  expect(verdictOf({ ...base, warningCount: 1, messages: [finding('unreadable-content', 'table', 1)] })).toBe('unreadable');
  expect(verdictOf({ ...base, warningCount: 1, messages: [finding('unreadable-content', 'noBody', 1)] })).toBe('unreadable');
  // A part not read is never declared fit to publish (its figures were not checked), as on the editors' page;
  // errors come first (需要修改).
  for (const id of ['rows', 'section', 'tableImage', 'replacementCharacters'])
    expect(verdictOf({ ...base, warningCount: 1, messages: [finding('unreadable-content', id, 1)] })).toBe('unreadable');
  expect(
    verdictOf({
      ...base,
      errorCount: 1,
      warningCount: 1,
      messages: [finding('fee-statement', 'missing', 2), finding('unreadable-content', 'table', 1)],
    }),
  ).toBe('revise');
  expect(
    verdictOf({
      ...base,
      errorCount: 1,
      fatalErrorCount: 1,
      messages: [{ ...finding(null, 'unreadable', 2), fatal: true as const }],
    }),
  ).toBe('unreadable');
});

test('hundreds of organs: the chart shows the 30 busiest, the table every report', () => {
  const results = Array.from({ length: 35 }, (_, i) => ({
    filePath: `/b/r${String(i).padStart(2, '0')}.md`,
    errorCount: 0,
    warningCount: 0,
    fatalErrorCount: 0,
    messages: [],
    facts: {
      organ: `第${i}局`,
      year: 2023,
      notAReport: false,
      unreadableTables: [],
      applications: { new: 10 + i, handled: 9 + i, granted: 3, partial: 1, carryForward: 1 },
      review: null,
    },
  }));
  const html = summaryHtml(results, { cwd: '/b', color: false, locale: 'zh', rulesMeta: new Map() });
  expect(html).toContain('各机关的申请数据（新收最多的 30 个）');
  const chart = html.slice(html.indexOf('各机关的申请数据'), html.indexOf('</svg>', html.indexOf('各机关的申请数据')));
  expect((chart.match(/class="label"/g) ?? []).length).toBe(30);
  expect(chart).not.toContain('第4局 2023');
  expect((html.match(/<tr data-file=/g) ?? []).length).toBe(35);
});

test("facts keep the places a report's text sets before its organ's name, for the summary's 各机关 (rtQ F8)", async () => {
  const town = CLEAN.replaceAll('青石县自然资源局', '城关镇人民政府');
  const root = await tree({ 'a.md': `${town}\n乙县城关镇人民政府\n`, 'b.md': town });
  const results = await lintFiles(['.'], { cwd: root, keepFacts: true });
  expect(results.map((r) => [r.facts?.organ, r.facts?.organPlaces])).toEqual([
    ['城关镇人民政府', ['乙县']],
    ['城关镇人民政府', undefined],
  ]);
});

test('organs printing one name: one row and one bar each, as the year-over-year pairing tells them apart (rtQ F8)', () => {
  const result = (file: string, organ: string, year: number, received: number, organPlaces?: string[]) => ({
    filePath: `/b/${file}`,
    errorCount: 0,
    warningCount: 0,
    fatalErrorCount: 0,
    messages: [],
    facts: {
      organ,
      ...(organPlaces ? { organPlaces } : {}),
      year,
      notAReport: false,
      unreadableTables: [],
      applications: { new: received, handled: received - 3, granted: 7, partial: 2, carryForward: 3 },
      review: null,
    },
  });
  const results = [
    result('乡镇/甲县/城关镇人民政府2022.md', '城关镇人民政府', 2022, 41),
    result('乡镇/甲县/城关镇人民政府2023.md', '城关镇人民政府', 2023, 43),
    result('乡镇/乙县/城关镇人民政府2023.md', '城关镇人民政府', 2023, 47),
    // One flat folder: the texts sign for two counties.
    result('下载/城关镇人民政府2023年报告.md', '城关镇人民政府', 2023, 53, ['丙县']),
    result('下载/城关镇人民政府2024年报告.md', '城关镇人民政府', 2024, 59, ['丁县']),
    result('区级/南京/2023/鼓楼区教育局.md', '鼓楼区教育局', 2023, 61),
    result('区级/福州/2024/鼓楼区教育局.md', '鼓楼区教育局', 2024, 67),
    // A city's bureau is one organ wherever its copies lie.
    result('市级/江州市财政局/2023年报.md', '江州市财政局', 2023, 71),
    result('杂项/备份/江州市财政局2023年报-副本.md', '江州市财政局', 2023, 71),
  ];
  const s = summarize(results, '/b');
  expect(s.organs.map((o) => [o.organ, o.where, o.reports])).toEqual([
    ['城关镇人民政府', '下载 丁县', 1],
    ['城关镇人民政府', '下载 丙县', 1],
    ['城关镇人民政府', '乡镇/乙县', 1],
    ['城关镇人民政府', '乡镇/甲县', 2],
    ['江州市财政局', undefined, 2],
    ['鼓楼区教育局', '区级/南京/2023', 1],
    ['鼓楼区教育局', '区级/福州/2024', 1],
  ]);
  expect(s.reports.map((r) => r.where)).toEqual([
    '乡镇/甲县',
    '乡镇/甲县',
    '乡镇/乙县',
    '下载 丙县',
    '下载 丁县',
    '区级/南京/2023',
    '区级/福州/2024',
    undefined,
    undefined,
  ]);
  const html = summaryHtml(results, { cwd: '/b', color: false, locale: 'zh', rulesMeta: new Map() });
  expect(
    [...html.matchAll(/<tr data-organ="([^"]+)"(?: data-where="([^"]+)")?><td>([^<]+)/g)].map((m) => [m[1], m[2], m[3]]),
  ).toEqual([
    ['城关镇人民政府', '下载 丁县', '城关镇人民政府 '],
    ['城关镇人民政府', '下载 丙县', '城关镇人民政府 '],
    ['城关镇人民政府', '乡镇/乙县', '城关镇人民政府 '],
    ['城关镇人民政府', '乡镇/甲县', '城关镇人民政府 '],
    ['江州市财政局', undefined, '江州市财政局'],
    ['鼓楼区教育局', '区级/南京/2023', '鼓楼区教育局 '],
    ['鼓楼区教育局', '区级/福州/2024', '鼓楼区教育局 '],
  ]);
  expect(html).toContain('<span class="muted">（区级/福州/2024）</span>');
  // The chart: the latest report of each organ, 鼓楼区 of 南京 beside 鼓楼区 of 福州.
  const chart = html.slice(html.indexOf('各机关的申请数据'), html.indexOf('</svg>', html.indexOf('各机关的申请数据')));
  expect([...chart.matchAll(/class="label">[^<]*<title>([^<]+)<\/title>/g)].map((m) => m[1])).toEqual([
    '城关镇人民政府（下载 丁县） 2024',
    '城关镇人民政府（下载 丙县） 2023',
    '城关镇人民政府（乡镇/乙县） 2023',
    '城关镇人民政府（乡镇/甲县） 2023',
    '江州市财政局 2023',
    '鼓楼区教育局（区级/南京/2023） 2023',
    '鼓楼区教育局（区级/福州/2024） 2024',
  ]);
});
