/** Small pieces several formatters share: one-line messages, a code for findings without a rule, paint. */
import type { InputFormat } from '../parser/types.js';
import type { LintMessage } from '../engine/types.js';
import type { FormatterContext } from './types.js';
import { locationBeyond } from '../messages/location-text.js';
import { linesMeanLittle } from '../engine/finding-place.js';

/** Findings without a rule (an unreadable file, an unused directive) still need a code in one-line formats. */
export function codeOf(m: LintMessage): string {
  return m.ruleId ?? 'reportlint';
}

/**
 * Messages go on one line in line-oriented formats; the location is appended where lines mean little (.docx, .pdf,
 * .mhtml), without repeating the table, row and column a table finding already names.
 */
export function oneLine(m: LintMessage, locale: FormatterContext['locale'], format?: InputFormat): string {
  const place = m.location && linesMeanLittle(format) ? locationBeyond(m.message, m.location, locale) : undefined;
  const where = place ? (locale === 'en' ? ` (${place.startsWith('before ') ? '' : 'at '}${place})` : `（位置：${place}）`) : '';
  return `${m.message}${where}`.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

type Paint = (text: string) => string;
export interface Palette {
  red: Paint;
  yellow: Paint;
  dim: Paint;
  underline: Paint;
  bold: Paint;
}

const plain: Paint = (t) => t;

export function palette(context: FormatterContext): Palette {
  const c = context.color ? context.chalk : undefined;
  if (!c || c.level === 0) return { red: plain, yellow: plain, dim: plain, underline: plain, bold: plain };
  return {
    red: (t) => c.red(t),
    yellow: (t) => c.yellow(t),
    dim: (t) => c.dim(t),
    underline: (t) => c.underline(t),
    bold: (t) => c.bold(t),
  };
}
