/**
 * JUnit XML, which GitLab, Jenkins and Azure Pipelines display as test results: one test suite per report,
 * one failing test case per finding (a clean report is one passing case), as ESLint's junit formatter does.
 * A file not read as a report, or read only in part, whose finding saying so was hidden (--quiet, the rule
 * off, a suppression) is never a passing case: it is a skipped one that says why, as the exit code does not
 * fail for it either (a file that could not be read at all is a fatal finding, a failing case, exit 1 or 2).
 */
import type { LintResult } from '../engine/types.js';
import { relativePath } from './paths.js';
import { codeOf, oneLine } from './shared.js';
import { verdictOf } from './summary-data.js';
import type { Formatter, FormatterContext } from './types.js';

export function escapeXml(text: string): string {
  // Characters XML 1.0 cannot carry at all are dropped; the five specials are escaped.
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export const junit: Formatter = (results, context) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>'];
  for (const r of results) {
    const file = escapeXml(relativePath(context.cwd, r.filePath));
    const failures = r.messages.length;
    const skipped = failures === 0 ? notReadWhy(r, context.locale) : undefined;
    out.push(
      `<testsuite package="reportlint" time="0" tests="${Math.max(1, failures)}" failures="${failures}" errors="0"${skipped ? ' skipped="1"' : ''} name="${file}">`,
    );
    if (skipped)
      out.push(
        `<testcase time="0" name="reportlint" classname="${file}">`,
        `<skipped message="${escapeXml(skipped)}" />`,
        '</testcase>',
      );
    else if (failures === 0) out.push(`<testcase time="0" name="reportlint" classname="${file}" />`);
    for (const m of r.messages) {
      const severity = m.severity === 2 ? 'Error' : 'Warning';
      const text = escapeXml(oneLine(m, context.locale, r.format));
      const detail = escapeXml(
        `${file}:${m.line}:${m.column} ${severity} - ${oneLine(m, context.locale, r.format)} (${codeOf(m)})`,
      );
      out.push(
        `<testcase time="0" name="${escapeXml(codeOf(m))}" classname="${file}">`,
        `<failure message="${text}" type="${severity.toLowerCase()}">${detail}</failure>`,
        '</testcase>',
      );
    }
    out.push('</testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
};

/** Why a result without findings was not checked in full, or undefined when it was (summary-data.ts's verdict). */
function notReadWhy(result: LintResult, locale: FormatterContext['locale']): string | undefined {
  if (verdictOf(result) !== 'unreadable') return undefined;
  const en = locale === 'en';
  if (result.notAReport || result.facts?.notAReport)
    return en ? 'Not an annual report: not checked' : '不是政府信息公开工作年度报告，未检查';
  const parts = result.facts?.unread?.join(', ');
  const which = parts ? (en ? ` (${parts})` : `（${parts}）`) : '';
  return en
    ? `Read only in part${which}: the checks of what was not read did not run`
    : `部分内容未能读取${which}，相应的检查未进行`;
}
