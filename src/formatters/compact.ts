/**
 * One line per finding, `path:line:col: error|warning message [rule-id]`, for VS Code problem matchers,
 * grep and Vim's errorformat. The severity word stays English (matchers parse it); no summary line.
 */
import { relativePath } from './paths.js';
import { codeOf, oneLine } from './shared.js';
import type { Formatter } from './types.js';

export const compact: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(context.cwd, result.filePath);
    for (const m of result.messages) {
      const severity = m.severity === 2 ? 'error' : 'warning';
      lines.push(
        `${file}:${Math.max(1, m.line)}:${Math.max(1, m.column)}: ${severity} ${oneLine(m, context.locale, result.format)} [${codeOf(m)}]`,
      );
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
