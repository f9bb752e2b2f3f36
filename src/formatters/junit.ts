/**
 * JUnit XML, which GitLab, Jenkins and Azure Pipelines display as test results: one test suite per report,
 * one failing test case per finding (a clean report is one passing case), as ESLint's junit formatter does.
 */
import { relativePath } from './paths.js';
import { codeOf, oneLine } from './shared.js';
import type { Formatter } from './types.js';

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
    out.push(
      `<testsuite package="reportlint" time="0" tests="${Math.max(1, failures)}" failures="${failures}" errors="0" name="${file}">`,
    );
    if (failures === 0) out.push(`<testcase time="0" name="reportlint" classname="${file}" />`);
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
