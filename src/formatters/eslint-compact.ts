/**
 * ESLint's compact shape, `/abs/path: line 12, col 5, Error - message (rule-id)`, so VS Code's built-in
 * `$eslint-compact` problem matcher (absolute paths) works with no tasks.json of our own.
 */
import { codeOf, oneLine } from './shared.js';
import type { Formatter } from './types.js';

export const eslintCompact: Formatter = (results, context) => {
  const lines: string[] = [];
  let total = 0;
  for (const result of results) {
    for (const m of result.messages) {
      total++;
      const severity = m.severity === 2 ? 'Error' : 'Warning';
      lines.push(
        `${result.filePath}: line ${Math.max(1, m.line)}, col ${Math.max(1, m.column)}, ${severity} - ${oneLine(m, context.locale, result.format)} (${codeOf(m)})`,
      );
    }
  }
  if (total === 0) return '';
  return `${lines.join('\n')}\n\n${total} problem${total === 1 ? '' : 's'}\n`;
};
