import { spawnSync } from 'node:child_process';
import { unlinkSync, writeFileSync } from 'node:fs';
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { lintFiles, NoFilesFoundError } from '../src/engine/files.js';
import { temporaryTrees } from './cli-helpers.js';
import { BAD_PERIOD, CLEAN, NO_FEE } from './fixture-defects.js';
import { carryColumns } from './helpers/carry-columns.js';

const now = new Date('2024-06-01');
const BINARY = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]);
const tree = temporaryTrees();
/** The user and group an unprivileged child runs as when the tests run as root. */
const NOBODY = 65534;
const names = (root: string, results: Array<{ filePath: string }>): string[] =>
  results.map((r) => path.relative(root, r.filePath).split(path.sep).join('/'));

describe('lintFiles', () => {
  test('folders are searched for report extensions only, in sorted order, skipping node_modules and dot folders', async () => {
    const root = await tree({
      'b/2.md': CLEAN,
      'a/1.txt': CLEAN,
      'a/page.html': '<html><body><p>本站新闻：全市召开春季植树动员大会，各区县负责人参加会议并作表态发言。</p></body></html>',
      'a/notes.json': '{}',
      'node_modules/x/readme.md': CLEAN,
      '.hidden/x.md': CLEAN,
      'c.htm': '<p>Site map: home, news, contact us, accessibility statement, privacy policy.</p>',
    });
    const notices: string[] = [];
    const results = await lintFiles(['.'], { cwd: root, now, onNotice: (m) => notices.push(m) });
    expect(names(root, results)).toEqual(['a/1.txt', 'b/2.md']);
    // The two pages are no reports: skipped, and named together in one notice.
    expect(notices).toEqual(['已跳过 2 个不是年度报告的文件：a/page.html、c.htm']);
  });

  test("this repository's README.md and package.json: one not-a-report finding each, nothing else", async () => {
    const repo = new URL('..', import.meta.url).pathname;
    const results = await lintFiles(['README.md', 'package.json'], { cwd: repo, now });
    expect(results.map((r) => r.messages.map((m) => `${m.ruleId}:${m.messageId}`))).toEqual([
      ['unreadable-content:notAReport'],
      ['unreadable-content:notAReport'],
    ]);
  });

  test('a file that is no report, named explicitly, gets one finding and nothing else', async () => {
    const root = await tree({
      'notes.md': '# 会议记录\n\n下周一上午九点在三楼会议室开会，请各科室负责人准时参加，并带上本季度工作小结。\n',
      'package.json': '{"name": "x", "version": "1.0.0"}',
    });
    const results = await lintFiles(['notes.md', 'package.json'], { cwd: root, now });
    expect(results.map((r) => r.messages.map((m) => `${m.ruleId}:${m.messageId}`))).toEqual([
      ['unreadable-content:notAReport'],
      ['unreadable-content:notAReport'],
    ]);
  });

  test('findings per file with the right rule ids; explicit files and globs; duplicates once', async () => {
    const root = await tree({ 'r/period.md': BAD_PERIOD, 'r/fee.md': NO_FEE, 'r/ok.md': CLEAN });
    const results = await lintFiles(['r/*.md', 'r/fee.md', 'r'], { cwd: root, now });
    expect(names(root, results)).toEqual(['r/fee.md', 'r/ok.md', 'r/period.md']);
    expect(results.map((r) => r.messages.map((m) => `${m.ruleId}@${m.line}`))).toEqual([
      ['fee-statement@73'],
      [],
      ['statistical-period@3'],
    ]);
    expect(results[0]).not.toHaveProperty('source');
  });

  test('.reportlintignore, --ignore-path, --ignore-pattern and --no-ignore', async () => {
    const root = await tree({
      '.reportlintignore': 'drafts/\n',
      'other.ignore': '*.txt\n',
      'drafts/a.md': CLEAN,
      'b.md': CLEAN,
      'c.txt': CLEAN,
    });
    expect(names(root, await lintFiles(['.'], { cwd: root, now }))).toEqual(['b.md', 'c.txt']);
    expect(names(root, await lintFiles(['.'], { cwd: root, now, ignorePath: 'other.ignore' }))).toEqual(['b.md', 'drafts/a.md']);
    expect(names(root, await lintFiles(['.'], { cwd: root, now, ignorePatterns: ['b.md'] }))).toEqual(['c.txt']);
    expect(names(root, await lintFiles(['.'], { cwd: root, now, ignore: false }))).toEqual(['b.md', 'c.txt', 'drafts/a.md']);
    await expect(lintFiles(['.'], { cwd: root, ignorePath: 'missing.ignore' })).rejects.toThrow(
      'missing.ignore: 无法读取忽略文件（找不到文件）',
    );
    await expect(lintFiles(['.'], { cwd: root, ignorePath: 'missing.ignore', lang: 'en' })).rejects.toThrow(
      'missing.ignore: cannot read the ignore file (file not found)',
    );
  });

  test('an explicitly named ignored file is skipped with a notice', async () => {
    const root = await tree({ '.reportlintignore': 'a.md\n', 'a.md': CLEAN });
    const notices: string[] = [];
    expect(await lintFiles(['a.md'], { cwd: root, now, onNotice: (m) => notices.push(m) })).toEqual([]);
    expect(await lintFiles(['a.md'], { cwd: root, now, lang: 'en', onNotice: (m) => notices.push(m) })).toEqual([]);
    expect(notices).toEqual([
      'a.md: 已被忽略文件或 --ignore-pattern 忽略（加 --no-ignore 可检查它）',
      'a.md: ignored by the ignore file or --ignore-pattern (use --no-ignore to lint it)',
    ]);
  });

  test('a binary .txt met while walking is skipped with a notice; named explicitly it is a fatal result', async () => {
    const root = await tree({ 'd/pic.md': BINARY, 'd/pic.txt': BINARY, 'd/ok.md': CLEAN });
    const notices: string[] = [];
    const walked = await lintFiles(['d'], { cwd: root, now, onNotice: (m) => notices.push(m) });
    expect(names(root, walked)).toEqual(['d/ok.md', 'd/pic.md']);
    expect(notices).toEqual(['d/pic.txt: 已跳过，二进制内容（不是文本报告）']);
    // The notice follows the language findings use: the config's `lang` here.
    await writeFile(path.join(root, 'd/.reportlintrc.json'), '{ "extends": "reportlint:recommended", "lang": "en" }');
    await lintFiles(['d'], { cwd: root, now, onNotice: (m) => notices.push(m) });
    expect(notices[1]).toBe('d/pic.txt: skipped, binary content (not a text report)');
    const explicit = await lintFiles(['d/pic.md', 'd/ok.md'], { cwd: root, now });
    expect(names(root, explicit)).toEqual(['d/ok.md', 'd/pic.md']);
    expect(explicit[1]).toMatchObject({
      errorCount: 1,
      fatalErrorCount: 1,
      messages: [{ ruleId: null, fatal: true, message: 'binary content, not a text report', line: 1, column: 1 }],
    });
    const zh = await lintFiles(['d/pic.md'], { cwd: root, now, lookup: false });
    expect(zh[0]!.messages[0]!.message).toBe('二进制内容，不是文本报告');
    expect(explicit[0]!.messages).toEqual([]);
  });

  // rtQ F7: a saved page gzip-compressed as wget or curl keep it, or a damaged .md, vanished from the JSON, the CSV
  // and the summary's count, said only on stderr.
  test('binary bytes under a report’s own text extension (.md, .html) met while walking are a fatal result each', async () => {
    const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xb3, 0xc9, 0x28, 0xc9]);
    const root = await tree({ 'd/gz.html': gzip, 'd/报告.md': BINARY, 'd/ok.md': CLEAN, 'd/scan.txt': BINARY });
    const notices: string[] = [];
    const walked = await lintFiles(['d'], { cwd: root, now, onNotice: (m) => notices.push(m) });
    expect(walked.map((r) => [path.relative(root, r.filePath), r.fatalErrorCount, r.messages.map((m) => m.message)])).toEqual([
      ['d/gz.html', 1, ['二进制内容，不是文本报告']],
      ['d/ok.md', 0, []],
      ['d/报告.md', 1, ['二进制内容，不是文本报告']],
    ]);
    expect(notices).toEqual(['d/scan.txt: 已跳过，二进制内容（不是文本报告）']);
  });

  test('extensions in capitals (报告.PDF, .DOCX, .HTML, .MD, .TXT, .DOC) are walked and read as their lower-case kind', async () => {
    const compound = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const page = `<html><body>${CLEAN.split('\n')
      .filter((l) => l.trim() && !l.startsWith('|'))
      .map((l) => `<p>${l}</p>`)
      .join('')}</body></html>`;
    const root = await tree({
      'u/A.MD': CLEAN,
      'u/B.TXT': CLEAN,
      'u/C.Md': CLEAN,
      'u/D.HTML': page,
      'u/E.DOC': compound,
      'u/F.PDF': 'not a pdf',
      'u/G.DOCX': 'not a docx',
      'u/H.HTM': '<html><body><p>本站新闻：全市召开春季植树动员大会，各区县负责人参加会议并作表态发言。</p></body></html>',
      'u/notes.JSON': '{}',
    });
    const notices: string[] = [];
    const walked = await lintFiles(['u'], { cwd: root, now, onNotice: (m) => notices.push(m) });
    expect(names(root, walked)).toEqual(['u/A.MD', 'u/B.TXT', 'u/C.Md', 'u/D.HTML', 'u/E.DOC', 'u/F.PDF', 'u/G.DOCX']);
    expect(walked.map((r) => r.format ?? null)).toEqual(['markdown', 'markdown', 'markdown', 'html', null, null, null]);
    // The copies of the clean report say what the lower-case file says; the others are not read, each said so.
    expect(walked.slice(0, 3).map((r) => r.messages)).toEqual([[], [], []]);
    expect(walked.slice(4).map((r) => r.fatalErrorCount)).toEqual([1, 1, 1]);
    // The news page is no report: skipped with a notice, never silently.
    expect(notices).toEqual(['已跳过 1 个不是年度报告的文件：u/H.HTM']);
  });

  // Review5 U5: Word leaves ~$报告.docx (its owner file, not a zip) beside a report open in it; LibreOffice .~lock.…#.
  test('office lock files are left out of a folder walk and a glob; named explicitly, one is read and reported', async () => {
    const owner = new Uint8Array([0x05, 0x7a, 0x68, 0x61, 0x6e, 0x67, 0x00, 0x00, 0x20, 0x20]);
    const root = await tree({
      'd/报告.md': CLEAN,
      'd/~$报告.docx': owner,
      'd/.~lock.报告.docx#': 'x,host,1;',
      'd/sub/~$年报.md': owner,
    });
    const walked = await lintFiles(['d'], { cwd: root, now });
    expect(names(root, walked)).toEqual(['d/报告.md']);
    expect(walked[0]!.errorCount).toBe(0);
    expect(names(root, await lintFiles(['d/**/*.{md,docx}'], { cwd: root, now }))).toEqual(['d/报告.md']);
    const explicit = await lintFiles(['d/~$报告.docx'], { cwd: root, now });
    expect(names(root, explicit)).toEqual(['d/~$报告.docx']);
    expect(explicit[0]).toMatchObject({ errorCount: 1, fatalErrorCount: 1 });
  });

  test('an old Word/WPS file, an OFD and archives in a folder: each its fatal result, as when named, never a silent skip', async () => {
    const compound = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const root = await tree({
      'd/2023.md': CLEAN,
      'd/林业局2023年报.doc': compound,
      'd/林业局2023年报.wps': compound,
      'd/报告合集.zip': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
      'd/报告合集.rar': new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00, 0x00]),
      'd/扫描.ofd': '',
      'd/old/ignored.doc': compound,
      'd/notes.xls': compound,
      '.reportlintignore': 'd/old/\n',
    });
    const notices: string[] = [];
    const walked = await lintFiles(['d'], { cwd: root, now, onNotice: (m) => notices.push(m) });
    // Not the spreadsheet (no report's extension), not what the ignore file leaves out.
    expect(names(root, walked)).toEqual([
      'd/2023.md',
      'd/扫描.ofd',
      'd/报告合集.rar',
      'd/报告合集.zip',
      'd/林业局2023年报.doc',
      'd/林业局2023年报.wps',
    ]);
    expect(notices).toEqual([]);
    const said = (results: typeof walked): string[][] =>
      results.map((r) => r.messages.map((m) => `${m.fatal === true}:${m.line}:${m.column}:${m.message}`));
    const oldWord = 'true:1:1:这是旧版 Word 或 WPS 文件（.doc/.wps），无法直接读取；请在 Word 或 WPS 中“另存为” .docx 后再检查';
    expect(said(walked)).toEqual([
      [],
      ['true:1:1:文档为空，没有可检查的内容'],
      ['true:1:1:这是压缩包（.rar），无法直接读取；请先解压，再检查其中的报告文件'],
      ['true:1:1:这是压缩包（.zip），无法直接读取；请先解压，再检查其中的报告文件'],
      [oldWord],
      [oldWord],
    ]);
    expect(walked.map((r) => r.fatalErrorCount)).toEqual([0, 1, 1, 1, 1, 1]);
    // The same words as when each is named on its own.
    const named = await lintFiles(
      walked.slice(1).map((r) => r.filePath),
      { cwd: root, now },
    );
    expect(said(named)).toEqual(said(walked.slice(1)));
  });

  test('an unreadable explicit file is a fatal result and the others are still linted', async () => {
    const root = await tree({ 'locked.md': CLEAN, 'ok.md': CLEAN });
    await chmod(path.join(root, 'locked.md'), 0o000);
    const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (!asRoot) {
      const results = await lintFiles(['locked.md', 'ok.md'], { cwd: root, now });
      expect(results.map((r) => [r.fatalErrorCount, r.messages[0]?.message])).toEqual([
        [1, '没有读取权限'],
        [0, undefined],
      ]);
      return;
    }
    // Root reads any file: the same call runs as an unprivileged user, from the build (`npm ci` makes it).
    await chmod(root, 0o755);
    const script = `import { lintFiles } from ${JSON.stringify(new URL('../dist/engine/files.js', import.meta.url).href)};
      const results = await lintFiles(['locked.md', 'ok.md'], { now: new Date('2025-06-01T00:00:00Z') });
      console.log(JSON.stringify(results.map((r) => [r.fatalErrorCount, r.messages[0]?.message ?? null])));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
      uid: NOBODY,
      gid: NOBODY,
      timeout: 600_000,
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([
      [1, '没有读取权限'],
      [0, null],
    ]);
  });

  test('a pattern matching nothing throws unless errorOnUnmatchedPattern is false', async () => {
    const root = await tree({ 'a.md': CLEAN, '.reportlintignore': 'ignored/\n', 'ignored/x.md': CLEAN });
    await expect(lintFiles(['missing.md'], { cwd: root })).rejects.toThrow(new NoFilesFoundError('missing.md', false));
    await expect(lintFiles(['nothing/**/*.md'], { cwd: root })).rejects.toThrow('没有与 "nothing/**/*.md" 匹配的文件');
    await expect(lintFiles(['nothing/**/*.md'], { cwd: root, lang: 'en' })).rejects.toThrow(
      'no files match the pattern "nothing/**/*.md"',
    );
    await expect(lintFiles(['ignored'], { cwd: root, lang: 'en' })).rejects.toThrow('all files matched by "ignored" are ignored');
    const results = await lintFiles(['missing.md', 'a.md'], { cwd: root, now, errorOnUnmatchedPattern: false });
    expect(names(root, results)).toEqual(['a.md']);
  });

  test('stdin: "-" with a file name that picks the reader and the config', async () => {
    const root = await tree({ 'sub/.reportlintrc.json': '{ "extends": "reportlint:recommended", "lang": "en" }' });
    const results = await lintFiles(['-'], {
      cwd: root,
      now,
      stdin: { content: new TextEncoder().encode(BAD_PERIOD), filePath: 'sub/in.md' },
    });
    expect(results).toHaveLength(1);
    expect(results[0]!.filePath).toBe(path.join(root, 'sub/in.md'));
    expect(results[0]!.format).toBe('markdown');
    expect(results[0]!.messages.map((m) => m.message)).toEqual([
      'The period starts on 1 March 2023; it should start on 1 January 2023',
    ]);
    const anonymous = await lintFiles(['-'], { cwd: root, now, stdin: { content: CLEAN } });
    expect(anonymous[0]!.filePath).toBe('<stdin>');
  });

  test('config per file: nearest wins, --rule on top, lang override', async () => {
    const root = await tree({
      '.reportlintrc.json': '{ "extends": "reportlint:recommended" }',
      'quiet/.reportlintrc.json': '{ "extends": "reportlint:recommended", "rules": { "statistical-period": "warn" } }',
      'a.md': BAD_PERIOD,
      'quiet/b.md': BAD_PERIOD,
    });
    const results = await lintFiles(['.'], { cwd: root, now, lang: 'en' });
    expect(results.map((r) => [r.errorCount, r.warningCount])).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(results[0]!.messages[0]!.message).toMatch(/^The period starts/);
    const off = await lintFiles(['.'], { cwd: root, now, ruleOverrides: { 'statistical-period': 'off' } });
    expect(off.map((r) => r.messages.length)).toEqual([0, 0]);
  });
});

describe('year over year (carry-over)', () => {
  // The fixture's table 三 carries forward 2,3,4,5,6,7 (total 27) and carried over 1,3,5,7,9,11 (total 36). Its
  // organ names its city here: one naming only its county is paired only within one folder, or one per year
  // (same-organ.ts), and these files lie in a/, b/ and c/.
  const OWN = CLEAN.replaceAll('青石县自然资源局', '临江市青石县自然资源局');
  const Y2022 = OWN.replaceAll('2023', '2022');
  const carry = (r: {
    messages: Array<{ ruleId: string | null; line: number; data?: Readonly<Record<string, string | number>> }>;
  }): string[] => r.messages.filter((m) => m.ruleId === 'carry-over').flatMap(carryColumns);

  test('two reports of one organ for consecutive years, linted together: only the later one is checked', async () => {
    const root = await tree({ 'a/2023.md': OWN, 'b/2022.md': Y2022 });
    const results = await lintFiles(['.'], { cwd: root, now });
    expect(names(root, results)).toEqual(['a/2023.md', 'b/2022.md']);
    expect(carry(results[0]!)).toEqual([
      '自然人:1≠2',
      '科研机构:5≠4',
      '社会公益组织:7≠5',
      '法律服务机构:9≠6',
      '其他:11≠7',
      '总计:36≠27',
    ]);
    expect(carry(results[1]!)).toEqual([]);
    // One finding for the row, naming the six columns.
    expect(results[0]!.messages.filter((m) => m.ruleId === 'carry-over')).toHaveLength(1);
    expect(results[0]).not.toHaveProperty('carry');
    expect(JSON.stringify(results)).not.toContain('"carry"');
    expect(JSON.stringify(results)).not.toContain('"yearKey"');
  });

  test('last year linted first is checked against in the first pass, from its kept summary', async () => {
    // Deleting last year once every file is linted shows nothing is read again: the link was made as 2023 was linted.
    const root = await tree({ 'a/2022.md': Y2022, 'b/2023.md': OWN });
    for (const concurrency of ['off', 2] as const) {
      const results = await lintFiles(['.'], {
        cwd: root,
        now,
        concurrency,
        onProgress: (done, total) => {
          if (done === total && total > 0 && concurrency === 'off') unlinkSync(path.join(root, 'a/2022.md'));
        },
      });
      expect(names(root, results)).toEqual(['a/2022.md', 'b/2023.md']);
      expect(results.map((r) => carry(r).length)).toEqual([0, 6]);
      expect(JSON.stringify(results)).not.toContain('linkedPrevious');
      if (concurrency === 'off') writeFileSync(path.join(root, 'a/2022.md'), Y2022);
    }
  });

  test('a first-pass link the whole run does not confirm is linted again: the last copy of last year counts', async () => {
    // b/2023 is linked to a/2022 as it is linted; c/2022, linted later, is the one the run pairs it with, and
    // it carries forward exactly what 2023 carried over.
    const from = '| 四、结转下年度继续办理 |  |  | 2 | 3 | 4 | 5 | 6 | 7 | 27 |';
    const root = await tree({
      'a/2022.md': Y2022,
      'b/2023.md': OWN,
      'c/2022.md': Y2022.replace(from, '| 四、结转下年度继续办理 |  |  | 1 | 3 | 5 | 7 | 9 | 11 | 36 |'),
    });
    const results = await lintFiles(['.'], { cwd: root, now });
    expect(names(root, results)).toEqual(['a/2022.md', 'b/2023.md', 'c/2022.md']);
    expect(results.flatMap(carry)).toEqual([]);
  });

  test('two reports of the same organ and year are both checked against last year', async () => {
    const root = await tree({ 'a/2023.md': OWN, 'b/2022.md': Y2022, 'c/2023.md': OWN });
    const results = await lintFiles(['.'], { cwd: root, now });
    expect(names(root, results)).toEqual(['a/2023.md', 'b/2022.md', 'c/2023.md']);
    expect(results.map((r) => carry(r).length)).toEqual([6, 0, 6]);
  });

  test('last year piped on stdin is read again for the file of the next year', async () => {
    const root = await tree({ '2023.md': OWN });
    const results = await lintFiles(['-', '2023.md'], { cwd: root, now, stdin: { content: Y2022, filePath: 'last.md' } });
    expect(names(root, results)).toEqual(['last.md', '2023.md']);
    expect(carry(results[1]!)).toHaveLength(6);
    expect(carry(results[0]!)).toEqual([]);
  });

  test('last year deleted after the first pass: no check for the next year, and the run goes on', async () => {
    // The first pass keeps only each report's organ and year; last year's summary is read again when a pair is found.
    const root = await tree({ 'a/2023.md': OWN, 'b/2022.md': Y2022 });
    const results = await lintFiles(['.'], {
      cwd: root,
      now,
      onProgress: (done, total) => {
        if (done === total && total > 0) unlinkSync(path.join(root, 'b/2022.md'));
      },
    });
    expect(names(root, results)).toEqual(['a/2023.md', 'b/2022.md']);
    expect(results.map((r) => r.fatalErrorCount)).toEqual([0, 0]);
    expect(carry(results[0]!)).toEqual([]);
  });

  test('another organ, a gap of two years, or a single report: no check', async () => {
    const other = OWN.replaceAll('青石县自然资源局', '白沙镇人民政府');
    const root = await tree({ '2023.md': other, '2022.md': Y2022, '2021.md': OWN.replaceAll('2023', '2021') });
    expect((await lintFiles(['2023.md', '2022.md'], { cwd: root, now })).flatMap(carry)).toEqual([]);
    expect((await lintFiles(['2021.md', '2023.md'], { cwd: root, now })).flatMap(carry)).toEqual([]);
    expect((await lintFiles(['2023.md'], { cwd: root, now })).flatMap(carry)).toEqual([]);
  });

  test('previousFile (--previous) names last year explicitly, also for stdin', async () => {
    const root = await tree({ 'last/2022.md': Y2022, '2023.md': OWN });
    const results = await lintFiles(['2023.md'], { cwd: root, now, previousFile: 'last/2022.md' });
    expect(carry(results[0]!)).toHaveLength(6);
    const piped = await lintFiles(['-'], {
      cwd: root,
      now,
      previousFile: 'last/2022.md',
      stdin: { content: OWN, filePath: 'x.md' },
    });
    expect(carry(piped[0]!)).toHaveLength(6);
    await expect(lintFiles(['2023.md'], { cwd: root, previousFile: 'nope.md' })).rejects.toThrow(
      '--previous: nope.md: 找不到文件',
    );
    await expect(lintFiles(['2023.md'], { cwd: root, previousFile: 'nope.md', lang: 'en' })).rejects.toThrow(
      '--previous: nope.md: file not found',
    );
  });

  test('consistent consecutive years pass', async () => {
    // Make 2022's carried-forward row equal 2023's carried-over row.
    const from = '| 四、结转下年度继续办理 |  |  | 2 | 3 | 4 | 5 | 6 | 7 | 27 |';
    expect(Y2022).toContain(from);
    const root = await tree({
      '2023.md': OWN,
      '2022.md': Y2022.replace(from, '| 四、结转下年度继续办理 |  |  | 1 | 3 | 5 | 7 | 9 | 11 | 36 |'),
    });
    expect((await lintFiles(['.'], { cwd: root, now })).flatMap(carry)).toEqual([]);
  });
});
