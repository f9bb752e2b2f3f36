/**
 * display-width.ts measures as string-width does, faster on a report's characters, and never throws: every BMP
 * character and mixed strings are compared with string-width itself; the format characters string-width 8.1
 * throws on are measured (zero columns), and a grid table holding one is read, not a crash.
 */
import { describe, expect, it } from '@jest/globals';
import stringWidth from 'string-width';
import { displayWidth } from '../../src/parser/display-width.js';
import { lint } from '../../src/engine/lint.js';

/** Characters string-width 8.1 throws on when nothing follows them. */
const THROWS = [0x600, 0x601, 0x602, 0x603, 0x604, 0x605, 0x6dd, 0x70f, 0x890, 0x891, 0x8e2, 0xfff9, 0xfffa, 0xfffb];

function stringWidthOrNull(text: string): number | null {
  try {
    return stringWidth(text);
  } catch {
    return null;
  }
}

describe('displayWidth', () => {
  it('gives every BMP character, between letters and CJK, the width string-width gives it', () => {
    // Eight characters a string (one call per character would take seconds): each between two others it could
    // join (a combining mark to its base), so a character measured alone by one and joined by the other differs.
    const differ: string[] = [];
    let text = '';
    for (let c = 0; c <= 0x10000; c++) {
      if (c < 0x10000 && !(c >= 0xd800 && c <= 0xdfff) && !THROWS.includes(c)) text += `a${String.fromCharCode(c)}中`;
      if (text.length >= 24 || c === 0x10000) {
        if (displayWidth(text) !== stringWidth(text)) differ.push(JSON.stringify(text));
        text = '';
      }
    }
    expect(differ).toEqual([]);
  });

  it('measures a CJK character two columns, ASCII one, a control none, without string-width', () => {
    expect(displayWidth('表三（一）予以公开，共12件。')).toBe(2 * 13 + 2);
    expect(displayWidth('a\fb\tc')).toBe(3);
  });

  it('agrees with string-width on mixed strings: combining marks, emoji sequences, ANSI escapes, astral CJK', () => {
    const pieces = [
      'a',
      '中',
      '，',
      '\u0301',
      '\ufe0f',
      '\u200d',
      '👨',
      '👩',
      '🇨🇳',
      '#',
      '\u20e3',
      '\u001b[31m',
      '\u001b[39m',
      '𠀀',
      'é',
      '\u00ad',
      ' ',
      '…',
    ];
    let seed = 12345;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const differ: string[] = [];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = next() % 8; k >= 0; k--) text += pieces[next() % pieces.length];
      if (displayWidth(text) !== stringWidth(text)) differ.push(JSON.stringify(text));
    }
    expect(differ).toEqual([]);
  });

  it('measures the format characters string-width throws on as nothing', () => {
    for (const c of THROWS) {
      const ch = String.fromCharCode(c);
      expect(stringWidthOrNull(`ab${ch}`)).toBeNull();
      expect(displayWidth(`ab${ch}`)).toBe(2);
      expect(displayWidth(`表${ch}`)).toBe(2);
    }
    expect(displayWidth('x\u{110bd}')).toBe(1);
  });

  it('reads a grid table with U+FFF9 in a cell instead of failing the file', async () => {
    const text = [
      '# 某县人民政府2024年政府信息公开工作年度报告',
      '',
      '+------+-------+',
      '| 项目 | 数量\ufff9 |',
      '+------+-------+',
      '| 甲   | 5     |',
      '+------+-------+',
      '',
    ].join('\n');
    const result = await lint(text, { filePath: 'grid.md', now: new Date('2025-03-01T00:00:00Z') });
    expect(result.fatalErrorCount).toBe(0);
    expect(result.messages.filter((m) => m.ruleId === 'reportlint')).toEqual([]);
  });
});

describe('displayWidth on a long line', () => {
  it('measures only the runs string-width is needed for: 100,000 CJK characters after a ① (string-width alone: minutes)', () => {
    const text = `①${'中'.repeat(100_000)}`;
    expect(displayWidth(text)).toBe(1 + 200_000);
    expect(displayWidth(`${'表'.repeat(50_000)}→${'a'.repeat(50_000)}`)).toBe(100_000 + 1 + 50_000);
  });
});
