/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`. Data and property
 * values are escaped (% CR LF, and also : , in properties), and errors come first because GitHub shows
 * only the first few annotations of each type per step.
 */
import { relativePath } from './paths.js';
import { codeOf, oneLine } from './shared.js';
import type { Formatter } from './types.js';
import type { LintMessage, LintResult } from '../engine/types.js';

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results, context) => {
  const all: Array<{ file: string; m: LintMessage; format: LintResult['format'] }> = [];
  for (const r of results)
    for (const m of r.messages) all.push({ file: relativePath(context.cwd, r.filePath), m, format: r.format });
  // Stable: errors first, the input order otherwise (already path, line, column).
  const ordered = [...all.filter((x) => x.m.severity === 2), ...all.filter((x) => x.m.severity !== 2)];
  return ordered
    .map(({ file, m, format }) => {
      const props = [`file=${escapeProperty(file)}`, `line=${Math.max(1, m.line)}`];
      if (m.endLine !== undefined) props.push(`endLine=${m.endLine}`);
      props.push(`col=${Math.max(1, m.column)}`);
      if (m.endColumn !== undefined && (m.endLine === undefined || m.endLine === m.line)) props.push(`endColumn=${m.endColumn}`);
      props.push(`title=${escapeProperty(`reportlint (${codeOf(m)})`)}`);
      const text = oneLine(m, context.locale, format);
      const body = m.hint ? `${text}\n${m.hint}` : text;
      return `::${m.severity === 2 ? 'error' : 'warning'} ${props.join(',')}::${escapeData(body)}\n`;
    })
    .join('');
};
