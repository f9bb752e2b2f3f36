/**
 * The default human format (ESLint's stylish): a header with the relative path, aligned rows
 * `line:col  severity  message  rule-id` (aligned by display width, so Chinese lines up), then a
 * summary and the docs links of the rules that fired. Severity words stay English (VS Code matchers read them).
 */
import { relativePath } from './paths.js';
import { oneLine, palette } from './shared.js';
import type { Formatter, FormatterContext } from './types.js';
import { displayWidth, padEnd, padStart } from './width.js';

/**
 * The widest message (in display columns) the rule column is aligned after. A report's messages run to 300
 * columns and more (a row's identity with its addends); aligning every row after the longest padded each short
 * warning with hundreds of spaces, so in an 80–160 column terminal every finding wrapped onto blank lines. Longer
 * messages take their rule id two spaces after their end.
 */
const ALIGN_LIMIT = 100;

export const stylish: Formatter = (results, context) => {
  const p = palette(context);
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  const docs = new Map<string, string>();
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    out.push('', p.underline(relativePath(context.cwd, result.filePath)));
    const rows = result.messages.map((m) => {
      if (m.ruleId && !docs.has(m.ruleId)) {
        const url = m.docsUrl ?? context.rulesMeta.get(m.ruleId)?.docsUrl;
        if (url) docs.set(m.ruleId, url);
      }
      return {
        place: `${Math.max(1, m.line)}:${Math.max(1, m.column)}`,
        severity: m.severity === 2 ? 'error' : 'warning',
        message: oneLine(m, context.locale, result.format),
        rule: m.ruleId ?? '',
      };
    });
    const placeWidth = Math.max(...rows.map((r) => r.place.length));
    const messageWidth = Math.max(0, ...rows.map((r) => displayWidth(r.message)).filter((w) => w <= ALIGN_LIMIT));
    for (const r of rows) {
      const severity = r.severity === 'error' ? p.red(padEnd(r.severity, 7)) : p.yellow(padEnd(r.severity, 7));
      const line = `  ${p.dim(padStart(r.place, placeWidth))}  ${severity}  ${r.rule ? padEnd(r.message, messageWidth) : r.message}`;
      out.push(r.rule ? `${line}  ${p.dim(r.rule)}` : line);
    }
  }
  if (errors + warnings === 0) return '';
  out.push('', summary(errors, warnings, context, p));
  if (docs.size > 0) {
    out.push('', context.locale === 'en' ? 'Rule documentation:' : '规则说明：');
    const width = Math.max(...[...docs.keys()].map((id) => id.length));
    for (const [id, url] of [...docs].sort(([a], [b]) => (a < b ? -1 : 1))) out.push(`  ${id.padEnd(width)}  ${p.dim(url)}`);
  }
  out.push(
    '',
    context.locale === 'en'
      ? 'Run `reportlint --explain <rule>` to read a rule’s documentation offline.'
      : '运行 `reportlint --explain <规则>` 可离线查看规则说明。',
  );
  return `${out.join('\n')}\n`;
};

function summary(errors: number, warnings: number, context: FormatterContext, p: ReturnType<typeof palette>): string {
  const total = errors + warnings;
  const text =
    context.locale === 'en'
      ? `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
      : `✖ ${total} 个问题（${errors} 个错误，${warnings} 个警告）`;
  return errors > 0 ? p.bold(p.red(text)) : p.bold(p.yellow(text));
}
