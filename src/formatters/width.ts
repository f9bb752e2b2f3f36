/**
 * Display width in terminal columns, so stylish can align Chinese messages: as string-width measures it (East
 * Asian Wide and Fullwidth take two columns, emoji sequences two, combining marks and ANSI escapes none; ambiguous
 * characters such as “ ” one, as most terminals draw them), through the parser's fast and crash-free reading of
 * it. Positions in findings stay in UTF-16 code units; only output uses this.
 */
import { displayWidth } from '../parser/display-width.js';

export { displayWidth };

export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
