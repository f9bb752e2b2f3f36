/**
 * Web archives (.mht/.mhtml) read as the page they hold: IE's "Web archive" in GB2312 quoted-printable (built
 * here with the MIME structure IE writes), the sniffing of an archive under another name, and damaged
 * archives, each one plain read error. Chromium's own archives: mhtml-chromium.test.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { extractReport } from '../../src/engine/extract.js';
import { lint } from '../../src/engine/lint.js';
import { detectFormat, parseReport, ReadError } from '../../src/parser/index.js';
import { sniffBytes } from '../../src/parser/detect.js';
import { toHtmlPage } from '../helpers/html-docx-render.js';
import { APPLICATIONS, defectiveReport, REPORT } from '../helpers/html-docx-report.js';
import { runCli, temporaryTrees } from '../cli-helpers.js';
import { archive, gbk, iePage, logo, quotedPrintable, type Part } from '../helpers/web-archive.js';

const now = new Date('2025-03-01T00:00:00Z');

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

async function readError(input: Uint8Array, filePath = 'report.mht'): Promise<ReadError> {
  const error: unknown = await parseReport(input, { filePath }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ReadError);
  return error as ReadError;
}

describe('an IE web archive in GB2312 quoted-printable', () => {
  it('is read as its page: the planted defects at the lines and columns of the decoded page', async () => {
    const { html, part } = iePage(toHtmlPage(defectiveReport()));
    const mht = bytes(archive([part, logo]));
    // The archive really is GB2312 quoted-printable with soft line breaks, not the page's text.
    expect(new TextDecoder().decode(mht)).toMatch(/=C7=E0=BA=CC/);
    expect(new TextDecoder().decode(mht)).toMatch(/=\r\n/);
    const fromArchive = await lint(mht, { filePath: 'report.mht', now });
    const fromPage = await lint(html, { format: 'html', now });
    const where = (m: { ruleId: string | null; messageId?: string; line: number; column: number }): string =>
      `${m.ruleId}/${m.messageId} ${m.line}:${m.column}`;
    expect(fromArchive.messages.map(where)).toEqual(fromPage.messages.map(where));
    expect(fromArchive.messages.map((m) => `${m.ruleId}/${m.messageId} ${m.location ?? ''}`).sort()).toEqual([
      'application-totals/cellLikelyWrong 表三「（一）予以公开」行·自然人',
      'review-litigation-totals/groupTotal 表四「行政复议」·总计',
      // Lines of a web archive mean little: a finding outside the tables is placed by its section.
      'statistical-period/missing 报告开头',
    ]);
    const parsed = await parseReport(mht, { filePath: 'report.mht' });
    expect(parsed.format).toBe('mhtml');
    const at = (m: { line: number; column: number }): string => parsed.text.split('\n')[m.line - 1]!.slice(m.column - 1);
    expect(at(fromArchive.messages.find((m) => m.messageId === 'cellLikelyWrong')!)).toMatch(/^9</);
    // The total written in Word's span soup, one digit per span: 1, then 5.
    expect(at(fromArchive.messages.find((m) => m.messageId === 'groupTotal')!)).toMatch(/^1<\/font>.*?<font[^>]*>5</);
  });

  it('extracts the tables with their values', async () => {
    const { part } = iePage(toHtmlPage(REPORT));
    const extracted = extractReport(await parseReport(bytes(archive([part, logo])), { filePath: 'report.mht' }));
    expect(extracted.tables.applications).toEqual(APPLICATIONS);
    expect(extracted.period).toEqual({ start: '2024-01-01', end: '2024-12-31' });
  });

  it('takes the page the archive names (its start parameter, or Chrome’s Snapshot-Content-Location), not a frame before it', async () => {
    const { part } = iePage(toHtmlPage(REPORT));
    const frame: Part = {
      headers: [
        'Content-Type: text/html; charset="utf-8"',
        'Content-ID: <frame-1>',
        'Content-Location: http://www.example.gov.cn/share.htm',
      ],
      body: '<p>分享到：微信</p>',
    };
    const page: Part = { ...part, headers: [...part.headers, 'Content-ID: <page-0@example>'] };
    const location = 'http://www.example.gov.cn/xxgk/202501/t20250120_7.htm';
    for (const options of [{ start: '<page-0@example>' }, { location }, {}]) {
      const { report } = await parseReport(bytes(archive([frame, page], options)), { filePath: 'a.mht' });
      // Without either, the first page is taken: here the frame, which is no report.
      expect([options, report.year]).toEqual([options, 'start' in options || 'location' in options ? 2024 : null]);
    }
    const { report } = await parseReport(bytes(archive([frame, page], { location })), { filePath: 'a.mht' });
    expect(extractReport({ report, text: '', format: 'mhtml' }).tables.applications).toEqual(APPLICATIONS);
  });

  it('reads a base64 page, and an 8bit page without a charset by its own <meta>', async () => {
    const html = toHtmlPage(REPORT).replace('<meta charset="utf-8">', '<meta charset="gbk">');
    const base64: Part = {
      headers: ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64'],
      body: Buffer.from(html).toString('base64').replace(/.{76}/g, '$&\r\n'),
    };
    const raw = gbk(html);
    const head = bytes(archive([{ headers: ['Content-Type: text/html', 'Content-Transfer-Encoding: 8bit'], body: '@BODY@' }]));
    const at = Buffer.from(head).indexOf('@BODY@');
    const eightBit = Buffer.concat([head.subarray(0, at), raw, head.subarray(at + 6)]);
    for (const input of [bytes(archive([base64])), new Uint8Array(eightBit)]) {
      const { report } = await parseReport(input, { filePath: 'a.mhtml' });
      expect(extractReport({ report, text: '', format: 'mhtml' }).tables.applications).toEqual(APPLICATIONS);
    }
  });
});

describe('the charset of the page', () => {
  it('is the part header’s, over the <meta charset> the page kept from before it was saved as GB18030', async () => {
    // Big5 read as such would garble every character: only the part header's GB18030 reads the report.
    const html = toHtmlPage(REPORT).replace('<meta charset="utf-8">', '<meta charset="big5">');
    expect(html).toContain('<meta charset="big5">');
    const part: Part = {
      headers: ['Content-Type: text/html; charset="gb18030"', 'Content-Transfer-Encoding: quoted-printable'],
      body: quotedPrintable(gbk(html)),
    };
    const parsed = await parseReport(bytes(archive([part])), { filePath: 'a.mht' });
    expect(parsed.text).toContain('青禾市河湾区数据资源局');
    expect(extractReport(parsed).tables.applications).toEqual(APPLICATIONS);
  });
});

describe('an archive under another name', () => {
  const mht = bytes(archive([iePage(toHtmlPage(REPORT)).part, logo]));

  it('is recognised by its MIME header (a .txt, standard input, a .html), and by its extension', async () => {
    expect(sniffBytes(mht)).toBe('mhtml');
    expect(detectFormat('a.MHT', undefined)).toBe('mhtml');
    expect(detectFormat('a.mhtml', undefined)).toBe('mhtml');
    for (const filePath of ['report.txt', undefined, 'report.html']) {
      const parsed = await parseReport(mht, filePath ? { filePath } : {});
      expect([filePath, parsed.format, parsed.report.year]).toEqual([filePath, 'mhtml', 2024]);
    }
    // Given as text (the library's lint(text)), too.
    expect((await parseReport(new TextDecoder().decode(mht))).format).toBe('mhtml');
  });

  it('a plain page saved under .mht is read as that page, GB18030 included, with the findings of the .html', async () => {
    const page = toHtmlPage(defectiveReport());
    const asHtml = await lint(bytes(page), { filePath: 'report.html', now });
    expect(asHtml.messages.length).toBeGreaterThan(0);
    for (const input of [bytes(page), gbk(page.replace('<head>', '<head><meta charset="gb2312">'))]) {
      const parsed = await parseReport(input, { filePath: 'report.mht' });
      expect([parsed.format, parsed.report.year]).toEqual(['mhtml', 2024]);
    }
    const asMht = await lint(bytes(page), { filePath: 'report.mht', now });
    expect(asMht.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual(
      asHtml.messages.map((m) => [m.ruleId, m.messageId, m.line, m.column]),
    );
  });

  it('is not claimed without both MIME-Version and multipart/related in a header block at the top', () => {
    const text = (s: string): Uint8Array => bytes(s);
    expect(sniffBytes(text('MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello'))).toBeUndefined();
    expect(sniffBytes(text('Content-Type: multipart/related; boundary="b"\r\n\r\n--b'))).toBeUndefined();
    expect(
      sniffBytes(text('年度报告\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n')),
    ).toBeUndefined();
    expect(detectFormat(undefined, '一、总体情况\nMIME-Version: 1.0\nContent-Type: multipart/related\n')).toBe('text');
  });
});

describe('a damaged archive is one read error', () => {
  const { part } = iePage(toHtmlPage(REPORT));

  it('with no web page in it', async () => {
    expect((await readError(bytes(archive([logo])))).id).toBe('mhtmlNoPage');
  });

  it('cut short (no closing boundary), in its page or in its header', async () => {
    const whole = archive([part, logo]);
    expect((await readError(bytes(whole.slice(0, Math.floor(whole.length / 2))))).id).toBe('mhtmlTruncated');
    expect((await readError(bytes(archive([part, logo], { close: false })))).id).toBe('mhtmlTruncated');
    expect((await readError(bytes(whole.slice(0, 120)))).id).toBe('mhtmlTruncated');
  });

  it('with a page part that is not base64, or decodes to binary', async () => {
    const garbage: Part = {
      headers: ['Content-Type: text/html', 'Content-Transfer-Encoding: base64'],
      body: '<p>这不是 base64</p>',
    };
    expect((await readError(bytes(archive([garbage])))).id).toBe('mhtmlDamaged');
    const binary: Part = { ...garbage, body: Buffer.from(new Uint8Array(4096).map((_, i) => i % 7)).toString('base64') };
    expect((await readError(bytes(archive([binary])))).id).toBe('mhtmlDamaged');
    const unknown: Part = { ...garbage, headers: ['Content-Type: text/html', 'Content-Transfer-Encoding: x-uuencode'] };
    expect((await readError(bytes(archive([unknown])))).id).toBe('mhtmlDamaged');
  });

  it('over the reading budget: a huge base64 part, or a page of too many paragraphs', async () => {
    const huge: Part = {
      headers: ['Content-Type: image/png', 'Content-Transfer-Encoding: base64'],
      body: 'QUJD'.repeat(400_000),
    };
    const big = await parseReport(bytes(archive([part, huge])), { filePath: 'a.mht', maxFileSize: 1024 * 1024 }).catch(
      (e: unknown) => e,
    );
    expect(big).toMatchObject({ id: 'overBudget', limit: 'bytes' });
    const paragraphs = Buffer.from(`<html><body>${'<p>一</p>'.repeat(30_000)}</body></html>`).toString('base64');
    const flood: Part = {
      headers: ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64'],
      body: paragraphs,
    };
    expect(await parseReport(bytes(archive([flood])), { filePath: 'a.mht' }).catch((e: unknown) => e)).toMatchObject({
      id: 'overBudget',
      limit: 'blocks',
    });
    // Within the budget, a large image beside the page costs nothing: only the page part is decoded.
    const { report } = await parseReport(bytes(archive([part, huge])), { filePath: 'a.mht' });
    expect(report.year).toBe(2024);
  });
});

describe('on the command line', () => {
  const tree = temporaryTrees();

  it('a folder walk lints .mht and .mhtml; a cut-short one is one plain line, the others are still linted', async () => {
    const whole = archive([iePage(toHtmlPage(defectiveReport())).part, logo]);
    const cwd = await tree({
      'reports/defective.mhtml': bytes(whole),
      'reports/cut.mht': bytes(whole.slice(0, 5000)),
      'reports/clean.mht': bytes(archive([iePage(toHtmlPage(REPORT)).part])),
    });
    const zh = await runCli(['reports', '-f', 'compact'], { cwd });
    // The cut-short archive was met in the folder: its error, exit 1 (named alone below: exit 2).
    expect(zh.code).toBe(1);
    expect(zh.stderr).toBe('');
    const lines = zh.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('reports/cut.mht'))).toEqual([
      'reports/cut.mht:1:1: error 无法读取网页存档（.mht/.mhtml）：文件不完整（可能保存或下载未完成），请重新保存网页 [reportlint]',
    ]);
    expect(
      lines
        .filter((l) => l.startsWith('reports/defective.mhtml'))
        .map((l) => /\[([\w-]+)\]$/.exec(l)?.[1])
        .sort(),
    ).toEqual(['application-totals', 'review-litigation-totals', 'statistical-period']);
    expect(lines.filter((l) => l.startsWith('reports/clean.mht'))).toEqual([]);
    const en = await runCli(['reports/cut.mht', '-f', 'compact', '--lang', 'en'], { cwd });
    expect([en.code, en.stdout]).toEqual([
      2,
      'reports/cut.mht:1:1: error cannot read the web archive (.mht/.mhtml): it is cut short (saving or downloading did not finish); save the page again [reportlint]\n',
    ]);
  });
});
