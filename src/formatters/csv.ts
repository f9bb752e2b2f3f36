/**
 * `--format csv`: one row per finding, for evaluators who sort and filter in Excel or WPS. UTF-8 with a BOM,
 * because without it Excel reads the file as the system code page and garbles Chinese; CRLF line ends and
 * RFC 4180 quoting (a field with a comma, quote or line break is quoted, quotes doubled).
 */
import type { Formatter } from './types.js';
import { relativePath } from './paths.js';
import { codeOf, oneLine } from './shared.js';
import { carryOverText } from './carry-text.js';

const HEADER = {
  zh: ['文件', '机关', '年度', '规则', '级别', '行', '列', '问题', '上年结转核对'],
  en: ['file', 'organ', 'year', 'rule', 'severity', 'line', 'column', 'message', 'carry-over check'],
} as const;

/** One RFC 4180 field. */
export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(values: ReadonlyArray<string | number | null | undefined>): string {
  return values.map(csvField).join(',');
}

export const csv: Formatter = (results, context) => {
  const en = context.locale === 'en';
  const rows = [csvRow(HEADER[en ? 'en' : 'zh'])];
  for (const result of results) {
    const file = relativePath(context.cwd, result.filePath);
    // The report's year-over-year check, on each of its rows (csv has a row per finding, not per report).
    const carry = carryOverText(result, context.locale);
    for (const m of result.messages) {
      const severity = m.severity === 2 ? (en ? 'error' : '错误') : en ? 'warning' : '警告';
      rows.push(
        csvRow([
          file,
          result.facts?.organ,
          result.facts?.year,
          codeOf(m),
          severity,
          m.line,
          m.column,
          oneLine(m, context.locale, result.format),
          carry,
        ]),
      );
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
};
