/**
 * Decoding: UTF-8 damaged in a few places is read as UTF-8 and said once; bytes read as neither UTF-8 nor
 * GB18030 are an unknown encoding, not "binary"; GB18030 detection and the binary refusal stay as they were.
 */
import { describe, expect, it } from '@jest/globals';
import { decode, DecodeError } from '../../src/parser/decode.js';
import { parseReport } from '../../src/parser/index.js';
import { extractReport } from '../../src/engine/extract.js';
import { lint } from '../../src/engine/lint.js';
import { table3, textCellPerLine, textPipes } from '../helpers/report-fixture.js';
import { gbk } from '../helpers/web-archive.js';

const expected3 = table3();

/** The UTF-8 bytes of `text` with the first byte of each character at `at` (character offsets) made 0xFF. */
function damaged(text: string, at: readonly number[]): Uint8Array {
  const bytes: number[] = [];
  let i = 0;
  for (const ch of text) {
    const encoded = [...new TextEncoder().encode(ch)];
    if (at.includes(i)) encoded[0] = 0xff;
    bytes.push(...encoded);
    i += ch.length;
  }
  return new Uint8Array(bytes);
}

/** Offsets of the first `n` characters of a word in the problems section (no rule reads it). */
function inProblems(text: string, n: number): number[] {
  const start = text.indexOf('公开内容还不够全面');
  return Array.from({ length: n }, (_, k) => start + 2 * k);
}

describe('UTF-8 with a few invalid bytes', () => {
  it('is read as UTF-8 with U+FFFD in their place, every table as in the clean file', async () => {
    const text = textCellPerLine();
    const parsed = await parseReport(damaged(text, inProblems(text, 1)), { filePath: 'r.txt' });
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.text).toContain('\ufffd'.repeat(3) + '开内容');
    expect(extractReport(parsed).tables.applications).toEqual(expected3);
    const line = text.slice(0, text.indexOf('公开内容还不够全面')).split('\n').length;
    expect(parsed.report.reading.undecodable).toMatchObject({ count: 1, position: { start: { line } } });
    // extract's reading block tells an evaluator too.
    expect(extractReport(parsed).reading.undecodable).toEqual({ count: 1, line });
  });

  it('is said once, as a warning, in either language, where the first one stands', async () => {
    const text = textPipes();
    const bytes = damaged(text, inProblems(text, 3));
    const line = text.slice(0, text.indexOf('公开内容还不够全面')).split('\n').length;
    const zh = await lint(bytes, { filePath: 'r.txt' });
    expect(zh.messages).toEqual([
      expect.objectContaining({ ruleId: 'unreadable-content', severity: 1, messageId: 'undecodable', line }),
    ]);
    expect(zh.messages[0]?.message).toMatch(/^文件按 UTF-8 读取，但有 3 处字节不是有效的 UTF-8/);
    const en = await lint(bytes, { filePath: 'r.txt', lang: 'en' });
    expect(en.messages[0]?.message).toMatch(/^Read as UTF-8, but 3 place\(s\) hold bytes that are not valid UTF-8/);
    expect(en.fatalErrorCount).toBe(0);
  });

  it('with a BOM, is read the same way (a BOM does not make one bad byte refuse the file)', async () => {
    const text = textPipes();
    const bytes = damaged(text, inProblems(text, 2));
    const parsed = await parseReport(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]), { filePath: 'r.txt' });
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.report.reading.undecodable).toMatchObject({ count: 2, encoding: 'utf-8' });
    expect(extractReport(parsed).tables.applications).toEqual(expected3);
  });

  it('a clean file has no such notice', async () => {
    const parsed = await parseReport(new TextEncoder().encode(textPipes()), { filePath: 'r.txt' });
    expect(parsed.report.reading.undecodable).toBeUndefined();
  });
});

describe('GB18030 with a byte that is not GB18030', () => {
  it('is read with U+FFFD there and says so, naming GB18030 and the line', async () => {
    const text = textCellPerLine();
    const at = text.indexOf('公开内容还不够全面');
    const bytes = gbk(text);
    // The second byte of 公 made 0xFF: no GBK pair ends so.
    bytes[gbk(text.slice(0, at)).length + 1] = 0xff;
    const parsed = await parseReport(bytes, { filePath: 'r.txt' });
    expect(parsed.encoding).toBe('gb18030');
    expect(parsed.text).toContain('\ufffd开内容');
    const line = text.slice(0, at).split('\n').length;
    expect(parsed.report.reading.undecodable).toMatchObject({ count: 1, encoding: 'gb18030', position: { start: { line } } });
    expect(extractReport(parsed).tables.applications).toEqual(expected3);
    const { messages } = await lint(bytes, { filePath: 'r.txt' });
    expect(messages.map((m) => `${m.ruleId}:${m.messageId}@${m.line}`)).toEqual([`unreadable-content:undecodable@${line}`]);
    expect(messages[0]?.message).toMatch(/^文件按 GB18030 读取，但有 1 处字节不是有效的 GB18030/);
  });
});

describe('bytes read as neither UTF-8 nor GB18030', () => {
  // One character in ten broken: too many for a damaged UTF-8 file, and GB18030 reads the bytes no better.
  const text = textPipes();
  const everyTenth = [...text.matchAll(/[\u4e00-\u9fff]/g)].map((m) => m.index).filter((_, k) => k % 10 === 0);
  const bytes = damaged(text, everyTenth);

  it('are an unknown encoding, not binary content', () => {
    expect(() => decode(bytes)).toThrow(expect.objectContaining({ code: 'unknown-encoding', id: 'unknownEncoding' }));
  });

  it('the message says so and suggests --encoding', async () => {
    const en = await lint(bytes, { filePath: 'r.txt', lang: 'en' });
    expect(en.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true })]);
    expect(en.messages[0]?.message).toBe(
      'unknown text encoding: neither UTF-8 nor GB18030/GBK; give it with --encoding, or save the file as UTF-8 text',
    );
    const zh = await lint(bytes, { filePath: 'r.txt' });
    expect(zh.messages[0]?.message).toMatch(/^无法识别文字编码.*--encoding/);
  });

  it('an encoding given that does not fit is "not valid" in that encoding', () => {
    expect(() => decode(bytes, 'gb18030')).toThrow(expect.objectContaining({ code: 'encoding', data: { encoding: 'gb18030' } }));
  });
});

describe('what stays as it was', () => {
  it('GBK text, even mostly ASCII, is GB18030', async () => {
    for (const text of [textPipes(), textCellPerLine(), `Report 2023\n${'1 | 2 | 3\n'.repeat(200)}统计期限\n`]) {
      const decoded = decode(gbk(text));
      expect(decoded).toEqual({ text, encoding: 'gb18030' });
    }
    const parsed = await parseReport(gbk(textPipes()), { filePath: 'r.txt' });
    expect(extractReport(parsed).tables.applications).toEqual(expected3);
    expect(parsed.report.reading.undecodable).toBeUndefined();
  });

  it('binary bytes without a NUL are still binary', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => ((i * 37) % 255) + 1);
    expect(() => decode(bytes)).toThrow(DecodeError);
    expect(() => decode(bytes)).toThrow(expect.objectContaining({ code: 'binary' }));
  });
});
