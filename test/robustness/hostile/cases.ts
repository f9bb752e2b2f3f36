/**
 * The hostile inputs, each the smallest that still shows its problem (a zip bomb whose directory CLAIMS
 * 300 MB is a few hundred bytes), bounded by sizes and counts, never by wall time. Every case names what
 * the CLI must do: its exit code and what stdout or stderr must say.
 */
import { docx, paragraph, zip } from './zip.js';
import { fanOutPdf, flateBombPdf, textPdf } from './pdf.js';

export interface HostileCase {
  name: string;
  files: Record<string, string | Uint8Array>;
  args: string[];
  stdin?: string | Uint8Array;
  env?: Record<string, string>;
  closeStdoutEarly?: boolean;
  stdoutTo?: string;
  /** Exit code(s) allowed. */
  code: number | number[];
  stdout?: RegExp;
  /** What the one stderr line must say (stderr must be empty when absent and `anyStderr` is not set). */
  stderr?: RegExp;
  timeoutSeconds?: number;
}

const K = 1000;
const MB = 1024 * 1024;
const REPORT = [
  '# 青禾市统计局2023年政府信息公开工作年度报告',
  '',
  '## 一、总体情况',
  '',
  '本报告统计期限为2023年1月1日至2023年12月31日。',
  '',
  '## 五、存在的主要问题及改进情况',
  '',
  '下一步将改进工作。',
  '',
].join('\n');

const OVER = /超出读取上限|over the reading limit/;
/** The one stderr line of a report named on the command line that could not be read (README "Exit codes"). */
const unread = (file: string, why: RegExp): RegExp =>
  new RegExp(`^reportlint: ${file.replace(/\./g, '\\.')}: [^\\n]*(?:${why.source})[^\\n]*\\n$`);
/** The one stderr line of a rule that crashed on a report: the file, then its finding naming the rule. */
const crashed = unread;
const meta = (id: string): string =>
  `{ id: '${id}', description: { zh: '测', en: 't' }, category: 'structure', basis: 'x', defaultSeverity: 'error', recommended: true, messages: { m: { zh: '问题 {v}', en: 'problem {v}' } } }`;
const plugin = (id: string, check: string, top = ''): string =>
  `${top}\nexport default { meta: { name: 'hostile' }, rules: { '${id}': { meta: ${meta(id)}, check: ${check} } } };\n`;

const ARCHIVE_HEAD = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="B"\r\n\r\n';

/** A web archive: its page (in `encoding`), then an image part of `image` (base64) when given. */
function archivePart(page: string, image: string, encoding = '8bit'): string {
  const html = `--B\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: ${encoding}\r\n\r\n${page}\r\n`;
  const png = image ? `--B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\n${image}\r\n` : '';
  return `${ARCHIVE_HEAD}${html}${png}--B--\r\n`;
}

/** A .docx whose document.xml inflates to `mb` MB of spaces while the zip directory claims 1 KB. */
function lyingDocx(mb: number): Uint8Array {
  const body = `<w:p><w:r><w:t>${' '.repeat(mb * MB)}</w:t></w:r></w:p>`;
  return docx(paragraph('x'), [{ name: 'word/extra.xml', data: body, claimSize: 1024 }]);
}

export function hostileCases(): HostileCase[] {
  return [
    // .docx
    {
      name: 'docx: zip directory claims a 300 MB styles.xml',
      files: { 'a.docx': docx(paragraph('x'), [{ name: 'word/styles.xml', data: '<a/>', claimSize: 300 * MB }]) },
      args: ['a.docx'],
      code: 2,
      stdout: OVER,
      stderr: unread('a.docx', OVER),
    },
    {
      name: 'docx: an entry claims 1 KB and inflates to 30 MB',
      files: { 'a.docx': lyingDocx(30) },
      args: ['a.docx'],
      code: 2,
      stdout: /损坏|damaged|超出读取上限/,
      stderr: unread('a.docx', /损坏|damaged|超出读取上限/),
    },
    {
      name: 'docx: a 30 MB styles.xml (real bytes)',
      files: {
        'a.docx': docx(paragraph('x'), [{ name: 'word/styles.xml', data: `<w:styles>${' '.repeat(30 * MB)}</w:styles>` }]),
      },
      args: ['a.docx'],
      code: 2,
      stdout: OVER,
      stderr: unread('a.docx', OVER),
    },
    {
      name: 'docx: 100,000 paragraphs',
      files: { 'a.docx': docx(Array.from({ length: 100 * K }, (_, i) => paragraph(`段落${i}`)).join('')) },
      args: ['a.docx'],
      code: 2,
      stdout: /段落和元素数/,
      stderr: unread('a.docx', /段落和元素数/),
    },
    {
      name: 'docx: 6,000 zip entries',
      files: { 'a.docx': zip(Array.from({ length: 6000 }, (_, i) => ({ name: `f${i}.bin`, data: '', deflate: false }))) },
      args: ['a.docx'],
      code: 2,
      stdout: /压缩包条目数/,
      stderr: unread('a.docx', /压缩包条目数/),
    },
    // PDF
    {
      name: 'pdf: 201 pages',
      files: { 'a.pdf': textPdf(201) },
      args: ['a.pdf'],
      code: 2,
      stdout: /页数/,
      stderr: unread('a.pdf', /页数/),
    },
    // 20^5 text runs drawn through nested forms, merged by pdfjs into few items: only the time limit stops it.
    {
      name: 'pdf: forms drawn inside forms, 3.2 million text runs',
      files: { 'a.pdf': fanOutPdf(20, 5) },
      args: ['a.pdf'],
      env: { REPORTLINT_TIME_LIMIT_MS: '2000' },
      code: 2,
      stdout: /PDF 读取超时（2 秒）/,
      stderr: unread('a.pdf', /PDF 读取超时（2 秒）/),
    },
    {
      name: 'pdf: a content stream inflating to 80 MB',
      files: { 'a.pdf': flateBombPdf(80) },
      args: ['a.pdf'],
      code: 2,
      stdout: /解压后大小/,
      stderr: unread('a.pdf', /解压后大小/),
    },
    // Pathological text
    {
      name: 'html: a table row of 10,000 cells',
      files: { 'a.html': `<table><tr>${'<td>1</td>'.repeat(10 * K)}</tr></table>` },
      args: ['a.html'],
      code: 2,
      stdout: /表格列数/,
      stderr: unread('a.html', /表格列数/),
    },
    {
      name: 'html: 100,000 nested <span>',
      files: { 'a.html': `<p>${'<span>'.repeat(100 * K)}一、总体情况${'</span>'.repeat(100 * K)}</p>` },
      args: ['a.html'],
      code: 2,
      stdout: /嵌套层数/,
      stderr: unread('a.html', /嵌套层数/),
    },
    {
      name: 'html: 30,000 paragraphs',
      files: { 'a.html': '<p>段落</p>\n'.repeat(30 * K) },
      args: ['a.html'],
      code: 2,
      stdout: /段落和元素数/,
      stderr: unread('a.html', /段落和元素数/),
    },
    // Web archives (.mht/.mhtml)
    {
      name: 'mhtml: 1,000,000 parts, none a page (11 MB)',
      files: { 'a.mht': `${ARCHIVE_HEAD}${'--B\r\nX: y\r\n'.repeat(1000 * K)}--B--\r\n` },
      args: ['a.mht'],
      code: 2,
      stdout: /没有网页内容/,
      stderr: unread('a.mht', /没有网页内容/),
    },
    {
      name: 'mhtml: an 18 MB base64 image beside the page (only the page is decoded)',
      files: {
        'a.mht': archivePart(`<h1>${REPORT.split('\n')[0]?.slice(2)}</h1>`, 'QUJD'.repeat(4500 * K).replace(/.{76}/g, '$&\r\n')),
      },
      args: ['a.mht'],
      code: [0, 1],
    },
    {
      name: 'mhtml: a base64 page of 30,000 paragraphs',
      files: { 'a.mht': archivePart(Buffer.from('<p>段落</p>\n'.repeat(30 * K)).toString('base64'), '', 'base64') },
      args: ['a.mht'],
      code: 2,
      stdout: /段落和元素数/,
      stderr: unread('a.mht', /段落和元素数/),
    },
    {
      name: 'markdown: 10,000 nested links',
      files: { 'a.md': `${REPORT}${'['.repeat(10 * K)}x${'](u)'.repeat(10 * K)}\n` },
      args: ['a.md'],
      code: [0, 1],
    },
    {
      name: 'markdown: 10,000 emphasis openers, nested',
      files: { 'a.md': `${REPORT}${'*a **b '.repeat(10 * K)}\n` },
      args: ['a.md'],
      code: [0, 1],
    },
    {
      name: 'markdown: 2,000 ever-deeper indented list items',
      files: { 'a.md': `${REPORT}${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- item`).join('\n')}\n` },
      args: ['a.md'],
      code: [0, 1],
    },
    // The file-size limit on every path (1 MB here, so the inputs stay small)
    {
      name: 'stdin over --max-file-size',
      files: {},
      args: ['-', '--max-file-size', '1', '--stdin-filename', 'a.md'],
      stdin: `${REPORT}${'x'.repeat(2 * MB)}`,
      code: 2,
      stdout: /文件大小/,
      stderr: unread('a.md', /文件大小/),
    },
    {
      name: 'extract over --max-file-size',
      files: { 'a.md': `${REPORT}${'x'.repeat(2 * MB)}` },
      args: ['extract', 'a.md', '--max-file-size', '1'],
      code: 2,
      stderr: /文件大小/,
    },
    {
      name: '--previous over --max-file-size',
      files: { 'a.md': REPORT, 'old.md': `${REPORT}${'x'.repeat(2 * MB)}` },
      args: ['a.md', '--previous', 'old.md', '--max-file-size', '1'],
      code: 2,
      stderr: /--previous: old\.md: .*文件大小/,
    },
    {
      name: 'a file over --max-file-size among others',
      files: { 'a.md': REPORT, 'b.md': `${REPORT}${'x'.repeat(2 * MB)}` },
      args: ['a.md', 'b.md', '-f', 'compact', '--max-file-size', '1'],
      code: 2,
      stdout: /a\.md:.*\n(.*\n)*b\.md:1:1: error 文件过大/,
      stderr: unread('b.md', /文件过大/),
    },
    // Output that cannot be written
    // 60 results as JSON are well over a pipe's 64 KB, so the CLI is still writing when the reader goes away.
    {
      name: 'stdout closed after the first chunk (| head -1)',
      files: Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`r${i}.md`, REPORT])),
      args: ['.', '-f', 'json'],
      closeStdoutEarly: true,
      code: 1,
    },
    { name: 'stdout to /dev/full', files: { 'a.md': REPORT }, args: ['a.md'], stdoutTo: '/dev/full', code: 2, stderr: /ENOSPC/ },
    // Plugins and formatters
    {
      name: 'plugin: an async rule that rejects',
      files: { 'a.md': REPORT, 'p.mjs': plugin('reject', 'async () => { throw new Error("boom"); }') },
      args: ['a.md', '--plugin', './p.mjs', '-f', 'compact'],
      code: 2,
      stdout: /hostile\/reject 运行出错：boom/,
      stderr: crashed('a.md', /hostile\/reject 运行出错：boom/),
    },
    {
      name: 'plugin: a finding whose data is circular and a BigInt',
      files: {
        'a.md': REPORT,
        'p.mjs': plugin(
          'circular',
          '(r, c) => { const d = {}; d.self = d; c.report({ node: r, messageId: "m", data: { v: d, n: 10n } }); }',
        ),
      },
      args: ['a.md', '--plugin', './p.mjs', '-f', 'json'],
      code: 1,
      stdout: /hostile\/circular/,
    },
    {
      name: 'plugin: a finding reported after check returns',
      files: {
        'a.md': REPORT,
        'p.mjs': plugin('late', '(r, c) => { setTimeout(() => c.report({ node: r, messageId: "m" }), 0); }'),
      },
      args: ['a.md', '--plugin', './p.mjs', '-f', 'compact'],
      code: 2,
      stdout: /规则 hostile\/late 在 check\(\) 返回之后才报告问题，该问题未计入/,
      stderr: crashed('a.md', /规则 hostile\/late 在 check\(\) 返回之后才报告问题/),
    },
    {
      name: 'plugin: a rule that mutates the report',
      files: { 'a.md': REPORT, 'p.mjs': plugin('mutate', '(r) => { r.children.length = 0; }') },
      args: ['a.md', '--plugin', './p.mjs', '-f', 'compact'],
      code: 2,
      stdout: /hostile\/mutate 运行出错/,
      stderr: crashed('a.md', /hostile\/mutate 运行出错/),
    },
    {
      name: 'plugin: a rule that overwrites Array.prototype.push',
      files: { 'a.md': REPORT, 'p.mjs': plugin('push', '() => { Array.prototype.push = () => 0; }') },
      args: ['a.md', '--plugin', './p.mjs', '-f', 'compact'],
      code: 2,
      stdout: /规则 hostile\/push 改动了内置对象（Array\.prototype\.push），已恢复原样/,
      stderr: crashed('a.md', /规则 hostile\/push 改动了内置对象/),
    },
    {
      name: 'plugin: a rule that overwrites Array.prototype.push, in English',
      files: { 'a.md': REPORT, 'p.mjs': plugin('push', '() => { Array.prototype.push = () => 0; }') },
      args: ['a.md', '--plugin', './p.mjs', '-f', 'compact', '--lang', 'en'],
      code: 2,
      stdout: /Rule hostile\/push changed built-in objects \(Array\.prototype\.push\); they were restored/,
      stderr: crashed('a.md', /Rule hostile\/push changed built-in objects/),
    },
    {
      name: 'plugin: an async rule that never settles',
      files: { 'a.md': REPORT, 'p.mjs': plugin('never', '() => new Promise(() => {})') },
      args: ['a.md', '--plugin', './p.mjs', '-f', 'compact'],
      env: { REPORTLINT_TIME_LIMIT_MS: '1500' },
      code: 2,
      stdout: /规则 hostile\/never 在 0\.5 秒内没有完成（可在配置中关闭该规则）/,
      stderr: crashed('a.md', /规则 hostile\/never 在 0\.5 秒内没有完成/),
    },
    {
      name: 'plugin: a module that never finishes loading',
      files: { 'a.md': REPORT, 'p.mjs': plugin('x', '() => {}', 'await new Promise(() => {});') },
      args: ['a.md', '--plugin', './p.mjs'],
      env: { REPORTLINT_TIME_LIMIT_MS: '1500' },
      code: 2,
      stderr: /加载失败：1\.5 秒内没有完成/,
    },
    {
      name: 'formatter: async and rejecting',
      files: { 'a.md': REPORT, 'f.mjs': 'export default async () => { throw new Error("fmt boom"); };' },
      args: ['a.md', '-f', './f.mjs'],
      code: 2,
      stderr: /^reportlint: fmt boom\n$/,
    },
    {
      name: 'formatter: never returning',
      files: { 'a.md': REPORT, 'f.mjs': 'export default () => new Promise(() => {});' },
      args: ['a.md', '-f', './f.mjs'],
      env: { REPORTLINT_TIME_LIMIT_MS: '1500' },
      code: 2,
      stderr: /格式化程序 \.\/f\.mjs 出错：1\.5 秒内没有完成/,
    },
    // required-statements patterns that backtrack exponentially in a backtracking engine
    ...['(a|\\x61)*b', '(?:\\u5e74|年年)+x', '(?:(?:a)?){35}a{35}b'].map((pattern): HostileCase => ({
      name: `required-statements pattern ${pattern}`,
      files: {
        'a.md': `${REPORT}\n${'a'.repeat(50 * K)}\n${'年'.repeat(20 * K)}\n`,
        '.reportlintrc.json': JSON.stringify({
          rules: { 'required-statements': ['error', [{ section: 'any', pattern, message: { zh: '测试' } }]] },
        }),
      },
      args: ['a.md', '-f', 'compact'],
      code: 1,
      stdout: /报告未写明：测试/,
    })),
    // Configuration and cache
    {
      name: 'config: "__proto__" key',
      files: { 'a.md': REPORT, '.reportlintrc.json': '{ "rules": { "__proto__": { "x": 1 } } }' },
      args: ['a.md'],
      code: 2,
      stderr: /__proto__: 不允许使用此键名/,
    },
    {
      name: 'cache: --cache-location under a file (cannot be written)',
      files: { 'a.md': REPORT },
      args: ['a.md', '--cache', '--cache-location', 'a.md/sub/cache', '-f', 'compact'],
      code: [0, 1],
      stderr: /缓存未写入/,
    },
    {
      name: 'cache: --cache-location pointed at a report',
      files: { 'a.md': REPORT, 'b.md': REPORT },
      args: ['a.md', '--cache', '--cache-location', 'b.md'],
      code: [0, 1],
      stderr: /不是 reportlint 缓存文件，未覆盖/,
    },
    {
      name: 'cache: valid JSON with broken entries',
      files: {
        'a.md': REPORT,
        '.c': '{"version":"reportlint@0.1.0","strategy":"content","entries":{"x":{"size":"x","result":5},"y":null}}',
      },
      args: ['a.md', '--cache', '--cache-location', '.c'],
      code: [0, 1],
    },
  ];
}
