/** Cell values normalised once, so rules never parse text: full-width digits, thousands separators, placeholders. */
import type { CellNode } from './types.js';
import { toAsciiDigits } from './labels.js';
import { remembered } from './memo.js';
import { isMisreadNumber, SIGNED_LEADING_ZERO } from './misread-number.js';

const PLACEHOLDERS = new Set([
  '—',
  '——',
  '-',
  '--',
  '－',
  '/',
  '／',
  '\\',
  '无',
  '空',
  '–',
  '―',
  '/ ',
  'n/a',
  'na',
  '×',
  // Words for "none here" that organs without the power to make a row's documents (乡镇、街道 and 规章) print in its
  // cells (red team rtK): a placeholder like 无, never a label — as text they ran into the row's label and the row
  // was called missing.
  '不涉及',
  '未涉及',
  '暂无',
  '无此项',
  // An ellipsis or a middle dot alone, typed where nothing is to be counted (red team rtX #3): a placeholder like —.
  '…',
  '……',
  '⋯',
  '⋯⋯',
  '·',
  '・',
]);

/**
 * A cell of one to four dashes, drawn with any dash glyph (Word's Symbol-font line U+F0BE, ⎯ U+23AF, ⸺, ‒, ﹣ …): a
 * placeholder like the — typed on a keyboard (red team rtA: such cells were errors instead of warnings). Box-drawing
 * lines (─) are left out: a text table drawn with them has rules of such characters, which are no cells.
 */
const DASHES_ONLY = /^[-\u2010-\u2015\u2212\u23af\u2e3a\u2e3b\ufe58\ufe63\uff0d\uf0be]{1,4}$/;

export type CellContent = Pick<CellNode, 'value' | 'content' | 'decimal' | 'shape'>;

const PLAIN_COUNT = /^\d{1,15}$/;

export function normaliseCell(raw: string): CellContent {
  // Most cells are a plain count (at most 15 digits: always a safe integer): no clean-up to do.
  if (PLAIN_COUNT.test(raw)) return { value: Number(raw), content: 'number' };
  return remembered(rememberedCells, raw, readFrozen);
}

/**
 * The other cells (labels, blanks, placeholders) are mostly the template's words, printed again in every report of
 * a batch: each such text is read once (memo.ts), its content shared (frozen: no reader changes it).
 */
const rememberedCells = new Map<string, CellContent>();
const readFrozen = (raw: string): CellContent => Object.freeze(readCell(raw));

function readCell(raw: string): CellContent {
  const text = toAsciiDigits(printedMath(raw))
    .replace(/[\s\u3000\u00a0\ufeff]+/g, '')
    .replace(/，/g, ',')
    .replace(/．/g, '.')
    .replace(/[－−]/g, '-')
    .replace(/＋/g, '+');
  if (text === '') return { value: null, content: 'blank' };
  if (PLACEHOLDERS.has(text.toLowerCase()) || DASHES_ONLY.test(text)) return { value: null, content: 'placeholder' };
  // -039: a border's dash glued to a number, no minus anyone printed (a negative count has no leading zero).
  if (SIGNED_LEADING_ZERO.test(text)) return MISREAD;
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(text)) {
    const value = Number(text.replace(/,/g, ''));
    // A value a double cannot hold exactly (9007199254740993 would print as …992, 300 digits as 1e+300) is
    // not a number anyone can check: it is read as text, which numeric-cells reports, never rounded.
    if (exact(text, value))
      return text.includes('.') ? { value, content: 'number', decimal: true } : { value, content: 'number' };
  }
  const noted = NOTE_MARKED.exec(text);
  if (noted) {
    const figure = normaliseCell(noted[1]!);
    if (figure.content === 'number') return noted[2] === '＊' ? MISREAD : figure;
  }
  if (WITH_UNIT.test(text) || AMOUNT_WITH_UNIT.test(text)) return { value: null, content: 'text', shape: 'withUnit' };
  if (LOOKALIKE.test(text) && /[^0-9]/.test(text)) {
    // 〇 and 零 are zeros whoever typed them (and ○ ◯, what an input method gives for 〇): the cell holds its number
    // (the totals may count it, numeric-cells still says how it is written). O, o and l are letters: what OCR
    // misread as them is not known.
    const value = ZEROS.test(text) ? Number(text.replace(/[〇零○◯]/g, '0')) : null;
    return { value, content: 'text', shape: 'lookalike' };
  }
  // 丨09, Z05, 1063., 12,35: a number OCR damaged; what was printed is not known (misread-number.ts).
  if (isMisreadNumber(text)) return MISREAD;
  // 权 本 本 for 85: single characters between blanks, what OCR makes of a figure it could not read (rtR #5).
  if (CHARACTER_DEBRIS.test(raw)) return MISREAD;
  // □ alone: a glyph the font or the recogniser lost, or a checkbox: what was printed is not known (rtX #3).
  if (LOST_GLYPH.test(text)) return MISREAD;
  return { value: null, content: 'text' };
}

/**
 * Three characters or more, each alone between blanks, and no digit (权 本 本): tesseract's reading of a count cell,
 * no word anyone types in one (a letter-spaced placeholder, 不 涉 及, is one before this is asked).
 */
const CHARACTER_DEBRIS = /^[\s\u3000]*[\u3400-\u9fff](?:[\s\u3000]+[\u3400-\u9fff]){2,}[\s\u3000]*$/;

/**
 * OCR tools that write Markdown (MinerU) print a cell as inline math: $403$, $\mathbf{403}$, $\text{403}$, $ 4 0 3 $
 * (math ignores blanks). The cell holds what the math prints; anything else in it is left as written.
 */
const MATH_CELL = /^\s*\$+(.*?)\$+\s*$/s;
const MATH_WRAPPER = /^(?:\\(?:mathbf|mathrm|text|textbf|textrm|boldsymbol)\s*)?\{(.*)\}$/s;

/** The cell as its inline math prints (blanks dropped, one wrapper such as \mathbf{…} undone); other text as it is. */
export function printedMath(text: string): string {
  const math = MATH_CELL.exec(text);
  if (!math) return text;
  const inner = (math[1] ?? '').trim();
  const wrapped = MATH_WRAPPER.exec(inner);
  // Math drops blanks; text inside \text{…} keeps them (\text{4 0 3} prints as three figures).
  if (wrapped && /^\\text(?:rm|bf)?\b/.test(inner)) return wrapped[1] ?? '';
  return (wrapped?.[1] ?? inner).replace(/\s+/g, '');
}

/** A count with its unit (3件, 1,234件): text in a count cell, but a count all the same. */
const WITH_UNIT = /^(\d{1,3}(,\d{3})+|\d+)[件个条项次人份宗]$/;
/**
 * An amount with its unit (0.7万元, 7,000元, 0.7万): table 二's fee (本年收费金额（单位：万元）) written with the unit its
 * header already gives, a number all the same (rtL F13: the row was called unreadable).
 */
const AMOUNT_WITH_UNIT = /^(\d{1,3}(,\d{3})+|\d+)(\.\d+)?(万元|万|元)$/;
const MISREAD: CellContent = Object.freeze({ value: null, content: 'text', shape: 'lookalike' });

/**
 * A figure with a note mark after it (8661¹, 17①, 93※, 1506†, 57#, 8661（注1）, 8661[^1] and 8661^1^ as Markdown writes a
 * footnote): the figure, its mark a note the report explains below the table (red team rtX #1, #4). Read as text, the
 * cell was a label: 「应为数字」, or the row's values a column off. The marks are no digit's misreading; ＊ is read as
 * the * after a figure is (misread-number.ts: what OCR makes of a speck, the figure perhaps damaged): unread, warned.
 */
const NOTE_MARKED = /^(.*?[0-9])([¹²³⁰⁴-⁹]{1,3}|[①-⑳]|[※†‡△▲#＊]|\[\^[0-9]{1,3}\]|\^[0-9]{1,3}\^|[（(]注[0-9①-⑳]{0,3}[）)])$/;

/**
 * Digits and what OCR (or a typist) puts for 0 and 1: O o Ｏ ｏ, Cyrillic О о, 〇 零 and the circles ○ ◯ an input
 * method gives for 〇 (二○二二年), l I ｌ Ｉ.
 */
const LOOKALIKE = /^[0-9OoＯｏ\u041e\u043e〇零○◯lIｌＩ]{1,15}$/;
/** Digits whose lookalikes are only 〇 and 零 (or ○ ◯ typed for 〇): a number all the same. */
const ZEROS = /^[0-9〇零○◯]+$/;
/** One to four white squares (□ U+25A1, ☐ U+2610): lost glyphs or checkboxes, never a number read. */
const LOST_GLYPH = /^[\u25a1\u2610]{1,4}$/;

/** Whether `value` is exactly the number written: a safe integer, or a decimal of at most 15 significant digits. */
function exact(text: string, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (!text.includes('.')) return Number.isSafeInteger(value);
  return text.replace(/[^\d]/g, '').replace(/^0+/, '').length <= 15;
}

/** Whether the text reads as a value cell (number, blank or placeholder) rather than a label. */
export function isValueText(raw: string): boolean {
  return normaliseCell(raw).content !== 'text';
}

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  // What an input method gives for 〇 (二○二二年, 发出收费通知○件).
  '○': 0,
  '◯': 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Arabic or Chinese numerals (十二, 二十三, 一百零五, 1,234) to a number; null when not a number. */
export function parseCount(text: string): number | null {
  const t = toAsciiDigits(text).replace(/[,，\s]/g, '');
  if (/^\d+(\.\d+)?$/.test(t)) {
    const n = Number(t);
    return exact(t, n) ? n : null;
  }
  if (!/^[零〇○◯一二两三四五六七八九十百千万]+$/.test(t)) return null;
  // 二二六, 二〇〇: digit by digit, positionally (red team rtV #10); digits side by side among units (二二百) are no number.
  if (t.length > 1 && !/[十百千万]/.test(t)) return Number([...t].map((ch) => DIGITS[ch] ?? 0).join(''));
  if (/[一二两三四五六七八九][零〇○◯一二两三四五六七八九]/.test(t)) return null;
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const ch of t) {
    if (ch in DIGITS) digit = DIGITS[ch] ?? 0;
    else if (ch === '十' || ch === '百' || ch === '千') {
      const unit = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      section += (digit === 0 && ch === '十' ? 1 : digit) * unit;
      digit = 0;
    } else if (ch === '万') {
      total += (section + digit) * 10000;
      section = 0;
      digit = 0;
    }
  }
  return total + section + digit;
}
