/**
 * A number OCR damaged (red team rtH A4–A6, A11): digits with a letter a recogniser takes for a digit (丨09, Z05,
 * 2S4, 106З), with a mark glued to its edge (1063. 1063* 1063” 103|) or with separators no one prints (12,35, -039).
 * What was printed is not known: such a cell is a value left unread ("perhaps misread"), never a clean number and
 * never a label (a label taking it moved every value after it one column over).
 */

/**
 * Letters Chinese OCR gives for digits: 丨|lI for 1, Z z for 2, З з (Cyrillic) for 3, S s for 5, b G for 6,
 * B for 8, g q for 9, D for 0 (O o О о 〇 ○ ◯ 零 are numbers.ts' own lookalikes).
 */
const LETTERS = '丨|ZzЗзSsbGBgqDOoＯｏОо〇○◯零lIｌＩi';
/** Marks a scan glues to a number's edge: a border, a speck, a stray stop or quote. */
const MARKS = '.．*”“"\'’‘;；:：,，!！?？`~_·°\\]口\\\\';

const CORE = new RegExp(`^[0-9${LETTERS}]+(?:\\.[0-9${LETTERS}]+)?$`);
const EDGES = new RegExp(`^[${MARKS}|丨]{0,2}(.*?)[${MARKS}|丨]{0,2}$`, 's');
/** A comma before the last one or two digits: a decimal point read as a comma (12,35), no thousands separator. */
const COMMA_DECIMAL = /^\d+(?:,\d+)*,\d{1,2}$/;
/**
 * One bracket, underscore or quote between digits (5]45, 3[12, 31_7): tesseract's reading of a cell border or of a
 * 1 inside the number (red team rtR #5), never a way to print a count.
 */
const INNER_MARK = /^\d+[[\]_“”"]\d+$/;
/** An ordinal of the format's sub-rows (1. 2、), printed in a cell of its own: a label, not a damaged number. */
const ORDINAL = /^\d{1,2}[.．、]$/;
/** A sign before a leading zero (-039): a border's dash glued to the number. */
export const SIGNED_LEADING_ZERO = /^[-+]0\d+$/;

/**
 * Whether `text` (trimmed, full-width digits made ASCII) is a number OCR damaged. At least one digit, and no more
 * look-alike letters than digits: a cell S or a word (Bob, DIGI) is text, not a number.
 */
export function isMisreadNumber(text: string): boolean {
  if (text.length === 0 || text.length > 18 || !/[0-9]/.test(text)) return false;
  if (SIGNED_LEADING_ZERO.test(text)) return true;
  if (COMMA_DECIMAL.test(text)) return true;
  if (ORDINAL.test(text)) return false;
  const core = EDGES.exec(text)?.[1] ?? text;
  if (INNER_MARK.test(core)) return true;
  if (core === '' || !CORE.test(core)) return false;
  const digits = core.replace(/[^0-9]/g, '').length;
  const letters = core.replace(/[0-9.]/g, '').length;
  if (digits === 0 || digits < letters) return false;
  // Marks only at an edge, or letters in the core: something is glued to the digits.
  return core !== text || letters > 0;
}
