/** UTF-16 saved without a byte-order mark: read when its bytes leave no doubt, refused as binary otherwise. */
import { describe, expect, it } from '@jest/globals';
import { parseReport } from '../../src/parser/index.js';
import { decode } from '../../src/parser/decode.js';
import { extractReport } from '../../src/engine/extract.js';
import { lintFiles } from '../../src/engine/files.js';
import { utf16WithoutBom } from '../../src/parser/utf16-sniff.js';
import { markdownGfm, table3, textCellPerLine } from '../helpers/report-fixture.js';
import { temporaryTrees } from '../cli-helpers.js';

const tree = temporaryTrees();

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const [lo, hi] = [text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8];
    bytes.set(order === 'le' ? [lo, hi] : [hi, lo], i * 2);
  }
  return bytes;
}

describe('UTF-16 without a BOM', () => {
  it('a report in either byte order is read as with a BOM', async () => {
    for (const [order, encoding] of [
      ['le', 'utf-16le'],
      ['be', 'utf-16be'],
    ] as const) {
      const parsed = await parseReport(utf16(markdownGfm(), order), { filePath: 'a.md' });
      expect(parsed.encoding).toBe(encoding);
      expect(extractReport(parsed).tables.applications).toEqual(table3());
    }
  });

  it('met in a folder, it is linted, no longer skipped as binary', async () => {
    const root = await tree({ 'r.txt': utf16(textCellPerLine(), 'le') });
    const notices: string[] = [];
    const results = await lintFiles(['.'], { cwd: root, now: new Date('2024-06-01'), onNotice: (m) => notices.push(m) });
    expect(notices).toEqual([]);
    expect(results.map((r) => r.fatalErrorCount)).toEqual([0]);
  });

  it('anything less than certain stays binary', () => {
    const binary = (bytes: Uint8Array): void => expect(() => decode(bytes)).toThrow(/binary/);
    // ASCII alone on one line reads as CJK ideographs the other way round: both orders pass, so neither.
    binary(utf16('Annual report on government information disclosure, 2023', 'le'));
    // Too short to tell; an odd length is no UTF-16.
    binary(utf16('一、总体情况\n', 'le'));
    binary(utf16(markdownGfm(), 'le').subarray(1));
    // A lone surrogate, a NUL character.
    binary(utf16(`${markdownGfm()}\ud800x`, 'le'));
    binary(utf16(`${markdownGfm()}\u0000`, 'le'));
    // Binary: an ELF-like header with zero runs, and pseudo-random bytes with NULs.
    binary(new Uint8Array(512).map((_, i) => (i % 16 < 4 ? [0x7f, 0x45, 0x4c, 0x46][i % 4]! : 0)));
    let seed = 7;
    const random = new Uint8Array(4096).map(() => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff);
    random[10] = 0;
    expect(utf16WithoutBom(random)).toBeUndefined();
  });
});
