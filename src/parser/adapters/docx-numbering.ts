/**
 * Automatic numbering (w:numPr) as Word prints it, for docx-hidden.ts: a paragraph numbered 一、 or 3. by a list is
 * a paragraph whose text lacks that number, and mammoth makes it a bare list item (table 三's row 3.其他 was read as
 * 其他, and its row lost). Counters follow word/numbering.xml in document order: one set per abstract list (w:num
 * instances of one w:abstractNum continue each other, as in Word), restarted by a w:startOverride on a num's first
 * use; a level restarts after any higher level. Only simple formats are rendered; any other (bullets, none, a
 * format not listed) leaves the paragraph as it was, rather than print a number Word would not.
 */
import { onOff } from './docx-styles.js';

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
  legal: boolean;
  /** The number is formatted hidden (w:vanish): it counts, and is not printed. */
  hidden: boolean;
}

interface Num {
  abstractId: string;
  /** w:lvlOverride: a start per level, and levels the instance redefines. */
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** 1 … 99 in Chinese counting (十, 十一, 二十一); beyond that the plain digits, as Word prints 一〇〇. */
function chineseCounting(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const units = n % 10;
    return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${units === 0 ? '' : CHINESE_DIGITS[units]}`;
  }
  return [...String(n)].map((d) => CHINESE_DIGITS[Number(d)]).join('');
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [value, letters] of table) for (; n >= value; n -= value) out += letters;
  return out;
}

function letters(n: number): string {
  // Word repeats the letter past z: aa, bb, …
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** The number in this format, or undefined when the format is not one read here. */
export function formatNumber(n: number, format: string): string | undefined {
  if (n < 0 || !Number.isInteger(n)) return undefined;
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographDigital':
    case 'japaneseCounting':
      return format === 'ideographDigital' ? [...String(n)].map((d) => CHINESE_DIGITS[Number(d)]).join('') : chineseCounting(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1] : undefined;
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1] : undefined;
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? CIRCLED[n - 1] : undefined;
    case 'lowerLetter':
      return n >= 1 ? letters(n) : undefined;
    case 'upperLetter':
      return n >= 1 ? letters(n).toUpperCase() : undefined;
    case 'lowerRoman':
      return n >= 1 ? roman(n) : undefined;
    case 'upperRoman':
      return n >= 1 ? roman(n).toUpperCase() : undefined;
    default:
      return undefined;
  }
}

const value = (xml: string, name: string): string | undefined => new RegExp(`<w:${name}\\s+w:val="([^"]*)"`).exec(xml)?.[1];

function readLevels(xml: string): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const [, index, body] of xml.matchAll(/<w:lvl\b[^>]*?w:ilvl="(\d+)"[^>]*>((?:(?!<\/?w:lvl\b)[\s\S])*)<\/w:lvl>/g)) {
    levels.set(Number(index), {
      start: Number(value(body!, 'start') ?? '0'),
      format: value(body!, 'numFmt') ?? 'decimal',
      text: value(body!, 'lvlText') ?? '',
      suffix: value(body!, 'suff') ?? 'tab',
      legal: /<w:isLgl(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(body!),
      // The number's own run properties hide it (w:vanish in the level's w:rPr): counted, never printed.
      hidden: onOff(/<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body!)?.[1] ?? '', 'vanish') === true,
    });
  }
  return levels;
}

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

export class Numbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, number[]>();
  private readonly used = new Set<string>();

  constructor(xml: string | undefined) {
    if (!xml) return;
    for (const [, id, body] of xml.matchAll(
      /<w:abstractNum\b[^>]*?w:abstractNumId="([^"]*)"[^>]*>((?:(?!<\/?w:abstractNum\b)[\s\S])*)<\/w:abstractNum>/g,
    ))
      this.abstracts.set(id!, readLevels(body!));
    for (const [, id, body] of xml.matchAll(/<w:num\b[^>]*?w:numId="([^"]*)"[^>]*>((?:(?!<\/?w:num\b)[\s\S])*)<\/w:num>/g)) {
      const abstractId = value(body!, 'abstractNumId');
      if (abstractId === undefined) continue;
      const starts = new Map<number, number>();
      const levels = new Map<number, Level>();
      for (const [, index, override] of body!.matchAll(
        /<w:lvlOverride\b[^>]*?w:ilvl="(\d+)"[^>]*>((?:(?!<\/?w:lvlOverride\b)[\s\S])*)<\/w:lvlOverride>/g,
      )) {
        const start = value(override!, 'startOverride');
        if (start !== undefined) starts.set(Number(index), Number(start));
        for (const [level, definition] of readLevels(override!)) levels.set(level, definition);
      }
      this.nums.set(id!, { abstractId, starts, levels });
    }
  }

  get isEmpty(): boolean {
    return this.nums.size === 0;
  }

  /**
   * The next number of this list at this level, as printed (一、, 3., （二）), counting the paragraph; undefined for a
   * list that is not there, or a number not rendered (its counters still advance).
   */
  next(numId: string, ilvlText: string): string | undefined {
    const num = this.nums.get(numId);
    const abstract = num ? this.abstracts.get(num.abstractId) : undefined;
    const ilvl = Number(ilvlText);
    if (!num || !abstract || !Number.isInteger(ilvl) || ilvl < 0 || ilvl > 8) return undefined;
    const levelOf = (i: number): Level | undefined => num.levels.get(i) ?? abstract.get(i);
    const level = levelOf(ilvl);
    if (!level) return undefined;
    const counters = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counters);
    if (!this.used.has(numId)) {
      this.used.add(numId);
      for (const [i, start] of num.starts) counters[i] = start - 1;
    }
    counters[ilvl] = (counters[ilvl] ?? (levelOf(ilvl)?.start ?? 0) - 1) + 1;
    // A level restarts after any higher level (w:lvlRestart's default).
    counters.length = ilvl + 1;
    let unreadable = false;
    const text = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const of = levelOf(i);
      const n = counters[i] ?? of?.start ?? 0;
      const format = level.legal && i < ilvl ? 'decimal' : (of?.format ?? 'decimal');
      const rendered = formatNumber(n, format);
      if (rendered === undefined) unreadable = true;
      return rendered ?? '';
    });
    if (unreadable || level.hidden || level.format === 'bullet' || level.format === 'none') return undefined;
    const printed = text.replace(/&(?:amp|lt|gt|quot|apos);/g, (e) => XML_ENTITIES[e]!);
    if (!printed.trim()) return undefined;
    // A number ending in its own mark (一、 3. （二）) runs into the text; otherwise the tab or space after it is a space.
    return /[、.．)）:：]$/.test(printed) || level.suffix === 'nothing' ? printed : `${printed} `;
  }
}
