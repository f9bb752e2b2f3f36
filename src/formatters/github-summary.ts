/**
 * A Markdown job summary for GitHub Actions: every finding in one table, since annotations are capped at a
 * few per step. The CLI appends it to $GITHUB_STEP_SUMMARY when `-f github` runs inside a workflow.
 */
import { relativePath } from './paths.js';
import { codeOf, oneLine } from './shared.js';
import type { Formatter } from './types.js';

const MAX_ROWS = 1000;
const cell = (text: string): string => text.replace(/\|/g, '\\|');

export const githubSummary: Formatter = (results, context) => {
  const en = context.locale === 'en';
  const rows: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    for (const m of r.messages) {
      const severity = m.severity === 2 ? 'error' : 'warning';
      rows.push(
        `| ${cell(relativePath(context.cwd, r.filePath))} | ${m.line}:${m.column} | ${severity} | ${cell(codeOf(m))} | ${cell(oneLine(m, context.locale, r.format))} |`,
      );
    }
  }
  const files = results.length;
  const title = en
    ? `### reportlint: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`
    : `### reportlint：${files} 个文件，${errors} 个错误，${warnings} 个警告`;
  if (rows.length === 0) return `${title}\n`;
  const head = en ? '| file | line:col | severity | rule | message |' : '| 文件 | 行:列 | 级别 | 规则 | 问题 |';
  const more =
    rows.length > MAX_ROWS ? [`\n${en ? `…and ${rows.length - MAX_ROWS} more` : `……另有 ${rows.length - MAX_ROWS} 条`}`] : [];
  return [title, '', head, '| --- | --- | --- | --- | --- |', ...rows.slice(0, MAX_ROWS), ...more, ''].join('\n');
};
