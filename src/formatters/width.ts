/**
 * Display width in terminal columns, so stylish can align Chinese messages: string-width (East Asian Wide
 * and Fullwidth take two columns, emoji sequences two, combining marks and ANSI escapes none; ambiguous
 * characters such as “ ” one, as most terminals draw them). Positions in findings stay in UTF-16 code
 * units; only output uses this.
 */
import stringWidth from 'string-width';

/** Terminal columns of a string (ANSI escapes not counted). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
